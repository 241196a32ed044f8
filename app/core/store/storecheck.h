// StoreCheck — whether a collection file is sound, as the store reports it to its callers:
// SQLite's `PRAGMA quick_check` (on open, and on each backup before restoring it) or the slower
// `PRAGMA integrity_check`. The checks themselves are in internal/storeintegrity.h.
#pragma once

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
    QString errorText; ///< the driver's text when the check itself failed, for logs

    bool isHealthy() const { return verdict == Verdict::Healthy; }
    bool isDamaged() const { return verdict == Verdict::Damaged; }
};

/// Quick: `PRAGMA quick_check`, O(file size), checks every page's structure but not that indexes
/// match their tables. Full: `PRAGMA integrity_check`, which does, O(N log N).
enum class StoreCheckDepth { Quick, Full };

} // namespace ArchDeck
