// DiagramExport — turns a rendered diagram's SVG into the file formats slides take: SVG as is,
// PNG at a scale, PDF (vector) sized to the drawing. Used by `archdeck render` and, later, the
// export dialogs. Needs a QGuiApplication (fonts), never widgets.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <optional>

namespace ArchDeck::DiagramExport {

enum class Format { Svg, Png, Pdf };

/// Format from a file name's suffix: "out.PNG" → Png, "out.jpg" → nullopt.
std::optional<Format> formatForFile(const QString &fileName);

/// Whether a drawing of `size` points can be written as `format` at `scale`: a PNG has at most
/// 100 megapixels ("24000 × 16000 px is too large for a PNG (at most 100 megapixels); use a
/// smaller scale"). Past that it is a mistake, and allocating it could take the machine's memory.
Status checkSize(const QSizeF &size, Format format, double scale);

/// The file's bytes (checkSize() first). Errors are failures without a file (the caller knows where
/// it writes): "the SVG could not be read back", "40000 × 30000 px is too large for a PNG; …".
Result<QByteArray> convert(const QByteArray &svg, Format format, double scale);

} // namespace ArchDeck::DiagramExport
