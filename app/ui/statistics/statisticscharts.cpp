#include "statisticscharts.h"

#include "theme.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QValueAxis>

namespace ArchDeck::StatisticsCharts {

void setCountRange(QValueAxis *axis, int maximum)
{
    int step = 1;
    for (int magnitude = 1; maximum >= 5 * step; magnitude *= 10)
        for (const int factor : {1, 2, 5})
            if (step = factor * magnitude; maximum < 5 * step)
                break;
    const int top = std::max(step == 1 ? 4 : 0, (maximum / step + 1) * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
}

std::pair<QChartView *, QValueAxis *> barChart(
    QBarSeries *series, QAbstractAxis *slotAxis, const char *name)
{
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *view = new QChartView(chart);
    view->setObjectName(QLatin1String(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    auto *countAxis = new QValueAxis;
    countAxis->setLabelFormat(QStringLiteral("%d"));
    slotAxis->setGridLineVisible(false);
    chart->addAxis(slotAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    series->attachAxis(slotAxis);
    series->attachAxis(countAxis);
    chart->legend()->hide();
    return {view, countAxis};
}

void applyPalette(QChartView *view, const QPalette &palette)
{
    const QChart::ChartTheme theme
        = Theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    const QColor faint = Theme::windowTextBlend(palette, 0.18);
    QChart *chart = view->chart();
    if (chart->theme() != theme)
        chart->setTheme(theme); // resets colours and fonts
    chart->setBackgroundBrush(palette.color(QPalette::Window));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(0, 0, 0, 0));
    // The themes' grid lines are loud (ChartThemeDark's nearly white): keep them faint.
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setGridLineColor(faint);
        axis->setLinePenColor(faint);
    }
    view->setBackgroundBrush(palette.color(QPalette::Window));
}

} // namespace ArchDeck::StatisticsCharts
