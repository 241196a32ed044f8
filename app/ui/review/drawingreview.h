// DrawingReview — the rules of review by drawing: the two collection settings that turn it on and
// choose what the canvas starts with (kept in the collection beside the daily new-card limit, so
// they travel with it), and the grade a drawing's score proposes. ReviewSettingsDialog edits the
// settings; ReviewPane reads them for every card and proposes the grade after Check.
//
//   DrawingReview::read(store)          → {enabled true, start StarterNodes}
//   DrawingReview::proposedRating(0.78) → Rating::Good
#pragma once

#include "attemptchecker.h"
#include "result.h"
#include "reviewtypes.h"

namespace ArchDeck {

class CollectionStore;

struct DrawingReview
{
    /// What the canvas shows when a card comes up: nothing, or the reference's clients and
    /// actors (AttemptChecker::startingDrawing), as on the Whiteboard.
    using Start = AttemptChecker::Start;

    bool enabled = false; ///< question cards with a diagram are drawn before the answer shows
    Start start = Start::Empty;

    /// The collection's settings; the defaults (off, empty) where unset or unreadable.
    static DrawingReview read(const CollectionStore &store);
    /// Writes both settings; the store's error when it could not.
    Status write(CollectionStore &store) const;

    /// The score bands, in whole percent as the score is shown, lowest of each: a drawing with
    /// nearly everything right is Easy, most of it Good, under 70 % Hard, under 40 % Again.
    static constexpr int easyFromPercent = 90;
    static constexpr int goodFromPercent = 70;
    static constexpr int hardFromPercent = 40;
    /// The grade a drawing scoring `score` (0–1, DiagramDiff::score) proposes, by its percent as
    /// shown: 0.895 shows "90 %" and is Easy; 0.894 shows "89 %" and is Good.
    static Rating proposedRating(double score);
    /// "78 %": the score as the review and the diff view show it.
    static int percent(double score);

    static const QString enabledKey; ///< "review_by_drawing": "1" or "0"
    static const QString startKey; ///< "drawing_start": "empty" or "starter"
};

} // namespace ArchDeck
