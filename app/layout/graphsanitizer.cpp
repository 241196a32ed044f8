#include "graphsanitizer.h"

#include "graphvizmessages.h"

#include <graphviz/cgraph.h>

#include <QRegularExpression>

#include <functional>

namespace ArchDeck::GraphSanitizer {

namespace {

// Attributes that name files or search paths: Graphviz would open them.
const char *const kFileAttributes[]
    = {"image", "shapefile", "imagepath", "fontpath", "fontnames", "stylesheet"};
// Attributes that change the output's frame, so the layout geometry would no longer match the SVG
// (ArchDeck scales and fits diagrams itself).
const char *const kFrameAttributes[]
    = {"size", "ratio", "dpi", "resolution", "viewport", "rotate", "landscape", "orientation"};
// Attributes Graphviz writes into the SVG as links or titles.
const char *const kLinkAttributes[]
    = {"URL", "href", "target", "tooltip", "edgeURL", "edgehref", "edgetarget", "edgetooltip",
        "headURL", "headhref", "headtarget", "headtooltip", "tailURL", "tailhref", "tailtarget",
        "tailtooltip", "labelURL", "labelhref", "labeltarget", "labeltooltip"};

using Visit = std::function<void(void *object, int kind)>;

void forEachObject(Agraph_t *graph, const Visit &visit)
{
    visit(graph, AGRAPH);
    std::function<void(Agraph_t *)> subgraphs = [&](Agraph_t *g) {
        for (Agraph_t *sub = agfstsubg(g); sub; sub = agnxtsubg(sub)) {
            visit(sub, AGRAPH);
            subgraphs(sub);
        }
    };
    subgraphs(graph);
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        visit(n, AGNODE);
        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e))
            visit(e, AGEDGE);
    }
}

QString describe(void *object, int kind)
{
    switch (kind) {
    case AGNODE:
        return QStringLiteral("node '%1'").arg(QString::fromUtf8(agnameof(object)));
    case AGEDGE: {
        auto *e = static_cast<Agedge_t *>(object);
        return QStringLiteral("edge '%1 -> %2'")
            .arg(QString::fromUtf8(agnameof(agtail(e))), QString::fromUtf8(agnameof(aghead(e))));
    }
    default:
        return QStringLiteral("graph '%1'").arg(QString::fromUtf8(agnameof(object)));
    }
}

/// Clears `name` wherever `shouldRemove(value)` holds; one warning per attribute name.
void removeWhere(Agraph_t *graph, const char *name, const QByteArray &source,
    const QString &fileName, const QString &why,
    const std::function<bool(const QByteArray &)> &shouldRemove, Diagnostics &diagnostics)
{
    Agsym_t *symbols[3] = {};
    for (const int kind : {AGRAPH, AGNODE, AGEDGE})
        symbols[kind] = agattr(graph, kind, const_cast<char *>(name), nullptr);
    if (!symbols[AGRAPH] && !symbols[AGNODE] && !symbols[AGEDGE])
        return;

    QString first;
    int count = 0;
    int line = 0;
    forEachObject(graph, [&](void *object, int kind) {
        Agsym_t *sym = symbols[kind];
        const QByteArray value = sym ? QByteArray(agxget(object, sym)) : QByteArray();
        if (value.isEmpty() || !shouldRemove(value))
            return;
        if (count++ == 0) {
            first = describe(object, kind);
            line = GraphvizMessages::lineContaining(source, value);
        }
        agxset(object, sym, const_cast<char *>(""));
    });
    // A default declared with `node [image="…"]` would reach objects created later.
    for (Agsym_t *sym : symbols)
        if (sym && sym->defval && *sym->defval && shouldRemove(QByteArray(sym->defval)))
            agattr(graph, sym->kind, const_cast<char *>(name), const_cast<char *>(""));
    if (count == 0)
        return;
    QString message = QStringLiteral("removed '%1' from %2").arg(QLatin1String(name), first);
    if (count > 1)
        message += QStringLiteral(" and %1 more").arg(count - 1);
    diagnostics.append(
        Diagnostic::warning(fileName, line, message + QStringLiteral(" (%1)").arg(why)));
}

bool always(const QByteArray &)
{
    return true;
}

bool isHtmlWithImage(const char *value)
{
    static const QRegularExpression img(
        QStringLiteral("<\\s*img\\b"), QRegularExpression::CaseInsensitiveOption);
    return aghtmlstr(const_cast<char *>(value)) && img.match(QString::fromUtf8(value)).hasMatch();
}

} // namespace

bool isUnsafeLink(const QByteArray &value)
{
    static const QRegularExpression scheme(QStringLiteral("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const QString text = QString::fromUtf8(value);
    if (text.contains(QLatin1Char('&')) || text.contains(QLatin1Char('<'))
        || text.contains(QLatin1Char('>')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\'')))
        return true;
    const QRegularExpressionMatch m = scheme.match(text);
    if (!m.hasMatch())
        return false; // relative or plain text
    const QString s = m.captured(1).toLower();
    return s != QLatin1String("http") && s != QLatin1String("https")
        && s != QLatin1String("mailto");
}

Diagnostics sanitize(
    Agraph_t *graph, const QByteArray &source, const QString &fileName, const LayoutLimits &limits)
{
    Diagnostics diagnostics;
    const int nodes = agnnodes(graph);
    const int edges = agnedges(graph);
    if (nodes > limits.maxElements || edges > limits.maxElements) {
        diagnostics.append(Diagnostic::error(fileName, 0,
            QStringLiteral("the diagram has %1 nodes and %2 edges; the limit is %3 of each")
                .arg(nodes)
                .arg(edges)
                .arg(limits.maxElements)));
        return diagnostics;
    }

    const QString readsFiles = QStringLiteral("ArchDeck never reads files a diagram names");
    for (const char *name : kFileAttributes)
        removeWhere(graph, name, source, fileName, readsFiles, always, diagnostics);
    const QString frame = QStringLiteral("ArchDeck sizes diagrams itself");
    for (const char *name : kFrameAttributes)
        removeWhere(graph, name, source, fileName, frame, always, diagnostics);
    const QString unsafe = QStringLiteral("unsafe or invalid in SVG");
    for (const char *name : kLinkAttributes)
        removeWhere(graph, name, source, fileName, unsafe, isUnsafeLink, diagnostics);

    // HTML labels: no <IMG>; and every label within the length limit.
    const int maxLabel = limits.maxLabelLength;
    forEachObject(graph, [&](void *object, int kind) {
        Agsym_t *sym = agattr(graph, kind, const_cast<char *>("label"), nullptr);
        if (!sym)
            return;
        const char *raw = agxget(object, sym);
        const QByteArray value(raw);
        if (isHtmlWithImage(raw)) {
            const int line = std::max(GraphvizMessages::lineContaining(source, "<IMG"),
                GraphvizMessages::lineContaining(source, "<img"));
            diagnostics.append(Diagnostic::warning(fileName, line,
                QStringLiteral("removed an <IMG> label from %1 (%2)")
                    .arg(describe(object, kind), readsFiles)));
            agxset(object, sym, kind == AGNODE ? agnameof(object) : const_cast<char *>(""));
        } else if (QString::fromUtf8(value).size() > maxLabel) {
            diagnostics.append(Diagnostic::error(fileName,
                GraphvizMessages::lineContaining(source, value.left(40)),
                QStringLiteral("the label of %1 has %2 characters; the limit is %3")
                    .arg(describe(object, kind))
                    .arg(QString::fromUtf8(value).size())
                    .arg(maxLabel)));
        }
    });
    return diagnostics;
}

} // namespace ArchDeck::GraphSanitizer
