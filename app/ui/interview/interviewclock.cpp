#include "interviewclock.h"

#include "interviewsession.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

/// Red that reads on both the light and the dark window (WCAG 4.5:1 on either base).
QColor overtimeColor(const QPalette &palette)
{
    return Theme::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace

InterviewClockView::InterviewClockView(QWidget *parent)
    : QWidget(parent)
    , m_phaseTime(new QLabel(this))
    , m_phaseName(new QLabel(this))
    , m_sessionTime(new QLabel(this))
{
    setObjectName(QStringLiteral("interviewClock"));
    m_phaseTime->setObjectName(QStringLiteral("interviewPhaseTime"));
    m_phaseName->setObjectName(QStringLiteral("interviewPhaseName"));
    m_sessionTime->setObjectName(QStringLiteral("interviewSessionTime"));
    QFont big = m_phaseTime->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_phaseTime->setFont(big);
    QFont medium = m_sessionTime->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_sessionTime->setFont(medium);
    m_phaseName->setFont(medium);
    m_phaseName->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, kBarHeight + 8, 0, 0);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->addWidget(m_phaseTime, 0, Qt::AlignBottom);
    auto *names = new QVBoxLayout;
    names->addStretch(1);
    names->addWidget(m_phaseName);
    names->addWidget(m_sessionTime);
    row->addSpacing(16);
    row->addLayout(names, 1);
    layout->addLayout(row);
}

void InterviewClockView::setSession(const InterviewSession *session)
{
    m_session = session;
    refresh();
}

QString InterviewClockView::countdownText(qint64 remainingMs, bool signedOvertime)
{
    const bool over = remainingMs < 0;
    // Counting down, a part second shows as the second it is in ("0:01" until it is over).
    const qint64 ms = over ? -remainingMs : remainingMs;
    const qint64 seconds = over ? ms / 1000 : (ms + 999) / 1000;
    const QString time = seconds >= 3600
        ? QStringLiteral("%1:%2:%3")
              .arg(seconds / 3600)
              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
              .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return over && signedOvertime ? QLatin1Char('+') + time : time;
}

QString InterviewClockView::phaseText() const
{
    return m_phaseTime->text();
}

QString InterviewClockView::sessionText() const
{
    return m_sessionTime->text();
}

void InterviewClockView::refresh()
{
    const InterviewSession *s = m_session;
    if (!s || s->stage() == InterviewSession::Stage::NotStarted) {
        m_phaseTime->clear();
        m_phaseName->clear();
        m_sessionTime->clear();
        update();
        return;
    }
    const bool inPhase = s->stage() == InterviewSession::Stage::Phase;
    const qint64 remaining = s->phaseRemainingMs();
    QPalette palette = this->palette();
    if (inPhase && remaining < 0)
        palette.setColor(QPalette::WindowText, overtimeColor(palette));
    m_phaseTime->setPalette(palette);
    m_phaseTime->setText(inPhase ? countdownText(remaining) : QStringLiteral("—"));
    m_phaseTime->setToolTip(inPhase && remaining < 0
            ? tr("Over the %1-minute box by %2 — finish the thought; nothing stops you.")
                  .arg(s->currentPhase().minutes)
                  .arg(countdownText(remaining, false))
            : QString());

    QString where;
    switch (s->stage()) {
    case InterviewSession::Stage::Phase:
        where = tr("%1 · question %2 of %3")
                    .arg(s->currentPhase().name)
                    .arg(s->questionIndex() + 1)
                    .arg(s->questionCount());
        break;
    case InterviewSession::Stage::Review:
        where = tr("Review of question %1 of %2 — the clock waits")
                    .arg(s->questionIndex() + 1)
                    .arg(s->questionCount());
        break;
    default:
        where = tr("Session over");
        break;
    }
    if (s->isPaused())
        where += tr(" — paused (P to go on)");
    m_phaseName->setText(where);
    const qint64 left = s->sessionRemainingMs();
    m_sessionTime->setText(left >= 0
            ? tr("Session: %1 left").arg(countdownText(left))
            : tr("Session: %1 over").arg(countdownText(left, false)));
    update();
}

QRectF InterviewClockView::barRect() const
{
    return QRectF(0.5, 0.5, width() - 1.0, kBarHeight);
}

void InterviewClockView::paintEvent(QPaintEvent *)
{
    if (!m_session || m_session->phases().isEmpty()
        || m_session->stage() == InterviewSession::Stage::NotStarted)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<InterviewPhase> &phases = m_session->phases();
    const int current = m_session->phaseIndex();
    const bool review = m_session->stage() != InterviewSession::Stage::Phase;
    int total = 0;
    for (const InterviewPhase &phase : phases)
        total += phase.minutes;
    const QRectF bar = barRect();
    const QPalette &colors = palette();
    const QColor accent = colors.color(QPalette::Highlight);
    const QColor done = Theme::windowTextBlend(colors, 0.25);
    const QColor ahead = Theme::windowTextBlend(colors, 0.10);
    qreal x = bar.left();
    for (int i = 0; i < phases.size(); ++i) {
        // Each phase as wide as its box: the bar is the question's plan in time.
        const qreal w = bar.width() * phases.at(i).minutes / qMax(1, total);
        const QRectF segment(x + 1, bar.top(), w - 2, bar.height());
        const bool isCurrent = !review && i == current;
        const bool isDone = review || i < current;
        painter.setPen(Qt::NoPen);
        painter.setBrush(isCurrent ? accent : isDone ? done : ahead);
        painter.drawRoundedRect(segment, 4, 4);
        if (isCurrent) {
            // How far into the box: a darker fill up to now, the whole box in overtime.
            const qreal share = qBound(0.0,
                double(m_session->phaseElapsedMs()) / (phases.at(i).minutes * 60000.0), 1.0);
            painter.setBrush(accent.darker(135));
            painter.drawRoundedRect(
                QRectF(segment.left(), segment.top(), segment.width() * share, segment.height()), 4,
                4);
        }
        painter.setPen(isCurrent ? colors.color(QPalette::HighlightedText)
                                 : colors.color(QPalette::WindowText));
        const QString label = QFontMetrics(font()).elidedText(
            QStringLiteral("%1 %2′").arg(phases.at(i).name).arg(phases.at(i).minutes),
            Qt::ElideRight, int(segment.width()) - 8);
        painter.drawText(segment, Qt::AlignCenter, label);
        x += w;
    }
}

void InterviewClockView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

QSize InterviewClockView::sizeHint() const
{
    return {480, QWidget::sizeHint().height()};
}

} // namespace ArchDeck
