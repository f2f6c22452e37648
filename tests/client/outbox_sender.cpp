// A bare client process for tst_reliability: opens a cache whose outbox was
// filled beforehand, connects, and sends until the outbox is empty (exit 0),
// or gives up after --timeout-ms (exit 1). The test SIGKILLs it mid-way.
#include "ClientStack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cache(QStringLiteral("cache"), QStringLiteral("cache file"),
                                   QStringLiteral("PATH"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("server URL"),
                                    QStringLiteral("URL"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("token"),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("user id"),
                                  QStringLiteral("ID"));
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QStringLiteral("give up after"),
                                     QStringLiteral("MS"), QStringLiteral("60000"));
    parser.addOptions({cache, server, token, user, timeout});
    parser.process(app);

    ClientStack client(QUrl(parser.value(server)), parser.value(token), parser.value(user),
                       parser.value(cache));
    if (!client.error.isEmpty()) {
        qCritical("outbox_sender: %s", qPrintable(client.error));
        return 2;
    }
    const auto finishIfDone = [&] {
        if (client.cache->pendingCount() == 0)
            app.quit();
    };
    QObject::connect(client.cache.get(), &kora::models::Cache::outboxChanged, &app, finishIfDone);
    QTimer::singleShot(parser.value(timeout).toInt(), &app, [] { QCoreApplication::exit(1); });
    client.socket.open();
    QTimer::singleShot(0, &app, finishIfDone);
    return app.exec();
}
