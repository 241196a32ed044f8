// QtSpeechEngine — the interviewer's real voice: a Qt TextToSpeech engine chosen among the offline
// ones (flite, else speech-dispatcher), with what to tell the user when none can speak. Made by
// InterviewVoice; nothing else talks to Qt TextToSpeech.
#pragma once

#include "speechengine.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QTextToSpeech;
QT_END_NAMESPACE

namespace ArchDeck {

/// What trying one Qt TextToSpeech plug-in showed.
enum class EngineProbe { Usable, NoAudioOutput, DidNotStart };

struct OfflineEngineChoice
{
    QString engine; ///< empty when none can speak
    VoiceAvailability availability;
};

/// Picks "flite", else "speechd", from the installed plug-ins, trying each with `probe` in that
/// order until one is usable. Any other plug-in is never tried: it may send the text to a server.
///   installed {"speechd", "flite"}, flite → NoAudioOutput, speechd → DidNotStart
///     → {"", no("No audio output was found, …")}
OfflineEngineChoice chooseOfflineEngine(
    const QStringList &installed, const std::function<EngineProbe(const QString &)> &probe);

class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT

public:
    /// Tries the installed plug-ins at once (flite loads its voices: about a tenth of a second).
    explicit QtSpeechEngine(QObject *parent = nullptr);
    ~QtSpeechEngine() override;

    /// "flite", "speechd", or empty.
    QString engineName() const;

    VoiceAvailability availability() const override { return m_availability; }
    QStringList voiceNames() const override;
    void apply(const VoiceSettings &settings) override;
    void speak(const QString &text) override;
    void stop() override;

private:
    void onStateChanged(int state);

    QTextToSpeech *m_speech = nullptr; ///< null when no engine can speak
    VoiceAvailability m_availability;
    /// Where the utterance InterviewVoice asked for is. Qt reports states from the engine's own
    /// thread, so a late "Ready" from a stopped utterance may arrive after the next speak():
    /// only a Speaking → Ready pass ends one.
    enum class Utterance { None, Requested, Speaking } m_utterance = Utterance::None;
};

} // namespace ArchDeck
