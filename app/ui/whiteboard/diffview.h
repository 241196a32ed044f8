// DiffView — the whiteboard's verdict after Check: the reference and your drawing side by side,
// each laid out by the engine, marked from the structural diff (matched green, extra orange,
// reversed amber; what you missed drawn into your layout as faded, dashed ghosts and outlined in
// red on the reference), above them the score, a legend and the "you missed" list, whose lines
// show their element on both sides. Both views zoom together; each fits its side until zoomed.
//
//   view->showDiff(reference, attempt, DiagramDiff::compare(reference, attempt), theme);
//   → "62 %", "nodes 5/8 · edges 3/10 · 1 reversed · 2 extra", "You missed: Outbox relay; …"
#pragma once

#include "diagramdiff.h"
#include "diffmarks.h"
#include "diffoverlay.h"
#include "renderresult.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace ArchDeck {

class DiagramView;
class LayoutEngine;

class DiffView : public QWidget
{
    Q_OBJECT

public:
    using Side = DiffSide;

    explicit DiffView(LayoutEngine *engine, QWidget *parent = nullptr);

    /// Lays out both sides (replacing what was shown) and marks them when they arrive.
    void showDiff(const DiagramGraph &reference, const DiagramGraph &attempt,
        const DiagramDiff &diff, DiagramTheme theme);

    /// True while either side is being laid out.
    bool isBusy() const;
    DiagramView *view(Side side) const;
    const DiffOverlay &overlay() const { return m_overlay; }

    /// The status the mark on `elementId` (a node or cluster id, an edge's "tail->head") shows
    /// on `side`: "matched", "missing", "extra", "reversed"; empty when it has no mark.
    QString overlayStatus(Side side, const QString &elementId) const;

signals:
    /// Both sides are laid out and marked (or failed, with the reason shown in their place).
    void diffShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct SidePanel
    {
        DiagramView *view = nullptr;
        QLabel *message = nullptr;
        QString viewKey;
        quint64 pending = 0;
    };

    QWidget *buildHeader();
    QWidget *buildSide(SidePanel &panel, const QString &title, const QString &objectName,
        QWidget *toolbar, int titleHeight);
    QWidget *buildZoomBar();
    void request();
    void rendered(quint64 id, const QString &viewKey, const RenderResult &result);
    void showSummary();
    void showLegend();
    void reveal(int line);
    void followZoom(DiagramView *from, double zoom);
    const LayoutElement *element(
        Side side, LayoutElement::Type type, const QString &id, int edgeIndex) const;
    SidePanel &panel(Side side) { return side == Side::Reference ? m_reference : m_attempt; }
    const SidePanel &panel(Side side) const
    {
        return side == Side::Reference ? m_reference : m_attempt;
    }

    LayoutEngine *m_engine;
    SidePanel m_reference;
    SidePanel m_attempt;
    QLabel *m_score;
    QLabel *m_counts;
    QWidget *m_legend;
    QLabel *m_missedHeading;
    QListWidget *m_missed;
    QList<QToolButton *> m_zoomButtons;

    DiagramGraph m_referenceGraph;
    DiagramDiff m_diff;
    DiffOverlay m_overlay;
    DiagramTheme m_theme = DiagramTheme::Light;
    bool m_hasDiff = false; ///< showDiff() was called: there is something to lay out again
    bool m_syncingZoom = false;
};

} // namespace ArchDeck
