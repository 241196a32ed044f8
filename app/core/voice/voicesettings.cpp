#include "voicesettings.h"

#include <QtGlobal>

#include <cmath>

namespace ArchDeck {

namespace {

double clampedOr(double value, double low, double high, double fallback)
{
    return std::isnan(value) ? fallback : qBound(low, value, high);
}

} // namespace

VoiceSettings VoiceSettings::clamped() const
{
    const VoiceSettings defaults;
    VoiceSettings result = *this;
    result.rate = clampedOr(rate, -1.0, 1.0, defaults.rate);
    result.volume = clampedOr(volume, 0.0, 1.0, defaults.volume);
    return result;
}

namespace VoiceReasons {

QString noEngine()
{
    return QStringLiteral("No offline speech engine is installed — install the flite voice "
                          "(qt6-speech-flite-plugin) to hear the interviewer.");
}

QString noAudioOutput()
{
    return QStringLiteral("No audio output was found, so the interviewer stays silent.");
}

} // namespace VoiceReasons

} // namespace ArchDeck
