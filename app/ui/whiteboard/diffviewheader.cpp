// DiffView's header: the score, what it is made of, the legend of the marks, and the list of what
// was missed (a line selected shows it in both drawings).
#include "diffview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

using DiffStatus = DiffOverlay::Status;

constexpr int kMissedRowsShown = 5; ///< the list scrolls past this many lines

/// "nodes 5/8 · edges 3/10 · 1 reversed · 2 extra": what the score is made of.
QString countsText(const DiagramGraph &reference, const DiagramDiff &diff)
{
    QStringList parts {
        QStringLiteral("nodes %1/%2").arg(diff.matchedNodes.size()).arg(reference.nodes.size()),
        QStringLiteral("edges %1/%2").arg(diff.matchedEdges.size()).arg(reference.edges.size())};
    if (!diff.reversedEdges.isEmpty())
        parts << QStringLiteral("%1 reversed").arg(diff.reversedEdges.size());
    if (const qsizetype extra = diff.extraNodes.size() + diff.extraEdges.size(); extra > 0)
        parts << QStringLiteral("%1 extra").arg(extra);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QWidget *DiffView::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(24);

    auto *summary = new QVBoxLayout;
    summary->setSpacing(2);
    m_score->setObjectName(QStringLiteral("diffScore"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_score->setFont(big);
    m_score->setToolTip(QStringLiteral(
        "F1 over nodes and edges: what you matched, weighed against both drawings' sizes"));
    m_counts->setObjectName(QStringLiteral("diffCounts"));
    m_legend->setObjectName(QStringLiteral("diffLegend"));
    new QHBoxLayout(m_legend);
    m_legend->layout()->setContentsMargins(0, 6, 0, 0);
    m_legend->layout()->setSpacing(4);
    summary->addWidget(m_score);
    summary->addWidget(m_counts);
    summary->addWidget(m_legend);
    summary->addStretch(1);
    row->addLayout(summary);

    auto *missed = new QVBoxLayout;
    missed->setSpacing(4);
    m_missedHeading->setObjectName(QStringLiteral("diffMissedHeading"));
    QFont bold = m_missedHeading->font();
    bold.setBold(true);
    m_missedHeading->setFont(bold);
    m_missed->setObjectName(QStringLiteral("diffMissedList"));
    m_missed->setToolTip(QStringLiteral("Select a line to see it in both drawings"));
    m_missed->setUniformItemSizes(true);
    m_missed->setMaximumHeight(
        m_missed->fontMetrics().height() * 3 / 2 * kMissedRowsShown + 2 * m_missed->frameWidth());
    connect(m_missed, &QListWidget::currentRowChanged, this, &DiffView::reveal);
    connect(m_missed, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { reveal(m_missed->row(item)); });
    missed->addWidget(m_missedHeading);
    missed->addWidget(m_missed);
    missed->addStretch(1);
    row->addLayout(missed, 1);
    return header;
}

void DiffView::showSummary()
{
    const DiffColors colors = DiffColors::forTheme(m_theme);
    const int percent = qRound(m_diff.score * 100);
    const QColor scoreColor = percent >= 80 ? colors.matched
        : percent >= 50                     ? colors.reversed
                                            : colors.absent;
    m_score->setText(QStringLiteral("%1\u00A0%").arg(percent));
    QPalette palette = m_score->palette();
    palette.setColor(QPalette::WindowText, scoreColor);
    m_score->setPalette(palette);
    m_counts->setText(countsText(m_referenceGraph, m_diff));

    m_missed->blockSignals(true); // no reveal() while the list is refilled
    m_missed->clear();
    const qreal ratio = devicePixelRatioF();
    for (const DiffOverlay::Missed &line : std::as_const(m_overlay.missed)) {
        const bool edge = line.type == LayoutElement::Type::Edge;
        const QPixmap swatch = diffSwatch(line.status,
            line.status == DiffStatus::Reversed ? Side::Attempt : Side::Reference,
            edge ? LayoutElement::Type::Edge : LayoutElement::Type::Node, colors, ratio);
        new QListWidgetItem(QIcon(swatch), line.text, m_missed);
    }
    m_missed->setIconSize(QSize(28, 16));
    m_missed->blockSignals(false);
    m_missed->setVisible(!m_overlay.missed.isEmpty());
    m_missedHeading->setText(m_overlay.missed.isEmpty()
            ? QStringLiteral("✓ Nothing missed: every node and edge of the reference is there.")
            : QStringLiteral("You missed (%1):").arg(m_overlay.missed.size()));
    showLegend();
}

void DiffView::showLegend()
{
    QLayout *row = m_legend->layout();
    while (QLayoutItem *item = row->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const DiffColors colors = DiffColors::forTheme(m_theme);
    const struct
    {
        DiffStatus status;
        Side side;
        LayoutElement::Type type;
        QString text;
    } entries[] = {
        {DiffStatus::Matched, Side::Attempt, LayoutElement::Type::Node, QStringLiteral("matched")},
        {DiffStatus::Missing, Side::Attempt, LayoutElement::Type::Node, QStringLiteral("missing")},
        {DiffStatus::Extra, Side::Attempt, LayoutElement::Type::Node, QStringLiteral("extra")},
        {DiffStatus::Reversed, Side::Attempt, LayoutElement::Type::Edge,
            QStringLiteral("reversed")},
        {DiffStatus::Missing, Side::Reference, LayoutElement::Type::Node,
            QStringLiteral("missed, in the reference")},
    };
    for (const auto &entry : entries) {
        auto *swatch = new QLabel(m_legend);
        swatch->setPixmap(
            diffSwatch(entry.status, entry.side, entry.type, colors, devicePixelRatioF()));
        auto *text = new QLabel(entry.text, m_legend);
        text->setContentsMargins(0, 0, 10, 0);
        row->addWidget(swatch);
        row->addWidget(text);
    }
    static_cast<QHBoxLayout *>(row)->addStretch(1);
}

} // namespace ArchDeck
