// InterviewHistoryView — the mock interviews you have finished: the trend of their scores as a
// chart (with the verdict bands' thresholds as faint lines) above a table of sessions, newest
// first — date, mode, questions answered, time against the plan, score and verdict. Enter or a
// double-click opens a session's report.
#pragma once

#include "interviewvalues.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineSeries;
class QPushButton;
class QTreeWidget;

namespace ArchDeck {

class InterviewHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewHistoryView(QWidget *parent = nullptr);

    /// Newest first, as the store returns them; `problem`: why the history could not be read.
    void setHistory(const QList<InterviewRecord> &history, const QString &problem = {});
    const QList<InterviewRecord> &history() const { return m_history; }

    QTreeWidget *sessionList() const { return m_list; }
    QChartView *chartView() const { return m_chart; }
    QLabel *chartNote() const { return m_chartNote; }
    /// The chart's points as shown: x in ms since the epoch, y the score in percent.
    QList<QPointF> chartPoints() const;

signals:
    void recordOpened(const ArchDeck::InterviewRecord &record);
    void newInterviewRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateChart();
    void openCurrent();

    QList<InterviewRecord> m_history;
    QLabel *m_heading;
    QChartView *m_chart;
    QLineSeries *m_series;
    QList<QLineSeries *> m_bands; ///< strong hire, hire, lean no hire
    QLabel *m_chartNote;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_newInterview;
};

} // namespace ArchDeck
