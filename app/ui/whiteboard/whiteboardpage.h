// WhiteboardPage — the Whiteboard mode of the main window: a card's diagram in the editor. Two
// ways in: Edit (your version of the card's diagram, autosaved to the collection within a second
// of each change, reset to the reference or restored from the version list at any time) and Draw
// It Yourself (the reference hidden, an empty canvas, Check compares your drawing with it and
// saves the attempt with its score and time). One DiagramDocument, its undo stack the page's.
#pragma once

#include "diagramgraph.h"
#include "labelsynonyms.h"
#include "result.h"
#include "page.h"

#include <QDateTime>

#include <optional>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ArchDeck {

class AttemptChecker;
class CardView;
class Clock;
class CollectionStore;
class Deck;
class DiagramDocument;
class DiagramEditor;
class DiffView;
class LayoutEngine;
struct Card;

class WhiteboardPage : public Page
{
    Q_OBJECT

public:
    /// How long after a change the autosave writes it (the promise is a second).
    static constexpr int autosaveDelayMs = 300;

    WhiteboardPage(
        const Deck *deck, LayoutEngine *engine, const Clock *clock, QWidget *parent = nullptr);
    ~WhiteboardPage() override;

    QString name() const override { return QStringLiteral("Whiteboard"); }
    QString statusText() const override;
    QList<QMenu *> menus() const override { return {m_menu}; }
    QUndoStack *undoStack() const override;

    void setCollection(CollectionStore *store);
    /// Your own synonym groups for the diff, one per line ("payments = billing"), beside the
    /// collection. A missing file is no error; a line in error is said, and the good ones kept.
    void setSynonymsFile(const QString &path);
    QString synonymsFile() const;

    enum class Mode { Edit, Challenge, Result };
    Mode mode() const { return m_mode; }
    /// Edits `cardId`'s diagram: your current version, else the reference. False for an unknown
    /// card or one without a diagram.
    bool editCard(const QString &cardId);
    /// Starts drawing `cardId`'s diagram from memory on an empty canvas.
    bool drawCard(const QString &cardId);
    /// Compares the drawing with the reference, saves the attempt and shows the diff.
    void check();
    QString currentCardId() const { return m_cardId; }

    DiagramEditor *editor() const { return m_editor; }
    DiagramDocument *document() const { return m_document; }
    DiffView *diffView() const { return m_diffView; }
    /// Writes a pending autosave now (closing the window, switching cards).
    void saveNow();

signals:
    /// A version or an attempt was saved: the other pages' markers and scores may be stale.
    void diagramSaved(const QString &cardId);

protected:
    void currentChanged(bool current) override;

private:
    void createActions();
    void loadReferenceDot();
    /// The current card's reference as the worker reads it (parsed once a card).
    const Result<DiagramGraph> &referenceGraph();
    bool openCard(const QString &cardId, Mode mode);
    void documentEdited();
    void autosave();
    void resetToReference();
    void compareWithReference();
    void showVersions();
    void updateHeader();
    const Card *card() const;

    const Deck *m_deck;
    LayoutEngine *m_engine;
    const Clock *m_clock;
    CollectionStore *m_store = nullptr;
    DiagramDocument *m_document;
    DiagramEditor *m_editor;
    DiffView *m_diffView;
    QStackedWidget *m_stack;
    CardView *m_cardView;
    QComboBox *m_cardChooser;
    QLabel *m_state;
    QPushButton *m_editButton;
    QPushButton *m_drawButton;
    QPushButton *m_checkButton;
    QPushButton *m_compareButton;
    QPushButton *m_resetButton;
    QPushButton *m_versionsButton;
    QMenu *m_menu = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_starterNodesAction = nullptr;
    QTimer *m_autosave;

    Mode m_mode = Mode::Edit;
    QString m_cardId;
    QByteArray m_referenceDot;
    std::optional<Result<DiagramGraph>> m_referenceGraph;
    int m_sessionVersion = 0; ///< the version this editing session writes; 0 until the first save
    QDateTime m_savedAt;
    std::unique_ptr<AttemptChecker> m_checker; ///< the challenge under way: its time, its check
    QString m_saveError;
};

} // namespace ArchDeck
