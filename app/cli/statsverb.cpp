#include "statsverb.h"

#include "clock.h"
#include "collectionlocation.h"
#include "collectionstatistics.h"
#include "collectionstore.h"
#include "commandline.h"
#include "deck.h"
#include "verbparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ArchDeck::StatsVerb {

using namespace CommandLine;

namespace {

QJsonValue rate(int passed, int graded)
{
    return graded == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(passed) / graded);
}

QJsonObject toJson(const CollectionStatistics &s)
{
    const ReviewSummary &m = s.recent;
    const int graded = m.youngReviews + m.matureReviews;
    return {
        {QStringLiteral("cards"),
            QJsonObject {{QStringLiteral("new"), s.cards.newCards},
                {QStringLiteral("learning"), s.cards.learning},
                {QStringLiteral("review"), s.cards.review},
                {QStringLiteral("relearning"), s.cards.relearning},
                {QStringLiteral("total"), s.cards.total()}}},
        {QStringLiteral("due_today"), s.dueToday()},
        {QStringLiteral("reviews_today"), s.today.reviews},
        {QStringLiteral("retention_30d"),
            QJsonObject {{QStringLiteral("rate"), rate(m.youngPassed + m.maturePassed, graded)},
                {QStringLiteral("reviews"), graded},
                {QStringLiteral("young"),
                    QJsonObject {{QStringLiteral("rate"), rate(m.youngPassed, m.youngReviews)},
                        {QStringLiteral("reviews"), m.youngReviews}}},
                {QStringLiteral("mature"),
                    QJsonObject {{QStringLiteral("rate"), rate(m.maturePassed, m.matureReviews)},
                        {QStringLiteral("reviews"), m.matureReviews}}}}},
        {QStringLiteral("average_seconds_per_review"),
            m.reviews == 0 ? QJsonValue(QJsonValue::Null)
                           : QJsonValue(m.averageDurationMs() / 1000.0)},
    };
}

/// "91 % of 120" — or "none" when nothing was graded.
QString percentOf(int passed, int graded)
{
    if (graded == 0)
        return QStringLiteral("none");
    return QStringLiteral("%1 % of %2").arg(qRound(100.0 * passed / graded)).arg(graded);
}

void printPlain(const CollectionStatistics &s, QTextStream &out)
{
    const auto line = [&out](const char *label, const QString &value) {
        out << QString::fromLatin1(label).leftJustified(26) << value << '\n';
    };
    line("New", QString::number(s.cards.newCards));
    line("Learning", QString::number(s.cards.learning));
    line("Review", QString::number(s.cards.review));
    line("Relearning", QString::number(s.cards.relearning));
    line("Total", QString::number(s.cards.total()));
    line("Due today", QString::number(s.dueToday()));
    line("Reviews today", QString::number(s.today.reviews));
    const ReviewSummary &m = s.recent;
    const int graded = m.youngReviews + m.matureReviews;
    line("Retention, last 30 days",
        graded == 0 ? QStringLiteral("no review cards graded")
                    : QStringLiteral("%1 review grades passed (young %2, mature %3)")
                          .arg(percentOf(m.youngPassed + m.maturePassed, graded),
                              percentOf(m.youngPassed, m.youngReviews),
                              percentOf(m.maturePassed, m.matureReviews)));
    line("Time per review, 30 days",
        m.reviews == 0 ? QStringLiteral("no reviews")
                       : QStringLiteral("%1 s on average over %2 reviews")
                             .arg(m.averageDurationMs() / 1000.0, 0, 'f', 1)
                             .arg(m.reviews));
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("[--data-dir DIR] stats [--json]"),
        QStringLiteral("Show the collection's statistics: cards by state, due today, reviews "
                       "today, retention over the last 30 days, time per review."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON object."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Read the collection in DIR (else $ARCHDECK_DATA_DIR, else the platform's "
                       "data folder)."),
        QStringLiteral("DIR"));
    parser.addOption(json);
    parser.addOption(dataDir);
    if (const auto outcome = parser.parse(arguments, 0, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;

    const Result<CollectionLocation> location = resolveCollectionLocation(parser.value(dataDir));
    if (!location.isOk()) {
        err << "archdeck stats: " << location.errorMessage() << '\n';
        return BadInput;
    }
    CollectionStore store;
    // A read-only verb: no backup, so running it never rotates the user's backups away.
    const StoreOpenResult opened
        = store.open(location.value.directory, {StoreOpenOptions::Backup::Skip, {}});
    if (opened.hasNotice())
        err << "archdeck stats: " << opened.notice << '\n';
    if (!opened.isOpen()) {
        err << "archdeck stats: " << opened.errorMessage() << '\n';
        return InternalError;
    }
    const Deck deck = Deck::bundled();
    QStringList questions;
    for (const Card &card : deck.cards())
        if (card.isQuestion())
            questions.append(card.id);
    const Result<CollectionStatistics> statistics
        = CollectionStatistics::gather(store, questions, SystemClock().now());
    if (!statistics.isOk()) {
        err << "archdeck stats: " << statistics.errorMessage() << '\n';
        return InternalError;
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(toJson(statistics.value)).toJson());
    else
        printPlain(statistics.value, out);
    return Ok;
}

} // namespace ArchDeck::StatsVerb
