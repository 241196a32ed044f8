// ReviewDiagramStack — where the review card's diagram goes, in the form the moment calls for: the
// card's diagram (DiagramPane); the canvas to draw it from memory on (a DiagramEditor over a
// drawing of its own, empty or with the reference's starter nodes); and, after Check or when you
// ask for your last drawing, the reference and the drawing side by side, marked (DiffView).
// ReviewPane says which. The card's reference is read through the layout worker as the card comes
// up, so Check and the last drawing need not wait for it.
//
//   stack->setCard(card);
//   if (stack->canDraw()) stack->startDrawing(DrawingReview::Start::Empty);
//   …
//   const auto checked = stack->check();   // saved, and the diff on screen
#pragma once

#include "attemptchecker.h"
#include "diagrampane.h"
#include "drawingreview.h"
#include "result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace ArchDeck {

class Clock;
class CollectionStore;
class Deck;
class DiagramDocument;
class DiagramEditor;
class DiffView;
class LayoutEngine;
struct Card;

class ReviewDiagramStack : public QWidget
{
    Q_OBJECT

public:
    enum class Showing {
        Diagram, ///< the card's diagram, or DiagramPane's message why not
        Drawing, ///< the canvas
        Diff, ///< reference and drawing side by side
        Message, ///< a drawing that cannot be shown, and why
    };

    ReviewDiagramStack(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~ReviewDiagramStack() override;

    /// Where attempts are saved and last drawings found (nullptr: nowhere).
    void setCollection(CollectionStore *store);
    /// The user's synonyms for the diff (AttemptChecker::setSynonymsFile).
    void setSynonymsFile(const QString &path) { m_checker.setSynonymsFile(path); }

    /// The card under review (nullptr: none); starts reading its reference diagram.
    void setCard(const Card *card);
    /// Shows the card's diagram, or why it is not shown (DiagramPane::showCardDiagram).
    void showCardDiagram(DiagramPane::Visibility visibility);

    /// The card can be drawn from memory: a question whose diagram file can be read.
    bool canDraw() const { return !m_referenceDot.isEmpty(); }
    /// Puts the canvas in the diagram's place with a new drawing, and starts the attempt's time.
    void startDrawing(DrawingReview::Start start);
    /// Compares the drawing with the reference, saves the attempt and shows the diff. Fails (and
    /// shows nothing new) when the reference cannot be read.
    Result<AttemptCheck> check();

    /// The card's newest attempt at drawing, if it has one.
    std::optional<WhiteboardAttempt> lastAttempt() const;
    /// Shows the last attempt against the reference, or (false) the card's diagram again.
    void showLastDrawing(bool shown);

    Showing showing() const;
    DiagramPane *diagramPane() const { return m_pane; }
    DiagramEditor *editor() const { return m_editor; }
    DiagramDocument *drawing() const { return m_drawing; }
    DiffView *diffView() const { return m_diffView; }
    /// What the Message page says.
    QString message() const;

private:
    void parsed(quint64 id, const Result<DiagramGraph> &result);
    void showLastDrawingWhenRead();
    void showMessage(const QString &text);

    const Deck *m_deck;
    LayoutEngine *m_engine;
    CollectionStore *m_store = nullptr;
    AttemptChecker m_checker;
    QStackedWidget *m_stack;
    DiagramPane *m_pane;
    DiagramEditor *m_editor;
    DiffView *m_diffView;
    QLabel *m_message;
    DiagramDocument *m_drawing;

    const Card *m_card = nullptr;
    QByteArray m_referenceDot; ///< empty: the card has no diagram that can be read
    QString m_fileName;
    quint64 m_referenceRequest = 0;
    std::optional<Result<DiagramGraph>> m_reference; ///< once the worker has read it
    DrawingReview::Start m_start = DrawingReview::Start::Empty;
    bool m_startPending = false; ///< the starting drawing replaces the placeholder once read
    quint64 m_lastDrawingRequest = 0;
    std::optional<Result<DiagramGraph>> m_lastDrawing;
    bool m_lastDrawingWanted = false;
};

} // namespace ArchDeck
