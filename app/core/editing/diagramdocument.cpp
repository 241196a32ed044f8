#include "diagramdocument.h"

#include "clock.h"
#include "dotwriter.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace ArchDeck {

namespace {

constexpr int kTextEditId = 0x7e47;
constexpr qsizetype kParsesKept = 64;

/// A canvas edit (or a quick-add): both states known when it is made.
class GraphEditCommand : public QUndoCommand
{
public:
    GraphEditCommand(DiagramDocument *document, const QString &description,
        DiagramDocument::State before, DiagramDocument::State after)
        : QUndoCommand(description)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { m_document->restore(m_before); }
    void redo() override { m_document->restore(m_after); }

private:
    DiagramDocument *m_document;
    DiagramDocument::State m_before;
    DiagramDocument::State m_after;
};

/// Typing in the text view. Its "after" graph is not known when it is pushed: restore() finds the
/// parse once the worker delivered it. Keystrokes less than a burst apart merge into one step.
class TextEditCommand : public QUndoCommand
{
public:
    TextEditCommand(DiagramDocument *document, DiagramDocument::State before, QByteArray after)
        : QUndoCommand(DiagramDocument::tr("Edit DOT text"))
        , m_document(document)
        , m_before(std::move(before))
        , m_afterText(std::move(after))
        , m_lastEdit(document->clock().now())
    { }

    int id() const override { return kTextEditId; }

    void undo() override { m_document->restore(m_before); }
    void redo() override
    {
        DiagramDocument::State after = m_before;
        after.text = m_afterText;
        after.parsed = false;
        after.diagnostics.clear();
        m_document->restore(after);
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const TextEditCommand *>(other);
        if (m_lastEdit.msecsTo(next->m_lastEdit) >= DiagramDocument::typingBurstMs)
            return false;
        m_afterText = next->m_afterText;
        m_lastEdit = next->m_lastEdit;
        if (m_afterText == m_before.text)
            setObsolete(true); // typed and deleted again: no step at all
        return true;
    }

private:
    DiagramDocument *m_document;
    DiagramDocument::State m_before;
    QByteArray m_afterText;
    QDateTime m_lastEdit;
};

} // namespace

DiagramDocument::DiagramDocument(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setUndoLimit(500);
}

DiagramDocument::~DiagramDocument() = default;

void DiagramDocument::reset(
    const QByteArray &text, const DiagramGraph &graph, const Diagnostics &diagnostics)
{
    m_undoStack->clear();
    m_parses.clear();
    m_loading = false;
    const bool parsed = !hasErrors(diagnostics);
    if (parsed)
        m_parses.insert(text, Result<DiagramGraph>::success(graph, diagnostics));
    show({text, graph, parsed, diagnostics}, false);
    m_undoStack->setClean();
}

void DiagramDocument::load(const QByteArray &text)
{
    m_undoStack->clear();
    m_parses.clear();
    m_loading = true;
    show({text, DiagramGraph(), false, {}}, true);
    m_undoStack->setClean();
}

void DiagramDocument::applyEdit(const QString &description, const DiagramGraph &after)
{
    if (m_loading)
        return; // graph() is not the text's yet: the edit would drop the text
    if (after == m_state.graph && m_state.parsed && !hasErrors(m_state.diagnostics))
        return;
    State next {DotWriter::write(after), after, true, {}};
    m_parses.insert(next.text, Result<DiagramGraph>::success(after));
    m_undoStack->push(new GraphEditCommand(this, description, m_state, std::move(next)));
}

void DiagramDocument::editText(const QByteArray &text)
{
    m_loading = false; // the text is the user's now, parsed or not
    if (text == m_state.text)
        return;
    m_undoStack->push(new TextEditCommand(this, m_state, text));
}

void DiagramDocument::deliverParse(const QByteArray &text, const Result<DiagramGraph> &parsed)
{
    if (m_parses.size() >= kParsesKept)
        m_parses.clear();
    m_parses.insert(text, parsed);
    if (text != m_state.text)
        return; // stale: the text moved on
    m_loading = false;
    State next = m_state;
    next.diagnostics = parsed.diagnostics;
    next.parsed = parsed.isOk();
    if (parsed.isOk())
        next.graph = parsed.value;
    show(std::move(next), false);
}

void DiagramDocument::restore(const State &state)
{
    State next = state;
    bool needsParse = false;
    if (!next.parsed && next.diagnostics.isEmpty()) {
        if (const auto it = m_parses.constFind(next.text); it != m_parses.cend()) {
            next.diagnostics = it->diagnostics;
            next.parsed = it->isOk();
            if (it->isOk())
                next.graph = it->value;
        } else {
            needsParse = true;
        }
    }
    show(std::move(next), needsParse);
}

void DiagramDocument::show(State state, bool requestParse)
{
    const bool textChange = state.text != m_state.text;
    const bool graphChange = state.graph != m_state.graph;
    // Whether the text is parsed yet flips twice a keystroke; only what the user is told counts
    // (a repaint of the text view each time costs ~3 ms on the keystroke's path).
    const bool diagnosticsChange = state.diagnostics.size() != m_state.diagnostics.size()
        || [&] {
               for (qsizetype i = 0; i < state.diagnostics.size(); ++i)
                   if (state.diagnostics.at(i).toString() != m_state.diagnostics.at(i).toString())
                       return true;
               return false;
           }();
    m_state = std::move(state);
    if (textChange || graphChange)
        ++m_revision;
    if (textChange)
        emit textChanged();
    if (graphChange)
        emit graphChanged();
    if (diagnosticsChange)
        emit diagnosticsChanged();
    if (textChange || graphChange)
        emit changed();
    if (requestParse)
        emit parseRequested(m_state.text);
}

} // namespace ArchDeck
