// DiagramDocument — one diagram being edited: its DOT text, the graph that text means, and the undo
// stack both views push onto. The canvas changes the graph (DiagramEdits) and the text is written
// from it (DotWriter); the text view changes the text and the graph follows once the layout worker
// has parsed it (parseRequested → deliverParse). While the text does not parse, graph() stays the
// last good one — what the canvas keeps showing — and diagnostics() says why.
//
//   DiagramDocument doc(clock);
//   doc.reset(dot, parsedGraph);                          // no history, nothing to undo
//   doc.applyEdit(tr("Add node"), DiagramEdits::addNode(doc.graph(), node));
//   doc.editText(typed);       // one undo step per burst of typing (keystrokes < 1 s apart)
//   doc.undoStack()->undo();
#pragma once

#include "diagramgraph.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>

class QUndoStack;

namespace ArchDeck {

class Clock;

class DiagramDocument : public QObject
{
    Q_OBJECT

public:
    /// Typing that pauses for less than this merges into the same undo step.
    static constexpr int typingBurstMs = 1000;

    explicit DiagramDocument(const Clock &clock, QObject *parent = nullptr);
    ~DiagramDocument() override;

    /// Starts over with `text` and the graph it means (`diagnostics`: a parse's warnings, or the
    /// errors of a text that does not parse, with `graph` then empty): no history.
    void reset(const QByteArray &text, const DiagramGraph &graph, const Diagnostics &diagnostics = {});

    /// Starts over with `text` alone: no history, graph empty until the parse it asks for
    /// (parseRequested) arrives through deliverParse().
    void load(const QByteArray &text);

    /// Between load() and the first parse delivered for it: graph() is not the text's yet, and
    /// an edit made on it would throw the text away, so the views wait.
    bool isLoading() const { return m_loading; }

    QByteArray text() const { return m_state.text; }
    /// The graph of text(), or the last one that parsed while text() does not.
    const DiagramGraph &graph() const { return m_state.graph; }
    /// True when graph() is text()'s own (parsed, or written from the graph).
    bool isTextParsed() const { return m_state.parsed; }
    /// The current text's diagnostics: errors while it does not parse.
    Diagnostics diagnostics() const { return m_state.diagnostics; }
    bool hasTextErrors() const { return hasErrors(m_state.diagnostics); }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Counts every change of text or graph, undo and redo included: what the autosave watches.
    quint64 revision() const { return m_revision; }

    /// One undoable step named `description` ("Add node") from graph() to `after`; the text is
    /// rewritten from it. Does nothing when `after` equals graph() and the text is its own.
    void applyEdit(const QString &description, const DiagramGraph &after);

    /// The text view's edit: text as typed. Merges with the previous text edit when it came less
    /// than typingBurstMs before (by the injected clock). Asks for a parse unless one is known.
    void editText(const QByteArray &text);

    /// A parse of `text` from the layout worker. Kept for undo and redo; applied when `text` is
    /// still the current text, dropped (stale) otherwise.
    void deliverParse(const QByteArray &text, const Result<DiagramGraph> &parsed);

    /// What the document shows at one moment; an undo step goes from one to another.
    struct State
    {
        QByteArray text;
        DiagramGraph graph;
        bool parsed = true;
        Diagnostics diagnostics;
    };
    const State &state() const { return m_state; }
    /// Internal to the undo commands: shows `state` (a parse of its text known by now is used).
    void restore(const State &state);
    const Clock &clock() const { return m_clock; }

signals:
    /// text() changed; the text view reloads unless it already holds that text.
    void textChanged();
    /// graph() changed: the canvas lays out again.
    void graphChanged();
    void diagnosticsChanged();
    /// `text` needs parsing; answer with deliverParse().
    void parseRequested(const QByteArray &text);
    /// Anything worth saving changed (text or graph).
    void changed();

private:
    void show(State state, bool requestParse);
    const Clock &m_clock;
    QUndoStack *m_undoStack;
    State m_state;
    quint64 m_revision = 0;
    bool m_loading = false;
    /// Parses by text, so that undo and redo of typing find their graph at once (bounded).
    QHash<QByteArray, Result<DiagramGraph>> m_parses;
};

} // namespace ArchDeck
