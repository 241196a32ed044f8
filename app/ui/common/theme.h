// Theme — the light and dark palettes (Fusion style), chosen in View ▸ Theme and remembered.
#pragma once

#include <QString>
#include <optional>

namespace ArchDeck::Theme {

enum class Kind { System, Light, Dark };

std::optional<Kind> fromName(const QString &name); ///< "dark" → Kind::Dark; "" → nullopt
QString name(Kind kind);
QString settingsKey();

/// Applies `kind` to the running QApplication; widgets get a PaletteChange event.
void apply(Kind kind);

/// True when the current palette is dark (window colour darker than its text).
bool isDark();

} // namespace ArchDeck::Theme
