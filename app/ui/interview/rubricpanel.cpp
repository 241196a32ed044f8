#include "rubricpanel.h"

#include "interviewreport.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

RubricPanel::RubricPanel(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_total(new QLabel(this))
{
    setObjectName(QStringLiteral("rubricPanel"));
    m_total->setObjectName(QStringLiteral("rubricTotal"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Score yourself</b> — 0 to 3 on each (keys 0–3)"), this);
    layout->addWidget(title);
    layout->addLayout(m_grid);
    layout->addWidget(m_total);
    connect(this, &RubricPanel::scoresChanged, this, &RubricPanel::updateTotal);
    setCriteria(InterviewReport::defaultRubric());
}

void RubricPanel::setCriteria(const QStringList &criteria)
{
    for (QButtonGroup *group : std::as_const(m_groups)) {
        for (QAbstractButton *button : group->buttons())
            delete button;
        delete group;
    }
    m_groups.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_criteria = criteria;
    for (int row = 0; row < criteria.size(); ++row) {
        const QString &criterion = criteria.at(row);
        auto *label = new QLabel(criterion, this);
        label->setToolTip(InterviewReport::criterionDescription(criterion));
        m_grid->addWidget(label, row, 0);
        auto *group = new QButtonGroup(this);
        group->setExclusive(false); // so a score can be taken back by clicking it again
        for (int score = 0; score <= InterviewReport::kMaxRubricScore; ++score) {
            auto *button = new QToolButton(this);
            button->setObjectName(QStringLiteral("rubric_%1_%2").arg(row).arg(score));
            button->setText(QString::number(score));
            button->setCheckable(true);
            button->setFocusPolicy(Qt::StrongFocus);
            button->setToolTip(InterviewReport::criterionDescription(criterion));
            group->addButton(button, score);
            m_grid->addWidget(button, row, 1 + score);
        }
        connect(group, &QButtonGroup::idToggled, this, [this, group](int id, bool checked) {
            if (checked) // one score a row: the others step down
                for (QAbstractButton *other : group->buttons())
                    if (group->id(other) != id && other->isChecked()) {
                        const QSignalBlocker blocker(other);
                        other->setChecked(false);
                    }
            emit scoresChanged();
        });
        m_groups << group;
    }
    m_grid->setColumnStretch(InterviewReport::kMaxRubricScore + 2, 1);
    applyStyle();
    emit scoresChanged();
}

QStringList RubricPanel::unscoredCriteria() const
{
    QStringList unscored;
    const QList<int> all = scores();
    for (qsizetype row = 0; row < all.size(); ++row)
        if (all.at(row) < 0)
            unscored << m_criteria.value(row);
    return unscored;
}

void RubricPanel::focusFirstUnscored()
{
    const QList<int> all = scores();
    for (qsizetype row = 0; row < all.size(); ++row)
        if (all.at(row) < 0) {
            if (QAbstractButton *first = m_groups.at(row)->button(0))
                first->setFocus(Qt::TabFocusReason);
            return;
        }
}

void RubricPanel::updateTotal()
{
    int sum = 0;
    int scored = 0;
    for (const int score : scores())
        if (score >= 0) {
            sum += score;
            ++scored;
        }
    m_total->setText(scored == 0 ? tr("Not scored yet.")
                                 : tr("%1 of %2 points (%3 of %4 criteria scored)")
                                       .arg(sum)
                                       .arg(InterviewReport::kMaxRubricScore * m_criteria.size())
                                       .arg(scored)
                                       .arg(m_criteria.size()));
}

void RubricPanel::applyStyle()
{
    // The chosen score must stand out in both themes (the style's checked tool button is a faint
    // shade in light and none in dark). The colours are the palette's now, written out: a style
    // sheet's palette() is read once, so a theme change writes the sheet again (changeEvent).
    const QPalette &p = palette();
    const auto hex = [&p](QPalette::ColorRole role) { return p.color(role).name(); };
    m_styling = true;
    // On the buttons only: a sheet on the panel would keep its labels from following the theme.
    const QString sheet
        = QStringLiteral(
              "QToolButton { min-width: 1.8em; padding: 2px 6px; border: 1px solid %1;"
              " border-radius: 4px; background: %2; color: %3; }"
              "QToolButton:hover { border-color: %4; }"
              "QToolButton:focus { border: 2px solid %4; }"
              "QToolButton:checked { background: %4; color: %5; border-color: %4;"
              " font-weight: bold; }")
              .arg(hex(QPalette::Mid), hex(QPalette::Button), hex(QPalette::ButtonText),
                  hex(QPalette::Highlight), hex(QPalette::HighlightedText));
    for (QButtonGroup *group : std::as_const(m_groups))
        for (QAbstractButton *button : group->buttons())
            button->setStyleSheet(sheet);
    m_styling = false;
}

void RubricPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_styling)
        applyStyle();
}

QList<int> RubricPanel::scores() const
{
    QList<int> list;
    for (const QButtonGroup *group : m_groups) {
        int score = -1;
        for (QAbstractButton *button : group->buttons())
            if (button->isChecked())
                score = group->id(button);
        list << score;
    }
    return list;
}

void RubricPanel::setScores(const QList<int> &scores)
{
    for (int row = 0; row < m_groups.size(); ++row) {
        const int score = scores.value(row, -1);
        // The group too: it reports a toggle itself, and one scoresChanged() at the end is all.
        const QSignalBlocker groupBlocker(m_groups.at(row));
        for (QAbstractButton *button : m_groups.at(row)->buttons()) {
            const QSignalBlocker blocker(button);
            button->setChecked(m_groups.at(row)->id(button) == score);
        }
    }
    emit scoresChanged();
}

bool RubricPanel::scoresComplete() const
{
    const QList<int> all = scores();
    return !all.isEmpty() && !all.contains(-1);
}

int RubricPanel::focusedRow() const
{
    for (int row = 0; row < m_groups.size(); ++row)
        for (QAbstractButton *button : m_groups.at(row)->buttons())
            if (button->hasFocus())
                return row;
    return -1;
}

void RubricPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const int row = focusedRow();
    if (row >= 0 && key >= Qt::Key_0 && key <= Qt::Key_0 + InterviewReport::kMaxRubricScore) {
        QAbstractButton *button = m_groups.at(row)->button(key - Qt::Key_0);
        button->setChecked(true);
        // On to the next row's same score, so four keys score a question.
        if (row + 1 < m_groups.size())
            m_groups.at(row + 1)->button(key - Qt::Key_0)->setFocus(Qt::TabFocusReason);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ArchDeck
