#pragma once

#include <QString>

class QApplication;

namespace kora::app {

enum class Theme { System, Light, Dark };

// "light", "dark" or anything else (system).
Theme themeFromString(const QString &name);
QString themeName(Theme theme);
// Fusion with a dark palette when the theme (or the system palette) is dark,
// Fusion's own light palette for light; the platform's own look for system
// (restored when an earlier call changed it, so it applies live).
void applyTheme(QApplication &app, Theme theme);
bool systemPrefersDark();

} // namespace kora::app
