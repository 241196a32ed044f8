#include "diagrampane.h"

#include "collectionstore.h"
#include "deck.h"

#include "diagramelementitem.h"
#include "diagramview.h"
#include "layoutengine.h"
#include "legenddialog.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ArchDeck {

namespace {

const QString kPrefetch = QStringLiteral("prefetch");
constexpr int kBusyDelayMs = 200; // fast layouts never flash a spinner
constexpr double kMaxZoomShown = 8.0; // DiagramView's largest zoom: the widest the level reads

/// "135 %", the way the zoom level reads on its button.
QString zoomText(double zoom)
{
    return QStringLiteral("%1\u00A0%").arg(qRound(zoom * 100));
}

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

DiagramPane::DiagramPane(LayoutEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_view(new DiagramView(this))
    , m_marker(new QLabel(this))
    , m_scores(new QLabel(this))
    , m_message(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_selection(new QLabel(this))
    , m_busy(new QWidget(this))
    , m_busyDelay(new QTimer(this))
    , m_viewKey(QStringLiteral("pane-%1").arg(quintptr(this))) // each pane its own engine view
{
    setObjectName(QStringLiteral("diagramPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 8, 8);
    layout->setSpacing(4);

    auto *toolbar = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>Diagram</b>"), this);
    toolbar->addWidget(title);
    m_marker->setObjectName(QStringLiteral("diagramVersionMarker"));
    m_marker->setToolTip(QStringLiteral(
        "You edited this diagram: the card shows your version. The Whiteboard page (Ctrl+E) "
        "resets it to the reference or restores an earlier version."));
    m_marker->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(highlight); color: palette(highlighted-text);"
        " border-radius: 3px; padding: 1px 6px; }"));
    m_marker->hide();
    toolbar->addWidget(m_marker);
    m_scores->setObjectName(QStringLiteral("diagramScores"));
    m_scores->setForegroundRole(QPalette::PlaceholderText);
    m_scores->setToolTip(QStringLiteral(
        "Your scores drawing this diagram from memory (Draw It Yourself, Ctrl+D)"));
    m_scores->hide();
    toolbar->addWidget(m_scores);
    toolbar->addStretch(1);
    auto *zoomOut = toolButton(QStringLiteral("−"), QStringLiteral("Zoom out (Ctrl+-)"), this);
    auto *zoomIn = toolButton(QStringLiteral("+"), QStringLiteral("Zoom in (Ctrl+=)"), this);
    auto *fit = toolButton(QStringLiteral("Fit"), QStringLiteral("Fit to the pane (Ctrl+0)"), this);
    m_zoomLevel = toolButton(zoomText(kMaxZoomShown), QStringLiteral("Actual size (Ctrl+1)"), this);
    m_zoomLevel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLevel->setMinimumWidth(m_zoomLevel->sizeHint().width()); // the toolbar never jumps
    auto *legend = toolButton(
        QStringLiteral("Legend"), QStringLiteral("What each shape means (Ctrl+L)"), this);
    legend->setObjectName(QStringLiteral("legendButton"));
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    fit->setObjectName(QStringLiteral("fitDiagram"));
    connect(zoomOut, &QToolButton::clicked, m_view, &DiagramView::zoomOut);
    connect(zoomIn, &QToolButton::clicked, m_view, &DiagramView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &DiagramView::fitToView);
    connect(m_zoomLevel, &QToolButton::clicked, m_view, &DiagramView::actualSize);
    connect(legend, &QToolButton::clicked, this, &DiagramPane::showLegend);
    m_zoomButtons = {zoomOut, zoomIn, fit, m_zoomLevel};
    for (QToolButton *button : std::as_const(m_zoomButtons)) {
        button->setEnabled(false);
        toolbar->addWidget(button);
    }
    toolbar->addWidget(legend);
    layout->addLayout(toolbar);

    m_banner->setObjectName(QStringLiteral("diagramError"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText); // one escaped line per diagnostic, "<br>" between
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fde68a; color: #422006; border: 1px solid #d97706;"
                       " border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_message->setObjectName(QStringLiteral("diagramMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *stackHost = new QWidget(this);
    m_stack = new QStackedLayout(stackHost);
    m_stack->setStackingMode(QStackedLayout::StackAll);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);
    layout->addWidget(stackHost, 1);

    // Busy indicator, shown over the diagram only when a layout takes noticeable time.
    m_busy->setObjectName(QStringLiteral("diagramBusy"));
    auto *busyLayout = new QHBoxLayout(m_busy);
    auto *spinner = new QProgressBar(m_busy);
    spinner->setRange(0, 0);
    spinner->setMaximumWidth(120);
    auto *cancel = new QPushButton(QStringLiteral("Cancel"), m_busy);
    cancel->setObjectName(QStringLiteral("cancelLayout"));
    connect(cancel, &QPushButton::clicked, this, [this] { m_engine->cancel(m_viewKey); });
    busyLayout->addWidget(new QLabel(QStringLiteral("Laying out…"), m_busy));
    busyLayout->addWidget(spinner);
    busyLayout->addStretch(1);
    busyLayout->addWidget(cancel);
    m_busy->hide();
    layout->addWidget(m_busy);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(kBusyDelayMs);
    connect(m_busyDelay, &QTimer::timeout, this, [this] {
        m_busy->show();
        if (!m_view->hasDiagram()) // not "press Space" under a busy bar: say what is happening
            m_message->setText(QStringLiteral("Laying out the diagram…"));
    });

    m_selection->setObjectName(QStringLiteral("diagramSelection"));
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selection->setTextFormat(Qt::RichText);
    m_selection->setForegroundRole(QPalette::PlaceholderText);
    m_selection->setText(
        QStringLiteral("Hover to highlight, click to select · Ctrl+wheel zooms, drag pans"));
    layout->addWidget(m_selection);

    connect(m_engine, &LayoutEngine::rendered, this, &DiagramPane::rendered);
    connect(m_view, &DiagramView::selectedElementChanged, this, &DiagramPane::describeSelection);
    connect(m_view, &DiagramView::zoomChanged, this, &DiagramPane::showZoom);
    connect(m_view, &DiagramView::hasDiagramChanged, this, [this](bool shown) {
        for (QToolButton *button : std::as_const(m_zoomButtons))
            button->setEnabled(shown);
        showZoom(m_view->zoom());
        emit hasDiagramChanged(shown);
    });
    showZoom(m_view->zoom());
    m_view->setBackgroundBrush(DiagramView::canvasColor(theme()));
}

bool DiagramPane::hasDiagram() const
{
    return m_view->hasDiagram();
}

void DiagramPane::showZoom(double zoom)
{
    m_zoomLevel->setText(hasDiagram() ? zoomText(zoom) : QStringLiteral("–"));
}

DiagramTheme DiagramPane::theme() const
{
    return Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light;
}

void DiagramPane::showDiagram(const QByteArray &dot, const QString &fileName)
{
    m_dot = dot;
    m_fileName = fileName;
    request();
}

void DiagramPane::prefetch(const QByteArray &dot, const QString &fileName)
{
    m_engine->render(kPrefetch, {dot, fileName, theme()}, LayoutEngine::Priority::Background);
}

void DiagramPane::showMessage(const QString &message)
{
    m_engine->cancel(m_viewKey);
    m_dot.clear();
    m_pending = 0;
    m_busyDelay->stop();
    m_busy->hide();
    m_banner->hide();
    m_view->clear();
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_message->show();
    m_view->hide();
}

bool DiagramPane::isBusy() const
{
    return m_pending != 0;
}

QString DiagramPane::errorText() const
{
    return m_banner->isVisible() ? QTextDocumentFragment::fromHtml(m_banner->text()).toPlainText()
                                 : QString();
}

void DiagramPane::request()
{
    if (m_dot.isEmpty())
        return;
    m_pending = m_engine->render(m_viewKey, {m_dot, m_fileName, theme()});
    m_busyDelay->start();
}

void DiagramPane::rendered(quint64 id, const QString &view, const RenderResult &result)
{
    if (view != m_viewKey || id != m_pending)
        return;
    m_pending = 0;
    m_busyDelay->stop();
    m_busy->hide();
    QStringList problems;
    for (const Diagnostic &d : result.diagnostics)
        problems.append(d.toString().toHtmlEscaped());
    if (result.isOk()) {
        m_view->setDiagram(result);
        m_view->show();
        m_message->hide();
        m_stack->setCurrentWidget(m_view);
    } else if (!m_view->hasDiagram()) {
        m_message->setText(QStringLiteral("No diagram to show: see the message above."));
        m_stack->setCurrentWidget(m_message);
        m_message->show();
        m_view->hide();
    }
    // Errors show over the last good diagram; warnings too, so nothing is silently dropped.
    m_banner->setText(problems.join(QStringLiteral("<br>")));
    m_banner->setVisible(!problems.isEmpty());
    emit diagramShown(result.isOk());
}

void DiagramPane::describeSelection(const LayoutElement *element)
{
    if (!element) {
        m_selection->setText(
            QStringLiteral("Hover to highlight, click to select · Ctrl+wheel zooms, drag pans"));
        return;
    }
    // "Outbox relay → Broker — edge “publish OrderPlaced”", "Orders — node, kind database"
    QString text
        = QStringLiteral("<b>%1</b> — ").arg(m_view->elementName(*element).toHtmlEscaped());
    switch (element->type) {
    case LayoutElement::Type::Edge:
        text += QStringLiteral("edge");
        if (const QString label = DiagramElementItem::readableText(element->label);
            !label.isEmpty())
            text += QStringLiteral(" “%1”").arg(label.toHtmlEscaped());
        break;
    case LayoutElement::Type::Cluster:
        text += QStringLiteral("boundary");
        break;
    case LayoutElement::Type::Node:
        text += QStringLiteral("node");
        break;
    }
    if (!element->kind.isEmpty())
        text += QStringLiteral(", kind <b>%1</b>").arg(element->kind.toHtmlEscaped());
    else if (!element->shape.isEmpty())
        text += QStringLiteral(" (%1)").arg(element->shape.toHtmlEscaped());
    m_selection->setText(text);
}

void DiagramPane::showLegend()
{
    LegendDialog dialog(m_engine, theme(), this);
    dialog.exec();
}

void DiagramPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_view->setBackgroundBrush(DiagramView::canvasColor(theme()));
        request(); // the diagram is styled for the theme: lay it out again (cached per theme)
    }
}

QString DiagramPane::versionMarker() const
{
    return m_marker->isVisibleTo(this) ? m_marker->text() : QString();
}

QString DiagramPane::scoreText() const
{
    return m_scores->isVisibleTo(this) ? m_scores->text() : QString();
}

void DiagramPane::showCardDiagram(const Deck &deck, const Card *card, Visibility visibility)
{
    m_marker->hide();
    m_scores->hide();
    if (card && card->isQuestion() && m_store) {
        const auto attempts = m_store->whiteboardAttempts(card->id);
        if (attempts.isOk() && !attempts.value.isEmpty()) {
            double best = 0;
            for (const WhiteboardAttempt &a : attempts.value)
                best = std::max(best, a.score);
            const int count = int(attempts.value.size());
            m_scores->setText(QStringLiteral("drawn %1× · best %2 % · last %3 %")
                                  .arg(count)
                                  .arg(qRound(best * 100))
                                  .arg(qRound(attempts.value.constFirst().score * 100)));
            m_scores->show();
        }
    }
    if (!card || !card->isQuestion()) {
        showMessage(card ? QStringLiteral("Reference pages have no diagram.")
                         : QStringLiteral("Choose a question to see its diagram."));
        return;
    }
    if (visibility == Visibility::Hidden) {
        showMessage(QStringLiteral("The diagram appears with the answer — press Space.\n\n"
                                   "Try sketching it yourself first."));
        return;
    }
    if (m_store) {
        const auto mine = m_store->currentDiagramVersion(card->id);
        if (mine.isOk() && mine.value) {
            m_marker->setText(QStringLiteral("your version %1").arg(mine.value->version));
            m_marker->show();
            showDiagram(mine.value->dot, QStringLiteral("%1 (your version %2)")
                                             .arg(deck.diagramFileName(*card))
                                             .arg(mine.value->version));
            return;
        }
    }
    const Result<QByteArray> dot = deck.readDiagram(*card);
    if (!dot.isOk())
        showMessage(QStringLiteral("This card's diagram cannot be read: %1")
                        .arg(dot.diagnostics.constFirst().toString()));
    else
        showDiagram(dot.value, deck.diagramFileName(*card));
}

void DiagramPane::prefetchCardDiagram(const Deck &deck, const Card &card)
{
    if (!card.isQuestion())
        return;
    if (const Result<QByteArray> dot = deck.readDiagram(card); dot.isOk())
        prefetch(dot.value, deck.diagramFileName(card));
}

} // namespace ArchDeck
