// ReviewPane — the review screen: today's queue one card at a time. Question first (the diagram
// too, if the user chose so), Space reveals answer and diagram, 1–4 grade Again/Hard/Good/Easy
// with each button showing the interval it would give, Ctrl+Z undoes the last grade. A counter
// shows what is left by kind and the card says its place in today's work ("Card 3 of 12 today");
// when nothing is due, a finished page says what comes back later today, when the next card is,
// and what this session did.
// Review by drawing (a collection setting, DrawingReview): a question with a diagram comes up with
// a canvas where the diagram goes; Check (Ctrl+Return) saves the attempt, reveals the answer with
// the reference and the diff, and proposes a grade from the score (highlighted; nothing is graded
// until the user presses 1–4). Skip Drawing reveals as usual. After a plain reveal, Show My Last
// Drawing puts the card's last attempt beside the reference.
// Drives a ReviewSession; the window routes its keys here while this tab is showing.
#pragma once

#include "reviewtypes.h"

#include <QDateTime>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTimer;

namespace ArchDeck {

class CardView;
class Clock;
class CollectionStore;
class Deck;
class DiagramDocument;
class DiagramPane;
class LayoutEngine;
class ReviewButtonBar;
class ReviewDiagramStack;
class ReviewSession;
struct Card;

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

    /// Where the current card is: its question, its drawing (review by drawing), its answer shown
    /// plainly, or its answer shown by Check with a grade proposed.
    enum class Stage { Question, Drawing, Answer, Checked };
    Stage stage() const { return m_stage; }
    bool isAnswerShown() const { return m_stage == Stage::Answer || m_stage == Stage::Checked; }
    bool isDrawing() const { return m_stage == Stage::Drawing; }
    /// Reveals the answer (Space; while drawing, Skip Drawing: nothing is checked or saved).
    void showAnswer();
    /// While drawing: compares the drawing with the card's diagram, saves the attempt, reveals the
    /// answer with the diff and proposes a grade. Does nothing otherwise.
    void check();
    /// The grade Check proposed for the current card (DrawingReview::proposedRating).
    std::optional<Rating> proposedRating() const { return m_proposed; }

    /// After a plain reveal, the card's last drawing can be shown beside the reference.
    bool canShowLastDrawing() const;
    bool isLastDrawingShown() const { return m_lastDrawingShown; }
    void setLastDrawingShown(bool shown);
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
    /// The user's synonyms file, which Check reads as the Whiteboard does.
    void setSynonymsFile(const QString &path);

    DiagramPane *diagramPane() const;
    ReviewDiagramStack *diagramStack() const { return m_diagram; }
    /// The drawing being made (its undo stack is what Ctrl+Z acts on while drawing).
    DiagramDocument *drawing() const;

signals:
    /// A grade button was pressed: the page turns it into an undoable command.
    void gradeRequested(Rating rating);
    /// After every change of the queue: a grade, an undo, a refresh.
    void queueChanged();
    /// A store error the user should see (the grade was not saved).
    void problem(const QString &message);
    /// Check saved an attempt at drawing `cardId`.
    void attemptSaved(const QString &cardId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void showFinished();
    /// The finished page: what is still due today, when the next card is, this session's tally.
    QString finishedHtml();
    /// The same card is still current after a refresh: keeps the drawing or the checked result.
    bool keepsStage(const Card &card) const;
    void updateButtons();
    void updateDiagram();
    void report(const QString &message);

    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    std::unique_ptr<ReviewSession> m_session;
    QStackedWidget *m_pages;
    QLabel *m_counter;
    CardView *m_cardView;
    ReviewDiagramStack *m_diagram;
    ReviewButtonBar *m_buttons;
    QLabel *m_finished;
    QString m_problemHtml; ///< shown instead when there is no collection
    QTimer *m_wake;
    QDateTime m_shownAt; ///< when the current card was shown, by the clock
    QString m_cardId; ///< the card shown, to know it again after a refresh
    Stage m_stage = Stage::Question;
    std::optional<Rating> m_proposed;
    QString m_proposal; ///< the line above the grades after Check (HTML)
    bool m_lastDrawingShown = false;
    bool m_diagramEarly = false;
};

} // namespace ArchDeck
