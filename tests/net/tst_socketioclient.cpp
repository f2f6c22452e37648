// Tests of kora::net::SocketIoClient against real peers: the in-process
// kora-server (ServerFixture), a stock socket.io 4.8 server from npm
// (tests/interop/stock-server.mjs, run with node), and a small in-process
// QWebSocketServer that says exactly the frames a test wants (malformed
// ones, silence). Nothing sleeps to synchronise: every wait is for a signal
// or a condition. "Nothing happened" is checked by a bounded wait that must
// time out, or after a round trip on the same socket (the server answers in
// order).

#include "EngineIo.h"
#include "RealtimeHub.h"
#include "ServerFixture.h"
#include "SocketIo.h"
#include "SocketIoClient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using kora::net::SocketIoClient;
using kora::test::ServerFixture;
using State = SocketIoClient::State;
using AckResult = SocketIoClient::AckResult;
using Login = ServerFixture::Login;

namespace {

constexpr int WaitMs = 5000;

SocketIoClient::Options testOptions()
{
    SocketIoClient::Options o;
    o.ackTimeoutMs = 5000;
    o.handshakeTimeoutMs = 3000;
    o.reconnectBaseMs = 100;
    o.reconnectMaxMs = 1000;
    o.watchNetwork = false; // no D-Bus round trips in every test
    return o;
}

// One ack handler's result, shared with the handler.
struct AckProbe
{
    std::shared_ptr<std::optional<AckResult>> result = std::make_shared<std::optional<AckResult>>();
    std::shared_ptr<int> calls = std::make_shared<int>(0);

    SocketIoClient::AckHandler handler() const
    {
        return [result = result, calls = calls](const AckResult &r) {
            ++*calls;
            result->emplace(r);
        };
    }
    bool done() const { return result->has_value(); }
    bool ok() const { return done() && result->value().hasValue(); }
    QJsonObject value() const { return ok() ? result->value().value() : QJsonObject(); }
    QString errorCode() const
    {
        if (!done())
            return u"<no answer>"_s;
        return result->value().hasValue() ? u"<ok>"_s : result->value().error().code;
    }
};

// emitWithAck, waited for.
AckProbe call(SocketIoClient &client, const QString &name, const QJsonObject &payload,
              int timeoutMs = -1)
{
    AckProbe probe;
    client.emitWithAck(name, payload, &client, probe.handler(), timeoutMs);
    (void)QTest::qWaitFor([&] { return probe.done(); }, WaitMs);
    return probe;
}

bool connectClient(SocketIoClient &client, const QUrl &url, const QString &token)
{
    client.setServerUrl(url);
    client.setToken(token);
    client.open();
    return QTest::qWaitFor([&] { return client.state() == State::Connected; }, WaitMs);
}

QJsonObject textMessage(const QString &conversationId, const QString &body)
{
    return {{u"conversationId"_s, conversationId},
            {u"clientId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"kind"_s, u"text"_s},
            {u"body"_s, body}};
}

QJsonObject conversation(const QString &conversationId)
{
    return {{u"conversationId"_s, conversationId}};
}

// The payloads of the `name` events a spy on eventReceived has seen.
QList<QJsonObject> eventsNamed(const QSignalSpy &spy, const QString &name)
{
    QList<QJsonObject> out;
    for (const QList<QVariant> &args : spy) {
        if (args.at(0).toString() == name)
            out.append(args.at(1).toJsonObject());
    }
    return out;
}

bool sawMessage(const QSignalSpy &spy, const QString &messageId)
{
    const QList<QJsonObject> events = eventsNamed(spy, u"new_message"_s);
    return std::any_of(events.begin(), events.end(), [&](const QJsonObject &e) {
        return e.value("message"_L1).toObject().value("id"_L1).toString() == messageId;
    });
}

QList<State> statesOf(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<State>());
    return out;
}

// tests/interop/stock-server.mjs in a node process.
class StockServer
{
public:
    StockServer() { m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); }
    ~StockServer() { stop(); }

    bool start(const QStringList &arguments = {})
    {
        m_process.setProgram(QStringLiteral(KORA_NODE));
        m_process.setArguments(QStringList{QStringLiteral(KORA_STOCK_SERVER)} + arguments);
        QSignalSpy output(&m_process, &QProcess::readyReadStandardOutput);
        m_process.start();
        if (!m_process.waitForStarted(WaitMs))
            return false;
        static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)"_s);
        QByteArray seen;
        for (;;) {
            seen += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(seen));
            if (match.hasMatch()) {
                m_port = match.captured(1).toUShort();
                return m_port != 0;
            }
            if (m_process.state() != QProcess::Running || !output.wait(10000))
                return false;
        }
    }
    // A crash: SIGKILL, the OS closes the sockets.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(WaitMs);
    }
    // SIGTERM, the script closes socket.io and exits.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            kill();
    }
    quint16 port() const { return m_port; }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// A websocket server in this process that says exactly what a test tells it.
class FakeServer : public QObject
{
public:
    FakeServer()
    {
        connect(&m_server, &QWebSocketServer::newConnection, this, &FakeServer::onConnection);
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void stopListening() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port ? m_port : port())); }
    void rememberPort() { m_port = port(); }

    static QByteArray handshake(int pingIntervalMs = 25000, int pingTimeoutMs = 20000)
    {
        return kora::eio::encodeOpen({u"fake-sid"_s, pingIntervalMs, pingTimeoutMs, 1000000});
    }

    QList<QByteArray> greeting; // sent on every new connection
    bool acceptConnect = false; // answers a namespace CONNECT with 40{sid}
    int connections = 0;
    int closed = 0;
    QList<QUrl> requestUrls;
    QList<QByteArray> received;

private:
    void onConnection()
    {
        while (QWebSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            ++connections;
            requestUrls.append(socket->requestUrl());
            connect(socket, &QWebSocket::disconnected, this, [this] { ++closed; });
            connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &text) {
                        const QByteArray frame = text.toUtf8();
                        received.append(frame);
                        if (acceptConnect && frame.startsWith("40"))
                            socket->sendTextMessage(u"40{\"sid\":\"fake-socket\"}"_s);
                    });
            for (const QByteArray &frame : std::as_const(greeting))
                socket->sendTextMessage(QString::fromUtf8(frame));
        }
    }

    QWebSocketServer m_server{u"fake"_s, QWebSocketServer::NonSecureMode};
    quint16 m_port = 0;
};

} // namespace

class TestSocketIoClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    // Against kora-server.
    void connectsWithTokenOnlyInConnectPacket();
    void joinSendAndReceive();
    void ackErrorSurfaces();
    void badTokenIsUnauthorizedWithoutLoop();
    void answersServerPings();
    void serverGoneFailsPendingAcksAndWaits();
    void offlineCallFailsAsynchronously();
    void destroyedContextIsNeverCalled();
    void destroyingTheClientAnywhereIsSafe();
    void closeStopsEverything();

    // Against a fake server saying exactly what the test wants.
    void malformedFramesDropTheLink_data();
    void malformedFramesDropTheLink();
    void handshakeTimeoutReconnects();
    void silentServerIsDeadLink();
    void reconnectNowSkipsTheWait();

    // Against a stock socket.io 4.8 server.
    void stockSendAckAndBroadcast();
    void stockAckTimeout();
    void stockPingsAnswered();
    void stockRestartReconnectsByItself();
    void stockBadTokenIsUnauthorizedWithoutLoop();

private:
    bool stockReady();

    std::unique_ptr<ServerFixture> m_fx;
    StockServer m_stock;
    StockServer m_stock2;
    bool m_haveStockModules = false;
};

void TestSocketIoClient::initTestCase()
{
    qRegisterMetaType<State>();
    const QDir interop = QFileInfo(QStringLiteral(KORA_STOCK_SERVER)).dir();
    m_haveStockModules = interop.exists(u"node_modules/socket.io/package.json"_s);
}

void TestSocketIoClient::cleanup()
{
    m_fx.reset();
    m_stock.stop();
    m_stock2.stop();
}

bool TestSocketIoClient::stockReady()
{
    if (!m_haveStockModules) {
        qWarning("socket.io is not installed: run `npm ci` in tests/interop");
        return false;
    }
    return true;
}

// --- kora-server -----------------------------------------------------------

void TestSocketIoClient::connectsWithTokenOnlyInConnectPacket()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    QVERIFY(!ama.token.isEmpty());

    SocketIoClient::Options options = testOptions();
    options.watchNetwork = true; // loads QNetworkInformation, or carries on without it
    SocketIoClient client(options);
    client.setServerUrl(m_fx->url());
    QCOMPARE(client.socketUrl(),
             QUrl(u"ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket"_s.arg(m_fx->port())));
    QVERIFY(!client.socketUrl().toString().contains(ama.token));

    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    QSignalSpy connected(&client, &SocketIoClient::connected);
    client.setToken(ama.token);
    client.open();
    QVERIFY(connected.wait(WaitMs));
    QCOMPARE(client.state(), State::Connected);
    QCOMPARE(statesOf(states), (QList<State>{State::Connecting, State::Connected}));
    QCOMPARE(client.reconnectAttempts(), 0);
    QTRY_COMPARE(m_fx->server().hub().sessionCount(), 1);
}

void TestSocketIoClient::joinSendAndReceive()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const Login kofi = m_fx->login(u"kofi"_s);
    const QString conversationId = m_fx->directConversation(ama, kofi);
    QVERIFY(!conversationId.isEmpty());

    SocketIoClient amaClient(testOptions());
    SocketIoClient kofiClient(testOptions());
    QSignalSpy kofiEvents(&kofiClient, &SocketIoClient::eventReceived);
    QVERIFY(connectClient(amaClient, m_fx->url(), ama.token));
    QVERIFY(connectClient(kofiClient, m_fx->url(), kofi.token));

    const AckProbe joined = call(amaClient, u"join_conversation"_s, conversation(conversationId));
    QVERIFY2(joined.ok(), qPrintable(joined.errorCode()));
    QCOMPARE(joined.value().value("ok"_L1), QJsonValue(true));

    const QJsonObject send = textMessage(conversationId, u"Hello from the client"_s);
    const AckProbe sent = call(amaClient, u"send_message"_s, send);
    QVERIFY2(sent.ok(), qPrintable(sent.errorCode()));
    const QJsonObject message = sent.value().value("message"_L1).toObject();
    QCOMPARE(message.value("clientId"_L1), send.value("clientId"_L1));
    QCOMPARE(message.value("conversationId"_L1).toString(), conversationId);
    QCOMPARE(message.value("senderId"_L1).toString(), ama.userId);
    QCOMPARE(message.value("body"_L1).toString(), u"Hello from the client"_s);
    QVERIFY(message.value("seq"_L1).toInteger() > 0);

    const QString messageId = message.value("id"_L1).toString();
    QTRY_VERIFY_WITH_TIMEOUT(sawMessage(kofiEvents, messageId), WaitMs);
}

void TestSocketIoClient::ackErrorSurfaces()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const Login kofi = m_fx->login(u"kofi"_s);
    const Login yaw = m_fx->login(u"yaw"_s);
    const QString othersConversation = m_fx->directConversation(kofi, yaw);
    QVERIFY(!othersConversation.isEmpty());

    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_fx->url(), ama.token));
    const AckProbe sent =
        call(client, u"send_message"_s, textMessage(othersConversation, u"not mine"_s));
    QVERIFY(sent.done());
    QCOMPARE(sent.errorCode(), kora::proto::code::Forbidden);
    QVERIFY(!sent.result->value().error().message.isEmpty());
    QCOMPARE(*sent.calls, 1);
    QCOMPARE(client.state(), State::Connected); // an error is an answer, not a broken link
}

void TestSocketIoClient::badTokenIsUnauthorizedWithoutLoop()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));

    SocketIoClient client(testOptions());
    QSignalSpy unauthorized(&client, &SocketIoClient::unauthorized);
    QSignalSpy connected(&client, &SocketIoClient::connected);
    client.setServerUrl(m_fx->url());
    client.setToken(u"not-a-valid-token"_s);
    client.open();
    QVERIFY(unauthorized.wait(WaitMs));
    QCOMPARE(unauthorized.first().at(0).toString(), u"unauthorized"_s);
    QCOMPARE(client.state(), State::Unauthorized);
    const int attempts = client.reconnectAttempts();

    // No loop: nothing moves on its own, however long one waits (several
    // backoff periods here), and reconnectNow() does not bring it back.
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    client.reconnectNow();
    QVERIFY(!states.wait(1500));
    QCOMPARE(client.state(), State::Unauthorized);
    QCOMPARE(client.reconnectAttempts(), attempts);
    QCOMPARE(connected.size(), 0);
    QTRY_COMPARE(m_fx->server().hub().sessionCount(), 0);

    // The way out: a new token and open().
    client.setToken(m_fx->login(u"ama"_s).token);
    client.open();
    QVERIFY(connected.wait(WaitMs));
    QCOMPARE(client.state(), State::Connected);
}

void TestSocketIoClient::answersServerPings()
{
    auto config = ServerFixture::defaultConfig();
    config.pingIntervalMs = 200;
    config.pingTimeoutMs = 200;
    m_fx = std::make_unique<ServerFixture>(config);
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const QString conversationId = m_fx->directConversation(ama, m_fx->login(u"kofi"_s));

    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_fx->url(), ama.token));
    // Six pings go by; an unanswered one would make the server drop the
    // socket within 200 ms, a missed one would trip the client's watchdog.
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    QVERIFY(!states.wait(1200));
    QCOMPARE(client.state(), State::Connected);
    QCOMPARE(m_fx->server().hub().sessionCount(), 1);
    QVERIFY(call(client, u"join_conversation"_s, conversation(conversationId)).ok());
}

void TestSocketIoClient::serverGoneFailsPendingAcksAndWaits()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const QString conversationId = m_fx->directConversation(ama, m_fx->login(u"kofi"_s));

    SocketIoClient::Options options = testOptions();
    options.reconnectBaseMs = 20000; // stay in WaitingToReconnect while the test looks
    options.reconnectMaxMs = 20000;
    SocketIoClient client(options);
    QVERIFY(connectClient(client, m_fx->url(), ama.token));
    QSignalSpy disconnected(&client, &SocketIoClient::disconnected);

    AckProbe pending;
    client.emitWithAck(u"send_message"_s, textMessage(conversationId, u"in flight"_s), &client,
                       pending.handler());
    m_fx.reset(); // before the event loop lets the server read the frame

    QVERIFY(disconnected.wait(WaitMs));
    QCOMPARE(client.state(), State::WaitingToReconnect);
    QCOMPARE(client.reconnectAttempts(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(pending.done(), WaitMs);
    QCOMPARE(pending.errorCode(), kora::net::ackerror::Disconnected);
    QCOMPARE(*pending.calls, 1);
    QCOMPARE(disconnected.size(), 1);
}

void TestSocketIoClient::offlineCallFailsAsynchronously()
{
    SocketIoClient client(testOptions());
    AckProbe probe;
    client.emitWithAck(u"join_conversation"_s, conversation(u"x"_s), nullptr, probe.handler());
    QVERIFY(!probe.done()); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(probe.done(), WaitMs);
    QCOMPARE(probe.errorCode(), kora::net::ackerror::Offline);

    // Plain events while offline are dropped, with a warning.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not connected: event dropped"_s));
    client.emitEvent(u"typing_start"_s, conversation(u"x"_s));
}

void TestSocketIoClient::destroyedContextIsNeverCalled()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const QString conversationId = m_fx->directConversation(ama, m_fx->login(u"kofi"_s));

    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_fx->url(), ama.token));

    auto *context = new QObject;
    AckProbe dropped;
    client.emitWithAck(u"join_conversation"_s, conversation(conversationId), context,
                       dropped.handler());
    delete context;
    // The server answers one socket in order: once this ack is back, the
    // first one has arrived too, and was dropped.
    QVERIFY(call(client, u"join_conversation"_s, conversation(conversationId)).ok());
    QCOMPARE(*dropped.calls, 0);

    // Same for a context destroyed before an offline failure is delivered.
    client.close();
    auto *offlineContext = new QObject;
    AckProbe offline;
    client.emitWithAck(u"join_conversation"_s, conversation(conversationId), offlineContext,
                       offline.handler());
    delete offlineContext;
    AckProbe after;
    client.emitWithAck(u"join_conversation"_s, conversation(conversationId), &client,
                       after.handler());
    QTRY_VERIFY_WITH_TIMEOUT(after.done(), WaitMs); // queued after the first one
    QCOMPARE(*offline.calls, 0);
}

void TestSocketIoClient::destroyingTheClientAnywhereIsSafe()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);
    const Login kofi = m_fx->login(u"kofi"_s);
    const QString conversationId = m_fx->directConversation(ama, kofi);
    auto flushDeletes = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); };

    // While connecting.
    {
        auto *client = new SocketIoClient(testOptions());
        client->setServerUrl(m_fx->url());
        client->setToken(ama.token);
        client->open();
        QCOMPARE(client->state(), State::Connecting);
        delete client;
        flushDeletes();
    }
    // From its own connected() signal.
    {
        QPointer<SocketIoClient> client = new SocketIoClient(testOptions());
        connect(client, &SocketIoClient::connected, client, [&client] { delete client; });
        client->setServerUrl(m_fx->url());
        client->setToken(ama.token);
        client->open();
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), WaitMs);
        flushDeletes();
    }
    // From eventReceived, in the middle of the socket's frame processing.
    {
        QPointer<SocketIoClient> client = new SocketIoClient(testOptions());
        QVERIFY(connectClient(*client, m_fx->url(), kofi.token));
        connect(client, &SocketIoClient::eventReceived, client, [&client] { delete client; });
        SocketIoClient sender(testOptions());
        QVERIFY(connectClient(sender, m_fx->url(), ama.token));
        QVERIFY(call(sender, u"send_message"_s, textMessage(conversationId, u"bye"_s)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), WaitMs);
        flushDeletes();
    }
    // From an ack handler, with more acks pending behind it.
    {
        QPointer<SocketIoClient> client = new SocketIoClient(testOptions());
        QVERIFY(connectClient(*client, m_fx->url(), ama.token));
        AckProbe second;
        client->emitWithAck(u"join_conversation"_s, conversation(conversationId), client,
                            [&client](const AckResult &) { delete client; });
        client->emitWithAck(u"join_conversation"_s, conversation(conversationId), client,
                            second.handler());
        QTRY_VERIFY_WITH_TIMEOUT(client.isNull(), WaitMs);
        flushDeletes();
        QCOMPARE(*second.calls, 0); // pending handlers die with the client
    }
    // From stateChanged when the link is lost, and while waiting to reconnect.
    {
        QPointer<SocketIoClient> first = new SocketIoClient(testOptions());
        QPointer<SocketIoClient> second = new SocketIoClient(testOptions());
        QVERIFY(connectClient(*first, m_fx->url(), ama.token));
        QVERIFY(connectClient(*second, m_fx->url(), kofi.token));
        connect(first, &SocketIoClient::stateChanged, first, [&first](State state) {
            if (state == State::WaitingToReconnect)
                delete first;
        });
        m_fx.reset();
        QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(second->state(), State::WaitingToReconnect, WaitMs);
        delete second;
        flushDeletes();
    }
}

void TestSocketIoClient::closeStopsEverything()
{
    m_fx = std::make_unique<ServerFixture>();
    QVERIFY2(m_fx->ok(), qPrintable(m_fx->error()));
    const Login ama = m_fx->login(u"ama"_s);

    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_fx->url(), ama.token));
    QTRY_COMPARE(m_fx->server().hub().sessionCount(), 1);
    QSignalSpy disconnected(&client, &SocketIoClient::disconnected);
    client.close();
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(disconnected.size(), 1);
    // The server sees the socket go (a clean close, "41" first).
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server().hub().sessionCount(), 0, WaitMs);
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    QVERIFY(!states.wait(500)); // and no reconnect follows

    // Open again after close.
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, WaitMs);
    client.close();

    // close() from the client's own signals, mid-connect and on connect.
    QSignalSpy connected(&client, &SocketIoClient::connected);
    auto closeWhen = [&client](State when) {
        return connect(&client, &SocketIoClient::stateChanged, &client, [&client, when](State s) {
            if (s == when)
                client.close();
        });
    };
    for (const State when : {State::Connecting, State::Connected}) {
        const QMetaObject::Connection closer = closeWhen(when);
        states.clear();
        client.open();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, WaitMs);
        QVERIFY(!states.wait(300)); // it stays closed
        disconnect(closer);
    }
    QCOMPARE(connected.size(), 0); // closed before anyone was told it connected
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server().hub().sessionCount(), 0, WaitMs);
}

// --- fake server -----------------------------------------------------------

void TestSocketIoClient::malformedFramesDropTheLink_data()
{
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::addColumn<QString>("warning");
    const QByteArray open = FakeServer::handshake();
    QTest::newRow("handshake not JSON") << QList<QByteArray>{"0{nope"} << u"handshake"_s;
    QTest::newRow("handshake without sid")
        << QList<QByteArray>{"0{\"pingInterval\":1}"} << u"handshake"_s;
    QTest::newRow("unknown engine type") << QList<QByteArray>{"9hello"} << u"malformed Engine"_s;
    QTest::newRow("empty frame") << QList<QByteArray>{""} << u"malformed Engine"_s;
    QTest::newRow("message before handshake")
        << QList<QByteArray>{"40{\"sid\":\"x\"}"} << u"before the handshake"_s;
    QTest::newRow("second handshake") << QList<QByteArray>{open, open} << u"second"_s;
    QTest::newRow("broken event JSON")
        << QList<QByteArray>{open, "42[\"new_message\",{"} << u"malformed Socket.IO"_s;
    QTest::newRow("binary event") << QList<QByteArray>{open, "451-[\"x\",{\"_placeholder\":true}]"}
                                  << u"malformed Socket.IO"_s;
    QTest::newRow("connect without sid") << QList<QByteArray>{open, "40{}"} << u"without a sid"_s;
    QTest::newRow("ack id out of range")
        << QList<QByteArray>{open, "4399999999999999999[{}]"} << u"malformed Socket.IO"_s;
}

void TestSocketIoClient::malformedFramesDropTheLink()
{
    QFETCH(QList<QByteArray>, frames);
    QFETCH(QString, warning);
    FakeServer server;
    server.greeting = frames;
    QVERIFY(server.listen());

    SocketIoClient client(testOptions());
    // Logged once per dropped link; the first two drops are checked.
    const QRegularExpression logged(QRegularExpression::escape(warning));
    QTest::ignoreMessage(QtWarningMsg, logged);
    QTest::ignoreMessage(QtWarningMsg, logged);
    client.setServerUrl(server.url());
    client.setToken(u"t"_s);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, WaitMs); // the client dropped the link
    QVERIFY(client.reconnectAttempts() >= 1);
    // ... and comes back (to be dropped again), without ever being connected.
    QTRY_VERIFY_WITH_TIMEOUT(server.connections >= 2 && server.closed >= 2, WaitMs);
    QVERIFY(client.state() != State::Connected);
    client.close();
}

void TestSocketIoClient::handshakeTimeoutReconnects()
{
    FakeServer server; // accepts the websocket, says nothing
    QVERIFY(server.listen());
    SocketIoClient::Options options = testOptions();
    options.handshakeTimeoutMs = 300;
    options.reconnectBaseMs = 20000;
    options.reconnectMaxMs = 20000;
    SocketIoClient client(options);
    client.setServerUrl(server.url());
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections, 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::WaitingToReconnect, WaitMs);
    QCOMPARE(client.reconnectAttempts(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, WaitMs);
}

void TestSocketIoClient::silentServerIsDeadLink()
{
    FakeServer server; // handshakes and accepts, then never pings
    server.greeting = {FakeServer::handshake(100, 100)};
    server.acceptConnect = true;
    QVERIFY(server.listen());
    SocketIoClient::Options options = testOptions();
    options.reconnectBaseMs = 20000;
    options.reconnectMaxMs = 20000;
    SocketIoClient client(options);
    QSignalSpy connected(&client, &SocketIoClient::connected);
    QSignalSpy disconnected(&client, &SocketIoClient::disconnected);
    client.setServerUrl(server.url());
    client.setToken(u"secret-token"_s);
    client.open();
    QVERIFY(connected.wait(WaitMs));

    // The token is in the CONNECT packet, never in the URL.
    QCOMPARE(server.received.value(0), QByteArray(R"(40{"token":"secret-token"})"));
    const QUrl requestUrl = server.requestUrls.value(0);
    QCOMPARE(requestUrl.path(), u"/socket.io/"_s);
    QCOMPARE(QUrlQuery(requestUrl).queryItemValue(u"EIO"_s), u"4"_s);
    QCOMPARE(QUrlQuery(requestUrl).queryItemValue(u"transport"_s), u"websocket"_s);
    QVERIFY(!requestUrl.toString().contains(u"secret-token"_s));

    // No ping for pingInterval + pingTimeout (200 ms): the link is dead.
    QVERIFY(disconnected.wait(WaitMs));
    QCOMPARE(client.state(), State::WaitingToReconnect);
    QTRY_COMPARE_WITH_TIMEOUT(server.closed, 1, WaitMs);
}

void TestSocketIoClient::reconnectNowSkipsTheWait()
{
    FakeServer server;
    server.greeting = {FakeServer::handshake()};
    server.acceptConnect = true;
    QVERIFY(server.listen());
    server.rememberPort();
    server.stopListening(); // connection refused from now on

    SocketIoClient::Options options = testOptions();
    options.reconnectBaseMs = 60000;
    options.reconnectMaxMs = 60000;
    SocketIoClient client(options);
    client.setServerUrl(server.url());
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::WaitingToReconnect, WaitMs);
    QCOMPARE(client.reconnectAttempts(), 1);

    QVERIFY(server.listen(server.url().port()));
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    client.reconnectNow();
    QCOMPARE(client.state(), State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, WaitMs);
    QCOMPARE(client.reconnectAttempts(), 0); // reset by the successful connect
}

// --- stock socket.io server ------------------------------------------------

void TestSocketIoClient::stockSendAckAndBroadcast()
{
    QVERIFY(stockReady());
    QVERIFY(m_stock.start());
    SocketIoClient sender(testOptions());
    SocketIoClient receiver(testOptions());
    QSignalSpy senderEvents(&sender, &SocketIoClient::eventReceived);
    QSignalSpy receiverEvents(&receiver, &SocketIoClient::eventReceived);
    QVERIFY(connectClient(sender, m_stock.url(), u"good-token"_s));
    QVERIFY(connectClient(receiver, m_stock.url(), u"good-token"_s));
    QVERIFY(call(sender, u"join_conversation"_s, conversation(u"room-1"_s)).ok());
    QVERIFY(call(receiver, u"join_conversation"_s, conversation(u"room-1"_s)).ok());

    const QJsonObject send = textMessage(u"room-1"_s, u"hello stock"_s);
    const AckProbe sent = call(sender, u"send_message"_s, send);
    QVERIFY2(sent.ok(), qPrintable(sent.errorCode()));
    const QJsonObject message = sent.value().value("message"_L1).toObject();
    QCOMPARE(message.value("seq"_L1).toInt(), 1);
    QCOMPARE(message.value("senderId"_L1).toString(), u"stock"_s);
    QCOMPARE(message.value("clientId"_L1), send.value("clientId"_L1));
    const QString messageId = message.value("id"_L1).toString();

    // A broadcast: the stock server appends its recovery offset as a last
    // argument; the payload is still the first one.
    QTRY_VERIFY_WITH_TIMEOUT(sawMessage(receiverEvents, messageId), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(sawMessage(senderEvents, messageId), WaitMs);
    const QJsonObject received = eventsNamed(receiverEvents, u"new_message"_s).constLast();
    QCOMPARE(received.value("message"_L1).toObject(), message);

    // An error ack from the stock server.
    QJsonObject broken = send;
    broken.remove("clientId"_L1);
    const AckProbe refused = call(sender, u"send_message"_s, broken);
    QCOMPARE(refused.errorCode(), kora::proto::code::Invalid);
}

void TestSocketIoClient::stockAckTimeout()
{
    QVERIFY(stockReady());
    QVERIFY(m_stock.start());
    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_stock.url(), u"good-token"_s));

    AckProbe probe;
    client.emitWithAck(u"never_acks"_s, {}, &client, probe.handler(), 300);
    QTRY_VERIFY_WITH_TIMEOUT(probe.done(), WaitMs);
    QCOMPARE(probe.errorCode(), kora::net::ackerror::Timeout);
    QCOMPARE(*probe.calls, 1);
    // A timeout is about the call, not the link.
    QCOMPARE(client.state(), State::Connected);
    QVERIFY(call(client, u"join_conversation"_s, conversation(u"room-2"_s)).ok());
}

void TestSocketIoClient::stockPingsAnswered()
{
    QVERIFY(stockReady());
    QVERIFY(m_stock.start({u"--fast-ping"_s}));
    SocketIoClient client(testOptions());
    QVERIFY(connectClient(client, m_stock.url(), u"good-token"_s));
    // pingInterval 300 ms: five pings, each to be answered within 300 ms.
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    QVERIFY(!states.wait(1500));
    QCOMPARE(client.state(), State::Connected);
    QVERIFY(call(client, u"join_conversation"_s, conversation(u"room-3"_s)).ok());
}

void TestSocketIoClient::stockRestartReconnectsByItself()
{
    QVERIFY(stockReady());
    QVERIFY(m_stock.start());
    const quint16 port = m_stock.port();
    SocketIoClient client(testOptions());
    QSignalSpy connected(&client, &SocketIoClient::connected);
    QSignalSpy disconnected(&client, &SocketIoClient::disconnected);
    QVERIFY(connectClient(client, m_stock.url(), u"good-token"_s));

    m_stock.kill();
    QVERIFY(disconnected.wait(WaitMs));
    QVERIFY(client.state() == State::WaitingToReconnect || client.state() == State::Connecting);

    QVERIFY(m_stock2.start({u"--port"_s, QString::number(port)}));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 15000);
    QCOMPARE(client.state(), State::Connected);
    QCOMPARE(client.reconnectAttempts(), 0);
    QVERIFY(call(client, u"join_conversation"_s, conversation(u"room-4"_s)).ok());
    const AckProbe sent = call(client, u"send_message"_s, textMessage(u"room-4"_s, u"again"_s));
    QVERIFY2(sent.ok(), qPrintable(sent.errorCode()));
    QCOMPARE(sent.value().value("message"_L1).toObject().value("seq"_L1).toInt(), 1);
}

void TestSocketIoClient::stockBadTokenIsUnauthorizedWithoutLoop()
{
    QVERIFY(stockReady());
    QVERIFY(m_stock.start());
    SocketIoClient client(testOptions());
    QSignalSpy unauthorized(&client, &SocketIoClient::unauthorized);
    client.setServerUrl(m_stock.url());
    client.setToken(u"bad-token"_s);
    client.open();
    QVERIFY(unauthorized.wait(WaitMs));
    QCOMPARE(unauthorized.first().at(0).toString(), u"unauthorized"_s);
    QCOMPARE(client.state(), State::Unauthorized);
    const int attempts = client.reconnectAttempts();
    QSignalSpy states(&client, &SocketIoClient::stateChanged);
    QVERIFY(!states.wait(1500));
    QCOMPARE(client.reconnectAttempts(), attempts);

    client.setToken(u"good-token"_s);
    client.open();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Connected, WaitMs);
}

QTEST_GUILESS_MAIN(TestSocketIoClient)
#include "tst_socketioclient.moc"
