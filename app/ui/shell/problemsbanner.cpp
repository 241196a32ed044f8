#include "problemsbanner.h"

#include "theme.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

ProblemsBanner::ProblemsBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detailsButton(new QToolButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("problemsBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(QStringLiteral("problemsDetailsButton"));
    m_detailsButton->setText(QStringLiteral("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_closeButton->setObjectName(QStringLiteral("problemsCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(QStringLiteral("Hide this message"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_summary, 1);
    row->addWidget(m_detailsButton, 0, Qt::AlignTop);
    row->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addLayout(row);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool shown) {
        if (!m_details)
            return;
        m_details->setVisible(shown);
        // Tall enough for a few lines, never more than a third of the window.
        const int lines = std::min(8, int(m_details->document()->blockCount()));
        m_details->setFixedHeight(
            m_details->fontMetrics().lineSpacing() * lines + 2 * m_details->frameWidth() + 10);
    });
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    applyColours();
    hide();
}

void ProblemsBanner::showProblems(const QString &summary, const Diagnostics &diagnostics)
{
    if (!m_details) {
        // Made when first needed: a deck without problems (the usual start) never pays for it.
        m_details = new QPlainTextEdit(this);
        m_details->setObjectName(QStringLiteral("problemsDetails"));
        m_details->setReadOnly(true);
        m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_details->hide();
        layout()->addWidget(m_details);
    }
    m_summary->setText(summary);
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.toString();
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_detailsButton->setVisible(!diagnostics.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(!summary.isEmpty());
}

QString ProblemsBanner::summary() const
{
    return m_summary->text();
}

QString ProblemsBanner::details() const
{
    return m_details ? m_details->toPlainText() : QString();
}

void ProblemsBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

void ProblemsBanner::applyColours()
{
    // A warm tint of the window colour: visible in both themes without shouting.
    const bool dark = Theme::isDark();
    QPalette p = palette();
    p.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3a, 0x12) : QColor(0xff, 0xf1, 0xc7));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe9, 0xb0) : QColor(0x4a, 0x35, 0x00));
    setPalette(p);
    const int size = m_summary->fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
}

} // namespace ArchDeck
