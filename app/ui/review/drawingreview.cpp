#include "drawingreview.h"

#include "collectionstore.h"

namespace ArchDeck {

const QString DrawingReview::enabledKey = QStringLiteral("review_by_drawing");
const QString DrawingReview::startKey = QStringLiteral("drawing_start");

namespace {

const QString kStarter = QStringLiteral("starter");
const QString kEmpty = QStringLiteral("empty");

} // namespace

DrawingReview DrawingReview::read(const CollectionStore &store)
{
    DrawingReview settings;
    settings.enabled = store.setting(enabledKey, QStringLiteral("0")).value == QLatin1String("1");
    settings.start
        = store.setting(startKey, kEmpty).value == kStarter ? Start::StarterNodes : Start::Empty;
    return settings;
}

Status DrawingReview::write(CollectionStore &store) const
{
    if (const Status saved
        = store.setSetting(enabledKey, enabled ? QStringLiteral("1") : QStringLiteral("0"));
        !saved.isOk())
        return saved;
    return store.setSetting(startKey, start == Start::StarterNodes ? kStarter : kEmpty);
}

int DrawingReview::percent(double score)
{
    return qRound(score * 100);
}

Rating DrawingReview::proposedRating(double score)
{
    const int shown = percent(score);
    if (shown >= easyFromPercent)
        return Rating::Easy;
    if (shown >= goodFromPercent)
        return Rating::Good;
    if (shown >= hardFromPercent)
        return Rating::Hard;
    return Rating::Again;
}

} // namespace ArchDeck
