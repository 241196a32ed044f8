// InterviewVoice — the mock interviewer reading the question, the phase prompts and the follow-ups
// aloud, offline. Turns are spoken in the order they arrive (one waits while another is spoken);
// nothing blocks and nothing opens a dialog: where the machine cannot speak, say() does nothing
// and availability() holds the sentence to show beside the disabled option.
//
//   InterviewVoice voice;
//   voice.setSettings({true, u"slt"_s, 0.1, 0.8});
//   voice.say(question);             // returns at once
//   voice.say(u"Requirements — five minutes."_s);   // spoken after the question
#pragma once

#include "speechengine.h"
#include "voicesettings.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace ArchDeck {

class InterviewVoice : public QObject
{
    Q_OBJECT

public:
    /// Speaks through this machine's offline engine (QtSpeechEngine), if it has one.
    explicit InterviewVoice(QObject *parent = nullptr);
    /// Speaks through `engine` (the tests pass a fake).
    explicit InterviewVoice(std::unique_ptr<SpeechEngine> engine, QObject *parent = nullptr);
    ~InterviewVoice() override;

    /// Whether the voice can work here — independent of the user's "enabled" setting. After a
    /// failure while speaking it turns unavailable with that failure's sentence.
    VoiceAvailability availability() const { return m_availability; }
    /// The engine's voices, for the settings screen; empty when unavailable.
    QStringList voiceNames() const;

    VoiceSettings settings() const { return m_settings; }
    /// Clamps rate and volume (VoiceSettings::clamped()) and applies them; turning the voice off
    /// silences it and drops what was waiting.
    void setSettings(const VoiceSettings &settings);

    bool isSpeaking() const { return m_speaking; }
    /// Turns waiting behind the one being spoken.
    QStringList pending() const { return m_pending; }

public slots:
    /// Queues one turn; does nothing when the voice is off or unavailable, or `text` is blank.
    void say(const QString &text);
    /// Silences the current turn and drops those waiting.
    void stop();

signals:
    /// The voice stopped working ("No audio output was found, …"); emitted once.
    void problem(const QString &sentence);

private:
    void speakNext();
    void onFinished();
    void onFailed(const QString &sentence);

    std::unique_ptr<SpeechEngine> m_engine;
    VoiceAvailability m_availability;
    VoiceSettings m_settings;
    QStringList m_pending;
    bool m_speaking = false;
};

} // namespace ArchDeck
