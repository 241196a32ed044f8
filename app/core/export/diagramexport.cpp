#include "diagramexport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

namespace ArchDeck::DiagramExport {

namespace {

constexpr qint64 kMaxPngPixels = 100'000'000; // 400 MB

QSize pngPixels(const QSizeF &size, double scale)
{
    return (size * scale).toSize().expandedTo(QSize(1, 1));
}

} // namespace

std::optional<Format> formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Status checkSize(const QSizeF &size, Format format, double scale)
{
    const QSize pixels = pngPixels(size, scale);
    if (format != Format::Png || qint64(pixels.width()) * pixels.height() <= kMaxPngPixels)
        return Status::success();
    return Status::failure(Diagnostic::failure(
        QStringLiteral("%1 × %2 px is too large for a PNG (at most %3 megapixels); use a smaller "
                       "scale")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxPngPixels / 1'000'000)));
}

Result<QByteArray> convert(const QByteArray &svg, Format format, double scale)
{
    using Bytes = Result<QByteArray>;
    if (format == Format::Svg)
        return Bytes::success(svg);
    QSvgRenderer renderer(svg);
    if (!renderer.isValid())
        return Bytes::failure(
            Diagnostic::failure(QStringLiteral("the SVG could not be read back")));
    // Graphviz sizes its SVG in points; 1 pt becomes 1 px at scale 1.
    const QSizeF points = renderer.viewBoxF().size();
    if (const Status fits = checkSize(points, format, scale); !fits.isOk())
        return Bytes {{}, fits.diagnostics};
    const QSizeF size = points * scale;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (format == Format::Png) {
        const QSize pixels = pngPixels(points, scale);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return Bytes::failure(
                Diagnostic::failure(QStringLiteral("not enough memory for a %1 × %2 px PNG")
                                        .arg(pixels.width())
                                        .arg(pixels.height())));
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(
            QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(QPointF(0, 0), size));
        painter.end();
        if (!image.save(&buffer, "PNG"))
            return Bytes::failure(
                Diagnostic::failure(QStringLiteral("the PNG could not be encoded")));
        return Bytes::success(bytes);
    }
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("ArchDeck"));
    pdf.setResolution(72); // one PDF point per SVG point: vector, exact size
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setPageSize(QPageSize(size, QPageSize::Point));
    QPainter painter(&pdf);
    if (!painter.isActive())
        return Bytes::failure(Diagnostic::failure(QStringLiteral("the PDF could not be written")));
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return Bytes::success(bytes);
}

} // namespace ArchDeck::DiagramExport
