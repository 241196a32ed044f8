// Whether a collection file is sound: SQLite's `PRAGMA quick_check`, run by the store on open and
// on each backup before restoring it, or the slower `PRAGMA integrity_check`.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ArchDeck {

struct StoreCheck
{
    enum class Verdict {
        Healthy,
        Damaged, ///< the file is corrupt or not a database
        Failed ///< could not tell: busy, unreadable, out of memory…
    };

    Verdict verdict = Verdict::Healthy;
    QString problem; ///< quick_check's first complaint or SQLite's error text
    QSqlError error; ///< when the check itself failed

    bool isHealthy() const { return verdict == Verdict::Healthy; }
    bool isDamaged() const { return verdict == Verdict::Damaged; }
};

/// Quick: `PRAGMA quick_check`, O(file size), checks every page's structure but not that indexes
/// match their tables. Full: `PRAGMA integrity_check`, which does, O(N log N).
enum class StoreCheckDepth { Quick, Full };

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
