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
    return placeOf(source, needle).line;
}

Place placeOf(const QByteArray &source, const QByteArray &needle)
{
    const qsizetype at = needle.isEmpty() ? -1 : source.indexOf(needle);
    if (at < 0)
        return {};
    const qsizetype lineStart = at == 0 ? 0 : source.lastIndexOf('\n', at - 1) + 1;
    const QString before = QString::fromUtf8(source.mid(lineStart, at - lineStart));
    return {int(source.left(at).count('\n')) + 1, int(before.toUcs4().size()) + 1};
}

int lineOfAttribute(const QByteArray &source, const char *name, const QByteArray &value)
{
    const QRegularExpression assignment(
        QStringLiteral("\\b%1\\s*=\\s*\"?%2")
            .arg(QRegularExpression::escape(QLatin1String(name)),
                QRegularExpression::escape(QString::fromUtf8(value.left(60)))));
    const QString text = QString::fromUtf8(source);
    if (const QRegularExpressionMatch m = assignment.match(text); m.hasMatch())
        return int(text.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
    return lineContaining(source, value);
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
            diagnostics.last().detail += QLatin1Char(' ') + raw.trimmed();
            continue;
        }
        Diagnostic d;
        d.file = fileName;
        d.detail = raw.trimmed(); // Graphviz's own words, before the message is rephrased
        d.severity = head.captured(1) == QLatin1String("Warning") ? Diagnostic::Severity::Warning
                                                                  : Diagnostic::Severity::Error;
        d.message = raw.mid(head.capturedLength()).trimmed();
        diagnostics.append(d);
    }
    // Then read each whole message for a line number.
    static const QRegularExpression inLabel(
        QStringLiteral("in label of (?:node|edge|graph) (\\S+)"));
    for (Diagnostic &d : diagnostics) {
        if (const auto m = inLabel.match(d.message); m.hasMatch()) {
            // A broken HTML label: Graphviz draws it as plain text, so the diagram still renders.
            // Its "line 1" counts inside the label; the useful line is where the label is set.
            d.severity = Diagnostic::Severity::Warning;
            const QString owner = QRegularExpression::escape(m.captured(1));
            const QRegularExpression where(
                QStringLiteral("(^|[^\\w])\"?%1\"?\\s*\\[[^\\]]*label").arg(owner));
            const QString text = QString::fromUtf8(source);
            const QRegularExpressionMatch at = where.match(text);
            d.line = at.hasMatch() ? int(text.left(at.capturedStart()).count(QLatin1Char('\n'))) + 1
                                   : 0;
        } else if (const auto m = syntax.match(d.message); m.hasMatch()) {
            d.line = m.captured(1).toInt();
            d.message = QStringLiteral("syntax error %1").arg(m.captured(2)).trimmed();
        } else if (const auto v = namedValue.match(d.message); v.hasMatch()) {
            d.line = lineContaining(source, v.captured(1).toUtf8());
        }
    }
    return diagnostics;
}

} // namespace ArchDeck::GraphvizMessages
