// CollectionStore: the mock interview's history — finished sessions with their reports, newest
// first — and the snapshot of the session in progress, offered for resume after a crash.
#include "collectionstore.h"

#include "storesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

const QString kSnapshotKey = u"interview/snapshot"_s;

QJsonArray toArray(const QList<qint64> &values)
{
    QJsonArray array;
    for (const qint64 value : values)
        array.append(double(value));
    return array;
}

QJsonArray toArray(const QList<int> &values)
{
    QJsonArray array;
    for (const int value : values)
        array.append(value);
    return array;
}

template<typename T> QList<T> fromArray(const QJsonValue &value)
{
    QList<T> list;
    for (const QJsonValue &item : value.toArray())
        list.append(T(item.toDouble()));
    return list;
}

QString sessionSettings(const InterviewRecord &record)
{
    QJsonObject settings {{u"mode"_s, record.mode},
        {u"phases"_s, QJsonArray::fromStringList(record.phaseNames)},
        {u"minutes"_s, toArray(record.phaseMinutes)},
        {u"rubric"_s, QJsonArray::fromStringList(record.rubric)}};
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

QString questionRecord(const InterviewQuestionRecord &question)
{
    QJsonObject record {{u"phase_ms"_s, toArray(question.phaseMs)},
        {u"overtime_ms"_s, toArray(question.overtimeMs)}, {u"skipped"_s, question.skipped},
        {u"rubric"_s, toArray(question.rubric)}};
    if (question.diffScore >= 0)
        record.insert(u"diff_score"_s, question.diffScore);
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

Status validate(const InterviewRecord &record)
{
    QString problem;
    if (!record.startedAt.isValid() || !record.endedAt.isValid())
        problem = u"it has no start or end time"_s;
    else if (record.endedAt < record.startedAt)
        problem = u"it ends before it starts"_s;
    else if (record.questions.isEmpty())
        problem = u"it asked no question"_s;
    for (const InterviewQuestionRecord &question : record.questions) {
        if (!problem.isEmpty())
            break;
        if (question.cardId.isEmpty())
            problem = u"a question names no card"_s;
        else if (question.diffScore > 1 || !std::isfinite(question.diffScore))
            problem = u"the diff score of %1 is not between 0 and 1"_s.arg(question.cardId);
        else if (!question.rubric.isEmpty() && question.rubric.size() != record.rubric.size())
            problem = u"%1 has %2 rubric scores for %3 criteria"_s.arg(question.cardId)
                          .arg(question.rubric.size())
                          .arg(record.rubric.size());
        for (const int score : question.rubric)
            if (problem.isEmpty() && (score < 0 || score > 3))
                problem = u"the rubric score %1 of %2 is not 0–3"_s.arg(score).arg(question.cardId);
    }
    if (problem.isEmpty())
        return Status::success();
    return Status::failure(
        Diagnostic::failure(u"Could not save the interview report: %1."_s.arg(problem)));
}

} // namespace

Result<qint64> CollectionStore::saveInterview(const InterviewRecord &record)
{
    const QString action = u"save the interview report"_s;
    if (!isOpen())
        return StoreSql::notOpen<qint64>(action);
    if (const Status invalid = validate(record); !invalid.isOk())
        return Result<qint64>::failure(invalid.diagnostics);

    StoreSql::Transaction transaction(database());
    QSqlError error = transaction.begin();
    qint64 id = 0;
    if (!error.isValid()) {
        QSqlQuery query(database());
        if (StoreSql::exec(query,
                u"INSERT INTO interview_session (started_ms, ended_ms, settings) VALUES (?, ?, ?)"_s,
                {StoreSql::fromDateTime(record.startedAt), StoreSql::fromDateTime(record.endedAt),
                    sessionSettings(record)}))
            id = query.lastInsertId().toLongLong();
        else
            error = query.lastError();
    }
    for (qsizetype i = 0; i < record.questions.size() && !error.isValid(); ++i) {
        const InterviewQuestionRecord &question = record.questions.at(i);
        error = StoreSql::execute(database(),
            u"INSERT OR IGNORE INTO card (card_id, added_ms) VALUES (?, ?)"_s,
            {question.cardId, StoreSql::fromDateTime(record.startedAt)});
        if (!error.isValid()) {
            error = StoreSql::execute(database(),
                u"INSERT INTO interview_question (session, position, card, notes, record, drawing) "
                u"VALUES (?, ?, (SELECT id FROM card WHERE card_id = ?), ?, ?, ?)"_s,
                {id, int(i), question.cardId, question.notes, questionRecord(question),
                    question.drawing.isEmpty() ? QVariant()
                                               : QVariant(QString::fromUtf8(question.drawing))});
        }
    }
    if (!error.isValid())
        error = transaction.commit();
    if (error.isValid())
        return StoreSql::failure<qint64>(action, error);
    return {id, {}};
}

Result<int> CollectionStore::interviewCount() const
{
    const QString action = u"count the interview history"_s;
    if (!isOpen())
        return StoreSql::notOpen<int>(action);
    QSqlQuery query(database());
    if (!StoreSql::exec(query, u"SELECT COUNT(*) FROM interview_session WHERE ended_ms IS NOT NULL"_s)
        || !query.next())
        return StoreSql::failure<int>(action, query.lastError());
    return Result<int>::success(query.value(0).toInt());
}

Result<QList<InterviewRecord>> CollectionStore::interviewHistory() const
{
    using Records = QList<InterviewRecord>;
    const QString action = u"read the interview history"_s;
    if (!isOpen())
        return StoreSql::notOpen<Records>(action);
    Records records;
    QHash<qint64, qsizetype> indexById;
    QSqlQuery sessions(database());
    if (!StoreSql::exec(sessions,
            u"SELECT id, started_ms, ended_ms, settings FROM interview_session "
            u"WHERE ended_ms IS NOT NULL ORDER BY started_ms DESC, id DESC"_s))
        return StoreSql::failure<Records>(action, sessions.lastError());
    while (sessions.next()) {
        InterviewRecord record;
        record.id = sessions.value(0).toLongLong();
        record.startedAt = StoreSql::toDateTime(sessions.value(1));
        record.endedAt = StoreSql::toDateTime(sessions.value(2));
        const QJsonObject settings
            = QJsonDocument::fromJson(sessions.value(3).toString().toUtf8()).object();
        record.mode = settings.value(u"mode"_s).toString();
        for (const QJsonValue &name : settings.value(u"phases"_s).toArray())
            record.phaseNames << name.toString();
        record.phaseMinutes = fromArray<int>(settings.value(u"minutes"_s));
        for (const QJsonValue &name : settings.value(u"rubric"_s).toArray())
            record.rubric << name.toString();
        indexById.insert(record.id, records.size());
        records.append(std::move(record));
    }

    QSqlQuery questions(database());
    if (!StoreSql::exec(questions,
            u"SELECT interview_question.session, card.card_id, interview_question.notes, "
            u"interview_question.record, interview_question.drawing FROM interview_question "
            u"JOIN card ON card.id = interview_question.card "
            u"ORDER BY interview_question.session, interview_question.position"_s))
        return StoreSql::failure<Records>(action, questions.lastError());
    while (questions.next()) {
        const auto at = indexById.constFind(questions.value(0).toLongLong());
        if (at == indexById.cend())
            continue; // a session never finished
        InterviewQuestionRecord question;
        question.cardId = questions.value(1).toString();
        question.notes = questions.value(2).toString();
        const QJsonObject record
            = QJsonDocument::fromJson(questions.value(3).toString().toUtf8()).object();
        question.phaseMs = fromArray<qint64>(record.value(u"phase_ms"_s));
        question.overtimeMs = fromArray<qint64>(record.value(u"overtime_ms"_s));
        question.skipped = record.value(u"skipped"_s).toBool();
        question.rubric = fromArray<int>(record.value(u"rubric"_s));
        question.diffScore = record.value(u"diff_score"_s).toDouble(-1);
        question.drawing = questions.value(4).toString().toUtf8();
        records[*at].questions.append(std::move(question));
    }
    return {records, {}};
}

Status CollectionStore::saveInterviewSnapshot(const QJsonObject &snapshot)
{
    return setSetting(
        kSnapshotKey, QString::fromUtf8(QJsonDocument(snapshot).toJson(QJsonDocument::Compact)));
}

Result<QJsonObject> CollectionStore::interviewSnapshot() const
{
    const Result<QString> text = setting(kSnapshotKey);
    if (!text.isOk())
        return Result<QJsonObject>::failure(text.diagnostics);
    if (text.value.isEmpty())
        return Result<QJsonObject>::success({});
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.value.toUtf8(), &error);
    if (!document.isObject())
        return Result<QJsonObject>::failure(Diagnostic::failure(
            u"The interrupted interview could not be read back (%1); it is dropped."_s.arg(
                error.errorString())));
    return Result<QJsonObject>::success(document.object());
}

Status CollectionStore::clearInterviewSnapshot()
{
    return setSetting(kSnapshotKey, u""_s); // empty, not NULL: the column is NOT NULL
}

} // namespace ArchDeck
