// The kind styles' colours, read as a reader sees them: every text colour reaches WCAG AA contrast
// (4.5:1) against what it is drawn on and every line 3:1, in both themes; every kind has a style.
#include "diagramkinds.h"
#include "kindstyles.h"

#include <QColor>
#include <QTest>

#include <cmath>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

/// WCAG 2 relative luminance of an sRGB colour.
double luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestKindStyles : public QObject
{
    Q_OBJECT

private slots:
    void contrastFormula();
    void contrast_data();
    void contrast();
    void everyKindIsStyled_data();
    void everyKindIsStyled();
};

void TestKindStyles::contrastFormula()
{
    // The WCAG reference points: black on white is 21:1, a colour on itself 1:1, and #767676 is
    // the lightest grey that reaches 4.5:1 on white.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(contrastRatio(QColor(u"#336699"_s), QColor(u"#336699"_s)), 1.0);
    QVERIFY(contrastRatio(QColor(u"#767676"_s), Qt::white) >= 4.5);
    QVERIFY(contrastRatio(QColor(u"#777777"_s), Qt::white) < 4.5);
}

void TestKindStyles::contrast_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<double>("minimum");
    for (const DiagramTheme theme : {DiagramTheme::Light, DiagramTheme::Dark}) {
        const QList<KindStyles::ContrastPair> pairs = KindStyles::contrastPairs(theme);
        QVERIFY(pairs.size() > 100); // every kind on every surface, not a sample
        for (const KindStyles::ContrastPair &pair : pairs) {
            const QString row = (theme == DiagramTheme::Dark ? u"dark: "_s : u"light: "_s)
                + pair.what;
            QTest::newRow(qPrintable(row))
                << QColor(QString::fromLatin1(pair.foreground))
                << QColor(QString::fromLatin1(pair.background)) << pair.minimum;
        }
    }
}

void TestKindStyles::contrast()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(double, minimum);
    QVERIFY(foreground.isValid());
    QVERIFY(background.isValid());
    const double ratio = contrastRatio(foreground, background);
    QVERIFY2(ratio >= minimum,
        qPrintable(u"%1 on %2: %3:1, needs %4:1"_s.arg(foreground.name(), background.name())
                       .arg(ratio, 0, 'f', 2)
                       .arg(minimum)));
}

void TestKindStyles::everyKindIsStyled_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : DiagramKinds::nodeKindNames())
        QTest::newRow(qPrintable(kind)) << kind;
}

void TestKindStyles::everyKindIsStyled()
{
    QFETCH(QString, kind);
    for (const DiagramTheme theme : {DiagramTheme::Light, DiagramTheme::Dark}) {
        bool styled = false;
        for (const KindStyles::ContrastPair &pair : KindStyles::contrastPairs(theme))
            styled = styled || pair.what == kind + u" label on its fill"_s;
        QVERIFY2(styled, qPrintable(kind + u" has no style of its own"_s));
    }
}

QTEST_GUILESS_MAIN(TestKindStyles)
#include "tst_kindstyles.moc"
