// Reconnect after a server restart: a client (SocketIoClient with the options
// the app uses) connected to a real kora-server process; the server is
// stopped, stays down for --down-ms, and starts again on the same port and
// data dir. Printed per round: the time from the new server saying where it
// listens to the client being connected again, and the median. Goal: <= 2 s
// (issue 17). Run: bench-reconnect [--rounds N] [--down-ms MS].
#include "ApiClient.h"
#include "ServerProcess.h"
#include "SocketIoClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time to reconnect after a server restart"));
    parser.addHelpOption();
    const QCommandLineOption roundsOption(QStringLiteral("rounds"),
                                          QStringLiteral("restarts (default 5)"),
                                          QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption downOption(
        QStringLiteral("down-ms"), QStringLiteral("how long the server stays down (default 8000)"),
        QStringLiteral("MS"), QStringLiteral("8000"));
    parser.addOptions({roundsOption, downOption});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOption).toInt());
    const int downMs = qMax(0, parser.value(downOption).toInt());

    kora::test::ServerProcess server;
    if (!server.start({QStringLiteral("--demo")})) {
        out << server.error() << "\n";
        return 1;
    }
    // Later starts take the same port: the client keeps its address.
    const QStringList again{QStringLiteral("--demo"), QStringLiteral("--port"),
                            QString::number(server.url().port())};

    QNetworkAccessManager network;
    kora::net::ApiClient api(&network);
    api.setBaseUrl(server.url());
    QString token;
    api.login(QStringLiteral("ama@demo.kora"), QStringLiteral("demo-password"), &app,
              [&](const kora::net::ApiResult<kora::net::LoginResult> &login) {
                  token = login ? login->token : QStringLiteral("-");
              });
    if (!QTest::qWaitFor([&] { return !token.isEmpty(); }, 30000) || token == u"-") {
        out << "cannot sign in to the demo server\n";
        return 1;
    }
    kora::net::SocketIoClient::Options options; // as the app has them
    options.watchNetwork = false;               // only the server goes away here
    kora::net::SocketIoClient socket(options);
    socket.setServerUrl(server.url());
    socket.setToken(token);
    socket.open();
    if (!QTest::qWaitFor([&] { return socket.isConnected(); }, 10000)) {
        out << "the client did not connect\n";
        return 1;
    }

    QList<qint64> times;
    for (int round = 1; round <= rounds; ++round) {
        server.stop();
        if (!QTest::qWaitFor([&] { return !socket.isConnected(); }, 10000)) {
            out << "the client did not notice the server going\n";
            return 1;
        }
        QTest::qWait(downMs); // the outage (a benchmark's wait, not a test's)
        if (!server.start(again)) {
            out << server.error() << "\n";
            return 1;
        }
        QElapsedTimer clock;
        clock.start();
        if (!QTest::qWaitFor([&] { return socket.isConnected(); }, 60000)) {
            out << "round " << round << ": not connected again within 60 s\n";
            return 1;
        }
        times.append(clock.elapsed());
        out << "round " << round << ": down " << downMs << " ms, connected again " << times.last()
            << " ms after the server was listening\n";
        out.flush();
    }
    std::sort(times.begin(), times.end());
    out << "reconnect after a restart: median " << times.at(times.size() / 2) << " ms, worst "
        << times.last() << " ms over " << rounds << " rounds (goal <= 2000 ms)\n";
    return 0;
}
