#include "interviewhistoryview.h"

#include "interviewreport.h"
#include "interviewtypes.h"
#include "statisticscharts.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ArchDeck {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr qint64 kPadMinMs = 5 * 60 * 1000;

enum Column { DateColumn, ModeColumn, QuestionsColumn, TimeColumn, ScoreColumn, VerdictColumn };

} // namespace

InterviewHistoryView::InterviewHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_series(new QLineSeries)
    , m_chartNote(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open Report"), this))
    , m_newInterview(new QPushButton(tr("&New Interview"), this))
{
    setObjectName(QStringLiteral("interviewHistoryView"));
    m_heading->setObjectName(QStringLiteral("interviewHistoryHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_chart->setObjectName(QStringLiteral("interviewTrendChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chartNote->setObjectName(QStringLiteral("interviewTrendNote"));
    m_chartNote->setForegroundRole(QPalette::PlaceholderText);
    m_chartNote->setWordWrap(true);

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->addSeries(m_series);
    m_series->setPointsVisible(true);
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("d MMM"));
    auto *scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, 100);
    scoreAxis->setTickCount(6);
    scoreAxis->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    m_series->attachAxis(timeAxis);
    m_series->attachAxis(scoreAxis);
    for (int band = 0; band < 3; ++band) {
        auto *line = new QLineSeries;
        chart->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(scoreAxis);
        m_bands << line;
    }
    m_chart->setChart(chart);

    m_list->setObjectName(QStringLiteral("interviewHistoryList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Mode"), tr("Questions"), tr("Time"), tr("Score"), tr("Verdict")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setMinimumSectionSize(90);
    m_open->setObjectName(QStringLiteral("interviewHistoryOpen"));
    m_newInterview->setObjectName(QStringLiteral("interviewHistoryNew"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_chartNote);
    layout->addWidget(m_list, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_newInterview);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemActivated, this, &InterviewHistoryView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &InterviewHistoryView::openCurrent);
    connect(
        m_newInterview, &QPushButton::clicked, this, &InterviewHistoryView::newInterviewRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
        [this] { m_open->setEnabled(m_list->currentItem() != nullptr); });
    setHistory({});
}

void InterviewHistoryView::setHistory(const QList<InterviewRecord> &history, const QString &problem)
{
    m_history = history;
    m_list->clear();
    for (qsizetype i = 0; i < history.size(); ++i) {
        const InterviewRecord &record = history.at(i);
        int answered = 0;
        for (const InterviewQuestionRecord &question : record.questions)
            answered
                += InterviewReport::outcome(question) == InterviewReport::QuestionOutcome::Answered;
        const double score = record.score();
        const qint64 planned = InterviewReport::plannedMs(record);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(
            DateColumn, QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(ModeColumn, interviewModeLabel(record.mode));
        item->setText(QuestionsColumn, tr("%1 of %2").arg(answered).arg(record.questions.size()));
        item->setText(TimeColumn,
            planned > 0 ? tr("%1 of %2")
                              .arg(InterviewReport::duration(InterviewReport::totalMs(record)),
                                  InterviewReport::duration(planned))
                        : InterviewReport::duration(InterviewReport::totalMs(record)));
        item->setText(
            ScoreColumn, score < 0 ? tr("—") : InterviewReport::percent(score));
        item->setText(VerdictColumn, InterviewReport::verdict(record).label);
        item->setData(DateColumn, Qt::UserRole, int(i));
        for (const Column column : {QuestionsColumn, TimeColumn, ScoreColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!problem.isEmpty())
        m_heading->setText(problem);
    else if (history.isEmpty())
        m_heading->setText(tr("No mock interviews yet. Start one with New Interview (Ctrl+N)."));
    else
        m_heading->setText(history.size() == 1 ? tr("1 mock interview")
                                               : tr("%1 mock interviews").arg(history.size()));
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_open->setEnabled(m_list->currentItem() != nullptr);
    updateChart();
}

void InterviewHistoryView::updateChart()
{
    const QList<InterviewReport::TrendPoint> points = InterviewReport::trend(m_history);
    QList<QPointF> shown;
    for (const InterviewReport::TrendPoint &point : points)
        shown << QPointF(double(point.endedAt.toMSecsSinceEpoch()), point.score * 100);
    m_series->replace(shown);
    QChart *chart = m_chart->chart();
    const auto axes = chart->axes(Qt::Horizontal);
    if (auto *timeAxis = axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first())) {
        // A tenth of the span on either side (at least five minutes), so the first and last
        // points are not on the frame and one point, or a few in one evening, still spread out.
        QDateTime first
            = points.isEmpty() ? QDateTime::currentDateTimeUtc() : points.first().endedAt;
        QDateTime last = points.isEmpty() ? first : points.last().endedAt;
        const qint64 span = first.msecsTo(last);
        const qint64 pad = std::max<qint64>(span / 10, kPadMinMs);
        first = first.addMSecs(-pad);
        last = last.addMSecs(pad);
        timeAxis->setRange(first.toLocalTime(), last.toLocalTime());
        timeAxis->setFormat(first.msecsTo(last) <= kDayMs ? QStringLiteral("HH:mm")
                : first.daysTo(last) <= 3                 ? QStringLiteral("d MMM HH:mm")
                                                          : QStringLiteral("d MMM"));
        timeAxis->setTickCount(5);
        const double thresholds[] = {InterviewReport::kStrongHireScore, InterviewReport::kHireScore,
            InterviewReport::kLeanNoHireScore};
        for (qsizetype band = 0; band < m_bands.size(); ++band) {
            const double y = thresholds[band] * 100;
            m_bands.at(band)->replace({QPointF(double(first.toMSecsSinceEpoch()), y),
                QPointF(double(last.toMSecsSinceEpoch()), y)});
        }
    }
    m_chart->setVisible(!points.isEmpty()); // an empty chart says nothing the note does not
    m_chartNote->setText(points.size() < 2
            ? tr("The trend of your scores appears here after two scored sessions.")
            : tr("Your score in each scored session: 85 % and above is a strong hire, 70 % a hire, "
                 "50 % a lean no hire."));
    StatisticsCharts::applyPalette(m_chart, palette());
    m_series->setColor(palette().color(QPalette::Highlight));
    QPen pen = m_series->pen();
    pen.setWidthF(2.5);
    m_series->setPen(pen);
    // The bands' thresholds: faint and dashed, behind the scores.
    for (QLineSeries *band : std::as_const(m_bands))
        band->setPen(QPen(Theme::windowTextBlend(palette(), 0.3), 1, Qt::DashLine));
}

QList<QPointF> InterviewHistoryView::chartPoints() const
{
    return m_series->points();
}

void InterviewHistoryView::openCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int index = item->data(DateColumn, Qt::UserRole).toInt();
    if (index >= 0 && index < m_history.size())
        emit recordOpened(m_history.at(index));
}

void InterviewHistoryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateChart();
}

} // namespace ArchDeck
