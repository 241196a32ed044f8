#include "reviewdiagramstack.h"

#include "clock.h"
#include "collectionstore.h"
#include "deck.h"
#include "diagramcanvas.h"
#include "diagramdocument.h"
#include "diagrameditor.h"
#include "diffview.h"
#include "layoutengine.h"
#include "theme.h"

#include <QLabel>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ArchDeck {

ReviewDiagramStack::ReviewDiagramStack(
    const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_deck(deck)
    , m_engine(engine)
    , m_checker(*clock)
    , m_stack(new QStackedWidget(this))
    , m_pane(new DiagramPane(engine, this))
    , m_editor(new DiagramEditor(engine, this))
    , m_diffView(new DiffView(engine, this))
    , m_message(new QLabel(this))
    , m_drawing(new DiagramDocument(*clock, this))
{
    setObjectName(QStringLiteral("reviewDiagramStack"));
    m_pane->setObjectName(QStringLiteral("reviewDiagramPane"));
    m_editor->setObjectName(QStringLiteral("reviewDrawingEditor"));
    m_diffView->setObjectName(QStringLiteral("reviewDiffView"));
    m_message->setObjectName(QStringLiteral("reviewDiagramMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_pane), static_cast<QWidget *>(m_editor),
             static_cast<QWidget *>(m_diffView), static_cast<QWidget *>(m_message)})
        m_stack->addWidget(page);
    m_editor->setDocument(m_drawing, QStringLiteral("your drawing"));
    // The review card sits beside the canvas: the DOT text would leave the drawing a strip.
    // Ctrl+T (DOT Text) brings it back.
    m_editor->setTextViewVisible(false);
    connect(m_engine, &LayoutEngine::parsed, this, &ReviewDiagramStack::parsed);
}

ReviewDiagramStack::~ReviewDiagramStack()
{
    // The drawing's stack clears itself as it goes: no one is listening any more.
    m_editor->setDocument(nullptr, QString());
}

void ReviewDiagramStack::setCollection(CollectionStore *store)
{
    m_store = store;
    m_checker.setCollection(store);
}

void ReviewDiagramStack::setCard(const Card *card)
{
    m_card = card;
    m_referenceDot.clear();
    m_fileName.clear();
    m_reference.reset();
    m_referenceRequest = 0;
    m_startPending = false;
    m_lastDrawing.reset();
    m_lastDrawingRequest = 0;
    m_lastDrawingWanted = false;
    m_stack->setCurrentWidget(m_pane);
    if (!card || !card->isQuestion() || card->diagram.isEmpty())
        return;
    const Result<QByteArray> dot = m_deck->readDiagram(*card);
    if (!dot.isOk() || dot.value.trimmed().isEmpty())
        return;
    m_referenceDot = dot.value;
    m_fileName = m_deck->diagramFileName(*card);
    m_referenceRequest = m_engine->parse(m_referenceDot, m_fileName);
}

void ReviewDiagramStack::showCardDiagram(DiagramPane::Visibility visibility)
{
    m_lastDrawingWanted = false;
    m_pane->showCardDiagram(*m_deck, m_card, visibility);
    m_stack->setCurrentWidget(m_pane);
}

void ReviewDiagramStack::startDrawing(DrawingReview::Start start)
{
    if (!m_card || !canDraw())
        return;
    m_start = start;
    // The Whiteboard's starting drawing needs the reference read; until the worker has, a
    // placeholder in its likely direction (replaced unless the user has begun on it).
    if (m_reference && m_reference->isOk()) {
        m_drawing->load(AttemptChecker::startingDrawing(m_reference->value, start));
    } else {
        m_drawing->load(AttemptChecker::emptyDrawing(m_referenceDot));
        m_startPending = !m_reference;
    }
    m_stack->setCurrentWidget(m_editor);
    m_editor->canvas()->setFocus();
    m_checker.start(m_card->id);
}

void ReviewDiagramStack::parsed(quint64 id, const Result<DiagramGraph> &result)
{
    if (id == 0)
        return;
    if (id == m_referenceRequest) {
        m_reference = result;
        if (m_startPending && result.isOk() && m_drawing->undoStack()->count() == 0)
            m_drawing->load(AttemptChecker::startingDrawing(result.value, m_start));
        m_startPending = false;
    } else if (id == m_lastDrawingRequest) {
        m_lastDrawing = result;
    } else {
        return;
    }
    showLastDrawingWhenRead();
}

Result<AttemptCheck> ReviewDiagramStack::check()
{
    if (!m_card || !canDraw())
        return Result<AttemptCheck>::failure(
            Diagnostic::failure(QStringLiteral("This card has no diagram to draw.")));
    if (!m_reference) // not read yet (a slow worker): wait for it, as the Whiteboard's Check does
        m_reference = m_engine->parseNow(m_referenceDot, m_fileName);
    if (!m_reference->isOk())
        return Result<AttemptCheck>::failure(m_reference->diagnostics);
    const AttemptCheck checked
        = m_checker.check(m_reference->value, m_drawing->graph(), m_drawing->text());
    m_diffView->showDiff(m_reference->value, m_drawing->graph(), checked.diff,
        Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light);
    m_stack->setCurrentWidget(m_diffView);
    m_drawing->undoStack()->clear(); // checked: Ctrl+Z is about grades again
    return Result<AttemptCheck>::success(checked);
}

std::optional<WhiteboardAttempt> ReviewDiagramStack::lastAttempt() const
{
    if (!m_store || !m_card)
        return std::nullopt;
    const Result<QList<WhiteboardAttempt>> attempts = m_store->whiteboardAttempts(m_card->id);
    if (!attempts.isOk() || attempts.value.isEmpty())
        return std::nullopt;
    return attempts.value.constFirst();
}

void ReviewDiagramStack::showLastDrawing(bool shown)
{
    if (!shown || !canDraw()) {
        showCardDiagram(DiagramPane::Visibility::Shown);
        return;
    }
    const std::optional<WhiteboardAttempt> last = lastAttempt();
    if (!last) {
        showCardDiagram(DiagramPane::Visibility::Shown);
        return;
    }
    m_lastDrawingWanted = true;
    m_lastDrawing.reset();
    m_lastDrawingRequest = m_engine->parse(last->drawing, QStringLiteral("your last drawing"));
    showLastDrawingWhenRead();
}

void ReviewDiagramStack::showLastDrawingWhenRead()
{
    if (!m_lastDrawingWanted || !m_reference || !m_lastDrawing)
        return;
    m_lastDrawingWanted = false;
    if (!m_reference->isOk()) {
        showMessage(tr("This card's diagram cannot be read: %1").arg(m_reference->errorMessage()));
        return;
    }
    if (!m_lastDrawing->isOk()) {
        showMessage(tr("Your last drawing of this card cannot be read: %1")
                        .arg(m_lastDrawing->errorMessage()));
        return;
    }
    const DiagramGraph &drawing = m_lastDrawing->value;
    m_diffView->showDiff(m_reference->value, drawing,
        DiagramDiff::compare(m_reference->value, drawing, m_checker.synonyms().value),
        Theme::isDark() ? DiagramTheme::Dark : DiagramTheme::Light);
    m_stack->setCurrentWidget(m_diffView);
}

void ReviewDiagramStack::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ReviewDiagramStack::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

ReviewDiagramStack::Showing ReviewDiagramStack::showing() const
{
    const QWidget *current = m_stack->currentWidget();
    if (current == m_editor)
        return Showing::Drawing;
    if (current == m_diffView)
        return Showing::Diff;
    if (current == m_message)
        return Showing::Message;
    return Showing::Diagram;
}

} // namespace ArchDeck
