// GuiApplication — starts the study window: QApplication, options (--deck, --theme), theme, window.
#pragma once

namespace ArchDeck::GuiApplication {

int run(int argc, char *argv[]);

} // namespace ArchDeck::GuiApplication
