// kora: the desktop client. The composition root: command line, translations,
// palette, then AppController (login or main window).
#include "AppController.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

using namespace kora::app;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Kora"));
    QApplication::setApplicationName(QStringLiteral("Kora"));
    QApplication::setApplicationVersion(QStringLiteral(KORA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("kora"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kora.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kora desktop messenger"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          QStringLiteral("Server URL (http(s)://host:port)."),
                                          QStringLiteral("url"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Profile name: separate settings, cache and keychain entry."),
        QStringLiteral("name"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"), QStringLiteral("Email to sign in with."), QStringLiteral("email"));
    const QCommandLineOption passwordEnvOption(
        QStringLiteral("password-env"),
        QStringLiteral("Name of an environment variable holding the password (demo only)."),
        QStringLiteral("var"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language (e.g. fr); default: system."),
                                        QStringLiteral("code"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QStringLiteral("light, dark or system (default)."),
                                         QStringLiteral("theme"));
    parser.addOptions(
        {serverOption, profileOption, loginOption, passwordEnvOption, langOption, themeOption});
    parser.process(app);

    QTextStream err(stderr);
    LaunchOptions options;
    if (parser.isSet(serverOption)) {
        options.server = QUrl::fromUserInput(parser.value(serverOption));
        if (!options.server.isValid() || options.server.host().isEmpty()) {
            err << "kora: invalid --server URL\n";
            return 2;
        }
    }
    if (parser.isSet(profileOption)) {
        options.profile = parser.value(profileOption);
        if (!AppController::isValidProfile(options.profile)) {
            err << "kora: a profile name may hold letters, digits, '-' and '_' only\n";
            return 2;
        }
    }
    options.email = parser.value(loginOption);
    if (parser.isSet(passwordEnvOption)) {
        const QString var = parser.value(passwordEnvOption);
        options.password = qEnvironmentVariable(var.toLocal8Bit().constData());
        qunsetenv(var.toLocal8Bit().constData()); // not inherited by anything we start
        if (options.password.isEmpty())
            err << "kora: the variable named by --password-env is empty or unset\n";
    }

    installTranslations(app, parser.value(langOption));
    applyTheme(app, themeFromString(parser.value(themeOption)));

    AppController controller(options);
    QObject::connect(&controller, &AppController::loginCancelled, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    controller.start();
    return app.exec();
}
