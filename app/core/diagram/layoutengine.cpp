#include "layoutengine.h"

#include "dotwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QProcess>

#include <algorithm>

namespace ArchDeck {

namespace {

QByteArray cacheKey(const DiagramSource &source)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(source.dot);
    hash.addData(source.fileName.toUtf8());
    hash.addData(themeName(source.theme).toUtf8());
    return hash.result();
}

RenderResult failure(const DiagramSource &source, const QString &message)
{
    RenderResult result;
    result.diagnostics.append(Diagnostic::error(source.fileName, 0, message));
    return result;
}

} // namespace

LayoutEngine::LayoutEngine(QObject *parent)
    : LayoutEngine(Options(), parent)
{ }

LayoutEngine::LayoutEngine(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &LayoutEngine::timedOut);
    m_preemptTimer.setSingleShot(true);
    m_preemptTimer.setInterval(kBackgroundGraceMs);
    connect(&m_preemptTimer, &QTimer::timeout, this, &LayoutEngine::preemptBackground);
}

LayoutEngine::~LayoutEngine()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->closeWriteChannel();
        // An idle worker exits when its input ends; a busy one would first finish its layout,
        // which nobody wants any more, so quitting the app never waits for Graphviz.
        if (m_current || !m_worker->waitForFinished(500))
            m_worker->kill();
        m_worker->waitForFinished(500);
    }
}

QString LayoutEngine::defaultWorkerPath()
{
    const QString fromEnvironment = qEnvironmentVariable("ARCHDECK_LAYOUT_WORKER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("archdeck-layout"));
}

quint64 LayoutEngine::render(const QString &view, const DiagramSource &source, Priority priority)
{
    Job job {m_nextId++, view, source, cacheKey(source), priority};
    m_queue.removeIf([&](const Job &queued) { return queued.view == view; });
    m_latest.insert(view, job.id); // anything older for this view is no longer wanted

    if (const auto hit = m_cache.constFind(job.cacheKey); hit != m_cache.cend()) {
        // Delivered from the event loop, like every other result.
        const RenderResult result = *hit;
        QMetaObject::invokeMethod(
            this, [this, id = job.id, view, result] { deliver(id, view, result); },
            Qt::QueuedConnection);
        return job.id;
    }
    if (m_current && m_current->followsParse && m_current->view.isEmpty()
        && m_current->cacheKey == job.cacheKey) {
        // The worker is already laying this out after the parse it answered: join it.
        m_current->view = view;
        m_current->priority = priority;
        m_latest.insert(view, m_current->id);
        return m_current->id;
    }
    if (source.dot.size() > m_options.limits.maxBytes) {
        // Refused here too, so a huge paste never even crosses the pipe.
        const RenderResult result = failure(source,
            QStringLiteral("the diagram is %1 KiB; the limit is %2 KiB")
                .arg((source.dot.size() + 1023) / 1024)
                .arg(m_options.limits.maxBytes / 1024));
        QMetaObject::invokeMethod(
            this, [this, id = job.id, view, result] { deliver(id, view, result); },
            Qt::QueuedConnection);
        return job.id;
    }
    if (priority == Priority::Visible) {
        // Ahead of every background job; behind other visible ones.
        const auto firstBackground = std::find_if(m_queue.begin(), m_queue.end(),
            [](const Job &queued) { return queued.priority == Priority::Background; });
        m_queue.insert(firstBackground, job);
        if (m_current && m_current->priority == Priority::Background && !m_preemptTimer.isActive())
            m_preemptTimer.start();
    } else {
        m_queue.append(job);
    }
    startNext();
    return job.id;
}

void LayoutEngine::cancel(const QString &view)
{
    m_queue.removeIf([&](const Job &queued) { return queued.view == view; });
    if (m_current && m_current->view == view && !m_current->cancelled) {
        m_current->cancelled = true;
        m_worker->kill(); // workerStopped() reports it
    }
}

RenderResult LayoutEngine::renderNow(const DiagramSource &source)
{
    const QString view = QStringLiteral("renderNow-%1").arg(m_nextId);
    RenderResult result;
    QEventLoop loop;
    const quint64 id = render(view, source);
    const auto connection = connect(this, &LayoutEngine::rendered, &loop,
        [&](quint64 done, const QString &, const RenderResult &r) {
            if (done == id) {
                result = r;
                loop.quit();
            }
        });
    loop.exec();
    disconnect(connection);
    return result;
}

quint64 LayoutEngine::parse(
    const QByteArray &dot, const QString &fileName, std::optional<DiagramTheme> thenRender)
{
    // A view of its own, so no other request supersedes it; first among the waiting background
    // jobs, like a visible render.
    Job job {m_nextId++, {}, {dot, fileName, thenRender.value_or(DiagramTheme::Light)}, {},
        Priority::Visible};
    job.view = QStringLiteral("parse-%1").arg(job.id);
    job.kind = thenRender ? LayoutRequest::Kind::ParseThenRender : LayoutRequest::Kind::Parse;
    m_latest.insert(job.view, job.id);
    const auto firstBackground = std::find_if(m_queue.begin(), m_queue.end(),
        [](const Job &queued) { return queued.priority == Priority::Background; });
    m_queue.insert(firstBackground, job);
    if (m_current && m_current->priority == Priority::Background && !m_preemptTimer.isActive())
        m_preemptTimer.start();
    startNext();
    return job.id;
}

Result<DiagramGraph> LayoutEngine::parseNow(const QByteArray &dot, const QString &fileName)
{
    Result<DiagramGraph> result;
    QEventLoop loop;
    const quint64 id = parse(dot, fileName);
    const auto connection = connect(
        this, &LayoutEngine::parsed, &loop, [&](quint64 done, const Result<DiagramGraph> &r) {
            if (done == id) {
                result = r;
                loop.quit();
            }
        });
    loop.exec();
    disconnect(connection);
    return result;
}

bool LayoutEngine::ensureWorker()
{
    if (m_worker)
        return true;
    m_worker = new QProcess(this);
    m_worker->setProgram(m_options.workerPath);
    m_worker->setStandardErrorFile(QProcess::nullDevice()); // Graphviz's stray prints
    connect(m_worker, &QProcess::readyReadStandardOutput, this, &LayoutEngine::readReplies);
    connect(m_worker, &QProcess::finished, this, &LayoutEngine::workerStopped);
    connect(m_worker, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            workerStopped();
    });
    m_reader = {};
    m_rendersByWorker = 0;
    ++m_workerStarts;
    m_worker->start(QIODevice::ReadWrite);
    return true;
}

void LayoutEngine::startNext()
{
    if (m_current || m_queue.isEmpty())
        return;
    if (m_worker && m_rendersByWorker >= m_options.recycleAfter)
        retireWorker(); // shed Graphviz's leaks between renders, never during one
    m_current = m_queue.takeFirst();
    emit busyChanged(true);
    ensureWorker();
    LayoutRequest request;
    request.id = m_current->id;
    request.kind = m_current->kind;
    request.source = m_current->source;
    request.limits = m_options.limits;
    m_worker->write(LayoutProtocol::frame(LayoutProtocol::encode(request)));
    ++m_requestsSent;
    m_timer.start(m_options.timeoutMs);
}

void LayoutEngine::readReplies()
{
    m_reader.append(m_worker->readAllStandardOutput());
    while (const auto payload = m_reader.next()) {
        const auto reply = LayoutProtocol::decodeReply(*payload);
        if (!reply || !m_current || reply->id != m_current->id)
            continue; // a reply nobody waits for any more
        ++m_rendersByWorker;
        finish(reply->result, true, reply->graph);
    }
    if (m_reader.isCorrupt()) {
        m_worker->kill(); // a broken stream: start over with a fresh worker
    }
}

void LayoutEngine::workerStopped()
{
    QProcess *worker = m_worker;
    if (!worker)
        return;
    const bool failedToStart = worker->error() == QProcess::FailedToStart;
    const QString startError = worker->errorString();
    worker->disconnect(this);
    worker->deleteLater();
    m_worker = nullptr;
    if (!m_current)
        return;
    if (m_current->preempted) {
        // Nobody is waiting for it and nothing is wrong with it: no message, nothing cached.
        m_timer.stop();
        m_current.reset();
        startNextOrGoIdle();
        return;
    }
    const DiagramSource &source = m_current->source;
    if (failedToStart)
        finish(failure(source,
                   QStringLiteral("the layout engine could not start (%1: %2)")
                       .arg(m_options.workerPath, startError)),
            false);
    else if (m_current->timedOut)
        finish(failure(source,
                   QStringLiteral("layout took longer than %1 s")
                       .arg(m_options.timeoutMs / 1000.0, 0, 'g', 3)),
            false);
    else if (m_current->cancelled)
        finish(failure(source, QStringLiteral("layout cancelled")), false);
    else
        // Not cached: a worker killed from outside must not brand the diagram for the session.
        finish(failure(source, QStringLiteral("the layout engine crashed on this diagram")), false);
}

void LayoutEngine::preemptBackground()
{
    if (!m_current || !m_worker || m_current->priority != Priority::Background)
        return;
    m_current->preempted = true;
    m_worker->kill(); // workerStopped() drops it and starts the visible request
}

void LayoutEngine::timedOut()
{
    if (!m_current || !m_worker)
        return;
    m_current->timedOut = true;
    m_worker->kill(); // workerStopped() reports it
}

void LayoutEngine::finish(RenderResult result, bool cacheable, std::optional<DiagramGraph> graph)
{
    m_timer.stop();
    m_preemptTimer.stop();
    const Job job = *m_current;
    m_current.reset();
    if (job.kind != LayoutRequest::Kind::Render) {
        m_latest.remove(job.view); // one request per view
        const bool read = graph && !hasErrors(result.diagnostics);
        if (read && job.kind == LayoutRequest::Kind::ParseThenRender) {
            // The worker goes on with the layout: the job stays current, as that render, so a
            // render() of the same source from a slot of parsed() joins it.
            Job follow {job.id, {}, {DotWriter::write(*graph), job.source.fileName, job.source.theme},
                {}, Priority::Visible};
            follow.cacheKey = cacheKey(follow.source);
            follow.followsParse = true;
            m_current = std::move(follow);
            m_timer.start(m_options.timeoutMs);
        }
        // A crash or timeout arrives as a RenderResult with the error and no graph.
        emit parsed(job.id,
            read ? Result<DiagramGraph>::success(std::move(*graph), result.diagnostics)
                 : Result<DiagramGraph>::failure(result.diagnostics));
        if (m_current && m_current->followsParse && m_current->id == job.id)
            return; // busy until the layout's reply
    } else {
        if (cacheable)
            store(job.cacheKey, result);
        deliver(job.id, job.view, result);
    }
    startNextOrGoIdle();
}

void LayoutEngine::startNextOrGoIdle()
{
    startNext();
    if (!m_current) // after finish(), a slot of rendered() may already have started the next one
        emit busyChanged(false);
}

void LayoutEngine::deliver(quint64 id, const QString &view, const RenderResult &result)
{
    if (m_latest.value(view) != id)
        return; // superseded by a newer request for the same view
    if (view.startsWith(QLatin1String("renderNow-")))
        m_latest.remove(view); // one-shot views would otherwise pile up
    emit rendered(id, view, result);
}

void LayoutEngine::retireWorker()
{
    QProcess *old = m_worker;
    m_worker = nullptr;
    old->disconnect(this);
    connect(old, &QProcess::finished, old, &QObject::deleteLater);
    old->closeWriteChannel(); // the worker exits when its input ends
}

void LayoutEngine::store(const QByteArray &key, const RenderResult &result)
{
    if (!m_cache.contains(key))
        m_cacheOrder.append(key);
    m_cache.insert(key, result);
    while (m_cacheOrder.size() > m_options.cacheEntries)
        m_cache.remove(m_cacheOrder.takeFirst());
}

} // namespace ArchDeck
