#include "verbinput.h"

#include "verbparser.h"

#include <QFile>

#include <cstdio>

namespace ArchDeck::VerbInput {

const QCommandLineOption &timeoutOption()
{
    static const QCommandLineOption option(QStringLiteral("timeout"),
        QStringLiteral("Give up on a layout after S seconds (default 10)."), QStringLiteral("S"),
        QStringLiteral("10"));
    return option;
}

bool timeoutFrom(const VerbParser &parser, int *milliseconds, QTextStream &err)
{
    bool ok = false;
    const double seconds = parser.value(timeoutOption()).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        err << parser.errorPrefix() << "--timeout takes seconds between 0 and 3600, not '"
            << parser.value(timeoutOption()) << "'\n";
        return false;
    }
    *milliseconds = int(seconds * 1000);
    return true;
}

Result<QByteArray> read(const QString &path)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return Result<QByteArray>::failure(
            Diagnostic::error(path, 0, QStringLiteral("cannot read: %1").arg(file.errorString())));
    return Result<QByteArray>::success(file.readAll());
}

void print(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics)
        err << d.toString() << '\n';
}

} // namespace ArchDeck::VerbInput
