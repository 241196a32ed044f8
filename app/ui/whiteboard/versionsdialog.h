// VersionsDialog — the user's versions of a card's diagram, newest first, with the bundled
// reference last: each row says when it was saved ("Version 7 — today 14:32", "5 min ago · edited
// 14:20–14:32 (12 min)") and the selected one is previewed beside the list. Restoring one, or going
// back to the reference, is asked of the caller through a signal: the dialog never writes to the
// store, it only reads the history (and shows why when it cannot).
//
//   VersionsDialog dialog(&store, &engine, clock, card.id, referenceDot, this);
//   connect(&dialog, &VersionsDialog::restoreRequested, this, [&](const QByteArray &dot) {
//       store.startDiagramVersion(card.id, dot, clock.now()); // the history only grows
//   });
//   dialog.exec();
#pragma once

#include "renderresult.h"
#include "whiteboardvalues.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace ArchDeck {

class Clock;
class CollectionStore;
class DiagramView;
class LayoutEngine;

class VersionsDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the list's rows hold besides their title (Qt::DisplayRole).
    enum Role {
        DetailRole
        = Qt::UserRole + 1, ///< the second line: "5 min ago · edited 14:20–14:32 (12 min)"
        VersionRole, ///< int: the version's number; 0 for the reference
        IsCurrentRole, ///< bool: what the card shows now
    };

    VersionsDialog(CollectionStore *store, LayoutEngine *engine, const Clock &clock,
        const QString &cardId, const QByteArray &referenceDot, QWidget *parent = nullptr);
    ~VersionsDialog() override;

    /// "Version 7 — today 14:32": the number and the last save.
    static QString versionTitle(const DiagramVersion &version, const QDateTime &now);
    /// How long ago it was saved and the editing session that made it: "12 min ago · edited
    /// 14:20–14:32 (12 min)", "14 h ago · edited yesterday 23:50–00:20 (30 min)" (days
    /// relative to \a now), "2 h ago · saved once" for a version never edited after it started.
    static QString versionDetail(const DiagramVersion &version, const QDateTime &now);

    /// The selected row's version number; 0 for the reference, -1 with nothing selected.
    int selectedVersion() const;
    DiagramView *preview() const { return m_preview; }
    /// Whether the selected row is being laid out (its preview has not arrived yet).
    bool isLayingOut() const { return m_pending != 0; }

signals:
    /// "Restore this version": the caller starts a new version holding \a dot. The dialog is
    /// accepted right after.
    void restoreRequested(const QByteArray &dot);
    /// "Use the reference": the caller resets the card to the bundled diagram. The dialog is
    /// accepted right after.
    void resetRequested();
    /// The selected row's preview is on screen (true) or its errors are (false).
    void previewShown(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Adds a row per version; whether the card shows the reference (false when unknown).
    bool loadVersions(CollectionStore *store);
    QListWidgetItem *addRow(const QString &title, const QString &detail, int version,
        bool isCurrent, const QByteArray &dot);
    void selectionChanged();
    void requestPreview();
    void prefetchNeighbours(int row);
    void rendered(quint64 id, const QString &view, const RenderResult &result);
    void showPreviewMessage(const QString &text, Qt::Alignment alignment);
    void activateSelected();
    void restoreSelected();
    void useReference();
    DiagramSource sourceOf(const QListWidgetItem *item) const;
    DiagramTheme theme() const;

    LayoutEngine *m_engine;
    QString m_cardId;
    QDateTime m_now;
    QString m_viewKey;
    QListWidget *m_list;
    QLabel *m_listMessage;
    QStackedWidget *m_listStack;
    QLabel *m_storeError;
    QLabel *m_previewTitle;
    QStackedWidget *m_previewStack;
    DiagramView *m_preview;
    QLabel *m_previewMessage;
    QLabel *m_previewNotes;
    QTimer *m_busyDelay;
    QPushButton *m_restore;
    QPushButton *m_useReference;
    quint64 m_pending = 0;
};

} // namespace ArchDeck
