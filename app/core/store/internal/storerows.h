// How the store's rows map to the shared value types: the column lists of `card` and `review_log`
// and the conversions both ways. Only the collection store's own files include this header.
#pragma once

#include "reviewtypes.h"

#include <QSqlQuery>
#include <QVariantList>

namespace ArchDeck::StoreRows {

/// "phase, due_ms, …, last_review_ms" — or with a suffix, "phase_before, due_before_ms, …".
/// The order matches schedulingValues() and readScheduling().
QString schedulingColumns(const QString &suffix = {});

/// "card.card_id, review_log.id, …" in the order readReview() expects, for
/// `SELECT <reviewColumns> FROM review_log JOIN card ON card.id = review_log.card`.
QString reviewColumns();

/// "?, ?, ?" — \a count positional placeholders.
QString placeholders(int count);

QVariantList schedulingValues(const SchedulingState &state);

/// Reads the ten scheduling columns starting at column \a first of the current row.
SchedulingState readScheduling(const QSqlQuery &query, int first);

/// Reads a row selected with reviewColumns().
ReviewRecord readReview(const QSqlQuery &query);

constexpr int schedulingColumnCount = 10;

} // namespace ArchDeck::StoreRows
