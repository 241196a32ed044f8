// StatisticsCharts — how the Statistics page draws its bar charts with Qt Charts: a chart with a
// whole-number count axis, round axis ranges, and the palette (light or dark) applied to a chart.
#pragma once

#include <QPalette>

#include <utility>

class QAbstractAxis;
class QBarSeries;
class QChartView;
class QValueAxis;

namespace ArchDeck::StatisticsCharts {

/// A round top above \a maximum and at most five whole-number steps: 0 → 0–4 by 1, 4 → 0–5 by 1,
/// 37 → 0–40 by 10, 42 → 0–50 by 10, 230 → 0–250 by 50.
void setCountRange(QValueAxis *axis, int maximum);

/// A chart of \a series along \a slotAxis, with a whole-number count axis beside it; the view is
/// named \a name.
std::pair<QChartView *, QValueAxis *> barChart(
    QBarSeries *series, QAbstractAxis *slotAxis, const char *name);

/// Qt Charts' light or dark theme to match \a palette, on the window's background, with faint grid
/// lines. Setting a theme resets colours and fonts: callers colour their bar sets after this.
void applyPalette(QChartView *view, const QPalette &palette);

} // namespace ArchDeck::StatisticsCharts
