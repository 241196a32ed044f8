// Where the study collection lives on disk. Used by the GUI and the CLI before they open the
// CollectionStore; tests and portable installs point it elsewhere.
#pragma once

#include <QString>

namespace ArchDeck {

struct CollectionLocation
{
    enum class Source { Explicit, Environment, Platform };

    QString directory; ///< absolute, created; empty when it could not be made
    Source source = Source::Platform;
    QString error; ///< "Could not create the data folder /x/y: permission denied."

    bool isValid() const { return error.isEmpty() && !directory.isEmpty(); }
};

/// The collection folder: \a explicitDirectory (the global `--data-dir DIR`) when not empty, else
/// the `ARCHDECK_DATA_DIR` environment variable when set and not empty, else the platform's
/// application data location (on Linux `~/.local/share/ArchDeck/ArchDeck`). The folder is created.
///
///   resolveCollectionLocation(u"tmp/deck"_s)  →  {"/home/me/tmp/deck", Source::Explicit, ""}
CollectionLocation resolveCollectionLocation(const QString &explicitDirectory = {});

} // namespace ArchDeck
