#include "svgtext.h"

#include <QRegularExpression>
#include <QStringList>

namespace ArchDeck::SvgText {

namespace {

/// "&lt;b&gt; &amp; &#233;" → "<b> & é"; false for an entity it does not know.
bool unescape(QStringView text, QString *result)
{
    result->clear();
    result->reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'<')
            return false; // markup inside the run: not a plain one
        if (c != u'&') {
            result->append(c);
            continue;
        }
        const qsizetype end = text.indexOf(u';', i);
        if (end < 0)
            return false;
        const QStringView entity = text.mid(i + 1, end - i - 1);
        if (entity == u"amp")
            result->append(u'&');
        else if (entity == u"lt")
            result->append(u'<');
        else if (entity == u"gt")
            result->append(u'>');
        else if (entity == u"quot")
            result->append(u'"');
        else if (entity == u"apos")
            result->append(u'\'');
        else if (entity.startsWith(u'#')) {
            bool ok = false;
            const uint code = entity.startsWith(u"#x") ? entity.mid(2).toUInt(&ok, 16)
                                                        : entity.mid(1).toUInt(&ok, 10);
            if (!ok || code == 0 || code > 0x10FFFF)
                return false;
            const char32_t codePoint = code;
            result->append(QString::fromUcs4(&codePoint, 1));
        } else {
            return false;
        }
        i = end;
    }
    return true;
}

/// One `<text …>…</text>` line as a run; false when it is anything but a plain positioned run.
bool parseRun(const QString &line, Run *run)
{
    static const QRegularExpression attribute(QStringLiteral("([a-z-]+)=\"([^\"]*)\""));
    const qsizetype open = line.indexOf(u'>');
    const qsizetype close = line.lastIndexOf(QLatin1String("</text>"));
    if (open < 0 || close < open || close + 7 != line.size())
        return false;
    bool hasX = false;
    bool hasY = false;
    auto it = attribute.globalMatch(QStringView(line).mid(5, open - 5));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString value = m.captured(2);
        bool ok = true;
        if (name == QLatin1String("text-anchor")) {
            if (value == QLatin1String("start"))
                run->anchor = Run::Anchor::Start;
            else if (value == QLatin1String("end"))
                run->anchor = Run::Anchor::End;
            else if (value == QLatin1String("middle"))
                run->anchor = Run::Anchor::Middle;
            else
                return false;
        } else if (name == QLatin1String("x")) {
            run->baseline.setX(value.toDouble(&ok));
            hasX = true;
        } else if (name == QLatin1String("y")) {
            run->baseline.setY(value.toDouble(&ok));
            hasY = true;
        } else if (name == QLatin1String("font-family")) {
            if (!unescape(value, &run->family))
                return false;
            run->family = run->family.section(u',', 0, 0).trimmed();
        } else if (name == QLatin1String("font-size")) {
            run->size = value.toDouble(&ok);
            ok = ok && run->size > 0;
        } else if (name == QLatin1String("font-weight")) {
            if (value == QLatin1String("bold"))
                run->bold = true;
            else if (value != QLatin1String("normal"))
                return false;
        } else if (name == QLatin1String("font-style")) {
            if (value == QLatin1String("italic"))
                run->italic = true;
            else if (value != QLatin1String("normal"))
                return false;
        } else if (name == QLatin1String("fill")) {
            if (!value.startsWith(u'#') || value.size() != 7)
                return false;
            run->color = value;
        } else if (name == QLatin1String("fill-opacity")) {
            run->opacity = value.toDouble(&ok);
        } else {
            return false; // a decoration, a stretch, a path: Qt SVG draws it
        }
        if (!ok)
            return false;
    }
    return hasX && hasY && !run->color.isEmpty()
        && unescape(QStringView(line).mid(open + 1, close - open - 1), &run->text);
}

/// "scale(1 1) rotate(0) translate(4 461.15)" → the scale and the translation; false when the
/// transform is not in that form (a uniform scale, no rotation).
bool readGraphTransform(const QString &value, Split *split)
{
    static const QRegularExpression form(QStringLiteral(
        "^scale\\(([-0-9.e]+) ([-0-9.e]+)\\) rotate\\(0\\) translate\\(([-0-9.e]+) ([-0-9.e]+)\\)$"));
    const QRegularExpressionMatch m = form.match(value);
    if (!m.hasMatch() || m.captured(1) != m.captured(2))
        return false;
    split->toDocument.scale = m.captured(1).toDouble();
    split->toDocument.translate = QPointF(m.captured(3).toDouble(), m.captured(4).toDouble());
    return split->toDocument.scale > 0;
}

} // namespace

Split split(const QByteArray &svg)
{
    Split result;
    static const QRegularExpression groupOpen(QStringLiteral("^<g id=\"([^\"]*)\""));
    static const QRegularExpression transformAttribute(QStringLiteral("transform=\"([^\"]*)\""));
    const QList<QByteArray> lines = svg.split('\n');
    QByteArray kept;
    kept.reserve(svg.size());
    QStringList groups; // the ids of the open <g> elements
    bool haveTransform = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &bytes = lines.at(i);
        if (bytes.startsWith("<text ")) {
            Run run;
            run.groupId = groups.isEmpty() ? QString() : groups.constLast();
            if (haveTransform && parseRun(QString::fromUtf8(bytes), &run)) {
                result.runs.append(run);
                continue;
            }
        } else if (bytes.startsWith("<g ")) {
            const QString line = QString::fromUtf8(bytes);
            const QRegularExpressionMatch id = groupOpen.match(line);
            // A link's group (the worker writes <g id="a_…"><a …> inside an element) belongs to
            // the element around it; so does a group without an id.
            const bool own = id.hasMatch() && !id.captured(1).startsWith(QLatin1String("a_"));
            groups.append(own || groups.isEmpty() ? id.captured(1) : groups.constLast());
            if (groups.size() == 1) {
                const QRegularExpressionMatch t = transformAttribute.match(line);
                haveTransform = t.hasMatch() && readGraphTransform(t.captured(1), &result);
            }
        } else if (bytes.startsWith("</g>") && !groups.isEmpty()) {
            groups.removeLast();
        }
        kept += bytes;
        if (i + 1 < lines.size())
            kept += '\n';
    }
    result.svg = std::move(kept);
    return result;
}

} // namespace ArchDeck::SvgText
