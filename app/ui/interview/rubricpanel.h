// RubricPanel — scoring yourself on one question: a row per rubric criterion (Requirements,
// Design, Trade-offs, Communication, or the user's own), each scored 0–3 with four buttons whose
// tooltips say what 0 and 3 mean. Keyboard: Tab moves between rows, 0–3 scores the focused row
// and moves on. A row left unscored is -1; scoresComplete() says whether every row has a score.
#pragma once

#include <QWidget>

class QButtonGroup;
class QGridLayout;
class QLabel;

namespace ArchDeck {

class RubricPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RubricPanel(QWidget *parent = nullptr);

    void setCriteria(const QStringList &criteria);
    QStringList criteria() const { return m_criteria; }

    /// One per criterion, 0–3, or -1 when not scored yet.
    QList<int> scores() const;
    /// Shows `scores` (missing or out-of-range entries as unscored).
    void setScores(const QList<int> &scores);
    bool scoresComplete() const;
    /// The criteria without a score, in order.
    QStringList unscoredCriteria() const;
    /// Puts the focus on the first row without a score (its "0" button).
    void focusFirstUnscored();

signals:
    void scoresChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int focusedRow() const;
    void applyStyle();
    void updateTotal();

    QStringList m_criteria;
    QGridLayout *m_grid;
    QList<QButtonGroup *> m_groups;
    QLabel *m_total;
    bool m_styling = false; ///< applyStyle() is writing the sheet: its own palette change
};

} // namespace ArchDeck
