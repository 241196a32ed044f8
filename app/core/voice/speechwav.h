// writeSpeechWav — the interviewer's voice written to a file instead of a sound card, so
// `archdeck interview --say TEXT --wav OUT.wav` and the tests can check that speech is really
// produced on a machine without audio. Uses libflite, the engine behind Qt's flite plug-in:
// Qt 6.4's QTextToSpeech cannot synthesize to a buffer (synthesize() came in 6.6).
#pragma once

#include "result.h"

#include <QString>

namespace ArchDeck {

struct WavInfo
{
    int sampleRate = 0; ///< Hz; 8000 for flite's kal voice
    qint64 sampleCount = 0; ///< mono 16-bit samples
    int peakAmplitude = 0; ///< largest |sample|, 0 … 32768: 0 is silence

    double seconds() const { return sampleRate > 0 ? double(sampleCount) / sampleRate : 0.0; }
};

/// Whether flite can synthesize here: a failure with a sentence when its voice did not load.
Status speechSynthesisStatus();

/// Speaks `text` with flite's cmu_us_kal voice into a 16-bit mono PCM RIFF/WAVE file at `path`,
/// written whole or not at all (a temporary file renamed into place).
///   writeSpeechWav("Tell me about the outbox pattern.", "q.wav") → {8000, ~19000, ~20000}
/// Fails on blank text, when flite is unavailable (the speechSynthesisStatus() sentence), and with
/// "cannot write q.wav: Permission denied" when the file cannot be written.
Result<WavInfo> writeSpeechWav(const QString &text, const QString &path);

} // namespace ArchDeck
