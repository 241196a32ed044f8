// CalendarHeatmap — reviews per day as a calendar: one column per week, one row per weekday, a
// cell's colour by how many reviews the day had. Month names above, weekday names beside, a
// "Less … More" key below; hovering a cell says "12 reviews on 3 Mar 2026". Painted, not charted,
// and coloured from the widget's palette (light or dark). Used by the statistics screen.
#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

namespace ArchDeck {

class CalendarHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarHeatmap(QWidget *parent = nullptr);

    /// One count per day: counts[i] is for firstDay + i days; the last is drawn as today.
    void setCounts(const QDate &firstDay, const QList<int> &counts);
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_firstDay.addDays(m_counts.size() - 1); }
    /// The day's count; 0 outside the range.
    int count(const QDate &day) const;
    int total() const;

    /// "12 reviews on 3 Mar 2026", "1 review on …", "No reviews on …".
    QString toolTipText(const QDate &day) const;
    /// Where the day's cell is drawn; empty outside the range.
    QRect cellRect(const QDate &day) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Geometry
    {
        int cell = 0; ///< side of a cell, px
        int pitch = 0; ///< cell plus gap
        QPoint origin; ///< top left of the first week's first weekday
    };

    Geometry geometry() const;
    QDate firstWeekStart() const;
    int weekCount() const;
    int rowOf(const QDate &day) const;
    QDate dayAt(const QPoint &position) const;
    /// 0 for no reviews, 1–4 by share of the busiest day.
    int level(int count) const;
    QColor levelColor(int level) const;
    void paintLabels(QPainter &painter, const Geometry &g) const;
    void paintKey(QPainter &painter, const Geometry &g) const;

    QDate m_firstDay;
    QList<int> m_counts;
    int m_maximum = 0;
};

} // namespace ArchDeck
