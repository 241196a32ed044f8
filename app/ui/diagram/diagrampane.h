// DiagramPane — the card's architecture diagram beside its answer: a DiagramView, a toolbar
// (zoom, fit, the zoom level — a click goes to 100 % —, legend), a line naming the selected
// element, a busy indicator with Cancel for slow layouts, and a banner for errors that leaves the
// last good diagram in place. Asks LayoutEngine for every render; never blocks the GUI thread.
#pragma once

#include "renderresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QStackedLayout;
class QTimer;

namespace ArchDeck {

class CollectionStore;
class Deck;
class DiagramView;
class LayoutEngine;
struct Card;

class DiagramPane : public QWidget
{
    Q_OBJECT

public:
    DiagramPane(LayoutEngine *engine, QWidget *parent = nullptr);

    /// Lays out and shows `dot` (named `fileName` in messages) for the current theme.
    void showDiagram(const QByteArray &dot, const QString &fileName);
    /// Drops the diagram (and any layout under way) and shows `message` in its place ("Reference
    /// pages have no diagram."); the zoom buttons are disabled until the next diagram arrives.
    void showMessage(const QString &message);
    /// Renders into the engine's cache only, so a later showDiagram() of it is immediate.
    void prefetch(const QByteArray &dot, const QString &fileName);

    /// Whether the card's diagram may show yet: with the answer (Hidden until it is revealed), or
    /// before it (View ▸ Show Diagram Before the Answer).
    enum class Visibility { Hidden, Shown };
    /// The diagram of `card` in `deck` — or why there is none: no card chosen, a reference page,
    /// the answer not revealed yet, a diagram file that cannot be read. The Study and Review
    /// pages show their cards' diagrams through this.
    void showCardDiagram(const Deck &deck, const Card *card, Visibility visibility);
    /// Where showCardDiagram() finds your own versions of the diagrams (nullptr: the references
    /// only). A card with a version of yours shows it, marked in the toolbar.
    void setCollection(const CollectionStore *store) { m_store = store; }
    /// The toolbar's marker ("your version 3"); empty when the reference is shown.
    QString versionMarker() const;
    /// The toolbar's whiteboard line ("drawn 3× · best 82 % · last 61 %"); empty when the card
    /// was never drawn from memory.
    QString scoreText() const;
    /// prefetch() of `card`'s diagram, when it has one that can be read.
    void prefetchCardDiagram(const Deck &deck, const Card &card);

    DiagramView *view() const { return m_view; }
    /// Whether a diagram is on screen (with or without an error banner over it): what zooming,
    /// fitting and exporting act on.
    bool hasDiagram() const;
    bool isBusy() const;
    QString errorText() const;

signals:
    /// Emitted after every finished layout (shown or failed) — tests and the benchmark wait on it.
    void diagramShown(bool ok);
    /// hasDiagram() changed: a diagram appeared, or showMessage() dropped it.
    void hasDiagramChanged(bool hasDiagram);

protected:
    void changeEvent(QEvent *event) override;

private:
    void request();
    void rendered(quint64 id, const QString &view, const RenderResult &result);
    void describeSelection(const LayoutElement *element);
    void showLegend();
    void showZoom(double zoom);
    DiagramTheme theme() const;

    LayoutEngine *m_engine;
    const CollectionStore *m_store = nullptr;
    DiagramView *m_view;
    QLabel *m_marker;
    QLabel *m_scores;
    QStackedLayout *m_stack;
    QLabel *m_message;
    QLabel *m_banner;
    QLabel *m_selection;
    QToolButton *m_zoomLevel;
    QList<QToolButton *> m_zoomButtons; ///< enabled only while there is a diagram
    QWidget *m_busy;
    QTimer *m_busyDelay;
    QByteArray m_dot;
    QString m_fileName;
    QString m_viewKey;
    quint64 m_pending = 0;
};

} // namespace ArchDeck
