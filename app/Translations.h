#pragma once

#include <QString>

class QCoreApplication;

namespace kora::app {

// Installs Kora's translation for `language` ("fr"; empty: the system
// locale's) from the embedded :/i18n/kora_<lang>.qm, and Qt's own qtbase_<lang>
// from QLibraryInfo::TranslationsPath when present. English gets kora_en
// (plural forms only). Translators are parented to `app`. Returns the
// language used.
QString installTranslations(QCoreApplication &app, const QString &language = {});

} // namespace kora::app
