#include "drawnlabels.h"

#include <cmath>

namespace ArchDeck {

namespace {

/// The node, edge or cluster `obj` draws; edges by their out-edge, as agfstout() lists them.
void *objectOf(const obj_state_t *obj)
{
    switch (obj->type) {
    case NODE_OBJTYPE:
        return obj->u.n;
    case EDGE_OBJTYPE:
        return AGMKOUT(obj->u.e);
    case CLUSTER_OBJTYPE:
        return obj->u.sg;
    case ROOTGRAPH_OBJTYPE:
        break;
    }
    return obj->u.g;
}

/// Whether `obj` is drawing the label a LayoutElement carries: not the graph's, nor an edge's
/// head or tail label (an xlabel shares its object's state; isInExternalLabel() tells it apart).
bool drawsOwnLabel(const obj_state_t *obj)
{
    return (obj->type == NODE_OBJTYPE && obj->emit_state == EMIT_NLABEL)
        || (obj->type == EDGE_OBJTYPE && obj->emit_state == EMIT_ELABEL)
        || (obj->type == CLUSTER_OBJTYPE && obj->emit_state == EMIT_CLABEL);
}

/// Whether `p` lies in the box of the xlabel of the node or edge `obj` draws. Graphviz places
/// an xlabel outside its node and beside its edge's own label, so the boxes never share a
/// baseline point; the point to spare keeps a left-justified line, which starts on the edge.
bool isInExternalLabel(const obj_state_t *obj, pointf p)
{
    const textlabel_t *xlabel = obj->type == NODE_OBJTYPE ? ND_xlabel(obj->u.n)
        : obj->type == EDGE_OBJTYPE                       ? ED_xlabel(obj->u.e)
                                                          : nullptr;
    return xlabel && xlabel->set && std::abs(p.x - xlabel->pos.x) <= xlabel->dimen.x / 2 + 1
        && std::abs(p.y - xlabel->pos.y) <= xlabel->dimen.y / 2 + 1;
}

} // namespace

void DrawnLabels::beginObject(GVJ_t *job)
{
    m_drawnBefore = m_labels.contains(objectOf(job->obj));
    m_blockStarts = true;
}

void DrawnLabels::beginBlock(label_type type)
{
    m_blockType = type;
    m_blockStarts = true;
}

void DrawnLabels::addSpan(GVJ_t *job, pointf p, const textspan_t *span)
{
    const obj_state_t *obj = job->obj;
    if (m_drawnBefore || !span->str || !drawsOwnLabel(obj) || isInExternalLabel(obj, p))
        return;
    Label &label = m_labels[objectOf(obj)];
    const QString text = QString::fromUtf8(span->str);
    // Each span of a plain label is a line. An HTML block draws a line as several spans (one
    // per font change) on one baseline, left to right.
    if (m_blockStarts || m_blockType == LABEL_PLAIN || label.lines.isEmpty()
        || p.y != label.baseline)
        label.lines.append(text);
    else
        label.lines.last() += text;
    label.baseline = p.y;
    m_blockStarts = false;
}

QString DrawnLabels::text(void *object) const
{
    const auto found = m_labels.constFind(object);
    return found == m_labels.cend() ? QString() : found->lines.join(QLatin1Char('\n'));
}

} // namespace ArchDeck
