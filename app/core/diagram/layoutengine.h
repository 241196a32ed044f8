// LayoutEngine — the app's side of Graphviz. Renders diagrams in one long-lived worker process
// (archdeck-layout) over a framed pipe, never in the app: Graphviz 2.42 is not thread-safe, leaks
// on clusters and HTML labels, and aborts, exits or segfaults on some inputs.
//
// Supervision: a worker that dies fails its request with "the layout engine crashed on this
// diagram" and is restarted for the next; one that runs past the timeout is killed ("layout took
// longer than N s"); after `recycleAfter` renders it is replaced to shed Graphviz's leaks.
// Requests are asynchronous and keyed by a view: a newer request for the same view supersedes an
// older one. Background requests (the next card's diagram, laid out ahead) wait behind visible
// ones, and one that is still running when a visible request arrives is stopped after a short
// grace, so a slow diagram ahead never holds up the one on screen. Results are cached by
// (source, theme), so revisiting a card is free.
// Parsing goes through the same worker and queue (as a visible request, never cached): Graphviz's
// own reader gives the file's structure as a DiagramGraph, and it stays out of the app process.
// An editor's parse can ask the worker to lay out what it read right away (`thenRender`): the
// render() of DotWriter::write(graph) that follows the parse then joins that layout instead of
// waiting for a round trip of its own.
// Used by the diagram view (GUI), `archdeck render` and `archdeck check`.
#pragma once

#include "layoutprotocol.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

class QProcess;

namespace ArchDeck {

class LayoutEngine : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString workerPath = defaultWorkerPath();
        int timeoutMs = 10000;
        int recycleAfter = 400; ///< renders per worker process
        int cacheEntries = 256;
        LayoutLimits limits;
    };

    enum class Priority {
        Visible, ///< someone is waiting for it
        Background, ///< laid out ahead, for the cache; gives way to Visible requests
    };

    /// How long a running background layout may go on once a visible request waits for it.
    static constexpr int kBackgroundGraceMs = 100;

    explicit LayoutEngine(QObject *parent = nullptr);
    explicit LayoutEngine(const Options &options, QObject *parent = nullptr);
    ~LayoutEngine() override;

    /// Queues `source` for `view`; the result arrives through rendered() with the returned id,
    /// unless a newer request for the same view supersedes it first.
    quint64 render(
        const QString &view, const DiagramSource &source, Priority priority = Priority::Visible);

    /// Stops work for `view`: drops its queued request and, if its layout is running, kills the
    /// worker; rendered() then reports "layout cancelled".
    void cancel(const QString &view);

    /// Renders and waits (running a local event loop) — for the command line and tests.
    RenderResult renderNow(const DiagramSource &source);

    /// Queues `dot` to be read (not laid out) with the renderer's parser, checks and limits; the
    /// structure, or the errors with their lines, arrives through parsed() with the returned id.
    /// With `thenRender`, the worker goes on to lay out the graph it read as DotWriter writes it,
    /// in that theme; a render() of that source (same file name and theme) made from a slot of
    /// parsed(), or later, gets this layout — it is cached like any other.
    quint64 parse(const QByteArray &dot, const QString &fileName,
        std::optional<DiagramTheme> thenRender = std::nullopt);

    /// Parses and waits (running a local event loop) — for the command line and tests.
    Result<DiagramGraph> parseNow(const QByteArray &dot, const QString &fileName);

    bool isBusy() const { return m_current.has_value(); }
    const Options &options() const { return m_options; }
    int workerStarts() const { return m_workerStarts; }
    /// Requests written to the worker so far (a parse-then-render counts once).
    int requestsSent() const { return m_requestsSent; }

    /// archdeck-layout next to the running executable, or $ARCHDECK_LAYOUT_WORKER.
    static QString defaultWorkerPath();

signals:
    void rendered(quint64 requestId, const QString &view, const ArchDeck::RenderResult &result);
    void parsed(quint64 requestId, const ArchDeck::Result<ArchDeck::DiagramGraph> &result);
    void busyChanged(bool busy);

private:
    struct Job
    {
        quint64 id = 0;
        QString view;
        DiagramSource source;
        QByteArray cacheKey;
        Priority priority = Priority::Visible;
        bool cancelled = false;
        bool timedOut = false;
        bool preempted = false; ///< a background layout stopped for a visible request
        LayoutRequest::Kind kind = LayoutRequest::Kind::Render;
        /// The render that follows a ParseThenRender: no request of its own; `view` is empty
        /// until a render() joins it.
        bool followsParse = false;
    };

    void startNext();
    void startNextOrGoIdle();
    bool ensureWorker();
    void readReplies();
    void workerStopped();
    void timedOut();
    void preemptBackground();
    void finish(RenderResult result, bool cacheable, std::optional<DiagramGraph> graph = {});
    void deliver(quint64 id, const QString &view, const RenderResult &result);
    void retireWorker();
    void store(const QByteArray &key, const RenderResult &result);

    Options m_options;
    QProcess *m_worker = nullptr;
    LayoutProtocol::FrameReader m_reader;
    QList<Job> m_queue;
    std::optional<Job> m_current;
    QTimer m_timer;
    QTimer m_preemptTimer;
    quint64 m_nextId = 1;
    int m_rendersByWorker = 0;
    int m_workerStarts = 0;
    int m_requestsSent = 0;
    QHash<QString, quint64> m_latest; ///< newest request id per view
    QHash<QByteArray, RenderResult> m_cache;
    QList<QByteArray> m_cacheOrder; ///< oldest first
};

} // namespace ArchDeck
