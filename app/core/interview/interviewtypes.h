// The values a mock interview is made of: its mode, the phases of one question with their time
// boxes, the questions it asks (a card's question and follow-ups), and the plan that picks them.
// InterviewPlanner makes a plan, InterviewSession runs one on a Clock, the store keeps its record.
//
//   InterviewPlan plan = InterviewPlanner::plan(deck, states, {.questions = 3, .seed = 7});
//   plan.cardIds   → {"q12-retries-dlqs", "q04-outbox-pattern", "q30-proven-pipeline-aws"}
//   plan.phases    → Requirements 5, Estimation 5, High-level design 15, Deep dive 15, Wrap-up 5
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ArchDeck {

enum class InterviewMode {
    Quick, ///< one time box per question (default 5 min), follow-ups after the answer
    SystemDesign, ///< each question in phases that total 45 min by default
};

/// "quick" / "system-design", as the command line and the store write them.
QString interviewModeName(InterviewMode mode);
/// The mode named `name` ("quick", "system-design"); false in `ok` for anything else.
InterviewMode interviewModeFromName(const QString &name, bool *ok = nullptr);
/// What a report or the history calls the mode named `name`: "Quick round", "System design"; a
/// name it does not know, as it is (a record from a newer version).
QString interviewModeLabel(const QString &name);

/// A time box or a plan's length as the setup screen and `interview --plan` print it:
/// "45 min", "1 h", "1 h 30 min".
QString interviewMinutesText(int minutes);

/// One time box of a question.
struct InterviewPhase
{
    QString name; ///< "Requirements"
    int minutes = 5;
    /// What the interviewer says when the phase begins ("Let's move to the deep dive: …").
    QString prompt;
    /// The card's follow-up questions are asked in this phase (N: next follow-up).
    bool followUps = false;

    friend bool operator==(const InterviewPhase &a, const InterviewPhase &b)
    {
        return a.name == b.name && a.minutes == b.minutes && a.prompt == b.prompt
            && a.followUps == b.followUps;
    }
};

/// A question as the session asks it: the card's question and its follow-up questions.
struct InterviewQuestion
{
    QString cardId;
    QString question;
    QStringList followUps;
};

enum class InterviewOrder {
    Random, ///< shuffled by the plan's seed: the same seed gives the same plan
    Weakest, ///< lowest recall probability now first, then the worst whiteboard scores
};

/// What the user chose before a session starts.
struct InterviewSettings
{
    int questions = 3; ///< 1–10
    InterviewMode mode = InterviewMode::Quick;
    InterviewOrder order = InterviewOrder::Random;
    quint64 seed = 0;
    QStringList sections; ///< section titles or numbers to draw from; empty: every section
    QString query; ///< a browser query the cards must match as well; empty: no filter
    QList<InterviewPhase> phases; ///< the time boxes of one question; empty: the mode's defaults
};

/// A session before it starts: which cards, in which order, and the time boxes of each.
struct InterviewPlan
{
    InterviewMode mode = InterviewMode::Quick;
    quint64 seed = 0;
    QStringList cardIds;
    QList<InterviewPhase> phases; ///< of each question

    int minutesPerQuestion() const;
    int totalMinutes() const { return minutesPerQuestion() * int(cardIds.size()); }
};

} // namespace ArchDeck
