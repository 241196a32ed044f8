// Tests for CardFile (one content file ↔ one Card) and Deck (a folder of them): round trips,
// exact `file:line: message` diagnostics, and loading that keeps the good cards when some are bad.
#include "cardfile.h"
#include "deck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ArchDeck::Card)

namespace {

Card question(const QString &id, const QString &section, const QString &title,
    const QStringList &tags, const QString &answer)
{
    Card card;
    card.id = id;
    card.section = section;
    card.title = title;
    card.diagram = u"diagrams/%1.dot"_s.arg(id);
    card.tags = tags;
    card.answer = answer;
    return card;
}

Card referencePage(
    const QString &id, const QString &section, const QString &title, const QString &body)
{
    Card card;
    card.kind = Card::Kind::Reference;
    card.id = id;
    card.section = section;
    card.title = title;
    card.answer = body;
    return card;
}

/// A well-formed question file, 9 lines: front matter on lines 1–7, the answer on line 9.
QByteArray goodFile(const QByteArray &id = "q04-outbox-pattern")
{
    return "---\n"
           "id: "
        + id
        + "\n"
          "section: Architecture & System Design\n"
          "title: What is the outbox?\n"
          "diagram: diagrams/"
        + id
        + ".dot\n"
          "tags: [architecture, outbox]\n"
          "---\n"
          "\n"
          "Persist events.\n";
}

/// goodFile() with the line starting with `linePrefix` removed or replaced.
QByteArray withLine(const QByteArray &linePrefix, const QByteArray &replacement)
{
    QList<QByteArray> lines = goodFile().split('\n');
    for (QByteArray &line : lines) {
        if (line.startsWith(linePrefix)) {
            line = replacement;
            break;
        }
    }
    lines.removeAll(QByteArray("\x01")); // marker for "remove the line"
    return lines.join('\n');
}

QByteArray without(const QByteArray &linePrefix)
{
    return withLine(linePrefix, "\x01");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList diagnosticStrings(const Diagnostics &diagnostics)
{
    QStringList strings;
    for (const Diagnostic &d : diagnostics)
        strings.append(d.toString());
    return strings;
}

} // namespace

class TestCardFile : public QObject
{
    Q_OBJECT

private slots:
    void serializeFormat();
    void roundTrip_data();
    void roundTrip();
    void parseLenientInput_data();
    void parseLenientInput();
    void malformed_data();
    void malformed();

    void deckLoadKeepsGoodCards();
    void deckLoadUnusableFolder_data();
    void deckLoadUnusableFolder();
    void deckBundled();
    void deckReadsDiagramsInsideOrBesideTheFolder();
    void deckDiagramErrors_data();
    void deckDiagramErrors();
};

void TestCardFile::serializeFormat()
{
    const Card card = question(u"q04-outbox-pattern"_s, u"Architecture & System Design"_s,
        u"What is the “outbox pattern”?"_s, {u"architecture"_s, u"outbox"_s},
        u"Persist **events**.\n\n- one\n- two"_s);
    QCOMPARE(QString::fromUtf8(CardFile::serialize(card)),
        u"---\n"
        "id: q04-outbox-pattern\n"
        "section: Architecture & System Design\n"
        "title: What is the “outbox pattern”?\n"
        "diagram: diagrams/q04-outbox-pattern.dot\n"
        "tags: [architecture, outbox]\n"
        "---\n"
        "\n"
        "Persist **events**.\n\n- one\n- two\n"_s);

    const Card page = referencePage(u"r01-notes"_s, u"Runbooks"_s, u"Notes"_s, u"Some notes."_s);
    QCOMPARE(QString::fromUtf8(CardFile::serialize(page)),
        u"---\nid: r01-notes\nkind: reference\nsection: Runbooks\ntitle: Notes\n---\n\nSome notes.\n"_s);
}

void TestCardFile::roundTrip_data()
{
    QTest::addColumn<Card>("card");

    QTest::newRow("question") << question(u"q04-outbox-pattern"_s,
        u"Architecture & System Design"_s,
        u"What is the “outbox pattern” and when do you need it?"_s,
        {u"architecture"_s, u"aws"_s, u"outbox"_s},
        u"Persist “to-be-published events” in the **same** transaction."_s);
    QTest::newRow("question with code and colons")
        << question(u"q40-resilient-http-client"_s, u"API Design & DX"_s,
               u"Example: resilient HTTP client in Node (timeouts, retries, breaker)."_s,
               {u"api"_s, u"circuit-breaker"_s},
               u"```js\nconst a = {\n  b: 1\n};\n\n---\n# not a heading\n```\n\nAfter."_s);
    QTest::newRow("title in double quotes") << question(
        u"q02-quote"_s, u"S"_s, u"\"It works on my machine\""_s, {u"culture"_s}, u"A."_s);
    QTest::newRow("single tag") << question(u"q01-x"_s, u"S"_s, u"T?"_s, {u"one"_s}, u"A."_s);
    Card probed = question(u"q04-outbox-pattern"_s, u"S"_s, u"What is the outbox?"_s,
        {u"outbox"_s}, u"Persist events with the row."_s);
    const auto followUp = [](const QString &question, const QString &answer) {
        FollowUp f;
        f.question = question;
        f.answer = answer;
        return f;
    };
    probed.followUps = {followUp(u"What if the relay crashes before marking the row sent?"_s,
                            u"It publishes the row again: consumers dedupe."_s),
        followUp(u"Polling or CDC?"_s,
            u"- **Polling**: simple.\n- **CDC**: low latency.\n\n```sql\n# not a question\n```"_s)};
    QTest::newRow("question with follow-ups") << probed;
    QTest::newRow("reference page") << referencePage(u"r01-handy-runbooks-checklists"_s,
        u"Handy Runbooks & Checklists (Condensed)"_s, u"Handy Runbooks & Checklists"_s,
        u"- **Before scaling out**: check hot keys.\n- **Queue backlog**: add consumers."_s);
}

void TestCardFile::roundTrip()
{
    QFETCH(Card, card);

    const CardFile::ParseResult parsed = CardFile::parse(CardFile::serialize(card), u"card.md"_s);
    QCOMPARE(diagnosticStrings(parsed.diagnostics), QStringList());
    QVERIFY(parsed.card.has_value());
    const Card &back = *parsed.card;
    QCOMPARE(back.isQuestion(), card.isQuestion());
    QCOMPARE(back.id, card.id);
    QCOMPARE(back.section, card.section);
    QCOMPARE(back.title, card.title);
    QCOMPARE(back.diagram, card.diagram);
    QCOMPARE(back.tags, card.tags);
    QCOMPARE(back.answer, card.answer);
    QCOMPARE(back.followUps, card.followUps);
    QCOMPARE(back.sourceFile, u"card.md"_s);
    QCOMPARE(parsed.idLine, 2);
    // The body starts after the front matter and one blank line.
    const int frontMatterLines = card.isQuestion() ? 7 : 6;
    QCOMPARE(back.answerLine, frontMatterLines + 2);
}

void TestCardFile::parseLenientInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("answerLine");

    const QStringList tags {u"architecture"_s, u"outbox"_s};
    QTest::newRow("canonical") << goodFile() << u"What is the outbox?"_s << tags << 9;
    QTest::newRow("CRLF") << QByteArray(goodFile()).replace("\n", "\r\n")
                          << u"What is the outbox?"_s << tags << 9;
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF" + goodFile()) << u"What is the outbox?"_s
                         << tags << 9;
    QTest::newRow("quoted title") << withLine("title:", "title: \"Why: now?\"") << u"Why: now?"_s
                                  << tags << 9;
    QTest::newRow("tags without brackets, mixed case, repeated")
        << withLine("tags:", "tags: AWS, sqs,  aws ,\"DLQ\"") << u"What is the outbox?"_s
        << QStringList {u"aws"_s, u"sqs"_s, u"dlq"_s} << 9;
    QTest::newRow("comment and blank line in front matter")
        << withLine("section:", "# a comment\n\nsection: Architecture & System Design")
        << u"What is the outbox?"_s << tags << 11;
    QTest::newRow("upper-case keys") << withLine("title:", "Title: What is the outbox?")
                                     << u"What is the outbox?"_s << tags << 9;
}

void TestCardFile::parseLenientInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QStringList, tags);
    QFETCH(int, answerLine);

    const CardFile::ParseResult parsed = CardFile::parse(bytes, u"card.md"_s);
    QCOMPARE(diagnosticStrings(parsed.diagnostics), QStringList());
    QVERIFY(parsed.card.has_value());
    QCOMPARE(parsed.card->id, u"q04-outbox-pattern"_s);
    QCOMPARE(parsed.card->title, title);
    QCOMPARE(parsed.card->tags, tags);
    QCOMPARE(parsed.card->answer, u"Persist events."_s);
    QCOMPARE(parsed.card->answerLine, answerLine);
}

void TestCardFile::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("diagnostics");
    const auto row = [](const char *name, const QByteArray &bytes, const QStringList &diagnostics) {
        QTest::newRow(name) << bytes << diagnostics;
    };

    // goodFile(): 1 "---", 2 id, 3 section, 4 title, 5 diagram, 6 tags, 7 "---", 8 "", 9 answer.
    // A missing key is reported at the closing fence (line 6 once a line is gone).
    row("missing id", without("id:"), {u"card.md:6: missing front matter key 'id'"_s});
    row("missing section", without("section:"),
        {u"card.md:6: missing front matter key 'section'"_s});
    row("missing title", without("title:"), {u"card.md:6: missing front matter key 'title'"_s});
    row("missing diagram", without("diagram:"),
        {u"card.md:6: missing front matter key 'diagram'"_s});
    row("missing tags", without("tags:"), {u"card.md:6: missing front matter key 'tags'"_s});
    row("empty title", withLine("title:", "title:   "),
        {u"card.md:4: empty front matter key 'title'"_s});
    row("missing title and tags", without("title:").replace("tags: [architecture, outbox]\n", ""),
        {u"card.md:5: missing front matter key 'title'"_s,
            u"card.md:5: missing front matter key 'tags'"_s});
    row("reference page without title",
        "---\nid: r01-x\nkind: reference\nsection: S\n---\n\nBody.\n",
        {u"card.md:5: missing front matter key 'title'"_s});
    row("empty tags list", withLine("tags:", "tags: []"), {u"card.md:6: tags list is empty"_s});

    row("empty answer", QByteArray(goodFile()).replace("Persist events.\n", "  \n\n"),
        {u"card.md:8: the answer is empty"_s});
    row("empty answer at end of file", goodFile().left(goodFile().indexOf("\n\nPersist") + 1),
        {u"card.md:8: the answer is empty"_s});
    row("empty reference page", "---\nid: r01-x\nkind: reference\nsection: S\ntitle: T\n---\n",
        {u"card.md:7: the page is empty"_s});

    row("invalid UTF-8 in title", withLine("title:", "title: Caf\xe9"),
        {u"card.md:4: invalid UTF-8; save the file as UTF-8"_s});
    row("invalid UTF-8 in answer",
        QByteArray(goodFile()).replace("Persist events.", "Persist \xff."),
        {u"card.md:9: invalid UTF-8; save the file as UTF-8"_s});
    row("truncated UTF-8 sequence", goodFile() + "more \xe2\x80\n",
        {u"card.md:10: invalid UTF-8; save the file as UTF-8"_s});

    row("no opening fence", goodFile().mid(4),
        {u"card.md:1: expected front matter starting with '---'"_s});
    row("text before the fence", "hello\n" + goodFile(),
        {u"card.md:1: expected front matter starting with '---'"_s});
    row("empty file", QByteArray(), {u"card.md:1: expected front matter starting with '---'"_s});
    // Reported at the file's last line; a final newline does not start another line.
    row("unclosed front matter", "---\nid: x\nsection: y",
        {u"card.md:3: front matter is not closed with '---'"_s});
    row("unclosed front matter, final newline", "---\nid: x\nsection: y\n",
        {u"card.md:3: front matter is not closed with '---'"_s});

    row("upper-case id", withLine("id:", "id: Q04-Outbox"),
        {u"card.md:2: id 'Q04-Outbox' must be lowercase letters, digits and '-'"_s});
    row("underscore in id", withLine("id:", "id: q04_outbox"),
        {u"card.md:2: id 'q04_outbox' must be lowercase letters, digits and '-'"_s});
    row("slash in id", withLine("id:", "id: ../q04"),
        {u"card.md:2: id '../q04' must be lowercase letters, digits and '-'"_s});
    row("id starting with '-'", withLine("id:", "id: -q04"),
        {u"card.md:2: id '-q04' must be lowercase letters, digits and '-'"_s});

    row("line without colon", withLine("diagram:", "diagram diagrams/x.dot"),
        {u"card.md:5: expected 'key: value' in front matter"_s});
    row("key twice", withLine("diagram:", "title: Again"),
        {u"card.md:5: front matter key 'title' appears twice"_s});
    // The follow-ups section: goodFile()'s answer is line 9, so "## Follow-ups" is line 11.
    const QByteArray probed = goodFile() + "\n## Follow-ups\n\n";
    row("follow-up without an answer", probed + "### Why?\n\n### How?\nLike so.\n",
        {u"card.md:13: follow-up 'Why?' has no answer"_s});
    row("last follow-up without an answer", probed + "### Why?\nBecause.\n### How?\n\n",
        {u"card.md:15: follow-up 'How?' has no answer"_s});
    row("text before the first follow-up", probed + "Some text.\n### Why?\nBecause.\n",
        {u"card.md:13: expected a '### question' heading after '## Follow-ups'"_s});
    row("no follow-up under the heading", probed,
        {u"card.md:11: '## Follow-ups' has no '### question' under it"_s});
    row("another heading among the follow-ups", probed + "### Why?\nBecause.\n## More\n",
        {u"card.md:15: only '### question' headings may follow '## Follow-ups'"_s});
    row("empty follow-up question", probed + "###   \nAn answer.\n",
        {u"card.md:13: follow-up question is empty"_s});
    row("follow-ups on a reference page",
        "---\nid: r01-x\nkind: reference\nsection: S\ntitle: T\n---\n\nBody.\n\n## Follow-ups\n"
        "### Q?\nA.\n",
        {u"card.md:10: a reference page has no follow-ups"_s});
    row("unknown kind", withLine("diagram:", "kind: draft\ndiagram: diagrams/x.dot"),
        {u"card.md:5: unknown kind 'draft' (expected question or reference)"_s});
}

void TestCardFile::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, diagnostics);

    const CardFile::ParseResult parsed = CardFile::parse(bytes, u"card.md"_s);
    QCOMPARE(diagnosticStrings(parsed.diagnostics), diagnostics);
    QVERIFY(!parsed.card.has_value());
    for (const Diagnostic &d : parsed.diagnostics)
        QVERIFY(d.isError());
}

void TestCardFile::deckLoadKeepsGoodCards()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        writeFile(dir.filePath(name), bytes);
    };

    write(u"q01-alpha.md"_s, goodFile("q01-alpha"));
    write(u"q02-beta.md"_s, goodFile("q02-beta"));
    write(u"q03-gamma.md"_s, goodFile("q03-gamma"));
    write(u"reference/r01-notes.md"_s,
        CardFile::serialize(
            referencePage(u"r01-notes"_s, u"Reference"_s, u"Notes"_s, u"Some notes."_s)));
    write(u"notes.txt"_s, "not a card, ignored");

    write(u"bad-empty-answer.md"_s,
        QByteArray(goodFile("q10-empty")).replace("Persist events.\n", ""));
    write(u"bad-id.md"_s, withLine("id:", "id: Q11_Bad"));
    write(u"bad-missing-title.md"_s, without("title:"));
    write(u"bad-no-front-matter.md"_s, "# Just Markdown\n\nNo header.\n");
    write(u"bad-unclosed.md"_s, "---\nid: q12-open\n");
    write(u"bad-utf8.md"_s,
        QByteArray(goodFile("q13-utf8")).replace("Persist events.", "Persist \xff."));
    write(u"reference/bad-page.md"_s,
        "---\nid: r02-empty\nkind: reference\nsection: S\ntitle: T\n---\n");
    // Same id as q02-beta.md, which comes first; the id is on line 3 here.
    write(u"q99-copy.md"_s,
        QByteArray(goodFile("q02-beta")).replace("---\nid:", "---\n# copied\nid:"));

    const Deck deck = Deck::load(dir.path(), u"deck/"_s);

    QStringList ids;
    for (const Card &card : deck.cards())
        ids.append(card.id);
    // Questions first, then reference pages, each in id order.
    QCOMPARE(ids, (QStringList {u"q01-alpha"_s, u"q02-beta"_s, u"q03-gamma"_s, u"r01-notes"_s}));
    QCOMPARE(deck.questionCount(), 3);
    QCOMPARE(deck.card(u"q02-beta"_s)->sourceFile, u"deck/q02-beta.md"_s);
    QCOMPARE(deck.card(u"r01-notes"_s)->sourceFile, u"deck/reference/r01-notes.md"_s);
    QCOMPARE(deck.indexOf(u"q03-gamma"_s), 2);
    QCOMPARE(deck.indexOf(u"q99-copy"_s), -1);
    QVERIFY(!deck.card(u"q10-empty"_s));
    QCOMPARE(deck.sections(), (QStringList {u"Architecture & System Design"_s, u"Reference"_s}));

    QVERIFY(hasErrors(deck.diagnostics()));
    QCOMPARE(diagnosticStrings(deck.diagnostics()),
        (QStringList {
            u"deck/bad-empty-answer.md:8: the answer is empty"_s,
            u"deck/bad-id.md:2: id 'Q11_Bad' must be lowercase letters, digits and '-'"_s,
            u"deck/bad-missing-title.md:6: missing front matter key 'title'"_s,
            u"deck/bad-no-front-matter.md:1: expected front matter starting with '---'"_s,
            u"deck/bad-unclosed.md:2: front matter is not closed with '---'"_s,
            u"deck/bad-utf8.md:9: invalid UTF-8; save the file as UTF-8"_s,
            u"deck/reference/bad-page.md:7: the page is empty"_s,
            u"deck/q99-copy.md:3: duplicate id 'q02-beta' (already used by deck/q02-beta.md)"_s,
        }));
}

void TestCardFile::deckLoadUnusableFolder_data()
{
    QTest::addColumn<QStringList>("files"); // created inside the temporary folder
    QTest::addColumn<QString>("folder"); // what is loaded, inside the temporary folder
    QTest::addColumn<bool>("hasCardFiles");
    QTest::addColumn<QStringList>("diagnostics"); // the folder is shown as "mydeck"

    const QString noCards = u"mydeck: no card files (*.md) in this folder"_s;
    QTest::newRow("missing") << QStringList() << u"nope"_s << false
                             << QStringList {u"mydeck: no such folder"_s};
    QTest::newRow("a file") << QStringList {u"deck.md"_s} << u"deck.md"_s << false
                            << QStringList {u"mydeck: not a folder"_s};
    QTest::newRow("empty") << QStringList() << u"."_s << false << QStringList {noCards};
    QTest::newRow("other files") << QStringList {u"notes.txt"_s, u"diagrams/q01.dot"_s} << u"."_s
                                 << false << QStringList {noCards};
    QTest::newRow("empty reference folder")
        << QStringList {u"reference/notes.txt"_s} << u"."_s << false << QStringList {noCards};
    // Card files, even bad ones, make a deck: their own diagnostics say what is wrong.
    QTest::newRow("only a bad card")
        << QStringList {u"bad.md"_s} << u"."_s << true
        << QStringList {u"mydeck/bad.md:1: expected front matter starting with '---'"_s};
    QTest::newRow("only a reference page")
        << QStringList {u"reference/r01-notes.md"_s} << u"."_s << true << QStringList();
}

void TestCardFile::deckLoadUnusableFolder()
{
    QFETCH(QStringList, files);
    QFETCH(QString, folder);
    QFETCH(bool, hasCardFiles);
    QFETCH(QStringList, diagnostics);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray page = "---\nid: r01-notes\nkind: reference\nsection: Reference\n"
                            "title: Notes\n---\n\nRead this.\n";
    for (const QString &file : files)
        writeFile(dir.filePath(file), file.startsWith(u"reference/"_s) ? page : "not a card\n");

    const Deck deck = Deck::load(dir.filePath(folder), u"mydeck/"_s);
    QCOMPARE(deck.hasCardFiles(), hasCardFiles);
    QCOMPARE(diagnosticStrings(deck.diagnostics()), diagnostics);
    QCOMPARE(deck.cards().size(), files.contains(u"reference/r01-notes.md"_s) ? 1 : 0);
}

void TestCardFile::deckBundled()
{
    const Deck deck = Deck::bundled();
    QCOMPARE(diagnosticStrings(deck.diagnostics()), QStringList());
    QCOMPARE(deck.questionCount(), 44);
    QCOMPARE(deck.cards().size(), 46);

    // 13 question sections, then the reference section (runbooks and closing advice).
    const QStringList sections = deck.sections();
    QCOMPARE(sections.size(), 14);
    QCOMPARE(sections.first(), u"Architecture & System Design"_s);
    QCOMPARE(sections.at(12), u"Governance & Platform"_s);
    QCOMPARE(sections.last(), u"Handy Runbooks & Checklists (Condensed)"_s);

    const Card *q04 = deck.card(u"q04-outbox-pattern"_s);
    QVERIFY(q04);
    QCOMPARE(q04->sourceFile, u"content/q04-outbox-pattern.md"_s);
    QCOMPARE(q04->diagram, u"diagrams/q04-outbox-pattern.dot"_s);
    QVERIFY(q04->title.contains(u"outbox pattern"_s));

    for (int i = 0; i < deck.cards().size(); ++i) {
        const Card &card = deck.cards().at(i);
        QCOMPARE(card.isQuestion(), i < 44); // questions first
        QCOMPARE(deck.indexOf(card.id), i);
        if (card.isQuestion())
            QVERIFY2(!card.tags.isEmpty(), qPrintable(card.id));
    }
    QCOMPARE(
        deck.cards().at(44).sourceFile, u"content/reference/r01-handy-runbooks-checklists.md"_s);
}

void TestCardFile::deckReadsDiagramsInsideOrBesideTheFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // mydeck/diagrams/ (a deck folder that carries its diagrams) and diagrams/ beside cards/
    // (this repository's content/ + diagrams/ layout); inside the folder wins.
    writeFile(dir.filePath(u"mydeck/q01-alpha.md"_s), goodFile("q01-alpha"));
    writeFile(dir.filePath(u"mydeck/q02-beta.md"_s), goodFile("q02-beta"));
    writeFile(dir.filePath(u"mydeck/diagrams/q01-alpha.dot"_s), "digraph inside {}");
    writeFile(dir.filePath(u"diagrams/q01-alpha.dot"_s), "digraph beside_shadowed {}");
    writeFile(dir.filePath(u"diagrams/q02-beta.dot"_s), "digraph beside {}");

    const Deck deck = Deck::load(dir.filePath(u"mydeck"_s), u"mydeck/"_s);
    QCOMPARE(deck.questionCount(), 2);
    const Result<QByteArray> inside = deck.readDiagram(*deck.card(u"q01-alpha"_s));
    QVERIFY(inside.isOk());
    QCOMPARE(inside.value, QByteArray("digraph inside {}"));
    QCOMPARE(deck.readDiagram(*deck.card(u"q02-beta"_s)).value, QByteArray("digraph beside {}"));
    QCOMPARE(deck.diagramFileName(*deck.card(u"q01-alpha"_s)), u"mydeck/diagrams/q01-alpha.dot"_s);
    QCOMPARE(deck.diagramFileName(*deck.card(u"q02-beta"_s)), u"diagrams/q02-beta.dot"_s);
    QCOMPARE(Deck::bundled().diagramFileName(*Deck::bundled().card(u"q04-outbox-pattern"_s)),
        u"diagrams/q04-outbox-pattern.dot"_s);
}

void TestCardFile::deckDiagramErrors_data()
{
    QTest::addColumn<QByteArray>("diagramLine"); // the card's `diagram:` line
    QTest::addColumn<QString>("message"); // the diagnostic, as printed

    QTest::newRow("missing") << QByteArray("diagram: diagrams/q01-alpha.dot")
                             << u"diagrams/q01-alpha.dot: no such file (nor "
                                "mydeck/diagrams/q01-alpha.dot)"_s;
    QTest::newRow("empty file") << QByteArray("diagram: diagrams/empty.dot")
                                << u"diagrams/empty.dot: the file is empty"_s;
    QTest::newRow("outside the deck")
        << QByteArray("diagram: ../q01-alpha.dot")
        << u"mydeck/q01-alpha.md: diagram '../q01-alpha.dot' is not a path inside the deck"_s;
    QTest::newRow("absolute") << QByteArray("diagram: /etc/passwd")
                              << u"mydeck/q01-alpha.md: diagram '/etc/passwd' is not a path "
                                 "inside the deck"_s;
}

void TestCardFile::deckDiagramErrors()
{
    QFETCH(QByteArray, diagramLine);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir.filePath(u"mydeck/q01-alpha.md"_s),
        withLine("diagram:", diagramLine).replace("q04-outbox-pattern", "q01-alpha"));
    writeFile(dir.filePath(u"diagrams/empty.dot"_s), "");
    writeFile(dir.filePath(u"q01-alpha.dot"_s), "digraph outside {}");
    const Deck deck = Deck::load(dir.filePath(u"mydeck"_s), u"mydeck/"_s);
    QVERIFY(deck.card(u"q01-alpha"_s));

    const Result<QByteArray> dot = deck.readDiagram(*deck.card(u"q01-alpha"_s));
    QVERIFY(!dot.isOk());
    QVERIFY(dot.value.isEmpty());
    QCOMPARE(diagnosticStrings(dot.diagnostics), QStringList {message});
}

QTEST_GUILESS_MAIN(TestCardFile)
#include "tst_cardfile.moc"
