// DiagramEditor, its actions: the menu and context-menu commands that act on the canvas selection
// (rename, delete, group in a cluster, take out, change kind), each one undo step.
#include "diagrameditor.h"

#include "diagramcanvas.h"
#include "diagramedits.h"
#include "diagramkinds.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

namespace ArchDeck {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kLabel = QStringLiteral("label");

} // namespace

void DiagramEditor::createActions()
{
    // F2, Delete and Backspace act on the canvas selection only while the editor has focus;
    // the others (Ctrl+K, Ctrl+N, …) from anywhere in the window while the editor is on screen.
    const auto action = [this](const QString &text, const QString &name,
                            const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        const bool selectionKey = std::any_of(keys.cbegin(), keys.cend(), [](const QKeySequence &k) {
            return k == QKeySequence(Qt::Key_F2) || k == QKeySequence(Qt::Key_Backspace)
                || k == QKeySequence(QKeySequence::Delete);
        });
        a->setShortcutContext(selectionKey ? Qt::WidgetWithChildrenShortcut : Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions.append(a);
        return a;
    };
    action(tr("&Add Node"), QStringLiteral("addNodeAction"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
        [this] { addNode(QStringLiteral("service")); });
    m_renameAction = action(tr("&Rename"), QStringLiteral("renameAction"), {Qt::Key_F2}, [this] {
        const QList<LayoutElement> selected = m_canvas->selectedElements();
        if (!selected.isEmpty())
            renameRequested(selected.first());
    });
    m_deleteAction = action(tr("&Delete"), QStringLiteral("deleteAction"),
        {QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)}, [this] { deleteSelection(); });
    m_groupAction = action(tr("&Group in Cluster"), QStringLiteral("groupAction"),
        {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { groupSelection(); });
    m_ungroupAction = action(tr("&Take out of Cluster"), QStringLiteral("ungroupAction"),
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}, [this] { takeSelectionOutOfCluster(); });
    action(tr("&Quick Add…"), QStringLiteral("quickAddAction"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
        [this] {
            m_quickAdd->setFocus();
            m_quickAdd->selectAll();
        });
    auto *toggleText = action(tr("DOT &Text"), QStringLiteral("toggleTextAction"),
        {QKeySequence(Qt::CTRL | Qt::Key_T)}, [this] { setTextViewVisible(!isTextViewVisible()); });
    toggleText->setCheckable(true);
    toggleText->setChecked(true);
    m_kindMenu = new QMenu(tr("&Kind"), this);
    for (const QString &kind : DiagramKinds::nodeKindNames())
        m_kindMenu->addAction(kind, this, [this, kind] { setSelectionKind(kind); });
    updateActions();
}

void DiagramEditor::renameRequested(const LayoutElement &element)
{
    if (!m_document)
        return;
    const DiagramGraph &graph = m_document->graph();
    QString text;
    switch (element.type) {
    case LayoutElement::Type::Node:
        if (const DiagramNode *node = graph.node(element.id))
            text = node->label();
        break;
    case LayoutElement::Type::Edge:
        text = graph.edges.value(edgeIndex(element)).label();
        break;
    case LayoutElement::Type::Cluster:
        if (const DiagramCluster *cluster = graph.cluster(element.id))
            text = cluster->label();
        break;
    }
    m_canvas->startRename(element.svgId, text);
}

void DiagramEditor::renameCommitted(const LayoutElement &element, const QString &text)
{
    if (!m_document)
        return;
    const DiagramGraph &graph = m_document->graph();
    // A quote typed as such ends up escaped in the file, never ends the value.
    QString value = text.trimmed();
    switch (element.type) {
    case LayoutElement::Type::Node:
        apply(tr("Rename"), DiagramEdits::setNodeAttribute(graph, element.id, kLabel, value),
            element.id);
        break;
    case LayoutElement::Type::Edge:
        apply(tr("Label edge"), DiagramEdits::setEdgeAttribute(graph, edgeIndex(element), kLabel, value),
            element.head);
        break;
    case LayoutElement::Type::Cluster:
        apply(tr("Rename cluster"),
            DiagramEdits::setClusterAttribute(graph, element.id, kLabel, value));
        break;
    }
}

QStringList DiagramEditor::selectedNodeIds() const
{
    return m_canvas->selectedNodeIds();
}

void DiagramEditor::deleteSelection()
{
    if (!m_document)
        return;
    QStringList nodes;
    QList<int> edges;
    QStringList clusters;
    for (const LayoutElement &e : m_canvas->selectedElements()) {
        switch (e.type) {
        case LayoutElement::Type::Node:
            nodes += e.id;
            break;
        case LayoutElement::Type::Edge:
            edges += edgeIndex(e);
            break;
        case LayoutElement::Type::Cluster:
            clusters += e.id;
            break;
        }
    }
    if (nodes.isEmpty() && edges.isEmpty() && clusters.isEmpty())
        return;
    apply(tr("Delete"), DiagramEdits::removeElements(m_document->graph(), nodes, edges, clusters));
}

void DiagramEditor::groupSelection()
{
    const QStringList nodes = selectedNodeIds();
    if (!m_document || nodes.isEmpty())
        return;
    const DiagramGraph &graph = m_document->graph();
    const QString label = tr("Group");
    const QString id = DiagramEdits::newClusterId(graph, label);
    apply(tr("Group in cluster"),
        DiagramEdits::groupInCluster(graph, nodes, id,
            {{kKind, QStringLiteral("group")}, {kLabel, label}}),
        nodes.first());
    // Name the new cluster at once, as with a new node.
    connect(this, &DiagramEditor::layoutShown, this, [this, id](bool ok) {
        if (!ok)
            return;
        for (const LayoutElement &e : m_canvas->layout().elements)
            if (e.type == LayoutElement::Type::Cluster && e.id == id)
                renameRequested(e);
    }, Qt::SingleShotConnection);
}

void DiagramEditor::takeSelectionOutOfCluster()
{
    const QStringList nodes = selectedNodeIds();
    if (!m_document || nodes.isEmpty())
        return;
    const DiagramGraph &graph = m_document->graph();
    // One level out: into the cluster around the one that holds them.
    const DiagramCluster *holder = graph.cluster(graph.clusterOf(nodes.first()));
    if (!holder)
        return;
    apply(tr("Take out of cluster"), DiagramEdits::moveToCluster(graph, nodes, holder->parent),
        nodes.first());
}

void DiagramEditor::setSelectionKind(const QString &kind)
{
    const QStringList nodes = selectedNodeIds();
    if (!m_document || nodes.isEmpty())
        return;
    DiagramGraph graph = m_document->graph();
    for (const QString &id : nodes)
        graph = DiagramEdits::setNodeAttribute(graph, id, kKind, kind);
    apply(tr("Change kind to %1").arg(kind), graph, nodes.first());
}

void DiagramEditor::showContextMenu(const QPoint &globalPos)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_renameAction);
    menu.addMenu(m_kindMenu)->setEnabled(!selectedNodeIds().isEmpty());
    if (m_document && !m_document->graph().clusters.isEmpty() && !selectedNodeIds().isEmpty()) {
        QMenu *into = menu.addMenu(tr("&Move into"));
        for (const DiagramCluster &c : m_document->graph().clusters) {
            const QString name = c.label().isEmpty() ? c.id : QString(c.label()).replace(QLatin1String("\\n"), QLatin1String(" "));
            into->addAction(name, this, [this, id = c.id] {
                const QStringList nodes = selectedNodeIds();
                apply(tr("Move into cluster"),
                    DiagramEdits::moveToCluster(m_document->graph(), nodes, id), nodes.value(0));
            });
        }
    }
    menu.addAction(m_groupAction);
    menu.addAction(m_ungroupAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(globalPos);
}

void DiagramEditor::updateActions()
{
    const QList<LayoutElement> selected = m_canvas->selectedElements();
    const QStringList nodes = selectedNodeIds();
    m_renameAction->setEnabled(!selected.isEmpty());
    m_deleteAction->setEnabled(!selected.isEmpty());
    m_groupAction->setEnabled(!nodes.isEmpty());
    m_ungroupAction->setEnabled(
        !nodes.isEmpty() && m_document && !m_document->graph().clusterOf(nodes.first()).isEmpty());
}

} // namespace ArchDeck
