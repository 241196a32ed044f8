#include "calendarheatmap.h"

#include "theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace ArchDeck {

namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kGap = 3;
constexpr int kMinimumPitch = 8;
constexpr int kMaximumPitch = 18;

} // namespace

CalendarHeatmap::CalendarHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarHeatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void CalendarHeatmap::setCounts(const QDate &firstDay, const QList<int> &counts)
{
    m_firstDay = firstDay;
    m_counts = counts;
    m_maximum = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    updateGeometry();
    update();
}

int CalendarHeatmap::count(const QDate &day) const
{
    const qint64 index = m_firstDay.daysTo(day);
    return index >= 0 && index < m_counts.size() ? m_counts.at(index) : 0;
}

int CalendarHeatmap::total() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), 0);
}

QString CalendarHeatmap::toolTipText(const QDate &day) const
{
    const QString date = QLocale().toString(day, QStringLiteral("d MMM yyyy"));
    const int n = count(day);
    if (n == 0)
        return QStringLiteral("No reviews on %1").arg(date);
    if (n == 1)
        return QStringLiteral("1 review on %1").arg(date);
    return QStringLiteral("%1 reviews on %2").arg(n).arg(date);
}

QDate CalendarHeatmap::firstWeekStart() const
{
    return m_firstDay.addDays(-rowOf(m_firstDay));
}

int CalendarHeatmap::weekCount() const
{
    if (m_counts.isEmpty())
        return 53;
    return int(firstWeekStart().daysTo(lastDay()) / kDaysPerWeek) + 1;
}

int CalendarHeatmap::rowOf(const QDate &day) const
{
    return (day.dayOfWeek() - QLocale().firstDayOfWeek() + kDaysPerWeek) % kDaysPerWeek;
}

CalendarHeatmap::Geometry CalendarHeatmap::geometry() const
{
    const QFontMetrics metrics = fontMetrics();
    int labelWidth = 0;
    for (int day = 1; day <= kDaysPerWeek; ++day)
        labelWidth = std::max(
            labelWidth, metrics.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    Geometry g;
    g.origin = QPoint(labelWidth + 6, metrics.height() + 4);
    g.pitch = std::clamp((width() - g.origin.x()) / weekCount(), kMinimumPitch, kMaximumPitch);
    g.cell = g.pitch - kGap;
    return g;
}

QRect CalendarHeatmap::cellRect(const QDate &day) const
{
    if (m_counts.isEmpty() || day < m_firstDay || day > lastDay())
        return {};
    const Geometry g = geometry();
    const int column = int(firstWeekStart().daysTo(day) / kDaysPerWeek);
    return QRect(
        g.origin.x() + column * g.pitch, g.origin.y() + rowOf(day) * g.pitch, g.cell, g.cell);
}

QDate CalendarHeatmap::dayAt(const QPoint &position) const
{
    if (m_counts.isEmpty())
        return {};
    const Geometry g = geometry();
    const QPoint p = position - g.origin;
    if (p.x() < 0 || p.y() < 0 || p.x() % g.pitch >= g.cell || p.y() % g.pitch >= g.cell)
        return {};
    const int column = p.x() / g.pitch;
    const int row = p.y() / g.pitch;
    if (row >= kDaysPerWeek)
        return {};
    const QDate day = firstWeekStart().addDays(column * kDaysPerWeek + row);
    return day >= m_firstDay && day <= lastDay() ? day : QDate();
}

int CalendarHeatmap::level(int count) const
{
    if (count <= 0 || m_maximum <= 0)
        return 0;
    return 1 + std::min(3, (count - 1) * 4 / m_maximum);
}

QColor CalendarHeatmap::levelColor(int level) const
{
    // GitHub's contribution greens, which read well on both backgrounds.
    static const QColor light[] = {QColor(0x9b, 0xe9, 0xa8), QColor(0x40, 0xc4, 0x63),
        QColor(0x30, 0xa1, 0x4e), QColor(0x21, 0x6e, 0x39)};
    static const QColor dark[] = {QColor(0x0e, 0x44, 0x29), QColor(0x00, 0x6d, 0x32),
        QColor(0x26, 0xa6, 0x41), QColor(0x39, 0xd3, 0x53)};
    const QPalette p = palette();
    if (level == 0)
        return Theme::windowTextBlend(p, 0.12);
    // Index first: GCC 12 at -O0 leaves std::clamp's temporaries unset in one arm of a
    // conditional written as (dark ? a : b)[std::clamp(…)].
    const int index = std::clamp(level, 1, 4) - 1;
    const QColor *ramp = Theme::isDark(p) ? dark : light;
    return ramp[index];
}

QSize CalendarHeatmap::sizeHint() const
{
    const Geometry g = geometry();
    const int height = fontMetrics().height();
    return QSize(g.origin.x() + weekCount() * kMaximumPitch,
        g.origin.y() + kDaysPerWeek * kMaximumPitch + height + 8);
}

QSize CalendarHeatmap::minimumSizeHint() const
{
    const Geometry g = geometry();
    return QSize(g.origin.x() + weekCount() * kMinimumPitch, sizeHint().height());
}

bool CalendarHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), toolTipText(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = geometry();
    paintLabels(painter, g);
    const double radius = g.cell / 5.0;
    painter.setPen(Qt::NoPen);
    for (qsizetype i = 0; i < m_counts.size(); ++i) {
        const QDate day = m_firstDay.addDays(i);
        painter.setBrush(levelColor(level(m_counts.at(i))));
        painter.drawRoundedRect(cellRect(day), radius, radius);
    }
    if (!m_counts.isEmpty()) { // today, outlined
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().color(QPalette::WindowText), 1.2));
        painter.drawRoundedRect(
            QRectF(cellRect(lastDay())).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    }
    paintKey(painter, g);
}

void CalendarHeatmap::paintLabels(QPainter &painter, const Geometry &g) const
{
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    painter.setPen(Theme::windowTextBlend(palette(), 0.7));
    // Every other weekday, from the first row, as calendars do.
    for (int row = 0; row < kDaysPerWeek; row += 2) {
        const int weekday = (locale.firstDayOfWeek() - 1 + row) % kDaysPerWeek + 1;
        const QRect rect(0, g.origin.y() + row * g.pitch, g.origin.x() - 6, g.cell);
        painter.drawText(
            rect, Qt::AlignRight | Qt::AlignVCenter, locale.dayName(weekday, QLocale::ShortFormat));
    }
    // A month's name above the week its 1st falls in, unless it would overlap the previous one.
    int freeFrom = g.origin.x();
    const QDate start = firstWeekStart();
    for (int column = 0; column < weekCount(); ++column) {
        for (int row = 0; row < kDaysPerWeek; ++row) {
            const QDate day = start.addDays(column * kDaysPerWeek + row);
            if (day.day() != 1 || day < m_firstDay || day > lastDay())
                continue;
            const QString name = locale.monthName(day.month(), QLocale::ShortFormat);
            const int x = g.origin.x() + column * g.pitch;
            if (x >= freeFrom) {
                painter.drawText(QPoint(x, metrics.ascent()), name);
                freeFrom = x + metrics.horizontalAdvance(name) + 6;
            }
        }
    }
}

void CalendarHeatmap::paintKey(QPainter &painter, const Geometry &g) const
{
    const QFontMetrics metrics = fontMetrics();
    const QString less = tr("Less");
    const QString more = tr("More");
    const int right = g.origin.x() + weekCount() * g.pitch - kGap;
    const int y = g.origin.y() + kDaysPerWeek * g.pitch + 4;
    int x = right - metrics.horizontalAdvance(more) - 5 * g.pitch - 4
        - metrics.horizontalAdvance(less);
    painter.setPen(Theme::windowTextBlend(palette(), 0.7));
    const int baseline = y + (g.cell + metrics.ascent() - metrics.descent()) / 2;
    painter.drawText(QPoint(x, baseline), less);
    x += metrics.horizontalAdvance(less) + 4;
    painter.setPen(Qt::NoPen);
    for (int level = 0; level <= 4; ++level, x += g.pitch) {
        painter.setBrush(levelColor(level));
        painter.drawRoundedRect(QRect(x, y, g.cell, g.cell), g.cell / 5.0, g.cell / 5.0);
    }
    painter.setPen(Theme::windowTextBlend(palette(), 0.7));
    painter.drawText(QPoint(x + 4 - kGap, baseline), more);
}

} // namespace ArchDeck
