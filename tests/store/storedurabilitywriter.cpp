// The process tst_store_durability kills: opens the collection in the folder given as its argument
// and saves reviews as fast as it can, printing "saved <review id>" only after each saveReview()
// has returned — the promise the test holds the store to. Stops by itself after a minute.
#include "collectionstore.h"
#include "storetestsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cstdio>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: store_durability_writer DATA_DIR\n");
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
