#include "DemoSeeder.h"
#include "KoraServer.h"
#include "PasswordHasher.h"
#include "ServerLogging.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
int signalPipe[2];
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
// SIGINT/SIGTERM end the event loop, so the database is closed cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}
} // namespace
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // The database, its journal, the secrets and the attachments are the
    // server's alone: nothing it creates is readable by other local users.
    ::umask(077);
#endif
    // Qt's own event dispatcher, not GLib's: GLib's finds a socket notifier
    // by walking a list of all of them, and every socket write turns one on
    // and off (with 1000 clients that was 6 % of the server's CPU, and it
    // grows with the number of sockets).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kora-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Kora"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KORA_VERSION));
    installStructuredLogging();
    QTextStream err(stderr);
    QTextStream out(stdout);

    if (!kora::server::password::initialise()) {
        err << "kora-server: libsodium cannot be initialised\n";
        return 1;
    }
    const auto config = kora::server::ServerConfig::fromArguments(app.arguments());
    if (!config) {
        err << "kora-server: " << config.error() << "\n";
        return 2;
    }
    auto server = kora::server::KoraServer::create(*config);
    if (!server) {
        err << "kora-server: " << server.error() << "\n";
        return 1;
    }
    const auto port = (*server)->listen();
    if (!port) {
        err << "kora-server: " << port.error() << "\n";
        return 1;
    }
    if (config->demo) {
        out << "demo accounts (password " << kora::server::demoPassword << "): "
            << "ama@demo.kora, yaw@demo.kora (workers), kofi@demo.kora, efua@demo.kora (hirers), "
               "support@demo.kora (support)\n";
    }
    out << "listening on " << (*server)->url().toString() << "\n";
    out.flush();
#ifdef Q_OS_UNIX
    quitOnSignals(app);
#endif
    return app.exec();
}
