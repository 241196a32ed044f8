#include "reviewpane.h"

#include "cardview.h"
#include "clock.h"
#include "deck.h"
#include "diagrampane.h"
#include "fsrsintervallabel.h"
#include "reviewsession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

constexpr qint64 kMaxCountedMs
    = 10 * 60 * 1000; // a card left open over lunch is not 2 hours of study

const struct
{
    Rating rating;
    const char *name;
    const char *key;
} kGrades[] = {{Rating::Again, "Again", "1"}, {Rating::Hard, "Hard", "2"},
    {Rating::Good, "Good", "3"}, {Rating::Easy, "Easy", "4"}};

} // namespace

ReviewPane::ReviewPane(const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_counter(new QLabel(this))
    , m_cardView(new CardView(this))
    , m_diagram(new DiagramPane(engine, this))
    , m_showAnswer(new QPushButton(QStringLiteral("Show answer  (Space)"), this))
    , m_gradeBar(new QWidget(this))
    , m_finished(new QLabel(this))
    , m_wake(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPane"));
    m_cardView->setObjectName(QStringLiteral("reviewCardView"));
    m_diagram->setObjectName(QStringLiteral("reviewDiagramPane"));
    m_counter->setObjectName(QStringLiteral("reviewCounter"));
    m_finished->setObjectName(QStringLiteral("reviewFinished"));
    m_showAnswer->setObjectName(QStringLiteral("reviewShowAnswer"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_counter);
    layout->addWidget(m_pages, 1);

    // The card page: card above its diagram, answer button or grade buttons below.
    auto *cardPage = new QWidget(m_pages);
    auto *cardLayout = new QVBoxLayout(cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    auto *split = new QSplitter(Qt::Vertical, cardPage);
    split->addWidget(m_cardView);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({280, 520}); // answers are short; diagrams want the room
    cardLayout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_showAnswer->setMinimumWidth(220);
    m_showAnswer->setFocusPolicy(Qt::TabFocus);
    connect(m_showAnswer, &QPushButton::clicked, this, &ReviewPane::showAnswer);
    buttons->addWidget(m_showAnswer);
    auto *gradeLayout = new QHBoxLayout(m_gradeBar);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(m_gradeBar);
        button->setObjectName(QStringLiteral("grade%1").arg(QLatin1String(kGrades[i].name)));
        button->setMinimumWidth(110);
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this,
            [this, rating = kGrades[i].rating] { grade(rating); });
        gradeLayout->addWidget(button);
        m_gradeButtons[i] = button;
    }
    buttons->addWidget(m_gradeBar);
    buttons->addStretch(1);
    cardLayout->addLayout(buttons);
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
    m_session = store ? std::make_unique<ReviewSession>(store, m_deck, m_clock) : nullptr;
    if (!m_session) {
        m_counter->clear();
        m_finished->setText(QStringLiteral("<p>%1</p>").arg(problem.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_finished);
        emit queueChanged();
        return;
    }
    refresh();
}

void ReviewPane::refresh()
{
    if (!m_session)
        return;
    if (const StoreError error = m_session->rebuild(); error.isError())
        report(error.message);
    showCurrent();
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
    const int left = m_session->counts().total();
    return left == 0 ? QStringLiteral("done") : QString::number(left);
}

bool ReviewPane::canGrade() const
{
    return m_session && m_session->current() && m_answerShown;
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
    m_counter->setText(
        QStringLiteral("<b>%1</b> learning &nbsp;·&nbsp; <b>%2</b> to review &nbsp;·&nbsp; "
                       "<b>%3</b> new &nbsp;&nbsp;— %4 left today")
            .arg(counts.learning)
            .arg(counts.review)
            .arg(counts.fresh)
            .arg(counts.total()));
    m_answerShown = false;
    m_cardView->showCard(*card, int(m_deck->indexOf(card->id)) + 1, int(m_deck->questionCount()));
    m_pages->setCurrentIndex(0);
    m_shownFor.start();
    updateButtons();
    updateDiagram();
    emit queueChanged();
}

void ReviewPane::showFinished()
{
    m_counter->clear();
    QString next;
    if (m_session && m_session->nextDue().isValid()) {
        const QDateTime due = m_session->nextDue();
        const QDateTime now = m_clock->now();
        const QString when = QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
        next = QStringLiteral("<p>The next card is due %1 (in %2).</p>")
                   .arg(when, intervalLabel(now, due));
        m_wake->start(int(std::clamp<qint64>(now.msecsTo(due) + 500, 1000, 6 * 3600 * 1000)));
    } else if (m_session) {
        next = QStringLiteral(
            "<p>Every card has been introduced. Come back tomorrow for reviews.</p>");
    }
    m_finished->setText(
        QStringLiteral("<h2>Nothing more to review now</h2>%1"
                       "<p style=\"color: palette(placeholder-text);\">Browse the deck "
                       "(Alt+1), or press Ctrl+Z to take back the last grade.</p>")
            .arg(next));
    m_pages->setCurrentWidget(m_finished);
    m_answerShown = false;
}

void ReviewPane::showAnswer()
{
    if (!m_session || !m_session->current() || m_answerShown)
        return;
    m_answerShown = true;
    m_cardView->setAnswerRevealed(true);
    updateButtons();
    updateDiagram();
    emit queueChanged();
}

void ReviewPane::grade(Rating rating)
{
    if (!canGrade())
        return;
    const qint64 spent = std::min(m_shownFor.elapsed(), kMaxCountedMs);
    if (const StoreError error = m_session->grade(rating, spent); error.isError()) {
        report(error.message); // the card stays: nothing was lost
        return;
    }
    showCurrent();
}

void ReviewPane::undo()
{
    if (!canUndo())
        return;
    if (const StoreError error = m_session->undo(); error.isError()) {
        report(error.message);
        return;
    }
    showCurrent();
}

void ReviewPane::updateButtons()
{
    m_showAnswer->setVisible(!m_answerShown);
    m_gradeBar->setVisible(m_answerShown);
    if (!m_answerShown || !m_session)
        return;
    const FsrsPreview preview = m_session->preview();
    const QDateTime now = m_clock->now();
    for (int i = 0; i < 4; ++i) {
        const QString interval = intervalLabel(now, preview.after(kGrades[i].rating).due);
        m_gradeButtons[i]->setText(
            QStringLiteral("%1  %2   (%3)")
                .arg(QLatin1String(kGrades[i].name), interval, QLatin1String(kGrades[i].key)));
        m_gradeButtons[i]->setToolTip(
            QStringLiteral("%1: due again in %2 — key %3")
                .arg(QLatin1String(kGrades[i].name), interval, QLatin1String(kGrades[i].key)));
    }
}

void ReviewPane::updateDiagram()
{
    const Card *card = m_session ? m_session->current() : nullptr;
    if (!card)
        return;
    if (!m_answerShown && !m_diagramEarly) {
        m_diagram->showMessage(
            QStringLiteral("The diagram appears with the answer — try drawing it first."));
        return;
    }
    QString error;
    const QByteArray dot = m_deck->readDiagram(*card, &error);
    if (dot.isEmpty())
        m_diagram->showMessage(QStringLiteral("This card's diagram cannot be read: %1").arg(error));
    else
        m_diagram->showDiagram(dot, m_deck->diagramFileName(*card));
}

void ReviewPane::report(const QString &message)
{
    emit problem(message);
}

} // namespace ArchDeck
