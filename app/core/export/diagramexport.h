// DiagramExport — turns a rendered diagram's SVG into the file formats slides take: SVG as is,
// PNG at a scale, PDF (vector) sized to the drawing. Used by `archdeck render` and, later, the
// export dialogs. Needs a QGuiApplication (fonts), never widgets.
#pragma once

#include <QByteArray>
#include <QString>

namespace ArchDeck::DiagramExport {

enum class Format { Svg, Png, Pdf };

/// Format from a file name's suffix: "out.PNG" → Png; nullopt-like false when unknown.
bool formatForFile(const QString &fileName, Format *format);

/// The file's bytes, or an empty array with `error` set.
QByteArray convert(const QByteArray &svg, Format format, double scale, QString *error);

} // namespace ArchDeck::DiagramExport
