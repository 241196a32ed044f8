// ReviewPane — the review screen: today's queue one card at a time. Question first (the diagram
// too, if the user chose so), Space reveals answer and diagram, 1–4 grade Again/Hard/Good/Easy
// with each button showing the interval it would give, Ctrl+Z undoes the last grade. A counter
// shows what is left; when nothing is due, a finished page says when the next card is.
// Drives a ReviewSession; the window routes its keys here while this tab is showing.
#pragma once

#include "reviewtypes.h"

#include <QElapsedTimer>
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
    void grade(Rating rating);
    void undo();
    bool canGrade() const;
    bool canUndo() const;

    /// "12 cards left" / "done" — for the window's tab title.
    QString summary() const;
    /// True when diagrams show before the answer (the study setting).
    void setDiagramBeforeAnswer(bool early);

signals:
    /// After every change of the queue: a grade, an undo, a refresh.
    void queueChanged();
    /// A store error the user should see (the grade was not saved).
    void problem(const QString &message);

private:
    void showCurrent();
    void showFinished();
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
    QTimer *m_wake;
    QElapsedTimer m_shownFor;
    bool m_answerShown = false;
    bool m_diagramEarly = false;
};

} // namespace ArchDeck
