// GuiApplication — starts the study window: QApplication, options (--deck, --theme), theme, window.
#pragma once

namespace ArchDeck::GuiApplication {

/// Organisation, application name and version, shared by the GUI and the CLI (QSettings,
/// --version).
void setApplicationIdentity();

int run(int argc, char *argv[]);

} // namespace ArchDeck::GuiApplication
