#include "kindstyles.h"

#include "diagramkinds.h"
#include "graphvizmessages.h"

#include <graphviz/cgraph.h>

#include <QSet>

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
    {"az", "rounded,dashed,filled", "#f1f5f9", "#94a3b8", "#25282d", "#6b7280"},
    {"vpc", "rounded,filled", "#f0fdf4", "#16a34a", "#1b2a20", "#4ade80"},
    {"subnet", "rounded,dotted,filled", "#ffffff", "#16a34a", "#1f2226", "#4ade80"},
    {"boundary", "rounded,filled", "#eff6ff", "#3b82f6", "#1c2534", "#60a5fa"},
    {"lane", "rounded,filled", "#f8fafc", "#cbd5e1", "#23262b", "#4b5563"},
    {"group", "rounded", "#ffffff", "#94a3b8", "#1d1f22", "#6b7280"},
};

const char *kFont = "DejaVu Sans";
const char *kFontSize = "14"; // with the slide-fit check, ≥ 14 px on a 1920×1080 slide

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
        const_cast<char *>(""));
}

/// "client, actor, …" for messages about unknown kinds.
QString names(const QList<DiagramKinds::Kind> &kinds)
{
    QStringList list;
    for (const DiagramKinds::Kind &k : kinds)
        list.append(k.name);
    return list.join(QStringLiteral(", "));
}

const NodeStyle *findNodeStyle(const QByteArray &kind)
{
    for (const NodeStyle &s : kNodeStyles)
        if (kind == s.kind)
            return &s;
    return nullptr;
}

QByteArray get(void *object, const char *name)
{
    return QByteArray(agget(object, const_cast<char *>(name)));
}

void styleClusters(Agraph_t *graph, DiagramTheme theme, const QByteArray &source,
    const QString &fileName, Diagnostics &diagnostics)
{
    const bool dark = theme == DiagramTheme::Dark;
    for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
        if (QByteArray(agnameof(sub)).startsWith("cluster")) {
            const QByteArray kind = get(sub, "kind");
            const ClusterStyle *style = &kClusterStyles[std::size(kClusterStyles) - 1];
            bool known = kind.isEmpty();
            for (const ClusterStyle &s : kClusterStyles)
                if (kind == s.kind) {
                    style = &s;
                    known = true;
                }
            if (!known)
                diagnostics.append(Diagnostic::warning(fileName,
                    GraphvizMessages::lineOfAttribute(source, "kind", kind),
                    QStringLiteral("unknown cluster kind '%1' in '%2' (known: %3)")
                        .arg(QString::fromUtf8(kind), QString::fromUtf8(agnameof(sub)),
                            names(DiagramKinds::clusterKinds()))));
            set(sub, "style", style->style);
            set(sub, "fillcolor", dark ? style->darkFill : style->lightFill);
            set(sub, "color", dark ? style->darkStroke : style->lightStroke);
            set(sub, "fontcolor", dark ? kDark.text : kLight.text);
            set(sub, "fontname", kFont);
            set(sub, "fontsize", kFontSize);
            set(sub, "labeljust", "l");
            set(sub, "margin", "12");
        }
        styleClusters(sub, theme, source, fileName, diagnostics);
    }
}

} // namespace

Diagnostics apply(
    Agraph_t *graph, DiagramTheme theme, const QByteArray &source, const QString &fileName)
{
    Diagnostics diagnostics;
    const bool dark = theme == DiagramTheme::Dark;
    const Palette &palette = dark ? kDark : kLight;

    set(graph, "bgcolor", palette.background);
    set(graph, "fontname", kFont);
    set(graph, "fontsize", kFontSize);
    set(graph, "fontcolor", palette.text);

    QSet<QByteArray> reported;
    for (Agnode_t *n = agfstnode(graph); n; n = agnxtnode(graph, n)) {
        set(n, "fontname", kFont);
        set(n, "fontsize", kFontSize);
        set(n, "fontcolor", palette.text);
        set(n, "penwidth", "1.4");
        const QByteArray kind = get(n, "kind");
        const NodeStyle *style = findNodeStyle(kind);
        if (!style && !kind.isEmpty() && !reported.contains(kind)) {
            reported.insert(kind);
            diagnostics.append(Diagnostic::warning(fileName,
                GraphvizMessages::lineOfAttribute(source, "kind", kind),
                QStringLiteral("unknown kind '%1' on node '%2' (known: %3)")
                    .arg(QString::fromUtf8(kind), QString::fromUtf8(agnameof(n)),
                        names(DiagramKinds::nodeKinds()))));
        }
        if (style) {
            set(n, "shape", style->shape);
            set(n, "style", style->style);
        } else {
            // A node without a known kind keeps its own shape, in neutral colours.
            style = findNodeStyle("step");
            if (get(n, "shape").isEmpty())
                set(n, "shape", "box");
            const QByteArray own = get(n, "style");
            if (!own.contains("filled"))
                set(n, "style", own.isEmpty() ? QByteArray("filled") : own + ",filled");
        }
        set(n, "fillcolor", dark ? style->darkFill : style->lightFill);
        set(n, "color", dark ? style->darkStroke : style->lightStroke);
        set(n, "margin", "0.18,0.08");

        for (Agedge_t *e = agfstout(graph, n); e; e = agnxtout(graph, e)) {
            set(e, "fontname", kFont);
            set(e, "fontsize", kFontSize);
            set(e, "fontcolor", palette.muted);
            set(e, "color", palette.muted);
            set(e, "penwidth", "1.3");
            set(e, "arrowsize", "0.8");
        }
    }
    styleClusters(graph, theme, source, fileName, diagnostics);
    return diagnostics;
}

} // namespace ArchDeck::KindStyles
