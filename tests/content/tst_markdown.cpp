// Tests for Markdown: HTML for the card view is safe (no raw HTML, no script links, no images that
// would load a resource) and keeps code intact; plain text for the terminal reads well.
#include "deck.h"
#include "markdown.h"

#include <QTest>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

class TestMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void htmlSafety_data();
    void htmlSafety();
    void htmlRendering_data();
    void htmlRendering();
    void htmlCodeBlockStyle();
    void bundledCardsRenderSafely();

    void plainText_data();
    void plainText();
    void plainTextOfCodeCard();
};

void TestMarkdown::htmlSafety_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("forbidden"); // none may occur in the lower-cased HTML
    QTest::addColumn<QStringList>("expected"); // all must occur in the HTML
    const auto row = [](const char *name, const QString &markdown, const QStringList &forbidden,
                         const QStringList &expected) {
        QTest::newRow(name) << markdown << forbidden << expected;
    };

    row("script block", u"<script>alert(1)</script>\n\nAfter."_s, {u"<script"_s, u"alert(1)"_s},
        {u"<p>After.</p>"_s});
    row("inline script", u"Hello <script>alert(1)</script> world"_s, {u"<script"_s, u"</script"_s},
        {u"Hello"_s, u"world"_s});
    row("img with onerror", u"<img src=x onerror=alert(1)>"_s, {u"<img"_s, u"onerror"_s}, {});
    row("inline img with onerror", u"Look: <img src=x onerror=alert(1)> here"_s,
        {u"<img"_s, u"onerror"_s}, {u"Look:"_s, u"here"_s});
    row("iframe", u"<iframe src=\"https://example.com/\"></iframe>\n\nText"_s,
        {u"<iframe"_s, u"example.com"_s}, {u"<p>Text</p>"_s});
    row("inline tag with handler", u"a <b onmouseover=\"steal()\">bold</b> c"_s,
        {u"<b "_s, u"onmouseover"_s, u"steal"_s}, {u"bold"_s});
    row("style block", u"<style>body { display: none }</style>\n\nText"_s,
        {u"<style"_s, u"display"_s}, {u"<p>Text</p>"_s});
    row("javascript link", u"[click](javascript:alert(1))"_s, {u"javascript:"_s, u"alert"_s},
        {u"<a href=\"\">click</a>"_s});
    row("mixed-case javascript link", u"[click](JaVaScRiPt:alert(1))"_s, {u"javascript:"_s},
        {u">click</a>"_s});
    row("vbscript link", u"[click](vbscript:msgbox)"_s, {u"vbscript:"_s}, {u">click</a>"_s});
    row("data link", u"[click](data:text/html;base64,PHNjcmlwdD4=)"_s, {u"data:"_s},
        {u">click</a>"_s});
    row("javascript reference link", u"[click][x]\n\n[x]: javascript:alert(1)"_s,
        {u"javascript:"_s}, {u">click</a>"_s});
    // An autolink shows its address as text; only the href must be blank.
    row("javascript autolink", u"<javascript:alert(1)>"_s, {u"href=\"javascript"_s},
        {u"<a href=\"\">"_s});
    row("image", u"![diagram of the outbox](https://example.com/outbox.png)"_s,
        {u"<img"_s, u"example.com"_s, u"outbox.png"_s}, {u"[image: diagram of the outbox]"_s});
    row("local image", u"See ![a *local* file](file:///etc/passwd) here."_s,
        {u"<img"_s, u"file:"_s, u"passwd"_s}, {u"See [image: a local file] here."_s});
    row("image inside link", u"[![badge](https://example.com/b.svg)](https://example.com/)"_s,
        {u"<img"_s, u"b.svg"_s}, {u"[image: badge]"_s});
    row("html inside code is text", u"```html\n<script>alert(1)</script>\n```"_s, {u"<script"_s},
        {u"&lt;script&gt;alert(1)&lt;/script&gt;"_s});
}

void TestMarkdown::htmlSafety()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, forbidden);
    QFETCH(QStringList, expected);

    const QString html = Markdown::toHtml(markdown);
    const QString lower = html.toLower();
    for (const QString &text : std::as_const(forbidden))
        QVERIFY2(!lower.contains(text), qPrintable(u"'%1' in: %2"_s.arg(text, html)));
    for (const QString &text : std::as_const(expected))
        QVERIFY2(html.contains(text), qPrintable(u"'%1' not in: %2"_s.arg(text, html)));
}

void TestMarkdown::htmlRendering_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    // Compared without trailing whitespace: a code table is followed by a blank line, which
    // QTextDocument ignores.
    QTest::newRow("bold") << u"Use **outbox**"_s << u"<p>Use <strong>outbox</strong></p>\n"_s;
    QTest::newRow("emphasis") << u"Use *care*"_s << u"<p>Use <em>care</em></p>\n"_s;
    QTest::newRow("heading") << u"## Trade-offs"_s << u"<h2>Trade-offs</h2>\n"_s;
    QTest::newRow("bullet list") << u"- one\n- two"_s
                                 << u"<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"_s;
    QTest::newRow("ordered list") << u"1. one\n2. two"_s
                                  << u"<ol>\n<li>one</li>\n<li>two</li>\n</ol>\n"_s;
    QTest::newRow("inline code escaped")
        << u"Compare `a < b && c`."_s << u"<p>Compare <code>a &lt; b &amp;&amp; c</code>.</p>\n"_s;
    QTest::newRow("safe link") << u"[Qt](https://www.qt.io/)"_s
                               << u"<p><a href=\"https://www.qt.io/\">Qt</a></p>\n"_s;
    QTest::newRow("smart punctuation") << u"\"quoted\" -- it's"_s << u"<p>“quoted” – it’s</p>\n"_s;
    QTest::newRow("fenced code")
        << u"```cpp\nif (a < b && c)\n    run();\n```"_s
        << u"<table class=\"code\" width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" "
           "border=\"0\" bgcolor=\"#f1f3f5\" style=\"border: 1px solid #d0d7de;\">"
           "<tr><td><pre>if (a &lt; b &amp;&amp; c)\n    run();\n</pre></td></tr></table>\n"_s;
    QTest::newRow("indented code")
        << u"Text\n\n    x = a < b\n"_s
        << u"<p>Text</p>\n<table class=\"code\" width=\"100%\" cellspacing=\"0\" "
           "cellpadding=\"10\" border=\"0\" bgcolor=\"#f1f3f5\" style=\"border: 1px "
           "solid #d0d7de;\"><tr><td><pre>x = a &lt; b\n</pre></td></tr></table>\n"_s;
}

void TestMarkdown::htmlRendering()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(Markdown::toHtml(markdown).trimmed(), html.trimmed());
}

void TestMarkdown::htmlCodeBlockStyle()
{
    Markdown::HtmlStyle dark;
    dark.codeBackground = u"#22272e"_s;
    dark.codeBorder = u"#444c56"_s;
    const QString html = Markdown::toHtml(u"Before\n\n```\n%1 100% \\1 $1\n```\n\nAfter"_s, dark);
    QVERIFY2(html.contains(u"bgcolor=\"#22272e\" style=\"border: 1px solid #444c56;\""_s),
        qPrintable(html));
    // Code that looks like placeholders or back-references is copied, not interpreted.
    QVERIFY2(html.contains(u"<pre>%1 100% \\1 $1\n</pre>"_s), qPrintable(html));
    QVERIFY(html.startsWith(u"<p>Before</p>\n<table class=\"code\""_s));
    QVERIFY(html.contains(u"</table>\n"_s));
    QVERIFY(html.endsWith(u"\n<p>After</p>\n"_s));
    QVERIFY(!html.contains(u"<code"_s));

    // Two code blocks stay two tables; the text between them is not swallowed.
    const QString two = Markdown::toHtml(u"```\none\n```\n\nmiddle\n\n```\ntwo\n```"_s);
    QCOMPARE(two.count(u"<table class=\"code\""_s), 2);
    QVERIFY(two.contains(u"<p>middle</p>"_s));
}

void TestMarkdown::bundledCardsRenderSafely()
{
    const Deck deck = Deck::bundled();
    QVERIFY(!deck.cards().isEmpty());
    for (const Card &card : deck.cards()) {
        const QString html = Markdown::toHtml(card.answer);
        QVERIFY2(!html.isEmpty(), qPrintable(card.id));
        QVERIFY2(!html.contains(u"<img"_s) && !html.contains(u"<script"_s), qPrintable(card.id));
        QVERIFY2(
            !html.contains(u"<pre><code"_s), qPrintable(card.id)); // every block became a table
        QVERIFY2(!html.contains(u"**"_s), qPrintable(card.id)); // all bold markers rendered
        const qsizetype fences
            = card.answer.count(u"\n```"_s) + (card.answer.startsWith(u"```"_s) ? 1 : 0);
        QCOMPARE(html.count(u"<table class=\"code\""_s), fences / 2);
    }
}

void TestMarkdown::plainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("emphasis dropped")
        << u"Use **outbox**, *retries* and __DLQs__."_s << u"Use outbox, retries and DLQs."_s;
    QTest::newRow("inline code") << u"Set `visibilityTimeout` high."_s
                                 << u"Set visibilityTimeout high."_s;
    QTest::newRow("paragraphs") << u"One\ntwo.\n\nThree."_s << u"One two.\n\nThree."_s;
    QTest::newRow("heading") << u"## Trade-offs\n\nText."_s << u"Trade-offs\n\nText."_s;
    QTest::newRow("bullets") << u"- one\n- **two**\n- three"_s << u"- one\n- two\n- three"_s;
    QTest::newRow("star bullets") << u"* one\n* two"_s << u"- one\n- two"_s;
    QTest::newRow("ordered") << u"1. one\n2. two"_s << u"1. one\n2. two"_s;
    QTest::newRow("ordered from 3") << u"3. three\n4. four"_s << u"3. three\n4. four"_s;
    QTest::newRow("list between paragraphs")
        << u"Intro:\n\n- a\n- b\n\nOutro."_s << u"Intro:\n\n- a\n- b\n\nOutro."_s;
    QTest::newRow("code block") << u"Intro:\n\n```js\nconst a = 1;\n  nested();\n```\n\nAfter."_s
                                << u"Intro:\n\n    const a = 1;\n      nested();\n\nAfter."_s;
    QTest::newRow("code keeps markup")
        << u"Code:\n\n```\n**not bold** <b>\n```"_s << u"Code:\n\n    **not bold** <b>"_s;
    QTest::newRow("code block first") << u"```\nfirst();\nsecond();\n```\n\nAfter."_s
                                      << u"    first();\n    second();\n\nAfter."_s;
    QTest::newRow("link") << u"See [the docs](https://example.com/docs)."_s
                          << u"See the docs <https://example.com/docs>."_s;
    QTest::newRow("autolink once") << u"<https://example.com/>"_s << u"https://example.com/"_s;
    QTest::newRow("image as alt text") << u"![the diagram](d.png)"_s << u"[image: the diagram]"_s;
    QTest::newRow("raw html dropped")
        << u"<div>hidden</div>\n\nShown <b>here</b>."_s << u"Shown here."_s;
    QTest::newRow("rule") << u"A\n\n---\n\nB"_s << u"A\n\n----\n\nB"_s;
    QTest::newRow("block quote") << u"> quoted\n> text"_s << u"quoted text"_s;
}

void TestMarkdown::plainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(Markdown::toPlainText(markdown), text);
}

void TestMarkdown::plainTextOfCodeCard()
{
    const Deck deck = Deck::bundled();
    const Card *q40 = deck.card(u"q40-resilient-http-client"_s);
    QVERIFY(q40);
    const QString text = Markdown::toPlainText(q40->answer);
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.first(), u"    import { fetch } from 'undici';"_s);
    QVERIFY(lines.contains(u"    const breaker = new CircuitBreaker(doFetch, {"_s));
    QCOMPARE(lines.last(), u"    }"_s);
    QVERIFY(!text.contains(u"```"_s));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.isEmpty() || line.startsWith(u"    "_s), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
