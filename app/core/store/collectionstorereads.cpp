// CollectionStore: everything that reads — card states, the queue, finding cards, the log,
// statistics and settings.
#include "collectionstore.h"

#include "storerows.h"
#include "storesql.h"

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

/// "SELECT card_id, added_ms, <scheduling> FROM card", read by readStoredCard().
QString storedCardSelect()
{
    return u"SELECT card_id, added_ms, %1 FROM card"_s.arg(StoreRows::schedulingColumns());
}

StoredCard readStoredCard(const QSqlQuery &query)
{
    return {query.value(0).toString(), StoreSql::toDateTime(query.value(1)),
        StoreRows::readScheduling(query, 2)};
}

QString reviewSelect()
{
    return u"SELECT %1 FROM review_log JOIN card ON card.id = review_log.card"_s.arg(
        StoreRows::reviewColumns());
}

QString orderBy(StoredCardFilter::Order order)
{
    switch (order) {
    case StoredCardFilter::Order::ByDue:
        return u"due_ms, id"_s; // the order of the index card_due: the queue needs no sort
    case StoredCardFilter::Order::ByStability:
        return u"stability, card_id"_s;
    case StoredCardFilter::Order::ByDifficulty:
        return u"difficulty, card_id"_s;
    case StoredCardFilter::Order::ByLapses:
        return u"lapses DESC, card_id"_s;
    case StoredCardFilter::Order::ByCardId:
        break;
    }
    return u"card_id"_s;
}

/// The WHERE clause of \a filter, its values appended to \a values.
QString whereClause(const StoredCardFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (!filter.idContains.isEmpty()) {
        QString pattern = filter.idContains;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        conditions.append(u"card_id LIKE ? ESCAPE '\\'"_s);
        values->append(u"%"_s + pattern + u"%"_s);
    }
    const QList<CardPhase> pastNew {CardPhase::Learning, CardPhase::Review, CardPhase::Relearning};
    if (filter.phases == pastNew) {
        conditions.append(u"phase <> 0"_s); // as the partial index card_due says it, so it is used
    } else if (!filter.phases.isEmpty()) {
        QStringList placeholders;
        for (CardPhase phase : filter.phases) {
            placeholders.append(u"?"_s);
            values->append(static_cast<int>(phase));
        }
        conditions.append(u"phase IN (%1)"_s.arg(placeholders.join(u", "_s)));
    }
    const auto bound = [&](const QString &condition, const QVariant &value) {
        conditions.append(condition);
        values->append(value);
    };
    if (filter.dueAtOrBefore.isValid())
        bound(u"due_ms <= ?"_s, StoreSql::fromDateTime(filter.dueAtOrBefore));
    if (filter.minStability)
        bound(u"stability >= ?"_s, *filter.minStability);
    if (filter.maxStability)
        bound(u"stability <= ?"_s, *filter.maxStability);
    if (filter.minDifficulty)
        bound(u"difficulty >= ?"_s, *filter.minDifficulty);
    if (filter.maxDifficulty)
        bound(u"difficulty <= ?"_s, *filter.maxDifficulty);
    if (filter.minLapses)
        bound(u"lapses >= ?"_s, *filter.minLapses);
    return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s);
}

} // namespace

Result<SchedulingState> CollectionStore::cardState(const QString &cardId) const
{
    const QString action = u"read the state of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<SchedulingState>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, storedCardSelect() + u" WHERE card_id = ?"_s, {cardId}))
        return StoreSql::failure<SchedulingState>(action, query.lastError());
    if (!query.next())
        return {SchedulingState {}, {}};
    return {readStoredCard(query).state, {}};
}

Result<QHash<QString, SchedulingState>> CollectionStore::allCardStates() const
{
    using States = QHash<QString, SchedulingState>;
    const QString action = u"read the card states"_s;
    if (!isOpen())
        return StoreSql::notOpen<States>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, storedCardSelect()))
        return StoreSql::failure<States>(action, query.lastError());
    States states;
    while (query.next())
        states.insert(query.value(0).toString(), StoreRows::readScheduling(query, 2));
    if (query.lastError().isValid())
        return StoreSql::failure<States>(action, query.lastError());
    return {states, {}};
}

Result<QList<StoredCard>> CollectionStore::dueCards(const QDateTime &now, int limit) const
{
    StoredCardFilter filter;
    filter.phases = {CardPhase::Learning, CardPhase::Review, CardPhase::Relearning};
    filter.dueAtOrBefore = now;
    filter.order = StoredCardFilter::Order::ByDue;
    filter.limit = limit;
    return findCards(filter);
}

Result<QList<StoredCard>> CollectionStore::newCards(int limit) const
{
    const QString action = u"read the new cards"_s;
    if (!isOpen())
        return StoreSql::notOpen<QList<StoredCard>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            storedCardSelect() + u" WHERE phase = 0 ORDER BY added_ms, id LIMIT ?"_s, {limit}))
        return StoreSql::failure<QList<StoredCard>>(action, query.lastError());
    QList<StoredCard> cards;
    while (query.next())
        cards.append(readStoredCard(query));
    return {cards, {}};
}

Result<QList<StoredCard>> CollectionStore::findCards(const StoredCardFilter &filter) const
{
    const QString action = u"find cards"_s;
    if (!isOpen())
        return StoreSql::notOpen<QList<StoredCard>>(action);
    QVariantList values;
    QString sql = storedCardSelect() + whereClause(filter, &values);
    sql += u" ORDER BY %1 LIMIT ?"_s.arg(orderBy(filter.order));
    values.append(filter.limit);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, sql, values))
        return StoreSql::failure<QList<StoredCard>>(action, query.lastError());
    QList<StoredCard> cards;
    while (query.next())
        cards.append(readStoredCard(query));
    return {cards, {}};
}

Result<QList<ReviewRecord>> CollectionStore::reviews(const QString &cardId) const
{
    const QString action = u"read the reviews of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<QList<ReviewRecord>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            reviewSelect() + u" WHERE card.card_id = ? ORDER BY reviewed_ms, review_log.id"_s,
            {cardId}))
        return StoreSql::failure<QList<ReviewRecord>>(action, query.lastError());
    QList<ReviewRecord> result;
    while (query.next())
        result.append(StoreRows::readReview(query));
    return {result, {}};
}

Result<QList<ReviewRecord>> CollectionStore::reviewsBetween(
    const QDateTime &from, const QDateTime &to) const
{
    const QString action = u"read the reviews"_s;
    if (!isOpen())
        return StoreSql::notOpen<QList<ReviewRecord>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            reviewSelect()
                + u" WHERE reviewed_ms >= ? AND reviewed_ms < ?"
                  u" ORDER BY reviewed_ms, review_log.id"_s,
            {StoreSql::fromDateTime(from), StoreSql::fromDateTime(to)}))
        return StoreSql::failure<QList<ReviewRecord>>(action, query.lastError());
    QList<ReviewRecord> result;
    while (query.next())
        result.append(StoreRows::readReview(query));
    return {result, {}};
}

Result<QString> CollectionStore::setting(const QString &key, const QString &fallback) const
{
    const QString action = u"read the setting %1"_s.arg(key);
    if (!isOpen())
        return {fallback, {StoreSql::noCollectionOpen(action)}};
    QSqlQuery query(database());
    if (!StoreSql::exec(query, u"SELECT value FROM setting WHERE key = ?"_s, {key}))
        return {fallback, {StoreSql::couldNot(action, query.lastError())}};
    return {query.next() ? query.value(0).toString() : fallback, {}};
}

} // namespace ArchDeck
