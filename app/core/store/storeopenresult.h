// What happened when the CollectionStore opened a collection — the UI shows `notice` when it is
// not empty (a damaged file set aside, a backup restored, a backup that could not be made), and
// errorMessage() when nothing could be opened.
#pragma once

#include "diagnostic.h"

#include <QString>

namespace ArchDeck {

struct StoreOpenResult
{
    enum class Outcome {
        Opened, ///< an existing, sound collection
        Created, ///< there was none: a new, empty collection
        Restored, ///< the file was damaged: set aside, the newest sound backup restored
        StartedEmpty, ///< the file was damaged and no backup was sound: set aside, a new collection
        Failed ///< nothing is open; `diagnostics` say why
    };

    Outcome outcome = Outcome::Failed;
    int schemaVersionFound = 0; ///< `user_version` before migrating (0 for a new file)
    int schemaVersion = 0; ///< after migrating
    QString backupPath; ///< the backup made on this start; empty when none was made
    QString setAsidePath; ///< where the damaged file was moved; empty unless it was
    QString restoredFrom; ///< the backup restored; empty unless one was
    QString notice; ///< sentences for the user; empty when there is nothing to say
    Diagnostics diagnostics; ///< why nothing is open (Failed); empty otherwise

    bool isOpen() const { return outcome != Outcome::Failed; }
    bool hasNotice() const { return !notice.isEmpty(); }
    /// "Could not open the collection /…/collection.sqlite3: …", as Result<T> says it; empty
    /// when a collection is open.
    QString errorMessage() const { return firstErrorMessage(diagnostics); }
};

} // namespace ArchDeck
