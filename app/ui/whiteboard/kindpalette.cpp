#include "kindpalette.h"

#include "diagramcanvas.h"
#include "diagramkinds.h"
#include "layoutengine.h"
#include "theme.h"

#include <QEvent>
#include <QMimeData>
#include <QPainter>
#include <QSvgRenderer>

namespace ArchDeck {

namespace {

constexpr QSize kIconSize(36, 24);

/// One small, label-less node per kind: the engine styles each as the canvas will.
QByteArray paletteDot()
{
    QByteArray dot = "digraph palette {\n  nodesep=0.2;\n";
    for (const DiagramKinds::Kind &kind : DiagramKinds::nodeKinds())
        dot += QStringLiteral("  \"%1\" [kind=\"%1\", label=\"\", width=0.6, height=0.4];\n")
                   .arg(kind.name)
                   .toUtf8();
    return dot + "}\n";
}

} // namespace

KindPalette::KindPalette(LayoutEngine *engine, QWidget *parent)
    : QListWidget(parent)
    , m_engine(engine)
    , m_viewKey(QStringLiteral("palette-%1").arg(quintptr(this)))
{
    setObjectName(QStringLiteral("kindPalette"));
    setIconSize(kIconSize);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    setToolTip(tr("Click or press Enter to add a node of this kind; drag onto the canvas to "
                  "place it in a cluster"));
    for (const DiagramKinds::Kind &kind : DiagramKinds::nodeKinds()) {
        auto *item = new QListWidgetItem(kind.name, this);
        item->setData(Qt::UserRole, kind.name);
        item->setToolTip(QStringLiteral("%1 — %2").arg(kind.name, kind.description));
    }
    setMinimumWidth(sizeHintForColumn(0) + kIconSize.width() + 24);
    connect(this, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { emit kindChosen(item->data(Qt::UserRole).toString()); });
    connect(this, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit kindChosen(item->data(Qt::UserRole).toString()); });
    connect(m_engine, &LayoutEngine::rendered, this, &KindPalette::iconsRendered);
    requestIcons();
}

QString KindPalette::kindAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(Qt::UserRole).toString() : QString();
}

QMimeData *KindPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(DiagramCanvas::kindMimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

void KindPalette::requestIcons()
{
    const DiagramTheme theme = Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light;
    m_pending = m_engine->render(m_viewKey, {paletteDot(), QStringLiteral("palette.dot"), theme},
        LayoutEngine::Priority::Background);
}

void KindPalette::iconsRendered(quint64 id, const QString &view, const RenderResult &result)
{
    if (view != m_viewKey || id != m_pending || !result.isOk())
        return;
    m_pending = 0;
    QSvgRenderer svg(result.svg);
    const qreal ratio = devicePixelRatioF();
    for (const LayoutElement &e : result.layout.elements) {
        if (e.type != LayoutElement::Type::Node || !svg.elementExists(e.svgId))
            continue;
        const QList<QListWidgetItem *> rows = findItems(e.id, Qt::MatchExactly);
        if (rows.isEmpty())
            continue;
        QPixmap pixmap(kIconSize * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF bounds = svg.boundsOnElement(e.svgId);
        QSizeF fitted = bounds.size().scaled(QSizeF(kIconSize) - QSizeF(2, 2), Qt::KeepAspectRatio);
        QRectF target(QPointF(), fitted);
        target.moveCenter(QRectF(QPointF(), QSizeF(kIconSize)).center());
        svg.render(&painter, e.svgId, target);
        painter.end();
        rows.first()->setIcon(QIcon(pixmap));
    }
}

void KindPalette::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        requestIcons(); // the shapes are drawn in the theme's colours
}

} // namespace ArchDeck
