// The study window, driven as a user would: keys, the filter box, restart with saved state.
#include "applicationidentity.h"
#include "cardview.h"
#include "deck.h"
#include "deckmodel.h"
#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace ArchDeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensWithAllQuestions();
    void spaceRevealsAndHidesTheAnswer();
    void jAndKMoveBetweenCards();
    void typingInTheFilterNarrowsTheTree();
    void filterWithNoMatchesSaysSo();
    void restoresStateAfterRestart();
    void linksAndImagesAreNeverLoaded();

private:
    static int questionLeaves(const QAbstractItemModel *model);
    QTemporaryDir m_settingsDir;
    Deck m_deck;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    setApplicationIdentity(QStringLiteral("0.0.0-test"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    m_deck = Deck::bundled();
    QCOMPARE(m_deck.questionCount(), 44);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

int TestMainWindow::questionLeaves(const QAbstractItemModel *model)
{
    int count = 0;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int r = 0; r < model->rowCount(section); ++r)
            count += model->index(r, 0, section).data(DeckModel::IsReferenceRole).toBool() ? 0 : 1;
    }
    return count;
}

void TestMainWindow::opensWithAllQuestions()
{
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.windowTitle().contains(QLatin1String("ArchDeck")));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("deckTree"));
    QVERIFY(tree);
    QCOMPARE(questionLeaves(tree->model()), 44);
    QCOMPARE(tree->model()->rowCount(), 14);
    QCOMPARE(window.currentCardId(), QStringLiteral("q01-monolith-microservices"));

    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    QVERIFY(view->toPlainText().contains(QLatin1String("Monolith vs. Microservices")));
    QVERIFY(view->toPlainText().contains(QLatin1String("Question 1 of 44")));
}

void TestMainWindow::spaceRevealsAndHidesTheAnswer()
{
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    QVERIFY(window.selectCard(QStringLiteral("q40-resilient-http-client")));
    QVERIFY(!view->isAnswerRevealed());
    QVERIFY(!view->toPlainText().contains(QLatin1String("CircuitBreaker")));

    QTest::keyClick(
        QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Space);
    QTRY_VERIFY(view->isAnswerRevealed());
    QVERIFY(view->toPlainText().contains(
        QLatin1String("const breaker = new CircuitBreaker(doFetch, {")));
    QVERIFY(
        view->toHtml().contains(QLatin1String("DejaVu Sans Mono"))); // code keeps a monospace font
    auto *button = window.findChild<QPushButton *>(QStringLiteral("revealButton"));
    QVERIFY(button->text().startsWith(QLatin1String("Hide")));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(!view->isAnswerRevealed());
    QVERIFY(!view->toPlainText().contains(QLatin1String("CircuitBreaker")));

    button->click();
    QVERIFY(view->isAnswerRevealed());
}

void TestMainWindow::jAndKMoveBetweenCards()
{
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(window.selectCard(QStringLiteral("q06-eventual-consistency-user-facing")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    // Q7 opens the next section: J steps over the section row onto its first card.
    QCOMPARE(window.currentCardId(), QStringLiteral("q07-lambda-ecs-fargate-eks"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_J);
    QCOMPARE(window.currentCardId(), QStringLiteral("q08-alb-api-gateway"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_K);
    QCOMPARE(window.currentCardId(), QStringLiteral("q06-eventual-consistency-user-facing"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(window.currentCardId(), QStringLiteral("q07-lambda-ecs-fargate-eks"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(window.currentCardId(), QStringLiteral("q06-eventual-consistency-user-facing"));
}

void TestMainWindow::typingInTheFilterNarrowsTheTree()
{
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("deckTree"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("dlq"));
    QCOMPARE(
        filter->text(), QStringLiteral("dlq")); // J/K/Space shortcuts must not eat typed letters
    const int matches = questionLeaves(tree->model());
    QVERIFY2(matches > 0 && matches < 44, qPrintable(QString::number(matches)));
    for (const Card &card : m_deck.cards()) {
        if (!card.isQuestion())
            continue;
        const bool contains = (card.title + card.answer + card.tags.join(QLatin1Char(' ')))
                                  .contains(QLatin1String("dlq"), Qt::CaseInsensitive);
        QCOMPARE(window.selectCard(card.id), contains);
    }

    QTest::keyClicks(filter, QStringLiteral(" replay"));
    QVERIFY(questionLeaves(tree->model()) <= matches); // words are ANDed
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(questionLeaves(tree->model()), 44);
}

void TestMainWindow::filterWithNoMatchesSaysSo()
{
    MainWindow window(&m_deck);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *view = window.findChild<CardView *>(QStringLiteral("cardView"));
    filter->setText(QStringLiteral("zzzz-nothing"));
    QCOMPARE(window.findChild<QTreeView *>(QStringLiteral("deckTree"))->model()->rowCount(), 0);
    QVERIFY(view->toPlainText().contains(QLatin1String("No cards match")));
    QCOMPARE(window.currentCardId(), QString());
}

void TestMainWindow::restoresStateAfterRestart()
{
    QList<int> sizes;
    QRect geometry;
    {
        MainWindow window(&m_deck);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 640);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({260, 700});
        sizes = splitter->sizes();
        QVERIFY(window.selectCard(QStringLiteral("q21-incident-sqs-dlq")));
        geometry = window.geometry();
        window.close();
    }
    MainWindow again(&m_deck);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.currentCardId(), QStringLiteral("q21-incident-sqs-dlq"));
    QCOMPARE(again.size(), geometry.size());
    QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestMainWindow::linksAndImagesAreNeverLoaded()
{
    CardView view;
    QCOMPARE(
        view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/passwd"))),
        QVariant());
    QCOMPARE(view.loadResource(
                 QTextDocument::HtmlResource, QUrl(QStringLiteral("https://example.com/"))),
        QVariant());
    Card card;
    card.id = QStringLiteral("x");
    card.title = QStringLiteral("Links");
    card.answer
        = QStringLiteral("See [docs](https://example.com) and ![diagram](file:///etc/passwd)");
    view.showCard(card, 1, 1);
    view.setAnswerRevealed(true);
    QVERIFY(view.toPlainText().contains(QLatin1String("[image: diagram]")));
    QVERIFY(!view.toHtml().contains(QLatin1String("<img")));
    QVERIFY(!view.openLinks());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
