// archdeck — study window, or `archdeck <verb> …` on the command line. Only dispatches.
#include "applicationidentity.h"
#include "commandline.h"
#include "guiapplication.h"

#include <QString>

int main(int argc, char *argv[])
{
    ArchDeck::setApplicationIdentity(QStringLiteral(ARCHDECK_VERSION));
    if (ArchDeck::CommandLine::isCommandLineInvocation(argc, argv))
        return ArchDeck::CommandLine::exec(argc, argv);
    return ArchDeck::GuiApplication::run(argc, argv);
}
