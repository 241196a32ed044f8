#include "interviewsessionview.h"

#include "attemptchecker.h"
#include "cardview.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramdocument.h"
#include "diagramdiff.h"
#include "diagrameditor.h"
#include "diffview.h"
#include "interviewclock.h"
#include "interviewgraderow.h"
#include "interviewsession.h"
#include "layoutengine.h"
#include "rubricpanel.h"
#include "theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QByteArray kEmptyDrawing = AttemptChecker::emptyDrawing({});

} // namespace

InterviewSessionView::InterviewSessionView(
    const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_clockSource(clock)
    , m_document(new DiagramDocument(*clock, this))
    , m_editor(new DiagramEditor(engine, this))
    , m_clock(new InterviewClockView(this))
    , m_question(new QLabel(this))
    , m_lastTurn(new QLabel(this))
    , m_referenceProblem(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_transcript(new QListWidget(this))
    , m_work(new QStackedWidget(this))
    , m_answer(new CardView(this))
    , m_rubricPanel(new RubricPanel(this))
    , m_gradeRow(new InterviewGradeRow(this))
    , m_engine(engine)
    , m_diffView(new DiffView(engine, this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("interviewSessionView"));
    m_question->setObjectName(QStringLiteral("interviewQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.5);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_notes->setObjectName(QStringLiteral("interviewNotes"));
    m_notes->setPlaceholderText(
        tr("Your notes (Markdown): requirements you agreed, numbers, trade-offs…"));
    m_transcript->setObjectName(QStringLiteral("interviewTranscript"));
    m_transcript->setWordWrap(true);
    m_transcript->setFocusPolicy(Qt::NoFocus);
    m_answer->setObjectName(QStringLiteral("interviewAnswer"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // The question, and under it what the interviewer said last (a follow-up stands out there,
    // not only in the transcript at the side).
    m_lastTurn->setObjectName(QStringLiteral("interviewLastTurn"));
    m_lastTurn->setWordWrap(true);
    m_lastTurn->setTextFormat(Qt::PlainText);
    QFont turnFont = m_lastTurn->font();
    turnFont.setItalic(true);
    turnFont.setPointSizeF(turnFont.pointSizeF() * 1.15);
    m_lastTurn->setFont(turnFont);
    auto *asked = new QVBoxLayout;
    asked->addWidget(m_question);
    asked->addWidget(m_lastTurn);
    asked->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(asked, 1);
    top->addWidget(m_clock, 1);
    layout->addLayout(top);

    m_work->addWidget(m_editor);
    // The review: the model answer the full height at the left; at the right the card's diagram
    // with your drawing compared to it, and under it what you score yourself — the rubric and
    // the optional grade, so the answer keeps its height on a small screen.
    auto *review = new QSplitter(Qt::Horizontal, this);
    review->setObjectName(QStringLiteral("interviewReview"));
    review->addWidget(m_answer);
    auto *judged = new QWidget(review);
    auto *judgedLayout = new QVBoxLayout(judged);
    judgedLayout->setContentsMargins(0, 0, 0, 0);
    judgedLayout->addWidget(m_diffView, 1);
    m_referenceProblem->setObjectName(QStringLiteral("interviewReferenceProblem"));
    m_referenceProblem->setWordWrap(true);
    m_referenceProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referenceProblem->setAlignment(Qt::AlignCenter);
    m_referenceProblem->hide();
    judgedLayout->addWidget(m_referenceProblem, 1);
    // Side by side where the window is wide, one above the other where it is not: the window
    // must still fit a small screen.
    auto *scoring = new QBoxLayout(QBoxLayout::TopToBottom); // resizeEvent() turns it
    scoring->addWidget(m_rubricPanel, 0, Qt::AlignTop);
    scoring->addWidget(m_gradeRow, 1, Qt::AlignTop);
    judgedLayout->addLayout(scoring);
    m_scoringLayout = scoring;
    review->addWidget(judged);
    review->setStretchFactor(0, 2);
    review->setStretchFactor(1, 3);
    // The diff's header asks for a wide and tall window; here it shares one with the answer, the
    // scores and the notes, so it takes the room it is given (its drawings zoom to fit) instead
    // of pushing the window past a small screen (1280 × 720 at 2×).
    m_diffView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_answer->setMinimumWidth(240);
    review->setSizes({400, 600}); // as shares
    m_review = review;
    m_work->addWidget(review);
    connect(engine, &LayoutEngine::parsed, this,
        [this](quint64 id, const Result<DiagramGraph> &reference) {
            if (id != 0 && id == m_starterRequest) {
                m_starterRequest = 0;
                placeStarterNodes(reference);
                return;
            }
            if (id != m_referenceRequest || !m_session)
                return;
            m_referenceRequest = 0;
            if (reference.isOk()) {
                m_reference = reference.value;
                showComparison();
                return;
            }
            // The card's diagram is broken (a deck of your own): say where, instead of a blank.
            QStringList problems;
            for (const Diagnostic &d : reference.diagnostics)
                if (d.isError())
                    problems << d.toString();
            showReferenceProblem(tr("The card's diagram could not be read, so your drawing is "
                                    "not compared with it:\n%1")
                                     .arg(problems.join(u'\n')));
        });
    // A drawing from a snapshot may still be being read when the reference arrives.
    connect(m_document, &DiagramDocument::graphChanged, this, &InterviewSessionView::showComparison);
    addActions(m_gradeRow->gradeActions()); // Ctrl+Alt+1…4 from anywhere in the view
    connect(m_gradeRow, &InterviewGradeRow::gradeClicked, this, [this](Rating rating) {
        if (m_session && m_session->stage() == InterviewSession::Stage::Review
            && m_shownQuestion >= 0 && m_shownQuestion < m_session->questionCount()
            && !m_grades.value(m_shownQuestion))
            emit gradeRequested(
                m_shownQuestion, m_session->questions().at(m_shownQuestion).cardId, rating);
    });
    connect(m_rubricPanel, &RubricPanel::scoresChanged, this, [this] {
        if (m_shownQuestion >= 0 && m_shownQuestion < m_rubric.size())
            m_rubric[m_shownQuestion] = m_rubricPanel->scores();
    });
    auto *side = new QWidget(this);
    side->setMinimumWidth(240); // notes stay writable whatever the work area asks for
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *notesLabel = new QLabel(tr("&Notes"), side);
    notesLabel->setBuddy(m_notes);
    sideLayout->addWidget(notesLabel);
    sideLayout->addWidget(m_notes, 3);
    sideLayout->addWidget(new QLabel(tr("Interviewer"), side));
    sideLayout->addWidget(m_transcript, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_work);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    createActions();
    auto *buttons = new QHBoxLayout;
    for (QAction *action : std::as_const(m_actions)) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Esc in the notes goes back to the whiteboard, where P and N are keys again, not letters.
    auto *leaveNotes = new QShortcut(QKeySequence(Qt::Key_Escape), m_notes);
    leaveNotes->setContext(Qt::WidgetShortcut);
    connect(leaveNotes, &QShortcut::activated, this, [this] { m_editor->canvas()->setFocus(); });

    m_editor->setDocument(m_document, QStringLiteral("interview-drawing.dot"));
    m_editor->setTextViewVisible(false); // a whiteboard first; Ctrl+T shows the DOT
    m_ticker->setInterval(tickMs);
    connect(m_ticker, &QTimer::timeout, this, &InterviewSessionView::tick);
    updateActions();
}

InterviewSessionView::~InterviewSessionView()
{
    if (m_session)
        m_session->disconnect(this);
}

void InterviewSessionView::run(
    std::unique_ptr<InterviewSession> session, const QStringList &drawings, const QStringList &notes)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = std::move(session);
    m_transcript->clear();
    m_shownQuestion = -1;
    m_partialRubricNoted = -1;
    const int count = m_session ? m_session->questionCount() : 0;
    m_drawings = drawings.mid(0, count);
    m_notesText = notes.mid(0, count);
    while (m_drawings.size() < count)
        m_drawings << QString();
    while (m_notesText.size() < count)
        m_notesText << QString();
    m_rubric.resize(count);
    m_grades = QList<std::optional<Rating>>(count);
    m_diffScores = QList<double>(count, -1.0);
    m_clock->setSession(m_session.get());
    if (!m_session)
        return;
    connect(m_session.get(), &InterviewSession::turn, this,
        [this](const InterviewSession::Turn &turn) {
            say(tr("Interviewer"), turn.text);
            // What you are answering: the phase's prompt or the follow-up. The question is above
            // it already, and a time cue must not push the follow-up out of sight.
            if (turn.kind == InterviewSession::Turn::Kind::PhasePrompt
                || turn.kind == InterviewSession::Turn::Kind::FollowUp)
                m_lastTurn->setText(QStringLiteral("“%1”").arg(turn.text));
            emit spoken(turn.text);
        });
    connect(m_session.get(), &InterviewSession::stageChanged, this,
        &InterviewSessionView::stageChanged);
    connect(m_session.get(), &InterviewSession::pausedChanged, this, [this] {
        m_clock->refresh();
        updateActions();
        emit snapshotDue();
    });
    if (m_session->stage() == InterviewSession::Stage::NotStarted)
        m_session->start();
    else
        say(tr("Note"), tr("Resumed where you left off — press P when you are ready."));
    stageChanged();
    m_ticker->start();
}

void InterviewSessionView::tick()
{
    if (!m_session)
        return;
    m_session->tick();
    m_clock->refresh();
    if (m_session->stage() == InterviewSession::Stage::Phase && !m_session->isPaused()) {
        m_sinceSnapshotMs += tickMs;
        if (m_sinceSnapshotMs >= snapshotEveryMs) {
            m_sinceSnapshotMs = 0;
            keepCurrentQuestion();
            emit snapshotDue();
        }
    }
}

void InterviewSessionView::stageChanged()
{
    keepCurrentQuestion();
    const int index = m_session->questionIndex();
    if (index != m_shownQuestion && index >= 0)
        showQuestion(index);
    switch (m_session->stage()) {
    case InterviewSession::Stage::Review:
        if (const Card *card = m_deck->card(m_session->currentQuestion().cardId)) {
            m_answer->showCard(*card,
                tr("Question %1 of %2").arg(index + 1).arg(m_session->questionCount()));
            m_answer->setAnswerRevealed(true);
            for (int i = 0; i < m_answer->followUpCount(); ++i)
                m_answer->setFollowUpOpen(i, true); // the follow-ups' answers too
        }
        m_gradeRow->showFor(m_grades.value(index));
        m_work->setCurrentWidget(m_review);
        m_rubricPanel->setScores(m_rubric.value(index));
        compareWithReference(index);
        break;
    case InterviewSession::Stage::Finished:
        m_ticker->stop();
        break;
    default:
        m_work->setCurrentWidget(m_editor);
        break;
    }
    m_clock->refresh();
    updateActions();
    emit snapshotDue();
    if (m_session->stage() == InterviewSession::Stage::Finished)
        emit finished();
}

QString InterviewSessionView::currentDrawing() const
{
    const QByteArray text = m_document->text();
    const bool untouched = text == kEmptyDrawing || (!m_startDrawing.isEmpty() && text == m_startDrawing);
    return untouched ? QString() : QString::fromUtf8(text); // nothing drawn
}

void InterviewSessionView::keepCurrentQuestion()
{
    if (m_shownQuestion < 0 || m_shownQuestion >= m_drawings.size())
        return;
    m_drawings[m_shownQuestion] = currentDrawing();
    m_notesText[m_shownQuestion] = m_notes->toPlainText();
}

void InterviewSessionView::showQuestion(int index)
{
    m_shownQuestion = index;
    const InterviewQuestion question = m_session->questions().at(index);
    m_question->setText(question.question);
    m_lastTurn->clear();
    const QString drawing = m_drawings.value(index);
    m_starterRequest = 0;
    m_startDrawing.clear();
    if (!drawing.isEmpty()) {
        m_document->load(drawing.toUtf8());
    } else {
        // A blank whiteboard laid out as the card's diagram is (its direction), so the review's
        // diff reads alike; with starter nodes, the card's clients and actors once it is read.
        const Card *card = m_deck->card(question.cardId);
        const Result<QByteArray> reference = card && !card->diagram.isEmpty()
            ? m_deck->readDiagram(*card)
            : Result<QByteArray>::failure(Diagnostic::failure(QString()));
        m_startDrawing = AttemptChecker::emptyDrawing(reference.isOk() ? reference.value : QByteArray());
        m_document->load(m_startDrawing);
        if (m_startWithClients && reference.isOk())
            m_starterRequest = m_engine->parse(reference.value, card->diagram);
    }
    m_notes->setPlainText(m_notesText.value(index));
}

void InterviewSessionView::say(const QString &who, const QString &text)
{
    auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(who, text), m_transcript);
    m_transcript->scrollToItem(item);
}

QUndoStack *InterviewSessionView::undoStack() const
{
    return m_document->undoStack();
}

QStringList InterviewSessionView::transcript() const
{
    QStringList lines;
    for (int i = 0; i < m_transcript->count(); ++i)
        lines << m_transcript->item(i)->text();
    return lines;
}

QStringList InterviewSessionView::drawings() const
{
    QStringList all = m_drawings;
    if (m_shownQuestion >= 0 && m_shownQuestion < all.size())
        all[m_shownQuestion] = currentDrawing();
    return all;
}

QStringList InterviewSessionView::notes() const
{
    QStringList all = m_notesText;
    if (m_shownQuestion >= 0 && m_shownQuestion < all.size())
        all[m_shownQuestion] = m_notes->toPlainText();
    return all;
}

} // namespace ArchDeck
