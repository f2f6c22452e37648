// kora: the desktop client. The composition root: command line, translations,
// palette, then AppController (login or main window).
#include "AppController.h"
#include "SingleInstance.h"
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
    // The one application id: desktop file, icon, AppStream id, local socket.
    // Settings and data keep their "Kora" folders, so existing profiles open.
    QApplication::setOrganizationDomain(QStringLiteral("kora.app"));
    QApplication::setDesktopFileName(QStringLiteral(KORA_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(KORA_APP_ID), QIcon(QStringLiteral(":/icons/kora.svg"))));

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
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QStringLiteral("Language for this run (e.g. fr); default: Preferences, else the system's."),
        QStringLiteral("code"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QStringLiteral("light, dark or system for this run; default: Preferences."),
        QStringLiteral("theme"));
    parser.addOptions(
        {serverOption, profileOption, loginOption, passwordEnvOption, langOption, themeOption});
    parser.addPositionalArgument(QStringLiteral("link"),
                                 QStringLiteral("kora://conversation/<id> or kora://chat?user=..."),
                                 QStringLiteral("[link...]"));
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

    // Until AppController applies the profile's language: this run's messages.
    if (parser.isSet(langOption))
        installTranslations(app, parser.value(langOption));
    options.language = parser.value(langOption);
    options.theme = parser.value(themeOption);

    // One Kora per user and profile: a second launch hands its links over.
    const QStringList links = parser.positionalArguments();
    SingleInstance instance(SingleInstance::nameFor(QStringLiteral(KORA_APP_ID), options.profile));
    switch (instance.claim(links)) {
    case SingleInstance::Outcome::HandedOver:
        err << "kora: handed over to the running Kora\n";
        return 0;
    case SingleInstance::Outcome::NoAnswer:
        err << "kora: " << instance.errorString() << '\n';
        return 1;
    case SingleInstance::Outcome::Unavailable:
        err << "kora: running without single-instance: " << instance.errorString() << '\n';
        break;
    case SingleInstance::Outcome::Primary:
        break;
    }
    err.flush();

    AppController controller(options);
    QObject::connect(&controller, &AppController::loginCancelled, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    // One line per link on stderr (ids only, never a token): what happened to it.
    const auto say = [&err](const QString &line) {
        err << "kora: " << line << '\n';
        err.flush();
    };
    LinkHandler &handler = controller.links();
    QObject::connect(&handler, &LinkHandler::received, &app,
                     [say](const QString &link) { say(QStringLiteral("link ") + link); });
    QObject::connect(&handler, &LinkHandler::deferred, &app, [say](const QString &link) {
        say(QStringLiteral("link kept until signed in: ") + link);
    });
    QObject::connect(&handler, &LinkHandler::refused, &app, [say](const QString &reason) {
        say(QStringLiteral("link refused: ") + reason);
    });
    QObject::connect(&handler, &LinkHandler::conversationOpened, &app, [say](const QString &id) {
        say(QStringLiteral("conversation opened: ") + id);
    });
    QObject::connect(&instance, &SingleInstance::activated, &controller,
                     [say, &controller](const QStringList &arguments) {
                         say(QStringLiteral("activated by another launch"));
                         controller.activate(arguments);
                     });
    controller.start();
    for (const QString &link : links)
        handler.open(link);
    return app.exec();
}
