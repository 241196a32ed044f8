// SpeechEngine — what InterviewVoice needs from a text-to-speech engine: speak one utterance at a
// time, say when it ended, stop. QtSpeechEngine is the real one (Qt TextToSpeech); the tests give
// InterviewVoice a fake so its queue is checked without audio hardware.
#pragma once

#include "voicesettings.h"

#include <QObject>
#include <QStringList>

namespace ArchDeck {

class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Fixed once the engine is made: a machine does not grow a sound card mid-interview, and a
    /// failure while speaking is reported through failed() instead.
    virtual VoiceAvailability availability() const = 0;
    virtual QStringList voiceNames() const = 0;
    /// Settings already clamped (VoiceSettings::clamped()).
    virtual void apply(const VoiceSettings &settings) = 0;
    /// Starts one utterance and returns at once; ends with finished() or failed().
    virtual void speak(const QString &text) = 0;
    /// Silences the current utterance; neither finished() nor failed() follows for it.
    virtual void stop() = 0;

signals:
    void finished();
    /// A sentence for the user ("No audio output was found, …").
    void failed(const QString &sentence);
};

} // namespace ArchDeck
