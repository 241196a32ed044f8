#include "applicationidentity.h"

#include <QCoreApplication>

namespace ArchDeck {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ArchDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCHDECK_VERSION));
}

} // namespace ArchDeck
