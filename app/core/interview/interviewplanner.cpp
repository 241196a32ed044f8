#include "interviewplanner.h"

#include "collectionstore.h"
#include "deck.h"
#include "fsrsscheduler.h"
#include "interviewsession.h"

#include <algorithm>
#include <random>

namespace ArchDeck::InterviewPlanner {

namespace {

/// A uniform index below `bound` from `engine`, by rejection: std::uniform_int_distribution and
/// std::shuffle may differ between standard libraries, and a seed must give the same plan on
/// every machine (mt19937_64's output is fixed by the standard).
quint64 below(std::mt19937_64 &engine, quint64 bound)
{
    const quint64 limit = std::numeric_limits<quint64>::max()
        - std::numeric_limits<quint64>::max() % bound;
    quint64 value = engine();
    while (value >= limit)
        value = engine();
    return value % bound;
}

/// Fisher–Yates with `below`.
void shuffle(QList<const Card *> &cards, quint64 seed)
{
    std::mt19937_64 engine(seed);
    for (qsizetype i = cards.size() - 1; i > 0; --i)
        std::swap(cards[i], cards[qsizetype(below(engine, quint64(i) + 1))]);
}

/// The sections of the deck's questions, in study order (reference pages ask nothing).
QStringList questionSections(const Deck &deck)
{
    QStringList sections;
    for (const Card &card : deck.cards())
        if (card.isQuestion() && !sections.contains(card.section))
            sections << card.section;
    return sections;
}

/// The sections `wanted` names — a section's number in study order (1-based) or words of its
/// title — or an error naming the deck's sections.
Result<QStringList> resolveSections(const Deck &deck, const QStringList &wanted)
{
    const QStringList sections = questionSections(deck);
    QStringList chosen;
    for (const QString &raw : wanted) {
        const QString name = raw.trimmed();
        if (name.isEmpty())
            continue;
        bool isNumber = false;
        const int number = name.toInt(&isNumber);
        QStringList matches;
        if (isNumber) {
            if (number >= 1 && number <= sections.size())
                matches << sections.at(number - 1);
        } else {
            const QString folded = CardQuery::normalized(name);
            for (const QString &section : sections)
                if (CardQuery::normalized(section).contains(folded))
                    matches << section;
        }
        if (matches.isEmpty()) {
            QStringList numbered;
            for (qsizetype i = 0; i < sections.size(); ++i)
                numbered << QStringLiteral("%1. %2").arg(i + 1).arg(sections.at(i));
            return Result<QStringList>::failure(Diagnostic::error({}, 0,
                QStringLiteral("no section is called '%1'; the deck's sections are: %2")
                    .arg(name, numbered.join(QStringLiteral("; ")))));
        }
        for (const QString &match : std::as_const(matches))
            if (!chosen.contains(match))
                chosen << match;
    }
    return Result<QStringList>::success(chosen);
}

} // namespace

Result<InterviewPlan> plan(
    const Deck &deck, const InterviewSettings &settings, const InterviewCardFacts &facts)
{
    using Failure = Result<InterviewPlan>;
    if (settings.questions < kMinQuestions || settings.questions > kMaxQuestions)
        return Failure::failure(Diagnostic::error({}, 0,
            QStringLiteral("a session asks %1 to %2 questions, not %3")
                .arg(kMinQuestions)
                .arg(kMaxQuestions)
                .arg(settings.questions)));
    for (const InterviewPhase &phase : settings.phases)
        if (phase.minutes < 1)
            return Failure::failure(Diagnostic::error({}, 0,
                QStringLiteral("the phase '%1' needs at least one minute").arg(phase.name)));

    const Result<QStringList> sections = resolveSections(deck, settings.sections);
    if (!sections.isOk())
        return Failure::failure(sections.diagnostics);
    const CardQuery query = CardQuery::parse(settings.query,
        facts.reviewStatesKnown ? CardQuery::ReviewStates::Available
                                : CardQuery::ReviewStates::Unavailable);
    if (const auto error = query.error())
        return Failure::failure(Diagnostic::error({}, 0,
            QStringLiteral("the query '%1' does not read: %2").arg(settings.query, error->message)));

    QList<const Card *> candidates;
    for (const Card &card : deck.cards()) {
        if (!card.isQuestion())
            continue;
        if (!sections.value.isEmpty() && !sections.value.contains(card.section))
            continue;
        if (!query.isEmpty()) {
            const QString text = CardQuery::searchText(card);
            const auto review = facts.review.constFind(card.id);
            const auto whiteboard = facts.whiteboard.constFind(card.id);
            const CardQueryInput input {card, text,
                review == facts.review.cend() ? nullptr : &*review,
                whiteboard == facts.whiteboard.cend() ? nullptr : &*whiteboard};
            if (!query.matches(input))
                continue;
        }
        candidates << &card;
    }
    if (candidates.isEmpty())
        return Failure::failure(Diagnostic::error({}, 0,
            QStringLiteral("no question matches the sections and the query chosen")));

    shuffle(candidates, settings.seed); // the order, or for weakest first what breaks ties
    if (settings.order == InterviewOrder::Weakest) {
        // A card never reviewed has no memory of it to speak of (recall 0); one never drawn is
        // weaker than any drawn (a score below 0).
        const auto recall = [&](const Card *card) {
            const auto it = facts.review.constFind(card->id);
            return it == facts.review.cend() ? 0.0 : it->retrievability;
        };
        const auto drawn = [&](const Card *card) {
            const auto it = facts.whiteboard.constFind(card->id);
            return it == facts.whiteboard.cend() ? -1.0 : it->last;
        };
        std::stable_sort(candidates.begin(), candidates.end(), [&](const Card *a, const Card *b) {
            const double ra = recall(a), rb = recall(b);
            if (ra != rb)
                return ra < rb;
            return drawn(a) < drawn(b);
        });
    }

    InterviewPlan result;
    result.mode = settings.mode;
    result.seed = settings.seed;
    result.phases = settings.phases.isEmpty() ? InterviewSession::defaultPhases(settings.mode)
                                              : settings.phases;
    for (qsizetype i = 0; i < candidates.size() && i < settings.questions; ++i)
        result.cardIds << candidates.at(i)->id;
    Diagnostics warnings;
    if (result.cardIds.size() < settings.questions)
        warnings << Diagnostic::warning({}, 0,
            QStringLiteral("only %1 of the %2 questions asked for match; the session has %1")
                .arg(result.cardIds.size())
                .arg(settings.questions));
    return Result<InterviewPlan>::success(std::move(result), std::move(warnings));
}

QList<InterviewQuestion> questions(const Deck &deck, const InterviewPlan &plan)
{
    QList<InterviewQuestion> asked;
    for (const QString &id : plan.cardIds) {
        const Card *card = deck.card(id);
        if (!card)
            continue;
        InterviewQuestion question {id, card->title, {}};
        for (const FollowUp &followUp : card->followUps)
            question.followUps << followUp.question;
        if (question.followUps.isEmpty())
            question.followUps = genericFollowUps();
        asked << question;
    }
    return asked;
}

QStringList genericFollowUps()
{
    return {QStringLiteral("Traffic grows tenfold overnight. What breaks first, and what do you change?"),
        QStringLiteral("How would you know in production that this works — which metrics and alerts?"),
        QStringLiteral("You have half the time to build it. What do you leave out, and what does that cost?")};
}

Result<InterviewCardFacts> factsFrom(const CollectionStore &store, const QDateTime &now)
{
    const auto states = store.allCardStates();
    if (!states.isOk())
        return Result<InterviewCardFacts>::failure(states.diagnostics);
    const auto scores = store.whiteboardScores();
    if (!scores.isOk())
        return Result<InterviewCardFacts>::failure(scores.diagnostics);
    InterviewCardFacts facts;
    facts.reviewStatesKnown = true;
    facts.whiteboard = scores.value;
    const FsrsScheduler scheduler;
    for (auto it = states.value.cbegin(); it != states.value.cend(); ++it)
        facts.review.insert(it.key(), CardReviewFacts::at(*it, now, scheduler));
    return Result<InterviewCardFacts>::success(std::move(facts));
}

namespace {

QString phasesKey(InterviewMode mode)
{
    return QStringLiteral("interview/minutes/") + interviewModeName(mode);
}

} // namespace

QList<InterviewPhase> rememberedPhases(const CollectionStore &store, InterviewMode mode)
{
    QList<InterviewPhase> phases = InterviewSession::defaultPhases(mode);
    const QStringList minutes
        = store.setting(phasesKey(mode)).value.split(u',', Qt::SkipEmptyParts);
    if (minutes.size() != phases.size())
        return phases; // never set, or from a version with other phases
    QList<int> chosen;
    for (const QString &text : minutes) {
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 1 || value > 24 * 60)
            return phases;
        chosen << value;
    }
    for (qsizetype i = 0; i < phases.size(); ++i)
        phases[i].minutes = chosen.at(i);
    return phases;
}

Status rememberPhases(
    CollectionStore &store, InterviewMode mode, const QList<InterviewPhase> &phases)
{
    QStringList minutes;
    for (const InterviewPhase &phase : phases)
        minutes << QString::number(phase.minutes);
    return store.setSetting(phasesKey(mode), minutes.join(u','));
}

} // namespace ArchDeck::InterviewPlanner
