#include "utf8.h"

#include <QStringDecoder>

namespace ArchDeck {

int firstInvalidUtf8Line(const QByteArray &bytes)
{
    {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = whole.decode(bytes);
        Q_UNUSED(decoded);
        if (!whole.hasError())
            return 0; // the common case: one pass, no per-line work
    }
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        // Decode line by line so the error can be reported where it is; '\n' never occurs inside
        // a multi-byte sequence, so splitting there is safe.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return line;
        start = end + 1;
        ++line;
    }
    return 0;
}

} // namespace ArchDeck
