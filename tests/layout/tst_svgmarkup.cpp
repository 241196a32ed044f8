// SvgMarkup — how our SVG writer prints numbers and escapes strings. Every label, id, font name
// and link in a rendered diagram passes through these two functions, so what they guarantee
// (valid XML whatever the bytes) is checked here byte for byte and then by an XML parser.
#include "svgmarkup.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace ArchDeck;

namespace {

std::string number(double value)
{
    std::string out;
    SvgMarkup::appendNumber(out, value);
    return out;
}

std::string escaped(const QByteArray &text)
{
    std::string out;
    SvgMarkup::appendEscaped(out, std::string_view(text.constData(), size_t(text.size())));
    return out;
}

} // namespace

class TestSvgMarkup : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void escaping_data();
    void escaping();
    void everyByteStaysValidXml();
    void links_data();
    void links();
};

void TestSvgMarkup::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("printed");

    QTest::newRow("integer") << 4.0 << QByteArray("4");
    QTest::newRow("one decimal") << 12.5 << QByteArray("12.5");
    QTest::newRow("two decimals") << 184.67 << QByteArray("184.67");
    QTest::newRow("rounds to two") << -461.149 << QByteArray("-461.15");
    QTest::newRow("rounds up to integer") << 2.999 << QByteArray("3");
    QTest::newRow("negative") << -97.7 << QByteArray("-97.7");
    QTest::newRow("tiny positive is zero") << 0.004 << QByteArray("0");
    QTest::newRow("tiny negative is zero, not -0") << -0.004 << QByteArray("0");
    QTest::newRow("half a hundredth") << 0.005 << QByteArray("0.01");
    QTest::newRow("large") << 123456789.126 << QByteArray("123456789.13");
    QTest::newRow("leading zero in hundredths") << 7.05 << QByteArray("7.05");
    QTest::newRow("smallest non-zero") << -0.01 << QByteArray("-0.01");
    QTest::newRow("beyond 10^13 prints whole") << 3e15 << QByteArray("3000000000000000");
    QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QByteArray("0");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QByteArray("0");
}

void TestSvgMarkup::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, printed);
    QCOMPARE(QByteArray::fromStdString(number(value)), printed);
    // What Graphviz's own writer prints ("%.2f", zeros trimmed), for every finite row.
    if (std::isfinite(value)) {
        QByteArray reference = QByteArray::number(value, 'f', 2);
        while (reference.endsWith('0'))
            reference.chop(1);
        if (reference.endsWith('.'))
            reference.chop(1);
        if (reference == "-0" || reference.isEmpty())
            reference = "0";
        QCOMPARE(QByteArray::fromStdString(number(value)), reference);
    }
}

void TestSvgMarkup::escaping_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("written");

    QTest::newRow("plain") << QByteArray("Orders service") << QByteArray("Orders service");
    QTest::newRow("xml specials") << QByteArray("a<b & c>d \"q\" 'a'")
                                  << QByteArray("a&lt;b &amp; c&gt;d &quot;q&quot; &#39;a&#39;");
    QTest::newRow("entity-looking text is text")
        << QByteArray("&amp; &bogus;") << QByteArray("&amp;amp; &amp;bogus;");
    QTest::newRow("utf-8 kept") << QByteArray("Zürich 東京 🚀") << QByteArray("Zürich 東京 🚀");
    QTest::newRow("tab newline return kept")
        << QByteArray("a\tb\nc\rd") << QByteArray("a\tb\nc\rd");
    QTest::newRow("control character") << QByteArray("bell\x07!") << QByteArray("bell\uFFFD!");
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << QByteArray("a\uFFFDz");
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << QByteArray("caf\uFFFD");
    QTest::newRow("truncated sequence") << QByteArray("\xe6\x9d") << QByteArray("\uFFFD\uFFFD");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QByteArray("\uFFFD\uFFFD");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("U+FFFF") << QByteArray("\xef\xbf\xbf") << QByteArray("\uFFFD\uFFFD\uFFFD");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << QByteArray("\uFFFD\uFFFD\uFFFD\uFFFD");
}

void TestSvgMarkup::escaping()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, written);
    QCOMPARE(QByteArray::fromStdString(escaped(text)), written);
}

void TestSvgMarkup::everyByteStaysValidXml()
{
    // Every byte value, alone and after a lead byte, in text and in an attribute.
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    for (int lead : {0xc3, 0xe2, 0xf0})
        for (int b = 0; b < 256; ++b)
            all += QByteArray(1, char(lead)) + char(b);
    const std::string text = escaped(all);
    const QByteArray document = "<svg t=\"" + QByteArray::fromStdString(text) + "\">"
        + QByteArray::fromStdString(text) + "</svg>";
    QXmlStreamReader xml(document);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
}

void TestSvgMarkup::links_data()
{
    QTest::addColumn<QByteArray>("href");
    QTest::addColumn<bool>("safe");

    QTest::newRow("fragment") << QByteArray("#ad-node-1") << true;
    QTest::newRow("https") << QByteArray("https://example.com/a?b=1&c=2") << true;
    QTest::newRow("http upper case") << QByteArray("HTTP://example.com") << true;
    QTest::newRow("mailto") << QByteArray("mailto:team@example.com") << true;
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)") << false;
    QTest::newRow("file") << QByteArray("file:///etc/passwd") << false;
    QTest::newRow("relative path") << QByteArray("../secret.svg") << false;
    QTest::newRow("data") << QByteArray("data:image/png;base64,AAAA") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSvgMarkup::links()
{
    QFETCH(QByteArray, href);
    QFETCH(bool, safe);
    QCOMPARE(SvgMarkup::isSafeLink(std::string_view(href.constData(), size_t(href.size()))), safe);
}

QTEST_GUILESS_MAIN(TestSvgMarkup)
#include "tst_svgmarkup.moc"
