// FilterKeyHandler — keys in the study window's filter box: Esc clears it; Down or Enter hands
// focus to the results, so Space, J and K work on the cards again without the mouse.
#pragma once

#include <QObject>

class QLineEdit;
class QWidget;

namespace ArchDeck {

class FilterKeyHandler : public QObject
{
public:
    /// Installs itself on `edit`; `results` receives focus on Down/Enter.
    FilterKeyHandler(QLineEdit *edit, QWidget *results);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_results;
};

} // namespace ArchDeck
