// What the diagram verbs (render, check, fmt, diff) share: the --timeout option, reading an input
// file (or stdin), and printing diagnostics as `FILE:LINE: message`.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QTextStream>

namespace ArchDeck {

class VerbParser;

namespace VerbInput {

/// `--timeout S`: give up on a layout or a parse after S seconds (default 10).
const QCommandLineOption &timeoutOption();
/// The parsed --timeout in milliseconds; false (the error printed) for a bad value.
bool timeoutFrom(const VerbParser &parser, int *milliseconds, QTextStream &err);

/// The bytes of `path` ("-": stdin); an error names the file.
Result<QByteArray> read(const QString &path);

void print(const Diagnostics &diagnostics, QTextStream &err);

} // namespace VerbInput

} // namespace ArchDeck
