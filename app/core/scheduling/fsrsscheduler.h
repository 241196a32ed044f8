// FSRS-6 scheduling of one card: what a grade given now does to its state, and what each of the
// four grades would do (the review buttons show those intervals). Pure: the caller passes the time
// and stores the result. Computes what ts-fsrs 5.4.2 computes; tests/scheduling/tst_fsrs.cpp replays
// thousands of ts-fsrs reviews to prove it.
#pragma once

#include "fsrsmemorymodel.h"
#include "fsrsparameters.h"
#include "reviewtypes.h"

namespace ArchDeck {

/// The state a card would have after each grade.
struct FsrsPreview
{
    SchedulingState again;
    SchedulingState hard;
    SchedulingState good;
    SchedulingState easy;

    const SchedulingState &after(Rating rating) const;
    SchedulingState &after(Rating rating);
};

class FsrsScheduler
{
public:
    explicit FsrsScheduler(const FsrsParameters &parameters = {});

    const FsrsParameters &parameters() const { return m_parameters; }
    void setParameters(const FsrsParameters &parameters);

    /// A card never reviewed, due from `createdAt`.
    static SchedulingState newCard(const QDateTime &createdAt);

    /// The card after being graded `rating` at `now`. A new card graded Good at 17:15 is
    /// Learning, due 17:25, S = 2.3065, D = 2.11810397.
    SchedulingState next(const SchedulingState &card, const QDateTime &now, Rating rating) const;
    FsrsPreview preview(const SchedulingState &card, const QDateTime &now) const;

    /// Probability of recalling the card at `now`: 0 for a new card, else the forgetting curve
    /// at the whole days since its last review (ts-fsrs get_retrievability).
    double retrievability(const SchedulingState &card, const QDateTime &now) const;

    /// R(t, S) for any t ≥ 0 in days; forgettingCurve(S, S) = 0.9.
    double forgettingCurve(double elapsedDays, double stability) const;

private:
    struct Review;

    Review begin(const SchedulingState &card, const QDateTime &now) const;
    int interval(const Review &review, double stability) const;
    void applySteps(
        const Review &review, SchedulingState &card, Rating rating, CardPhase stepPhase) const;
    void setInterval(const Review &review, SchedulingState &card, int days) const;
    FsrsPreview previewWithSteps(const Review &review) const;
    FsrsPreview previewLongTerm(const Review &review) const;

    FsrsParameters m_parameters;
    FsrsMemoryModel m_model;
};

} // namespace ArchDeck
