#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace kora::app {

// Installs Kora's translation for `language` ("fr", "pt_BR"; empty: the
// system locale's) from the embedded :/i18n/kora_<locale>.qm or, failing
// that, kora_<lang>.qm ("de_AT" gets kora_de), and Qt's own qtbase_ the same
// way from QLibraryInfo::TranslationsPath when present. English gets kora_en
// (plural forms only). Translators are parented to `app`; the ones a call
// before installed are removed first, so calling it again switches the
// language. A language Kora is not translated into (yet) still gets Qt's
// qtbase_<lang> and, when it is written right to left (ar, he, fa, …), a
// right-to-left layout; Kora's own strings stay English. Returns the language
// Kora's strings are in.
QString installTranslations(QCoreApplication &app, const QString &language = {});
// The languages Kora is translated into ("en", "fr", …), from the embedded
// :/i18n/kora_<lang>.qm files.
QStringList availableLanguages();
// Removes (and deletes) the translators installTranslations() installed.
void removeTranslations(QCoreApplication &app);
// Whether Qt's own strings ("Cancel", the file dialog) have a translation for
// `language` here (qt6-translations-l10n on Debian).
bool hasQtTranslation(const QString &language);

} // namespace kora::app
