#include "page.h"

namespace ArchDeck {

Page::Page(QWidget *parent)
    : QWidget(parent)
{ }

void Page::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    currentChanged(current);
}

} // namespace ArchDeck
