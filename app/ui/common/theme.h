// Theme — the light and dark palettes (Fusion style), chosen in View ▸ Theme and remembered, and
// the palette questions widgets ask (is it dark, a blend of window and text).
#pragma once

#include <QColor>
#include <QString>
#include <optional>

class QPalette;

namespace ArchDeck::Theme {

enum class Kind { System, Light, Dark };

std::optional<Kind> fromName(const QString &name); ///< "dark" → Kind::Dark; "" → nullopt
QString name(Kind kind);
QString settingsKey();

/// Applies `kind` to the running QApplication; widgets get a PaletteChange event.
void apply(Kind kind);

/// True when \a palette is dark: its window colour darker than its window text. The one test
/// for "are we dark" — card styles, chart themes and the heatmap's colours all ask it.
bool isDark(const QPalette &palette);
/// isDark() of the application's palette (what Theme::apply() set).
bool isDark();

/// \a palette's window colour with \a share (0–1) of its text colour mixed in: empty cells and
/// faint lines at 0.1–0.2, secondary text at 0.7.
QColor windowTextBlend(const QPalette &palette, double share);

} // namespace ArchDeck::Theme
