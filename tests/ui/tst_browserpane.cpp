// The card browser on the fixture deck (tests/data/fixture-deck), driven through its real widgets:
// what the search box finds and counts, "No cards match", a query with an error (no rows, the
// sentence under the box, the bad term underlined in red, in both palettes), and the question
// column taking the spare width (on the fixture and a card with a long id and section written
// here).
#include "browserpane.h"
#include "cardbrowsermodel.h"
#include "cardfile.h"
#include "cardquery.h"
#include "clock.h"
#include "deck.h"
#include "fakeclock.h"
#include "fixturedeck.h"
#include "guitestenvironment.h"
#include "queryfield.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

bool isRed(const QColor &c)
{
    return c.red() - std::max(c.green(), c.blue()) > 80;
}

/// Where `image` is red: the columns from the first to the last red pixel, and whether one row
/// is red across that span (an underline, not only red letters).
struct RedSpan
{
    int left = -1;
    int right = -1;
    bool underlined = false;
    bool isEmpty() const { return left < 0; }
    int width() const { return right - left + 1; }
};

RedSpan redSpan(const QImage &image)
{
    RedSpan span;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (isRed(image.pixelColor(x, y))) {
                if (span.left < 0)
                    span.left = x;
                span.right = x;
                break;
            }
        }
    }
    for (int y = 0; y < image.height() && !span.isEmpty() && !span.underlined; ++y) {
        int red = 0;
        for (int x = span.left; x <= span.right; ++x)
            red += isRed(image.pixelColor(x, y)) ? 1 : 0;
        span.underlined = red >= span.width() * 9 / 10;
    }
    return span;
}

} // namespace

class TestBrowserPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsWhatItFinds_data();
    void countsWhatItFinds();
    void hyphensAndPhrasesFindTheSameCards_data();
    void hyphensAndPhrasesFindTheSameCards();
    void noMatchesSaysSo();
    void errorShowsNoRowsAndTheMessage_data();
    void errorShowsNoRowsAndTheMessage();
    void fixingTheErrorBringsTheRowsBack();
    void errorIsUnderlinedInTheBox();
    void errorColourFollowsThePalette();
    void questionTakesTheSpareWidth();

private:
    void showPane(const Deck *deck);
    void type(const QString &query);
    int rows() const { return m_table->model()->rowCount(); }
    QLabel *label(const char *name) const
    {
        return m_pane->findChild<QLabel *>(QString::fromLatin1(name));
    }
    QImage grabEdit() const { return m_edit->grab().toImage(); }

    QTemporaryDir m_dir;
    Deck m_deck; ///< the fixture deck: 6 questions and a reference page
    Deck m_longNames; ///< the fixture's questions and one with a long id and section
    FakeClock m_clock {QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<BrowserPane> m_pane;
    QueryField *m_field = nullptr;
    QLineEdit *m_edit = nullptr;
    QTableView *m_table = nullptr;
};

void TestBrowserPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(u"settings"_s));
    m_deck = loadFixtureDeck();
    QVERIFY2(m_deck.diagnostics().isEmpty(), qPrintable(m_deck.diagnostics().value(0).toString()));
    QCOMPARE(m_deck.questionCount(), 6);
}

void TestBrowserPane::init()
{
    Theme::apply(Theme::Kind::Light);
    showPane(&m_deck);
}

void TestBrowserPane::showPane(const Deck *deck)
{
    m_pane = std::make_unique<BrowserPane>(deck, &m_clock);
    m_pane->resize(1400, 800);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    m_field = m_pane->findChild<QueryField *>(u"browserSearchField"_s);
    m_edit = m_pane->findChild<QLineEdit *>(u"browserSearch"_s);
    m_table = m_pane->findChild<QTableView *>(u"browserTable"_s);
    QVERIFY(m_field && m_edit && m_table);
    QCOMPARE(m_field->lineEdit(), m_edit);
}

void TestBrowserPane::cleanup()
{
    m_pane.reset();
    Theme::apply(Theme::Kind::Light);
}

void TestBrowserPane::type(const QString &query)
{
    m_pane->focusSearch();
    QTest::keyClick(m_edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClicks(m_edit, query);
    QCOMPARE(m_edit->text(), query);
}

void TestBrowserPane::countsWhatItFinds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("word"); // cards found: questions whose text contains it
    QTest::newRow("word") << u"sqs"_s << u"sqs"_s;
    QTest::newRow("word in any case") << u"Messaging"_s << u"messaging"_s;
    QTest::newRow("all new") << u"is:new"_s << QString();
}

void TestBrowserPane::countsWhatItFinds()
{
    QFETCH(QString, query);
    QFETCH(QString, word);
    QCOMPARE(label("browserResultCount")->text(), u"6 cards"_s); // questions, not the notes page
    QCOMPARE(rows(), 6);

    int expected = 0;
    for (const Card &card : m_deck.cards())
        if (card.isQuestion()
            && (card.title + u' ' + card.answer + u' ' + card.tags.join(u' '))
                   .contains(word, Qt::CaseInsensitive))
            ++expected;
    QVERIFY(expected > 0);
    QVERIFY(query.startsWith(u"is:"_s) || expected < 6); // the word narrows the list

    type(query);
    QCOMPARE(rows(), expected);
    QCOMPARE(label("browserResultCount")->text(), u"%1 of 6 cards"_s.arg(expected));
    QVERIFY(label("browserResultCount")->isVisible());
    QVERIFY(!m_field->hasError());
    QVERIFY(m_table->isVisible());
    QVERIFY(!label("browserNoMatches")->isVisible());
}

void TestBrowserPane::hyphensAndPhrasesFindTheSameCards_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("card"); // the one card that says it
    QTest::newRow("hyphenated") << u"dead-letter"_s << u"f03-dead-letter"_s;
    QTest::newRow("phrase") << u"\"dead letter\""_s << u"f03-dead-letter"_s;
    QTest::newRow("words") << u"dead letter redrive"_s << u"f03-dead-letter"_s;
    QTest::newRow("cache-aside") << u"cache-aside"_s << u"f04-cache-aside"_s;
    QTest::newRow("cache aside") << u"\"Cache Aside\""_s << u"f04-cache-aside"_s;
}

void TestBrowserPane::hyphensAndPhrasesFindTheSameCards()
{
    QFETCH(QString, query);
    QFETCH(QString, card);
    type(query);
    QCOMPARE(rows(), 1);
    QCOMPARE(m_table->model()->index(0, 0).data(CardBrowserModel::CardIdRole).toString(), card);
}

void TestBrowserPane::noMatchesSaysSo()
{
    type(u"zzzz-nothing"_s);
    QCOMPARE(rows(), 0);
    QVERIFY(!m_field->hasError());
    QLabel *noMatches = label("browserNoMatches");
    QVERIFY(noMatches->isVisible());
    QVERIFY2(noMatches->text().startsWith(u"No cards match \u2018zzzz-nothing\u2019."_s),
        qPrintable(noMatches->text()));
    QCOMPARE(label("browserResultCount")->text(), u"0 of 6 cards"_s);

    // Clearing the box brings the table back.
    QTest::keyClick(m_edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QCOMPARE(rows(), 6);
    QVERIFY(m_table->isVisible());
    QVERIFY(!noMatches->isVisible());
    QCOMPARE(label("browserResultCount")->text(), u"6 cards"_s);
}

void TestBrowserPane::errorShowsNoRowsAndTheMessage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown property")
        << u"prop:x>1"_s << 0 << 8 << u"unknown property 'x' — use s, d, r, lapses, reps, ivl, wb or wblast"_s;
    // Not every card (the old browser ignored an unfinished group), and not the "sqs" cards.
    QTest::newRow("open paren") << u"(sqs"_s << 0 << 1 << u"a '(' is not closed"_s;
    QTest::newRow("words, then a bad term") << u"dlq tag:"_s << 4 << 4 << u"'tag:' needs a value"_s;
}

void TestBrowserPane::errorShowsNoRowsAndTheMessage()
{
    QFETCH(QString, query);
    QFETCH(int, start);
    QFETCH(int, length);
    QFETCH(QString, message);
    type(query);
    QCOMPARE(rows(), 0);
    QVERIFY(m_field->hasError());
    QCOMPARE(m_field->errorMessage(), message);
    QCOMPARE(m_field->errorStart(), start);
    QCOMPARE(m_field->errorLength(), length);
    QLabel *error = m_field->findChild<QLabel *>(u"queryError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    // The sentence says why nothing is shown; "No cards match" would mislead.
    QVERIFY(!label("browserNoMatches")->isVisible());
    QVERIFY(!label("browserResultCount")->isVisible());
}

void TestBrowserPane::fixingTheErrorBringsTheRowsBack()
{
    type(u"(sqs"_s);
    QCOMPARE(rows(), 0);
    QVERIFY(m_field->hasError());
    QTest::keyClick(m_edit, Qt::Key_ParenRight);
    QCOMPARE(m_edit->text(), u"(sqs)"_s);
    QVERIFY(!m_field->hasError());
    QVERIFY(!m_field->findChild<QLabel *>(u"queryError"_s)->isVisible());
    QCOMPARE(rows(), 2); // f01 and f03 are tagged sqs
    QCOMPARE(label("browserResultCount")->text(), u"2 of 6 cards"_s);
    QVERIFY(label("browserResultCount")->isVisible());
}

void TestBrowserPane::errorIsUnderlinedInTheBox()
{
    type(u"dlq"_s);
    QVERIFY(redSpan(grabEdit()).isEmpty()); // nothing red without an error

    // The underline sits under the bad term: prefixing the query moves it by the prefix's width,
    // and it is as wide as the term.
    type(u"prop:x>1"_s);
    const RedSpan alone = redSpan(grabEdit());
    type(u"dlq prop:x>1"_s);
    const RedSpan afterWords = redSpan(grabEdit());
    QVERIFY(alone.underlined);
    QVERIFY(afterWords.underlined);
    const QFontMetrics metrics(m_edit->font());
    const int term = metrics.horizontalAdvance(u"prop:x>1"_s);
    QVERIFY2(std::abs(alone.width() - term) <= 4,
        qPrintable(u"underline %1 px, term %2 px"_s.arg(alone.width()).arg(term)));
    QVERIFY2(std::abs(afterWords.left - alone.left - metrics.horizontalAdvance(u"dlq "_s)) <= 2,
        qPrintable(u"moved %1 px"_s.arg(afterWords.left - alone.left)));

    // Fixed, the underline goes.
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClick(m_edit, Qt::Key_Backspace);
    QTest::keyClicks(m_edit, u"s>1"_s);
    QCOMPARE(m_edit->text(), u"dlq prop:s>1"_s);
    QVERIFY(!m_field->hasError());
    QVERIFY(redSpan(grabEdit()).isEmpty());
}

void TestBrowserPane::errorColourFollowsThePalette()
{
    type(u"prop:x>1"_s);
    QLabel *error = m_field->findChild<QLabel *>(u"queryError"_s);
    const auto contrast = [&] {
        return std::abs(error->palette().color(QPalette::WindowText).lightness()
            - error->palette().color(QPalette::Window).lightness());
    };
    QVERIFY(error->palette().color(QPalette::WindowText).lightness() < 128);
    QVERIFY2(contrast() > 100, qPrintable(QString::number(contrast())));

    Theme::apply(Theme::Kind::Dark);
    QTRY_VERIFY(error->palette().color(QPalette::WindowText).lightness() > 150);
    QVERIFY2(contrast() > 100, qPrintable(QString::number(contrast())));
    QVERIFY(redSpan(grabEdit()).underlined); // still underlined, in the red that reads on dark
}

void TestBrowserPane::questionTakesTheSpareWidth()
{
    // The fixture's ids and sections are short; one card here has an id and a section past the cut.
    const QString longId = u"f07-a-card-whose-id-runs-well-past-the-cut"_s;
    const QString folder = m_dir.filePath(u"long-names"_s);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : QDir(fixtureDeckPath()).entryList({u"*.md"_s}, QDir::Files))
        QVERIFY(QFile::copy(fixtureDeckPath() + u'/' + name, folder + u'/' + name));
    Card longCard;
    longCard.id = longId;
    longCard.section = u"Delta, a Section Whose Name Runs Past the Cut"_s;
    longCard.title = u"Which columns does the browser cut, and which one gets the spare width?"_s;
    longCard.diagram = u"diagrams/f01-queue-basics.dot"_s; // a question names one; never drawn here
    longCard.tags = {u"layout"_s};
    longCard.answer = u"Ids and sections are cut; the question takes the rest."_s;
    QFile file(folder + u'/' + longId + u".md"_s);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(CardFile::serialize(longCard));
    file.close();
    m_longNames = Deck::load(folder, u"long-names/"_s);
    QVERIFY2(m_longNames.diagnostics().isEmpty(),
        qPrintable(m_longNames.diagnostics().value(0).toString()));
    QCOMPARE(m_longNames.questionCount(), 7);
    showPane(&m_longNames);

    // Some cards reviewed, so that due dates and numbers are shown too.
    SchedulingState reviewed;
    reviewed.phase = CardPhase::Review;
    reviewed.stability = 123.45;
    reviewed.difficulty = 7.25;
    reviewed.reps = 12;
    reviewed.lapses = 3;
    reviewed.scheduledDays = 120;
    reviewed.lastReview = m_clock.now().addDays(-3);
    reviewed.due = m_clock.now().addDays(117);
    m_pane->model()->setStates({{u"f01-queue-basics"_s, reviewed}, {longId, reviewed}});

    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int cap = BrowserPane::kLongColumnCharacters * metrics.averageCharWidth();
    const auto widths = [&] {
        QList<int> sizes;
        for (int c = 0; c < CardBrowserModel::ColumnCount; ++c)
            sizes.append(c == CardBrowserModel::Title ? 0 : header->sectionSize(c));
        return sizes;
    };
    // Every column but the question is as wide as its header and every card's text in it (ids
    // and sections up to a cap): at least what the table itself asks for the rows it shows, at
    // most a little more than the widest text; the question gets the rest of the table.
    const QAbstractItemView *view = m_table; // sizeHintForColumn is public here
    const auto laidOut = [&](QString *why) {
        const CardBrowserModel *model = m_pane->model();
        int others = 0;
        for (int c = 0; c < CardBrowserModel::ColumnCount; ++c) {
            if (c == CardBrowserModel::Title)
                continue;
            const int size = header->sectionSize(c);
            others += size;
            const int shown = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
            int widest = header->sectionSizeHint(c);
            for (int r = 0; r < model->rowCount(); ++r)
                widest = std::max(
                    widest, metrics.horizontalAdvance(model->index(r, c).data().toString()));
            const bool capped = c == CardBrowserModel::Id || c == CardBrowserModel::Section;
            if ((capped ? size < std::min(shown, cap) : size < shown) || size > widest + 20) {
                *why = u"column %1: %2 px; the rows shown ask for %3 px, the widest text is %4 px"_s
                           .arg(c)
                           .arg(size)
                           .arg(shown)
                           .arg(widest);
                return false;
            }
        }
        const int question = header->sectionSize(CardBrowserModel::Title);
        *why = u"question %1 px, others %2 px, viewport %3 px"_s.arg(question).arg(others).arg(
            m_table->viewport()->width());
        return std::abs(question + others - m_table->viewport()->width()) <= 1;
    };
    QString why;
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    // The long id and section are cut, not given their whole width.
    QVERIFY(header->sectionSize(CardBrowserModel::Id) < metrics.horizontalAdvance(longId));
    QVERIFY(header->sectionSize(CardBrowserModel::Section)
        < metrics.horizontalAdvance(longCard.section));
    // At 1400 px the question is not cut to a few words: room for about 60 characters.
    QVERIFY2(header->sectionSize(CardBrowserModel::Title) >= 60 * metrics.averageCharWidth(),
        qPrintable(why));
    const QList<int> fitted = widths();

    // Sorting, filtering and resizing the window change only the question's width.
    m_table->sortByColumn(CardBrowserModel::Due, Qt::DescendingOrder);
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    type(u"tag:sqs"_s);
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    type(u"\"dead letter\""_s); // through an error (an open quote) to one row
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    const int before = header->sectionSize(CardBrowserModel::Title);
    m_pane->resize(1700, 900);
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    QCOMPARE(header->sectionSize(CardBrowserModel::Title), before + 300);
    m_pane->resize(1100, 700);
    QTRY_VERIFY2(laidOut(&why), qPrintable(why));
    QCOMPARE(widths(), fitted);
}

QTEST_MAIN(TestBrowserPane)
#include "tst_browserpane.moc"
