#pragma once

#include <QLocale>
#include <QString>
#include <QTime>

namespace kora::ui {

// A time of day in the user's locale, without seconds (some locales keep them
// in their short format, and chat times never need them).
QString timeOfDayText(const QTime &time, const QLocale &locale = QLocale());

} // namespace kora::ui
