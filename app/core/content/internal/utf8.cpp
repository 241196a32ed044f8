#include "utf8.h"

#include <QStringDecoder>

namespace ArchDeck {

namespace {

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

} // namespace

int firstInvalidUtf8Line(const QByteArray &bytes)
{
    const QList<int> lines = invalidUtf8Lines(bytes);
    return lines.isEmpty() ? 0 : lines.constFirst();
}

QList<int> invalidUtf8Lines(const QByteArray &bytes)
{
    QList<int> bad;
    if (isValidUtf8(bytes))
        return bad; // the common case: one pass, no per-line work
    // Check line by line so each error is reported where it is; '\n' never occurs inside a
    // multi-byte sequence, so splitting there is safe.
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!isValidUtf8(QByteArrayView(bytes).sliced(start, end - start)))
            bad.append(line);
        start = end + 1;
    }
    return bad;
}

} // namespace ArchDeck
