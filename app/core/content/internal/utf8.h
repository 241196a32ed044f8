// Strict UTF-8 checks for content read from disk or resources.
#pragma once

#include <QByteArray>
#include <QList>

namespace ArchDeck {

/// 1-based line of the first byte sequence that is not valid UTF-8, or 0 when all of it is valid.
/// "ok\n\xff\n" → 2
int firstInvalidUtf8Line(const QByteArray &bytes);

/// Every 1-based line that holds invalid UTF-8: "a\n\xff\nb\n\xfe" → {2, 4}
QList<int> invalidUtf8Lines(const QByteArray &bytes);

} // namespace ArchDeck
