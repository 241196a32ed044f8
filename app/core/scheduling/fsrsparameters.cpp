#include "fsrsparameters.h"

#include "fsrsmath.h"

#include <cmath>

namespace ArchDeck {

FsrsParameters::Weights FsrsParameters::defaultWeights()
{
    return {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
}

FsrsParameters::Weights FsrsParameters::clampedWeights() const
{
    struct Range
    {
        double low;
        double high;
    };
    // The bounds of ts-fsrs's CLAMP_PARAMETERS: initial stabilities up to 100 days, D0 in 1–10, …
    std::array<Range, weightCount> ranges {{{0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
        {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75}, {0, 4.5}, {0, 0.8}, {0.001, 3.5},
        {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4}, {0, 1}, {1, 6}, {0, 2}, {0, 2},
        {shortTermEnabled ? 0.01 : 0, 0.8}, {0.1, 0.8}}};

    // NaN becomes 0, as `parameters[i] || 0` does in ts-fsrs.
    const auto weight = [this](int i) {
        return std::isnan(weights[i]) ? 0.0 : weights[i];
    };

    // With several relearning steps, a lapse followed by Good on every step must not end with a
    // higher stability than it started with; this caps the short-term boost so it cannot.
    if (relearningSteps.size() > 1) {
        const double w11 = FsrsMath::clamp(weight(11), ranges[11].low, ranges[11].high);
        const double w13 = FsrsMath::clamp(weight(13), ranges[13].low, ranges[13].high);
        const double w14 = FsrsMath::clamp(weight(14), ranges[14].low, ranges[14].high);
        const double value = -(std::log(w11) + std::log(std::pow(2, w13) - 1) + w14 * 0.3)
            / double(relearningSteps.size());
        const double ceiling
            = FsrsMath::clamp(FsrsMath::roundTo8(std::sqrt(std::max(value, 0.0))), 0.01, 2);
        ranges[17].high = ceiling;
        ranges[18].high = ceiling;
    }

    Weights clamped {};
    for (int i = 0; i < weightCount; ++i)
        clamped[i] = FsrsMath::clamp(weight(i), ranges[i].low, ranges[i].high);
    return clamped;
}

int FsrsParameters::stepMinutes(QStringView step)
{
    if (step.size() < 2)
        return -1;
    bool ok = false;
    const int value = step.chopped(1).toInt(&ok);
    if (!ok || value < 0)
        return -1;
    switch (step.back().unicode()) {
    case 'm':
        return value;
    case 'h':
        return value * 60;
    case 'd':
        return value * 1440;
    default:
        return -1;
    }
}

} // namespace ArchDeck
