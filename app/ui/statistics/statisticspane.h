// StatisticsPane — the Statistics tab: reviews per day over the last year (a calendar heatmap),
// the cards falling due over the next 30 days, true retention (young and mature), cards by state,
// reviews today and the average time per review. The figures `archdeck stats` shows too, and the
// forecast, come from CollectionStatistics; the heatmap from one aggregate query. Refreshes when
// shown; charts follow the light or dark palette. Owned by the Statistics page.
#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QValueAxis;

namespace ArchDeck {

class CalendarHeatmap;
class Clock;
class CollectionStore;
class Deck;
struct CollectionStatistics;
struct PhaseCounts;

class StatisticsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int forecastDays = 30;

    StatisticsPane(const Deck *deck, const Clock *clock, QWidget *parent = nullptr);

    /// The collection to show, or nullptr while none is open; refreshes.
    void setCollection(CollectionStore *store);
    /// Reads the collection again (also done whenever the pane is shown).
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createSummary();
    QChartView *createForecastChart();
    QChartView *createStatesChart();
    void applyChartTheme();
    void showMessage(const QString &title, const QString &text);
    void showForecast(const QDate &today, const QList<int> &due);
    void showStates(const PhaseCounts &counts);
    void showSummary(const CollectionStatistics &figures);
    /// "overdue ones included", or what is due later today: "2 now, 3 due later today, next at
    /// 14:20".
    static QString dueTodayDetail(const CollectionStatistics &figures);

    const Deck *m_deck;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    QStringList m_questionIds; ///< the deck's questions; those the store has not seen count as new
    QDate m_forecastStart;

    QStackedWidget *m_pages;
    QLabel *m_message;
    enum Tile { ReviewsToday, DueToday, Retention, AverageTime, TileCount };
    QLabel *m_tileValues[TileCount] = {}; ///< the big figures
    QLabel *m_tileDetails[TileCount] = {}; ///< the line under each
    QLabel *m_heatmapTitle;
    CalendarHeatmap *m_heatmap;
    QChartView *m_forecastView;
    QBarSet *m_forecast = nullptr;
    QCategoryAxis *m_forecastDaysAxis = nullptr;
    QValueAxis *m_forecastCountAxis = nullptr;
    QChartView *m_statesView;
    QBarSet *m_states = nullptr; ///< one bar per state: new, learning, review, relearning
    QValueAxis *m_statesCountAxis = nullptr;
};

} // namespace ArchDeck
