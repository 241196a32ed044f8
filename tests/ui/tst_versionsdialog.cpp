// The list of the user's versions of a card's diagram, over a temporary collection, a fake clock
// and the real layout worker: how rows read (today / yesterday / a date, the editing session),
// their order with the reference last, the preview of the selected row (stale layouts dropped, a
// version that does not parse shown with its line, a slow one as "Laying out…"), what Restore,
// Use the reference, Enter and Esc do, the empty history and a store that cannot be read.
#include "clock.h"
#include "collectionstore.h"
#include "diagramview.h"
#include "fakeclock.h"
#include "guitestenvironment.h"
#include "layoutengine.h"
#include "testdiagrams.h"
#include "readabletime.h"
#include "theme.h"
#include "versionsdialog.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

using namespace ArchDeck;

Q_DECLARE_METATYPE(ArchDeck::DiagramVersion)

namespace {

const QString kCard = QStringLiteral("q-test");
/// Monday 2 March 2026, 14:32 (UTC, which the test runs in).
const QDateTime kNow(QDate(2026, 3, 2), QTime(14, 32), Qt::UTC);

QDateTime at(int month, int day, int hour, int minute, int year = 2026)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

DiagramVersion version(int number, const QDateTime &startedAt, const QDateTime &savedAt)
{
    DiagramVersion v;
    v.version = number;
    v.startedAt = startedAt;
    v.savedAt = savedAt;
    return v;
}

/// The node ids of what \a view shows: "a2" for TestDiagrams::numbered(2).
QStringList nodeIds(const DiagramView *view)
{
    QStringList ids;
    for (const LayoutElement &element : view->layout().elements)
        if (element.type == LayoutElement::Type::Node)
            ids.append(element.id);
    ids.sort();
    return ids;
}

QString plainText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

} // namespace

class TestVersionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readableTime_data();
    void readableTime();
    void versionDetail_data();
    void versionDetail();
    void rowsAreNewestFirstWithTheReferenceLast();
    void previewShowsTheSelectedRow();
    void staleLayoutsAreDropped();
    void versionThatDoesNotParseShowsItsLine();
    void slowLayoutSaysSoAndStopsWithTheDialog();
    void restoreCarriesTheVersionsText();
    void enterRestoresAndEscCloses();
    void useTheReference();
    void referenceShownAlreadyIsMarkedCurrent();
    void emptyHistorySaysSo();
    void storeErrorsAreShown();
    void previewFollowsTheTheme();

private:
    /// Three versions of kCard, as the editor would leave them:
    /// 1 edited on 20 Feb 09:10–09:40; 2 edited yesterday 23:50 – today 00:20; 3 a restore of 1
    /// today at 14:20, current.
    void writeHistory();
    std::unique_ptr<VersionsDialog> openDialog();
    /// Waits for the selected row's preview; whether it shows a diagram (\a expectOk) or errors.
    static bool waitForPreview(VersionsDialog *dialog, bool expectOk = true);
    static QListWidget *list(VersionsDialog *dialog);
    static QPushButton *button(VersionsDialog *dialog, const char *name);

    QTemporaryDir m_dir;
    std::unique_ptr<LayoutEngine> m_engine;
    std::unique_ptr<CollectionStore> m_store;
    FakeClock m_clock {kNow};
    int m_collections = 0;
};

void TestVersionsDialog::initTestCase()
{
    qputenv("TZ", "UTC"); // "today" and "14:32" as the times above read
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // "20 Feb", "09:10"
    QVERIFY(m_dir.isValid());
    setUpGuiTestEnvironment(m_dir.filePath(QStringLiteral("settings")));
    m_engine = std::make_unique<LayoutEngine>(TestDiagrams::workerOptions());
}

void TestVersionsDialog::init()
{
    Theme::apply(Theme::Kind::Light);
    m_store = std::make_unique<CollectionStore>();
    const QString folder = m_dir.filePath(QStringLiteral("data%1").arg(++m_collections));
    QVERIFY(m_store->open(folder, {StoreOpenOptions::Backup::Skip, kNow}).isOpen());
}

void TestVersionsDialog::cleanup()
{
    m_store.reset();
}

void TestVersionsDialog::writeHistory()
{
    const Result<int> first
        = m_store->startDiagramVersion(kCard, TestDiagrams::numbered(1), at(2, 20, 9, 10));
    QCOMPARE(first.value, 1);
    QVERIFY(m_store->updateDiagramVersion(kCard, 1, TestDiagrams::numbered(1), at(2, 20, 9, 40))
                .isOk());
    const Result<int> second
        = m_store->startDiagramVersion(kCard, TestDiagrams::numbered(2), at(3, 1, 23, 50));
    QCOMPARE(second.value, 2);
    QVERIFY(
        m_store->updateDiagramVersion(kCard, 2, TestDiagrams::numbered(2), at(3, 2, 0, 20)).isOk());
    const Result<int> third
        = m_store->startDiagramVersion(kCard, TestDiagrams::numbered(1), at(3, 2, 14, 20));
    QCOMPARE(third.value, 3);
}

std::unique_ptr<VersionsDialog> TestVersionsDialog::openDialog()
{
    auto dialog = std::make_unique<VersionsDialog>(
        m_store.get(), m_engine.get(), m_clock, kCard, TestDiagrams::good());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

bool TestVersionsDialog::waitForPreview(VersionsDialog *dialog, bool expectOk)
{
    // A layout in the engine's cache may be on screen before the test looks: wait for the
    // request to be answered, not for a signal.
    if (!QTest::qWaitFor([dialog] { return !dialog->isLayingOut(); }, 15000))
        return false;
    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("previewMessage"));
    const bool shown = dialog->preview()->hasDiagram() && dialog->preview()->isVisible()
        && !message->isVisible();
    return shown == expectOk;
}

QListWidget *TestVersionsDialog::list(VersionsDialog *dialog)
{
    return dialog->findChild<QListWidget *>(QStringLiteral("versionList"));
}

QPushButton *TestVersionsDialog::button(VersionsDialog *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

void TestVersionsDialog::readableTime_data()
{
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("expected");
    QTest::newRow("today") << at(3, 2, 14, 32) << QStringLiteral("today 14:32");
    QTest::newRow("today, first minute") << at(3, 2, 0, 0) << QStringLiteral("today 00:00");
    QTest::newRow("yesterday") << at(3, 1, 9, 10) << QStringLiteral("yesterday 09:10");
    QTest::newRow("yesterday, last minute")
        << at(3, 1, 23, 59) << QStringLiteral("yesterday 23:59");
    QTest::newRow("this year") << at(2, 28, 8, 5) << QStringLiteral("28 Feb 08:05");
    QTest::newRow("last year") << at(12, 31, 18, 0, 2025) << QStringLiteral("31 Dec 2025 18:00");
}

void TestVersionsDialog::readableTime()
{
    QFETCH(QDateTime, moment);
    QFETCH(QString, expected);
    QCOMPARE(ReadableTime::moment(moment, kNow), expected);
}

void TestVersionsDialog::versionDetail_data()
{
    QTest::addColumn<DiagramVersion>("version");
    QTest::addColumn<QString>("expected");
    QTest::newRow("saved once, just now") << version(1, at(3, 2, 14, 32), at(3, 2, 14, 32))
                                          << QStringLiteral("just now · saved once");
    QTest::newRow("seconds of editing") << version(1, at(3, 2, 14, 30),
        at(3, 2, 14, 30).addSecs(40)) << QStringLiteral("1 min ago · edited for under a minute");
    QTest::newRow("a session today") << version(7, at(3, 2, 14, 8), at(3, 2, 14, 20))
                                     << QStringLiteral("12 min ago · edited 14:08–14:20 (12 min)");
    QTest::newRow("over an hour") << version(2, at(2, 20, 9, 10), at(2, 20, 10, 15))
                                  << QStringLiteral("10 days ago · edited 09:10–10:15 (1 h 5 min)");
    QTest::newRow("across midnight") << version(2, at(3, 1, 23, 50),
        at(3, 2, 0, 20)) << QStringLiteral("14 h ago · edited yesterday 23:50–00:20 (30 min)");
    QTest::newRow("whole hours") << version(2, at(3, 1, 8, 0), at(3, 1, 10, 0))
                                 << QStringLiteral("1 day ago · edited 08:00–10:00 (2 h)");
    QTest::newRow("months ago") << version(2, at(11, 2, 8, 0, 2025), at(11, 2, 8, 0, 2025))
                                << QStringLiteral("4 months ago · saved once");
    QTest::newRow("a year ago") << version(2, at(1, 2, 8, 0, 2025), at(1, 2, 8, 0, 2025))
                                << QStringLiteral("a year ago · saved once");
}

void TestVersionsDialog::versionDetail()
{
    QFETCH(DiagramVersion, version);
    QFETCH(QString, expected);
    QCOMPARE(VersionsDialog::versionDetail(version, kNow), expected);
}

void TestVersionsDialog::rowsAreNewestFirstWithTheReferenceLast()
{
    writeHistory();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QListWidget *rows = list(dialog.get());
    QVERIFY(rows->isVisible());
    QCOMPARE(rows->count(), 4);
    const QStringList titles {QStringLiteral("Version 3 — today 14:20"),
        QStringLiteral("Version 2 — today 00:20"), QStringLiteral("Version 1 — 20 Feb 09:40"),
        QStringLiteral("Reference (bundled)")};
    const QStringList details {QStringLiteral("12 min ago · saved once"),
        QStringLiteral("14 h ago · edited yesterday 23:50–00:20 (30 min)"),
        QStringLiteral("10 days ago · edited 09:10–09:40 (30 min)"),
        QStringLiteral("the diagram that comes with the card")};
    const QList<int> numbers {3, 2, 1, 0};
    for (int row = 0; row < rows->count(); ++row) {
        const QListWidgetItem *item = rows->item(row);
        QCOMPARE(item->text(), titles[row]);
        QCOMPARE(item->data(VersionsDialog::DetailRole).toString(), details[row]);
        QCOMPARE(item->data(VersionsDialog::VersionRole).toInt(), numbers[row]);
        QCOMPARE(item->data(VersionsDialog::IsCurrentRole).toBool(), row == 0);
    }
    QCOMPARE(dialog->selectedVersion(), 3); // the newest first
    // Each row's two lines fit beside the "current" badge: nothing is elided.
    QVERIFY(rows->viewport()->width() >= rows->sizeHintForColumn(0));
}

void TestVersionsDialog::previewShowsTheSelectedRow()
{
    writeHistory();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(waitForPreview(dialog.get()));
    QCOMPARE(nodeIds(dialog->preview()), (QStringList {QStringLiteral("a1"), QStringLiteral("b")}));

    QTest::keyClick(list(dialog.get()), Qt::Key_Down);
    QCOMPARE(dialog->selectedVersion(), 2);
    QVERIFY(waitForPreview(dialog.get()));
    QCOMPARE(nodeIds(dialog->preview()), (QStringList {QStringLiteral("a2"), QStringLiteral("b")}));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("previewTitle"))->text(),
        QStringLiteral("Version 2 — today 00:20"));

    QTest::keyClick(list(dialog.get()), Qt::Key_End);
    QCOMPARE(dialog->selectedVersion(), 0);
    QVERIFY(waitForPreview(dialog.get()));
    QCOMPARE(nodeIds(dialog->preview()),
        (QStringList {QStringLiteral("api"), QStringLiteral("client"), QStringLiteral("db")}));
    QVERIFY(!dialog->isLayingOut());
}

void TestVersionsDialog::staleLayoutsAreDropped()
{
    for (int n = 1; n <= 3; ++n)
        QVERIFY(m_store->startDiagramVersion(kCard, TestDiagrams::numbered(100 + n), kNow).isOk());
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy shown(dialog.get(), &VersionsDialog::previewShown);
    // Three rows in a row before any layout comes back: only the last one is shown.
    list(dialog.get())->setCurrentRow(1);
    list(dialog.get())->setCurrentRow(2);
    QVERIFY(dialog->isLayingOut());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLayingOut(), 15000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.first().first().toBool(), true);
    QCOMPARE(
        nodeIds(dialog->preview()), (QStringList {QStringLiteral("a101"), QStringLiteral("b")}));
}

void TestVersionsDialog::versionThatDoesNotParseShowsItsLine()
{
    QVERIFY(m_store->startDiagramVersion(kCard, TestDiagrams::numbered(1), at(3, 2, 9, 0)).isOk());
    QVERIFY(m_store->startDiagramVersion(kCard, "digraph G {\n  a -> b\n  c -> -> d\n}\n", kNow)
                .isOk());
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(waitForPreview(dialog.get(), false));
    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("previewMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!dialog->preview()->isVisible());
    const QString text = plainText(message);
    QVERIFY2(text.startsWith(QStringLiteral("Version 2 cannot be drawn.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("q-test (version 2):3:")), qPrintable(text));

    // The next row draws again, in place of the message.
    QTest::keyClick(list(dialog.get()), Qt::Key_Down);
    QVERIFY(waitForPreview(dialog.get()));
    QVERIFY(dialog->preview()->isVisible());
    QVERIFY(!message->isVisible());
}

void TestVersionsDialog::slowLayoutSaysSoAndStopsWithTheDialog()
{
    QVERIFY(m_store->startDiagramVersion(kCard, TestDiagrams::slow(), kNow).isOk());
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        const auto *message = dialog->findChild<QLabel *>(QStringLiteral("previewMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
        QCOMPARE(plainText(message), QStringLiteral("Laying out…"));
        QVERIFY(dialog->isLayingOut());
        QVERIFY(m_engine->isBusy());
    }
    // Closing the dialog stopped its layout: the engine is free for the next one at once.
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->isBusy(), 2000);
}

void TestVersionsDialog::restoreCarriesTheVersionsText()
{
    writeHistory();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QPushButton *restore = button(dialog.get(), "restoreVersion");
    QVERIFY(!restore->isEnabled()); // the newest is the current one: nothing to restore
    list(dialog.get())->setCurrentRow(1);
    QVERIFY(restore->isEnabled());
    QSignalSpy restored(dialog.get(), &VersionsDialog::restoreRequested);
    QSignalSpy reset(dialog.get(), &VersionsDialog::resetRequested);
    restore->click();
    QCOMPARE(restored.count(), 1);
    QCOMPARE(restored.first().first().toByteArray(), TestDiagrams::numbered(2));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    // The dialog only asks: the history is as it was.
    QCOMPARE(m_store->diagramVersions(kCard).value.size(), 3);
}

void TestVersionsDialog::enterRestoresAndEscCloses()
{
    writeHistory();
    {
        const auto dialog = openDialog();
        QVERIFY(dialog);
        QSignalSpy restored(dialog.get(), &VersionsDialog::restoreRequested);
        QTest::keyClick(list(dialog.get()), Qt::Key_Return); // on the current version: nothing
        QCOMPARE(restored.count(), 0);
        QVERIFY(dialog->isVisible());
        QTest::keyClick(list(dialog.get()), Qt::Key_Down);
        QTest::keyClick(list(dialog.get()), Qt::Key_Down);
        QCOMPARE(dialog->selectedVersion(), 1);
        QTest::keyClick(list(dialog.get()), Qt::Key_Return);
        QCOMPARE(restored.count(), 1);
        QCOMPARE(restored.first().first().toByteArray(), TestDiagrams::numbered(1));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy restored(dialog.get(), &VersionsDialog::restoreRequested);
    QSignalSpy reset(dialog.get(), &VersionsDialog::resetRequested);
    QTest::keyClick(list(dialog.get()), Qt::Key_Down);
    QTest::keyClick(list(dialog.get()), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(restored.count() + reset.count(), 0);
}

void TestVersionsDialog::useTheReference()
{
    writeHistory();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QPushButton *useReference = button(dialog.get(), "useReference");
    QVERIFY(useReference->isEnabled());
    QSignalSpy restored(dialog.get(), &VersionsDialog::restoreRequested);
    QSignalSpy reset(dialog.get(), &VersionsDialog::resetRequested);
    // Enter on the reference row means "use it".
    QTest::keyClick(list(dialog.get()), Qt::Key_End);
    QVERIFY(!button(dialog.get(), "restoreVersion")->isEnabled());
    QTest::keyClick(list(dialog.get()), Qt::Key_Enter);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(restored.count(), 0);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestVersionsDialog::referenceShownAlreadyIsMarkedCurrent()
{
    writeHistory();
    QVERIFY(m_store->resetDiagramToReference(kCard).isOk());
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QListWidget *rows = list(dialog.get());
    QCOMPARE(rows->count(), 4);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!rows->item(row)->data(VersionsDialog::IsCurrentRole).toBool());
    QVERIFY(rows->item(3)->data(VersionsDialog::IsCurrentRole).toBool());
    QVERIFY(!button(dialog.get(), "useReference")->isEnabled());
    QVERIFY(button(dialog.get(), "restoreVersion")->isEnabled()); // version 3 is not shown now
    QSignalSpy reset(dialog.get(), &VersionsDialog::resetRequested);
    QTest::keyClick(rows, Qt::Key_End);
    QTest::keyClick(rows, Qt::Key_Return);
    QCOMPARE(reset.count(), 0);
    QVERIFY(dialog->isVisible());
}

void TestVersionsDialog::emptyHistorySaysSo()
{
    const auto dialog = openDialog();
    QVERIFY(dialog);
    const auto *message = dialog->findChild<QLabel *>(QStringLiteral("versionsMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!list(dialog.get())->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("You have not changed this diagram yet")),
        qPrintable(message->text()));
    QVERIFY(!button(dialog.get(), "restoreVersion")->isEnabled());
    QVERIFY(!button(dialog.get(), "useReference")->isEnabled());
    // What the card shows is still there to look at.
    QVERIFY(waitForPreview(dialog.get()));
    QCOMPARE(dialog->selectedVersion(), 0);
    QVERIFY(nodeIds(dialog->preview()).contains(QStringLiteral("api")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("versionsError"))->isVisible());
}

void TestVersionsDialog::storeErrorsAreShown()
{
    m_store->close();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    const auto *error = dialog->findChild<QLabel *>(QStringLiteral("versionsError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Could not read the versions of your diagram "
                                                     "of q-test")),
        qPrintable(error->text()));
    // Not "no history": the history is unknown. The reference can still be chosen.
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("versionsMessage"))->isVisible());
    QCOMPARE(list(dialog.get())->count(), 1);
    QVERIFY(button(dialog.get(), "useReference")->isEnabled());
}

void TestVersionsDialog::previewFollowsTheTheme()
{
    writeHistory();
    const auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(waitForPreview(dialog.get()));
    QCOMPARE(dialog->preview()->backgroundBrush().color(),
        DiagramView::canvasColor(DiagramTheme::Light));
    QSignalSpy shown(dialog.get(), &VersionsDialog::previewShown);
    Theme::apply(Theme::Kind::Dark);
    // The diagram is styled for the theme: it is laid out again.
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 15000);
    QCOMPARE(shown.first().first().toBool(), true);
    QCOMPARE(
        dialog->preview()->backgroundBrush().color(), DiagramView::canvasColor(DiagramTheme::Dark));
    Theme::apply(Theme::Kind::Light);
}

QTEST_MAIN(TestVersionsDialog)
#include "tst_versionsdialog.moc"
