#include "selfcontainedsvg.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace ArchDeck::SelfContainedSvg {

Result clean(const QByteArray &input)
{
    QString text = QString::fromUtf8(input);
    static const QRegularExpression doctype(QStringLiteral("<!DOCTYPE[^>]*>\\s*"));
    static const QRegularExpression comment(
        QStringLiteral("<!--.*?-->\\s*"), QRegularExpression::DotMatchesEverythingOption);
    text.remove(doctype);
    text.remove(comment);
    Result result {text.toUtf8(), {}};

    // Only fragment links and http(s)/mailto may remain; nothing may load an external resource.
    static const QRegularExpression external(
        QStringLiteral("(?:xlink:)?href=\"(?!#|https?:|mailto:)[^\"]*\"|<image\\b|url\\((?!#)"));
    if (const auto m = external.match(text); m.hasMatch()) {
        result.problem
            = QStringLiteral("the SVG refers to an outside resource (%1)").arg(m.captured(0));
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
