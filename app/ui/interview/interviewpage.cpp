#include "interviewpage.h"

#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "interviewgraderow.h"
#include "interviewhistoryview.h"
#include "interviewplanner.h"
#include "interviewreportview.h"
#include "interviewsession.h"
#include "interviewsessionview.h"
#include "interviewsetupview.h"
#include "interviewvoice.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

// The voice settings are the machine's (QSettings), not the collection's: they belong to its
// speakers and its engine.
const QString kVoiceEnabledKey = QStringLiteral("interview/voice/enabled");
const QString kVoiceNameKey = QStringLiteral("interview/voice/name");
const QString kVoiceRateKey = QStringLiteral("interview/voice/rate");
const QString kVoiceVolumeKey = QStringLiteral("interview/voice/volume");
// What the last session was set up with, to set up the next one the same way.
const QString kSetupQuestionsKey = QStringLiteral("interview/setup/questions");
const QString kSetupModeKey = QStringLiteral("interview/setup/mode");
const QString kSetupOrderKey = QStringLiteral("interview/setup/order");
const QString kSetupStartersKey = QStringLiteral("interview/setup/starterNodes");

} // namespace

InterviewPage::InterviewPage(
    const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : Page(parent)
    , m_deck(deck)
    , m_engine(engine)
    , m_clock(clock)
    , m_stack(new QStackedWidget(this))
    , m_resumeBar(new QWidget(this))
    , m_resumeLabel(new QLabel(m_resumeBar))
    , m_setupArea(new QScrollArea(this))
    , m_setup(new InterviewSetupView(deck, this))
    , m_session(new InterviewSessionView(deck, engine, clock, this))
    , m_report(new InterviewReportView(deck, engine, this))
    , m_history(new InterviewHistoryView(this))
    , m_menu(new QMenu(tr("&Interview"), this))
{
    setObjectName(QStringLiteral("interviewPage"));
    // The setup form is tall (five phases, the voice): on a small screen it scrolls.
    m_setupArea->setObjectName(QStringLiteral("interviewSetupArea"));
    m_setupArea->setWidget(m_setup);
    m_setupArea->setWidgetResizable(true);
    m_setupArea->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_setupArea);
    m_stack->addWidget(m_session);
    m_stack->addWidget(m_report);
    m_stack->addWidget(m_history);

    // An interrupted session: resume it (the clock where it stopped) or let it go.
    m_resumeBar->setObjectName(QStringLiteral("interviewResumeBar"));
    m_resumeBar->setAutoFillBackground(true);
    m_resumeBar->setBackgroundRole(QPalette::AlternateBase);
    m_resumeLabel->setObjectName(QStringLiteral("interviewResumeLabel"));
    m_resumeLabel->setWordWrap(true);
    auto *resume = new QPushButton(tr("&Resume"), m_resumeBar);
    resume->setObjectName(QStringLiteral("interviewResume"));
    auto *discard = new QPushButton(tr("&Discard"), m_resumeBar);
    discard->setObjectName(QStringLiteral("interviewDiscard"));
    discard->setToolTip(tr("Throw the interrupted session away; it is not kept in the history"));
    auto *barLayout = new QHBoxLayout(m_resumeBar);
    barLayout->setContentsMargins(12, 8, 12, 8);
    barLayout->addWidget(m_resumeLabel, 1);
    barLayout->addWidget(resume);
    barLayout->addWidget(discard);
    m_resumeBar->hide();
    connect(resume, &QPushButton::clicked, this, &InterviewPage::resumeInterrupted);
    connect(discard, &QPushButton::clicked, this, &InterviewPage::discardInterrupted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_resumeBar);
    layout->addWidget(m_stack, 1);

    connect(m_setup, &InterviewSetupView::startRequested, this, &InterviewPage::start);
    connect(m_setup, &InterviewSetupView::voiceSettingsChanged, this,
        &InterviewPage::applyVoiceSettings);
    connect(m_setup, &InterviewSetupView::voiceTried, this, [this](const VoiceSettings &settings) {
        applyVoiceSettings(settings);
        if (m_voice) {
            m_voice->stop();
            m_voice->say(tr("Let's start with the requirements: who uses this, and how much?"));
        }
    });
    connect(m_session, &InterviewSessionView::snapshotDue, this, &InterviewPage::saveSnapshot);
    connect(m_session, &InterviewSessionView::finished, this, &InterviewPage::finish);
    connect(m_session, &InterviewSessionView::gradeRequested, this, &InterviewPage::grade);
    connect(m_session, &InterviewSessionView::spoken, this, [this](const QString &text) {
        if (m_voice && m_setup->voiceWanted())
            m_voice->say(text);
    });
    connect(m_report, &InterviewReportView::newInterviewRequested, this, &InterviewPage::showSetup);
    connect(m_report, &InterviewReportView::historyRequested, this, &InterviewPage::showHistory);
    connect(
        m_history, &InterviewHistoryView::newInterviewRequested, this, &InterviewPage::showSetup);
    connect(m_history, &InterviewHistoryView::recordOpened, this,
        [this](const InterviewRecord &record) {
            m_report->showRecord(record);
            m_stack->setCurrentWidget(m_report);
            updateActions();
        });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this] {
        updateActions();
        emit tabTextChanged();
        emit statusTextChanged();
    });

    QSettings settings;
    for (const auto &[box, key] : {std::pair {m_setup->modeBox(), kSetupModeKey},
             std::pair {m_setup->orderBox(), kSetupOrderKey}}) {
        const int index = box->findData(settings.value(key, -1).toInt());
        if (index >= 0)
            box->setCurrentIndex(index);
    }
    m_setup->questionsBox()->setValue(
        settings.value(kSetupQuestionsKey, m_setup->questionsBox()->value()).toInt());
    m_setup->startersBox()->setChecked(settings.value(kSetupStartersKey, false).toBool());
    connect(m_setup, &InterviewSetupView::startRequested, this, [this] {
        QSettings remembered;
        remembered.setValue(kSetupQuestionsKey, m_setup->questionsBox()->value());
        remembered.setValue(kSetupModeKey, m_setup->modeBox()->currentData());
        remembered.setValue(kSetupOrderKey, m_setup->orderBox()->currentData());
        remembered.setValue(kSetupStartersKey, m_setup->startersBox()->isChecked());
    });

    createActions();
    m_session->setGradingAvailable(false, tr("No collection is open to grade into."));
    updateActions();
}

InterviewPage::~InterviewPage() = default;
void InterviewPage::createActions()
{
    const auto add
        = [this](const QString &text, const char *name, const QKeySequence &key, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(QLatin1String(name));
              action->setShortcut(key);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              m_menu->addAction(action);
              return action;
          };
    m_startInterview = add(tr("&Start Interview"), "startInterviewAction",
        QKeySequence(Qt::CTRL | Qt::Key_Return), [this] {
            if (view() == View::Setup && m_setup->startButton()->isEnabled())
                m_setup->startButton()->click();
        });
    m_newInterview = add(tr("&New Interview"), "newInterviewAction",
        QKeySequence(Qt::CTRL | Qt::Key_N), [this] { showSetup(); });
    m_showHistory = add(tr("&History"), "interviewHistoryAction",
        QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showHistory(); });
    m_menu->addSeparator();
    // The session's own moves, so the menu and F1 list them; their keys work in the session view.
    for (QAction *action : m_session->sessionActions()) {
        m_menu->addAction(action);
        addAction(action);
    }
    m_menu->addSeparator();
    for (QAction *action : m_session->gradeRow()->gradeActions()) {
        m_menu->addAction(action);
        addAction(action);
    }
    m_menu->addSeparator();
    m_exportMarkdown = add(tr("Export Report as &Markdown…"), "exportInterviewMarkdownAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        [this] { m_report->chooseAndExport(false); });
    m_exportPdf = add(tr("Export Report as P&DF…"), "exportInterviewPdfAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { m_report->chooseAndExport(true); });
    m_menu->addSeparator();
    m_focus = add(tr("&Focus Mode"), "interviewFocusAction", QKeySequence(Qt::Key_F11),
        [this](bool on) { emit focusModeRequested(on); });
    m_focus->setCheckable(true);
    m_focus->setToolTip(tr("Full screen with nothing but the interview (F11)"));
}

QUndoStack *InterviewPage::undoStack() const
{
    return m_session->undoStack();
}

QString InterviewPage::tabText() const
{
    if (!isSessionLive())
        return name();
    return m_session->session()->isPaused() ? tr("Interview (paused)") : tr("Interview (running)");
}

QString InterviewPage::statusText() const
{
    if (isSessionLive()) {
        const InterviewSession *session = m_session->session();
        return tr("Question %1 of %2")
            .arg(session->questionIndex() + 1)
            .arg(session->questionCount());
    }
    if (m_historyCount > 0)
        return m_historyCount == 1 ? tr("1 mock interview in the history")
                                   : tr("%1 mock interviews in the history").arg(m_historyCount);
    return {};
}

InterviewPage::View InterviewPage::view() const
{
    QWidget *shown = m_stack->currentWidget();
    if (shown == m_session)
        return View::Session;
    if (shown == m_report)
        return View::Report;
    if (shown == m_history)
        return View::History;
    return View::Setup;
}

bool InterviewPage::isSessionLive() const
{
    const InterviewSession *session = m_session->session();
    return session && session->stage() != InterviewSession::Stage::NotStarted
        && session->stage() != InterviewSession::Stage::Finished;
}

void InterviewPage::setCollection(CollectionStore *store)
{
    m_store = store;
    InterviewCardFacts facts;
    if (store) {
        const Result<InterviewCardFacts> read = InterviewPlanner::factsFrom(*store, m_clock->now());
        if (read.isOk())
            facts = read.value;
    }
    m_setup->setCollection(store, facts);
    countHistory();
    m_session->setGradingAvailable(store != nullptr, tr("No collection is open to grade into."));
    offerResume();
    emit statusTextChanged();
}

void InterviewPage::countHistory()
{
    m_historyCount = 0;
    if (!m_store)
        return;
    // The count only: the history holds every drawing, and this runs at start-up.
    m_historyCount = m_store->interviewCount().value;
}

void InterviewPage::showHistory()
{
    if (isSessionLive())
        return;
    if (m_store) {
        const Result<QList<InterviewRecord>> history = m_store->interviewHistory();
        m_historyCount = int(history.value.size());
        m_history->setHistory(history.value,
            history.isOk() ? QString()
                           : tr("The history could not be read: %1").arg(history.errorMessage()));
    } else {
        m_history->setHistory({}, tr("No collection is open: there is no history to show."));
    }
    m_stack->setCurrentWidget(m_history);
    m_history->sessionList()->setFocus();
}

void InterviewPage::showSetup()
{
    if (isSessionLive())
        return;
    m_stack->setCurrentWidget(m_setupArea);
    m_setup->questionsBox()->setFocus();
}

void InterviewPage::ensureVoice()
{
    if (!m_voice)
        setVoice(new InterviewVoice(this));
}

void InterviewPage::setVoice(InterviewVoice *voice)
{
    m_voice = voice;
    const VoiceAvailability availability = voice->availability();
    m_setup->setVoiceNames(voice->voiceNames());
    m_setup->setVoiceAvailable(availability.available, availability.reason);
    QSettings settings;
    VoiceSettings chosen;
    chosen.enabled = settings.value(kVoiceEnabledKey, false).toBool();
    chosen.voiceName = settings.value(kVoiceNameKey).toString();
    chosen.rate = settings.value(kVoiceRateKey, 0.0).toDouble();
    chosen.volume = settings.value(kVoiceVolumeKey, 1.0).toDouble();
    m_setup->setVoiceSettings(chosen);
    voice->setSettings(m_setup->voiceSettings());
    connect(voice, &InterviewVoice::problem, this,
        [this](const QString &sentence) { m_setup->setVoiceAvailable(false, sentence); });
}

void InterviewPage::applyVoiceSettings(const VoiceSettings &chosen)
{
    QSettings settings;
    settings.setValue(kVoiceEnabledKey, chosen.enabled);
    settings.setValue(kVoiceNameKey, chosen.voiceName);
    settings.setValue(kVoiceRateKey, chosen.rate);
    settings.setValue(kVoiceVolumeKey, chosen.volume);
    if (m_voice)
        m_voice->setSettings(chosen);
}

void InterviewPage::currentChanged(bool current)
{
    if (current)
        ensureVoice(); // the engine is asked once, when the page is first shown
    updateActions();
    if (current && view() == View::Setup)
        m_setup->questionsBox()->setFocus();
}

void InterviewPage::updateActions()
{
    const bool current = isCurrent();
    const bool live = isSessionLive();
    m_newInterview->setEnabled(current && !live);
    m_startInterview->setEnabled(current && !live && view() == View::Setup);
    m_showHistory->setEnabled(current && !live);
    const bool report = view() == View::Report && m_report->hasRecord();
    m_exportMarkdown->setEnabled(current && report);
    m_exportPdf->setEnabled(current && report);
    m_focus->setEnabled(current);
    // The session's moves follow the session; off the page they rest.
    m_session->updateActions();
    if (!current)
        for (QAction *action : m_session->sessionActions() + m_session->gradeRow()->gradeActions())
            action->setEnabled(false);
}

} // namespace ArchDeck
