// Shared by the store tests and the durability writer: building review values, comparing them in
// QCOMPARE with readable failures, and reaching a database file behind the store's back (to build
// old versions by hand and to inspect what the store wrote).
#pragma once

#include "collectionstore.h"
#include "reviewtypes.h"

#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace ArchDeck {

inline bool operator==(const SchedulingState &a, const SchedulingState &b)
{
    return a.phase == b.phase && a.due == b.due && a.stability == b.stability
        && a.difficulty == b.difficulty && a.elapsedDays == b.elapsedDays
        && a.scheduledDays == b.scheduledDays && a.learningSteps == b.learningSteps
        && a.reps == b.reps && a.lapses == b.lapses && a.lastReview == b.lastReview;
}

inline bool operator==(const ReviewRecord &a, const ReviewRecord &b)
{
    return a.id == b.id && a.cardId == b.cardId && a.reviewedAt == b.reviewedAt
        && a.rating == b.rating && a.durationMs == b.durationMs && a.before == b.before
        && a.after == b.after;
}

inline QString describe(const SchedulingState &s)
{
    return QStringLiteral("{phase %1, due %2, S %3, D %4, elapsed %5, scheduled %6, step %7, "
                          "reps %8, lapses %9, last %10}")
        .arg(int(s.phase))
        .arg(s.due.toString(Qt::ISODateWithMs))
        .arg(s.stability, 0, 'g', 17)
        .arg(s.difficulty, 0, 'g', 17)
        .arg(s.elapsedDays)
        .arg(s.scheduledDays)
        .arg(s.learningSteps)
        .arg(s.reps)
        .arg(s.lapses)
        .arg(s.lastReview.toString(Qt::ISODateWithMs));
}

inline char *toString(const SchedulingState &s)
{
    return QTest::toString(describe(s));
}

inline char *toString(const ReviewRecord &r)
{
    return QTest::toString(QStringLiteral("{id %1, card %2, at %3, rating %4, %5 ms, before %6, "
                                          "after %7}")
                               .arg(r.id)
                               .arg(r.cardId, r.reviewedAt.toString(Qt::ISODateWithMs))
                               .arg(int(r.rating))
                               .arg(r.durationMs)
                               .arg(describe(r.before), describe(r.after)));
}

namespace StoreTest {

/// A fixed moment the store tests start from: 2025-01-25 17:15 UTC.
inline const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1737825300000, Qt::UTC);

/// Open options for tests that do not test backups.
inline StoreOpenOptions noBackup()
{
    StoreOpenOptions options;
    options.backup = StoreOpenOptions::Backup::Skip;
    return options;
}

inline QDateTime utc(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.toUTC();
}

/// A plausible state after \a reps reviews, distinct for each \a seed.
inline SchedulingState reviewedState(int seed, const QDateTime &at)
{
    SchedulingState state;
    state.phase = seed % 3 == 0 ? CardPhase::Learning : CardPhase::Review;
    state.stability = 0.5 + seed * 0.731;
    state.difficulty = 1.0 + (seed % 90) / 10.0;
    state.elapsedDays = seed % 7;
    state.scheduledDays = state.phase == CardPhase::Review ? 1 + seed % 40 : 0;
    state.learningSteps = state.phase == CardPhase::Learning ? 1 : 0;
    state.reps = 1 + seed % 12;
    state.lapses = seed % 4;
    state.lastReview = at;
    state.due = at.addSecs(state.phase == CardPhase::Review ? state.scheduledDays * 86400 : 600);
    return state;
}

/// A review of \a cardId at \a at, from \a before to a state derived from \a seed.
inline ReviewRecord review(const QString &cardId, const QDateTime &at, Rating rating,
    const SchedulingState &before, int seed)
{
    ReviewRecord record;
    record.cardId = cardId;
    record.reviewedAt = at;
    record.rating = rating;
    record.durationMs = 1000 + seed;
    record.before = before;
    record.after = reviewedState(seed, at);
    return record;
}

/// The diagram the durability writer autosaves for save number \a n: about 3 KB of DOT (forty
/// nodes and their edges, the size of a bundled diagram) whose first line names n.
inline QByteArray autosavedDot(int n)
{
    QByteArray dot = "// autosave " + QByteArray::number(n) + "\ndigraph outbox {\n";
    for (int node = 0; node < 40; ++node) {
        dot += "    n" + QByteArray::number(node) + " [label=\"Service " + QByteArray::number(node)
            + " (save " + QByteArray::number(n) + ")\" kind=service];\n";
    }
    for (int node = 1; node < 40; ++node)
        dot += "    n" + QByteArray::number(node - 1) + " -> n" + QByteArray::number(node) + ";\n";
    return dot + "}\n";
}

/// The save number autosavedDot() wrote into \a dot; -1 for any other text.
inline int autosaveNumber(const QByteArray &dot)
{
    const QByteArray prefix = "// autosave ";
    if (!dot.startsWith(prefix))
        return -1;
    bool ok = false;
    const int n = dot.mid(prefix.size(), dot.indexOf('\n') - prefix.size()).toInt(&ok);
    return ok && dot == autosavedDot(n) ? n : -1;
}

/// A connection of the test's own to \a path, closed and removed when this goes out of scope.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        database.open();
    }
    ~RawDatabase()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /// Runs every `;`-terminated statement of \a sqlFile; the first error's text, or empty.
    QString runFile(const QString &sqlFile) const
    {
        QFile file(sqlFile);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read ") + sqlFile;
        QString statement;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QLatin1String("--")))
                continue;
            statement += line + QLatin1Char('\n');
            if (!line.trimmed().endsWith(QLatin1Char(';')))
                continue;
            QSqlQuery query(database());
            if (!query.exec(statement))
                return query.lastError().text() + QStringLiteral(" in: ") + statement;
            statement.clear();
        }
        return {};
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

} // namespace StoreTest

} // namespace ArchDeck
