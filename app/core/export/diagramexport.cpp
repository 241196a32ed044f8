#include "diagramexport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace ArchDeck::DiagramExport {

bool formatForFile(const QString &fileName, Format *format)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QByteArray convert(const QByteArray &svg, Format format, double scale, QString *error)
{
    if (format == Format::Svg)
        return svg;
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        *error = QStringLiteral("the SVG could not be read back");
        return {};
    }
    // Graphviz sizes its SVG in points; 1 pt becomes 1 px at scale 1.
    const QSizeF size = renderer.viewBoxF().size() * scale;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Png) {
        QImage image(size.toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(
            QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (!image.save(&buffer, "PNG")) {
            *error = QStringLiteral("the PNG could not be encoded");
            return {};
        }
        return bytes;
    }
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("ArchDeck"));
    pdf.setResolution(72); // one PDF point per SVG point: vector, exact size
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(QPageSize(size, QPageSize::Point));
    QPainter painter(&pdf);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return bytes;
}

} // namespace ArchDeck::DiagramExport
