#include "interviewsetupview.h"

#include "collectionstore.h"
#include "deck.h"
#include "interviewreport.h"
#include "interviewsession.h"
#include "queryfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ArchDeck {

InterviewSetupView::InterviewSetupView(const Deck *deck, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_questions(new QSpinBox(this))
    , m_mode(new QComboBox(this))
    , m_order(new QComboBox(this))
    , m_sections(new QLineEdit(this))
    , m_query(new QueryField(this))
    , m_seed(new QLineEdit(this))
    , m_phasesForm(new QFormLayout)
    , m_rubric(new QLineEdit(this))
    , m_starters(new QCheckBox(tr("Start each &whiteboard with the card's clients and actors"), this))
    , m_voice(new QCheckBox(tr("The interviewer &speaks"), this))
    , m_voiceReason(new QLabel(this))
    , m_voiceControls(new QWidget(this))
    , m_voiceName(new QComboBox(m_voiceControls))
    , m_rate(new QSlider(Qt::Horizontal, m_voiceControls))
    , m_volume(new QSlider(Qt::Horizontal, m_voiceControls))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_planList(new QListWidget(this))
    , m_start(new QPushButton(tr("&Start Interview"), this))
{
    setObjectName(QStringLiteral("interviewSetupView"));
    m_questions->setObjectName(QStringLiteral("interviewQuestions"));
    m_questions->setRange(InterviewPlanner::kMinQuestions, InterviewPlanner::kMaxQuestions);
    m_questions->setValue(3);
    m_mode->setObjectName(QStringLiteral("interviewMode"));
    m_mode->addItem(tr("Quick round — a time box per question"), int(InterviewMode::Quick));
    m_mode->addItem(tr("System design — one question in phases"), int(InterviewMode::SystemDesign));
    m_order->setObjectName(QStringLiteral("interviewOrder"));
    m_order->addItem(tr("Random (by the seed)"), int(InterviewOrder::Random));
    m_order->addItem(tr("Weakest first"), int(InterviewOrder::Weakest));
    m_order->setToolTip(tr("Weakest first: the cards you are least likely to recall now, then "
                           "the ones you draw worst"));
    m_sections->setObjectName(QStringLiteral("interviewSections"));
    m_sections->setPlaceholderText(tr("All sections — or numbers or words: 1, 3, caching"));
    m_query->setObjectName(QStringLiteral("interviewQuery"));
    m_query->lineEdit()->setPlaceholderText(tr("Optional browser query: prop:wb<0.8, tag:sqs …"));
    m_seed->setObjectName(QStringLiteral("interviewSeed"));
    m_seed->setToolTip(tr("The same seed picks the same questions in the same order"));
    m_voice->setObjectName(QStringLiteral("interviewVoice"));
    m_voiceReason->setObjectName(QStringLiteral("interviewVoiceReason"));
    m_voiceReason->setWordWrap(true);
    m_voiceReason->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setObjectName(QStringLiteral("interviewPlanSummary"));
    m_problem->setObjectName(QStringLiteral("interviewPlanProblem"));
    m_problem->setWordWrap(true);
    m_planList->setObjectName(QStringLiteral("interviewPlanList"));
    m_planList->setFocusPolicy(Qt::NoFocus);
    m_start->setObjectName(QStringLiteral("interviewStart"));
    m_start->setDefault(true);

    auto *newSeedButton = new QPushButton(tr("&New"), this);
    newSeedButton->setToolTip(tr("Draw another seed: other questions, another order"));
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(newSeedButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Questions:"), m_questions);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Order:"), m_order);
    auto *seedLabel = new QLabel(tr("S&eed:"), this);
    seedLabel->setBuddy(m_seed); // a row of a layout gets no buddy by itself
    form->addRow(seedLabel, seedRow);
    form->addRow(tr("Sec&tions:"), m_sections);
    form->addRow(tr("Q&uery:"), m_query);
    m_rubric->setObjectName(QStringLiteral("interviewRubric"));
    m_rubric->setToolTip(tr("What you score yourself on after each question, 0–3 each, separated "
                            "by commas (remembered)"));
    m_rubric->setText(InterviewReport::defaultRubric().join(QStringLiteral(", ")));
    form->addRow(tr("Rub&ric:"), m_rubric);
    m_starters->setObjectName(QStringLiteral("interviewStarters"));
    m_starters->setToolTip(tr("Where the flow begins is on the canvas; the rest is yours to draw"));
    form->addRow(QString(), m_starters);
    // The form scrolls on its own when the screen is short (five phases, the voice, at 2×); the
    // plan and Start beside it stay in view.
    auto *formArea = new QScrollArea(this);
    formArea->setObjectName(QStringLiteral("interviewSetupForm"));
    formArea->setWidgetResizable(true);
    formArea->setFrameShape(QFrame::NoFrame);
    formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *formWidget = new QWidget(formArea);
    auto *left = new QVBoxLayout(formWidget);
    left->setContentsMargins(0, 0, 8, 0);
    left->addLayout(form);
    auto *phasesTitle = new QLabel(tr("<b>Time boxes of each question</b> (remembered)"), this);
    left->addWidget(phasesTitle);
    left->addLayout(m_phasesForm);
    left->addWidget(m_voice);
    left->addWidget(m_voiceReason);
    left->addWidget(m_voiceControls);
    left->addWidget(m_problem);
    left->addStretch(1);

    auto *right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_planList, 1);
    // Under the plan, where the eye ends up — and in view however tall the form gets.
    right->addWidget(m_start, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(24);
    formArea->setWidget(formWidget);
    formArea->setMinimumWidth(formWidget->minimumSizeHint().width() + 16);
    layout->addWidget(formArea, 2);
    layout->addLayout(right, 3);

    connect(m_questions, &QSpinBox::valueChanged, this, &InterviewSetupView::replan);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &InterviewSetupView::modeChanged);
    connect(m_order, &QComboBox::currentIndexChanged, this, &InterviewSetupView::replan);
    connect(m_sections, &QLineEdit::textChanged, this, &InterviewSetupView::replan);
    connect(m_query->lineEdit(), &QLineEdit::textChanged, this, &InterviewSetupView::replan);
    connect(m_seed, &QLineEdit::textChanged, this, &InterviewSetupView::replan);
    connect(m_rubric, &QLineEdit::textChanged, this, &InterviewSetupView::replan);
    connect(newSeedButton, &QPushButton::clicked, this, &InterviewSetupView::newSeed);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (m_plan.isOk())
            emit startRequested(m_plan.value, voiceWanted());
    });
    m_start->setToolTip(tr("Start the interview (Ctrl+Return)")); // the page's Start action

    m_voiceName->setObjectName(QStringLiteral("interviewVoiceName"));
    m_rate->setObjectName(QStringLiteral("interviewVoiceRate"));
    m_rate->setRange(-10, 10); // tenths of Qt TextToSpeech's -1…1
    m_rate->setPageStep(2);
    m_volume->setObjectName(QStringLiteral("interviewVoiceVolume"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setPageStep(10);
    auto *tryVoice = new QPushButton(tr("&Try"), m_voiceControls);
    tryVoice->setObjectName(QStringLiteral("interviewVoiceTry"));
    tryVoice->setToolTip(tr("Hear a sentence with these settings"));
    auto *voiceForm = new QFormLayout(m_voiceControls);
    voiceForm->setContentsMargins(20, 0, 0, 0);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_voiceName, 1);
    nameRow->addWidget(tryVoice);
    auto *nameLabel = new QLabel(tr("&Voice:"), m_voiceControls);
    nameLabel->setBuddy(m_voiceName);
    voiceForm->addRow(nameLabel, nameRow);
    voiceForm->addRow(tr("&Rate:"), m_rate);
    voiceForm->addRow(tr("Vo&lume:"), m_volume);
    const auto changed = [this] {
        updateVoiceControls();
        emit voiceSettingsChanged(voiceSettings());
    };
    connect(m_voice, &QCheckBox::toggled, this, changed);
    connect(m_voiceName, &QComboBox::currentIndexChanged, this, changed);
    connect(m_rate, &QSlider::valueChanged, this, changed);
    connect(m_volume, &QSlider::valueChanged, this, changed);
    connect(tryVoice, &QPushButton::clicked, this, [this] { emit voiceTried(voiceSettings()); });
    setVoiceNames({});
    setVoiceAvailable(false, tr("The voice is being checked…"));
    newSeed();
    modeChanged();
}

void InterviewSetupView::setCollection(CollectionStore *store, const InterviewCardFacts &facts)
{
    m_store = store;
    m_facts = facts;
    if (store)
        m_rubric->setText(InterviewReport::rememberedRubric(*store).join(QStringLiteral(", ")));
    modeChanged(); // the remembered minutes of this collection
}

void InterviewSetupView::setVoiceAvailable(bool available, const QString &reason)
{
    m_voice->setEnabled(available);
    if (!available)
        m_voice->setChecked(false);
    m_voiceReason->setText(available ? QString() : reason);
    m_voiceReason->setVisible(!available && !reason.isEmpty());
    updateVoiceControls();
}

void InterviewSetupView::updateVoiceControls()
{
    m_voiceControls->setEnabled(m_voice->isEnabled() && m_voice->isChecked());
}

void InterviewSetupView::setVoiceNames(const QStringList &names)
{
    const QString chosen = m_voiceName->currentData().toString();
    const QSignalBlocker blocker(m_voiceName);
    m_voiceName->clear();
    m_voiceName->addItem(tr("Default"), QString());
    for (const QString &name : names)
        m_voiceName->addItem(name, name);
    m_voiceName->setCurrentIndex(std::max(0, m_voiceName->findData(chosen)));
}

Result<QStringList> InterviewSetupView::rubric() const
{
    QStringList names = m_rubric->text().split(QLatin1Char(','));
    if (names.size() == 1 && names.constFirst().trimmed().isEmpty())
        names.clear();
    return InterviewReport::checkedRubric(names);
}

VoiceSettings InterviewSetupView::voiceSettings() const
{
    return {voiceWanted(), m_voiceName->currentData().toString(), m_rate->value() / 10.0,
        m_volume->value() / 100.0};
}

void InterviewSetupView::setVoiceSettings(const VoiceSettings &settings)
{
    const VoiceSettings clamped = settings.clamped();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_voice), QSignalBlocker(m_voiceName),
        QSignalBlocker(m_rate), QSignalBlocker(m_volume)};
    if (m_voice->isEnabled())
        m_voice->setChecked(clamped.enabled);
    int index = m_voiceName->findData(clamped.voiceName);
    if (index < 0 && !clamped.voiceName.isEmpty()) {
        m_voiceName->addItem(clamped.voiceName, clamped.voiceName); // not (yet) listed
        index = m_voiceName->count() - 1;
    }
    m_voiceName->setCurrentIndex(std::max(0, index));
    m_rate->setValue(qRound(clamped.rate * 10));
    m_volume->setValue(qRound(clamped.volume * 100));
    updateVoiceControls();
}

bool InterviewSetupView::voiceWanted() const
{
    return m_voice->isEnabled() && m_voice->isChecked();
}

InterviewSettings InterviewSetupView::settings() const
{
    InterviewSettings s;
    s.questions = m_questions->value();
    s.mode = InterviewMode(m_mode->currentData().toInt());
    s.order = InterviewOrder(m_order->currentData().toInt());
    s.seed = m_seed->text().trimmed().toULongLong();
    s.sections = m_sections->text().split(u',', Qt::SkipEmptyParts);
    s.query = m_query->lineEdit()->text();
    s.phases = m_phases;
    for (qsizetype i = 0; i < s.phases.size() && i < m_minutes.size(); ++i)
        s.phases[i].minutes = m_minutes.at(i)->value();
    return s;
}

void InterviewSetupView::modeChanged()
{
    const auto mode = InterviewMode(m_mode->currentData().toInt());
    m_phases = m_store ? InterviewPlanner::rememberedPhases(*m_store, mode)
                       : InterviewSession::defaultPhases(mode);
    while (m_phasesForm->rowCount() > 0)
        m_phasesForm->removeRow(0);
    m_minutes.clear();
    for (const InterviewPhase &phase : std::as_const(m_phases)) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("interviewMinutes_") + phase.name);
        box->setRange(1, 120);
        box->setSuffix(tr(" min"));
        box->setValue(phase.minutes);
        box->setToolTip(phase.prompt);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            replan();
            if (m_store) // remembered at once: a crash after a change keeps it too
                InterviewPlanner::rememberPhases(*m_store,
                    InterviewMode(m_mode->currentData().toInt()), settings().phases);
        });
        m_phasesForm->addRow(phase.name + QLatin1Char(':'), box);
        m_minutes << box;
    }
    replan();
}

void InterviewSetupView::newSeed()
{
    m_seed->setText(QString::number(QRandomGenerator::global()->bounded(1, 1000000)));
}

void InterviewSetupView::replan()
{
    bool seedOk = false;
    m_seed->text().trimmed().toULongLong(&seedOk);
    if (!seedOk)
        m_plan = Result<InterviewPlan>::failure(Diagnostic::error(
            {}, 0, tr("The seed is a whole number from 0 — or press New for another.")));
    else
        m_plan = InterviewPlanner::plan(*m_deck, settings(), m_facts);
    m_planList->clear();
    const CardQuery query = CardQuery::parse(m_query->lineEdit()->text(),
        m_facts.reviewStatesKnown ? CardQuery::ReviewStates::Available
                                  : CardQuery::ReviewStates::Unavailable);
    m_query->setQueryError(query.error());
    QStringList problems;
    for (const Diagnostic &d : m_plan.diagnostics)
        problems << d.message;
    const Result<QStringList> criteria = rubric();
    if (!criteria.isOk() && m_plan.isOk())
        m_plan = Result<InterviewPlan>::failure(criteria.diagnostics);
    for (const Diagnostic &d : criteria.diagnostics)
        problems << tr("Rubric: %1").arg(d.message);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    // An error stops the start and says so in red; a warning (fewer cards than asked) is a note.
    m_problem->setForegroundRole(m_plan.isOk() ? QPalette::PlaceholderText : QPalette::WindowText);
    m_problem->setStyleSheet(m_plan.isOk() ? QString() : QStringLiteral("font-weight: bold;"));
    m_start->setEnabled(m_plan.isOk());
    if (!m_plan.isOk()) {
        m_summary->setText(tr("<b>No plan yet</b>"));
        return;
    }
    const InterviewPlan &plan = m_plan.value;
    m_summary->setText(tr("<b>%1, %2 each — %3 in all</b>")
                           .arg(plan.cardIds.size() == 1
                                   ? tr("1 question")
                                   : tr("%1 questions").arg(plan.cardIds.size()),
                               interviewMinutesText(plan.minutesPerQuestion()),
                               interviewMinutesText(plan.totalMinutes())));
    for (qsizetype i = 0; i < plan.cardIds.size(); ++i) {
        const Card *card = m_deck->card(plan.cardIds.at(i));
        new QListWidgetItem(QStringLiteral("%1. %2").arg(i + 1).arg(card ? card->title
                                                                          : plan.cardIds.at(i)),
            m_planList);
    }
}

} // namespace ArchDeck
