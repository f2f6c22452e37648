#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "kora.app.i18n")

namespace kora::app {

namespace {
bool install(QCoreApplication &app, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(name, dir)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}
} // namespace

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString lang = locale.name().section(QLatin1Char('_'), 0, 0);
    if (lang.isEmpty() || lang == QLatin1String("C"))
        lang = QStringLiteral("en");
    if (lang != QLatin1String("en"))
        QLocale::setDefault(locale);

    // Plural forms of the English source ("1 message", "3 messages").
    install(app, QStringLiteral("kora_en"), QStringLiteral(":/i18n"));
    if (lang == QLatin1String("en"))
        return lang;
    if (!install(app, QStringLiteral("kora_") + lang, QStringLiteral(":/i18n"))) {
        qCInfo(lcI18n) << "no Kora translation for" << lang;
        return QStringLiteral("en");
    }
    if (!install(app, QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCInfo(lcI18n) << "no Qt translation for" << lang;
    return lang;
}

} // namespace kora::app
