#include "diagramlint.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace ArchDeck::DiagramLint {

namespace {

constexpr double kSlideWidth = 1920;
constexpr double kSlideHeight = 1080;
constexpr int kGrid = 12; ///< the bounding box is read as kGrid × kGrid cells

bool standsAlone(const LayoutElement &node)
{
    return node.kind == QLatin1String("note") || node.id.startsWith(QLatin1String("legend"));
}

/// The 1-based line that first names node `id` in `source`, 0 when it cannot be found.
int lineOf(const QByteArray &source, const QString &id)
{
    const QString escaped = QRegularExpression::escape(id);
    const QRegularExpression pattern(
        QStringLiteral("(^|[\\s;{])\"?%1\"?\\s*(\\[|;|$|->|--)").arg(escaped));
    const QStringList lines = QString::fromUtf8(source).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1String("//")) || line.startsWith(QLatin1Char('#')))
            continue;
        if (pattern.match(lines.at(i)).hasMatch())
            return i + 1;
    }
    return 0;
}

/// Union-find over node indices.
class Components
{
public:
    explicit Components(int size)
        : m_parent(size)
    {
        for (int i = 0; i < size; ++i)
            m_parent[i] = i;
    }
    int find(int i)
    {
        while (m_parent[i] != i)
            i = m_parent[i] = m_parent[m_parent[i]];
        return i;
    }
    void join(int a, int b) { m_parent[find(a)] = find(b); }

private:
    QList<int> m_parent;
};

/// The innermost `lane` cluster whose box holds the node's centre, or null.
const LayoutElement *laneOf(const LayoutElement &node, const QList<const LayoutElement *> &lanes)
{
    const LayoutElement *best = nullptr;
    for (const LayoutElement *lane : lanes)
        if (lane->box.contains(node.box.center())
            && (!best || best->box.width() * best->box.height() > lane->box.width() * lane->box.height()))
            best = lane;
    return best;
}

QString quotedIds(const QList<const LayoutElement *> &nodes)
{
    QStringList ids;
    for (const LayoutElement *node : nodes)
        ids.append(QLatin1Char('\'') + node->id + QLatin1Char('\''));
    return ids.join(QStringLiteral(", "));
}

} // namespace

SlideFill slideFill(const DiagramLayout &layout)
{
    SlideFill fill;
    const QRectF bounds = layout.bounds;
    if (bounds.width() <= 0 || bounds.height() <= 0)
        return fill;
    const double scale
        = std::min(kSlideWidth / bounds.width(), kSlideHeight / bounds.height());
    fill.aspect = bounds.width() * scale * bounds.height() * scale / (kSlideWidth * kSlideHeight);

    bool cells[kGrid][kGrid] = {};
    const double cellWidth = bounds.width() / kGrid;
    const double cellHeight = bounds.height() / kGrid;
    const auto mark = [&](const QRectF &rect) {
        const int left = std::clamp(int((rect.left() - bounds.left()) / cellWidth), 0, kGrid - 1);
        const int right = std::clamp(int((rect.right() - bounds.left()) / cellWidth), 0, kGrid - 1);
        const int top = std::clamp(int((rect.top() - bounds.top()) / cellHeight), 0, kGrid - 1);
        const int bottom
            = std::clamp(int((rect.bottom() - bounds.top()) / cellHeight), 0, kGrid - 1);
        for (int x = left; x <= right; ++x)
            for (int y = top; y <= bottom; ++y)
                cells[x][y] = true;
    };
    for (const LayoutElement &e : layout.elements) {
        if (e.type == LayoutElement::Type::Edge) {
            // The spline passes near its control points: mark a small box around each.
            for (const QPointF &p : e.path)
                mark(QRectF(p, QSizeF()).adjusted(-1, -1, 1, 1));
        } else if (e.type == LayoutElement::Type::Node) {
            mark(e.box);
        }
        // A cluster's frame alone does not fill a slide: what is inside it does.
    }
    // The largest all-empty rectangle of cells (12⁴ candidates: instant).
    int largest = 0;
    for (int left = 0; left < kGrid; ++left)
        for (int top = 0; top < kGrid; ++top)
            for (int right = left; right < kGrid; ++right) {
                if (cells[right][top])
                    break;
                for (int bottom = top; bottom < kGrid; ++bottom) {
                    bool empty = true;
                    for (int x = left; x <= right && empty; ++x)
                        empty = !cells[x][bottom];
                    if (!empty)
                        break;
                    largest = std::max(largest, (right - left + 1) * (bottom - top + 1));
                }
            }
    fill.emptyBlock = double(largest) / (kGrid * kGrid);
    return fill;
}

Diagnostics check(const DiagramLayout &layout, const QByteArray &source, const QString &fileName)
{
    Diagnostics problems;
    QList<const LayoutElement *> nodes;
    QList<const LayoutElement *> lanes;
    QHash<QString, int> indexOf;
    for (const LayoutElement &e : layout.elements) {
        if (e.type == LayoutElement::Type::Node && !standsAlone(e)) {
            indexOf.insert(e.id, int(nodes.size()));
            nodes.append(&e);
        } else if (e.type == LayoutElement::Type::Cluster && e.kind == QLatin1String("lane")) {
            lanes.append(&e);
        }
    }

    QList<int> degree(nodes.size(), 0);
    Components components(int(nodes.size()));
    for (const LayoutElement &e : layout.elements) {
        if (e.type != LayoutElement::Type::Edge)
            continue;
        const int tail = indexOf.value(e.tail, -1);
        const int head = indexOf.value(e.head, -1);
        if (tail < 0 || head < 0)
            continue; // a note's leader does not connect a node to the flow
        ++degree[tail];
        ++degree[head];
        components.join(tail, head);
    }

    QHash<int, QList<const LayoutElement *>> members;
    for (int i = 0; i < nodes.size(); ++i) {
        if (degree.at(i) == 0) {
            problems.append(Diagnostic::error(fileName, lineOf(source, nodes.at(i)->id),
                QStringLiteral("node '%1' has no edge: connect it to the flow, or make it a note")
                    .arg(nodes.at(i)->id)));
            continue;
        }
        members[components.find(i)].append(nodes.at(i));
    }
    int mainRoot = -1;
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        if (mainRoot < 0 || it.value().size() > members.value(mainRoot).size()
            || (it.value().size() == members.value(mainRoot).size() && it.key() < mainRoot))
            mainRoot = it.key();
    QList<const LayoutElement *> mainLanes;
    for (const LayoutElement *node : members.value(mainRoot))
        mainLanes.append(laneOf(*node, lanes));

    QList<int> roots = members.keys();
    std::sort(roots.begin(), roots.end());
    for (int root : std::as_const(roots)) {
        if (root == mainRoot)
            continue;
        const QList<const LayoutElement *> &group = members.value(root);
        // A comparison draws one flow per lane: a group alone in its lane is that lane's flow.
        const LayoutElement *lane = laneOf(*group.constFirst(), lanes);
        const bool ownLane = lane && !mainLanes.contains(lane)
            && std::all_of(group.cbegin(), group.cend(),
                [&](const LayoutElement *node) { return laneOf(*node, lanes) == lane; });
        if (ownLane)
            continue;
        problems.append(Diagnostic::error(fileName, lineOf(source, group.constFirst()->id),
            QStringLiteral("%1 form an island detached from the main flow: connect them to the "
                           "path they belong to")
                .arg(quotedIds(group))));
    }

    const SlideFill fill = slideFill(layout);
    if (!layout.elements.isEmpty() && fill.share() < kMinimumSlideFill)
        problems.append(Diagnostic::error(fileName, 0,
            QStringLiteral("the drawing fills %1% of a 16:9 slide (at least %2% wanted): its "
                           "shape covers %3% and %4% of that is one empty block; lay the flow "
                           "along the slide (rankdir) and fold long tails back")
                .arg(qRound(fill.share() * 100))
                .arg(qRound(kMinimumSlideFill * 100))
                .arg(qRound(fill.aspect * 100))
                .arg(qRound(fill.emptyBlock * 100))));
    return problems;
}

} // namespace ArchDeck::DiagramLint
