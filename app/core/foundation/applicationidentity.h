// The application's organisation, name and version, shared by the GUI and the CLI
// (QSettings locations, --version, window titles). The version comes from the executable that
// calls this (ARCHDECK_VERSION is defined on the executables only, so a version bump rebuilds
// nothing but them).
#pragma once

class QString;

namespace ArchDeck {

void setApplicationIdentity(const QString &version);

} // namespace ArchDeck
