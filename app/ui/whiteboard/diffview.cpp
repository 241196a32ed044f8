#include "diffview.h"

#include "diagramview.h"
#include "dotwriter.h"
#include "layoutengine.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

QToolButton *toolButton(
    const QString &text, const QString &tip, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

DiffView::DiffView(LayoutEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_score(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_legend(new QWidget(this))
    , m_missedHeading(new QLabel(this))
    , m_missed(new QListWidget(this))
{
    setObjectName(QStringLiteral("diffView"));
    m_reference.viewKey = QStringLiteral("diff-reference-%1").arg(quintptr(this));
    m_attempt.viewKey = QStringLiteral("diff-attempt-%1").arg(quintptr(this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    m_reference.view = new DiagramView(this);
    m_attempt.view = new DiagramView(this);
    QWidget *zoomBar = buildZoomBar();
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildSide(m_reference, QStringLiteral("Reference"),
        QStringLiteral("referenceDiffView"), nullptr, zoomBar->sizeHint().height()));
    splitter->addWidget(buildSide(
        m_attempt, QStringLiteral("Your drawing"), QStringLiteral("attemptDiffView"), zoomBar, 0));
    splitter->setSizes({10000, 10000}); // half each, whatever the drawings ask for
    layout->addWidget(splitter, 1);

    connect(m_engine, &LayoutEngine::rendered, this, &DiffView::rendered);
    for (DiagramView *view : {m_reference.view, m_attempt.view}) {
        connect(view, &DiagramView::zoomChanged, this,
            [this, view](double zoom) { followZoom(view, zoom); });
    }
    setFocusProxy(m_missed);
}

QWidget *DiffView::buildSide(SidePanel &panel, const QString &title, const QString &objectName,
    QWidget *toolbar, int titleHeight)
{
    auto *side = new QWidget(this);
    auto *column = new QVBoxLayout(side);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title), side);
    label->setMinimumHeight(titleHeight); // both views start at the same height
    titleRow->addWidget(label);
    titleRow->addStretch(1);
    if (toolbar)
        titleRow->addWidget(toolbar);
    column->addLayout(titleRow);

    panel.view->setObjectName(objectName);
    panel.view->setFrameShape(QFrame::StyledPanel);
    panel.view->setMinimumSize(200, 160);
    panel.message = new QLabel(side);
    panel.message->setWordWrap(true);
    panel.message->setForegroundRole(QPalette::PlaceholderText);
    panel.message->hide();
    column->addWidget(panel.view, 1);
    column->addWidget(panel.message);
    return side;
}

QWidget *DiffView::buildZoomBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    auto *zoomOut = toolButton(QStringLiteral("−"), QStringLiteral("Zoom both out (Ctrl+-)"),
        QStringLiteral("diffZoomOut"), bar);
    auto *zoomIn = toolButton(QStringLiteral("+"), QStringLiteral("Zoom both in (Ctrl+=)"),
        QStringLiteral("diffZoomIn"), bar);
    auto *fit = toolButton(QStringLiteral("Fit"), QStringLiteral("Fit each to its side (Ctrl+0)"),
        QStringLiteral("diffFit"), bar);
    auto *actual = toolButton(QStringLiteral("100\u00A0%"),
        QStringLiteral("Both at actual size (Ctrl+1)"), QStringLiteral("diffActualSize"), bar);
    // The reference's zoom carries over to the attempt (followZoom) unless it is fitting.
    connect(zoomOut, &QToolButton::clicked, m_reference.view, &DiagramView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_reference.view, &DiagramView::zoomIn);
    connect(fit, &QToolButton::clicked, this, [this] {
        m_reference.view->fitToView();
        m_attempt.view->fitToView();
    });
    connect(actual, &QToolButton::clicked, m_reference.view, &DiagramView::actualSize);
    m_zoomButtons = {zoomOut, zoomIn, fit, actual};
    for (QToolButton *button : std::as_const(m_zoomButtons))
        row->addWidget(button);

    const auto shortcut = [this](const QKeySequence &keys, QToolButton *button) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, button, &QToolButton::click);
    };
    shortcut(QKeySequence::ZoomIn, zoomIn);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), zoomIn);
    shortcut(QKeySequence::ZoomOut, zoomOut);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), fit);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_1), actual);
    return bar;
}

void DiffView::showDiff(const DiagramGraph &reference, const DiagramGraph &attempt,
    const DiagramDiff &diff, DiagramTheme theme)
{
    m_referenceGraph = reference;
    m_diff = diff;
    m_overlay = DiffOverlay::build(reference, attempt, diff);
    m_theme = theme;
    m_hasDiff = true;
    for (SidePanel *side : {&m_reference, &m_attempt}) {
        side->view->clear();
        side->view->fitToView();
    }
    showSummary();
    request();
}

void DiffView::request()
{
    for (SidePanel *side : {&m_reference, &m_attempt})
        side->view->setBackgroundBrush(DiagramView::canvasColor(m_theme));
    m_reference.pending = m_engine->render(m_reference.viewKey,
        {DotWriter::write(m_referenceGraph), QStringLiteral("reference"), m_theme});
    m_attempt.pending = m_engine->render(m_attempt.viewKey,
        {DotWriter::write(m_overlay.graph), QStringLiteral("your drawing"), m_theme});
}

bool DiffView::isBusy() const
{
    return m_reference.pending != 0 || m_attempt.pending != 0;
}

DiagramView *DiffView::view(Side side) const
{
    return panel(side).view;
}

void DiffView::rendered(quint64 id, const QString &viewKey, const RenderResult &result)
{
    const Side side = viewKey == m_reference.viewKey ? Side::Reference : Side::Attempt;
    SidePanel &target = panel(side);
    if (viewKey != target.viewKey || id != target.pending)
        return; // another view's, or superseded by a newer diff
    target.pending = 0;
    if (result.isOk()) {
        target.view->setDiagram(result);
        addDiffMarks(target.view, side == Side::Reference ? m_referenceGraph : m_overlay.graph,
            side == Side::Reference ? m_overlay.reference : m_overlay.attempt, side,
            DiffColors::forTheme(m_theme));
        target.message->hide();
    } else {
        target.view->clear();
        QStringList problems;
        for (const Diagnostic &d : result.diagnostics)
            problems << d.toString();
        target.message->setText(
            QStringLiteral("This drawing could not be laid out: %1").arg(problems.join(u'\n')));
        target.message->show();
    }
    if (!isBusy()) {
        if (const int row = m_missed->currentRow(); row >= 0)
            reveal(row); // the selection went with the old scene
        emit diffShown();
    }
}

const LayoutElement *DiffView::element(
    Side side, LayoutElement::Type type, const QString &id, int edgeIndex) const
{
    const DiagramView *view = panel(side).view;
    if (!view->hasDiagram())
        return nullptr;
    if (type == LayoutElement::Type::Edge) {
        const QList<const LayoutElement *> edges = layoutEdges(
            side == Side::Reference ? m_referenceGraph : m_overlay.graph, view->layout());
        return edges.value(edgeIndex, nullptr);
    }
    for (const LayoutElement &element : view->layout().elements) {
        if (element.type == type && element.id == id)
            return &element;
    }
    return nullptr;
}

void DiffView::reveal(int line)
{
    if (line < 0 || line >= m_overlay.missed.size())
        return;
    const DiffOverlay::Missed &missed = m_overlay.missed.at(line);
    const LayoutElement *reference
        = element(Side::Reference, missed.type, missed.referenceId, missed.referenceEdge);
    const LayoutElement *attempt
        = element(Side::Attempt, missed.type, missed.attemptId, missed.attemptEdge);
    for (const auto &[view, found] :
        {std::pair {m_reference.view, reference}, std::pair {m_attempt.view, attempt}}) {
        if (!found) {
            view->scene()->clearSelection();
            continue;
        }
        view->selectElement(found->svgId);
        view->centerOn(found->box.center());
    }
}

void DiffView::followZoom(DiagramView *from, double zoom)
{
    // A fitting view fits its own side; a zoom the user chose carries over to the other.
    if (m_syncingZoom || from->isFitToView())
        return;
    m_syncingZoom = true;
    DiagramView *other = from == m_reference.view ? m_attempt.view : m_reference.view;
    if (!qFuzzyCompare(other->zoom(), zoom) || other->isFitToView())
        other->setZoom(zoom);
    m_syncingZoom = false;
}

QString DiffView::overlayStatus(Side side, const QString &elementId) const
{
    return markStatus(panel(side).view, elementId);
}

void DiffView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasDiff) {
        // The drawings are styled for the theme: lay them out again (cached per theme).
        m_theme = Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light;
        showSummary();
        request();
    }
}

} // namespace ArchDeck
