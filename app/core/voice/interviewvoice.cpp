#include "interviewvoice.h"

#include "qtspeechengine.h"

namespace ArchDeck {

InterviewVoice::InterviewVoice(QObject *parent)
    : InterviewVoice(std::make_unique<QtSpeechEngine>(), parent)
{ }

InterviewVoice::InterviewVoice(std::unique_ptr<SpeechEngine> engine, QObject *parent)
    : QObject(parent)
    , m_engine(std::move(engine))
    , m_availability(m_engine->availability())
{
    connect(m_engine.get(), &SpeechEngine::finished, this, &InterviewVoice::onFinished);
    connect(m_engine.get(), &SpeechEngine::failed, this, &InterviewVoice::onFailed);
    if (m_availability.available)
        m_engine->apply(m_settings);
}

InterviewVoice::~InterviewVoice() = default;

QStringList InterviewVoice::voiceNames() const
{
    return m_availability.available ? m_engine->voiceNames() : QStringList();
}

void InterviewVoice::setSettings(const VoiceSettings &settings)
{
    m_settings = settings.clamped();
    if (!m_settings.enabled)
        stop();
    if (m_availability.available)
        m_engine->apply(m_settings);
}

void InterviewVoice::say(const QString &text)
{
    if (!m_settings.enabled || !m_availability.available || text.trimmed().isEmpty())
        return;
    m_pending.append(text);
    if (!m_speaking)
        speakNext();
}

void InterviewVoice::stop()
{
    m_pending.clear();
    if (!m_speaking)
        return;
    m_speaking = false;
    m_engine->stop();
}

void InterviewVoice::speakNext()
{
    if (m_pending.isEmpty()) {
        m_speaking = false;
        return;
    }
    m_speaking = true;
    m_engine->speak(m_pending.takeFirst());
}

void InterviewVoice::onFinished()
{
    // An engine may report the end of an utterance stop() already silenced.
    if (m_speaking)
        speakNext();
}

void InterviewVoice::onFailed(const QString &sentence)
{
    m_pending.clear();
    m_speaking = false;
    if (!m_availability.available)
        return; // reported once; the engine may go on failing for turns already under way
    m_availability = VoiceAvailability::no(sentence);
    emit problem(sentence);
}

} // namespace ArchDeck
