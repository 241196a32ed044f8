// CollectionStore — the study collection on disk: card scheduling states, the review log,
// collection settings, the user's diagram versions and whiteboard attempts, and the tables for
// interviews.
// The only place in ArchDeck that holds SQL. One SQLite file, `collection.sqlite3`, in the folder
// resolveCollectionLocation() gives; each store has its own connection, used from the thread that
// opened it. Every write is one transaction; see docs/schema.md for the tables.
#pragma once

#include "interviewvalues.h"
#include "result.h"
#include "reviewtypes.h"
#include "storecheck.h"
#include "storeopenresult.h"
#include "storevalues.h"
#include "whiteboardvalues.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
class QSqlDatabase; // the store's connection stays private: only app/core/store links Qt6::Sql

#include <memory>
#include <optional>

namespace ArchDeck {

namespace StoreSql {
class Connection;
}
class StoreBackupJob;
class StoreBackups;
struct StoreRecovery;

struct StoreOpenOptions
{
    enum class Backup {
        InBackground, ///< open() returns at once; waitForBackup() or close() waits for the copy
        BeforeReturning, ///< open() waits for it and reports it in StoreOpenResult::backupPath
        Skip
    };

    /// A collection that needs migrating is always backed up before returning, and before
    /// migrating.
    Backup backup = Backup::InBackground;
    QDateTime now; ///< names the backup and any set-aside file; the current time when invalid
};

class CollectionStore
{
public:
    /// "collection.sqlite3"
    static QString databaseFileName();

    CollectionStore();
    ~CollectionStore();
    CollectionStore(const CollectionStore &) = delete;
    CollectionStore &operator=(const CollectionStore &) = delete;

    /// Opens (or creates) the collection in \a directory: checks it, backs it up, brings its
    /// schema up to date. A damaged file is set aside and the newest sound backup restored; the
    /// result says so in a sentence for the user.
    StoreOpenResult open(const QString &directory, const StoreOpenOptions &options = {});
    /// Closes the collection, after waiting for a backup still being made.
    void close();
    bool isOpen() const { return m_connection != nullptr; }
    QString databasePath() const { return m_databasePath; }
    /// Waits for the backup open() started in the background; its path (empty when none was
    /// started, or it was already reported), or the sentence to show when it could not be made.
    Result<QString> waitForBackup();
    Result<StoreStatus> status() const;
    /// Checks the open file: quick_check (as on open) or the full integrity_check.
    StoreCheck check(StoreCheckDepth depth) const;

    // Reviews
    /// Stores the card's new state (review.after) and appends the review to the log, atomically;
    /// returns the review's id. A card the store has not seen is added.
    Result<qint64> saveReview(const ReviewRecord &review);
    /// Puts the card of the latest review back in its state before it and removes that review,
    /// atomically; returns the review undone, or nothing when the log is empty.
    Result<std::optional<ReviewRecord>> undoLastReview();
    Result<QList<ReviewRecord>> reviews(const QString &cardId) const; ///< oldest first
    /// Reviews with from <= reviewedAt < to, oldest first.
    Result<QList<ReviewRecord>> reviewsBetween(const QDateTime &from, const QDateTime &to) const;

    // Cards
    /// Adds the cards not yet stored, as New, introduced at \a addedAt; returns how many were new.
    Result<int> addCards(const QStringList &cardIds, const QDateTime &addedAt);
    /// The card's state; a New, never-scheduled state for a card the store has not seen.
    Result<SchedulingState> cardState(const QString &cardId) const;
    Result<QHash<QString, SchedulingState>> allCardStates() const;
    /// Cards past New whose due time is at or before \a now, earliest due first.
    Result<QList<StoredCard>> dueCards(const QDateTime &now, int limit) const;
    /// New cards in the order they were added, at most \a limit (-1: all of them).
    Result<QList<StoredCard>> newCards(int limit) const;
    Result<QList<StoredCard>> findCards(const StoredCardFilter &filter) const;

    // Statistics
    Result<PhaseCounts> countsByPhase() const;
    /// Cards past New due at or before \a time.
    Result<int> dueCount(const QDateTime &time) const;
    /// Reviews with from <= reviewedAt < to.
    Result<ReviewSummary> reviewSummary(const QDateTime &from, const QDateTime &to) const;
    // … over time (collectionstorehistory.cpp): one query each, however many days
    /// Reviews between consecutive \a boundaries (ascending): result[i] counts
    /// boundaries[i] <= reviewedAt < boundaries[i + 1], so n boundaries give n - 1 counts.
    Result<QList<int>> reviewCountsBetween(const QList<QDateTime> &boundaries) const;
    /// Cards past New falling due by each of \a ends (ascending): result[0] counts those due at
    /// or before ends[0] (overdue ones too), result[i] those due after ends[i - 1] up to ends[i].
    Result<QList<int>> dueCountsUntil(const QList<QDateTime> &ends) const;
    /// How many of \a cardIds the store has not seen yet (cards that count as New).
    Result<int> unseenCardCount(const QStringList &cardIds) const;

    // Settings that belong to the collection (desired_retention, new_cards_per_day, …)
    /// The value of \a key; \a fallback when it is not set, and (with the error) when it cannot
    /// be read.
    Result<QString> setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // Your diagrams (collectionstorewhiteboard.cpp). Versions are numbered per card from 1; at
    // most one is current, and a card without a current version shows the bundled reference.
    // A card the store has not seen is added (as New, at \a now) by the first write about it.
    /// Starts a new version of the card's diagram holding \a dot (UTF-8) and makes it the
    /// current one; returns its number. Restoring an earlier version is starting a new one with
    /// its text: the history only grows.
    Result<int> startDiagramVersion(
        const QString &cardId, const QByteArray &dot, const QDateTime &now);
    /// Autosave within one editing session: rewrites \a version's text and time in place and
    /// makes it current. One small transaction, committed when this returns.
    Status updateDiagramVersion(
        const QString &cardId, int version, const QByteArray &dot, const QDateTime &now);
    /// The version the card shows; nothing when it shows the reference.
    Result<std::optional<DiagramVersion>> currentDiagramVersion(const QString &cardId) const;
    Result<QList<DiagramVersion>> diagramVersions(const QString &cardId) const; ///< newest first
    /// Makes no version current, so the card shows the reference again. The versions are kept.
    Status resetDiagramToReference(const QString &cardId);
    /// Cards whose current diagram is the user's own (they show a marker).
    Result<QSet<QString>> cardsWithOwnDiagram() const;

    // Drawing from memory (collectionstorewhiteboard.cpp)
    /// Saves a checked attempt (its id is ignored); returns the id it was given.
    Result<qint64> recordWhiteboardAttempt(const WhiteboardAttempt &attempt);
    /// The card's attempts, the one started last first.
    Result<QList<WhiteboardAttempt>> whiteboardAttempts(const QString &cardId) const;
    /// Best and last score of every card drawn at least once; cards never drawn are absent.
    Result<QHash<QString, WhiteboardScore>> whiteboardScores() const;

    // Mock interviews (collectionstoreinterview.cpp)
    /// Saves a finished session's report (its id is ignored); returns the id it was given.
    Result<qint64> saveInterview(const InterviewRecord &record);
    /// Finished sessions with their questions, the one started last first.
    Result<QList<InterviewRecord>> interviewHistory() const;
    /// How many sessions interviewHistory() would return, without reading them.
    Result<int> interviewCount() const;
    /// The session in progress, as InterviewSession::snapshot() wrote it: kept until cleared, so a
    /// crash or kill -9 leaves it to resume on the next start. One at a time.
    Status saveInterviewSnapshot(const QJsonObject &snapshot);
    /// The saved snapshot; an empty object when there is none.
    Result<QJsonObject> interviewSnapshot() const;
    Status clearInterviewSnapshot();

    /// For generated collections (the benchmark, tests): stores \a cards as they are and appends
    /// \a reviews to the log without touching card states, all in one transaction.
    Status insertBulk(const QList<StoredCard> &cards, const QList<ReviewRecord> &reviews);

private:
    QSqlDatabase database() const;
    StoreCheck connect();
    /// Connects; a damaged file is recovered first. What recovery did (nothing when the file was
    /// sound), also when connecting failed after it.
    Result<StoreRecovery> connectOrRecover(const StoreBackups &backups, const QDateTime &now);
    Result<int> schemaVersion() const;
    /// Backs up and prunes; the backup's path.
    Result<QString> backUpNow(const StoreBackups &backups, const QDateTime &now) const;

    std::unique_ptr<StoreSql::Connection> m_connection;
    std::unique_ptr<StoreBackupJob> m_backupJob;
    QString m_databasePath;
};

} // namespace ArchDeck
