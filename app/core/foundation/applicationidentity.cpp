#include "applicationidentity.h"

#include <QCoreApplication>

namespace ArchDeck {

void setApplicationIdentity(const QString &version)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("ArchDeck"));
    QCoreApplication::setApplicationVersion(version);
}

} // namespace ArchDeck
