// The interviewer's voice: which offline engine is chosen and what the user is told when none can
// speak; settings clamped and applied; the queue of turns (in order, stop, turning it off, a
// failure reported once) over a fake engine, so no sound card is needed; this machine's real
// engine never erring; and writeSpeechWav's file read back as a player would.
#include "interviewvoice.h"
#include "qtspeechengine.h"
#include "speechwav.h"
#include "voice/wavreader.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ArchDeck;
using namespace Qt::StringLiterals;

namespace {

/// Speaks nothing: records what it was asked, and ends or fails an utterance when the test says.
class FakeSpeechEngine : public SpeechEngine
{
public:
    explicit FakeSpeechEngine(VoiceAvailability availability = VoiceAvailability::yes())
        : m_availability(std::move(availability))
    { }

    VoiceAvailability availability() const override { return m_availability; }
    QStringList voiceNames() const override { return {u"kal"_s, u"slt"_s}; }
    void apply(const VoiceSettings &settings) override { applied.append(settings); }
    void speak(const QString &text) override { spoken.append(text); }
    void stop() override { ++stops; }

    void finishUtterance() { emit finished(); }
    void failUtterance(const QString &sentence) { emit failed(sentence); }

    QStringList spoken;
    QList<VoiceSettings> applied;
    int stops = 0;

private:
    VoiceAvailability m_availability;
};

struct Voice
{
    FakeSpeechEngine *engine; ///< owned by `voice`
    std::unique_ptr<InterviewVoice> voice;
};

Voice voiceOver(VoiceAvailability availability, bool enabled)
{
    auto engine = std::make_unique<FakeSpeechEngine>(std::move(availability));
    FakeSpeechEngine *raw = engine.get();
    auto voice = std::make_unique<InterviewVoice>(std::move(engine));
    VoiceSettings settings;
    settings.enabled = enabled;
    voice->setSettings(settings);
    return {raw, std::move(voice)};
}

Voice enabledVoice()
{
    return voiceOver(VoiceAvailability::yes(), true);
}

} // namespace

class TestInterviewVoice : public QObject
{
    Q_OBJECT

private slots:
    void choosesAnOfflineEngine_data();
    void choosesAnOfflineEngine();
    void thisMachineSpeaksOrSaysWhy();
    void settingsAreClampedAndApplied_data();
    void settingsAreClampedAndApplied();
    void sayDoesNothingWhenOff();
    void sayDoesNothingWhenUnavailable();
    void turnsAreSpokenInOrder();
    void stopDropsWaitingTurns();
    void turningOffStops();
    void failureIsReportedOnce();
    void speechWavIsRealSpeech();
    void speechWavRefusals();
};

void TestInterviewVoice::choosesAnOfflineEngine_data()
{
    QTest::addColumn<QStringList>("installed");
    QTest::addColumn<QStringList>("usable");
    QTest::addColumn<QStringList>("withoutAudio");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("tried");

    const QStringList both {u"speechd"_s, u"flite"_s}; // Qt lists plug-ins in no fixed order
    QTest::newRow("flite first") << both << QStringList {u"flite"_s, u"speechd"_s} << QStringList()
                                 << u"flite"_s << QString() << QStringList {u"flite"_s};
    QTest::newRow("no audio, no daemon")
        << both << QStringList() << QStringList {u"flite"_s} << QString()
        << VoiceReasons::noAudioOutput() << QStringList {u"flite"_s, u"speechd"_s};
    QTest::newRow("no audio for flite, a daemon")
        << both << QStringList {u"speechd"_s} << QStringList {u"flite"_s} << u"speechd"_s
        << QString() << QStringList {u"flite"_s, u"speechd"_s};
    QTest::newRow("speechd alone, no daemon")
        << QStringList {u"speechd"_s} << QStringList() << QStringList() << QString()
        << VoiceReasons::noEngine() << QStringList {u"speechd"_s};
    QTest::newRow("flite does not start")
        << QStringList {u"flite"_s} << QStringList() << QStringList() << QString()
        << u"The flite speech engine could not start, so the interviewer stays silent."_s
        << QStringList {u"flite"_s};
    QTest::newRow("nothing") << QStringList() << QStringList() << QStringList() << QString()
                             << VoiceReasons::noEngine() << QStringList();
    QTest::newRow("never a network engine")
        << QStringList {u"winrt"_s, u"cloud"_s} << QStringList {u"winrt"_s, u"cloud"_s}
        << QStringList() << QString() << VoiceReasons::noEngine() << QStringList();
}

void TestInterviewVoice::choosesAnOfflineEngine()
{
    QFETCH(QStringList, installed);
    QFETCH(QStringList, usable);
    QFETCH(QStringList, withoutAudio);
    QFETCH(QString, engine);
    QFETCH(QString, reason);
    QFETCH(QStringList, tried);

    QStringList probed;
    const OfflineEngineChoice choice = chooseOfflineEngine(installed, [&](const QString &name) {
        probed << name;
        if (usable.contains(name))
            return EngineProbe::Usable;
        return withoutAudio.contains(name) ? EngineProbe::NoAudioOutput : EngineProbe::DidNotStart;
    });
    QCOMPARE(choice.engine, engine);
    QCOMPARE(choice.availability.available, reason.isEmpty());
    QCOMPARE(choice.availability.reason, reason);
    QCOMPARE(probed, tried);
}

void TestInterviewVoice::thisMachineSpeaksOrSaysWhy()
{
    InterviewVoice voice;
    QSignalSpy problems(&voice, &InterviewVoice::problem);
    const VoiceAvailability availability = voice.availability();
    if (availability.available) {
        QVERIFY(availability.reason.isEmpty());
        QVERIFY(!voice.voiceNames().isEmpty());
    } else {
        qInfo("voice unavailable here: %s", qPrintable(availability.reason));
        QVERIFY(availability.reason.endsWith(u'.'));
        QVERIFY(voice.voiceNames().isEmpty());
        // Turned on where it cannot work: still quiet, still no error.
        VoiceSettings on;
        on.enabled = true;
        voice.setSettings(on);
    }
    // Off by default, so this never speaks through a real sound card during the tests.
    voice.say(u"Tell me about the outbox pattern."_s);
    QVERIFY(!voice.isSpeaking());
    QVERIFY(voice.pending().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(problems.size(), 0);
    QCOMPARE(voice.availability().available, availability.available);
}

void TestInterviewVoice::settingsAreClampedAndApplied_data()
{
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("volume");
    QTest::addColumn<double>("expectedRate");
    QTest::addColumn<double>("expectedVolume");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("in range") << -0.5 << 0.25 << -0.5 << 0.25;
    QTest::newRow("edges") << 1.0 << 0.0 << 1.0 << 0.0;
    QTest::newRow("too fast, too loud") << 2.5 << 1.5 << 1.0 << 1.0;
    QTest::newRow("too slow, below silent") << -3.0 << -0.2 << -1.0 << 0.0;
    QTest::newRow("not numbers") << nan << nan << 0.0 << 1.0;
}

void TestInterviewVoice::settingsAreClampedAndApplied()
{
    QFETCH(double, rate);
    QFETCH(double, volume);
    QFETCH(double, expectedRate);
    QFETCH(double, expectedVolume);
    Voice v = enabledVoice();
    v.voice->setSettings({true, u"slt"_s, rate, volume});
    const VoiceSettings expected {true, u"slt"_s, expectedRate, expectedVolume};
    QCOMPARE(v.voice->settings(), expected);
    QVERIFY(!v.engine->applied.isEmpty());
    QCOMPARE(v.engine->applied.last(), expected);
    QCOMPARE(v.voice->voiceNames(), QStringList({u"kal"_s, u"slt"_s}));
}

void TestInterviewVoice::sayDoesNothingWhenOff()
{
    Voice v = voiceOver(VoiceAvailability::yes(), false);
    QVERIFY(!v.voice->settings().enabled);
    v.voice->say(u"Requirements — five minutes."_s);
    QVERIFY(v.engine->spoken.isEmpty());
    QVERIFY(!v.voice->isSpeaking());
    QVERIFY(v.voice->pending().isEmpty());
}

void TestInterviewVoice::sayDoesNothingWhenUnavailable()
{
    Voice v = voiceOver(VoiceAvailability::no(VoiceReasons::noAudioOutput()), true);
    QSignalSpy problems(v.voice.get(), &InterviewVoice::problem);
    QCOMPARE(v.voice->availability().available, false);
    QCOMPARE(v.voice->availability().reason, VoiceReasons::noAudioOutput());
    QVERIFY(v.voice->voiceNames().isEmpty());
    v.voice->say(u"Tell me about the outbox pattern."_s);
    QVERIFY(v.engine->spoken.isEmpty());
    QVERIFY(v.engine->applied.isEmpty()); // nothing is sent to an engine that cannot speak
    QVERIFY(!v.voice->isSpeaking());
    QCOMPARE(problems.size(), 0);
}

void TestInterviewVoice::turnsAreSpokenInOrder()
{
    Voice v = enabledVoice();
    v.voice->say(u"Question"_s);
    v.voice->say(u"   "_s); // blank: not a turn
    v.voice->say(u"Requirements"_s);
    v.voice->say(u"Follow-up"_s);
    // say() returned three times while the first turn was still being spoken: nothing waited.
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s}));
    QCOMPARE(v.voice->pending(), QStringList({u"Requirements"_s, u"Follow-up"_s}));
    QVERIFY(v.voice->isSpeaking());

    v.engine->finishUtterance();
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s, u"Requirements"_s}));
    v.engine->finishUtterance();
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s, u"Requirements"_s, u"Follow-up"_s}));
    QVERIFY(v.voice->isSpeaking());
    v.engine->finishUtterance();
    QVERIFY(!v.voice->isSpeaking());

    v.voice->say(u"Wrap-up"_s); // nothing under way: spoken at once
    QCOMPARE(v.engine->spoken.last(), u"Wrap-up"_s);
}

void TestInterviewVoice::stopDropsWaitingTurns()
{
    Voice v = enabledVoice();
    v.voice->say(u"Question"_s);
    v.voice->say(u"Requirements"_s);
    v.voice->stop();
    QCOMPARE(v.engine->stops, 1);
    QVERIFY(!v.voice->isSpeaking());
    QVERIFY(v.voice->pending().isEmpty());
    v.engine->finishUtterance(); // a late end of the silenced turn starts nothing
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s}));
    v.voice->stop(); // nothing under way: the engine is left alone
    QCOMPARE(v.engine->stops, 1);

    v.voice->say(u"Deep dive"_s);
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s, u"Deep dive"_s}));
}

void TestInterviewVoice::turningOffStops()
{
    Voice v = enabledVoice();
    v.voice->say(u"Question"_s);
    v.voice->say(u"Requirements"_s);
    VoiceSettings off = v.voice->settings();
    off.enabled = false;
    v.voice->setSettings(off);
    QCOMPARE(v.engine->stops, 1);
    QVERIFY(v.voice->pending().isEmpty());
    v.voice->say(u"Follow-up"_s);
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s}));
}

void TestInterviewVoice::failureIsReportedOnce()
{
    Voice v = enabledVoice();
    QSignalSpy problems(v.voice.get(), &InterviewVoice::problem);
    v.voice->say(u"Question"_s);
    v.voice->say(u"Requirements"_s);
    v.engine->failUtterance(VoiceReasons::noAudioOutput());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), VoiceReasons::noAudioOutput());
    QVERIFY(!v.voice->isSpeaking());
    QVERIFY(v.voice->pending().isEmpty());
    // The option now shows why it is off, and later turns stay quiet instead of failing again.
    QCOMPARE(v.voice->availability().available, false);
    QCOMPARE(v.voice->availability().reason, VoiceReasons::noAudioOutput());
    v.voice->say(u"Follow-up"_s);
    QCOMPARE(v.engine->spoken, QStringList({u"Question"_s}));
    v.engine->failUtterance(
        u"The speech engine stopped (gone), so the interviewer stays silent."_s);
    QCOMPARE(problems.size(), 1);
}

void TestInterviewVoice::speechWavIsRealSpeech()
{
    if (const Status engine = speechSynthesisStatus(); !engine.isOk())
        QSKIP(qPrintable(engine.errorMessage()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"question.wav"_s);
    const Result<WavInfo> written = writeSpeechWav(u"Tell me about the outbox pattern."_s, path);
    QVERIFY2(written.isOk(), qPrintable(written.errorMessage()));

    const WavReader::Wav wav = WavReader::read(path);
    QVERIFY2(wav.problem.isEmpty(), qPrintable(wav.problem));
    QCOMPARE(wav.format, 1);
    QCOMPARE(wav.channels, 1);
    QCOMPARE(wav.bitsPerSample, 16);
    QCOMPARE(wav.sampleRate, written.value.sampleRate);
    QCOMPARE(wav.frames(), written.value.sampleCount);
    QCOMPARE(wav.peakAmplitude, written.value.peakAmplitude);
    QVERIFY2(wav.peakAmplitude > 1000, qPrintable(QString::number(wav.peakAmplitude)));
    QVERIFY2(written.value.seconds() > 0.5 && written.value.seconds() < 10,
        qPrintable(QString::number(written.value.seconds())));

    // Written again over the first: replaced whole, and longer text is longer speech.
    const Result<WavInfo> longer = writeSpeechWav(
        u"Tell me about the outbox pattern, and what the relay does when the broker is down."_s,
        path);
    QVERIFY2(longer.isOk(), qPrintable(longer.errorMessage()));
    QVERIFY(longer.value.sampleCount > written.value.sampleCount);
    QCOMPARE(WavReader::read(path).frames(), longer.value.sampleCount);
    QCOMPARE(
        QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({u"question.wav"_s}));
}

void TestInterviewVoice::speechWavRefusals()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<WavInfo> blank = writeSpeechWav(u" \n"_s, dir.filePath(u"blank.wav"_s));
    QVERIFY(!blank.isOk());
    QCOMPARE(blank.errorMessage(), u"There is no text to say."_s);

    if (const Status engine = speechSynthesisStatus(); !engine.isOk())
        QSKIP(qPrintable(engine.errorMessage()));
    const QString missing = dir.filePath(u"no such folder/q.wav"_s);
    const Result<WavInfo> unwritable = writeSpeechWav(u"Hello."_s, missing);
    QVERIFY(!unwritable.isOk());
    QVERIFY2(unwritable.errorMessage().startsWith(u"cannot write "_s + missing + u": "_s),
        qPrintable(unwritable.errorMessage()));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestInterviewVoice)
#include "tst_interviewvoice.moc"
