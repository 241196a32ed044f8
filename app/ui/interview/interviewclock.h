// InterviewClockView — the interview's time at a glance: the phase bar (every phase of the
// question, the current one marked, the ones done dimmed) and two countdowns, the phase's large
// and the session's beside it. Past a box the phase's countdown turns red and counts overtime
// ("+1:05"); nothing stops. Paused, it says so. Reads an InterviewSession; refresh() repaints.
#pragma once

#include <QWidget>

class QLabel;

namespace ArchDeck {

class InterviewSession;

class InterviewClockView : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewClockView(QWidget *parent = nullptr);

    /// Shows `session` (not owned); nullptr shows nothing.
    void setSession(const InterviewSession *session);
    /// Reads the session's times again (call on a timer and after every move).
    void refresh();

    /// "4:05", "1:02:03"; with `signedOvertime` a negative time as "+0:42" (time past the box).
    static QString countdownText(qint64 remainingMs, bool signedOvertime = true);

    QString phaseText() const;
    QString sessionText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    QSize sizeHint() const override;

private:
    QRectF barRect() const;

    const InterviewSession *m_session = nullptr;
    QLabel *m_phaseTime; ///< the large countdown
    QLabel *m_phaseName; ///< "Deep dive · question 2 of 3"
    QLabel *m_sessionTime; ///< "Session 31:20 left"
    static constexpr int kBarHeight = 26;
};

} // namespace ArchDeck
