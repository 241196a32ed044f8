#include "speechwav.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QtEndian>

#include <cstdlib>
#include <memory>

#include <flite.h>

// Each flite voice library exports its own registration function and ships no header for it.
extern "C" cst_voice *register_cmu_us_kal(const char *voxdir);

namespace ArchDeck {

namespace {

/// flite keeps global state (its feature tables, the voice's caches) and is not thread-safe.
QMutex &fliteMutex()
{
    static QMutex mutex;
    return mutex;
}

/// Loaded once for the process and never unregistered: the voice is a few hundred kilobytes of
/// static tables, and unregistering it while Qt's flite plug-in may share them gains nothing.
cst_voice *kalVoice()
{
    static cst_voice *const voice = [] {
        flite_init();
        return register_cmu_us_kal(nullptr);
    }();
    return voice;
}

struct WaveDeleter
{
    void operator()(cst_wave *wave) const { delete_wave(wave); }
};

void appendLittleEndian32(QByteArray &bytes, quint32 value)
{
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}

void appendLittleEndian16(QByteArray &bytes, quint16 value)
{
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

/// The 44-byte header of a canonical PCM WAVE file. Written here rather than with flite's
/// cst_wave_save_riff() so the file goes through QSaveFile and a failure has Qt's error text.
QByteArray riffHeader(int sampleRate, int channels, quint32 dataBytes)
{
    const quint16 bytesPerFrame = quint16(channels * 2);
    QByteArray header;
    header.reserve(44);
    header.append("RIFF", 4);
    appendLittleEndian32(header, 36 + dataBytes);
    header.append("WAVEfmt ", 8);
    appendLittleEndian32(header, 16); // size of the fmt chunk
    appendLittleEndian16(header, 1); // PCM
    appendLittleEndian16(header, quint16(channels));
    appendLittleEndian32(header, quint32(sampleRate));
    appendLittleEndian32(header, quint32(sampleRate) * bytesPerFrame);
    appendLittleEndian16(header, bytesPerFrame);
    appendLittleEndian16(header, 16); // bits per sample
    header.append("data", 4);
    appendLittleEndian32(header, dataBytes);
    return header;
}

} // namespace

Status speechSynthesisStatus()
{
    const QMutexLocker lock(&fliteMutex());
    if (!kalVoice())
        return Status::failure(Diagnostic::failure(
            QStringLiteral("The flite speech engine could not load its voice (cmu_us_kal), so no "
                           "speech can be written.")));
    return Status::success();
}

Result<WavInfo> writeSpeechWav(const QString &text, const QString &path)
{
    if (text.trimmed().isEmpty())
        return Result<WavInfo>::failure(
            Diagnostic::failure(QStringLiteral("There is no text to say.")));
    if (const Status engine = speechSynthesisStatus(); !engine.isOk())
        return Result<WavInfo>::failure(engine.diagnostics);

    std::unique_ptr<cst_wave, WaveDeleter> wave;
    {
        const QMutexLocker lock(&fliteMutex());
        wave.reset(flite_text_to_wave(text.toUtf8().constData(), kalVoice()));
    }
    if (!wave || wave->num_samples <= 0 || wave->num_channels <= 0)
        return Result<WavInfo>::failure(
            Diagnostic::failure(QStringLiteral("flite produced no sound for this text.")));

    WavInfo info;
    info.sampleRate = wave->sample_rate;
    info.sampleCount = wave->num_samples;
    const qsizetype values = qsizetype(wave->num_samples) * wave->num_channels;
    QByteArray data(values * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < values; ++i) {
        const qint16 sample = wave->samples[i];
        info.peakAmplitude = qMax(info.peakAmplitude, std::abs(int(sample)));
        qToLittleEndian(sample, data.data() + 2 * i);
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(riffHeader(wave->sample_rate, wave->num_channels, quint32(data.size()))) != 44
        || file.write(data) != data.size() || !file.commit())
        return Result<WavInfo>::failure(Diagnostic::failure(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString())));
    return Result<WavInfo>::success(info);
}

} // namespace ArchDeck
