#include "collectionlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ArchDeck {

CollectionLocation resolveCollectionLocation(const QString &explicitDirectory)
{
    CollectionLocation location;
    QString directory = explicitDirectory;
    location.source = CollectionLocation::Source::Explicit;
    if (directory.isEmpty()) {
        directory = qEnvironmentVariable("ARCHDECK_DATA_DIR");
        location.source = CollectionLocation::Source::Environment;
    }
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        location.source = CollectionLocation::Source::Platform;
    }
    if (directory.isEmpty()) {
        location.error = QStringLiteral("This system reports no folder for application data; "
                                        "choose one with --data-dir or ARCHDECK_DATA_DIR.");
        return location;
    }

    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    if (!QDir().mkpath(absolute)) {
        location.error = QStringLiteral("Could not create the data folder %1.").arg(absolute);
        return location;
    }
    if (!QFileInfo(absolute).isWritable()) {
        location.error = QStringLiteral("The data folder %1 is not writable.").arg(absolute);
        return location;
    }
    location.directory = absolute;
    return location;
}

} // namespace ArchDeck
