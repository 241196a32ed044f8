#include "kindstyles.h"

#include "diagramkinds.h"
#include "graphvizmessages.h"

#include <graphviz/cgraph.h>

#include <QSet>

#include <cstring>

namespace ArchDeck::KindStyles {

namespace {

struct Palette
{
    const char *background;
    const char *text;
    const char *muted; ///< edges, edge labels
};

const Palette kLight = {"#ffffff", "#1f2937", "#475569"};
const Palette kDark = {"#1d1f22", "#e5e7eb", "#9ca3af"};

/// One kind: a Graphviz shape and style, and fill/stroke for each theme (6-digit hex: 2.42
/// rejects "#abc").
struct NodeStyle
{
    const char *kind;
    const char *shape;
    const char *style;
    const char *lightFill;
    const char *lightStroke;
    const char *darkFill;
    const char *darkStroke;
};

const NodeStyle kNodeStyles[] = {
    {"client", "box", "rounded,filled", "#e0f2fe", "#0369a1", "#0c2d44", "#7dd3fc"},
    {"actor", "box", "rounded,filled,bold", "#fef9c3", "#a16207", "#3b3210", "#fde047"},
    {"gateway", "hexagon", "filled", "#ede9fe", "#6d28d9", "#2a2148", "#c4b5fd"},
    {"loadbalancer", "invtrapezium", "filled", "#f3e8ff", "#7e22ce", "#2f1d45", "#d8b4fe"},
    {"endpoint", "house", "filled", "#f3e8ff", "#7e22ce", "#2f1d45", "#d8b4fe"},
    {"router", "septagon", "filled", "#f3e8ff", "#7e22ce", "#2f1d45", "#d8b4fe"},
    {"service", "box", "rounded,filled", "#dbeafe", "#1d4ed8", "#172a4f", "#93c5fd"},
    {"function", "component", "filled", "#ffedd5", "#c2410c", "#43240f", "#fdba74"},
    {"queue", "cds", "filled", "#fce7f3", "#be185d", "#431a30", "#f9a8d4"},
    {"topic", "ellipse", "filled", "#fae8ff", "#a21caf", "#3d1942", "#f0abfc"},
    {"stream", "parallelogram", "filled", "#e0e7ff", "#4338ca", "#1f2250", "#a5b4fc"},
    {"database", "cylinder", "filled", "#dcfce7", "#15803d", "#12311f", "#86efac"},
    {"cache", "box3d", "filled", "#fee2e2", "#b91c1c", "#451818", "#fca5a5"},
    {"storage", "folder", "filled", "#ccfbf1", "#0f766e", "#0f302d", "#5eead4"},
    {"scheduler", "invhouse", "filled", "#fef3c7", "#b45309", "#3d2b0e", "#fcd34d"},
    {"worker", "box", "filled", "#e0f2f1", "#0f766e", "#11302e", "#5eead4"},
    {"external", "box", "rounded,dashed,filled", "#f1f5f9", "#64748b", "#25292e", "#94a3b8"},
    {"identity", "octagon", "filled", "#ffe4e6", "#be123c", "#3f1620", "#fda4af"},
    {"secrets", "doubleoctagon", "filled", "#cffafe", "#0e7490", "#0f2f36", "#67e8f9"},
    {"firewall", "box", "filled,diagonals", "#ffedd5", "#9a3412", "#3a2010", "#fb923c"},
    {"monitor", "tab", "filled", "#ecfccb", "#4d7c0f", "#263313", "#bef264"},
    {"decision", "diamond", "filled", "#fff7ed", "#c2410c", "#3a2612", "#fdba74"},
    {"state", "ellipse", "filled", "#e0f2fe", "#0369a1", "#0c2d44", "#7dd3fc"},
    {"step", "box", "filled", "#f8fafc", "#334155", "#2a2e34", "#cbd5e1"},
    {"note", "note", "filled", "#fefce8", "#a16207", "#33301a", "#fde68a"},
};

struct ClusterStyle
{
    const char *kind;
    const char *style;
    const char *lightFill;
    const char *lightStroke;
    const char *darkFill;
    const char *darkStroke;
};

const ClusterStyle kClusterStyles[] = {
    {"region", "rounded,dashed,filled", "#f8fafc", "#64748b", "#212428", "#64748b"},
    {"az", "rounded,dashed,filled", "#f1f5f9", "#6b7280", "#25282d", "#6b7280"},
    {"vpc", "rounded,filled", "#f0fdf4", "#16a34a", "#1b2a20", "#4ade80"},
    {"subnet", "rounded,dotted,filled", "#ffffff", "#16a34a", "#1f2226", "#4ade80"},
    {"boundary", "rounded,filled", "#eff6ff", "#3b82f6", "#1c2534", "#60a5fa"},
    {"lane", "rounded,filled", "#f8fafc", "#7c8798", "#23262b", "#737b88"},
    {"group", "rounded", "#ffffff", "#7c8798", "#1d1f22", "#6b7280"},
};

const char *kFont = "DejaVu Sans";
const char *kFontSize = "14"; // with the slide-fit check, ≥ 14 px on a 1920×1080 slide

/// An attribute declared once per graph and then set on each object: agsafeset() would look
/// the name up again for every node and edge (styling was a tenth of a render, bench_layout).
class Attribute
{
public:
    Attribute(Agraph_t *root, int objectKind, const char *name)
        : m_symbol(agattr(root, objectKind, const_cast<char *>(name), nullptr))
    {
        if (!m_symbol)
            m_symbol = agattr(root, objectKind, const_cast<char *>(name), const_cast<char *>(""));
    }
    void set(void *object, const char *value) const
    {
        agxset(object, m_symbol, const_cast<char *>(value));
    }

private:
    Agsym_t *m_symbol;
};

/// "client, actor, …" for messages about unknown kinds.
QString names(const QList<DiagramKinds::Kind> &kinds)
{
    QStringList list;
    for (const DiagramKinds::Kind &k : kinds)
        list.append(k.name);
    return list.join(QStringLiteral(", "));
}

const NodeStyle *findNodeStyle(const char *kind)
{
    for (const NodeStyle &s : kNodeStyles)
        if (std::strcmp(kind, s.kind) == 0)
            return &s;
    return nullptr;
}

/// The attribute's value, "" when unset or undeclared.
const char *get(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? value : "";
}

struct ClusterAttributes
{
    explicit ClusterAttributes(Agraph_t *root)
        : style(root, AGRAPH, "style")
        , fillcolor(root, AGRAPH, "fillcolor")
        , color(root, AGRAPH, "color")
        , fontcolor(root, AGRAPH, "fontcolor")
        , fontname(root, AGRAPH, "fontname")
        , fontsize(root, AGRAPH, "fontsize")
        , labeljust(root, AGRAPH, "labeljust")
        , margin(root, AGRAPH, "margin")
    { }
    Attribute style, fillcolor, color, fontcolor, fontname, fontsize, labeljust, margin;
};

void styleClusters(Agraph_t *graph, const ClusterAttributes &attributes, DiagramTheme theme,
    const QByteArray &source, const QString &fileName, Diagnostics &diagnostics)
{
    const bool dark = theme == DiagramTheme::Dark;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        if (std::strncmp(agnameof(sub), "cluster", 7) == 0) {
            const char *kind = get(sub, "kind");
            const ClusterStyle *style = &kClusterStyles[std::size(kClusterStyles) - 1];
            bool known = !*kind;
            for (const ClusterStyle &s : kClusterStyles)
                if (std::strcmp(kind, s.kind) == 0) {
                    style = &s;
                    known = true;
                }
            if (!known)
                diagnostics.append(Diagnostic::warning(fileName,
                    GraphvizMessages::lineOfAttribute(source, "kind", kind),
                    QStringLiteral("unknown cluster kind '%1' in '%2' (known: %3)")
                        .arg(QString::fromUtf8(kind), QString::fromUtf8(agnameof(sub)),
                            names(DiagramKinds::clusterKinds()))));
            attributes.style.set(sub, style->style);
            attributes.fillcolor.set(sub, dark ? style->darkFill : style->lightFill);
            attributes.color.set(sub, dark ? style->darkStroke : style->lightStroke);
            attributes.fontcolor.set(sub, dark ? kDark.text : kLight.text);
            attributes.fontname.set(sub, kFont);
            attributes.fontsize.set(sub, kFontSize);
            attributes.labeljust.set(sub, "l");
            attributes.margin.set(sub, "12");
        }
        styleClusters(sub, attributes, theme, source, fileName, diagnostics);
    }
}

} // namespace

QList<ContrastPair> contrastPairs(DiagramTheme theme)
{
    const bool dark = theme == DiagramTheme::Dark;
    const Palette &palette = dark ? kDark : kLight;
    constexpr double kText = 4.5;
    constexpr double kLine = 3.0;
    QList<ContrastPair> pairs;
    const auto add = [&](const QString &what, const char *foreground, const char *background,
                         double minimum) {
        pairs.append({what, QByteArray(foreground), QByteArray(background), minimum});
    };
    // Everything an edge or a cluster title can be drawn on: the page and every cluster fill.
    QList<QPair<QString, const char *>> surfaces {{QStringLiteral("the page"), palette.background}};
    for (const ClusterStyle &c : kClusterStyles)
        surfaces.append({QStringLiteral("a %1 cluster").arg(QLatin1String(c.kind)),
            dark ? c.darkFill : c.lightFill});
    for (const auto &[where, fill] : std::as_const(surfaces)) {
        add(QStringLiteral("edge label on %1").arg(where), palette.muted, fill, kText);
        add(QStringLiteral("edge line on %1").arg(where), palette.muted, fill, kLine);
        add(QStringLiteral("cluster title on %1").arg(where), palette.text, fill, kText);
    }
    for (const NodeStyle &n : kNodeStyles) {
        const QString kind = QLatin1String(n.kind);
        add(QStringLiteral("%1 label on its fill").arg(kind), palette.text,
            dark ? n.darkFill : n.lightFill, kText);
        for (const auto &[where, fill] : std::as_const(surfaces))
            add(QStringLiteral("%1 outline on %2").arg(kind, where),
                dark ? n.darkStroke : n.lightStroke, fill, kLine);
    }
    for (const ClusterStyle &c : kClusterStyles) {
        const QString kind = QLatin1String(c.kind);
        add(QStringLiteral("%1 cluster frame on its fill").arg(kind),
            dark ? c.darkStroke : c.lightStroke, dark ? c.darkFill : c.lightFill, kLine);
        add(QStringLiteral("%1 cluster frame on the page").arg(kind),
            dark ? c.darkStroke : c.lightStroke, palette.background, kLine);
    }
    return pairs;
}

Diagnostics apply(
    Agraph_t *graph, DiagramTheme theme, const QByteArray &source, const QString &fileName)
{
    Diagnostics diagnostics;
    const bool dark = theme == DiagramTheme::Dark;
    const Palette &palette = dark ? kDark : kLight;

    agsafeset(graph, const_cast<char *>("bgcolor"), const_cast<char *>(palette.background),
        const_cast<char *>(""));
    const ClusterAttributes clusterAttributes(graph);
    clusterAttributes.fontname.set(graph, kFont);
    clusterAttributes.fontsize.set(graph, kFontSize);
    clusterAttributes.fontcolor.set(graph, palette.text);

    const Attribute nodeFontname(graph, AGNODE, "fontname");
    const Attribute nodeFontsize(graph, AGNODE, "fontsize");
    const Attribute nodeFontcolor(graph, AGNODE, "fontcolor");
    const Attribute nodePenwidth(graph, AGNODE, "penwidth");
    const Attribute nodeShape(graph, AGNODE, "shape");
    const Attribute nodeStyle(graph, AGNODE, "style");
    const Attribute nodeFillcolor(graph, AGNODE, "fillcolor");
    const Attribute nodeColor(graph, AGNODE, "color");
    const Attribute nodeMargin(graph, AGNODE, "margin");
    const Attribute edgeFontname(graph, AGEDGE, "fontname");
    const Attribute edgeFontsize(graph, AGEDGE, "fontsize");
    const Attribute edgeFontcolor(graph, AGEDGE, "fontcolor");
    const Attribute edgeColor(graph, AGEDGE, "color");
    const Attribute edgePenwidth(graph, AGEDGE, "penwidth");
    const Attribute edgeArrowsize(graph, AGEDGE, "arrowsize");

    QSet<QByteArray> reported;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        nodeFontname.set(n, kFont);
        nodeFontsize.set(n, kFontSize);
        nodeFontcolor.set(n, palette.text);
        nodePenwidth.set(n, "1.4");
        const char *kind = get(n, "kind");
        const NodeStyle *style = findNodeStyle(kind);
        if (!style && *kind && !reported.contains(kind)) {
            reported.insert(kind);
            diagnostics.append(Diagnostic::warning(fileName,
                GraphvizMessages::lineOfAttribute(source, "kind", kind),
                QStringLiteral("unknown kind '%1' on node '%2' (known: %3)")
                    .arg(QString::fromUtf8(kind), QString::fromUtf8(agnameof(n)),
                        names(DiagramKinds::nodeKinds()))));
        }
        if (style) {
            nodeShape.set(n, style->shape);
            nodeStyle.set(n, style->style);
        } else {
            // A node without a known kind keeps its own shape, in neutral colours.
            style = findNodeStyle("step");
            if (!*get(n, "shape"))
                nodeShape.set(n, "box");
            const QByteArray own = get(n, "style");
            if (!own.contains("filled"))
                nodeStyle.set(
                    n, own.isEmpty() ? "filled" : QByteArray(own + ",filled").constData());
        }
        nodeFillcolor.set(n, dark ? style->darkFill : style->lightFill);
        nodeColor.set(n, dark ? style->darkStroke : style->lightStroke);
        nodeMargin.set(n, "0.18,0.08");

        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            edgeFontname.set(e, kFont);
            edgeFontsize.set(e, kFontSize);
            edgeFontcolor.set(e, palette.muted);
            edgeColor.set(e, palette.muted);
            // A dotted line (a note's leader) is dots: a wider pen keeps them visible in dark.
            edgePenwidth.set(e, QByteArray(get(e, "style")).contains("dotted") ? "1.8" : "1.3");
            edgeArrowsize.set(e, "0.8");
        }
    }
    styleClusters(graph, clusterAttributes, theme, source, fileName, diagnostics);
    return diagnostics;
}

} // namespace ArchDeck::KindStyles
