// The collection verb: `archdeck [--data-dir DIR] stats [--json]` — what the statistics screen
// shows, for scripts and a quick look from a terminal. Reads the collection; never writes a backup.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace ArchDeck::StatsVerb {

/// `stats [--json] [--data-dir DIR]` — the figures of CollectionStatistics, as the statistics
/// screen shows them: the deck's questions by state (those the collection has not seen count as
/// new), cards due by the end of the study day (learning steps due later today included), reviews
/// today, true retention over the last 30 days (young and mature), average time per review.
/// `--json` prints
///
///   {"cards": {"new": 40, "learning": 2, "review": 2, "relearning": 0, "total": 44},
///    "due_today": 3, "reviews_today": 5,
///    "retention_30d": {"rate": 0.9, "reviews": 10, "young": {"rate": 1, "reviews": 4},
///                      "mature": {"rate": 0.8333, "reviews": 6}},
///    "average_seconds_per_review": 8.5}
///
/// with null rates and average when there was nothing to measure. Exit 1 when the data folder
/// cannot be made, 2 when the collection cannot be opened or read.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ArchDeck::StatsVerb
