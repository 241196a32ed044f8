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
// Root-graph attributes that change the output's frame, so the layout geometry would no longer
// match the SVG (ArchDeck scales and fits diagrams itself). On clusters and nodes `margin` and
// `orientation` mean something else and stay.
const char *const kFrameAttributes[] = {"size", "ratio", "dpi", "resolution", "viewport", "rotate",
    "landscape", "orientation", "margin"};
// Attributes holding text Graphviz draws (and may read as HTML).
const char *const kLabelAttributes[] = {"label", "xlabel", "headlabel", "taillabel"};
// Attributes Graphviz writes into the SVG as links (2.42 writes them unescaped) …
const char *const kLinkAttributes[] = {"URL", "href", "edgeURL", "edgehref", "headURL", "headhref",
    "tailURL", "tailhref", "labelURL", "labelhref"};
// … and as link targets or titles: plain text, but also written unescaped.
const char *const kLinkTextAttributes[] = {"target", "tooltip", "edgetarget", "edgetooltip",
    "headtarget", "headtooltip", "tailtarget", "tailtooltip", "labeltarget", "labeltooltip"};

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
    default: {
        // An anonymous graph ("digraph { … }") is named "%N" inside cgraph.
        const char *name = agnameof(object);
        if (!name || *name == '%')
            return object == agroot(object) ? QStringLiteral("the graph")
                                            : QStringLiteral("an anonymous subgraph");
        return QStringLiteral("graph '%1'").arg(QString::fromUtf8(name));
    }
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
    // Collect first, clear after: a subgraph that merely inherits its parent's value is not
    // counted as another place the attribute was written.
    QList<QPair<void *, Agsym_t *>> doomed;
    forEachObject(graph, [&](void *object, int kind) {
        Agsym_t *sym = symbols[kind];
        const QByteArray value = sym ? QByteArray(agxget(object, sym)) : QByteArray();
        if (value.isEmpty() || !shouldRemove(value))
            return;
        doomed.append({object, sym});
        const bool inherited = kind == AGRAPH && object != graph
            && value == QByteArray(agxget(agparent(static_cast<Agraph_t *>(object)), sym));
        if (inherited)
            return;
        if (count++ == 0) {
            first = describe(object, kind);
            line = GraphvizMessages::lineOfAttribute(source, name, value);
        }
    });
    for (const auto &[object, sym] : std::as_const(doomed))
        agxset(object, sym, const_cast<char *>(""));
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

/// Clears a root-graph-only attribute (see kFrameAttributes).
void removeFromRoot(Agraph_t *graph, const char *name, const QByteArray &source,
    const QString &fileName, const QString &why, Diagnostics &diagnostics)
{
    Agsym_t *sym = agattr(graph, AGRAPH, const_cast<char *>(name), nullptr);
    const QByteArray value = sym ? QByteArray(agxget(graph, sym)) : QByteArray();
    if (value.isEmpty())
        return;
    agxset(graph, sym, const_cast<char *>(""));
    diagnostics.append(
        Diagnostic::warning(fileName, GraphvizMessages::lineOfAttribute(source, name, value),
            QStringLiteral("removed '%1' from %2 (%3)")
                .arg(QLatin1String(name), describe(graph, AGRAPH), why)));
}

/// Sets an HTML label's text, keeping it HTML (agxset alone would store plain text).
void setHtml(void *object, Agsym_t *sym, const QByteArray &html)
{
    Agraph_t *root = agroot(object);
    char *text = agstrdup_html(root, const_cast<char *>(html.constData()));
    agxset(object, sym, text); // finds the same pooled string, HTML flag included
    agstrfree(root, text);
}

} // namespace

bool isUnsafeText(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    return text.contains(QLatin1Char('&')) || text.contains(QLatin1Char('<'))
        || text.contains(QLatin1Char('>')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\'')) || text.contains(QLatin1Char('\\'));
}

bool isUnsafeLink(const QByteArray &value)
{
    static const QRegularExpression scheme(QStringLiteral("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):"));
    const QString text = QString::fromUtf8(value);
    if (text.contains(QLatin1Char('&')) || text.contains(QLatin1Char('<'))
        || text.contains(QLatin1Char('>')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\'')))
        return true;
    // "\\N" and friends expand after this check, to whatever the node is called.
    if (text.contains(QLatin1Char('\\')))
        return true;
    const QRegularExpressionMatch m = scheme.match(text);
    if (!m.hasMatch())
        return true; // a relative path: the SVG must not point at local files
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
        removeFromRoot(graph, name, source, fileName, frame, diagnostics);
    // `layout=neato` would make gvLayout look for an engine the worker does not load (and
    // fail the whole diagram); drawing it with dot and saying so keeps the user's diagram.
    // Graphviz reads even an empty `layout` as an engine name, so it is set, not cleared.
    if (Agsym_t *layout = agattr(graph, AGRAPH, const_cast<char *>("layout"), nullptr)) {
        const QByteArray engine(agxget(graph, layout));
        if (!engine.isEmpty() && engine != "dot")
            diagnostics.append(Diagnostic::warning(fileName,
                GraphvizMessages::lineOfAttribute(source, "layout", engine),
                QStringLiteral(
                    "drew %1 with dot, not %2 (ArchDeck lays out every diagram with dot)")
                    .arg(describe(graph, AGRAPH), QString::fromUtf8(engine))));
        agxset(graph, layout, const_cast<char *>("dot"));
    }
    const QString unsafe = QStringLiteral("unsafe or invalid in SVG");
    for (const char *name : kLinkAttributes)
        removeWhere(graph, name, source, fileName, unsafe, isUnsafeLink, diagnostics);
    for (const char *name : kLinkTextAttributes)
        removeWhere(graph, name, source, fileName, unsafe, isUnsafeText, diagnostics);

    // Labels: no <IMG> in HTML labels, no unsafe HREF in their cells, every label within the
    // length limit (counted in characters, not UTF-16 units).
    static const QRegularExpression img(
        QStringLiteral("<\\s*img\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression link(
        QStringLiteral("\\s(href|url|target|title|tooltip)\\s*=\\s*\"([^\"]*)\""),
        QRegularExpression::CaseInsensitiveOption);
    const int maxLabel = limits.maxLabelLength;
    for (const char *name : kLabelAttributes) {
        forEachObject(graph, [&](void *object, int kind) {
            Agsym_t *sym = agattr(graph, kind, const_cast<char *>(name), nullptr);
            if (!sym)
                return;
            char *raw = agxget(object, sym);
            const QByteArray value(raw);
            const bool html = aghtmlstr(raw);
            QString text = QString::fromUtf8(value);
            if (html && img.match(text).hasMatch()) {
                diagnostics.append(Diagnostic::warning(fileName,
                    std::max(GraphvizMessages::lineContaining(source, "<IMG"),
                        GraphvizMessages::lineContaining(source, "<img")),
                    QStringLiteral("removed an <IMG> %1 from %2 (%3)")
                        .arg(QLatin1String(name), describe(object, kind), readsFiles)));
                agxset(object, sym,
                    kind == AGNODE && qstrcmp(name, "label") == 0 ? agnameof(object)
                                                                  : const_cast<char *>(""));
                return;
            }
            if (html && link.match(text).hasMatch()) {
                bool changed = false;
                for (auto it = link.globalMatch(text); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    if (isUnsafeLink(m.captured(2).toUtf8())) {
                        text.replace(m.captured(0), QString());
                        changed = true;
                    }
                }
                if (changed) {
                    diagnostics.append(Diagnostic::warning(fileName,
                        GraphvizMessages::lineContaining(source, "HREF"),
                        QStringLiteral("removed a link from the %1 of %2 (%3)")
                            .arg(QLatin1String(name), describe(object, kind), unsafe)));
                    setHtml(object, sym, text.toUtf8());
                }
            }
            const qsizetype characters = text.toUcs4().size();
            if (characters > maxLabel)
                diagnostics.append(Diagnostic::error(fileName,
                    GraphvizMessages::lineContaining(source, value.left(40)),
                    QStringLiteral("the %1 of %2 has %3 characters; the limit is %4")
                        .arg(QLatin1String(name), describe(object, kind))
                        .arg(characters)
                        .arg(maxLabel)));
        });
    }
    return diagnostics;
}

} // namespace ArchDeck::GraphSanitizer
