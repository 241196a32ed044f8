// ReviewSummary — the words of the review's "finished" screen: what the session did, when the
// next card falls due, what to do meanwhile. Text only (HTML for a QLabel); ReviewPane shows it
// and wakes itself when the next card is due.
//
//   label->setText(ReviewSummary::finishedHtml(session, clock.now(), mutedColor));
#pragma once

#include "reviewsession.h"

#include <QDateTime>
#include <QString>

namespace ArchDeck::ReviewSummary {

/// "1 card", "3 learning cards".
QString cardCount(int n, const QString &kind = {});

/// "This session: 5 cards, 7 reviews — Again 2 · Hard 0 · Good 4 · Easy 1 — 3 min 10 s."
QString tallyText(const ReviewSession::Tally &tally);

/// The finished screen for `session` at `now`: a title, when the next card is due (in
/// `session.nextDue()`), the session's tally, and a line in `mutedColor` on what else to do.
QString finishedHtml(const ReviewSession &session, const QDateTime &now, const QString &mutedColor);

} // namespace ArchDeck::ReviewSummary
