#include "collectionlocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ArchDeck {

namespace {

Result<CollectionLocation> failure(const QString &message)
{
    return Result<CollectionLocation>::failure(Diagnostic::failure(message));
}

} // namespace

Result<CollectionLocation> resolveCollectionLocation(const QString &explicitDirectory)
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
        return failure(QStringLiteral("This system reports no folder for application data; "
                                      "choose one with --data-dir or ARCHDECK_DATA_DIR."));
    }

    const QString absolute = QDir::cleanPath(QDir(directory).absolutePath());
    if (!QDir().mkpath(absolute))
        return failure(QStringLiteral("Could not create the data folder %1.").arg(absolute));
    if (!QFileInfo(absolute).isWritable())
        return failure(QStringLiteral("The data folder %1 is not writable.").arg(absolute));
    location.directory = absolute;
    return Result<CollectionLocation>::success(location);
}

} // namespace ArchDeck
