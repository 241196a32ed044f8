// The process tst_store_durability kills: opens the collection in the folder given as its argument
// and saves reviews as fast as it can, printing "saved <review id>" only after each saveReview()
// has returned — the promise the test holds the store to. Stops by itself after a minute.
//
// With `--diagram` (for tst_store_whiteboard) it autosaves a diagram instead: starts a version of
// card-0's diagram ("started <version>"), then rewrites it over and over, printing
// "updated <version> <n>" once updateDiagramVersion() has returned with save number n in the text.
#include "collectionstore.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

/// Autosaves card-0's diagram until a minute has passed; what main() returns.
int autosaveDiagram(CollectionStore &store)
{
    const QString card = u"card-0"_s;
    const Result<int> version = store.startDiagramVersion(
        card, StoreTest::autosavedDot(0), QDateTime::currentDateTimeUtc());
    if (!version.isOk()) {
        std::fprintf(stderr, "%s\n", qPrintable(version.errorMessage()));
        return 1;
    }
    std::printf("started %d\n", version.value);
    std::fflush(stdout);
    QElapsedTimer running;
    running.start();
    for (int n = 1; running.elapsed() < 60000; ++n) {
        const Status saved = store.updateDiagramVersion(
            card, version.value, StoreTest::autosavedDot(n), QDateTime::currentDateTimeUtc());
        if (!saved.isOk()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
            return 1;
        }
        std::printf("updated %d %d\n", version.value, n);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool diagram = arguments.size() == 3 && arguments.at(2) == u"--diagram"_s;
    if (arguments.size() != 2 && !diagram) {
        std::fprintf(stderr, "usage: store_durability_writer DATA_DIR [--diagram]\n");
        return 2;
    }
    CollectionStore store;
    const StoreOpenResult opened = store.open(app.arguments().at(1));
    if (!opened.isOpen()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 1;
    }
    std::printf("opened %s\n", qPrintable(opened.notice));
    std::fflush(stdout);
    if (diagram)
        return autosaveDiagram(store);

    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    QElapsedTimer running;
    running.start();
    for (int n = 0; running.elapsed() < 60000; ++n) {
        const QString card = u"card-%1"_s.arg(random.bounded(40));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const ReviewRecord review = StoreTest::review(
            card, now, Rating(1 + random.bounded(4)), store.cardState(card).value, n);
        const Result<qint64> saved = store.saveReview(review);
        if (!saved.isOk()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
            return 1;
        }
        std::printf("saved %lld\n", static_cast<long long>(saved.value));
        std::fflush(stdout);
    }
    return 0;
}
