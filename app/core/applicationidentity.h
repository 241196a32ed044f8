// The application's organisation, name and version, shared by the GUI and the CLI
// (QSettings locations, --version, window titles).
#pragma once

namespace ArchDeck {

void setApplicationIdentity();

} // namespace ArchDeck
