// DiagramEditor — one DiagramDocument seen two ways: the canvas (DiagramCanvas, with the kind
// palette and the quick-add bar) and the DOT text (DotTextEditor). Every gesture becomes one
// DiagramEdits change pushed as one undo step; typing goes to the document, which merges bursts.
// Renders through LayoutEngine, newest request only: a stale layout is dropped, and while the
// text has an error the canvas keeps the last good diagram with the error above it.
//
//   auto *editor = new DiagramEditor(engine, this);
//   editor->setDocument(document, QStringLiteral("q04-outbox-pattern.dot"));
//   connect(editor, &DiagramEditor::layoutShown, …);     // after every finished layout
#pragma once

#include "diagramdocument.h"
#include "diagramgraph.h"
#include "renderresult.h"
#include "result.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;

namespace ArchDeck {

class DiagramCanvas;
class DotTextEditor;
class KindPalette;
class LayoutEngine;

class DiagramEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DiagramEditor(LayoutEngine *engine, QWidget *parent = nullptr);

    /// Edits `document` (not owned); `fileName` names it in error messages.
    void setDocument(DiagramDocument *document, const QString &fileName);
    DiagramDocument *document() const { return m_document; }

    DiagramCanvas *canvas() const { return m_canvas; }
    DotTextEditor *textEditor() const { return m_text; }
    KindPalette *palette() const { return m_palette; }
    QLineEdit *quickAddField() const { return m_quickAdd; }
    QString quickAddError() const;

    void setTextViewVisible(bool visible);
    bool isTextViewVisible() const;
    /// The editing actions (Add node, Rename, Delete, Group, …) for the page's menu and F1.
    QList<QAction *> editActions() const { return m_actions; }

    /// Applies the quick-add text (what the bar's Enter does); false with the error shown.
    bool quickAdd(const QString &text);
    /// Adds a node of `kind` (inside `clusterId`) and opens its name for typing.
    void addNode(const QString &kind, const QString &clusterId = {});
    /// The index in the document's graph.edges of the laid-out edge `edge`.
    int edgeIndex(const LayoutElement &edge) const;
    /// A render is under way (tests and benchmarks wait for layoutShown()).
    bool isLayoutPending() const { return m_pendingRender != 0; }

signals:
    /// A layout finished and is on the canvas (ok) or failed (the error is shown).
    void layoutShown(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void apply(const QString &description, const DiagramGraph &after, const QString &focusNodeId = {});
    void graphChanged();
    void textChanged();
    void diagnosticsChanged();
    void requestRender();
    static DiagramTheme diagramTheme();
    void rendered(quint64 id, const QString &view, const RenderResult &result);
    void parsed(quint64 id, const Result<DiagramGraph> &result);
    void renameRequested(const LayoutElement &element);
    void renameCommitted(const LayoutElement &element, const QString &text);
    void deleteSelection();
    void groupSelection();
    void takeSelectionOutOfCluster();
    void setSelectionKind(const QString &kind);
    void showContextMenu(const QPoint &globalPos);
    void updateActions();
    QStringList selectedNodeIds() const;

    LayoutEngine *m_engine;
    QPointer<DiagramDocument> m_document;
    QString m_fileName;
    QString m_viewKey;
    KindPalette *m_palette;
    DiagramCanvas *m_canvas;
    DotTextEditor *m_text;
    QSplitter *m_splitter;
    QLabel *m_banner;
    QLabel *m_emptyHint; ///< over an empty canvas: how to start
    QLineEdit *m_quickAdd;
    QLabel *m_quickAddError;
    QList<QAction *> m_actions;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_groupAction = nullptr;
    QAction *m_ungroupAction = nullptr;
    QMenu *m_kindMenu = nullptr;

    quint64 m_pendingRender = 0;
    QHash<quint64, QByteArray> m_pendingParses; ///< request id → the text it parses
    QString m_focusNode; ///< the node the last edit was about: it keeps its place on screen
    QString m_renameAfterLayout; ///< a node just added: its name opens for typing
};

} // namespace ArchDeck
