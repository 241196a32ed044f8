#include "graphvizmessages.h"

#include <graphviz/cgraph.h>

#include <QRegularExpression>
#include <QStringList>

namespace ArchDeck::GraphvizMessages {

namespace {

QByteArray collected;

int collect(char *piece)
{
    collected.append(piece);
    return 0;
}

} // namespace

void begin()
{
    collected.clear();
    agseterr(AGWARN);
    agseterrf(&collect);
    agreseterrors();
}

int lineContaining(const QByteArray &source, const QByteArray &needle)
{
    if (needle.isEmpty())
        return 0;
    const qsizetype at = source.indexOf(needle);
    return at < 0 ? 0 : int(source.left(at).count('\n')) + 1;
}

Diagnostics take(const QString &fileName, const QByteArray &source)
{
    static const QRegularExpression prefix(QStringLiteral("^(Error|Warning):\\s*"));
    static const QRegularExpression syntax(
        QStringLiteral("(?:<[^>]*>:\\s*)?syntax error in line (\\d+)\\s*(.*)"));
    static const QRegularExpression namedValue(QStringLiteral("^\"?([^\" ]+)\"? is not a known"));

    // A message starts with "Error:" or "Warning:"; lines without one continue the previous.
    QList<Diagnostic> diagnostics;
    const QStringList lines
        = QString::fromUtf8(collected).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    collected.clear();
    for (const QString &raw : lines) {
        const QRegularExpressionMatch head = prefix.match(raw);
        if (!head.hasMatch() && !diagnostics.isEmpty()) {
            diagnostics.last().message += QLatin1Char(' ') + raw.trimmed();
            continue;
        }
        Diagnostic d;
        d.file = fileName;
        d.severity = head.captured(1) == QLatin1String("Warning") ? Diagnostic::Severity::Warning
                                                                  : Diagnostic::Severity::Error;
        d.message = raw.mid(head.capturedLength()).trimmed();
        if (const auto m = syntax.match(d.message); m.hasMatch()) {
            d.line = m.captured(1).toInt();
            d.message = QStringLiteral("syntax error %1").arg(m.captured(2)).trimmed();
        } else if (const auto v = namedValue.match(d.message); v.hasMatch()) {
            d.line = lineContaining(source, v.captured(1).toUtf8());
        }
        diagnostics.append(d);
    }
    return diagnostics;
}

} // namespace ArchDeck::GraphvizMessages
