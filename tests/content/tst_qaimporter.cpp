// Tests for QaImporter: the real seed imports completely and with stable ids, and malformed
// seed-format input gives one precise diagnostic per problem while the good questions still import.
#include "qaimporter.h"
#include "testseed.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

class TestQaImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void seedCounts();
    void seedSections();
    void seedFirstAndLastQuestion();
    void seedCodeBlockIntact();
    void seedIdsWellFormedAndUnique();
    void seedStableIds_data();
    void seedStableIds();
    void seedCardsHaveTagsAndDiagram();
    void seedAnswerLinePointsAtAnswer();
    void seedReferencePages();

    void malformed_data();
    void malformed();
    void headingVariants_data();
    void headingVariants();
    void nothingLostSilently_data();
    void nothingLostSilently();

private:
    QList<Card> questions() const;

    QByteArray m_seedBytes;
    QaImport m_seed;
};

void TestQaImporter::initTestCase()
{
    QFile file(seedPath());
    if (file.open(QIODevice::ReadOnly)) {
        m_seedBytes = file.readAll();
        m_seed = QaImporter::parse(m_seedBytes, u"seed.md"_s);
    }
}

QList<Card> TestQaImporter::questions() const
{
    QList<Card> result;
    for (const Card &card : m_seed.cards)
        if (card.isQuestion())
            result.append(card);
    return result;
}

void TestQaImporter::seedCounts()
{
    ARCHDECK_REQUIRE_SEED();
    for (const Diagnostic &d : m_seed.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    QVERIFY(m_seed.diagnostics.isEmpty());
    QCOMPARE(m_seed.questionCount(), 44);
    QCOMPARE(questions().size(), 44);
    QCOMPARE(m_seed.cards.size(), 46); // plus two reference pages
}

void TestQaImporter::seedSections()
{
    ARCHDECK_REQUIRE_SEED();
    QCOMPARE(m_seed.sections.size(), 14);
    for (int i = 0; i < m_seed.sections.size(); ++i)
        QCOMPARE(m_seed.sections.at(i).number, i + 1);
    QCOMPARE(m_seed.sections.first().name, u"Architecture & System Design"_s);
    QCOMPARE(m_seed.sections.first().line, 8);
    QCOMPARE(m_seed.sections.at(2).name, u"Messaging, Events & Data"_s);
    QCOMPARE(m_seed.sections.last().name, u"Handy Runbooks & Checklists (Condensed)"_s);

    // Every question belongs to one of the numbered sections.
    QSet<QString> names;
    for (const QaImport::Section &section : m_seed.sections)
        names.insert(section.name);
    for (const Card &card : m_seed.cards)
        QVERIFY2(names.contains(card.section), qPrintable(card.id + u": "_s + card.section));
}

void TestQaImporter::seedFirstAndLastQuestion()
{
    ARCHDECK_REQUIRE_SEED();
    const QList<Card> cards = questions();
    QVERIFY(!cards.isEmpty());
    QCOMPARE(cards.first().title, u"Monolith vs. Microservices: when to choose which?"_s);
    QCOMPARE(cards.first().section, u"Architecture & System Design"_s);
    QCOMPARE(cards.last().title, u"How do platform teams empower service teams?"_s);
    QCOMPARE(cards.last().section, u"Governance & Platform"_s);
    // Markdown in titles is reduced to plain text.
    QCOMPARE(cards.at(6).title, u"Choose between Lambda, ECS/Fargate, and EKS."_s);
}

void TestQaImporter::seedCodeBlockIntact()
{
    ARCHDECK_REQUIRE_SEED();
    const QList<Card> cards = questions();
    QVERIFY(cards.size() >= 40);
    const Card &q40 = cards.at(39);
    QVERIFY(q40.id.startsWith(u"q40-"_s));

    // Q40's whole answer is one fenced block; it must survive byte for byte, from the opening
    // fence to the closing one, although it contains '#'-free lines, blank lines and backticks.
    const QString seed = QString::fromUtf8(m_seedBytes);
    const qsizetype open = seed.indexOf(u"```js\n"_s);
    QVERIFY(open > 0);
    const qsizetype close = seed.indexOf(u"\n```\n"_s, open);
    QVERIFY(close > open);
    const QString expected = seed.mid(open, close + 4 - open);
    QCOMPARE(q40.answer, expected);

    QVERIFY(q40.answer.startsWith(u"```js\nimport { fetch } from 'undici';\n"_s));
    const QStringList lines = q40.answer.split(u'\n');
    QVERIFY(lines.contains(u"const breaker = new CircuitBreaker(doFetch, {"_s));
    QVERIFY(lines.contains(u"    if (!res.ok) throw new Error(`HTTP ${res.status}`);"_s));
    QVERIFY(lines.contains(u""_s)); // blank lines inside the fence are kept
    QVERIFY(q40.answer.endsWith(u"  return res.json();\n}\n```"_s));
    QCOMPARE(lines.count(u"```"_s), 1); // the closing fence, exactly once
}

void TestQaImporter::seedIdsWellFormedAndUnique()
{
    ARCHDECK_REQUIRE_SEED();
    static const QRegularExpression idPattern(u"^q\\d\\d-[a-z0-9-]+$"_s);
    QSet<QString> ids;
    int number = 0;
    for (const Card &card : questions()) {
        QVERIFY2(idPattern.match(card.id).hasMatch(), qPrintable(card.id));
        QVERIFY2(!ids.contains(card.id), qPrintable(u"duplicate id "_s + card.id));
        QVERIFY(card.id.startsWith(u"q%1-"_s.arg(++number, 2, 10, QLatin1Char('0'))));
        ids.insert(card.id);
    }
    QCOMPARE(ids.size(), 44);
}

void TestQaImporter::seedStableIds_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("id");

    // These ids name the content files and the diagrams; renaming them breaks users' review
    // history.
    QTest::newRow("Q1") << 1 << u"q01-monolith-microservices"_s;
    QTest::newRow("Q4") << 4 << u"q04-outbox-pattern"_s;
    QTest::newRow("Q7") << 7 << u"q07-lambda-ecs-fargate-eks"_s;
    QTest::newRow("Q12") << 12 << u"q12-retries-dlqs"_s;
    QTest::newRow("Q21") << 21 << u"q21-incident-sqs-dlq"_s;
    QTest::newRow("Q40") << 40 << u"q40-resilient-http-client"_s;
    QTest::newRow("Q44") << 44 << u"q44-platform-teams-empower"_s;
}

void TestQaImporter::seedStableIds()
{
    ARCHDECK_REQUIRE_SEED();
    QFETCH(int, number);
    QFETCH(QString, id);
    const QList<Card> cards = questions();
    QVERIFY(number <= cards.size());
    QCOMPARE(cards.at(number - 1).id, id);
}

void TestQaImporter::seedCardsHaveTagsAndDiagram()
{
    ARCHDECK_REQUIRE_SEED();
    static const QRegularExpression tagPattern(u"^[a-z0-9][a-z0-9-]*$"_s);
    for (const Card &card : questions()) {
        QVERIFY2(!card.tags.isEmpty(), qPrintable(card.id));
        QCOMPARE(QSet<QString>(card.tags.cbegin(), card.tags.cend()).size(), card.tags.size());
        for (const QString &tag : card.tags)
            QVERIFY2(tagPattern.match(tag).hasMatch(), qPrintable(card.id + u": "_s + tag));
        QCOMPARE(card.diagram, u"diagrams/%1.dot"_s.arg(card.id));
        QVERIFY(!card.answer.isEmpty());
        QVERIFY2(!card.answer.startsWith(u"**Answer:**"_s), qPrintable(card.id));
        QCOMPARE(card.sourceFile, u"seed.md"_s);
    }
    // The section's theme comes first: Q4 is under "Architecture & System Design".
    QCOMPARE(questions().at(3).tags.first(), u"architecture"_s);
    QVERIFY(questions().at(3).tags.contains(u"outbox"_s));
}

void TestQaImporter::seedAnswerLinePointsAtAnswer()
{
    ARCHDECK_REQUIRE_SEED();
    const QStringList lines = QString::fromUtf8(m_seedBytes).split(u'\n');
    for (const Card &card : questions()) {
        QVERIFY(card.answerLine > 0 && card.answerLine <= lines.size());
        QVERIFY2(lines.at(card.answerLine - 1).startsWith(u"**Answer:**"_s), qPrintable(card.id));
    }
}

void TestQaImporter::seedReferencePages()
{
    ARCHDECK_REQUIRE_SEED();
    QList<Card> pages;
    for (const Card &card : m_seed.cards)
        if (!card.isQuestion())
            pages.append(card);
    QCOMPARE(pages.size(), 2);

    QCOMPARE(pages.at(0).id, u"r01-handy-runbooks-checklists"_s);
    QCOMPARE(pages.at(0).title, u"Handy Runbooks & Checklists"_s);
    QCOMPARE(pages.at(0).section, u"Handy Runbooks & Checklists (Condensed)"_s);
    QVERIFY(pages.at(0).answer.startsWith(u"- **Before scaling out**"_s));
    QVERIFY(pages.at(0).answer.endsWith(u"plaintext secrets in env."_s));

    // "## Closing Advice" has no number: it joins the last numbered section.
    QCOMPARE(pages.at(1).id, u"r02-closing-advice"_s);
    QCOMPARE(pages.at(1).title, u"Closing Advice"_s);
    QCOMPARE(pages.at(1).section, u"Handy Runbooks & Checklists (Condensed)"_s);
    QVERIFY(pages.at(1).answer.startsWith(u"Be prepared to:"_s));

    for (const Card &page : std::as_const(pages)) {
        QVERIFY(page.diagram.isEmpty());
        QVERIFY(page.tags.isEmpty());
    }
}

void TestQaImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("diagnostics");
    QTest::addColumn<QStringList>("importedTitles"); // the good questions, still imported
    const auto row = [](const char *name, const QByteArray &input, const QStringList &diagnostics,
                         const QStringList &importedTitles) {
        QTest::newRow(name) << input << diagnostics << importedTitles;
    };

    row("missing answer line",
        "## 1) Basics\n"
        "\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "\n"
        "### Q2. No answer here?\n"
        "Just prose.\n"
        "\n"
        "### Q3. Also good?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:6: question Q2 has no '**Answer:**' line"_s}, {u"Good one?"_s, u"Also good?"_s});

    row("answer line missing at end of file",
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "---\n"
        "### Q2. Last?\n"
        "\n",
        {u"bad.md:5: question Q2 has no '**Answer:**' line"_s}, {u"Good one?"_s});

    row("empty answer",
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "---\n"
        "### Q2. Empty?\n"
        "**Answer:**   \n"
        "\n"
        "---\n"
        "### Q3. Also good?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:6: question Q2 has an empty answer"_s}, {u"Good one?"_s, u"Also good?"_s});

    row("question before any section",
        "# Title\n"
        "### Q1. Too early?\n"
        "**Answer:** Yes.\n"
        "## 1) Basics\n"
        "### Q2. Good one?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:2: question Q1 comes before any '## N) Section' heading"_s}, {u"Good one?"_s});

    row("duplicate question number",
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "\n"
        "### Q1. Same number?\n"
        "**Answer:** No.\n"
        "### Q2. Also good?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:5: question number Q1 is used twice"_s}, {u"Good one?"_s, u"Also good?"_s});

    row("invalid UTF-8",
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "### Q2. Broken \xff"
        " byte?\n"
        "**Answer:** No.\n",
        {u"bad.md:4: invalid UTF-8; save the file as UTF-8"_s}, {u"Good one?"_s});

    row("malformed question heading",
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "---\n"
        "### Foo\n"
        "Some notes.\n"
        "### Q2. Also good?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:5: expected a question heading like '### Q12. Title'"_s},
        {u"Good one?"_s, u"Also good?"_s});

    row("several problems, each reported",
        "### Q9. Too early?\n"
        "**Answer:** Yes.\n"
        "## 1) Basics\n"
        "### Q1. Good one?\n"
        "**Answer:** Yes.\n"
        "### Q2. Empty?\n"
        "**Answer:**\n"
        "### Q1. Again?\n"
        "**Answer:** No.\n"
        "### Q3. No answer?\n"
        "### Q4. Also good?\n"
        "**Answer:** Fine.\n",
        {u"bad.md:1: question Q9 comes before any '## N) Section' heading"_s,
            u"bad.md:7: question Q2 has an empty answer"_s,
            u"bad.md:8: question number Q1 is used twice"_s,
            u"bad.md:10: question Q3 has no '**Answer:**' line"_s},
        {u"Good one?"_s, u"Also good?"_s});
}

void TestQaImporter::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, diagnostics);
    QFETCH(QStringList, importedTitles);

    const QaImport result = QaImporter::parse(input, u"bad.md"_s);
    QStringList actual;
    for (const Diagnostic &d : result.diagnostics) {
        QVERIFY(d.isError());
        actual.append(d.toString());
    }
    QCOMPARE(actual, diagnostics);

    QStringList titles;
    for (const Card &card : result.cards)
        titles.append(card.title);
    QCOMPARE(titles, importedTitles);
}

void TestQaImporter::headingVariants_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("answer");

    QTest::newRow("Q1.") << QByteArray("## 1) S\n### Q1. Title?\n**Answer:** A.\n") << u"Title?"_s
                         << u"A."_s;
    QTest::newRow("Q1)") << QByteArray("## 1) S\n### Q1) Title?\n**Answer:** A.\n") << u"Title?"_s
                         << u"A."_s;
    QTest::newRow("Q1:") << QByteArray("## 1) S\n### Q1: Title?\n**Answer:** A.\n") << u"Title?"_s
                         << u"A."_s;
    QTest::newRow("CRLF") << QByteArray("## 1) S\r\n### Q1. Title?\r\n**Answer:** A.\r\nB.\r\n")
                          << u"Title?"_s << u"A.\nB."_s;
    QTest::newRow("blank line before answer")
        << QByteArray("## 1) S\n### Q1. Title?\n\n**Answer:** A.\n\n- b\n---\nafter\n")
        << u"Title?"_s << u"A.\n\n- b"_s;
    QTest::newRow("bold and code in title")
        << QByteArray("## 1) S\n### Q1. Use **SQS** or `SNS`?\n**Answer:** A.\n")
        << u"Use SQS or SNS?"_s << u"A."_s;
}

void TestQaImporter::headingVariants()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, title);
    QFETCH(QString, answer);

    const QaImport result = QaImporter::parse(input, u"ok.md"_s);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.sections.size(), 1);
    QCOMPARE(result.sections.first().name, u"S"_s);
    QCOMPARE(result.questionCount(), 1);
    QCOMPARE(result.cards.first().title, title);
    QCOMPARE(result.cards.first().answer, answer);
    QCOMPARE(result.cards.first().section, u"S"_s);
}

void TestQaImporter::nothingLostSilently_data()
{
    // `text` must end up in an answer, unless a diagnostic says why not.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const QByteArray &input, const QString &text) {
        QTest::newRow(name) << input << text;
    };

    row("answer continues after a blank line", "## 1) S\n### Q1. T?\n**Answer:** A.\n\nMore.\n",
        u"More."_s);
    row("fenced comment line", "## 1) S\n### Q1. T?\n**Answer:** A.\n```sh\n# not a heading\n```\n",
        u"# not a heading"_s);
    // "#42" is a paragraph in Markdown, not a heading: it must not end the answer.
    row("line starting with '#'",
        "## 1) S\n### Q1. T?\n**Answer:** See\n#42 in the tracker\nfor details.\n",
        u"for details."_s);
    // A code fence left open must not swallow the following questions.
    row("unclosed fence",
        "## 1) S\n### Q1. T?\n**Answer:** A.\n```\ncode\n\n### Q2. U?\n**Answer:** B.\n", u"B."_s);
}

void TestQaImporter::nothingLostSilently()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);

    const QaImport result = QaImporter::parse(input, u"s.md"_s);
    bool found = false;
    for (const Card &card : result.cards)
        found = found || (card.answer.contains(text) && !card.answer.contains(u"**Answer:**"_s));
    QVERIFY2(found || !result.diagnostics.isEmpty(), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestQaImporter)
#include "tst_qaimporter.moc"
