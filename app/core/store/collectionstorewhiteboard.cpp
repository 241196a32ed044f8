// CollectionStore: the user's versions of a card's diagram (started, autosaved, reset, listed)
// and the attempts at drawing one from memory (recorded, listed, scored).
#include "collectionstore.h"

#include "storesql.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

/// The card's row id, for `WHERE card = …`; a card the store has not seen has none (NULL).
const QString cardRow = u"(SELECT id FROM card WHERE card_id = ?)"_s;

/// "SELECT <columns> FROM diagram_version JOIN card …", read by readDiagramVersion().
QString diagramVersionSelect()
{
    return u"SELECT version, dot, saved_ms, is_current, created_ms FROM diagram_version "
           u"JOIN card ON card.id = diagram_version.card WHERE card.card_id = ?"_s;
}

DiagramVersion readDiagramVersion(const QSqlQuery &query)
{
    return {query.value(0).toInt(), query.value(1).toString().toUtf8(),
        StoreSql::toDateTime(query.value(2)), query.value(3).toInt() == 1,
        StoreSql::toDateTime(query.value(4))};
}

/// "SELECT <columns> FROM whiteboard_attempt JOIN card …", read by readAttempt(). Attempts never
/// checked (none are written so: the columns predate scores) are not attempts for the user.
QString attemptSelect()
{
    return u"SELECT whiteboard_attempt.id, card.card_id, started_ms, finished_ms, drawing, score, "
           u"missed FROM whiteboard_attempt JOIN card ON card.id = whiteboard_attempt.card "
           u"WHERE score IS NOT NULL"_s;
}

WhiteboardAttempt readAttempt(const QSqlQuery &query)
{
    WhiteboardAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.cardId = query.value(1).toString();
    attempt.startedAt = StoreSql::toDateTime(query.value(2));
    attempt.finishedAt = StoreSql::toDateTime(query.value(3));
    attempt.drawing = query.value(4).toByteArray();
    attempt.score = query.value(5).toDouble();
    const QString missed = query.value(6).toString();
    if (!missed.isEmpty())
        attempt.missed = missed.split(u'\n');
    return attempt;
}

/// The `dot` column's value: UTF-8 text, never NULL, not even for an empty diagram.
QString dotText(const QByteArray &dot)
{
    const QString text = QString::fromUtf8(dot);
    return text.isNull() ? u""_s : text;
}

/// The "you missed" list as stored: one entry a line, line breaks inside an entry as spaces.
QString missedText(const QStringList &missed)
{
    QStringList lines;
    for (QString entry : missed)
        lines.append(entry.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' '));
    return lines.join(u'\n');
}

/// Adds the card, as New at \a now, unless the store has it.
QSqlError addCardIfMissing(
    const QSqlDatabase &database, const QString &cardId, const QDateTime &now)
{
    return StoreSql::execute(database,
        u"INSERT OR IGNORE INTO card (card_id, added_ms) VALUES (?, ?)"_s,
        {cardId, StoreSql::fromDateTime(now)});
}

Status validateDiagram(
    const QString &action, const QString &cardId, const QByteArray &dot, const QDateTime &now)
{
    QString problem;
    if (cardId.isEmpty())
        problem = u"it names no card"_s;
    else if (!now.isValid())
        problem = u"it has no time"_s;
    else if (QString::fromUtf8(dot).toUtf8() != dot) // the column is text: keep it exact
        problem = u"the diagram is not UTF-8 text"_s;
    if (problem.isEmpty())
        return Status::success();
    return Status::failure(Diagnostic::failure(u"Could not %1: %2."_s.arg(action, problem)));
}

Status validateAttempt(const WhiteboardAttempt &attempt)
{
    const QString action = u"save the whiteboard attempt at %1"_s.arg(attempt.cardId);
    QString problem;
    if (attempt.cardId.isEmpty())
        problem = u"it names no card"_s;
    else if (!attempt.startedAt.isValid() || !attempt.finishedAt.isValid())
        problem = u"it has no start or finish time"_s;
    else if (attempt.finishedAt < attempt.startedAt)
        problem = u"it finishes before it starts"_s;
    else if (!std::isfinite(attempt.score) || attempt.score < 0 || attempt.score > 1)
        problem = u"the score %1 is not between 0 and 1"_s.arg(attempt.score);
    if (problem.isEmpty())
        return Status::success();
    return Status::failure(Diagnostic::failure(u"Could not %1: %2."_s.arg(action, problem)));
}

} // namespace

Result<int> CollectionStore::startDiagramVersion(
    const QString &cardId, const QByteArray &dot, const QDateTime &now)
{
    const QString action = u"save your diagram of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<int>(action);
    if (const Status invalid = validateDiagram(action, cardId, dot, now); !invalid.isOk())
        return Result<int>::failure(invalid.diagnostics);

    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid())
        error = addCardIfMissing(database(), cardId, now);
    // One current version per card (a partial unique index): the old one steps down first.
    if (!error.isValid()) {
        error = StoreSql::execute(database(),
            u"UPDATE diagram_version SET is_current = 0 WHERE card = %1 AND is_current = 1"_s.arg(
                cardRow),
            {cardId});
    }
    int version = 0;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (StoreSql::exec(query,
                u"SELECT COALESCE(MAX(version), 0) + 1 FROM diagram_version WHERE card = %1"_s.arg(
                    cardRow),
                {cardId})
            && query.next())
            version = query.value(0).toInt();
        else
            error = query.lastError();
    }
    if (!error.isValid()) {
        error = StoreSql::execute(database(),
            u"INSERT INTO diagram_version (card, version, dot, created_ms, saved_ms, is_current) "
            u"VALUES (%1, ?, ?, ?, ?, 1)"_s.arg(cardRow),
            {cardId, version, dotText(dot), StoreSql::fromDateTime(now),
                StoreSql::fromDateTime(now)});
    }
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return StoreSql::failure<int>(action, error);
    return {version, {}};
}

Status CollectionStore::updateDiagramVersion(
    const QString &cardId, int version, const QByteArray &dot, const QDateTime &now)
{
    const QString action = u"save your diagram of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<void>(action);
    if (const Status invalid = validateDiagram(action, cardId, dot, now); !invalid.isOk())
        return invalid;

    // Two statements on the (card, version) and current-version indexes: cheap enough for an
    // autosave a second. Committed (in the WAL) when this returns, so it survives a kill.
    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid()) {
        error = StoreSql::execute(database(),
            u"UPDATE diagram_version SET is_current = 0 "
            u"WHERE card = %1 AND is_current = 1 AND version <> ?"_s.arg(cardRow),
            {cardId, version});
    }
    int updated = 0;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (StoreSql::exec(query,
                u"UPDATE diagram_version SET dot = ?, saved_ms = ?, is_current = 1 "
                u"WHERE card = %1 AND version = ?"_s.arg(cardRow),
                {dotText(dot), StoreSql::fromDateTime(now), cardId, version}))
            updated = query.numRowsAffected();
        else
            error = query.lastError();
    }
    if (!error.isValid() && updated == 0) {
        // Nothing changed: the transaction rolls back when it goes out of scope.
        return Status::failure(
            Diagnostic::failure(u"Could not %1: it has no version %2."_s.arg(action).arg(version)));
    }
    if (!error.isValid())
        error = transaction.commit();
    return error.isValid() ? StoreSql::failure<void>(action, error) : Status::success();
}

Result<std::optional<DiagramVersion>> CollectionStore::currentDiagramVersion(
    const QString &cardId) const
{
    using Current = std::optional<DiagramVersion>;
    const QString action = u"read your diagram of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<Current>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, diagramVersionSelect() + u" AND is_current = 1"_s, {cardId}))
        return StoreSql::failure<Current>(action, query.lastError());
    if (!query.next())
        return {Current(), {}};
    return {readDiagramVersion(query), {}};
}

Result<QList<DiagramVersion>> CollectionStore::diagramVersions(const QString &cardId) const
{
    const QString action = u"read the versions of your diagram of %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<QList<DiagramVersion>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, diagramVersionSelect() + u" ORDER BY version DESC"_s, {cardId}))
        return StoreSql::failure<QList<DiagramVersion>>(action, query.lastError());
    QList<DiagramVersion> versions;
    while (query.next())
        versions.append(readDiagramVersion(query));
    return {versions, {}};
}

Status CollectionStore::resetDiagramToReference(const QString &cardId)
{
    const QString action = u"reset the diagram of %1 to the reference"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<void>(action);
    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid()) {
        error = StoreSql::execute(database(),
            u"UPDATE diagram_version SET is_current = 0 WHERE card = %1 AND is_current = 1"_s.arg(
                cardRow),
            {cardId});
    }
    if (!error.isValid())
        error = transaction.commit();
    return error.isValid() ? StoreSql::failure<void>(action, error) : Status::success();
}

Result<QSet<QString>> CollectionStore::cardsWithOwnDiagram() const
{
    const QString action = u"find the cards with your own diagram"_s;
    if (!isOpen())
        return StoreSql::notOpen<QSet<QString>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            u"SELECT card.card_id FROM diagram_version JOIN card ON card.id = diagram_version.card "
            u"WHERE is_current = 1"_s))
        return StoreSql::failure<QSet<QString>>(action, query.lastError());
    QSet<QString> cards;
    while (query.next())
        cards.insert(query.value(0).toString());
    return {cards, {}};
}

Result<qint64> CollectionStore::recordWhiteboardAttempt(const WhiteboardAttempt &attempt)
{
    const QString action = u"save the whiteboard attempt at %1"_s.arg(attempt.cardId);
    if (!isOpen())
        return {-1, {StoreSql::noCollectionOpen(action)}};
    if (const Status invalid = validateAttempt(attempt); !invalid.isOk())
        return {-1, invalid.diagnostics};

    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    if (!error.isValid())
        error = addCardIfMissing(database(), attempt.cardId, attempt.startedAt);
    qint64 id = -1;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (StoreSql::exec(query,
                u"INSERT INTO whiteboard_attempt "
                u"(card, started_ms, finished_ms, drawing, drawing_format, score, missed) "
                u"VALUES (%1, ?, ?, ?, 'dot', ?, ?)"_s.arg(cardRow),
                {attempt.cardId, StoreSql::fromDateTime(attempt.startedAt),
                    StoreSql::fromDateTime(attempt.finishedAt), attempt.drawing, attempt.score,
                    missedText(attempt.missed)}))
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

Result<QList<WhiteboardAttempt>> CollectionStore::whiteboardAttempts(const QString &cardId) const
{
    const QString action = u"read the whiteboard attempts at %1"_s.arg(cardId);
    if (!isOpen())
        return StoreSql::notOpen<QList<WhiteboardAttempt>>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            attemptSelect()
                + u" AND card.card_id = ? ORDER BY started_ms DESC, whiteboard_attempt.id DESC"_s,
            {cardId}))
        return StoreSql::failure<QList<WhiteboardAttempt>>(action, query.lastError());
    QList<WhiteboardAttempt> attempts;
    while (query.next())
        attempts.append(readAttempt(query));
    return {attempts, {}};
}

Result<QHash<QString, WhiteboardScore>> CollectionStore::whiteboardScores() const
{
    using Scores = QHash<QString, WhiteboardScore>;
    const QString action = u"read the whiteboard scores"_s;
    if (!isOpen())
        return StoreSql::notOpen<Scores>(action);
    // Each card's attempts, the last first: its first row gives "last", all of them "best".
    QSqlQuery query(database());
    if (!StoreSql::exec(query,
            u"SELECT card.card_id, score, finished_ms FROM whiteboard_attempt "
            u"JOIN card ON card.id = whiteboard_attempt.card WHERE score IS NOT NULL "
            u"ORDER BY whiteboard_attempt.card, started_ms DESC, whiteboard_attempt.id DESC"_s))
        return StoreSql::failure<Scores>(action, query.lastError());
    Scores scores;
    while (query.next()) {
        const QString cardId = query.value(0).toString();
        const double score = query.value(1).toDouble();
        const bool isLast = !scores.contains(cardId);
        WhiteboardScore &card = scores[cardId];
        if (isLast) {
            card.best = card.last = score;
            card.lastAt = StoreSql::toDateTime(query.value(2));
        }
        card.best = std::max(card.best, score);
        ++card.attempts;
    }
    if (query.lastError().isValid())
        return StoreSql::failure<Scores>(action, query.lastError());
    return {scores, {}};
}

} // namespace ArchDeck
