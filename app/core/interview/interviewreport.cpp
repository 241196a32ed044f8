// InterviewReport: the rubric and its setting, the record made from a session, the verdict and the
// history's trend. The Markdown report is in interviewreportmarkdown.cpp.
#include "interviewreport.h"

#include "collectionstore.h"
#include "deck.h"
#include "interviewsession.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ArchDeck::InterviewReport {

namespace {

const QString kRubricKey = u"interview/rubric"_s;
constexpr qint64 kMinuteMs = 60 * 1000;
/// Scores are means of small fractions (k / (3 · criteria)); distinct ones lie far more than this
/// apart, while the rounding of their sums stays far below it.
constexpr double kScoreTolerance = 1e-9;

struct DefaultCriterion
{
    QString name;
    QString description;
};

const QList<DefaultCriterion> &defaultCriteria()
{
    static const QList<DefaultCriterion> criteria {
        {u"Requirements"_s,
            u"0 — jumped to a solution; 3 — clarified users, scale and constraints before "
            "designing"_s},
        {u"Design"_s,
            u"0 — no coherent design; 3 — clear components and data flow that meet the "
            "requirements"_s},
        {u"Trade-offs"_s,
            u"0 — one option, no alternatives; 3 — weighed alternatives and said what each "
            "costs"_s},
        {u"Communication"_s,
            u"0 — hard to follow; 3 — structured, thought aloud and checked in with the "
            "interviewer"_s},
    };
    return criteria;
}

} // namespace

QStringList defaultRubric()
{
    QStringList names;
    for (const DefaultCriterion &criterion : defaultCriteria())
        names << criterion.name;
    return names;
}

QString criterionDescription(const QString &criterion)
{
    for (const DefaultCriterion &known : defaultCriteria())
        if (known.name.compare(criterion.trimmed(), Qt::CaseInsensitive) == 0)
            return known.description;
    return u"0 — missing; 3 — what you would expect from a strong candidate"_s;
}

Result<QStringList> checkedRubric(const QStringList &names)
{
    using Failure = Result<QStringList>;
    if (names.isEmpty())
        return Failure::failure(Diagnostic::failure(u"The rubric needs at least one criterion."_s));
    if (names.size() > kMaxCriteria)
        return Failure::failure(Diagnostic::failure(
            u"The rubric has %1 criteria; at most %2 are allowed."_s.arg(names.size())
                .arg(kMaxCriteria)));
    QStringList trimmed;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (name.isEmpty())
            return Failure::failure(Diagnostic::failure(u"Criterion %1 has no name."_s.arg(i + 1)));
        // The setting keeps one name a line.
        if (name.contains(u'\n') || name.contains(u'\r'))
            return Failure::failure(Diagnostic::failure(
                u"The criterion '%1' spans several lines; give it a one-line name."_s.arg(
                    name.simplified())));
        if (name.size() > kMaxCriterionLength)
            return Failure::failure(Diagnostic::failure(
                u"The criterion '%1' is %2 characters long; at most %3 are allowed."_s.arg(name)
                    .arg(name.size())
                    .arg(kMaxCriterionLength)));
        for (const QString &earlier : std::as_const(trimmed))
            if (earlier.compare(name, Qt::CaseInsensitive) == 0)
                return Failure::failure(Diagnostic::failure(
                    u"The criterion '%1' appears twice in the rubric."_s.arg(name)));
        trimmed << name;
    }
    return Failure::success(trimmed);
}

QStringList rememberedRubric(const CollectionStore &store)
{
    const Result<QString> stored = store.setting(kRubricKey);
    if (!stored.isOk() || stored.value.isEmpty())
        return defaultRubric();
    const Result<QStringList> checked = checkedRubric(stored.value.split(u'\n'));
    return checked.isOk() ? checked.value : defaultRubric();
}

Status rememberRubric(CollectionStore &store, const QStringList &names)
{
    const Result<QStringList> checked = checkedRubric(names);
    if (!checked.isOk())
        return Status::failure(checked.diagnostics);
    return store.setSetting(kRubricKey, checked.value.join(u'\n'));
}

QuestionOutcome outcome(const InterviewQuestionRecord &question)
{
    if (question.skipped)
        return QuestionOutcome::Skipped;
    if (question.totalMs() == 0 && question.rubric.isEmpty() && question.diffScore < 0)
        return QuestionOutcome::NotReached;
    return QuestionOutcome::Answered;
}

namespace {

/// Why `entry` cannot go with `question` (its times already in place), or empty.
QString entryProblem(const InterviewQuestionRecord &question, const QuestionEntry &entry,
    qsizetype criteria, int number)
{
    const bool scored = !entry.rubric.isEmpty() || entry.diffScore.has_value();
    // Tested before the record's outcome is final: a question with no time is one never reached.
    if (scored && question.skipped)
        return u"question %1 was skipped, so it takes no scores"_s.arg(number);
    if (scored && question.totalMs() == 0)
        return u"question %1 was never reached, so it takes no scores"_s.arg(number);
    if (!entry.rubric.isEmpty() && entry.rubric.size() != criteria)
        return u"question %1 has %2 rubric scores for %3 criteria"_s.arg(number)
            .arg(entry.rubric.size())
            .arg(criteria);
    for (const int score : entry.rubric)
        if (score < 0 || score > kMaxRubricScore)
            return u"question %1 has the rubric score %2; scores are 0 to %3"_s.arg(number)
                .arg(score)
                .arg(kMaxRubricScore);
    if (entry.diffScore && !(*entry.diffScore >= 0 && *entry.diffScore <= 1))
        return u"question %1 has the diff score %2; it is 0 to 1, or none"_s.arg(number).arg(
            *entry.diffScore);
    return {};
}

} // namespace

Result<InterviewRecord> record(const InterviewSession &session, const QStringList &rubric,
    const QList<QuestionEntry> &entries, const QDateTime &startedAt, const QDateTime &endedAt)
{
    using Failure = Result<InterviewRecord>;
    const auto refuse = [](const QString &problem) {
        return Failure::failure(
            Diagnostic::failure(u"Cannot make the interview report: %1."_s.arg(problem)));
    };
    if (session.stage() != InterviewSession::Stage::Finished)
        return refuse(u"the session is still running; end it first"_s);
    if (!startedAt.isValid() || !endedAt.isValid())
        return refuse(u"it has no start or end time"_s);
    if (endedAt < startedAt)
        return refuse(u"it ends before it starts"_s);
    if (entries.size() != session.questionCount())
        return refuse(
            u"%1 entries for %2 questions"_s.arg(entries.size()).arg(session.questionCount()));
    const Result<QStringList> criteria = checkedRubric(rubric);
    if (!criteria.isOk())
        return Failure::failure(criteria.diagnostics);

    InterviewRecord result;
    result.startedAt = startedAt.toUTC();
    result.endedAt = endedAt.toUTC();
    result.mode = interviewModeName(session.mode());
    for (const InterviewPhase &phase : session.phases()) {
        result.phaseNames << phase.name;
        result.phaseMinutes << phase.minutes;
    }
    result.rubric = criteria.value;
    const QList<InterviewSession::QuestionTiming> timings = session.timings();
    for (qsizetype i = 0; i < timings.size(); ++i) {
        const InterviewSession::QuestionTiming &timing = timings.at(i);
        const QuestionEntry &entry = entries.at(i);
        InterviewQuestionRecord question;
        question.cardId = session.questions().at(i).cardId;
        question.phaseMs = timing.phaseMs;
        question.overtimeMs = timing.overtimeMs;
        question.skipped = timing.skipped;
        if (const QString problem
            = entryProblem(question, entry, criteria.value.size(), int(i) + 1);
            !problem.isEmpty())
            return refuse(problem);
        question.rubric = entry.rubric;
        question.diffScore = entry.diffScore.value_or(-1);
        question.notes = entry.notes;
        question.drawing = entry.drawing;
        result.questions << question;
    }
    return Result<InterviewRecord>::success(std::move(result));
}

VerdictBand band(double score)
{
    if (score < 0)
        return VerdictBand::NotScored;
    if (score >= kStrongHireScore - kScoreTolerance)
        return VerdictBand::StrongHire;
    if (score >= kHireScore - kScoreTolerance)
        return VerdictBand::Hire;
    if (score >= kLeanNoHireScore - kScoreTolerance)
        return VerdictBand::LeanNoHire;
    return VerdictBand::NoHire;
}

QString bandLabel(VerdictBand band)
{
    switch (band) {
    case VerdictBand::StrongHire:
        return u"Strong hire"_s;
    case VerdictBand::Hire:
        return u"Hire"_s;
    case VerdictBand::LeanNoHire:
        return u"Lean no hire"_s;
    case VerdictBand::NoHire:
        return u"No hire"_s;
    case VerdictBand::NotScored:
        break;
    }
    return u"Not scored"_s;
}

QList<double> criterionMeans(const InterviewRecord &record)
{
    QList<double> sums(record.rubric.size(), 0.0);
    int scored = 0;
    for (const InterviewQuestionRecord &question : record.questions) {
        if (question.rubric.size() != record.rubric.size() || question.rubric.isEmpty())
            continue;
        for (qsizetype c = 0; c < sums.size(); ++c)
            sums[c] += question.rubric.at(c);
        ++scored;
    }
    if (scored == 0)
        return {};
    for (double &sum : sums)
        sum /= scored;
    return sums;
}

qint64 plannedMs(const InterviewRecord &record)
{
    qint64 perQuestion = 0;
    for (const int minutes : record.phaseMinutes)
        perQuestion += minutes * kMinuteMs;
    const auto answered = std::count_if(record.questions.cbegin(), record.questions.cend(),
        [](const InterviewQuestionRecord &q) { return outcome(q) == QuestionOutcome::Answered; });
    return perQuestion * answered;
}

qint64 totalMs(const InterviewRecord &record)
{
    qint64 total = 0;
    for (const InterviewQuestionRecord &question : record.questions)
        total += question.totalMs();
    return total;
}

qint64 totalOvertimeMs(const InterviewRecord &record)
{
    qint64 total = 0;
    for (const InterviewQuestionRecord &question : record.questions)
        total += question.totalOvertimeMs();
    return total;
}

QString duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const QLatin1Char zero('0');
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

QString overtime(qint64 ms)
{
    return ms > 0 ? QStringLiteral("+") + duration(ms) : QString();
}

QString percent(double share)
{
    return QStringLiteral("%1 %").arg(qRound(share * 100));
}

QString cardTitle(const Deck &deck, const QString &cardId)
{
    const Card *card = deck.card(cardId);
    return card ? card->title : cardId;
}

QString timeAgainstPlan(const InterviewRecord &record)
{
    const qint64 planned = plannedMs(record);
    return planned > 0
        ? QStringLiteral("%1 of %2 planned").arg(duration(totalMs(record)), duration(planned))
        : QStringLiteral("%1, no question answered").arg(duration(totalMs(record)));
}

namespace {

/// "Weakest on Trade-offs (1.5/3 on average)", "Even across the rubric (2.0/3 on every
/// criterion)", or empty when nothing was scored.
QString weakestPart(const InterviewRecord &record)
{
    const QList<double> means = criterionMeans(record);
    if (means.isEmpty())
        return {};
    const auto [lowest, highest] = std::minmax_element(means.cbegin(), means.cend());
    const QString mean = QString::number(*lowest, 'f', 1);
    if (*highest - *lowest < kScoreTolerance)
        return u"Even across the rubric (%1/3 on every criterion)"_s.arg(mean);
    return u"Weakest on %1 (%2/3 on average)"_s.arg(
        record.rubric.at(lowest - means.cbegin()), mean);
}

/// "8:00 over time, 18 % of the 45:00 planned", or empty when the overtime is within
/// kOvertimeNamedPercent of the plan (compared in whole milliseconds: exactly 10 % is within).
QString overtimePart(const InterviewRecord &record)
{
    const qint64 planned = plannedMs(record);
    const qint64 overtime = totalOvertimeMs(record);
    if (overtime == 0 || overtime * 100 <= planned * kOvertimeNamedPercent)
        return {};
    if (planned == 0)
        return u"%1 over time"_s.arg(duration(overtime));
    return u"%1 over time, %2 % of the %3 planned"_s.arg(duration(overtime))
        .arg(qRound(100.0 * double(overtime) / double(planned)))
        .arg(duration(planned));
}

} // namespace

Verdict verdict(const InterviewRecord &record)
{
    Verdict result;
    result.band = band(record.score());
    result.label = bandLabel(result.band);
    QString weakest = weakestPart(record);
    if (weakest.isEmpty())
        weakest = u"No question was scored"_s;
    const QString overtime = overtimePart(record);
    result.reason = (overtime.isEmpty() ? weakest : weakest + u"; "_s + overtime) + u'.';
    return result;
}

QList<TrendPoint> trend(const QList<InterviewRecord> &history)
{
    QList<TrendPoint> points;
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (const double score = it->score(); score >= 0)
            points.append({it->endedAt, score});
    // The store orders by start; a chart's x axis is the end. They agree unless clocks jumped.
    std::stable_sort(points.begin(), points.end(),
        [](const TrendPoint &a, const TrendPoint &b) { return a.endedAt < b.endedAt; });
    return points;
}

} // namespace ArchDeck::InterviewReport
