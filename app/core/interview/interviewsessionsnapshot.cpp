// InterviewSession's snapshot: what it writes for an autosave, and restore(), which reads it back
// field by field and refuses a damaged one with the first problem in words.
#include "interviewsession.h"

#include <QJsonArray>

#include <climits>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ArchDeck {

namespace {

constexpr int kSnapshotVersion = 1;
constexpr int kMaxPhaseMinutes = 24 * 60;
/// JSON numbers are doubles: whole milliseconds are exact up to 2^53 (285,000 years).
constexpr qint64 kMaxJsonMs = qint64(1) << 53;

// Snapshot names: written to disk, so they stay when the enumerators are renamed.
const QList<std::pair<InterviewSession::Stage, QString>> kStageNames {
    {InterviewSession::Stage::NotStarted, u"not-started"_s},
    {InterviewSession::Stage::Phase, u"phase"_s},
    {InterviewSession::Stage::Review, u"review"_s},
    {InterviewSession::Stage::Finished, u"finished"_s},
};
const QList<std::pair<InterviewSession::Cue, QString>> kCueNames {
    {InterviewSession::Cue::HalfTime, u"half-time"_s},
    {InterviewSession::Cue::OneMinuteLeft, u"one-minute-left"_s},
    {InterviewSession::Cue::Overtime, u"overtime"_s},
};

template<typename Enum> QString nameOf(const QList<std::pair<Enum, QString>> &names, Enum value)
{
    for (const auto &[known, name] : names)
        if (known == value)
            return name;
    return {};
}

template<typename Enum> QStringList namesOf(const QList<std::pair<Enum, QString>> &names)
{
    QStringList list;
    for (const auto &entry : names)
        list.append(entry.second);
    return list;
}

/// Reads a snapshot's fields and keeps the first problem as words for the user. After a problem
/// every read gives an empty value, so callers read on and check ok() where it matters. A field
/// is named by its path: "phases[2].minutes" is field "minutes" of object "phases[2]".
class SnapshotReader
{
public:
    bool ok() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    void fail(const QString &sentence)
    {
        if (ok())
            m_problem = sentence;
    }

    QString text(const QJsonValue &value, const QString &path)
    {
        if (ok() && !value.isString())
            fail(u"“%1” must be text"_s.arg(path));
        return ok() ? value.toString() : QString();
    }

    bool boolean(const QJsonValue &value, const QString &path)
    {
        if (ok() && !value.isBool())
            fail(u"“%1” must be true or false"_s.arg(path));
        return ok() && value.toBool();
    }

    QJsonArray array(const QJsonValue &value, const QString &path)
    {
        if (ok() && !value.isArray())
            fail(u"“%1” must be a list"_s.arg(path));
        return ok() ? value.toArray() : QJsonArray();
    }

    QJsonObject object(const QJsonValue &value, const QString &path)
    {
        if (ok() && !value.isObject())
            fail(u"“%1” must be an object"_s.arg(path));
        return ok() ? value.toObject() : QJsonObject();
    }

    qint64 wholeNumber(const QJsonValue &value, const QString &path, qint64 min, qint64 max)
    {
        const double number = value.toDouble();
        if (ok()
            && (!value.isDouble() || number != std::floor(number) || number < double(min)
                || number > double(max)))
            fail(u"“%1” must be a whole number from %2 to %3"_s.arg(path).arg(min).arg(max));
        return ok() ? qint64(number) : min;
    }

    template<typename Enum>
    Enum oneOf(
        const QJsonValue &value, const QString &path, const QList<std::pair<Enum, QString>> &names)
    {
        for (const auto &[known, name] : names)
            if (value.isString() && value.toString() == name)
                return known;
        fail(u"“%1” must be one of: %2"_s.arg(path, namesOf(names).join(u", "_s)));
        return names.constFirst().first;
    }

    // The same for a field of `object`, which is at `objectPath` ("" for the snapshot itself).
    QString text(const QJsonObject &object, const QString &key, const QString &objectPath = {})
    {
        return text(field(object, key, objectPath), path(key, objectPath));
    }
    bool boolean(const QJsonObject &object, const QString &key, const QString &objectPath = {})
    {
        return boolean(field(object, key, objectPath), path(key, objectPath));
    }
    QJsonArray array(const QJsonObject &object, const QString &key, const QString &objectPath = {})
    {
        return array(field(object, key, objectPath), path(key, objectPath));
    }
    qint64 wholeNumber(const QJsonObject &object, const QString &key, const QString &objectPath,
        qint64 min, qint64 max)
    {
        return wholeNumber(field(object, key, objectPath), path(key, objectPath), min, max);
    }
    template<typename Enum>
    Enum oneOf(
        const QJsonObject &object, const QString &key, const QList<std::pair<Enum, QString>> &names)
    {
        return oneOf(field(object, key, {}), key, names);
    }

private:
    static QString path(const QString &key, const QString &objectPath)
    {
        return objectPath.isEmpty() ? key : objectPath + u'.' + key;
    }

    QJsonValue field(const QJsonObject &object, const QString &key, const QString &objectPath)
    {
        const QJsonValue value = object.value(key);
        if (ok() && value.isUndefined())
            fail(u"“%1” is missing"_s.arg(path(key, objectPath)));
        return value;
    }

    QString m_problem;
};

void readVersion(SnapshotReader &reader, const QJsonObject &root)
{
    const qint64 version = reader.wholeNumber(root, u"version"_s, {}, 1, INT_MAX);
    if (reader.ok() && version != kSnapshotVersion)
        reader.fail(u"it was saved in format %1 by another version of ArchDeck, and this one "
                    "reads format %2"_s.arg(version)
                        .arg(kSnapshotVersion));
}

InterviewMode readMode(SnapshotReader &reader, const QJsonObject &root)
{
    bool known = false;
    const InterviewMode mode = interviewModeFromName(reader.text(root, u"mode"_s), &known);
    if (reader.ok() && !known)
        reader.fail(u"“mode” must be one of: quick, system-design"_s);
    return mode;
}

QList<InterviewPhase> readPhases(SnapshotReader &reader, const QJsonObject &root)
{
    const QJsonArray array = reader.array(root, u"phases"_s);
    if (reader.ok() && array.isEmpty())
        reader.fail(u"“phases” must list at least one phase"_s);
    QList<InterviewPhase> phases;
    for (qsizetype i = 0; reader.ok() && i < array.size(); ++i) {
        const QString at = u"phases[%1]"_s.arg(i);
        const QJsonObject object = reader.object(array.at(i), at);
        phases.append({reader.text(object, u"name"_s, at),
            int(reader.wholeNumber(object, u"minutes"_s, at, 1, kMaxPhaseMinutes)),
            reader.text(object, u"prompt"_s, at), reader.boolean(object, u"followUps"_s, at)});
    }
    return phases;
}

QList<InterviewQuestion> readQuestions(SnapshotReader &reader, const QJsonObject &root)
{
    const QJsonArray array = reader.array(root, u"questions"_s);
    QList<InterviewQuestion> questions;
    for (qsizetype i = 0; reader.ok() && i < array.size(); ++i) {
        const QString at = u"questions[%1]"_s.arg(i);
        const QJsonObject object = reader.object(array.at(i), at);
        InterviewQuestion question {
            reader.text(object, u"cardId"_s, at), reader.text(object, u"question"_s, at), {}};
        const QJsonArray followUps = reader.array(object, u"followUps"_s, at);
        for (qsizetype f = 0; reader.ok() && f < followUps.size(); ++f)
            question.followUps.append(
                reader.text(followUps.at(f), u"%1.followUps[%2]"_s.arg(at).arg(f)));
        questions.append(question);
    }
    return questions;
}

/// Where a session was: its stage, question, phase and the cues given in that phase.
struct Position
{
    InterviewSession::Stage stage = InterviewSession::Stage::NotStarted;
    int question = -1;
    int phase = -1;
    QList<InterviewSession::Cue> cuesGiven;
};

/// The position must exist in the plan: a question in a phase or in its review, or none.
Position readPosition(
    SnapshotReader &reader, const QJsonObject &root, qsizetype questionCount, qsizetype phaseCount)
{
    using Stage = InterviewSession::Stage;
    Position position;
    position.stage = reader.oneOf(root, u"stage"_s, kStageNames);
    const bool asking = position.stage == Stage::Phase || position.stage == Stage::Review;
    const bool inPhase = position.stage == Stage::Phase;
    position.question = int(reader.wholeNumber(
        root, u"question"_s, {}, asking ? 0 : -1, asking ? questionCount - 1 : -1));
    position.phase = int(
        reader.wholeNumber(root, u"phase"_s, {}, inPhase ? 0 : -1, inPhase ? phaseCount - 1 : -1));
    const QJsonArray cues = reader.array(root, u"cuesGiven"_s);
    for (qsizetype i = 0; inPhase && reader.ok() && i < cues.size(); ++i)
        position.cuesGiven.append(reader.oneOf(cues.at(i), u"cuesGiven[%1]"_s.arg(i), kCueNames));
    return position;
}

/// One entry per question, with the time of each phase (overtimeMs left empty).
QList<InterviewSession::QuestionTiming> readProgress(SnapshotReader &reader,
    const QJsonObject &root, const QList<InterviewQuestion> &questions, qsizetype phaseCount)
{
    const QJsonArray array = reader.array(root, u"progress"_s);
    if (reader.ok() && array.size() != questions.size())
        reader.fail(
            u"“progress” must have one entry per question (%1, not %2)"_s.arg(questions.size())
                .arg(array.size()));
    QList<InterviewSession::QuestionTiming> progress;
    for (qsizetype q = 0; reader.ok() && q < questions.size(); ++q) {
        const QString at = u"progress[%1]"_s.arg(q);
        const QJsonObject object = reader.object(array.at(q), at);
        const QJsonArray phaseMs = reader.array(object, u"phaseMs"_s, at);
        if (reader.ok() && phaseMs.size() != phaseCount)
            reader.fail(u"“%1.phaseMs” must have one entry per phase (%2, not %3)"_s.arg(at)
                            .arg(phaseCount)
                            .arg(phaseMs.size()));
        InterviewSession::QuestionTiming timing;
        for (qsizetype p = 0; reader.ok() && p < phaseCount; ++p)
            timing.phaseMs.append(reader.wholeNumber(
                phaseMs.at(p), u"%1.phaseMs[%2]"_s.arg(at).arg(p), 0, kMaxJsonMs));
        timing.skipped = reader.boolean(object, u"skipped"_s, at);
        timing.followUpsAsked = int(reader.wholeNumber(
            object, u"followUpsAsked"_s, at, 0, questions.at(q).followUps.size()));
        progress.append(timing);
    }
    return progress;
}

} // namespace

QJsonObject InterviewSession::snapshot() const
{
    QJsonArray phases;
    for (const InterviewPhase &phase : m_phases)
        phases.append(QJsonObject {{u"name"_s, phase.name}, {u"minutes"_s, phase.minutes},
            {u"prompt"_s, phase.prompt}, {u"followUps"_s, phase.followUps}});
    QJsonArray questions;
    for (const InterviewQuestion &question : m_questions)
        questions.append(
            QJsonObject {{u"cardId"_s, question.cardId}, {u"question"_s, question.question},
                {u"followUps"_s, QJsonArray::fromStringList(question.followUps)}});
    QJsonArray progress;
    for (const QuestionTiming &timing : timings()) {
        QJsonArray phaseMs;
        for (const qint64 ms : timing.phaseMs)
            phaseMs.append(ms);
        progress.append(QJsonObject {{u"phaseMs"_s, phaseMs}, {u"skipped"_s, timing.skipped},
            {u"followUpsAsked"_s, timing.followUpsAsked}});
    }
    QJsonArray cuesGiven;
    for (const Cue cue : m_cuesGiven)
        cuesGiven.append(nameOf(kCueNames, cue));
    return {
        {u"version"_s, kSnapshotVersion},
        {u"mode"_s, interviewModeName(m_mode)},
        {u"phases"_s, phases},
        {u"questions"_s, questions},
        {u"stage"_s, nameOf(kStageNames, m_stage)},
        {u"question"_s, m_questionIndex},
        {u"phase"_s, phaseIndex()},
        {u"paused"_s, m_paused},
        {u"cuesGiven"_s, cuesGiven},
        {u"progress"_s, progress},
    };
}

Result<std::unique_ptr<InterviewSession>> InterviewSession::restore(
    const Clock &clock, const QJsonObject &snapshot, QObject *parent)
{
    SnapshotReader reader;
    readVersion(reader, snapshot);
    const InterviewMode mode = readMode(reader, snapshot);
    const QList<InterviewPhase> phases = readPhases(reader, snapshot);
    const QList<InterviewQuestion> questions = readQuestions(reader, snapshot);
    const Position position = readPosition(reader, snapshot, questions.size(), phases.size());
    const QList<QuestionTiming> progress = readProgress(reader, snapshot, questions, phases.size());
    if (!reader.ok())
        return Result<std::unique_ptr<InterviewSession>>::failure(Diagnostic::failure(
            tr("This saved interview cannot be resumed: %1.").arg(reader.problem())));

    auto session = std::make_unique<InterviewSession>(clock, mode, phases, questions, parent);
    for (qsizetype q = 0; q < progress.size(); ++q)
        session->m_progress[q]
            = {progress.at(q).phaseMs, progress.at(q).skipped, progress.at(q).followUpsAsked};
    session->m_stage = position.stage;
    session->m_questionIndex = position.question;
    session->m_phaseIndex = position.phase;
    session->m_cuesGiven = position.cuesGiven;
    // Back paused whatever "paused" says, so the user takes up the thread when ready; resume()
    // starts the clock from then, so the time the app was closed counts nowhere.
    session->m_paused = position.stage == Stage::Phase || position.stage == Stage::Review;
    return Result<std::unique_ptr<InterviewSession>>::success(std::move(session));
}

} // namespace ArchDeck
