// InterviewSessionView — a mock interview in progress: the question (its answer hidden), the
// phase bar and countdowns, the whiteboard (empty canvas) and a Markdown notes pane beside it, and
// what the interviewer has said so far. It runs an InterviewSession on the window's clock: a
// timer calls tick() so cues arrive; every move is a key (P pause, N next follow-up, Ctrl+Right
// next phase, Ctrl+Shift+S skip, Ctrl+Shift+E end). After a question's last phase it shows the
// model answer and the follow-ups' answers; the drawing and notes of each question are kept for
// the report. Every few seconds (and at each move) it asks to be saved: snapshotDue().
#pragma once

#include "diagramgraph.h"
#include "interviewtypes.h"
#include "result.h"
#include "reviewtypes.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace ArchDeck {

class CardView;
class Clock;
class Deck;
class DiagramDocument;
class DiagramEditor;
class DiffView;
class InterviewClockView;
class InterviewGradeRow;
class InterviewSession;
class LayoutEngine;
class RubricPanel;

class InterviewSessionView : public QWidget
{
    Q_OBJECT

public:
    /// How often cues are checked and the countdown redrawn.
    static constexpr int tickMs = 200;
    /// The longest a session goes without asking to be saved while it runs.
    static constexpr int snapshotEveryMs = 3000;

    InterviewSessionView(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~InterviewSessionView() override;

    /// Runs `session` (taken over) from where it is: a new one is started, a restored one
    /// stays paused until P. `drawings` and `notes`, one per question, from a snapshot.
    void run(std::unique_ptr<InterviewSession> session, const QStringList &drawings = {},
        const QStringList &notes = {});
    InterviewSession *session() const { return m_session.get(); }

    /// The session's snapshot with each question's drawing and notes: what resume needs.
    QJsonObject snapshot() const;
    /// Reads the drawings and notes back out of a snapshot().
    static QStringList drawingsOf(const QJsonObject &snapshot);
    static QStringList notesOf(const QJsonObject &snapshot);

    /// Whether a question's whiteboard starts with the card's clients and actors (as Draw It
    /// Yourself can) instead of empty. For the questions shown from now on.
    void setStartWithClients(bool on);
    bool startsWithClients() const { return m_startWithClients; }

    /// Each question's drawing (DOT) and notes (Markdown), as of now.
    QStringList drawings() const;
    QStringList notes() const;

    /// Each question's rubric scores (one per criterion, -1 unscored; empty: never scored).
    QList<QList<int>> rubricScores() const { return m_rubric; }
    static QList<QList<int>> rubricOf(const QJsonObject &snapshot);
    /// Sets them back, from a snapshot (before run()'s questions are shown).
    void setRubricScores(const QList<QList<int>> &scores);
    RubricPanel *rubricPanel() const { return m_rubricPanel; }
    /// Each question's drawing scored against the card's diagram in its review (0–1); -1 when
    /// nothing was drawn or it was not reviewed.
    QList<double> diffScores() const { return m_diffScores; }
    DiffView *diffView() const { return m_diffView; }
    QLabel *referenceProblemLabel() const { return m_referenceProblem; }
    static QList<double> diffScoresOf(const QJsonObject &snapshot);
    /// Sets them back, from a snapshot.
    void setDiffScores(const QList<double> &scores);

    /// The spaced-repetition grade given to each question's card in its review, if any.
    QList<std::optional<Rating>> grades() const { return m_grades; }
    static QList<std::optional<Rating>> gradesOf(const QJsonObject &snapshot);
    void setGrades(const QList<std::optional<Rating>> &grades);
    /// Whether grading is offered (a collection is open); `reason` says why not.
    void setGradingAvailable(bool available, const QString &reason = {});
    /// What became of a gradeRequested(): saved (the row says so) or not (`problem` shown).
    void gradeSaved(int question, Rating rating, const QString &problem = {});
    InterviewGradeRow *gradeRow() const { return m_gradeRow; }
    CardView *answerView() const { return m_answer; }

    /// What the interviewer said, oldest first ("Interviewer: …").
    QStringList transcript() const;
    InterviewClockView *clockView() const { return m_clock; }
    QLabel *lastTurnLabel() const { return m_lastTurn; }
    DiagramEditor *editor() const { return m_editor; }
    /// The whiteboard's undo stack: the page's while a session runs.
    QUndoStack *undoStack() const;
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QList<QAction *> sessionActions() const { return m_actions; }
    /// Enables the moves that make sense now (called at every change; the page calls it too).
    void updateActions();

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    /// Time to save snapshot() (a move, or snapshotEveryMs of running).
    void snapshotDue();
    /// The interviewer said something: for the voice, if it is on.
    void spoken(const QString &text);
    /// The session is over (the last question done, or ended).
    void finished();
    /// The user graded question `question`'s card in its review; answer with gradeSaved().
    void gradeRequested(int question, const QString &cardId, ArchDeck::Rating rating);

private:
    void createActions();
    void tick();
    void stageChanged();
    void keepCurrentQuestion();
    QString currentDrawing() const;
    void showQuestion(int index);
    void say(const QString &who, const QString &text);
    void compareWithReference(int index);
    /// The reference beside the drawing, once both are read (the reference by the worker, the
    /// drawing by the document), while the question is still in its review.
    void showComparison();
    /// The card's diagram, read for the starter nodes: puts them on the untouched whiteboard.
    void placeStarterNodes(const Result<DiagramGraph> &reference);
    /// The card's diagram could not be read: `problem` (naming file and line) where the diff goes.
    void showReferenceProblem(const QString &problem);
    /// False (and a note) the first time Next Question is pressed with the rubric half scored.
    bool confirmPartialRubric();

    const Deck *m_deck;
    const Clock *m_clockSource;
    std::unique_ptr<InterviewSession> m_session;
    DiagramDocument *m_document;
    DiagramEditor *m_editor;
    InterviewClockView *m_clock;
    QLabel *m_question;
    QLabel *m_lastTurn;
    QLabel *m_referenceProblem; ///< instead of the diff, when the card's diagram is broken ///< what the interviewer said last, under the question
    QPlainTextEdit *m_notes;
    QListWidget *m_transcript;
    QStackedWidget *m_work; ///< the whiteboard while answering, the answer in review
    QWidget *m_review = nullptr; ///< m_work's review page
    QBoxLayout *m_scoringLayout = nullptr; ///< the rubric and the grade: a row, or a column
    CardView *m_answer;
    RubricPanel *m_rubricPanel;
    InterviewGradeRow *m_gradeRow;
    QList<std::optional<Rating>> m_grades; ///< per question
    LayoutEngine *m_engine;
    DiffView *m_diffView;
    quint64 m_referenceRequest = 0;
    int m_referenceQuestion = -1;
    std::optional<DiagramGraph> m_reference; ///< read, not yet shown
    bool m_startWithClients = false;
    quint64 m_starterRequest = 0;
    /// What the shown question's whiteboard was given (empty or with starter nodes): still this
    /// text means nothing was drawn.
    QByteArray m_startDrawing;
    QList<double> m_diffScores; ///< per question
    QList<QList<int>> m_rubric; ///< per question
    QTimer *m_ticker;
    qint64 m_sinceSnapshotMs = 0;
    int m_shownQuestion = -1;
    int m_partialRubricNoted = -1; ///< the question whose half-scored rubric was pointed out
    QStringList m_drawings;
    QStringList m_notesText;
    QList<QAction *> m_actions;
    QAction *m_pause = nullptr;
    QAction *m_followUp = nullptr;
    QAction *m_nextPhase = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_end = nullptr;
};

} // namespace ArchDeck
