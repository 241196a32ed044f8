// The integrity checks behind StoreCheck (storecheck.h), on an open connection or a file.
// Store-internal: they take QSqlDatabase.
#pragma once

#include "storecheck.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ArchDeck {

/// Checks the database of an open connection.
StoreCheck checkDatabase(
    const QSqlDatabase &database, StoreCheckDepth depth = StoreCheckDepth::Quick);

/// Opens \a path read-only on a connection of its own and checks it. Read-only, so that closing it
/// never checkpoints a WAL into the file or deletes the WAL: a damaged file and its WAL stay
/// exactly as they were found.
StoreCheck checkDatabaseFile(const QString &path, StoreCheckDepth depth = StoreCheckDepth::Quick);

/// Turns a failed statement into a verdict: Damaged for corruption errors, Failed otherwise.
StoreCheck checkFromError(const QSqlError &error);

} // namespace ArchDeck
