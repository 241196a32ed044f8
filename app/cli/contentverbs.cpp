#include "contentverbs.h"

#include "cardfile.h"
#include "commandline.h"
#include "deck.h"
#include "markdown.h"
#include "qaimporter.h"
#include "verbparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ArchDeck::ContentVerbs {

using namespace CommandLine;

namespace {

const QCommandLineOption kDeckOption(QStringLiteral("deck"),
    QStringLiteral("Read cards from DIR instead of the bundled deck."), QStringLiteral("DIR"));

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
}

} // namespace

std::optional<Deck> openDeck(
    const VerbParser &parser, const QCommandLineOption &deckOption, QTextStream &err)
{
    if (!parser.isSet(deckOption))
        return Deck::bundled();
    const QString folder = parser.value(deckOption);
    if (folder.isEmpty()) {
        err << parser.errorPrefix() << "--deck needs a folder\n";
        return std::nullopt;
    }
    Deck deck = Deck::load(folder, QDir::cleanPath(folder) + QLatin1Char('/'));
    if (!deck.hasCardFiles()) {
        for (const Diagnostic &d : deck.diagnostics())
            err << "archdeck: " << d.toString() << '\n';
        return std::nullopt;
    }
    return deck;
}

int cards(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("cards [--json] [--deck DIR]"),
        QStringLiteral("List the questions of the deck: id, section, title, diagram, tags "
                       "(--json: and the follow-ups)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(json);
    parser.addOption(kDeckOption);
    if (const auto outcome = parser.parse(arguments, 0, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;

    const std::optional<Deck> opened = openDeck(parser, kDeckOption, err);
    if (!opened)
        return BadInput;
    const Deck &deck = *opened;
    printDiagnostics(deck.diagnostics(), err);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Card &card : deck.cards()) {
            if (!card.isQuestion())
                continue;
            QJsonArray followUps;
            for (const FollowUp &followUp : card.followUps)
                followUps.append(QJsonObject {{QStringLiteral("question"), followUp.question},
                    {QStringLiteral("answer"), followUp.answer}});
            array.append(QJsonObject {{QStringLiteral("id"), card.id},
                {QStringLiteral("section"), card.section}, {QStringLiteral("title"), card.title},
                {QStringLiteral("diagram"), card.diagram},
                {QStringLiteral("tags"), QJsonArray::fromStringList(card.tags)},
                {QStringLiteral("followups"), followUps}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const Card &card : deck.cards()) {
            if (card.isQuestion())
                out << card.id << '\t' << card.section << '\t' << card.title << '\t' << card.diagram
                    << '\t' << card.tags.join(QLatin1Char(',')) << '\n';
        }
    }
    return hasErrors(deck.diagnostics()) ? BadInput : Ok;
}

int show(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("show [--deck DIR] ID"),
        QStringLiteral("Print a card's question, answer and follow-ups as plain text."));
    parser.addArgument(QStringLiteral("ID"),
        QStringLiteral("Card id, e.g. q04-outbox-pattern ('archdeck cards' lists them)."));
    parser.addOption(kDeckOption);
    if (const auto outcome = parser.parse(arguments, 1, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;

    const std::optional<Deck> opened = openDeck(parser, kDeckOption, err);
    if (!opened)
        return BadInput;
    const Deck &deck = *opened;
    printDiagnostics(deck.diagnostics(), err);
    const QString id = parser.positionalArguments().constFirst();
    const Card *card = deck.card(id);
    if (!card) {
        QStringList ids;
        for (const Card &c : deck.cards())
            ids.append(c.id);
        err << parser.errorPrefix() << "no card with id '" << id << "'";
        if (const QString meant = suggestion(id, ids); !meant.isEmpty())
            err << " — did you mean '" << meant << "'?\n";
        else if (parser.isSet(kDeckOption))
            err << " (list them with 'archdeck cards --deck " << parser.value(kDeckOption)
                << "')\n";
        else
            err << " (list them with 'archdeck cards')\n";
        return BadInput;
    }
    out << card->title << "\n\n";
    out << "Section: " << card->section << '\n';
    if (card->isQuestion()) {
        out << "Tags:    " << card->tags.join(QLatin1String(", ")) << '\n';
        out << "Diagram: " << card->diagram << "\n\nAnswer:\n";
    } else {
        out << '\n';
    }
    out << Markdown::toPlainText(card->answer) << '\n';
    if (!card->followUps.isEmpty()) {
        out << "\nFollow-ups:\n";
        for (int i = 0; i < card->followUps.size(); ++i) {
            const FollowUp &followUp = card->followUps.at(i);
            out << '\n' << (i + 1) << ". " << followUp.question << '\n';
            const QString answer = Markdown::toPlainText(followUp.answer).trimmed();
            for (const QString &line : answer.split(QLatin1Char('\n')))
                out << (line.isEmpty() ? QString() : QStringLiteral("   ") + line) << '\n';
        }
    }
    return Ok;
}

int importQa(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    VerbParser parser(QStringLiteral("import-qa --out DIR [--force] FILE.md"),
        QStringLiteral("Turn a Q&A Markdown file into one card file per question."));
    parser.addArgument(QStringLiteral("FILE.md"), QStringLiteral("The Q&A file to import."));
    const QCommandLineOption outDir(
        QStringLiteral("out"), QStringLiteral("Folder for the card files."), QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"),
        QStringLiteral("Overwrite card files that differ from the import."));
    parser.addOption(outDir);
    parser.addOption(force);
    if (const auto outcome = parser.parse(arguments, 1, out, err);
        outcome != VerbParser::Outcome::Run)
        return outcome == VerbParser::Outcome::Done ? Ok : BadInput;
    if (!parser.isSet(outDir)) {
        err << parser.errorPrefix() << "missing --out DIR (the folder for the card files)\n";
        return BadInput;
    }

    const QString inputName = parser.positionalArguments().constFirst();
    QFile input(inputName);
    if (!input.open(QIODevice::ReadOnly)) {
        err << inputName << ": cannot read: " << input.errorString() << '\n';
        return BadInput;
    }
    const QaImport imported = QaImporter::parse(input.readAll(), inputName);
    printDiagnostics(imported.diagnostics, err);
    if (imported.questionCount() == 0) {
        err << inputName
            << ": no questions found (expected '### Q1. Title' headings with '**Answer:**')\n";
        return BadInput;
    }

    const QDir dir(parser.value(outDir));
    int written = 0;
    int unchanged = 0;
    int refused = 0;
    for (const Card &card : imported.cards) {
        const QString relative = (card.isQuestion() ? QString() : QStringLiteral("reference/"))
            + card.id + QLatin1String(".md");
        const QString path = dir.filePath(relative);
        const QByteArray bytes = CardFile::serialize(card);
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            if (existing.readAll() == bytes) {
                ++unchanged;
                continue;
            }
            if (!parser.isSet(force)) {
                err << path
                    << ": exists and differs from the import; not overwritten (use --force)\n";
                ++refused;
                continue;
            }
        }
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            err << QFileInfo(path).path() << ": cannot create this folder\n";
            return BadInput;
        }
        QSaveFile file(path); // all or nothing: a failed write never leaves half a card
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            err << path << ": cannot write: " << file.errorString() << '\n';
            return BadInput;
        }
        ++written;
    }
    const qsizetype pages = imported.cards.size() - imported.questionCount();
    out << "imported " << counted(imported.questionCount(), "question", "questions") << " and "
        << counted(pages, "reference page", "reference pages") << " in "
        << counted(imported.sections.size(), "section", "sections") << " from " << inputName << ": "
        << written << " written, " << unchanged << " unchanged";
    if (refused)
        out << ", " << refused << " not overwritten";
    out << '\n';
    return hasErrors(imported.diagnostics) || refused ? BadInput : Ok;
}

} // namespace ArchDeck::ContentVerbs
