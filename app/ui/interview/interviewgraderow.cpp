#include "interviewgraderow.h"

#include "gradecommand.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

constexpr Rating kRatings[] = {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

} // namespace

InterviewGradeRow::InterviewGradeRow(QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("interviewGradeRow"));
    // Two lines, so the row fits the narrow answer column: what it is, then the buttons.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 4, 0, 0);
    outer->setSpacing(2);
    auto *label = new QLabel(tr("<b>Also grade the card</b> for spaced repetition:"), this);
    label->setWordWrap(true);
    outer->addWidget(label);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout);
    for (int i = 0; i < 4; ++i) {
        const Rating rating = kRatings[i];
        // Tool buttons, as the rubric's: push buttons are at least 80 px each in Fusion, and the
        // row must fit beside the answer on a small screen.
        auto *button = new QToolButton(this);
        button->setText(GradeCommand::ratingName(rating));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(
            QStringLiteral("interviewGrade%1").arg(GradeCommand::ratingName(rating)));
        button->setToolTip(tr("Grade this card %1 for spaced repetition (Ctrl+Alt+%2)")
                               .arg(GradeCommand::ratingName(rating))
                               .arg(i + 1));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QToolButton::clicked, this, [this, rating] { emit gradeClicked(rating); });
        layout->addWidget(button);
        m_buttons[i] = button;
        // The key is an action's, so F1 lists it; the session view gives it its whole area.
        auto *action = new QAction(tr("Grade Card %1").arg(GradeCommand::ratingName(rating)), this);
        action->setObjectName(
            QStringLiteral("interviewGrade%1Action").arg(GradeCommand::ratingName(rating)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | (Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, rating] { emit gradeClicked(rating); });
        m_actions[i] = action;
    }
    m_state->setObjectName(QStringLiteral("interviewGradeState"));
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    layout->addStretch(1);
    outer->addWidget(m_state);
}

QAbstractButton *InterviewGradeRow::button(Rating rating) const
{
    for (int i = 0; i < 4; ++i)
        if (kRatings[i] == rating)
            return m_buttons[i];
    return nullptr;
}

void InterviewGradeRow::showFor(std::optional<Rating> given)
{
    if (!m_available)
        return;
    setButtonsEnabled(!given);
    m_state->setText(given
            ? tr("Graded %1; it is scheduled for review.").arg(GradeCommand::ratingName(*given))
            : tr("Optional — Ctrl+Alt+1…4."));
}

void InterviewGradeRow::setAvailable(bool available, const QString &reason)
{
    m_available = available;
    setButtonsEnabled(available);
    m_state->setText(available ? tr("Optional — Ctrl+Alt+1…4.") : reason);
}

void InterviewGradeRow::showProblem(const QString &problem)
{
    setButtonsEnabled(m_available);
    m_state->setText(problem);
}

void InterviewGradeRow::setButtonsEnabled(bool enabled)
{
    for (QAbstractButton *button : m_buttons)
        button->setEnabled(enabled);
    for (QAction *action : m_actions)
        action->setEnabled(enabled);
}

} // namespace ArchDeck
