#include "selfcontainedsvg.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ArchDeck::SelfContainedSvg {

namespace {

/// Removes every `<!--…-->` and the `<!DOCTYPE …>` (plain scans: this runs on every render).
QByteArray withoutDoctypeAndComments(const QByteArray &svg)
{
    QByteArray out;
    out.reserve(svg.size());
    qsizetype at = 0;
    while (at < svg.size()) {
        const qsizetype comment = svg.indexOf("<!--", at);
        const qsizetype doctype = svg.indexOf("<!DOCTYPE", at);
        qsizetype next
            = comment < 0 ? doctype : (doctype < 0 ? comment : std::min(comment, doctype));
        if (next < 0) {
            out.append(svg.constData() + at, svg.size() - at);
            break;
        }
        out.append(svg.constData() + at, next - at);
        const bool isComment = next == comment;
        const qsizetype end = svg.indexOf(isComment ? "-->" : ">", next);
        if (end < 0)
            break; // unterminated: drop the rest, the XML check below reports it
        at = end + (isComment ? 3 : 1);
        while (at < svg.size() && svg.at(at) == '\n')
            ++at;
    }
    return out;
}

/// The first reference to something outside the SVG, or empty. Only fragment links ("#id") and
/// http(s)/mailto links may remain; images and CSS urls may not.
QByteArray externalReference(const QByteArray &svg)
{
    // `url(` only as an attribute value (fill="url(#g)"), never in text a label shows.
    for (const char *marker : {"href=\"", "<image", "\"url("}) {
        for (qsizetype at = svg.indexOf(marker); at >= 0; at = svg.indexOf(marker, at + 1)) {
            const QByteArray rest = svg.mid(at + qstrlen(marker), 8);
            if (qstrcmp(marker, "href=\"") == 0
                && (rest.startsWith('#') || rest.startsWith("http:") || rest.startsWith("https:")
                    || rest.startsWith("mailto:")))
                continue;
            if (qstrcmp(marker, "\"url(") == 0 && rest.startsWith('#'))
                continue;
            return svg.mid(at, 40);
        }
    }
    return {};
}

} // namespace

/// Graphviz passes `&name;` through when it does not know the entity; XML knows only five.
QByteArray withUnknownEntitiesEscaped(const QByteArray &svg)
{
    static const QRegularExpression unknown(
        QStringLiteral("&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)"));
    if (!svg.contains('&'))
        return svg;
    return QString::fromUtf8(svg).replace(unknown, QStringLiteral("&amp;")).toUtf8();
}

Result clean(const QByteArray &input)
{
    Result result {withUnknownEntitiesEscaped(withoutDoctypeAndComments(input)), {}};
    if (const QByteArray reference = externalReference(result.svg); !reference.isEmpty()) {
        result.problem = QStringLiteral("the SVG refers to an outside resource (%1…)")
                             .arg(QString::fromUtf8(reference));
        return result;
    }
    QXmlStreamReader xml(result.svg);
    while (!xml.atEnd())
        xml.readNext();
    if (xml.hasError())
        result.problem = QStringLiteral("the renderer produced invalid SVG (line %1: %2)")
                             .arg(xml.lineNumber())
                             .arg(xml.errorString());
    return result;
}

} // namespace ArchDeck::SelfContainedSvg
