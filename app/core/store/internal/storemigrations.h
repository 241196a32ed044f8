// The collection's schema, as the list of steps that build it: version 1 creates the tables, each
// later version changes them. A new collection runs every step; an old one runs the steps it lacks,
// so both end in the same schema. The CollectionStore applies them on open; docs/schema.md
// describes the result.
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace ArchDeck {

struct StoreMigration
{
    int version = 0; ///< `PRAGMA user_version` once the step is applied
    QString purpose; ///< one line, for docs and error messages
    QStringList statements;
};

/// Every step in order; step i has version i + 1. Never edit a released step: add a new one.
const QList<StoreMigration> &storeMigrations();

/// The version a database has after every step: the last step's version.
int currentStoreSchemaVersion();

/// Applies the steps after \a fromVersion, each in its own transaction together with its
/// `PRAGMA user_version`, so a crash leaves the database at one version or the next, never between.
Status migrateStore(const QSqlDatabase &database, int fromVersion);

} // namespace ArchDeck
