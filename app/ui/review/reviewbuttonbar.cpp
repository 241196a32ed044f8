#include "reviewbuttonbar.h"

#include "drawingreview.h"
#include "fsrsintervallabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const struct
{
    Rating rating;
    const char *name;
    const char *key;
} kGrades[] = {{Rating::Again, "Again", "1"}, {Rating::Hard, "Hard", "2"},
    {Rating::Good, "Good", "3"}, {Rating::Easy, "Easy", "4"}};

/// How strongly a marked button (the proposed grade, the last drawing shown) takes the highlight
/// colour: enough to stand out in both themes, little enough for its label to stay readable.
constexpr double kMarkedTint = 0.45;

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
        float(a.greenF() * share + b.greenF() * (1 - share)),
        float(a.blueF() * share + b.blueF() * (1 - share)));
}

/// Marks `button` (bold, tinted from `base`'s highlight) or gives it the window's look back. Fusion
/// draws a checked button barely sunk, which a dark palette hides: this is what says "on".
void setMarked(QPushButton *button, bool marked, const QPalette &base)
{
    QPalette tint;
    QFont font;
    if (marked) {
        tint.setColor(QPalette::Button,
            mix(base.color(QPalette::Highlight), base.color(QPalette::Button), kMarkedTint));
        font.setBold(true);
    }
    button->setPalette(tint);
    button->setFont(marked ? font : QFont());
}

} // namespace

ReviewButtonBar::ReviewButtonBar(QWidget *parent)
    : QWidget(parent)
    , m_proposal(new QLabel(this))
    , m_showAnswer(new QPushButton(QStringLiteral("Show answer  (Space)"), this))
    , m_check(new QPushButton(QStringLiteral("Check  (Ctrl+Return)"), this))
    , m_skipDrawing(new QPushButton(QStringLiteral("Skip drawing"), this))
    , m_lastDrawing(new QPushButton(QStringLiteral("Show my last drawing  (D)"), this))
    , m_grades(new QWidget(this))
{
    setObjectName(QStringLiteral("reviewButtonBar"));
    m_proposal->setObjectName(QStringLiteral("reviewProposal"));
    m_showAnswer->setObjectName(QStringLiteral("reviewShowAnswer"));
    m_check->setObjectName(QStringLiteral("reviewCheckDrawing"));
    m_skipDrawing->setObjectName(QStringLiteral("reviewSkipDrawing"));
    m_lastDrawing->setObjectName(QStringLiteral("reviewShowLastDrawing"));

    m_proposal->setAlignment(Qt::AlignCenter);
    m_proposal->setTextFormat(Qt::RichText);
    m_proposal->setWordWrap(true);
    m_showAnswer->setMinimumWidth(220);
    m_check->setMinimumWidth(220);
    m_skipDrawing->setToolTip(QStringLiteral(
        "Reveal the answer without checking your drawing (Ctrl+Shift+Return). Nothing is saved."));
    m_lastDrawing->setCheckable(true);
    connect(m_showAnswer, &QPushButton::clicked, this, &ReviewButtonBar::showAnswerClicked);
    connect(m_check, &QPushButton::clicked, this, &ReviewButtonBar::checkClicked);
    connect(m_skipDrawing, &QPushButton::clicked, this, &ReviewButtonBar::skipDrawingClicked);
    connect(m_lastDrawing, &QPushButton::clicked, this, &ReviewButtonBar::lastDrawingToggled);

    auto *gradeLayout = new QHBoxLayout(m_grades);
    gradeLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *button = new QPushButton(m_grades);
        button->setObjectName(QStringLiteral("grade%1").arg(QLatin1String(kGrades[i].name)));
        button->setMinimumWidth(110);
        connect(button, &QPushButton::clicked, this,
            [this, rating = kGrades[i].rating] { emit gradeClicked(rating); });
        gradeLayout->addWidget(button);
        m_gradeButtons[i] = button;
    }
    // The keys do the work; the buttons are reached with Tab, never left holding the focus.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setFocusPolicy(Qt::TabFocus);

    // The buttons of the moment in the middle, the toggle at the left, the proposal above them.
    auto *middle = new QHBoxLayout;
    for (QWidget *widget : {static_cast<QWidget *>(m_showAnswer), static_cast<QWidget *>(m_check),
             static_cast<QWidget *>(m_skipDrawing), m_grades})
        middle->addWidget(widget);
    auto *row = new QGridLayout;
    row->addWidget(m_lastDrawing, 0, 0, Qt::AlignLeft);
    row->addLayout(middle, 0, 1);
    row->setColumnStretch(0, 1);
    row->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_proposal);
    layout->addLayout(row);
    showQuestion();
}

void ReviewButtonBar::showQuestion()
{
    m_proposed.reset();
    m_proposal->clear();
    m_proposal->hide();
    m_showAnswer->show();
    m_check->hide();
    m_skipDrawing->hide();
    m_grades->hide();
    offerLastDrawing(false, std::nullopt);
    mark();
}

void ReviewButtonBar::showDrawing()
{
    showQuestion();
    m_showAnswer->hide();
    m_check->show();
    m_skipDrawing->show();
}

void ReviewButtonBar::showGrades(const FsrsPreview &preview, const QDateTime &now,
    std::optional<Rating> proposed, const QString &proposal)
{
    m_proposed = proposed;
    m_proposal->setText(proposal);
    m_proposal->setVisible(!proposal.isEmpty());
    m_showAnswer->hide();
    m_check->hide();
    m_skipDrawing->hide();
    m_grades->show();
    for (int i = 0; i < 4; ++i) {
        const QString interval = intervalLabel(now, preview.after(kGrades[i].rating).due);
        const QString name = QLatin1String(kGrades[i].name);
        const QString key = QLatin1String(kGrades[i].key);
        m_gradeButtons[i]->setText(QStringLiteral("%1  %2   (%3)").arg(name, interval, key));
        m_gradeButtons[i]->setToolTip(
            QStringLiteral("%1: due again in %2 — key %3%4")
                .arg(name, interval, key,
                    proposed == kGrades[i].rating ? QStringLiteral(" (proposed from your drawing)")
                                                  : QString()));
    }
    mark();
}

void ReviewButtonBar::offerLastDrawing(bool offered, const std::optional<WhiteboardAttempt> &last)
{
    m_lastDrawing->setVisible(offered);
    m_lastDrawing->setEnabled(offered && last.has_value());
    if (!offered || !last)
        m_lastDrawing->setChecked(false);
    m_lastDrawing->setToolTip(last
            ? QStringLiteral("Your last drawing of this card (%1, score %2 %) beside the card's "
                             "diagram, marked — key D")
                  .arg(QLocale().toString(last->finishedAt.toLocalTime(), QLocale::ShortFormat))
                  .arg(DrawingReview::percent(last->score))
            : QStringLiteral("You have not drawn this card yet. Turn on review by drawing in "
                             "Review ▸ Settings, or draw it on the Whiteboard (Draw It Yourself, "
                             "Ctrl+D on the Study page)."));
    mark();
}

bool ReviewButtonBar::isLastDrawingAvailable() const
{
    return m_lastDrawing->isVisibleTo(this) && m_lastDrawing->isEnabled();
}

void ReviewButtonBar::setLastDrawingShown(bool shown)
{
    m_lastDrawing->setChecked(shown && isLastDrawingAvailable());
    mark();
}

void ReviewButtonBar::mark()
{
    for (int i = 0; i < 4; ++i) {
        const bool proposed = m_grades->isVisibleTo(this) && m_proposed == kGrades[i].rating;
        m_gradeButtons[i]->setProperty("proposed", proposed);
        setMarked(m_gradeButtons[i], proposed, palette());
    }
    setMarked(m_lastDrawing, m_lastDrawing->isChecked(), palette());
}

void ReviewButtonBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        mark(); // the marks are tinted from the palette
}

} // namespace ArchDeck
