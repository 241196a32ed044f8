// VoiceSettings and VoiceAvailability — what the user chose for the interviewer's voice, and
// whether this machine can speak at all (and if not, a sentence saying why). Used by
// InterviewVoice, its engines and the settings screen.
#pragma once

#include <QString>

namespace ArchDeck {

struct VoiceSettings
{
    /// Off until the user turns it on: a study app that starts talking unasked surprises people
    /// in a library or an open-plan office.
    bool enabled = false;
    /// A name from InterviewVoice::voiceNames(); empty or unknown means the engine's default.
    QString voiceName;
    double rate = 0.0; ///< -1 (slowest) … 0 (normal) … 1 (fastest), as Qt TextToSpeech takes it
    double volume = 1.0; ///< 0 … 1

    /// Rate and volume brought into range; a value that is not a number becomes the default.
    /// {true, "kal", 2.5, -0.3} → {true, "kal", 1.0, 0.0}
    VoiceSettings clamped() const;

    friend bool operator==(const VoiceSettings &a, const VoiceSettings &b)
    {
        return a.enabled == b.enabled && a.voiceName == b.voiceName && a.rate == b.rate
            && a.volume == b.volume;
    }
    friend bool operator!=(const VoiceSettings &a, const VoiceSettings &b) { return !(a == b); }
};

struct VoiceAvailability
{
    bool available = false;
    /// Empty when available; else one sentence for the user, shown beside the disabled option.
    QString reason;

    static VoiceAvailability yes() { return {true, {}}; }
    static VoiceAvailability no(const QString &reason) { return {false, reason}; }
};

/// The sentences a user sees when the voice cannot work, shared by the engines and the tests.
namespace VoiceReasons {
QString noEngine();
QString noAudioOutput();
} // namespace VoiceReasons

} // namespace ArchDeck
