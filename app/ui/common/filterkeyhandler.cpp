#include "filterkeyhandler.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace ArchDeck {

FilterKeyHandler::FilterKeyHandler(QLineEdit *edit, QWidget *results)
    : QObject(edit)
    , m_results(results)
{
    edit->installEventFilter(this);
}

bool FilterKeyHandler::eventFilter(QObject *watched, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (!edit || (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride))
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool clear = key->key() == Qt::Key_Escape && !edit->text().isEmpty();
    const bool toResults
        = key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (!clear && !toResults)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // keep the Down shortcut (next card) from firing while typing
        return true;
    }
    if (clear)
        edit->clear();
    else
        m_results->setFocus(Qt::TabFocusReason);
    return true;
}

} // namespace ArchDeck
