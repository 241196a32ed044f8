#include "reviewpane.h"

#include "carddiagramsplitter.h"
#include "cardview.h"
#include "clock.h"
#include "deck.h"
#include "diagrampane.h"
#include "drawingreview.h"
#include "gradecommand.h"
#include "reviewbuttonbar.h"
#include "reviewdiagramstack.h"
#include "reviewsession.h"
#include "reviewsummary.h"
#include "studyday.h"
#include "theme.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

constexpr qint64 kMaxCountedMs
    = 10 * 60 * 1000; // a card left open over lunch is not 2 hours of study

/// What the hidden answer says while the user draws.
const char kDrawingHint[]
    = "Draw the diagram from memory, then <b>Check</b> (Ctrl+Return): the answer and the card's "
      "diagram appear beside yours, with what you missed and a grade proposed from your score. "
      "<b>Skip drawing</b> (Ctrl+Shift+Return) reveals the answer without checking.";

} // namespace

ReviewPane::ReviewPane(const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_counter(new QLabel(this))
    , m_cardView(new CardView(this))
    , m_diagram(new ReviewDiagramStack(deck, engine, clock, this))
    , m_buttons(new ReviewButtonBar(this))
    , m_finished(new QLabel(this))
    , m_wake(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPane"));
    m_cardView->setObjectName(QStringLiteral("reviewCardView"));
    m_counter->setObjectName(QStringLiteral("reviewCounter"));
    m_finished->setObjectName(QStringLiteral("reviewFinished"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_counter);
    layout->addWidget(m_pages, 1);

    // The card page: the card with its diagram (above it, or beside it on a wide window), answer
    // button or grade buttons below.
    auto *cardPage = new QWidget(m_pages);
    auto *cardLayout = new QVBoxLayout(cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new CardDiagramSplitter(m_cardView, m_cardView, m_diagram, cardPage);
    split->setObjectName(QStringLiteral("reviewSplitter"));
    cardLayout->addWidget(split, 1);

    // Below the card: what can be done with it now; the buttons only ask.
    cardLayout->addWidget(m_buttons);
    connect(m_buttons, &ReviewButtonBar::showAnswerClicked, this, &ReviewPane::showAnswer);
    connect(m_buttons, &ReviewButtonBar::skipDrawingClicked, this, &ReviewPane::showAnswer);
    connect(m_buttons, &ReviewButtonBar::checkClicked, this, &ReviewPane::check);
    connect(m_buttons, &ReviewButtonBar::gradeClicked, this, &ReviewPane::gradeRequested);
    connect(
        m_buttons, &ReviewButtonBar::lastDrawingToggled, this, &ReviewPane::setLastDrawingShown);
    m_pages->addWidget(cardPage);

    m_finished->setAlignment(Qt::AlignCenter);
    m_finished->setWordWrap(true);
    m_finished->setTextFormat(Qt::RichText);
    m_pages->addWidget(m_finished);

    // When the next learning card falls due, bring it up without the user asking.
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &ReviewPane::refresh);
    setCollection(nullptr, QStringLiteral("The collection is opening…"));
}

ReviewPane::~ReviewPane() = default;

void ReviewPane::setCollection(CollectionStore *store, const QString &problem)
{
    m_store = store;
    m_diagram->setCollection(store);
    m_cardId.clear();
    m_session = store ? std::make_unique<ReviewSession>(store, m_deck, m_clock) : nullptr;
    m_problemHtml = QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped());
    if (!m_session) {
        showFinished();
        emit queueChanged();
        return;
    }
    refresh();
}

void ReviewPane::refresh()
{
    if (!m_session)
        return;
    if (const Status rebuilt = m_session->rebuild(); !rebuilt.isOk())
        report(rebuilt.errorMessage());
    showCurrent();
}

void ReviewPane::setSynonymsFile(const QString &path)
{
    m_diagram->setSynonymsFile(path);
}

void ReviewPane::setDiagramBeforeAnswer(bool early)
{
    m_diagramEarly = early;
    updateDiagram();
}

QString ReviewPane::summary() const
{
    if (!m_session)
        return {};
    const ReviewSession::Counts counts = m_session->counts();
    if (counts.total() > 0)
        return QString::number(counts.total());
    return counts.learningLater > 0 ? QStringLiteral("done for now") : QStringLiteral("done");
}

int ReviewPane::cardsLeft() const
{
    return m_session ? m_session->counts().total() : -1;
}

bool ReviewPane::canGrade() const
{
    return m_session && m_session->current() && isAnswerShown();
}

DiagramPane *ReviewPane::diagramPane() const
{
    return m_diagram->diagramPane();
}

DiagramDocument *ReviewPane::drawing() const
{
    return m_diagram->drawing();
}

bool ReviewPane::canUndo() const
{
    return m_session && m_session->canUndo();
}

void ReviewPane::showCurrent()
{
    const Card *card = m_session ? m_session->current() : nullptr;
    if (!card) {
        showFinished();
        emit queueChanged();
        return;
    }
    const ReviewSession::Counts counts = m_session->counts();
    const QString later = counts.learningLater == 0
        ? QString()
        : QStringLiteral(" (+%1 later today, next at %2)")
              .arg(counts.learningLater)
              .arg(StudyDay::clockTime(m_session->nextDue()));
    m_counter->setText(
        QStringLiteral("<b>%1</b> learning%2 &nbsp;·&nbsp; <b>%3</b> to review &nbsp;·&nbsp; "
                       "<b>%4</b> new &nbsp;&nbsp;— %5 left now")
            .arg(counts.learning)
            .arg(later)
            .arg(counts.review)
            .arg(counts.fresh)
            .arg(counts.total()));
    // Where the user is in today's work, not in the deck: reviews already given today, this one,
    // what is left now and the learning steps still to come back today.
    const int done = m_session->reviewsToday();
    const QString position = QStringLiteral("Card %1 of %2 today")
                                 .arg(done + 1)
                                 .arg(done + counts.total() + counts.learningLater);
    if (keepsStage(*card)) {
        // A refresh while the user draws or reads their result: the count changes, nothing else.
        m_cardView->showCard(*card, position);
        m_cardView->setAnswerRevealed(isAnswerShown());
        emit queueChanged();
        return;
    }
    m_cardId = card->id;
    m_proposed.reset();
    m_proposal.clear();
    m_lastDrawingShown = false;
    m_diagram->setCard(card);
    const DrawingReview drawing = m_store ? DrawingReview::read(*m_store) : DrawingReview {};
    m_stage = drawing.enabled && m_diagram->canDraw() ? Stage::Drawing : Stage::Question;
    m_cardView->setHiddenAnswerHint(isDrawing() ? QString::fromUtf8(kDrawingHint) : QString());
    m_cardView->showCard(*card, position);
    m_pages->setCurrentIndex(0);
    m_shownAt = m_clock->now();
    if (isDrawing())
        m_diagram->startDrawing(drawing.start);
    updateButtons();
    updateDiagram();
    emit queueChanged();
}

bool ReviewPane::keepsStage(const Card &card) const
{
    if (card.id != m_cardId || m_pages->currentIndex() != 0)
        return false;
    if (m_stage == Stage::Checked)
        return true;
    // A drawing stays while drawing is still the setting (Review Settings may have turned it off).
    return m_stage == Stage::Drawing && m_store && DrawingReview::read(*m_store).enabled;
}

void ReviewPane::showFinished()
{
    m_counter->clear();
    m_finished->setText(m_session ? finishedHtml() : m_problemHtml);
    m_pages->setCurrentWidget(m_finished);
    m_stage = Stage::Question;
    m_cardId.clear();
}

QString ReviewPane::finishedHtml()
{
    const QDateTime now = m_clock->now();
    if (const QDateTime due = m_session->nextDue(); due.isValid())
        // When it falls due, bring it up without the user asking.
        m_wake->start(int(std::clamp<qint64>(now.msecsTo(due) + 500, 1000, 6 * 3600 * 1000)));
    return ReviewSummary::finishedHtml(
        *m_session, now, Theme::windowTextBlend(palette(), 0.65).name());
}

void ReviewPane::showAnswer()
{
    if (!m_session || !m_session->current() || isAnswerShown())
        return;
    m_stage = Stage::Answer;
    m_cardView->setAnswerRevealed(true);
    updateButtons();
    updateDiagram();
    emit queueChanged();
}

void ReviewPane::check()
{
    if (!m_session || !m_session->current() || !isDrawing())
        return;
    const Result<AttemptCheck> checked = m_diagram->check();
    if (!checked.isOk()) {
        // The review goes on without a verdict: the answer as usual, and why there is none.
        m_proposal = QStringLiteral("Your drawing could not be checked: %1")
                         .arg(checked.errorMessage().toHtmlEscaped());
        showAnswer();
        return;
    }
    const AttemptCheck &result = checked.value;
    m_stage = Stage::Checked;
    m_proposed = DrawingReview::proposedRating(result.diff.score);
    m_cardView->setAnswerRevealed(true);
    const int key = int(*m_proposed);
    QString text = QStringLiteral("Proposed: <b>%1</b> (score %2 %) — press %3 to take it, or "
                                  "choose another grade.")
                       .arg(GradeCommand::ratingName(*m_proposed))
                       .arg(DrawingReview::percent(result.diff.score))
                       .arg(key);
    if (!result.problem.isEmpty())
        text += QStringLiteral("<br>Note — %1").arg(result.problem.toHtmlEscaped());
    m_proposal = text;
    if (result.attempt.id != 0)
        emit attemptSaved(result.attempt.cardId);
    updateButtons();
    emit queueChanged();
}

bool ReviewPane::canShowLastDrawing() const
{
    return m_stage == Stage::Answer && m_buttons->isLastDrawingAvailable();
}

void ReviewPane::setLastDrawingShown(bool shown)
{
    if (shown && !canShowLastDrawing())
        shown = false;
    m_buttons->setLastDrawingShown(shown);
    if (shown == m_lastDrawingShown)
        return;
    m_lastDrawingShown = shown;
    m_diagram->showLastDrawing(shown);
    emit queueChanged();
}

bool ReviewPane::grade(Rating rating)
{
    if (!canGrade())
        return false;
    // From the clock, like every other time here (tests advance a fake one).
    const qint64 spent = std::clamp<qint64>(m_shownAt.msecsTo(m_clock->now()), 0, kMaxCountedMs);
    if (const Status graded = m_session->grade(rating, spent); !graded.isOk()) {
        report(graded.errorMessage()); // the card stays: nothing was lost
        return false;
    }
    m_cardId.clear(); // graded: should it come back, it is asked afresh
    showCurrent();
    return true;
}

bool ReviewPane::undo()
{
    if (!canUndo())
        return false;
    if (const Status undone = m_session->undo(); !undone.isOk()) {
        report(undone.errorMessage());
        return false;
    }
    m_cardId.clear(); // the card comes back with its question
    showCurrent();
    return true;
}

void ReviewPane::updateButtons()
{
    switch (m_stage) {
    case Stage::Question:
        m_buttons->showQuestion();
        return;
    case Stage::Drawing:
        m_buttons->showDrawing();
        return;
    case Stage::Answer:
    case Stage::Checked:
        break;
    }
    if (!m_session || !m_session->current())
        return;
    m_buttons->showGrades(m_session->preview(), m_clock->now(), m_proposed, m_proposal);
    // After a plain reveal of a card with a diagram: Check has shown the drawing already.
    const bool offered = m_stage == Stage::Answer && m_diagram->canDraw();
    m_buttons->offerLastDrawing(offered, offered ? m_diagram->lastAttempt() : std::nullopt);
    m_buttons->setLastDrawingShown(m_lastDrawingShown);
}

void ReviewPane::updateDiagram()
{
    const Card *card = m_session ? m_session->current() : nullptr;
    // The canvas and the checked drawing stay where they are; so does the last drawing shown.
    if (!card || isDrawing() || m_stage == Stage::Checked || m_lastDrawingShown)
        return;
    m_diagram->showCardDiagram(isAnswerShown() || m_diagramEarly ? DiagramPane::Visibility::Shown
                                                                 : DiagramPane::Visibility::Hidden);
}

void ReviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_pages->currentWidget() == m_finished)
        showFinished(); // its muted line takes its colour from the palette
}

void ReviewPane::report(const QString &message)
{
    emit problem(message);
}

} // namespace ArchDeck
