// ReviewPane — the review screen: today's queue one card at a time. Question first (the diagram
// too, if the user chose so), Space reveals answer and diagram, 1–4 grade Again/Hard/Good/Easy
// with each button showing the interval it would give, Ctrl+Z undoes the last grade. A counter
// shows what is left by kind and the card says its place in today's work ("Card 3 of 12 today");
// when nothing is due, a finished page says what comes back later today, when the next card is,
// and what this session did.
// Drives a ReviewSession; the window routes its keys here while this tab is showing.
#pragma once

#include "reviewtypes.h"

#include <QDateTime>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ArchDeck {

class CardView;
class Clock;
class CollectionStore;
class Deck;
class DiagramPane;
class LayoutEngine;
class ReviewSession;

class ReviewPane : public QWidget
{
    Q_OBJECT

public:
    ReviewPane(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~ReviewPane() override;

    /// Starts reviewing from `store` (nullptr: the collection could not be opened; `problem` says
    /// why).
    void setCollection(CollectionStore *store, const QString &problem = {});
    /// Rebuilds the queue (on showing the tab, after settings change).
    void refresh();

    bool isAnswerShown() const { return m_answerShown; }
    void showAnswer();
    /// Grades the current card; false (and `problem` emitted) when it could not be saved. The
    /// page calls these from its undo commands: the buttons only ask (gradeRequested).
    bool grade(Rating rating);
    /// Puts the last grade back; false when there was none or it could not be undone.
    bool undo();
    bool canGrade() const;
    bool canUndo() const;

    /// What is left now, for the window's tab title: "12", "done for now" (learning steps come
    /// back later today), "done".
    QString summary() const;
    /// Cards to review now; -1 while no collection is open.
    int cardsLeft() const;
    /// True when diagrams show before the answer (the study setting).
    void setDiagramBeforeAnswer(bool early);

    DiagramPane *diagramPane() const { return m_diagram; }

signals:
    /// A grade button was pressed: the page turns it into an undoable command.
    void gradeRequested(Rating rating);
    /// After every change of the queue: a grade, an undo, a refresh.
    void queueChanged();
    /// A store error the user should see (the grade was not saved).
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void showFinished();
    /// The finished page: what is still due today, when the next card is, this session's tally.
    QString finishedHtml();
    void updateButtons();
    void updateDiagram();
    void report(const QString &message);

    const Deck *m_deck;
    const Clock *m_clock;
    std::unique_ptr<ReviewSession> m_session;
    QStackedWidget *m_pages;
    QLabel *m_counter;
    CardView *m_cardView;
    DiagramPane *m_diagram;
    QPushButton *m_showAnswer;
    QPushButton *m_gradeButtons[4] = {};
    QWidget *m_gradeBar;
    QLabel *m_finished;
    QString m_problemHtml; ///< shown instead when there is no collection
    QTimer *m_wake;
    QDateTime m_shownAt; ///< when the current card was shown, by the clock
    bool m_answerShown = false;
    bool m_diagramEarly = false;
};

} // namespace ArchDeck
