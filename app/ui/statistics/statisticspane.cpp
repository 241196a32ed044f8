#include "statisticspane.h"

#include "calendarheatmap.h"
#include "clock.h"
#include "collectionstatistics.h"
#include "collectionstore.h"
#include "deck.h"
#include "statisticscharts.h"
#include "studyday.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

namespace ArchDeck {

namespace {

/// "91 % of 120 young" — or "no young cards" when none was graded.
QString percentOf(int passed, int graded, const QString &kind)
{
    if (graded == 0)
        return StatisticsPane::tr("no %1 cards").arg(kind);
    return StatisticsPane::tr("%1 % of %2 %3")
        .arg(qRound(100.0 * passed / graded))
        .arg(QLocale().toString(graded), kind);
}

/// "1 card", "12 cards" (English plurals, with no translator loaded).
QString cardCount(int n)
{
    return n == 1 ? StatisticsPane::tr("1 card")
                  : StatisticsPane::tr("%1 cards").arg(QLocale().toString(n));
}

QLabel *sectionTitle(const QString &text = {})
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font); // not a style sheet: those stop following palette changes
    return label;
}

const char *const kStateNames[] = {QT_TRANSLATE_NOOP("ArchDeck::StatisticsPane", "New"),
    QT_TRANSLATE_NOOP("ArchDeck::StatisticsPane", "Learning"),
    QT_TRANSLATE_NOOP("ArchDeck::StatisticsPane", "Review"),
    QT_TRANSLATE_NOOP("ArchDeck::StatisticsPane", "Relearning")};

const QColor kForecastColor(0x3b, 0x82, 0xf6);
const QColor kStatesColor(0x22, 0xc5, 0x5e);

} // namespace

StatisticsPane::StatisticsPane(const Deck *deck, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_clock(clock)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_heatmapTitle(sectionTitle())
    , m_heatmap(new CalendarHeatmap(this))
{
    setObjectName(QStringLiteral("statisticsPane"));
    for (const Card &card : m_deck->cards())
        if (card.isQuestion())
            m_questionIds.append(card.id);

    m_message->setObjectName(QStringLiteral("statisticsMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_heatmapTitle->setObjectName(QStringLiteral("statisticsHeatmapTitle"));

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(12, 12, 12, 12);
    grid->setVerticalSpacing(8);
    grid->addWidget(createSummary(), 0, 0, 1, 2);
    grid->addWidget(m_heatmapTitle, 1, 0, 1, 2);
    grid->addWidget(m_heatmap, 2, 0, 1, 2);
    grid->addWidget(
        sectionTitle(tr("Due in the next 30 days (overdue cards count as today)")), 3, 0);
    grid->addWidget(sectionTitle(tr("Cards by state")), 3, 1);
    grid->addWidget(createForecastChart(), 4, 0);
    grid->addWidget(createStatesChart(), 4, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("statisticsContent"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_pages->addWidget(m_message);
    m_pages->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    applyChartTheme();
    refresh(); // no collection yet: says so
}

QWidget *StatisticsPane::createSummary()
{
    static const char *const names[TileCount] = {"statisticsReviewsToday", "statisticsDueToday",
        "statisticsRetention", "statisticsAverageTime"};
    const int days = CollectionStatistics::recentDays;
    const QString captions[TileCount]
        = {tr("Reviews today"), tr("Due today"), tr("True retention, last %1 days").arg(days),
            tr("Time per review, last %1 days").arg(days)};
    auto *summary = new QWidget;
    auto *layout = new QGridLayout(summary);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setHorizontalSpacing(24);
    for (int tile = 0; tile < TileCount; ++tile) {
        auto *caption = new QLabel(captions[tile]);
        auto *value = m_tileValues[tile] = new QLabel;
        auto *detail = m_tileDetails[tile] = new QLabel;
        value->setObjectName(QLatin1String(names[tile]));
        detail->setObjectName(QLatin1String(names[tile]) + QLatin1String("Detail"));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        for (QLabel *muted : {caption, detail})
            muted->setForegroundRole(QPalette::PlaceholderText);
        detail->setWordWrap(true);
        layout->addWidget(caption, 0, tile);
        layout->addWidget(value, 1, tile);
        layout->addWidget(detail, 2, tile, Qt::AlignTop);
        layout->setColumnStretch(tile, 1);
    }
    m_tileValues[Retention]->setToolTip(tr("Share of grades other than Again given to cards in "
                                           "review. Mature: an interval of %1 days or more.")
                                            .arg(ReviewSummary::matureDays));
    return summary;
}

QChartView *StatisticsPane::createForecastChart()
{
    m_forecast = new QBarSet(tr("Due"));
    m_forecast->append(QList<qreal>(forecastDays, 0));
    auto *series = new QBarSeries;
    series->append(m_forecast);
    series->setBarWidth(0.8);
    // Labels on chosen days of a value axis: category labels would repeat ("1" twice when the
    // 30 days span a month end) and crowd.
    m_forecastDaysAxis = new QCategoryAxis;
    m_forecastDaysAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_forecastDaysAxis->setRange(-0.5, forecastDays - 0.5);
    connect(series, &QBarSeries::hovered, this, [this](bool on, int index) {
        const QString day = index == 0
            ? tr("today")
            : tr("on %1").arg(
                QLocale().toString(m_forecastStart.addDays(index), QStringLiteral("ddd d MMM")));
        QToolTip::showText(QCursor::pos(),
            on ? tr("%1 due %2").arg(cardCount(int(m_forecast->at(index))), day) : QString());
    });
    std::tie(m_forecastView, m_forecastCountAxis)
        = StatisticsCharts::barChart(series, m_forecastDaysAxis, "statisticsForecast");
    return m_forecastView;
}

QChartView *StatisticsPane::createStatesChart()
{
    m_states = new QBarSet(tr("Cards"));
    QStringList names;
    for (const char *name : kStateNames) {
        names.append(tr(name));
        m_states->append(0);
    }
    auto *series = new QBarSeries;
    series->append(m_states);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    connect(series, &QBarSeries::hovered, this, [names](bool on, int index, QBarSet *set) {
        QToolTip::showText(QCursor::pos(),
            on ? tr("%1: %2").arg(names.at(index), cardCount(int(set->at(index)))) : QString());
    });
    auto *stateAxis = new QBarCategoryAxis;
    stateAxis->append(names);
    stateAxis->setTruncateLabels(false); // it would cut "Relearning" short with room to spare
    std::tie(m_statesView, m_statesCountAxis)
        = StatisticsCharts::barChart(series, stateAxis, "statisticsStates");
    return m_statesView;
}

void StatisticsPane::setCollection(CollectionStore *store)
{
    m_store = store;
    refresh();
}

void StatisticsPane::refresh()
{
    if (!m_store || !m_store->isOpen()) {
        showMessage(
            tr("No collection open"), tr("Statistics appear once your collection is open."));
        return;
    }
    const QDateTime now = m_clock->now();
    const QDate today = StudyDay::containing(now).date();
    const QDate heatmapStart = today.addDays(-364);
    // The cards' states (read for the figures and again for the forecast) and three aggregate
    // queries over indexes; nothing here walks the review log.
    const auto figures = CollectionStatistics::gather(*m_store, m_questionIds, now);
    const auto due = CollectionStatistics::dueForecast(*m_store, m_questionIds, now, forecastDays);
    const auto perDay = m_store->reviewCountsBetween(StudyDay::boundaries(heatmapStart, today));
    QString problem = figures.errorMessage();
    if (problem.isEmpty())
        problem = due.errorMessage();
    if (problem.isEmpty())
        problem = perDay.errorMessage();
    if (!problem.isEmpty()) {
        showMessage(tr("Statistics unavailable"), problem);
        return;
    }

    const PhaseCounts &cards = figures.value.cards;
    m_heatmap->setCounts(heatmapStart, perDay.value);
    if (m_heatmap->total() == 0 && cards.newCards == cards.total()) {
        showMessage(tr("No reviews yet"),
            tr("%1 waiting to be learnt. Once you grade some in the Review tab, this page shows "
               "your reviews per day, what falls due next and how much you remember.")
                .arg(cardCount(cards.newCards)));
        return;
    }
    m_heatmapTitle->setText(tr("Reviews per day, last 12 months — %1 in all")
                                .arg(QLocale().toString(m_heatmap->total())));
    showSummary(figures.value);
    showForecast(today, due.value);
    showStates(cards);
    m_pages->setCurrentIndex(1);
}

void StatisticsPane::showMessage(const QString &title, const QString &text)
{
    // A table keeps the paragraph a readable width in a wide window.
    m_message->setText(
        QStringLiteral("<table align=\"center\" width=\"480\"><tr><td align=\"center\"><h2>%1</h2>"
                       "<p>%2</p></td></tr></table>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_pages->setCurrentIndex(0);
}

void StatisticsPane::showSummary(const CollectionStatistics &figures)
{
    const ReviewSummary &m = figures.recent;
    const QLocale locale;
    const QString none = QStringLiteral("—");
    const int graded = m.youngReviews + m.matureReviews;
    const QString texts[TileCount][2] = {
        {locale.toString(figures.today.reviews),
            tr("%1 in the last %2 days")
                .arg(locale.toString(m.reviews))
                .arg(CollectionStatistics::recentDays)},
        {locale.toString(figures.dueToday()), dueTodayDetail(figures)},
        {graded == 0 ? none : QStringLiteral("%1 %").arg(qRound(100 * m.passRate())),
            graded == 0
                ? tr("No review cards graded yet")
                : percentOf(m.youngPassed, m.youngReviews, tr("young")) + QStringLiteral(", ")
                    + percentOf(m.maturePassed, m.matureReviews, tr("mature"))},
        {m.reviews == 0 ? none
                        : QStringLiteral("%1 s").arg(m.averageDurationMs() / 1000, 0, 'f', 1),
            m.reviews == 0       ? tr("No reviews")
                : m.reviews == 1 ? tr("average of 1 review")
                                 : tr("average of %1 reviews").arg(locale.toString(m.reviews))},
    };
    for (int tile = 0; tile < TileCount; ++tile) {
        m_tileValues[tile]->setText(texts[tile][0]);
        m_tileDetails[tile]->setText(texts[tile][1]);
    }
}

QString StatisticsPane::dueTodayDetail(const CollectionStatistics &figures)
{
    // The Review tab asks learning steps only when their time comes: say when that is, so "Due
    // today 3" beside a Review tab that says "done for now" reads as the same story.
    if (figures.dueLaterToday == 0)
        return tr("overdue ones included");
    const QString later = tr("%1 due later today, next at %2")
                              .arg(QLocale().toString(figures.dueLaterToday),
                                  StudyDay::clockTime(figures.nextDueToday));
    return figures.dueNow == 0 ? tr("None due now; %1").arg(later)
                               : tr("%1 now, %2").arg(QLocale().toString(figures.dueNow), later);
}

void StatisticsPane::showForecast(const QDate &today, const QList<int> &due)
{
    m_forecastStart = today;
    for (int i = 0; i < forecastDays; ++i)
        m_forecast->replace(i, due.value(i));
    StatisticsCharts::setCountRange(
        m_forecastCountAxis, due.isEmpty() ? 0 : *std::max_element(due.cbegin(), due.cend()));
    for (const QString &label : m_forecastDaysAxis->categoriesLabels())
        m_forecastDaysAxis->remove(label);
    m_forecastDaysAxis->append(tr("Today"), 0);
    for (int day = 7; day < forecastDays; day += 7)
        m_forecastDaysAxis->append(
            QLocale().toString(today.addDays(day), QStringLiteral("d MMM")), day);
}

void StatisticsPane::showStates(const PhaseCounts &counts)
{
    const int values[] = {counts.newCards, counts.learning, counts.review, counts.relearning};
    for (int i = 0; i < m_states->count(); ++i)
        m_states->replace(i, values[i]);
    const int maximum = *std::max_element(std::begin(values), std::end(values));
    StatisticsCharts::setCountRange(
        m_statesCountAxis, maximum + maximum / 8); // room for the labels above
}

void StatisticsPane::applyChartTheme()
{
    const QPalette p = palette();
    for (QChartView *view : {m_forecastView, m_statesView})
        StatisticsCharts::applyPalette(view, p);
    for (const auto &[set, color] :
        {std::pair {m_forecast, kForecastColor}, {m_states, kStatesColor}}) {
        set->setColor(color);
        set->setBorderColor(color);
        set->setLabelColor(p.color(QPalette::WindowText));
    }
}

void StatisticsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyChartTheme();
    QWidget::changeEvent(event);
}

void StatisticsPane::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace ArchDeck
