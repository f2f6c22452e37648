#pragma once

#include <QString>

class QApplication;

namespace kora::app {

enum class Theme { System, Light, Dark };

// "light", "dark" or anything else (system).
Theme themeFromString(const QString &name);
// Fusion with a dark palette when the theme (or the system palette) is dark;
// the platform's own look otherwise.
void applyTheme(QApplication &app, Theme theme);
bool systemPrefersDark();

} // namespace kora::app
