#include "qtspeechengine.h"

#include <QHash>
#include <QTextToSpeech>

namespace ArchDeck {

namespace {

const QString flite = QStringLiteral("flite");
const QString speechDispatcher = QStringLiteral("speechd");

QString didNotStart()
{
    return QStringLiteral("The flite speech engine could not start, so the interviewer stays "
                          "silent.");
}

} // namespace

OfflineEngineChoice chooseOfflineEngine(
    const QStringList &installed, const std::function<EngineProbe(const QString &)> &probe)
{
    bool sawNoAudio = false;
    bool fliteDidNotStart = false;
    for (const QString &name : {flite, speechDispatcher}) {
        if (!installed.contains(name))
            continue;
        switch (probe(name)) {
        case EngineProbe::Usable:
            return {name, VoiceAvailability::yes()};
        case EngineProbe::NoAudioOutput:
            sawNoAudio = true;
            break;
        case EngineProbe::DidNotStart:
            // speech-dispatcher without its daemon is the normal case, not worth a sentence.
            fliteDidNotStart = fliteDidNotStart || name == flite;
            break;
        }
    }
    if (sawNoAudio)
        return {{}, VoiceAvailability::no(VoiceReasons::noAudioOutput())};
    return {{}, VoiceAvailability::no(fliteDidNotStart ? didNotStart() : VoiceReasons::noEngine())};
}

QtSpeechEngine::QtSpeechEngine(QObject *parent)
    : SpeechEngine(parent)
{
    // Each plug-in is tried by making it. Qt 6.4's flite plug-in opens its audio sink at once and,
    // with no output device, stays Ready but sets errorReason() to Playback ("No audio device
    // available") — so no audio output is seen without QtMultimedia. speechd without a running
    // daemon is in the Error state (Initialization) straight away.
    QHash<QString, QTextToSpeech *> made;
    const OfflineEngineChoice choice
        = chooseOfflineEngine(QTextToSpeech::availableEngines(), [&](const QString &name) {
              auto *speech = new QTextToSpeech(name, this);
              made.insert(name, speech);
              if (speech->state() == QTextToSpeech::Error)
                  return EngineProbe::DidNotStart;
              if (speech->errorReason() == QTextToSpeech::ErrorReason::Playback)
                  return EngineProbe::NoAudioOutput;
              return EngineProbe::Usable;
          });
    m_availability = choice.availability;
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        if (it.key() == choice.engine)
            m_speech = it.value();
        else
            delete it.value();
    }
    if (m_speech)
        connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onStateChanged(state); });
}

QtSpeechEngine::~QtSpeechEngine() = default;

QString QtSpeechEngine::engineName() const
{
    return m_speech ? m_speech->engine() : QString();
}

QStringList QtSpeechEngine::voiceNames() const
{
    QStringList names;
    if (m_speech)
        for (const QVoice &voice : m_speech->availableVoices())
            names << voice.name();
    return names;
}

void QtSpeechEngine::apply(const VoiceSettings &settings)
{
    if (!m_speech)
        return;
    m_speech->setRate(settings.rate);
    m_speech->setVolume(settings.volume);
    // A name saved with another engine (or machine) is not here: keep the engine's default voice.
    for (const QVoice &voice : m_speech->availableVoices())
        if (voice.name() == settings.voiceName)
            m_speech->setVoice(voice);
}

void QtSpeechEngine::speak(const QString &text)
{
    if (!m_speech)
        return;
    m_utterance = Utterance::Requested;
    m_speech->say(text);
}

void QtSpeechEngine::stop()
{
    m_utterance = Utterance::None;
    if (m_speech)
        m_speech->stop();
}

void QtSpeechEngine::onStateChanged(int state)
{
    if (m_utterance == Utterance::None)
        return;
    switch (QTextToSpeech::State(state)) {
    case QTextToSpeech::Speaking:
        m_utterance = Utterance::Speaking;
        break;
    case QTextToSpeech::Ready:
        if (m_utterance == Utterance::Speaking) {
            m_utterance = Utterance::None;
            emit finished();
        }
        break;
    case QTextToSpeech::Error:
        m_utterance = Utterance::None;
        emit failed(m_speech->errorReason() == QTextToSpeech::ErrorReason::Playback
                ? VoiceReasons::noAudioOutput()
                : QStringLiteral("The speech engine stopped (%1), so the interviewer stays "
                                 "silent.")
                      .arg(m_speech->errorString()));
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

} // namespace ArchDeck
