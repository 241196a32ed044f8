// Reads back a RIFF/WAVE file the way a player would (walking its chunks, not trusting a fixed
// 44-byte layout), for the tests of writeSpeechWav and `archdeck interview --say`.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <cstdlib>

namespace WavReader {

struct Wav
{
    QString problem; ///< empty when the file is a readable WAVE file
    int format = 0; ///< 1: integer PCM
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
    qint64 dataBytes = 0;
    int peakAmplitude = 0; ///< of 16-bit PCM data

    qint64 frames() const
    {
        return channels > 0 && bitsPerSample > 0 ? dataBytes / (channels * bitsPerSample / 8) : 0;
    }
};

inline Wav read(const QString &path)
{
    Wav wav;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open: ") + file.errorString()};
    const QByteArray bytes = file.readAll();
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return {QStringLiteral("not a RIFF/WAVE file")};
    if (qFromLittleEndian<quint32>(bytes.constData() + 4) != quint32(bytes.size() - 8))
        return {QStringLiteral("RIFF size does not match the file")};
    bool sawFormat = false;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const char *body = bytes.constData() + at + 8;
        if (at + 8 + qsizetype(size) > bytes.size())
            return {QStringLiteral("chunk '%1' runs past the end").arg(QString::fromLatin1(id))};
        if (id == "fmt " && size >= 16) {
            sawFormat = true;
            wav.format = qFromLittleEndian<quint16>(body);
            wav.channels = qFromLittleEndian<quint16>(body + 2);
            wav.sampleRate = int(qFromLittleEndian<quint32>(body + 4));
            wav.bitsPerSample = qFromLittleEndian<quint16>(body + 14);
        } else if (id == "data") {
            if (!sawFormat)
                return {QStringLiteral("data before fmt")};
            wav.dataBytes = size;
            if (wav.bitsPerSample == 16)
                for (quint32 i = 0; i + 1 < size; i += 2)
                    wav.peakAmplitude = qMax(
                        wav.peakAmplitude, std::abs(int(qFromLittleEndian<qint16>(body + i))));
        }
        at += 8 + size + (size & 1);
    }
    if (!sawFormat)
        return {QStringLiteral("no fmt chunk")};
    return wav;
}

} // namespace WavReader
