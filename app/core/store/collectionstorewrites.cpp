// CollectionStore: everything that writes — reviews, undo, cards, settings, bulk loads.
#include "collectionstore.h"

#include "storerows.h"
#include "storesql.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

Status validate(const ReviewRecord &review)
{
    if (review.cardId.isEmpty())
        return Status::failure(
            Diagnostic::failure(u"Could not save the review: it names no card."_s));
    if (!review.reviewedAt.isValid()) {
        return Status::failure(Diagnostic::failure(
            u"Could not save the review of %1: it has no time."_s.arg(review.cardId)));
    }
    const int rating = static_cast<int>(review.rating);
    if (rating < 1 || rating > 4) {
        return Status::failure(Diagnostic::failure(
            u"Could not save the review of %1: the grade %2 is not 1–4."_s.arg(review.cardId)
                .arg(rating)));
    }
    return Status::success();
}

/// Inserts a card or, when it exists, overwrites its scheduling state. Values: upsertCardValues().
QString upsertCardSql()
{
    QStringList assignments;
    const QStringList columns = StoreRows::schedulingColumns().split(u", "_s);
    for (const QString &column : columns)
        assignments.append(u"%1 = excluded.%1"_s.arg(column));
    return u"INSERT INTO card (card_id, added_ms, %1) VALUES (%2) "
           u"ON CONFLICT (card_id) DO UPDATE SET %3"_s.arg(StoreRows::schedulingColumns(),
               StoreRows::placeholders(2 + StoreRows::schedulingColumnCount),
               assignments.join(u", "_s));
}

QVariantList upsertCardValues(
    const QString &cardId, const QDateTime &addedAt, const SchedulingState &state)
{
    return QVariantList {cardId, StoreSql::fromDateTime(addedAt)}
    + StoreRows::schedulingValues(state);
}

/// Appends a review to the log; its card must be stored. Values: appendReviewValues().
QString appendReviewSql()
{
    return u"INSERT INTO review_log (card, reviewed_ms, rating, duration_ms, %1, %2) "
           u"VALUES ((SELECT id FROM card WHERE card_id = ?), ?, ?, ?, %3)"_s.arg(
               StoreRows::schedulingColumns(u"_before"_s),
               StoreRows::schedulingColumns(u"_after"_s),
               StoreRows::placeholders(2 * StoreRows::schedulingColumnCount));
}

QVariantList appendReviewValues(const ReviewRecord &review)
{
    return QVariantList {review.cardId, StoreSql::fromDateTime(review.reviewedAt),
               static_cast<int>(review.rating), review.durationMs}
    + StoreRows::schedulingValues(review.before) + StoreRows::schedulingValues(review.after);
}

/// Runs an already prepared statement again with new values.
bool execPrepared(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

Result<qint64> CollectionStore::saveReview(const ReviewRecord &review)
{
    const QString action = u"save the review of %1"_s.arg(review.cardId);
    if (!isOpen())
        return {-1, {StoreSql::noCollectionOpen(action)}};
    if (const Status invalid = validate(review); !invalid.isOk())
        return {-1, invalid.diagnostics};

    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid()) {
        error = StoreSql::execute(database(), upsertCardSql(),
            upsertCardValues(review.cardId, review.reviewedAt, review.after));
    }
    qint64 id = -1;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (StoreSql::exec(query, appendReviewSql(), appendReviewValues(review)))
            id = query.lastInsertId().toLongLong();
        else
            error = query.lastError();
    }
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return {-1, {StoreSql::couldNot(action, error)}};
    return {id, {}};
}

Result<std::optional<ReviewRecord>> CollectionStore::undoLastReview()
{
    const QString action = u"undo the last review"_s;
    if (!isOpen())
        return StoreSql::notOpen<std::optional<ReviewRecord>>(action);

    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    std::optional<ReviewRecord> undone;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (!StoreSql::exec(query,
                u"SELECT %1 FROM review_log JOIN card ON card.id = review_log.card "
                u"ORDER BY review_log.id DESC LIMIT 1"_s.arg(StoreRows::reviewColumns()))) {
            error = query.lastError();
        } else if (query.next()) {
            undone = StoreRows::readReview(query);
        }
    }
    if (!error.isValid() && undone) {
        error = StoreSql::execute(database(),
            u"UPDATE card SET (%1) = (%2) WHERE card_id = ?"_s.arg(StoreRows::schedulingColumns(),
                StoreRows::placeholders(StoreRows::schedulingColumnCount)),
            StoreRows::schedulingValues(undone->before) + QVariantList {undone->cardId});
    }
    if (!error.isValid() && undone) {
        error
            = StoreSql::execute(database(), u"DELETE FROM review_log WHERE id = ?"_s, {undone->id});
    }
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return StoreSql::failure<std::optional<ReviewRecord>>(action, error);
    return {undone, {}};
}

Result<int> CollectionStore::addCards(const QStringList &cardIds, const QDateTime &addedAt)
{
    const QString action = u"add cards to the collection"_s;
    if (!isOpen())
        return StoreSql::notOpen<int>(action);
    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    int added = 0;
    QSqlQuery query(database());
    if (!error.isValid()
        && !query.prepare(u"INSERT OR IGNORE INTO card (card_id, added_ms) VALUES (?, ?)"_s))
        error = query.lastError();
    for (auto cardId = cardIds.cbegin(); !error.isValid() && cardId != cardIds.cend(); ++cardId) {
        if (execPrepared(query, {*cardId, StoreSql::fromDateTime(addedAt)}))
            added += query.numRowsAffected();
        else
            error = query.lastError();
    }
    query.finish();
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return StoreSql::failure<int>(action, error);
    return {added, {}};
}

Status CollectionStore::setSetting(const QString &key, const QString &value)
{
    const QString action = u"save the setting %1"_s.arg(key);
    if (!isOpen())
        return StoreSql::notOpen<void>(action);
    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid()) {
        error = StoreSql::execute(database(),
            u"INSERT INTO setting (key, value) VALUES (?, ?) "
            u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            {key, value});
    }
    if (!error.isValid())
        error = transaction.commit();
    return error.isValid() ? StoreSql::failure<void>(action, error) : Status::success();
}

Status CollectionStore::insertBulk(
    const QList<StoredCard> &cards, const QList<ReviewRecord> &reviews)
{
    const QString action = u"load the generated collection"_s;
    if (!isOpen())
        return StoreSql::notOpen<void>(action);
    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    {
        QSqlQuery cardQuery(database());
        if (!error.isValid() && !cardQuery.prepare(upsertCardSql()))
            error = cardQuery.lastError();
        for (auto card = cards.cbegin(); !error.isValid() && card != cards.cend(); ++card) {
            if (!execPrepared(
                    cardQuery, upsertCardValues(card->cardId, card->addedAt, card->state)))
                error = cardQuery.lastError();
        }
        QSqlQuery reviewQuery(database());
        if (!error.isValid() && !reviewQuery.prepare(appendReviewSql()))
            error = reviewQuery.lastError();
        for (auto review = reviews.cbegin(); !error.isValid() && review != reviews.cend();
             ++review) {
            if (!execPrepared(reviewQuery, appendReviewValues(*review)))
                error = reviewQuery.lastError();
        }
    }
    if (!error.isValid())
        error = transaction.commit();
    return error.isValid() ? StoreSql::failure<void>(action, error) : Status::success();
}

} // namespace ArchDeck
