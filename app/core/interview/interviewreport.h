// InterviewReport — what a finished mock interview becomes: the rubric its answers are scored on,
// the store's InterviewRecord made from the session and what the user entered, a verdict band,
// the Markdown report and the points of the history chart. Pure functions over values; the
// interview screen, the history view and `archdeck interview --history` all call these.
//
//   Result<InterviewRecord> record = InterviewReport::record(session, rubric, entries, start, end);
//   InterviewReport::verdict(*record).label   → "Hire"
//   InterviewReport::markdown(*record, deck)   → "# Mock interview — 2026-12-02 14:05\n…"
#pragma once

#include "interviewvalues.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ArchDeck {

class CollectionStore;
class Deck;
class InterviewSession;

namespace InterviewReport {

// Rubric ----------------------------------------------------------------------------------------

constexpr int kMaxRubricScore = 3; ///< each criterion is scored 0–3
constexpr int kMaxCriteria = 8;
constexpr int kMaxCriterionLength = 40; ///< characters of a criterion's name

/// Requirements, Design, Trade-offs, Communication.
QStringList defaultRubric();
/// What 0 and 3 mean for `criterion`, for a tooltip: "0 — jumped to a solution; 3 — clarified
/// users, scale and constraints before designing". A criterion the user named gets a generic line.
QString criterionDescription(const QString &criterion);
/// `names` trimmed, or why they cannot be a rubric: none, more than kMaxCriteria, an empty,
/// over-long or multi-line name, the same name twice (case does not count).
Result<QStringList> checkedRubric(const QStringList &names);
/// The criteria the user chose last (the collection setting "interview/rubric", one per line), else
/// the defaults: never set, unreadable, or a stored value checkedRubric() refuses.
QStringList rememberedRubric(const CollectionStore &store);
/// Keeps `names` (trimmed) for the next sessions; refuses what checkedRubric() refuses.
Status rememberRubric(CollectionStore &store, const QStringList &names);

// Record ----------------------------------------------------------------------------------------

/// What the user entered about one question after the session. Default: nothing entered.
struct QuestionEntry
{
    QList<int> rubric; ///< 0–3 for each criterion, in the rubric's order; empty: not scored
    std::optional<double> diffScore; ///< 0–1, the drawing against the reference; none: not checked
    QString notes; ///< Markdown
    QByteArray drawing; ///< DOT; empty: nothing drawn
};

/// How a question of a record went. The record has no field for "never reached": a question that
/// is not skipped, has no time and no scores is one the session ended before (see outcome()).
enum class QuestionOutcome {
    Answered, ///< reached and not skipped; scored or not
    Skipped,
    NotReached, ///< the session ended before it
};

QuestionOutcome outcome(const InterviewQuestionRecord &question);

/// The record the store keeps of `session`, which must be finished (or ended): its mode and
/// phases, each question's time per phase, overtime and skip from session.timings(), and
/// `entries` (one per question, in order). Refuses, naming the question, scores for a question
/// skipped or never reached, rubric scores that do not match `rubric` or lie outside 0–3, a diff
/// score outside 0–1, and an end before the start.
Result<InterviewRecord> record(const InterviewSession &session, const QStringList &rubric,
    const QList<QuestionEntry> &entries, const QDateTime &startedAt, const QDateTime &endedAt);

// Verdict ---------------------------------------------------------------------------------------

/// The lowest score of each band (record.score(), 0–1).
constexpr double kStrongHireScore = 0.85;
constexpr double kHireScore = 0.70;
constexpr double kLeanNoHireScore = 0.50;
/// Overtime above this percentage of the planned time is named in the verdict's reason.
constexpr int kOvertimeNamedPercent = 10;

enum class VerdictBand { NotScored, NoHire, LeanNoHire, Hire, StrongHire };

struct Verdict
{
    VerdictBand band = VerdictBand::NotScored;
    QString label; ///< "Strong hire", "Hire", "Lean no hire", "No hire", "Not scored"
    /// One sentence: the weakest criterion over the session, and the overtime when it is more than
    /// kOvertimeNamedPercent of the planned time. "Weakest on Trade-offs (1.5/3 on average)."
    QString reason;
};

/// The band of `score` (below 0: not scored). A score within 1e-9 under a threshold counts as
/// reaching it: five questions scoring 0, 6, 8, 8 and 8 of 12 are exactly 0.5, but the mean of
/// their shares in doubles is 0.4999999999999999.
VerdictBand band(double score);
QString bandLabel(VerdictBand band);
Verdict verdict(const InterviewRecord &record);

/// The mean score (0–3) of each rubric criterion over the scored questions; empty when none was.
QList<double> criterionMeans(const InterviewRecord &record);
/// The time boxes of the questions answered (not skipped, reached): what the session planned for
/// what it did. The report sets the time spent against it, the verdict the overtime.
qint64 plannedMs(const InterviewRecord &record);
qint64 totalMs(const InterviewRecord &record);
qint64 totalOvertimeMs(const InterviewRecord &record);

// Report ----------------------------------------------------------------------------------------

/// "4:32", "1:02:03": whole seconds, rounded down, as a stopwatch shows them.
QString duration(qint64 ms);
/// "+1:05" past a time box; empty for none.
QString overtime(qint64 ms);
/// "67 %" of a 0–1 share.
QString percent(double share);
/// The card's title, or its id when the deck no longer has it (an imported deck may be gone).
QString cardTitle(const Deck &deck, const QString &cardId);
/// "1:22 of 5:00 planned", or "0:04, no question answered": the report's Time line.
QString timeAgainstPlan(const InterviewRecord &record);

/// The report of `record` in Markdown: title with the local start time, mode, time against the
/// plan, verdict and score, a summary table, then per question its phases' times, the rubric
/// scores, the diff score, the notes and the drawing. Titles come from `deck` (the card id when it
/// has no such card). Notes stay Markdown under "#### Notes", with their headings demoted to level
/// 5 or 6 and an unclosed code fence closed, so they cannot reshape the report around them.
QString markdown(const InterviewRecord &record, const Deck &deck);

// History ---------------------------------------------------------------------------------------

struct TrendPoint
{
    QDateTime endedAt;
    double score = 0; ///< 0–1

    friend bool operator==(const TrendPoint &a, const TrendPoint &b)
    {
        return a.endedAt == b.endedAt && a.score == b.score;
    }
};

/// The history chart's points from `history` (newest first, as the store returns it): oldest
/// first, sessions without a score left out.
QList<TrendPoint> trend(const QList<InterviewRecord> &history);

} // namespace InterviewReport

} // namespace ArchDeck
