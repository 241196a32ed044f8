#include "reviewsummary.h"

#include "fsrsintervallabel.h"
#include "readabletime.h"
#include "studyday.h"

#include <QLocale>

namespace ArchDeck::ReviewSummary {

QString cardCount(int n, const QString &kind)
{
    const QString noun = kind.isEmpty() ? QStringLiteral("card") : kind + QStringLiteral(" card");
    return QStringLiteral("%1 %2%3").arg(n).arg(noun, n == 1 ? QString() : QStringLiteral("s"));
}

QString tallyText(const ReviewSession::Tally &tally)
{
    if (tally.reviews == 0)
        return QStringLiteral("No cards graded in this session.");
    const QString reviews = tally.reviews == tally.cards
        ? QString()
        : QStringLiteral(", %1 reviews").arg(tally.reviews);
    return QStringLiteral("<b>This session:</b> %1%2 — Again %3 · Hard %4 · Good %5 · Easy %6 — "
                          "%7.")
        .arg(cardCount(tally.cards), reviews)
        .arg(tally.again)
        .arg(tally.hard)
        .arg(tally.good)
        .arg(tally.easy)
        .arg(ReadableTime::elapsed(tally.durationMs));
}

QString finishedHtml(const ReviewSession &session, const QDateTime &now, const QString &mutedColor)
{
    const ReviewSession::Counts counts = session.counts();
    const QDateTime due = session.nextDue();
    QString next;
    if (due.isValid()) {
        const QString when = counts.learningLater > 0
            ? QStringLiteral("at %1").arg(StudyDay::clockTime(due))
            : QLocale().toString(due.toLocalTime(), QLocale::ShortFormat);
        next = QStringLiteral("<p>The next card is due %1 (in %2).</p>")
                   .arg(when, intervalLabel(now, due));
    } else {
        // No card is past New: the new cards are the only work, and today's are done.
        next = QStringLiteral("<p>Today's new cards are done. Come back tomorrow for more.</p>");
    }
    const QString title = counts.learningLater > 0
        ? QStringLiteral("Nothing more to review now — %1 due later today")
              .arg(cardCount(counts.learningLater, QStringLiteral("learning")))
        : QStringLiteral("All done for today");
    const QString undo = session.canUndo()
        ? QStringLiteral(", or press Ctrl+Z to take back the last grade")
        : QString();
    return QStringLiteral("<h2>%1</h2>%2<p>%3</p><p style=\"color: %4;\">Study the cards at your "
                          "own pace (Alt+1) or browse your collection (Alt+3)%5.</p>")
        .arg(title, next, tallyText(session.tally()), mutedColor, undo);
}

} // namespace ArchDeck::ReviewSummary
