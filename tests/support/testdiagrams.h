// DOT inputs and checks shared by the layout suites (tst_layoutengine, tst_layoutrequests,
// tst_layoutdiagnostics, tst_sanitizer, tst_render_cli, tst_graphviz_examples): a small styled
// diagram, one that crashes Graphviz 2.42, one that keeps it busy for seconds, what a test needs to
// know about an SVG (well formed? viewBox? ids?), diagnostics as the user reads them, and what an
// engine's rendered() signal delivered.
#pragma once

#include "layoutengine.h"

#include <QByteArray>
#include <QSet>
#include <QSignalSpy>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace TestDiagrams {

/// Three kinds, a cluster and a labelled edge:
/// nodes client/api/db → ad-node-N, two edges → ad-edge-N, cluster_vpc → ad-cluster-1.
inline QByteArray good()
{
    return QByteArrayLiteral("digraph G {\n"
                             "  rankdir=LR\n"
                             "  client [kind=\"client\" label=\"Browser\"]\n"
                             "  subgraph cluster_vpc {\n"
                             "    kind=\"vpc\"\n"
                             "    label=\"VPC\"\n"
                             "    api [kind=\"service\" label=\"Orders API\"]\n"
                             "    db [kind=\"database\" label=\"Orders DB\"]\n"
                             "  }\n"
                             "  client -> api [label=\"HTTPS\"]\n"
                             "  api -> db\n"
                             "}\n");
}

/// A tiny diagram that differs by `n`, for tests that need many distinct (uncached) renders.
inline QByteArray numbered(int n)
{
    return QByteArrayLiteral("digraph G {\n  a") + QByteArray::number(n)
        + QByteArrayLiteral(" [kind=\"service\"]\n  a") + QByteArray::number(n)
        + QByteArrayLiteral(" -> b [label=\"") + QByteArray::number(n)
        + QByteArrayLiteral("\"]\n}\n");
}

/// Segfaults Graphviz 2.42's dot layout (concentrate=true with these parallel edges).
inline QByteArray crashing()
{
    return QByteArrayLiteral("digraph G {\n concentrate=true;\n  a -> 4 -> b\n  a -> b\n"
                             "  a -> b\n  b -> a\n}\n");
}

/// 150 nodes and 450 random edges (fixed seed): `dot -Tsvg` needs about 8 s for it on the
/// development machine, far above the short timeouts the tests use and below every limit.
inline QByteArray slow()
{
    constexpr int kNodes = 150;
    constexpr int kEdges = 450;
    quint32 state = 42; // a fixed linear congruential sequence: the same graph everywhere
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % kNodes);
    };
    QByteArray dot = QByteArrayLiteral("digraph slow {\n");
    for (int i = 0; i < kNodes; ++i)
        dot += "  n" + QByteArray::number(i) + ";\n";
    for (int i = 0; i < kEdges; ++i) {
        const int tail = next();
        dot += "  n" + QByteArray::number(tail) + " -> n" + QByteArray::number(next()) + ";\n";
    }
    return dot + "}\n";
}

/// What the tests check about an SVG document.
struct Svg
{
    bool wellFormed = false;
    QString error; ///< the XML error, when not well formed
    QSizeF viewBoxSize; ///< width and height of the root's viewBox
    QSizeF size; ///< the root's width and height attributes in pt (Graphviz writes "365pt")
    QSet<QString> ids; ///< every id attribute, entities resolved ("ad&#45;node&#45;1" → ad-node-1)
    QStringList texts; ///< the character data of every <text>
    QStringList links; ///< every href / xlink:href value
};

inline Svg inspect(const QByteArray &bytes)
{
    Svg svg;
    QXmlStreamReader xml(bytes);
    bool inText = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == QLatin1String("svg") && svg.viewBoxSize.isEmpty()) {
                const QStringList box = attributes.value(QLatin1String("viewBox"))
                                            .toString()
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (box.size() == 4)
                    svg.viewBoxSize = QSizeF(box[2].toDouble(), box[3].toDouble());
                const auto points = [&](const char *name) {
                    QString value = attributes.value(QLatin1String(name)).toString();
                    value.remove(QLatin1String("pt"));
                    return value.toDouble();
                };
                svg.size = QSizeF(points("width"), points("height"));
            }
            if (attributes.hasAttribute(QLatin1String("id")))
                svg.ids.insert(attributes.value(QLatin1String("id")).toString());
            for (const QXmlStreamAttribute &a : attributes)
                if (a.name() == QLatin1String("href"))
                    svg.links.append(a.value().toString());
            inText = xml.name() == QLatin1String("text");
            if (inText)
                svg.texts.append(QString());
        } else if (xml.isEndElement()) {
            inText = false;
        } else if (xml.isCharacters() && inText) {
            svg.texts.last() += xml.text();
        }
    }
    svg.wellFormed = !xml.hasError();
    if (xml.hasError())
        svg.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return svg;
}

#ifdef ARCHDECK_LAYOUT_WORKER_EXE
/// Engine options that run the archdeck-layout built with the tests.
inline ArchDeck::LayoutEngine::Options workerOptions()
{
    ArchDeck::LayoutEngine::Options options;
    options.workerPath = QStringLiteral(ARCHDECK_LAYOUT_WORKER_EXE);
    return options;
}
#endif

/// `dot` as the file "in.dot".
inline ArchDeck::DiagramSource source(
    const QByteArray &dot, ArchDeck::DiagramTheme theme = ArchDeck::DiagramTheme::Light)
{
    return {dot, QStringLiteral("in.dot"), theme};
}

/// Every diagnostic as the command line prints it: "in.dot:3: syntax error near ';'".
inline QStringList messages(const ArchDeck::RenderResult &result)
{
    QStringList list;
    for (const ArchDeck::Diagnostic &d : result.diagnostics)
        list.append(d.toString());
    return list;
}

inline QString joined(const ArchDeck::RenderResult &result)
{
    return messages(result).join(QLatin1String(" | "));
}

/// A generous cap on waiting for the worker, so a hang fails instead of blocking ctest; never a
/// timing assertion.
constexpr int kPatienceMs = 60000;

/// The rendered() emissions a spy recorded, as (view, result).
struct Delivery
{
    quint64 id = 0;
    QString view;
    ArchDeck::RenderResult result;
};

inline QList<Delivery> deliveries(const QSignalSpy &spy)
{
    QList<Delivery> list;
    for (const QList<QVariant> &arguments : spy)
        list.append({arguments.at(0).toULongLong(), arguments.at(1).toString(),
            qvariant_cast<ArchDeck::RenderResult>(arguments.at(2))});
    return list;
}

} // namespace TestDiagrams
