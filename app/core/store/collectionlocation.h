// Where the study collection lives on disk. Used by the GUI and the CLI before they open the
// CollectionStore; tests and portable installs point it elsewhere.
#pragma once

#include "result.h"

#include <QString>

namespace ArchDeck {

struct CollectionLocation
{
    enum class Source { Explicit, Environment, Platform };

    QString directory; ///< absolute, created
    Source source = Source::Platform;
};

/// The collection folder: \a explicitDirectory (the global `--data-dir DIR`) when not empty, else
/// the `ARCHDECK_DATA_DIR` environment variable when set and not empty, else the platform's
/// application data location (on Linux `~/.local/share/ArchDeck/ArchDeck`). The folder is created;
/// when it cannot be, or is not writable, the result says so ("Could not create the data folder
/// /x/y.").
///
///   resolveCollectionLocation(u"tmp/deck"_s).value  →  {"/home/me/tmp/deck", Source::Explicit}
Result<CollectionLocation> resolveCollectionLocation(const QString &explicitDirectory = {});

} // namespace ArchDeck
