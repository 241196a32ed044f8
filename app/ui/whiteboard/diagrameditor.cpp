#include "diagrameditor.h"

#include "diagramcanvas.h"
#include "diagramdocument.h"
#include "diagramedits.h"
#include "diagramkinds.h"
#include "dotwriter.h"
#include "dottexteditor.h"
#include "kindpalette.h"
#include "layoutengine.h"
#include "quickadd.h"
#include "theme.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kLabel = QStringLiteral("label");

/// "queue" → "Queue", the name a new node starts with.
QString titleCase(const QString &word)
{
    return word.isEmpty() ? word : word.front().toUpper() + word.mid(1);
}

} // namespace

DiagramEditor::DiagramEditor(LayoutEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_viewKey(QStringLiteral("editor-%1").arg(quintptr(this)))
    , m_palette(new KindPalette(engine, this))
    , m_canvas(new DiagramCanvas(this))
    , m_text(new DotTextEditor(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_banner(new QLabel(this))
    , m_emptyHint(new QLabel(m_canvas->viewport()))
    , m_quickAdd(new QLineEdit(this))
    , m_quickAddError(new QLabel(this))
{
    setObjectName(QStringLiteral("diagramEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_banner->setObjectName(QStringLiteral("editorError"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fde68a; color: #422006; border: 1px solid #d97706;"
                       " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *canvasSide = new QWidget(this);
    auto *canvasLayout = new QHBoxLayout(canvasSide);
    canvasLayout->setContentsMargins(0, 0, 0, 0);
    canvasLayout->setSpacing(4);
    m_palette->setMaximumWidth(m_palette->minimumWidth() + 8);
    canvasLayout->addWidget(m_palette);
    canvasLayout->addWidget(m_canvas, 1);
    m_splitter->addWidget(canvasSide);
    m_splitter->addWidget(m_text);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({700, 300}); // the canvas first: the text is for precise work
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_quickAdd->setObjectName(QStringLiteral("quickAdd"));
    m_quickAdd->setPlaceholderText(
        tr("Quick add — client -> alb -> orders -> db:database   (Enter adds, Ctrl+K comes here)"));
    m_quickAdd->setClearButtonEnabled(true);
    layout->addWidget(m_quickAdd);
    m_quickAddError->setObjectName(QStringLiteral("quickAddError"));
    m_quickAddError->setWordWrap(true);
    m_quickAddError->setStyleSheet(QStringLiteral("QLabel { color: #dc2626; }"));
    m_quickAddError->hide();
    layout->addWidget(m_quickAddError);

    connect(m_quickAdd, &QLineEdit::returnPressed, this, [this] {
        if (quickAdd(m_quickAdd->text()))
            m_quickAdd->clear();
    });
    connect(m_quickAdd, &QLineEdit::textEdited, this, [this] { m_quickAddError->hide(); });
    connect(m_palette, &KindPalette::kindChosen, this, [this](const QString &kind) {
        const QStringList selected = selectedNodeIds();
        // With one node selected, the new node goes into that node's cluster.
        addNode(kind,
            selected.size() == 1 && m_document ? m_document->graph().clusterOf(selected.first())
                                               : QString());
    });
    connect(m_canvas, &DiagramCanvas::addRequested, this, &DiagramEditor::addNode);
    connect(m_canvas, &DiagramCanvas::connectRequested, this,
        [this](const QString &tail, const QString &head) {
            if (m_document)
                apply(tr("Connect"), DiagramEdits::addEdge(m_document->graph(), {tail, head, {}}),
                    head);
        });
    connect(m_canvas, &DiagramCanvas::moveToClusterRequested, this,
        [this](const QStringList &ids, const QString &cluster) {
            if (m_document)
                apply(cluster.isEmpty() ? tr("Take out of cluster") : tr("Move into cluster"),
                    DiagramEdits::moveToCluster(m_document->graph(), ids, cluster), ids.value(0));
        });
    connect(m_canvas, &DiagramCanvas::renameRequested, this, &DiagramEditor::renameRequested);
    connect(m_canvas, &DiagramCanvas::renameCommitted, this, &DiagramEditor::renameCommitted);
    connect(m_canvas, &DiagramCanvas::deleteRequested, this, &DiagramEditor::deleteSelection);
    connect(m_canvas, &DiagramCanvas::contextMenuRequested, this, &DiagramEditor::showContextMenu);
    connect(m_canvas, &DiagramView::selectedElementChanged, this, &DiagramEditor::updateActions);
    connect(m_text, &DotTextEditor::textEdited, this, [this](const QByteArray &text) {
        if (m_document)
            m_document->editText(text);
    });
    connect(m_engine, &LayoutEngine::rendered, this, &DiagramEditor::rendered);
    connect(m_engine, &LayoutEngine::parsed, this, &DiagramEditor::parsed);
    m_emptyHint->setObjectName(QStringLiteral("emptyCanvasHint"));
    m_emptyHint->setText(tr("<p style='font-size: large;'><b>An empty whiteboard</b></p>"
                            "<p>Click a kind on the left — or double-click here — to add a node.<br>"
                            "Drag from one node to another to connect them.<br>"
                            "Or type in the quick-add bar below:<br>"
                            "<code>client -&gt; alb -&gt; orders -&gt; db:database</code></p>"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->hide();
    m_canvas->viewport()->installEventFilter(this);
    createActions();
    m_text->setCompletionWords(DiagramKinds::nodeKindNames(), {});
    m_canvas->setBackgroundBrush(DiagramView::canvasColor(
        Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light));
}

void DiagramEditor::setDocument(DiagramDocument *document, const QString &fileName)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_fileName = fileName;
    m_pendingParses.clear();
    m_focusNode.clear();
    m_renameAfterLayout.clear();
    if (!m_document)
        return;
    connect(m_document, &DiagramDocument::graphChanged, this, &DiagramEditor::graphChanged);
    connect(m_document, &DiagramDocument::textChanged, this, &DiagramEditor::textChanged);
    connect(m_document, &DiagramDocument::diagnosticsChanged, this,
        &DiagramEditor::diagnosticsChanged);
    connect(m_document, &DiagramDocument::parseRequested, this, [this](const QByteArray &text) {
        // What parses is laid out next (graphChanged → requestRender): the worker starts on it
        // right after answering, so the render joins it instead of a second round trip.
        m_pendingParses.insert(m_engine->parse(text, m_fileName, diagramTheme()), text);
    });
    m_canvas->clear();
    textChanged();
    diagnosticsChanged();
    if (!m_document->isLoading())
        graphChanged(); // else the parse brings the graph, and the layout with it
}

QString DiagramEditor::quickAddError() const
{
    return m_quickAddError->isVisible() ? m_quickAddError->text() : QString();
}

void DiagramEditor::setTextViewVisible(bool visible)
{
    m_text->setVisible(visible);
    for (QAction *a : std::as_const(m_actions))
        if (a->objectName() == QLatin1String("toggleTextAction"))
            a->setChecked(visible);
}

bool DiagramEditor::isTextViewVisible() const
{
    return m_text->isVisible();
}

void DiagramEditor::apply(
    const QString &description, const DiagramGraph &after, const QString &focusNodeId)
{
    if (!m_document)
        return;
    m_focusNode = focusNodeId;
    m_document->applyEdit(description, after);
}

bool DiagramEditor::quickAdd(const QString &text)
{
    if (!m_document || text.trimmed().isEmpty())
        return false;
    if (m_document->isLoading()) {
        // The document would drop the edit (its graph is not the text's yet): keep the text in
        // the bar and say why, rather than lose it.
        m_quickAddError->setText(tr("The diagram is still being read — press Enter again in a "
                                    "moment."));
        m_quickAddError->show();
        return false;
    }
    const Result<DiagramGraph> added = QuickAdd::apply(m_document->graph(), text);
    if (!added.isOk()) {
        const Diagnostic &d = added.diagnostics.constFirst();
        m_quickAddError->setText(d.column > 0
                ? tr("Column %1: %2").arg(d.column).arg(d.message)
                : d.message);
        m_quickAddError->show();
        return false;
    }
    m_quickAddError->hide();
    QString focus;
    if (!added.value.nodes.isEmpty())
        focus = added.value.nodes.constLast().id;
    apply(tr("Quick add"), added.value, focus);
    return true;
}

void DiagramEditor::addNode(const QString &kind, const QString &clusterId)
{
    if (!m_document)
        return;
    const DiagramGraph &graph = m_document->graph();
    QString label = titleCase(kind);
    const QString id = DiagramEdits::newNodeId(graph, label);
    if (id != DiagramEdits::newNodeId({}, label)) // "Queue 2" when a "Queue" exists
        label += QLatin1Char(' ') + id.section(QLatin1Char('_'), -1);
    DiagramNode node {id, {{kKind, kind}, {kLabel, label}}};
    m_renameAfterLayout = id;
    apply(tr("Add %1").arg(kind), DiagramEdits::addNode(graph, node, clusterId), id);
}

int DiagramEditor::edgeIndex(const LayoutElement &edge) const
{
    if (!m_document)
        return -1;
    // The layout lists a graph's edges in its own order, which keeps the order of parallel edges:
    // the k-th laid-out a→b is the k-th a→b of the graph.
    int occurrence = 0;
    for (const LayoutElement &e : m_canvas->layout().elements) {
        if (&e == &edge || e.svgId == edge.svgId)
            break;
        if (e.type == LayoutElement::Type::Edge && e.tail == edge.tail && e.head == edge.head)
            ++occurrence;
    }
    const DiagramGraph &graph = m_document->graph();
    for (int i = 0; i < graph.edges.size(); ++i) {
        const DiagramEdge &e = graph.edges.at(i);
        const bool same = (e.tail == edge.tail && e.head == edge.head)
            || (!graph.directed && e.tail == edge.head && e.head == edge.tail);
        if (same && occurrence-- == 0)
            return i;
    }
    return -1;
}

bool DiagramEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas->viewport() && event->type() == QEvent::Resize)
        m_emptyHint->setGeometry(m_canvas->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void DiagramEditor::graphChanged()
{
    if (!m_document)
        return;
    m_emptyHint->setGeometry(m_canvas->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyHint->setVisible(m_document->graph().nodes.isEmpty() && !m_document->isLoading());
    QStringList ids;
    for (const DiagramNode &n : m_document->graph().nodes)
        ids += n.id;
    m_text->setCompletionWords(DiagramKinds::nodeKindNames(), ids);
    requestRender();
}

void DiagramEditor::textChanged()
{
    if (m_document && m_text->dotText() != m_document->text())
        m_text->setDotText(m_document->text());
}

void DiagramEditor::diagnosticsChanged()
{
    if (!m_document)
        return;
    const Diagnostics diagnostics = m_document->diagnostics();
    m_text->setDiagnostics(diagnostics);
    QStringList errors;
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            errors += d.toString();
    const QString consequence = m_document->graph().nodes.isEmpty() && !m_canvas->hasDiagram()
        ? tr("Nothing can be drawn until the text reads; fix it in the text view (Ctrl+T) — "
             "the line is marked there.")
        : tr("The canvas shows the last diagram that worked; fix the text to go on.");
    m_banner->setText(errors.isEmpty()
            ? QString()
            : QStringLiteral("%1\n%2").arg(errors.join(QLatin1Char('\n')), consequence));
    m_banner->setVisible(!errors.isEmpty());
}

DiagramTheme DiagramEditor::diagramTheme()
{
    return Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light;
}

void DiagramEditor::requestRender()
{
    if (!m_document)
        return;
    m_pendingRender = m_engine->render(
        m_viewKey, {DotWriter::write(m_document->graph()), m_fileName, diagramTheme()});
}

void DiagramEditor::rendered(quint64 id, const QString &view, const RenderResult &result)
{
    if (view != m_viewKey || id != m_pendingRender)
        return;
    m_pendingRender = 0;
    if (result.isOk()) {
        m_canvas->showLayout(result, m_focusNode);
        if (const LayoutElement *node = m_canvas->nodeElement(m_renameAfterLayout)) {
            m_canvas->selectElement(node->svgId);
            renameRequested(*node);
        }
    } else {
        QStringList errors;
        for (const Diagnostic &d : result.diagnostics)
            errors += d.toString();
        m_banner->setText(tr("This diagram cannot be laid out:\n%1").arg(errors.join(QLatin1Char('\n'))));
        m_banner->show();
    }
    m_renameAfterLayout.clear();
    m_focusNode.clear();
    updateActions();
    emit layoutShown(result.isOk());
}

void DiagramEditor::parsed(quint64 id, const Result<DiagramGraph> &result)
{
    const auto it = m_pendingParses.constFind(id);
    if (it == m_pendingParses.cend())
        return;
    const QByteArray text = *it;
    m_pendingParses.erase(it);
    if (m_document)
        m_document->deliverParse(text, result);
}

void DiagramEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_canvas->setBackgroundBrush(DiagramView::canvasColor(
            Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light));
        requestRender();
    }
}

} // namespace ArchDeck
