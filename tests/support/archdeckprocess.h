// Runs the real `archdeck` binary for the CLI tests (tst_cli, tst_render_cli, tst_stats_cli):
// arguments in, exit code and both output streams out. ARCHDECK_EXE names the binary.
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ArchDeckProcess {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs with the test's environment, minus ARCHDECK_DATA_DIR unless `dataDir` sets it.
inline Run archdeck(const QStringList &arguments, const QString &dataDir = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("ARCHDECK_DATA_DIR"));
    if (!dataDir.isEmpty())
        environment.insert(QStringLiteral("ARCHDECK_DATA_DIR"), dataDir);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ARCHDECK_EXE), arguments);
    Run run;
    // A generous cap so a hang fails the test instead of blocking ctest; not a timing assertion.
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("archdeck did not finish normally: ") + process.errorString();
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace ArchDeckProcess
