#include "interviewverb.h"

#include "clock.h"
#include "collectionlocation.h"
#include "collectionstore.h"
#include "commandline.h"
#include "deck.h"
#include "interviewplanner.h"
#include "speechwav.h"
#include "verbparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace ArchDeck::InterviewVerb {

using namespace CommandLine;

namespace {

QString percent(double share)
{
    return share < 0 ? QStringLiteral("—") : QStringLiteral("%1 %").arg(qRound(share * 100));
}

void printPlan(const InterviewPlan &plan, const Deck &deck, QTextStream &out)
{
    out << QStringLiteral("%1, %2: %3 a question, %4 in all (seed %5)\n")
               .arg(counted(plan.cardIds.size(), "question", "questions"),
                   plan.mode == InterviewMode::SystemDesign ? QStringLiteral("system design")
                                                            : QStringLiteral("quick round"),
                   interviewMinutesText(plan.minutesPerQuestion()), interviewMinutesText(plan.totalMinutes()))
               .arg(plan.seed);
    for (qsizetype i = 0; i < plan.cardIds.size(); ++i) {
        const Card *card = deck.card(plan.cardIds.at(i));
        out << QStringLiteral("%1. %2  %3\n")
                   .arg(i + 1, 2)
                   .arg(plan.cardIds.at(i), card ? card->title : QString());
    }
    out << "Phases of each question:\n";
    for (const InterviewPhase &phase : plan.phases)
        out << QStringLiteral("    %1 %2\n").arg(phase.name, -20).arg(interviewMinutesText(phase.minutes));
}

QJsonObject planJson(const InterviewPlan &plan)
{
    QJsonArray phases;
    for (const InterviewPhase &phase : plan.phases)
        phases.append(QJsonObject {
            {QStringLiteral("name"), phase.name}, {QStringLiteral("minutes"), phase.minutes}});
    return {{QStringLiteral("questions"), QJsonArray::fromStringList(plan.cardIds)},
        {QStringLiteral("phases"), phases}, {QStringLiteral("mode"), interviewModeName(plan.mode)},
        // A string: a 64-bit seed does not survive a JSON number (a double).
        {QStringLiteral("seed"), QString::number(plan.seed)}};
}

QJsonObject historyJson(const InterviewRecord &record)
{
    QJsonArray questions;
    for (const InterviewQuestionRecord &q : record.questions) {
        QJsonArray phaseSeconds;
        for (const qint64 ms : q.phaseMs)
            phaseSeconds.append(double(ms) / 1000.0);
        questions.append(QJsonObject {{QStringLiteral("card"), q.cardId},
            {QStringLiteral("skipped"), q.skipped},
            {QStringLiteral("phase_seconds"), phaseSeconds},
            {QStringLiteral("overtime_seconds"), double(q.totalOvertimeMs()) / 1000.0},
            {QStringLiteral("rubric"),
                [&] {
                    QJsonArray scores;
                    for (const int score : q.rubric)
                        scores.append(score);
                    return scores;
                }()},
            {QStringLiteral("diff_score"),
                q.diffScore < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(q.diffScore)}});
    }
    const double score = record.score();
    return {{QStringLiteral("id"), record.id},
        {QStringLiteral("started"), record.startedAt.toString(Qt::ISODate)},
        {QStringLiteral("ended"), record.endedAt.toString(Qt::ISODate)},
        {QStringLiteral("mode"), record.mode},
        {QStringLiteral("rubric"), QJsonArray::fromStringList(record.rubric)},
        {QStringLiteral("score"), score < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(score)},
        {QStringLiteral("questions"), questions}};
}

/// `--say TEXT --wav OUT.wav`: the interviewer's voice written to a file, to check offline speech
/// works on a machine without speakers. Speaking aloud is the app's job, not the CLI's.
int writeSpeech(const QString &text, const QString &path, const QString &prefix, QTextStream &out,
    QTextStream &err)
{
    if (text.trimmed().isEmpty()) {
        err << prefix << "--say needs some text\n";
        return BadInput;
    }
    if (const Status engine = speechSynthesisStatus(); !engine.isOk()) {
        err << prefix << engine.errorMessage() << '\n';
        return InternalError;
    }
    const Result<WavInfo> written = writeSpeechWav(text, path);
    if (!written.isOk()) {
        err << prefix << written.errorMessage() << '\n';
        return BadInput;
    }
    out << QStringLiteral("wrote %1: %2 s of speech at %3 Hz\n")
               .arg(path, QString::number(written.value.seconds(), 'f', 1))
               .arg(written.value.sampleRate);
    return Ok;
}

void printHistory(const QList<InterviewRecord> &records, QTextStream &out)
{
    if (records.isEmpty()) {
        out << "No mock interviews yet.\n";
        return;
    }
    for (const InterviewRecord &record : records) {
        int skipped = 0;
        qint64 overtime = 0;
        for (const InterviewQuestionRecord &q : record.questions) {
            skipped += q.skipped ? 1 : 0;
            overtime += q.totalOvertimeMs();
        }
        out << QStringLiteral("%1  %2  %3  score %4  %5 min%6%7\n")
                   .arg(record.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")),
                       record.mode.leftJustified(13),
                       counted(record.questions.size(), "question", "questions").leftJustified(11),
                       percent(record.score()).rightJustified(5))
                   .arg(record.startedAt.secsTo(record.endedAt) / 60)
                   .arg(skipped > 0 ? QStringLiteral(", %1 skipped").arg(skipped) : QString(),
                       overtime > 0 ? QStringLiteral(", %1 min over").arg((overtime + 59999) / 60000)
                                    : QString());
    }
}

} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(
        QStringLiteral("[--data-dir DIR] interview (--plan [--questions N] [--seed S] "
                       "[--mode quick|system-design] [--sections A,B] [--query QUERY] "
                       "[--order random|weakest] | --history | --say TEXT --wav OUT.wav) "
                       "[--json]"),
        QStringLiteral("Plan a mock interview without starting it (the cards and the time boxes), "
                       "list past sessions with their scores, or write the interviewer's voice "
                       "saying TEXT to a WAV file (to check offline speech works here)."));
    const QCommandLineOption plan(QStringLiteral("plan"), QStringLiteral("Print the plan."));
    const QCommandLineOption history(
        QStringLiteral("history"), QStringLiteral("Print past sessions, newest first."));
    const QCommandLineOption questions(QStringLiteral("questions"),
        QStringLiteral("How many questions, 1–10 (default 3)."), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed of the random order: the same seed gives the same plan (default: "
                       "a new one, printed)."),
        QStringLiteral("S"));
    const QCommandLineOption mode(QStringLiteral("mode"),
        QStringLiteral("quick (a time box per question) or system-design (phases)."),
        QStringLiteral("MODE"), QStringLiteral("quick"));
    const QCommandLineOption sections(QStringLiteral("sections"),
        QStringLiteral("Draw from these sections only: numbers or words of their titles, "
                       "comma-separated."),
        QStringLiteral("A,B"));
    const QCommandLineOption query(QStringLiteral("query"),
        QStringLiteral("Only cards that match this browser query (e.g. \"prop:wb<0.8\")."),
        QStringLiteral("QUERY"));
    const QCommandLineOption order(QStringLiteral("order"),
        QStringLiteral("random, or weakest: lowest recall now first, then worst whiteboard score."),
        QStringLiteral("ORDER"), QStringLiteral("random"));
    const QCommandLineOption say(QStringLiteral("say"),
        QStringLiteral("Synthesize TEXT with the interviewer's offline voice (needs --wav)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption wav(QStringLiteral("wav"),
        QStringLiteral("Where --say writes its speech, a 16-bit mono WAV file."),
        QStringLiteral("OUT.wav"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Read the collection in DIR (else $ARCHDECK_DATA_DIR, else the platform's "
                       "data folder)."),
        QStringLiteral("DIR"));
    for (const QCommandLineOption &option :
        {plan, history, say, wav, questions, seed, mode, sections, query, order, json, dataDir})
        parser.addOption(option);
    if (const auto outcome = parser.parse(arguments, 0, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    const QString prefix = parser.errorPrefix();
    if (int(parser.isSet(plan)) + int(parser.isSet(history)) + int(parser.isSet(say)) != 1) {
        err << prefix << "give --plan, --history or --say\n";
        return BadInput;
    }
    if (parser.isSet(say) != parser.isSet(wav)) {
        err << prefix
            << (parser.isSet(say) ? "--say needs --wav OUT.wav: the CLI writes speech to a file "
                                    "and never speaks aloud\n"
                                  : "--wav goes with --say\n");
        return BadInput;
    }
    if (parser.isSet(say))
        return writeSpeech(parser.value(say), parser.value(wav), prefix, out, err);

    InterviewSettings settings;
    if (parser.isSet(plan)) {
        bool ok = false;
        settings.questions = parser.value(questions).toInt(&ok);
        if (!ok) {
            err << prefix << "--questions needs a number, not '" << parser.value(questions)
                << "'\n";
            return BadInput;
        }
        settings.mode = interviewModeFromName(parser.value(mode), &ok);
        if (!ok) {
            err << prefix << "--mode is quick or system-design, not '" << parser.value(mode)
                << "'\n";
            return BadInput;
        }
        const QString orderName = parser.value(order).trimmed().toLower();
        if (orderName != QLatin1String("random") && orderName != QLatin1String("weakest")) {
            err << prefix << "--order is random or weakest, not '" << parser.value(order) << "'\n";
            return BadInput;
        }
        settings.order
            = orderName == QLatin1String("weakest") ? InterviewOrder::Weakest : InterviewOrder::Random;
        if (parser.isSet(seed)) {
            settings.seed = parser.value(seed).toULongLong(&ok);
            if (!ok) {
                err << prefix << "--seed needs a whole number from 0, not '" << parser.value(seed)
                    << "'\n";
                return BadInput;
            }
        } else {
            settings.seed = QRandomGenerator::global()->bounded(quint64(1), quint64(1000000));
        }
        settings.sections = parser.value(sections).split(u',', Qt::SkipEmptyParts);
        settings.query = parser.value(query);
    }

    // The collection: review facts and remembered time boxes for a plan, the sessions for the
    // history. Read-only: no backup, so this never rotates the user's backups away.
    const Result<CollectionLocation> location = resolveCollectionLocation(parser.value(dataDir));
    if (!location.isOk()) {
        err << prefix << location.errorMessage() << '\n';
        return BadInput;
    }
    CollectionStore store;
    const StoreOpenResult opened
        = store.open(location.value.directory, {StoreOpenOptions::Backup::Skip, {}});
    if (opened.hasNotice())
        err << prefix << opened.notice << '\n';
    if (!opened.isOpen()) {
        err << prefix << opened.errorMessage() << '\n';
        return InternalError;
    }

    if (parser.isSet(history)) {
        const auto records = store.interviewHistory();
        if (!records.isOk()) {
            err << prefix << records.errorMessage() << '\n';
            return InternalError;
        }
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const InterviewRecord &record : records.value)
                array.append(historyJson(record));
            out << QString::fromUtf8(QJsonDocument(array).toJson());
        } else {
            printHistory(records.value, out);
        }
        return Ok;
    }

    const Result<InterviewCardFacts> facts
        = InterviewPlanner::factsFrom(store, SystemClock().now());
    if (!facts.isOk()) {
        err << prefix << facts.errorMessage() << '\n';
        return InternalError;
    }
    settings.phases = InterviewPlanner::rememberedPhases(store, settings.mode);
    const Deck deck = Deck::bundled();
    const Result<InterviewPlan> planned = InterviewPlanner::plan(deck, settings, facts.value);
    for (const Diagnostic &d : planned.diagnostics)
        err << prefix << d.message << '\n';
    if (!planned.isOk())
        return BadInput;
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(planJson(planned.value)).toJson());
    else
        printPlan(planned.value, deck, out);
    return Ok;
}

} // namespace ArchDeck::InterviewVerb
