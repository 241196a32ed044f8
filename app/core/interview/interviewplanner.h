// InterviewPlanner — picks a mock interview's questions: the deck's question cards in the chosen
// sections that match the browser query, then N of them in random order (by seed: the same seed
// gives the same plan, on every machine) or weakest first (lowest probability of recall now, then
// the worst last whiteboard score, the seed breaking ties). Pure: what is known about the cards
// comes in as InterviewCardFacts, read from the store by the caller.
//
//   InterviewSettings settings;
//   settings.questions = 3;
//   settings.mode = InterviewMode::SystemDesign;
//   settings.seed = 7;
//   Result<InterviewPlan> plan = InterviewPlanner::plan(deck, settings, facts);
#pragma once

#include "cardquery.h"
#include "interviewtypes.h"
#include "result.h"

#include <QHash>

namespace ArchDeck {

class CollectionStore;
class Deck;

/// What the collection knows about the cards, for `is:`/`prop:` terms and weakest-first order.
struct InterviewCardFacts
{
    QHash<QString, CardReviewFacts> review; ///< by card id; a card missing here was never reviewed
    QHash<QString, WhiteboardScore> whiteboard; ///< by card id; missing: never drawn
    bool reviewStatesKnown = false; ///< false: no collection, so is: and prop: terms are errors
};

namespace InterviewPlanner {

constexpr int kMinQuestions = 1;
constexpr int kMaxQuestions = 10;

/// The plan for `settings` over `deck`'s question cards. Errors (question count out of range, a
/// section the deck does not have, a bad query, no card left to ask) name what to change; fewer
/// matching cards than asked for gives the smaller plan and a warning. No phases in `settings`:
/// the mode's defaults (InterviewSession::defaultPhases).
Result<InterviewPlan> plan(
    const Deck &deck, const InterviewSettings &settings, const InterviewCardFacts &facts);

/// The questions of `plan` as the interviewer asks them: each card's title and its follow-ups in
/// file order; a card without follow-ups (imported from the seed) gets genericFollowUps(), so the
/// deep dive always has something to probe. A card the deck no longer has is left out.
QList<InterviewQuestion> questions(const Deck &deck, const InterviewPlan &plan);
/// Probes that fit any design question: what breaks first, how you would know, what you would cut.
QStringList genericFollowUps();

/// What `store` knows about every card at `now`: review facts (with the default FSRS
/// parameters, as the browser computes them) and whiteboard scores.
Result<InterviewCardFacts> factsFrom(const CollectionStore &store, const QDateTime &now);

/// The phases of `mode` with the minutes the user last chose (kept in the collection's settings),
/// else the defaults. Names, prompts and follow-ups are always the defaults'.
QList<InterviewPhase> rememberedPhases(const CollectionStore &store, InterviewMode mode);
/// Keeps `phases`' minutes for the next session in `mode`.
Status rememberPhases(
    CollectionStore &store, InterviewMode mode, const QList<InterviewPhase> &phases);

} // namespace InterviewPlanner

} // namespace ArchDeck
