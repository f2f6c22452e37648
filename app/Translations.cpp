#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "kora.app.i18n")

namespace kora::app {

namespace {

const char *const translatorName = "kora-translator";

bool install(QCoreApplication &app, const QString &name, const QString &dir)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(name, dir)) {
        delete translator;
        return false;
    }
    translator->setObjectName(QLatin1String(translatorName));
    QCoreApplication::installTranslator(translator);
    return true;
}

QString qtTranslationsDir()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

// Says the language's writing direction the way Qt asks for it: QGuiApplication
// lays out right to left when "QT_LAYOUT_DIRECTION" translates to "RTL". Qt's own
// qtbase_<lang> says so too, but a language may come without it (or without Kora's).
class DirectionTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "QGuiApplication") == 0 &&
            qstrcmp(sourceText, "QT_LAYOUT_DIRECTION") == 0)
            return QStringLiteral("RTL");
        return {};
    }
    bool isEmpty() const override { return false; }
};

void installRightToLeft(QCoreApplication &app)
{
    auto *translator = new DirectionTranslator(&app);
    translator->setObjectName(QLatin1String(translatorName));
    QCoreApplication::installTranslator(translator);
}

} // namespace

void removeTranslations(QCoreApplication &app)
{
    const auto installed =
        app.findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("kora_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(5, file.size() - 8); // kora_fr.qm -> fr
    languages.sort();
    return languages;
}

bool hasQtTranslation(const QString &language)
{
    QTranslator probe;
    return probe.load(QStringLiteral("qtbase_") + language, qtTranslationsDir());
}

QString installTranslations(QCoreApplication &app, const QString &language)
{
    removeTranslations(app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString lang = locale.name().section(QLatin1Char('_'), 0, 0);
    if (lang.isEmpty() || lang == QLatin1String("C"))
        lang = QStringLiteral("en");
    // English keeps the system's formats (dates, numbers); a switch back to it resets them.
    QLocale::setDefault(lang == QLatin1String("en") ? QLocale::system() : locale);

    // Plural forms of the English source ("1 message", "3 messages").
    install(app, QStringLiteral("kora_en"), QStringLiteral(":/i18n"));
    if (lang == QLatin1String("en"))
        return lang;
    // The territory's own first ("pt_BR"), then the language's ("de" for de_AT).
    const QStringList codes{locale.name(), lang};
    QString kora;
    for (const QString &code : codes) {
        // Exactly that file (QTranslator would fall back from kora_de_DE to kora_de itself).
        if (QFile::exists(QStringLiteral(":/i18n/kora_%1.qm").arg(code)) &&
            install(app, QStringLiteral("kora_") + code, QStringLiteral(":/i18n"))) {
            kora = code;
            break;
        }
    }
    if (kora.isEmpty())
        qCInfo(lcI18n) << "no Kora translation for" << lang
                       << "- Kora's own strings stay in English";
    // Qt's own strings: "Cancel" in every dialog, the whole file dialog. Also
    // without Kora's: an Arabic reader gets Qt's Arabic and a right-to-left window.
    if (!install(app, QStringLiteral("qtbase_") + locale.name(), qtTranslationsDir()) &&
        !install(app, QStringLiteral("qtbase_") + lang, qtTranslationsDir()))
        qCWarning(lcI18n) << "no Qt translation for" << lang << "in" << qtTranslationsDir()
                          << "(qt6-translations-l10n): Qt's dialogs stay in English";
    if (locale.textDirection() == Qt::RightToLeft)
        installRightToLeft(app);
    return kora.isEmpty() ? QStringLiteral("en") : kora;
}

} // namespace kora::app
