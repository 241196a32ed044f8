// KindPalette — the diagram editor's list of node kinds, each with its shape as the layout engine
// draws it in the current theme. Click (or Enter) adds a node of that kind; drag one onto the
// canvas to add it there (into the cluster it lands in). Used by DiagramEditor.
#pragma once

#include <QListWidget>

namespace ArchDeck {

class LayoutEngine;
struct RenderResult;

class KindPalette : public QListWidget
{
    Q_OBJECT

public:
    explicit KindPalette(LayoutEngine *engine, QWidget *parent = nullptr);

    /// The kind of row `row` ("queue").
    QString kindAt(int row) const;

signals:
    void kindChosen(const QString &kind);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void changeEvent(QEvent *event) override;

private:
    void requestIcons();
    void iconsRendered(quint64 id, const QString &view, const RenderResult &result);

    LayoutEngine *m_engine;
    QString m_viewKey;
    quint64 m_pending = 0;
};

} // namespace ArchDeck
