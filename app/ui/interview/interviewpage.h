// InterviewPage — the Interview mode of the main window: set up a mock interview, run it, read
// its report, look back over the history. The page ties the views to the collection: it saves
// the running session's snapshot whenever the session view asks (every few seconds and at each
// move) and when the window closes, offers an interrupted session for resume when the collection
// opens (with the clock where it stopped), keeps a finished session in the history, grades cards
// for review when asked, and gives the interviewer's turns to the voice. F11 asks the shell for
// a full-screen focus mode; everything else is a key too (F1 lists them).
#pragma once

#include "interviewtypes.h"
#include "interviewvalues.h"
#include "page.h"
#include "reviewtypes.h"
#include "voicesettings.h"

#include <QDateTime>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QUndoStack;

namespace ArchDeck {

class Clock;
class CollectionStore;
class Deck;
class InterviewHistoryView;
class InterviewReportView;
class InterviewSessionView;
class InterviewSetupView;
class InterviewVoice;
class LayoutEngine;

class InterviewPage : public Page
{
    Q_OBJECT

public:
    InterviewPage(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~InterviewPage() override;

    QString name() const override { return QStringLiteral("Interview"); }
    QString tabText() const override;
    QString statusText() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QUndoStack *undoStack() const override;

    /// Reads the collection's interrupted session, if any, and offers it (resumeOffered()).
    void setCollection(CollectionStore *store);
    /// The voice to speak through (tests pass one with a fake engine); by default the page makes
    /// one on this machine's offline engine the first time it is shown. Not taken over.
    void setVoice(InterviewVoice *voice);
    InterviewVoice *voice() const { return m_voice; }

    enum class View { Setup, Session, Report, History };
    View view() const;
    /// A session is under way (running, paused or in a review).
    bool isSessionLive() const;
    /// Whether an interrupted session waits to be resumed or discarded.
    bool isResumeOffered() const;
    void resumeInterrupted();
    void discardInterrupted();
    /// Saves the running session's snapshot now (the window is closing).
    void saveNow();
    void showHistory();
    void showSetup();

    InterviewSetupView *setupView() const { return m_setup; }
    InterviewSessionView *sessionView() const { return m_session; }
    InterviewReportView *reportView() const { return m_report; }
    InterviewHistoryView *historyView() const { return m_history; }
    QLabel *resumeLabel() const { return m_resumeLabel; }
    QAction *focusAction() const { return m_focus; }

signals:
    /// The collection holds an interrupted session: the shell shows this page.
    void resumeOffered();
    /// F11: the shell hides everything but the page (and shows it all again).
    void focusModeRequested(bool on);

protected:
    void currentChanged(bool current) override;

private:
    void createActions();
    void start(const InterviewPlan &plan, bool voice);
    void finish();
    void saveSnapshot();
    void offerResume();
    void grade(int question, const QString &cardId, Rating rating);
    void ensureVoice();
    void applyVoiceSettings(const VoiceSettings &settings);
    void updateActions();
    void countHistory();

    const Deck *m_deck;
    LayoutEngine *m_engine;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    InterviewVoice *m_voice = nullptr;
    QDateTime m_startedAt; ///< of the session under way
    int m_historyCount = 0; ///< sessions in the history, for the status bar
    QStackedWidget *m_stack;
    QWidget *m_resumeBar;
    QLabel *m_resumeLabel;
    QScrollArea *m_setupArea;
    InterviewSetupView *m_setup;
    InterviewSessionView *m_session;
    InterviewReportView *m_report;
    InterviewHistoryView *m_history;
    QMenu *m_menu;
    QAction *m_startInterview = nullptr;
    QAction *m_newInterview = nullptr;
    QAction *m_showHistory = nullptr;
    QAction *m_exportMarkdown = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_focus = nullptr;
};

} // namespace ArchDeck
