// DrawnLabels — the text of every node, edge and cluster label as Graphviz draws it, line by
// line: escapes resolved, \N, \G, \E… expanded, an HTML-like label reduced to the words it shows.
// SvgRenderPlugin feeds it the text spans it is asked to draw; GraphvizRenderer reads it into
// LayoutElement::label. It is taken from the drawing because Graphviz keeps an HTML label's text
// only in structures it does not install (htmltable.h), and because what is drawn is, by
// definition, what the user reads. The lines of three labels:
//   label="Order\nhandler"                               → "Order", "handler"
//   label=<<B>API</B> gateway<BR/>v2>                    → "API gateway", "v2"
//   label=<<TABLE><TR><TD>a</TD><TD>b</TD></TR></TABLE>> → "a", "b" (a cell starts a line)
#pragma once

#include <graphviz/gvc.h>
#include <graphviz/gvcjob.h>

#include <QHash>
#include <QString>
#include <QStringList>

namespace ArchDeck {

class DrawnLabels
{
public:
    /// Graphviz starts drawing the node, edge or cluster `job` is at. One drawn again (on
    /// another layer or page) keeps the text of its first drawing.
    void beginObject(GVJ_t *job);
    /// Graphviz starts a plain label, or one block of an HTML label's text (a cell's, or the
    /// whole label when it has no table).
    void beginBlock(label_type type);
    /// Graphviz draws `span` with its baseline at `p` for the object `job` is drawing.
    void addSpan(GVJ_t *job, pointf p, const textspan_t *span);

    /// The label of `object` (a node, an out-edge, a cluster), lines joined by '\n'; empty when
    /// nothing was drawn for it. Head, tail and external labels (xlabel) are not part of it.
    QString text(void *object) const;

private:
    struct Label
    {
        QStringList lines;
        double baseline = 0; ///< of the last span: an HTML line's spans share one
    };

    QHash<void *, Label> m_labels;
    bool m_drawnBefore = false; ///< the object being drawn already has its text
    bool m_blockStarts = true; ///< the next span starts a line
    label_type m_blockType = LABEL_PLAIN;
};

} // namespace ArchDeck
