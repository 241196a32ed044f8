// archdeck — study window, or `archdeck <verb> …` on the command line. Only dispatches.
#include "commandline.h"
#include "guiapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    if (ArchDeck::CommandLine::isCommandLineInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        ArchDeck::GuiApplication::setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return ArchDeck::CommandLine::run(app.arguments(), out, err);
    }
    return ArchDeck::GuiApplication::run(argc, argv);
}
