// DiagramPane — the card's architecture diagram beside its answer: a DiagramView, a toolbar
// (zoom, fit, 100 %, legend), a line describing the selected element, a busy indicator with
// Cancel for slow layouts, and a banner for errors that leaves the last good diagram in place.
// Asks LayoutEngine for every render; never blocks the GUI thread.
#pragma once

#include "renderresult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTimer;

namespace ArchDeck {

class DiagramView;
class LayoutEngine;

class DiagramPane : public QWidget
{
    Q_OBJECT

public:
    DiagramPane(LayoutEngine *engine, QWidget *parent = nullptr);

    /// Lays out and shows `dot` (named `fileName` in messages) for the current theme.
    void showDiagram(const QByteArray &dot, const QString &fileName);
    /// Replaces the diagram with a message ("The diagram appears with the answer").
    void showMessage(const QString &message);
    /// Renders into the engine's cache only, so a later showDiagram() of it is immediate.
    void prefetch(const QByteArray &dot, const QString &fileName);

    DiagramView *view() const { return m_view; }
    bool isBusy() const;
    QString errorText() const;

signals:
    /// Emitted after every finished layout (shown or failed) — tests and the benchmark wait on it.
    void diagramShown(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void request();
    void rendered(quint64 id, const QString &view, const RenderResult &result);
    void describeSelection(const LayoutElement *element);
    void showLegend();
    DiagramTheme theme() const;

    LayoutEngine *m_engine;
    DiagramView *m_view;
    QStackedLayout *m_stack;
    QLabel *m_message;
    QLabel *m_banner;
    QLabel *m_selection;
    QWidget *m_busy;
    QTimer *m_busyDelay;
    QByteArray m_dot;
    QString m_fileName;
    QString m_viewKey;
    quint64 m_pending = 0;
};

} // namespace ArchDeck
