// ShortcutsDialog — Help ▸ Keyboard Shortcuts: every window action with all of its shortcuts,
// read from the actions themselves so the list cannot drift from what the keys do.
#pragma once

#include <QDialog>

namespace ArchDeck {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace ArchDeck
