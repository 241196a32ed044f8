// archdeck — study window, or `archdeck <verb> …` on the command line. Only dispatches.
#include "commandline.h"
#include "guiapplication.h"

int main(int argc, char *argv[])
{
    if (ArchDeck::CommandLine::isCommandLineInvocation(argc, argv))
        return ArchDeck::CommandLine::exec(argc, argv);
    return ArchDeck::GuiApplication::run(argc, argv);
}
