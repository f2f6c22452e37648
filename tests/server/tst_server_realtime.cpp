// Integration tests of kora-server's realtime side: Socket.IO 5 over Engine.IO 4
// on a websocket, against the contract in protocol.md (sections 1, 4 and 5).
// Every test talks to an in-process server (ServerFixture) through raw
// Socket.IO clients (SioTestClient); nothing sleeps. "Nothing arrived" is
// checked after a round trip (an acked event) on the socket concerned: the
// server writes to one socket in order, so once the round trip is back,
// anything it sent that socket earlier has arrived.

#include "ChatService.h"
#include "ClusterBus.h"
#include "KoraServer.h"
#include "RealtimeHub.h"
#include "ServerFixture.h"
#include "SioTestClient.h"
#include "SocketIo.h"
#include "TokenService.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::SioTestClient;
using Login = kora::test::ServerFixture::Login;

namespace {

constexpr qint64 firstRawAckId = 100000; // far from SioTestClient's own ack ids

// SioTestClient plus a record of every raw text frame the server sent, and
// events with ack ids sent without waiting (their acks read from the record).
class RtClient : public SioTestClient
{
public:
    RtClient()
    {
        QObject::connect(&socket(), &QWebSocket::textMessageReceived, this,
                         [this](const QString &text) { raw.append(text.toUtf8()); });
    }

    QList<QByteArray> raw;

    qint64 emitWithAck(const QString &name, const QJsonValue &payload)
    {
        const qint64 id = m_nextRawAck++;
        sendRaw(kora::sio::eventFrame(name, payload, id));
        return id;
    }
    // Sends `42<id><json>` with a hand-made JSON array.
    qint64 sendEventJsonWithAck(const QByteArray &json)
    {
        const qint64 id = m_nextRawAck++;
        sendRaw("42" + QByteArray::number(id) + json);
        return id;
    }

    std::optional<QJsonObject> rawAck(qint64 id) const
    {
        for (const QByteArray &frame : raw) {
            if (!frame.startsWith("43"))
                continue;
            const auto packet = kora::sio::decode(QByteArrayView(frame).sliced(1));
            if (packet && packet->type == kora::sio::PacketType::Ack && packet->ackId == id)
                return packet->data.toArray().first().toObject();
        }
        return std::nullopt;
    }
    std::optional<QJsonObject> waitRawAck(qint64 id, int timeoutMs = 5000)
    {
        std::optional<QJsonObject> found;
        const bool arrived = QTest::qWaitFor(
            [&] {
                found = rawAck(id);
                return found.has_value();
            },
            timeoutMs);
        Q_UNUSED(arrived);
        return found;
    }

    // A round trip; see the comment at the top of the file.
    bool sync()
    {
        const auto ack = call(u"get_online_status"_s, QJsonObject{{u"userIds"_s, QJsonArray()}});
        return ack && ack->value("ok"_L1).toBool();
    }

    QList<QJsonObject> payloadsOf(const QString &name) const
    {
        QList<QJsonObject> out;
        for (const Event &e : events) {
            if (e.name == name)
                out.append(e.payload);
        }
        return out;
    }
    int countMessageEvents(const QString &name, const QString &messageId) const
    {
        int n = 0;
        for (const QJsonObject &p : payloadsOf(name))
            n += p.value("message"_L1).toObject().value("id"_L1).toString() == messageId;
        return n;
    }

    bool isOpen() { return socket().state() == QAbstractSocket::ConnectedState; }

private:
    qint64 m_nextRawAck = firstRawAckId;
};

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describe(const std::optional<QJsonObject> &ack)
{
    return ack ? compact(*ack) : u"<no ack>"_s;
}

// The error code of an ack, or a marker saying why there is none. An error
// must be {ok:false, error:{code, message}}.
QString errorCode(const std::optional<QJsonObject> &ack)
{
    if (!ack)
        return u"<no ack>"_s;
    const QJsonValue ok = ack->value("ok"_L1);
    if (!ok.isBool())
        return u"<no boolean ok: "_s + compact(*ack) + u">"_s;
    if (ok.toBool())
        return u"<ok:true>"_s;
    const QJsonObject error = ack->value("error"_L1).toObject();
    if (!error.value("message"_L1).isString())
        return u"<error without message: "_s + compact(*ack) + u">"_s;
    return error.value("code"_L1).toString();
}

bool isOk(const std::optional<QJsonObject> &ack)
{
    return ack && ack->value("ok"_L1).isBool() && ack->value("ok"_L1).toBool();
}

QJsonObject messageOf(const std::optional<QJsonObject> &ack)
{
    return ack ? ack->value("message"_L1).toObject() : QJsonObject();
}

QString newClientId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject sendPayload(const QString &conversationId, const QString &clientId, const QString &body)
{
    return {{u"conversationId"_s, conversationId},
            {u"clientId"_s, clientId},
            {u"kind"_s, u"text"_s},
            {u"body"_s, body}};
}

QJsonObject cursorPayload(const QString &conversationId, qint64 seq)
{
    return {{u"conversationId"_s, conversationId}, {u"seq"_s, seq}};
}

QUrl socketUrl(const ServerFixture &fx, const QString &query)
{
    QUrl url = fx.url(u"/socket.io/"_s);
    url.setScheme(u"ws"_s);
    url.setQuery(query);
    return url;
}

QJsonObject parseObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
}

QString messagesPath(const QString &conversationId, const QString &query = {})
{
    return u"/api/v1/conversations/"_s + conversationId + u"/messages"_s +
           (query.isEmpty() ? QString() : u"?"_s + query);
}

qint64 lastSeqOf(ServerFixture &fx, const Login &who, const QString &conversationId)
{
    const auto r = fx.get(u"/api/v1/conversations/"_s + conversationId, who.token);
    return r.status == 200 ? r.json.value("lastSeq"_L1).toInteger(-1) : -1;
}

const QRegularExpression &isoUtcMs()
{
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
    return re;
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

#define VERIFY_OK(ack) QVERIFY2(isOk(ack), qPrintable(describe(ack)))
#define COMPARE_ERROR(ack, code) QCOMPARE(errorCode(ack), QStringLiteral(code))
#define CONNECT_AS(client, fx, login)                                                              \
    QVERIFY2((client).connectWithToken((fx).url(), (login).token),                                 \
             (client).lastConnectFrame().constData())

class TestServerRealtime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // 1. Engine.IO handshake
    void handshakeFrame();
    void handshakeRefusesWrongQuery_data();
    void handshakeRefusesWrongQuery();
    void refusedHandshakesReleaseTheirSession();
    void peopleSearchShowsPresenceOnlyToContacts();
    void floodingSocketIsClosed();
    void socketEndsWhenItsTokenExpires();
    void onlineStatusAnswersEachIdOnce();
    // 2. Namespace connect
    void connectWithValidToken();
    void connectRefused_data();
    void connectRefused();
    void eventBeforeConnectClosesSocket();
    // 3. Fan-out of new messages
    void sendMessageReachesEveryParticipantSocket();
    // 4. Idempotent sends
    void sameClientIdStoresOnce();
    void sameClientIdTwiceInOneBatchStoresOnce();
    void retryInABatchSpendsNoRateBudget();
    // 5. Gap-free seq under concurrency
    void concurrentSendsGetContiguousSeqs();
    // 6. Edit and delete
    void editAndDelete();
    // 7. Typing
    void typingIndicators();
    // 8. Receipts
    void readAndDeliveredReceipts();
    // 9. Presence
    void presence();
    // 10. Authorization
    void nonParticipantIsForbidden();
    void membershipChangeReachesTheNextSend();
    void supportIsReadOnly();
    // 11. Malformed input
    void malformedFrameClosesSocket_data();
    void malformedFrameClosesSocket();
    void binaryFrameClosesSocket();
    void payloadAtMaxPayloadIsAccepted();
    void frameOverMaxPayloadIsRefusedWith1009();
    void unknownEventAndBadPayloadsAreInvalid();
    // 12. Heartbeat
    void heartbeat_data();
    void heartbeat();
    // 13. conversation_updated
    void conversationCreatedReachesParticipants();

private:
    std::unique_ptr<ServerFixture> m_shared; // for tests that change no chat state
    Login m_sharedAma;
};

void TestServerRealtime::initTestCase()
{
    m_shared = std::make_unique<ServerFixture>();
    QVERIFY2(m_shared->ok(), qPrintable(m_shared->error()));
    m_sharedAma = m_shared->login(u"ama"_s);
    QVERIFY(!m_sharedAma.token.isEmpty());
}

void TestServerRealtime::cleanupTestCase()
{
    m_shared.reset();
}

// ---------------------------------------------------------------- 1. handshake

void TestServerRealtime::handshakeFrame()
{
    const auto config = ServerFixture::defaultConfig();
    RtClient c;
    QVERIFY(c.open(m_shared->url()));
    QVERIFY(!c.raw.isEmpty());
    const QByteArray first = c.raw.first();
    QVERIFY2(first.startsWith("0{"), first.constData());
    const QJsonObject open = parseObject(first.mid(1));
    QVERIFY2(!open.isEmpty(), first.constData());
    QVERIFY(open.value("sid"_L1).isString());
    QVERIFY(!open.value("sid"_L1).toString().isEmpty());
    QCOMPARE(open.value("upgrades"_L1), QJsonValue(QJsonArray()));
    QVERIFY(open.value("pingInterval"_L1).isDouble());
    QCOMPARE(open.value("pingInterval"_L1).toInteger(), qint64(config.pingIntervalMs));
    QVERIFY(open.value("pingTimeout"_L1).isDouble());
    QCOMPARE(open.value("pingTimeout"_L1).toInteger(), qint64(config.pingTimeoutMs));
    QCOMPARE(open.value("maxPayload"_L1).toInteger(), qint64(1000000));
    QCOMPARE(open.size(), 5);

    // Every socket gets its own sid.
    RtClient other;
    QVERIFY(other.open(m_shared->url()));
    QVERIFY(other.handshake().value("sid"_L1).toString() != open.value("sid"_L1).toString());
}

void TestServerRealtime::handshakeRefusesWrongQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("EIO=3") << u"EIO=3&transport=websocket"_s;
    QTest::newRow("polling transport") << u"EIO=4&transport=polling"_s;
    QTest::newRow("no EIO") << u"transport=websocket"_s;
}

void TestServerRealtime::handshakeRefusesWrongQuery()
{
    QFETCH(QString, query);
    RtClient c;
    QSignalSpy disconnected(&c.socket(), &QWebSocket::disconnected);
    c.socket().open(socketUrl(*m_shared, query));
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    QVERIFY(c.handshake().isEmpty());
    for (const QByteArray &frame : std::as_const(c.raw))
        QVERIFY2(!frame.startsWith('0'), frame.constData());
}

// A refused upgrade (e.g. an Engine.IO 3 client) leaves nothing behind: the
// server forgets the session, so kora_connections falls back and repeated
// refusals cannot pile up memory.
void TestServerRealtime::refusedHandshakesReleaseTheirSession()
{
    const auto openSockets = [this]() -> qint64 {
        const HttpResult r = m_shared->get(u"/metrics"_s, {});
        for (const QByteArray &line : r.body.split('\n'))
            if (line.startsWith("kora_connections "))
                return line.mid(int(qstrlen("kora_connections "))).toLongLong();
        return -1;
    };
    const qint64 before = openSockets();
    QVERIFY(before >= 0);
    constexpr int refusals = 20;
    for (int i = 0; i < refusals; ++i) {
        RtClient c;
        QSignalSpy disconnected(&c.socket(), &QWebSocket::disconnected);
        c.socket().open(socketUrl(*m_shared, u"EIO=3&transport=websocket"_s));
        QTRY_COMPARE_WITH_TIMEOUT(disconnected.count(), 1, 5000);
    }
    // Sockets of earlier tests may still be closing, so "no more than before".
    QTRY_VERIFY2_WITH_TIMEOUT(
        openSockets() <= before,
        qPrintable(
            u"%1 open after %2 refusals, %3 before"_s.arg(openSockets()).arg(refusals).arg(before)),
        5000);
}

// GET /users is not a presence or email oracle: presence only for people who
// already share a conversation with the viewer (as user_status), names
// matched in part, emails and ids only whole.
void TestServerRealtime::peopleSearchShowsPresenceOnlyToContacts()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login yaw = fx.login(u"yaw"_s);
    const Login efua = fx.login(u"efua"_s); // shares a conversation with Yaw
    const Login kofi = fx.login(u"kofi"_s); // does not
    const auto find = [&](const Login &viewer, const QString &query) {
        const HttpResult r =
            fx.get(u"/api/v1/users?query="_s + QString::fromLatin1(QUrl::toPercentEncoding(query)),
                   viewer.token);
        return r.json.value("users"_L1).toArray();
    };
    const auto only = [&](const Login &viewer, const QString &query) {
        const QJsonArray users = find(viewer, query);
        return users.size() == 1 ? users.first().toObject() : QJsonObject{};
    };

    RtClient yawSocket;
    CONNECT_AS(yawSocket, fx, yaw);
    QTRY_VERIFY(only(efua, u"yaw"_s).value("online"_L1).toBool());
    const QJsonObject toStranger = only(kofi, u"yaw"_s);
    QCOMPARE(toStranger.value("name"_L1).toString(), u"Yaw Boateng"_s);
    QCOMPARE(toStranger.value("online"_L1).toBool(), false);

    yawSocket.socket().close();
    QTRY_VERIFY(only(efua, u"yaw"_s).contains("lastSeenAt"_L1));
    QVERIFY(!only(kofi, u"yaw"_s).contains("lastSeenAt"_L1));
    QCOMPARE(only(kofi, u"yaw"_s).value("online"_L1).toBool(), false);

    // Emails: a whole one (any case) finds its person; parts find no one.
    QCOMPARE(only(kofi, u"Yaw@Demo.Kora"_s).value("id"_L1).toString(), yaw.userId);
    QCOMPARE(find(kofi, u"yaw@"_s).size(), 0);
    QCOMPARE(find(kofi, u"demo.kora"_s).size(), 0);
    QCOMPARE(find(kofi, u"@"_s).size(), 0);
    // Ids too (a kora://chat link names its person by id): whole, never in part.
    QCOMPARE(only(kofi, yaw.userId).value("name"_L1).toString(), u"Yaw Boateng"_s);
    QCOMPARE(find(kofi, yaw.userId.left(8)).size(), 0);
    QCOMPARE(find(kofi, kofi.userId).size(), 0); // never oneself
}

// One socket cannot keep the event loop busy: past its event budget it is
// closed with 1008 and a reason, and the peer heard a bounded number of
// typing changes; other sockets are served on.
void TestServerRealtime::floodingSocketIsClosed()
{
    auto config = ServerFixture::defaultConfig();
    config.eventLimitPer10s = 40;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    RtClient flooder, peer;
    CONNECT_AS(flooder, fx, ama);
    CONNECT_AS(peer, fx, kofi);
    QVERIFY(peer.sync());
    for (int i = 0; i < 2000 && flooder.isOpen(); ++i) {
        flooder.emitEvent(i % 2 ? u"typing_stop"_s : u"typing_start"_s,
                          {{u"conversationId"_s, conversation}});
        QCoreApplication::processEvents();
    }
    QVERIFY(flooder.waitForClosed(5000));
    QCOMPARE(int(flooder.socket().closeCode()), 1008);
    QVERIFY2(flooder.socket().closeReason().contains(u"events"_s),
             qPrintable(flooder.socket().closeReason()));
    QVERIFY(peer.sync()); // still served
    QVERIFY2(peer.countEvents(u"user_typing"_s) <= 41,
             qPrintable(QString::number(peer.countEvents(u"user_typing"_s))));
    // The same user connects again and is served.
    RtClient again;
    CONNECT_AS(again, fx, ama);
    QVERIFY(again.sync());
}

// An open socket does not outlive its token: it is closed at expiry with a
// reason, and connecting again with that token is refused.
void TestServerRealtime::socketEndsWhenItsTokenExpires()
{
    const kora::server::TokenService tokens(ServerFixture::defaultConfig().jwtSecret.toUtf8());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString shortLived = tokens.issue(
        {m_sharedAma.userId, u"worker"_s, u"Ama"_s, now.addSecs(-60), now.addMSecs(1500)});
    RtClient c;
    QVERIFY2(c.connectWithToken(m_shared->url(), shortLived), c.lastConnectFrame().constData());
    QVERIFY(c.sync()); // served while the token holds
    QVERIFY(c.waitForClosed(10000));
    QCOMPARE(int(c.socket().closeCode()), 1008);
    QCOMPARE(c.socket().closeReason(), u"token expired"_s);
    RtClient again;
    QVERIFY(!again.connectWithToken(m_shared->url(), shortLived));
    QVERIFY2(again.lastConnectFrame().startsWith("44"), again.lastConnectFrame().constData());
}

// get_online_status with one id named many times does the work once.
void TestServerRealtime::onlineStatusAnswersEachIdOnce()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    const Login kofi = m_shared->login(u"kofi"_s);
    QJsonArray ids;
    for (int i = 0; i < 500; ++i)
        ids.append(kofi.userId);
    const auto reply = c.call(u"get_online_status"_s, {{u"userIds"_s, ids}});
    QVERIFY(reply);
    QVERIFY2(reply->value("ok"_L1).toBool(), QJsonDocument(*reply).toJson().constData());
    const QJsonObject statuses = reply->value("statuses"_L1).toObject();
    QCOMPARE(statuses.size(), 1);
    QVERIFY(statuses.contains(kofi.userId));
}

// ---------------------------------------------------------------- 2. connect

void TestServerRealtime::connectWithValidToken()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    const QByteArray frame = c.lastConnectFrame();
    QVERIFY2(frame.startsWith("40{"), frame.constData());
    const QJsonObject accepted = parseObject(frame.mid(2));
    QVERIFY2(accepted.value("sid"_L1).isString(), frame.constData());
    QVERIFY(!accepted.value("sid"_L1).toString().isEmpty());
    // The socket is usable: an acked event answers.
    QVERIFY(c.sync());
    QVERIFY(c.isOpen());
}

void TestServerRealtime::connectRefused_data()
{
    QTest::addColumn<QByteArray>("connectFrame");
    const QString userId = m_sharedAma.userId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto withToken = [](const QString &token) {
        return kora::sio::connectFrame(QJsonObject{{u"token"_s, token}});
    };

    QTest::newRow("no auth") << kora::sio::connectFrame();
    QTest::newRow("empty token") << withToken(QString());
    QTest::newRow("garbage token") << withToken(u"not-a-token"_s);

    const kora::server::Claims valid{userId, u"worker"_s, u"Ama Mensah"_s, now, now.addSecs(3600)};
    const kora::server::TokenService otherSecret(QByteArrayLiteral("some-other-secret"));
    QTest::newRow("wrong secret") << withToken(otherSecret.issue(valid));

    const kora::server::TokenService rightSecret(ServerFixture::defaultConfig().jwtSecret.toUtf8());
    QVERIFY(bool(rightSecret.verify(rightSecret.issue(valid), now))); // the forger works
    const kora::server::Claims expired{userId, u"worker"_s, u"Ama Mensah"_s, now.addSecs(-7200),
                                       now.addSecs(-3600)};
    QTest::newRow("expired") << withToken(rightSecret.issue(expired));

    const QJsonObject payload{{u"sub"_s, userId},
                              {u"role"_s, u"worker"_s},
                              {u"name"_s, u"Ama"_s},
                              {u"iat"_s, now.toSecsSinceEpoch()},
                              {u"exp"_s, now.addSecs(3600).toSecsSinceEpoch()}};
    const QByteArray body = base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QByteArray none = base64Url(R"({"alg":"none","typ":"JWT"})");
    QTest::newRow("alg none") << withToken(QString::fromLatin1(none + '.' + body + '.'));
}

void TestServerRealtime::connectRefused()
{
    QFETCH(QByteArray, connectFrame);
    RtClient c;
    QVERIFY(c.open(m_shared->url()));
    c.sendRaw(connectFrame);
    QTRY_VERIFY(!c.lastConnectFrame().isEmpty());
    const QByteArray frame = c.lastConnectFrame();
    QVERIFY2(frame.startsWith("44{"), frame.constData());
    const QJsonObject expected{{u"message"_s, u"unauthorized"_s},
                               {u"data"_s, QJsonObject{{u"code"_s, u"unauthorized"_s}}}};
    QCOMPARE(parseObject(frame.mid(2)), expected);
    QVERIFY2(c.waitForClosed(5000), "the server must close the socket after refusing the connect");
}

void TestServerRealtime::eventBeforeConnectClosesSocket()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);

    RtClient c;
    QVERIFY(c.open(fx.url()));
    const qint64 ackId =
        c.emitWithAck(u"send_message"_s, sendPayload(conversation, newClientId(), u"too early"_s));
    QVERIFY2(c.waitForClosed(5000), "an event before the namespace connect must close the socket");
    QVERIFY(!c.rawAck(ackId));
    QCOMPARE(lastSeqOf(fx, ama, conversation), lastSeq); // nothing stored
}

// ---------------------------------------------------------------- 3. fan-out

void TestServerRealtime::sendMessageReachesEveryParticipantSocket()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);
    QVERIFY(lastSeq >= 0);

    RtClient ama1, ama2, kofi1, kofi2, yaw1;
    CONNECT_AS(ama1, fx, ama);
    CONNECT_AS(ama2, fx, ama);
    CONNECT_AS(kofi1, fx, kofi);
    CONNECT_AS(kofi2, fx, kofi);
    CONNECT_AS(yaw1, fx, yaw);

    const QString clientId = newClientId();
    const auto ack =
        ama1.call(u"send_message"_s, sendPayload(conversation, clientId, u"  Hello Kofi  "_s));
    VERIFY_OK(ack);
    const QJsonObject message = messageOf(ack);
    QVERIFY(message.value("id"_L1).isString());
    QVERIFY(!message.value("id"_L1).toString().isEmpty());
    QCOMPARE(message.value("clientId"_L1).toString(), clientId);
    QCOMPARE(message.value("conversationId"_L1).toString(), conversation);
    QCOMPARE(message.value("seq"_L1).toInteger(), lastSeq + 1);
    QCOMPARE(message.value("updatedSeq"_L1).toInteger(), lastSeq + 1);
    QCOMPARE(message.value("senderId"_L1).toString(), ama.userId);
    QCOMPARE(message.value("kind"_L1).toString(), u"text"_s);
    QCOMPARE(message.value("body"_L1).toString(), u"Hello Kofi"_s); // trimmed
    QCOMPARE(message.value("attachments"_L1), QJsonValue(QJsonArray()));
    QCOMPARE(message.value("deleted"_L1), QJsonValue(false));
    QVERIFY2(isoUtcMs().match(message.value("createdAt"_L1).toString()).hasMatch(),
             qPrintable(message.value("createdAt"_L1).toString()));

    // Both of kofi's sockets and the sender's other socket get it, with the same message.
    for (RtClient *c : {&kofi1, &kofi2, &ama2}) {
        const auto event = c->waitForEvent(u"new_message"_s);
        QVERIFY(event);
        QCOMPARE(event->value("message"_L1).toObject(), message);
    }
    // The non-participant gets nothing.
    QVERIFY(yaw1.sync());
    QCOMPARE(yaw1.countEvents(u"new_message"_s), 0);
    // And kofi got it once per socket.
    QVERIFY(kofi1.sync());
    QVERIFY(kofi2.sync());
    QCOMPARE(kofi1.countEvents(u"new_message"_s), 1);
    QCOMPARE(kofi2.countEvents(u"new_message"_s), 1);

    // A message acknowledged is stored (guarantee 1).
    const auto stored =
        fx.get(messagesPath(conversation, u"afterSeq=%1"_s.arg(lastSeq)), kofi.token);
    QCOMPARE(stored.status, 200);
    const QJsonArray list = stored.json.value("messages"_L1).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject(), message);
}

// ---------------------------------------------------------------- 4. idempotency

void TestServerRealtime::sameClientIdStoresOnce()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);

    RtClient amaSocket, kofiSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);

    const QString restPath = u"/api/v1/conversations/"_s + conversation + u"/messages"_s;
    auto restBody = [](const QString &clientId, const QString &body) {
        return QJsonObject{{u"clientId"_s, clientId}, {u"kind"_s, u"text"_s}, {u"body"_s, body}};
    };

    // (a) Socket first: five sends over the socket, then one over REST.
    const QString first = newClientId();
    QString id;
    qint64 seq = -1;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const auto ack =
            amaSocket.call(u"send_message"_s,
                           sendPayload(conversation, first, u"once only, try %1"_s.arg(attempt)));
        VERIFY_OK(ack);
        const QJsonObject m = messageOf(ack);
        if (attempt == 0) {
            id = m.value("id"_L1).toString();
            seq = m.value("seq"_L1).toInteger();
            QVERIFY(!id.isEmpty());
            QCOMPARE(seq, lastSeq + 1);
        }
        QCOMPARE(m.value("id"_L1).toString(), id);
        QCOMPARE(m.value("seq"_L1).toInteger(), seq);
        QCOMPARE(m.value("clientId"_L1).toString(), first);
        QCOMPARE(m.value("body"_L1).toString(), u"once only, try 0"_s); // what was stored first
    }
    const auto rest = fx.post(restPath, ama.token, restBody(first, u"once only, over REST"_s));
    QCOMPARE(rest.status, 200); // the stored one, not a new 201
    QCOMPARE(rest.json.value("id"_L1).toString(), id);
    QCOMPARE(rest.json.value("seq"_L1).toInteger(), seq);

    // (b) REST first, then the socket.
    const QString second = newClientId();
    const auto created = fx.post(restPath, ama.token, restBody(second, u"REST first"_s));
    QCOMPARE(created.status, 201);
    const QString secondId = created.json.value("id"_L1).toString();
    const qint64 secondSeq = created.json.value("seq"_L1).toInteger();
    QCOMPARE(secondSeq, seq + 1);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto ack =
            amaSocket.call(u"send_message"_s, sendPayload(conversation, second, u"REST first"_s));
        VERIFY_OK(ack);
        QCOMPARE(messageOf(ack).value("id"_L1).toString(), secondId);
        QCOMPARE(messageOf(ack).value("seq"_L1).toInteger(), secondSeq);
    }

    // Stored exactly once each.
    const auto page = fx.get(messagesPath(conversation, u"limit=200"_s), kofi.token);
    QCOMPARE(page.status, 200);
    int withFirst = 0, withSecond = 0;
    for (const QJsonValue &v : page.json.value("messages"_L1).toArray()) {
        withFirst += v.toObject().value("clientId"_L1).toString() == first;
        withSecond += v.toObject().value("clientId"_L1).toString() == second;
    }
    QCOMPARE(withFirst, 1);
    QCOMPARE(withSecond, 1);
    QCOMPARE(lastSeqOf(fx, ama, conversation), lastSeq + 2);

    // Retries are not announced again: kofi heard of each message once.
    QTRY_COMPARE(kofiSocket.countMessageEvents(u"new_message"_s, secondId), 1);
    QVERIFY(kofiSocket.sync());
    QCOMPARE(kofiSocket.countMessageEvents(u"new_message"_s, id), 1);
    QCOMPARE(kofiSocket.countMessageEvents(u"new_message"_s, secondId), 1);
    QCOMPARE(kofiSocket.countEvents(u"new_message"_s), 2);
}

// Socket sends of one event-loop turn are committed together (group commit):
// the same (sender, clientId) twice in one batch is one row, and both sends
// are answered with it (the second with created = false); another clientId,
// or the same clientId of another sender, is a row of its own.
void TestServerRealtime::sameClientIdTwiceInOneBatchStoresOnce()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);

    RtClient kofiSocket;
    CONNECT_AS(kofiSocket, fx, kofi);

    auto &chat = fx.server().chat();
    const kora::server::Actor amaActor{ama.userId, u"worker"_s, {}, {}};
    const kora::server::Actor kofiActor{kofi.userId, u"worker"_s, {}, {}};
    const QString twice = newClientId();
    const QString other = newClientId();
    struct Send
    {
        const kora::server::Actor *actor;
        QString clientId;
        QString body;
        std::optional<kora::server::Result<kora::server::Stored>> answer;
    };
    Send sends[] = {{&amaActor, twice, u"first"_s, {}},
                    {&amaActor, other, u"other"_s, {}},
                    {&amaActor, twice, u"second"_s, {}},
                    {&kofiActor, twice, u"kofi's"_s, {}},
                    {&amaActor, twice, u"third"_s, {}}};
    for (Send &send : sends) {
        kora::proto::SendMessageRequest r;
        r.clientId = send.clientId;
        r.kind = u"text"_s;
        r.body = send.body;
        chat.sendBatched(*send.actor, conversation, r, this,
                         [&send](const kora::server::Result<kora::server::Stored> &result) {
                             send.answer.emplace(result);
                         });
    }
    for (Send &send : sends)
        QTRY_VERIFY(send.answer.has_value());
    for (Send &send : sends) {
        if (!send.answer->hasValue())
            QFAIL(qPrintable(send.answer->error().message));
    }
    const auto &first = (*sends[0].answer)->message;
    QVERIFY((*sends[0].answer)->created);
    QCOMPARE(first.body, u"first"_s);
    for (int i : {2, 4}) {
        QVERIFY(!(*sends[i].answer)->created);
        QCOMPARE((*sends[i].answer)->message.id, first.id);
        QCOMPARE((*sends[i].answer)->message.seq, first.seq);
        QCOMPARE((*sends[i].answer)->message.body, u"first"_s); // what was stored
    }
    QVERIFY((*sends[1].answer)->created);
    QVERIFY((*sends[3].answer)->created);
    QCOMPARE((*sends[3].answer)->message.senderId, kofi.userId);
    QCOMPARE((*sends[3].answer)->message.clientId, twice);
    QSet<qint64> seqs;
    for (int i : {0, 1, 3})
        seqs.insert((*sends[i].answer)->message.seq);
    QCOMPARE(seqs, (QSet<qint64>{lastSeq + 1, lastSeq + 2, lastSeq + 3}));
    QCOMPARE(lastSeqOf(fx, ama, conversation), lastSeq + 3);
    // Each row of the batch is in the search index (on SQLite written last in the batch).
    for (int i : {0, 1, 3}) {
        const QString word = sends[i].body.section(u'\'', 0, 0);
        const auto found = fx.get(u"/api/v1/search?limit=100&conversationId="_s + conversation +
                                      u"&query="_s + word,
                                  ama.token);
        QCOMPARE(found.status, 200);
        QStringList ids;
        for (const QJsonValue &result : found.json.value("results"_L1).toArray())
            ids.append(result.toObject().value("message"_L1).toObject().value("id"_L1).toString());
        QVERIFY2(ids.contains((*sends[i].answer)->message.id), qPrintable(word));
    }

    // Announced once: kofi's socket heard of ama's message once.
    QTRY_COMPARE(kofiSocket.countMessageEvents(u"new_message"_s, first.id), 1);
    QVERIFY(kofiSocket.sync());
    QCOMPARE(kofiSocket.countMessageEvents(u"new_message"_s, first.id), 1);

    // And a later batch answers the same clientId from the table, as before.
    std::optional<kora::server::Result<kora::server::Stored>> again;
    kora::proto::SendMessageRequest r;
    r.clientId = twice;
    r.kind = u"text"_s;
    r.body = u"later"_s;
    chat.sendBatched(amaActor, conversation, r, this,
                     [&again](const kora::server::Result<kora::server::Stored> &result) {
                         again.emplace(result);
                     });
    QTRY_VERIFY(again.has_value());
    QVERIFY(again->hasValue());
    QVERIFY(!(*again)->created);
    QCOMPARE((*again)->message.id, first.id);

    // The same clientId in another conversation, in one batch as once stored:
    // a conflict, and nothing stored there.
    const Login yaw = fx.login(u"yaw"_s);
    const QString elsewhere = fx.directConversation(ama, yaw);
    QVERIFY(!elsewhere.isEmpty());
    const qint64 elsewhereSeq = lastSeqOf(fx, ama, elsewhere);
    const QString fresh = newClientId();
    std::optional<kora::server::Result<kora::server::Stored>> here, there;
    r.clientId = fresh;
    chat.sendBatched(amaActor, conversation, r, this,
                     [&here](const kora::server::Result<kora::server::Stored> &result) {
                         here.emplace(result);
                     });
    chat.sendBatched(amaActor, elsewhere, r, this,
                     [&there](const kora::server::Result<kora::server::Stored> &result) {
                         there.emplace(result);
                     });
    QTRY_VERIFY(here.has_value() && there.has_value());
    QVERIFY(here->hasValue());
    QVERIFY(!there->hasValue());
    QCOMPARE(there->error().code, u"conflict"_s);
    QCOMPARE(lastSeqOf(fx, ama, elsewhere), elsewhereSeq);
}

// A retry of a send still waiting in the batch is answered like one already
// stored: with its row, not refused by the rate limit it does not spend.
void TestServerRealtime::retryInABatchSpendsNoRateBudget()
{
    auto config = ServerFixture::defaultConfig();
    config.messageLimitPer10s = 1;
    config.demo = false;   // the demo seed would spend the budget
    config.benchUsers = 2; // ...of these users
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const HttpResult a =
        fx.post(u"/api/v1/auth/login"_s, {},
                {{u"email"_s, u"bench-0001@bench.kora"_s}, {u"password"_s, u"bench-password"_s}});
    const HttpResult b =
        fx.post(u"/api/v1/auth/login"_s, {},
                {{u"email"_s, u"bench-0002@bench.kora"_s}, {u"password"_s, u"bench-password"_s}});
    const Login first{a.json.value("token"_L1).toString(),
                      a.json.value("user"_L1).toObject().value("id"_L1).toString()};
    const Login second{b.json.value("token"_L1).toString(),
                       b.json.value("user"_L1).toObject().value("id"_L1).toString()};
    const QString conversation = fx.directConversation(first, second);
    QVERIFY(!conversation.isEmpty());
    const kora::server::Actor actor{first.userId, u"worker"_s, {}, {}};
    kora::proto::SendMessageRequest r;
    r.clientId = newClientId();
    r.kind = u"text"_s;
    r.body = u"once"_s;
    std::optional<kora::server::Result<kora::server::Stored>> sent, retried, another;
    auto &chat = fx.server().chat();
    chat.sendBatched(actor, conversation, r, this,
                     [&sent](const kora::server::Result<kora::server::Stored> &result) {
                         sent.emplace(result);
                     });
    chat.sendBatched(actor, conversation, r, this,
                     [&retried](const kora::server::Result<kora::server::Stored> &result) {
                         retried.emplace(result);
                     });
    r.clientId = newClientId();
    chat.sendBatched(actor, conversation, r, this,
                     [&another](const kora::server::Result<kora::server::Stored> &result) {
                         another.emplace(result);
                     });
    QTRY_VERIFY(sent.has_value() && retried.has_value() && another.has_value());
    QVERIFY(sent->hasValue());
    QVERIFY(retried->hasValue());
    QCOMPARE((*retried)->message.id, (*sent)->message.id);
    QVERIFY(!another->hasValue()); // a new message is over the budget of 1
    QCOMPARE(another->error().code, u"rate_limited"_s);
}

// ---------------------------------------------------------------- 5. concurrency

void TestServerRealtime::concurrentSendsGetContiguousSeqs()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const QList<Login> people{fx.login(u"ama"_s), fx.login(u"kofi"_s), fx.login(u"yaw"_s),
                              fx.login(u"efua"_s)};
    for (const Login &p : people)
        QVERIFY(!p.token.isEmpty());

    const auto group = fx.post(
        u"/api/v1/conversations"_s, people[0].token,
        {{u"participantIds"_s, QJsonArray{people[1].userId, people[2].userId, people[3].userId}},
         {u"title"_s, u"Concurrency crew"_s}});
    QCOMPARE(group.status, 201);
    const QString conversation = group.json.value("id"_L1).toString();
    QVERIFY(!conversation.isEmpty());
    QCOMPARE(group.json.value("type"_L1).toString(), u"group"_s);
    const qint64 base = group.json.value("lastSeq"_L1).toInteger(-1);
    QCOMPARE(base, 0);

    constexpr int perClient = 15;
    std::vector<std::unique_ptr<RtClient>> clients;
    for (const Login &p : people) {
        clients.push_back(std::make_unique<RtClient>());
        CONNECT_AS(*clients.back(), fx, p);
    }

    // Everyone fires without waiting, interleaved.
    QList<QList<qint64>> ackIds(clients.size());
    for (int i = 0; i < perClient; ++i) {
        for (size_t c = 0; c < clients.size(); ++c) {
            ackIds[c].append(clients[c]->emitWithAck(
                u"send_message"_s,
                sendPayload(conversation, newClientId(), u"client %1 message %2"_s.arg(c).arg(i))));
        }
    }

    QHash<qint64, QString> idBySeq;
    for (size_t c = 0; c < clients.size(); ++c) {
        qint64 previous = 0;
        for (const qint64 ackId : std::as_const(ackIds[c])) {
            const auto ack = clients[c]->waitRawAck(ackId, 15000);
            VERIFY_OK(ack);
            const QJsonObject m = messageOf(ack);
            const qint64 seq = m.value("seq"_L1).toInteger();
            QVERIFY2(!idBySeq.contains(seq), qPrintable(u"seq %1 handed out twice"_s.arg(seq)));
            idBySeq.insert(seq, m.value("id"_L1).toString());
            QVERIFY2(seq > previous, "one socket's sends are committed in the order sent");
            previous = seq;
        }
    }
    const int total = perClient * int(clients.size());
    QCOMPARE(idBySeq.size(), total);
    for (qint64 seq = base + 1; seq <= base + total; ++seq)
        QVERIFY2(idBySeq.contains(seq), qPrintable(u"seq %1 is missing"_s.arg(seq)));

    // The history holds them ascending, with no gaps.
    const auto page = fx.get(messagesPath(conversation, u"limit=200"_s), people[1].token);
    QCOMPARE(page.status, 200);
    const QJsonArray messages = page.json.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), total);
    QCOMPARE(page.json.value("hasMore"_L1), QJsonValue(false));
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages.at(i).toObject();
        QCOMPARE(m.value("seq"_L1).toInteger(), base + 1 + i);
        QCOMPARE(m.value("id"_L1).toString(), idBySeq.value(base + 1 + i));
    }
    QCOMPARE(lastSeqOf(fx, people[0], conversation), base + total);

    // Every participant's socket heard every message, in seq order (guarantee 4).
    for (size_t c = 0; c < clients.size(); ++c) {
        QTRY_COMPARE(clients[c]->countEvents(u"new_message"_s), total);
        const QList<QJsonObject> heard = clients[c]->payloadsOf(u"new_message"_s);
        for (int i = 0; i < heard.size(); ++i)
            QCOMPARE(heard.at(i).value("message"_L1).toObject().value("seq"_L1).toInteger(),
                     base + 1 + i);
    }
}

// ---------------------------------------------------------------- 6. edit / delete

void TestServerRealtime::editAndDelete()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());

    RtClient amaSocket, kofiSocket, yawSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(yawSocket, fx, yaw);

    const auto sent1 = amaSocket.call(u"send_message"_s,
                                      sendPayload(conversation, newClientId(), u"first draft"_s));
    const auto sent2 = amaSocket.call(u"send_message"_s,
                                      sendPayload(conversation, newClientId(), u"to be deleted"_s));
    VERIFY_OK(sent1);
    VERIFY_OK(sent2);
    const QJsonObject m1 = messageOf(sent1);
    const QJsonObject m2 = messageOf(sent2);
    const QString id1 = m1.value("id"_L1).toString();
    const QString id2 = m2.value("id"_L1).toString();
    const qint64 n = m2.value("seq"_L1).toInteger(); // the client's highest seq before the changes
    QCOMPARE(m1.value("seq"_L1).toInteger(), n - 1);

    // Edit.
    const auto edited = amaSocket.call(
        u"edit_message"_s, QJsonObject{{u"messageId"_s, id1}, {u"body"_s, u"final text"_s}});
    VERIFY_OK(edited);
    const QJsonObject e1 = messageOf(edited);
    QCOMPARE(e1.value("id"_L1).toString(), id1);
    QCOMPARE(e1.value("seq"_L1).toInteger(), n - 1);
    QCOMPARE(e1.value("updatedSeq"_L1).toInteger(), n + 1);
    QCOMPARE(e1.value("body"_L1).toString(), u"final text"_s);
    QCOMPARE(e1.value("deleted"_L1), QJsonValue(false));
    QVERIFY2(isoUtcMs().match(e1.value("editedAt"_L1).toString()).hasMatch(),
             qPrintable(compact(e1)));
    const auto updated1 = kofiSocket.waitForEvent(u"message_updated"_s);
    QVERIFY(updated1);
    QCOMPARE(updated1->value("message"_L1).toObject(), e1);

    // Only the sender may change it.
    COMPARE_ERROR(kofiSocket.call(u"edit_message"_s,
                                  QJsonObject{{u"messageId"_s, id1}, {u"body"_s, u"hijack"_s}}),
                  "forbidden");
    COMPARE_ERROR(kofiSocket.call(u"delete_message"_s, QJsonObject{{u"messageId"_s, id1}}),
                  "forbidden");
    COMPARE_ERROR(yawSocket.call(u"edit_message"_s,
                                 QJsonObject{{u"messageId"_s, id1}, {u"body"_s, u"hijack"_s}}),
                  "forbidden");
    COMPARE_ERROR(yawSocket.call(u"delete_message"_s, QJsonObject{{u"messageId"_s, id1}}),
                  "forbidden");
    COMPARE_ERROR(
        amaSocket.call(u"edit_message"_s,
                       QJsonObject{{u"messageId"_s, u"00000000-0000-4000-8000-000000000000"_s},
                                   {u"body"_s, u"nothing"_s}}),
        "not_found");

    // Delete.
    const auto deleted = amaSocket.call(u"delete_message"_s, QJsonObject{{u"messageId"_s, id2}});
    VERIFY_OK(deleted);
    const QJsonObject d2 = messageOf(deleted);
    QCOMPARE(d2.value("id"_L1).toString(), id2);
    QCOMPARE(d2.value("seq"_L1).toInteger(), n);
    QCOMPARE(d2.value("updatedSeq"_L1).toInteger(), n + 2);
    QCOMPARE(d2.value("deleted"_L1), QJsonValue(true));
    QCOMPARE(d2.value("body"_L1).toString(), QString());
    QCOMPARE(d2.value("attachments"_L1), QJsonValue(QJsonArray()));
    const auto updated2 = kofiSocket.waitForEvent(u"message_updated"_s);
    QVERIFY(updated2);
    QCOMPARE(updated2->value("message"_L1).toObject(), d2);

    // The refused changes announced nothing and changed nothing.
    QVERIFY(kofiSocket.sync());
    QCOMPARE(kofiSocket.countEvents(u"message_updated"_s), 2);
    QVERIFY(yawSocket.sync());
    QCOMPARE(yawSocket.countEvents(u"message_updated"_s), 0);

    // "Everything after seq N" returns both changes although neither seq is > N.
    const auto after = fx.get(messagesPath(conversation, u"afterSeq=%1"_s.arg(n)), kofi.token);
    QCOMPARE(after.status, 200);
    QHash<QString, QJsonObject> byId;
    qint64 previousSeq = -1;
    for (const QJsonValue &v : after.json.value("messages"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        QVERIFY(m.value("seq"_L1).toInteger() > n || m.value("updatedSeq"_L1).toInteger() > n);
        QVERIFY(m.value("seq"_L1).toInteger() > previousSeq);
        previousSeq = m.value("seq"_L1).toInteger();
        byId.insert(m.value("id"_L1).toString(), m);
    }
    QVERIFY2(byId.contains(id1), after.body.constData());
    QVERIFY2(byId.contains(id2), after.body.constData());
    QCOMPARE(byId.value(id1), e1);
    QCOMPARE(byId.value(id2), d2);
    QCOMPARE(byId.size(), 2);

    // Changes consume seqs: lastSeq moved, and the next message comes after them.
    QCOMPARE(lastSeqOf(fx, ama, conversation), n + 2);
    const auto next = amaSocket.call(
        u"send_message"_s, sendPayload(conversation, newClientId(), u"after the edits"_s));
    VERIFY_OK(next);
    QCOMPARE(messageOf(next).value("seq"_L1).toInteger(), n + 3);

    // Editing a deleted message is refused; deleting it again changes nothing.
    COMPARE_ERROR(amaSocket.call(u"edit_message"_s,
                                 QJsonObject{{u"messageId"_s, id2}, {u"body"_s, u"revive"_s}}),
                  "conflict");
    const auto again = amaSocket.call(u"delete_message"_s, QJsonObject{{u"messageId"_s, id2}});
    VERIFY_OK(again);
    QCOMPARE(messageOf(again), d2);
}

// ---------------------------------------------------------------- 7. typing

void TestServerRealtime::typingIndicators()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());

    RtClient ama1, ama2, kofiSocket;
    CONNECT_AS(ama1, fx, ama);
    CONNECT_AS(ama2, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    const QJsonObject scope{{u"conversationId"_s, conversation}};
    VERIFY_OK(ama1.call(u"join_conversation"_s, scope));
    VERIFY_OK(kofiSocket.call(u"join_conversation"_s, scope));

    const QJsonObject typing{
        {u"conversationId"_s, conversation}, {u"userId"_s, ama.userId}, {u"isTyping"_s, true}};
    QJsonObject stopped = typing;
    stopped.insert(u"isTyping"_s, false);

    ama1.emitEvent(u"typing_start"_s, scope);
    auto event = kofiSocket.waitForEvent(u"user_typing"_s);
    QVERIFY(event);
    QCOMPARE(*event, typing);
    // Not echoed to the typist, on any of her sockets.
    QVERIFY(ama1.sync());
    QVERIFY(ama2.sync());
    QCOMPARE(ama1.countEvents(u"user_typing"_s), 0);
    QCOMPARE(ama2.countEvents(u"user_typing"_s), 0);

    ama1.emitEvent(u"typing_stop"_s, scope);
    event = kofiSocket.waitForEvent(u"user_typing"_s);
    QVERIFY(event);
    QCOMPARE(*event, stopped);

    // Start, then silence: the server ends it by itself after about 6 s.
    ama1.emitEvent(u"typing_start"_s, scope);
    event = kofiSocket.waitForEvent(u"user_typing"_s);
    QVERIFY(event);
    QCOMPARE(*event, typing);
    QElapsedTimer silence;
    silence.start();
    event = kofiSocket.waitForEvent(u"user_typing"_s, 9000);
    QVERIFY2(event, "typing must end by itself after 6 s of silence");
    QCOMPARE(*event, stopped);
    QVERIFY2(silence.elapsed() >= 5000,
             qPrintable(u"ended after only %1 ms"_s.arg(silence.elapsed())));

    QVERIFY(ama1.sync());
    QCOMPARE(ama1.countEvents(u"user_typing"_s), 0);
    QCOMPARE(ama2.countEvents(u"user_typing"_s), 0);
    QCOMPARE(kofiSocket.countEvents(u"user_typing"_s), 4);
}

// ---------------------------------------------------------------- 8. receipts

void TestServerRealtime::readAndDeliveredReceipts()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());

    RtClient amaSocket, kofiSocket, kofiOther, yawSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(kofiOther, fx, kofi);
    CONNECT_AS(yawSocket, fx, yaw);

    const auto sent = amaSocket.call(
        u"send_message"_s, sendPayload(conversation, newClientId(), u"did you get this?"_s));
    VERIFY_OK(sent);
    const qint64 seq = messageOf(sent).value("seq"_L1).toInteger();
    QVERIFY(kofiSocket.waitForEvent(u"new_message"_s));

    kofiSocket.emitEvent(u"mark_as_delivered"_s, cursorPayload(conversation, seq));
    const auto delivered = amaSocket.waitForEvent(u"message_delivered"_s);
    QVERIFY(delivered);
    QCOMPARE(*delivered, (QJsonObject{{u"conversationId"_s, conversation},
                                      {u"userId"_s, kofi.userId},
                                      {u"seq"_s, seq}}));

    kofiSocket.emitEvent(u"mark_as_read"_s, cursorPayload(conversation, seq));
    const auto read = amaSocket.waitForEvent(u"message_read"_s);
    QVERIFY(read);
    QCOMPARE(*read, (QJsonObject{{u"conversationId"_s, conversation},
                                 {u"userId"_s, kofi.userId},
                                 {u"seq"_s, seq}}));
    // Every socket of every participant hears it, the reader's other device included.
    const auto readElsewhere = kofiOther.waitForEvent(u"message_read"_s);
    QVERIFY(readElsewhere);
    QCOMPARE(*readElsewhere, *read);

    // Stored: kofi's cursors as ama sees the conversation.
    const auto view = fx.get(u"/api/v1/conversations/"_s + conversation, ama.token);
    QCOMPARE(view.status, 200);
    bool found = false;
    for (const QJsonValue &v : view.json.value("participants"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value("user"_L1).toObject().value("id"_L1).toString() != kofi.userId)
            continue;
        found = true;
        QCOMPARE(p.value("lastReadSeq"_L1).toInteger(), seq);
        QCOMPARE(p.value("lastDeliveredSeq"_L1).toInteger(), seq);
    }
    QVERIFY(found);

    // Past the end of the conversation: invalid.
    COMPARE_ERROR(kofiSocket.call(u"mark_as_read"_s, cursorPayload(conversation, seq + 1)),
                  "invalid");
    COMPARE_ERROR(kofiSocket.call(u"mark_as_delivered"_s, cursorPayload(conversation, seq + 100)),
                  "invalid");
    COMPARE_ERROR(kofiSocket.call(u"mark_as_read"_s, cursorPayload(conversation, -1)), "invalid");
    COMPARE_ERROR(
        kofiSocket.call(u"mark_as_read"_s,
                        QJsonObject{{u"conversationId"_s, conversation}, {u"seq"_s, u"3"_s}}),
        "invalid");
    // An acked receipt that is fine answers ok.
    VERIFY_OK(kofiSocket.call(u"mark_as_read"_s, cursorPayload(conversation, seq)));

    // Receipts go to participants only.
    QVERIFY(yawSocket.sync());
    QCOMPARE(yawSocket.countEvents(u"message_read"_s), 0);
    QCOMPARE(yawSocket.countEvents(u"message_delivered"_s), 0);
}

// ---------------------------------------------------------------- 9. presence

void TestServerRealtime::presence()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s); // shares no conversation with kofi

    RtClient amaSocket, yawSocket, kofi1, kofi2;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(yawSocket, fx, yaw);
    QTRY_COMPARE(fx.server().hub().sessionCount(), 2);

    CONNECT_AS(kofi1, fx, kofi);
    const auto online = amaSocket.waitForEvent(u"user_status"_s);
    QVERIFY(online);
    QCOMPARE(online->value("userId"_L1).toString(), kofi.userId);
    QCOMPARE(online->value("online"_L1), QJsonValue(true));

    // A second socket of a user already online announces nothing.
    CONNECT_AS(kofi2, fx, kofi);
    QVERIFY(amaSocket.sync());
    QCOMPARE(amaSocket.countEvents(u"user_status"_s), 1);

    auto status = amaSocket.call(u"get_online_status"_s,
                                 QJsonObject{{u"userIds"_s, QJsonArray{kofi.userId}}});
    VERIFY_OK(status);
    QCOMPARE(
        status->value("statuses"_L1).toObject().value(kofi.userId).toObject().value("online"_L1),
        QJsonValue(true));

    // Closing one of two sockets: still online, nothing sent.
    kofi1.socket().close();
    QVERIFY(kofi1.waitForClosed());
    QTRY_COMPARE(fx.server().hub().sessionCount(), 3);
    QVERIFY(amaSocket.sync());
    QCOMPARE(amaSocket.countEvents(u"user_status"_s), 1);
    status = amaSocket.call(u"get_online_status"_s,
                            QJsonObject{{u"userIds"_s, QJsonArray{kofi.userId}}});
    VERIFY_OK(status);
    QCOMPARE(
        status->value("statuses"_L1).toObject().value(kofi.userId).toObject().value("online"_L1),
        QJsonValue(true));

    // Closing the last one (this time with an Engine.IO close packet): offline, with lastSeenAt.
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1000);
    kofi2.sendRaw("1");
    QVERIFY2(kofi2.waitForClosed(), "an Engine.IO close packet must close the socket");
    const auto offline = amaSocket.waitForEvent(u"user_status"_s);
    QVERIFY(offline);
    QCOMPARE(offline->value("userId"_L1).toString(), kofi.userId);
    QCOMPARE(offline->value("online"_L1), QJsonValue(false));
    const QString lastSeen = offline->value("lastSeenAt"_L1).toString();
    QVERIFY2(isoUtcMs().match(lastSeen).hasMatch(), qPrintable(compact(*offline)));
    const QDateTime lastSeenAt = QDateTime::fromString(lastSeen, Qt::ISODateWithMs);
    QVERIFY(lastSeenAt >= before);
    QVERIFY(lastSeenAt <= QDateTime::currentDateTimeUtc().addMSecs(1000));

    status = amaSocket.call(u"get_online_status"_s,
                            QJsonObject{{u"userIds"_s, QJsonArray{kofi.userId}}});
    VERIFY_OK(status);
    const QJsonObject kofiStatus =
        status->value("statuses"_L1).toObject().value(kofi.userId).toObject();
    QCOMPARE(kofiStatus.value("online"_L1), QJsonValue(false));
    QCOMPARE(kofiStatus.value("lastSeenAt"_L1).toString(), lastSeen);

    // Presence goes only to users who share a conversation with kofi.
    QVERIFY(yawSocket.sync());
    QCOMPARE(yawSocket.countEvents(u"user_status"_s), 0);
}

// ---------------------------------------------------------------- 10. authorization

void TestServerRealtime::nonParticipantIsForbidden()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);

    RtClient amaSocket, kofiSocket, yawSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(yawSocket, fx, yaw);
    const QJsonObject scope{{u"conversationId"_s, conversation}};

    COMPARE_ERROR(yawSocket.call(u"join_conversation"_s, scope), "forbidden");
    COMPARE_ERROR(
        yawSocket.call(u"send_message"_s, sendPayload(conversation, newClientId(), u"intruder"_s)),
        "forbidden");
    COMPARE_ERROR(yawSocket.call(u"mark_as_read"_s, cursorPayload(conversation, 1)), "forbidden");
    COMPARE_ERROR(yawSocket.call(u"mark_as_delivered"_s, cursorPayload(conversation, 1)),
                  "forbidden");
    COMPARE_ERROR(yawSocket.call(u"typing_start"_s, scope), "forbidden");

    // Without ack ids: nothing reaches the participants.
    yawSocket.emitEvent(u"typing_start"_s, scope);
    yawSocket.emitEvent(u"send_message"_s,
                        sendPayload(conversation, newClientId(), u"intruder again"_s));
    yawSocket.emitEvent(u"mark_as_read"_s, cursorPayload(conversation, 1));
    QVERIFY(yawSocket.sync()); // the server has handled all of the above
    for (RtClient *c : {&amaSocket, &kofiSocket}) {
        QVERIFY(c->sync());
        QCOMPARE(c->countEvents(u"user_typing"_s), 0);
        QCOMPARE(c->countEvents(u"new_message"_s), 0);
        QCOMPARE(c->countEvents(u"message_read"_s), 0);
        QCOMPARE(c->countEvents(u"message_delivered"_s), 0);
    }
    QVERIFY(yawSocket.isOpen());                         // refusals are answers, not disconnects
    QCOMPARE(lastSeqOf(fx, ama, conversation), lastSeq); // nothing stored

    // An unknown conversation is not_found, for anyone.
    COMPARE_ERROR(
        amaSocket.call(u"send_message"_s, sendPayload(u"00000000-0000-4000-8000-000000000000"_s,
                                                      newClientId(), u"void"_s)),
        "not_found");
}

// Members are answered from memory (no query per send): a change of the
// participants, announced with ChatService::membersChanged as a route that
// adds or removes people does, reaches the very next send, on this process
// and, on PostgreSQL, on another one.
void TestServerRealtime::membershipChangeReachesTheNextSend()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);
    const auto group = fx.post(
        u"/api/v1/conversations"_s, ama.token,
        {{u"participantIds"_s, QJsonArray{kofi.userId, yaw.userId}}, {u"title"_s, u"Crew"_s}});
    QCOMPARE(group.status, 201);
    const QString id = group.json.value("id"_L1).toString();
    std::unique_ptr<ServerFixture> second; // PostgreSQL: another process on the same database
    if (fx.isPostgres()) {
        second = std::make_unique<ServerFixture>(ServerFixture::defaultConfig(), fx);
        QVERIFY2(second->ok(), qPrintable(second->error()));
    }
    ServerFixture &elsewhere = second ? *second : fx;
    const Login yawElsewhere = elsewhere.login(u"yaw"_s);
    RtClient here, there;
    CONNECT_AS(here, fx, yaw);
    CONNECT_AS(there, elsewhere, yawElsewhere);
    // Both processes have read (and kept) yaw's membership.
    VERIFY_OK(here.call(u"send_message"_s, sendPayload(id, newClientId(), u"one"_s)));
    VERIFY_OK(there.call(u"send_message"_s, sendPayload(id, newClientId(), u"two"_s)));

    auto change = [&](const QString &statement) {
        QString error;
        QVERIFY2(fx.sql({statement}, &error), qPrintable(error));
        QSignalSpy told(&elsewhere.server().bus(),
                        &kora::server::ClusterBus::remoteConversationChanged);
        fx.server().chat().membersChanged(id, {ama.userId, kofi.userId, yaw.userId});
        if (second)
            QTRY_VERIFY(told.count() > 0);
    };
    change(u"DELETE FROM participants WHERE conversation_id = '%1' AND user_id = '%2'"_s.arg(
        id, yaw.userId));
    if (QTest::currentTestFailed())
        return;
    COMPARE_ERROR(here.call(u"send_message"_s, sendPayload(id, newClientId(), u"out"_s)),
                  "forbidden");
    COMPARE_ERROR(there.call(u"send_message"_s, sendPayload(id, newClientId(), u"out"_s)),
                  "forbidden");
    COMPARE_ERROR(there.call(u"typing_start"_s, {{u"conversationId"_s, id}}), "forbidden");

    change(u"INSERT INTO participants (conversation_id, user_id, joined_at)"
           " VALUES ('%1', '%2', 1)"_s.arg(id, yaw.userId));
    if (QTest::currentTestFailed())
        return;
    VERIFY_OK(here.call(u"send_message"_s, sendPayload(id, newClientId(), u"back"_s)));
    VERIFY_OK(there.call(u"send_message"_s, sendPayload(id, newClientId(), u"back too"_s)));
}

void TestServerRealtime::supportIsReadOnly()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    QVERIFY(!support.token.isEmpty());
    const QString conversation = fx.directConversation(ama, kofi);
    QVERIFY(!conversation.isEmpty());

    RtClient amaSocket, kofiSocket, supportSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(supportSocket, fx, support); // support may connect

    const auto sent =
        amaSocket.call(u"send_message"_s, sendPayload(conversation, newClientId(), u"original"_s));
    VERIFY_OK(sent);
    const QJsonObject original = messageOf(sent);
    const QString messageId = original.value("id"_L1).toString();
    const qint64 lastSeq = lastSeqOf(fx, ama, conversation);
    const QJsonObject scope{{u"conversationId"_s, conversation}};

    COMPARE_ERROR(supportSocket.call(u"send_message"_s,
                                     sendPayload(conversation, newClientId(), u"from support"_s)),
                  "read_only");
    COMPARE_ERROR(supportSocket.call(u"edit_message"_s, QJsonObject{{u"messageId"_s, messageId},
                                                                    {u"body"_s, u"moderated"_s}}),
                  "read_only");
    COMPARE_ERROR(supportSocket.call(u"delete_message"_s, QJsonObject{{u"messageId"_s, messageId}}),
                  "read_only");
    COMPARE_ERROR(supportSocket.call(u"mark_as_read"_s, cursorPayload(conversation, lastSeq)),
                  "read_only");
    COMPARE_ERROR(supportSocket.call(u"mark_as_delivered"_s, cursorPayload(conversation, lastSeq)),
                  "read_only");
    COMPARE_ERROR(supportSocket.call(u"typing_start"_s, scope), "read_only");
    COMPARE_ERROR(supportSocket.call(u"typing_stop"_s, scope), "read_only");

    // Nothing changed, nothing announced.
    QCOMPARE(lastSeqOf(fx, ama, conversation), lastSeq);
    const auto page =
        fx.get(messagesPath(conversation, u"afterSeq=%1"_s.arg(lastSeq - 1)), ama.token);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value("messages"_L1).toArray().size(), 1);
    QCOMPARE(page.json.value("messages"_L1).toArray().first().toObject(), original);
    QVERIFY(kofiSocket.sync());
    QCOMPARE(kofiSocket.countEvents(u"message_updated"_s), 0);
    QCOMPARE(kofiSocket.countEvents(u"user_typing"_s), 0);
    QCOMPARE(kofiSocket.countEvents(u"message_read"_s), 0);
    QCOMPARE(kofiSocket.countEvents(u"new_message"_s), 1); // ama's only
    QVERIFY(supportSocket.isOpen());
}

// ---------------------------------------------------------------- 11. malformed input

void TestServerRealtime::malformedFrameClosesSocket_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("4abc") << QByteArray("4abc");
    QTest::newRow("42{}") << QByteArray("42{}");
    QTest::newRow("truncated array") << QByteArray(R"(42["a")");
    QTest::newRow("ack id too large") << QByteArray(R"(4299999999999999999999["x",{}])");
    QTest::newRow("unknown engine type") << QByteArray("9");
    QTest::newRow("event name not a string") << QByteArray(R"(42[1,{}])");
    QTest::newRow("binary event packet")
        << QByteArray(R"(451-["x",{"_placeholder":true,"num":0}])");
}

void TestServerRealtime::malformedFrameClosesSocket()
{
    QFETCH(QByteArray, frame);
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    c.sendRaw(frame);
    QVERIFY2(c.waitForClosed(5000), frame.constData());
}

void TestServerRealtime::binaryFrameClosesSocket()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    c.socket().sendBinaryMessage(QByteArrayLiteral("\x04\x01\x02"));
    QVERIFY(c.waitForClosed(5000));
}

void TestServerRealtime::payloadAtMaxPayloadIsAccepted()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    const qint64 maxPayload = c.handshake().value("maxPayload"_L1).toInteger();
    QCOMPARE(maxPayload, qint64(1000000));
    // 42<id>["padding_event",{"p":"xxx…"}] of exactly maxPayload bytes.
    const qint64 ackId = 777777;
    const QByteArray head = "42" + QByteArray::number(ackId) + R"(["padding_event",{"p":")";
    const QByteArray tail = R"("}])";
    const QByteArray frame = head + QByteArray(maxPayload - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(frame.size(), maxPayload);
    c.sendRaw(frame);
    const auto ack = c.waitRawAck(ackId, 10000);
    COMPARE_ERROR(ack, "invalid"); // an unknown event, but heard
    QVERIFY(c.isOpen());
}

void TestServerRealtime::frameOverMaxPayloadIsRefusedWith1009()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);
    const qint64 maxPayload = c.handshake().value("maxPayload"_L1).toInteger();
    const qint64 ackId = 888888;
    const QByteArray head = "42" + QByteArray::number(ackId) + R"(["padding_event",{"p":")";
    const QByteArray tail = R"("}])";
    const QByteArray frame =
        head + QByteArray(maxPayload + 1 - head.size() - tail.size(), 'x') + tail;
    QCOMPARE(frame.size(), maxPayload + 1);
    c.sendRaw(frame);
    QVERIFY(c.waitForClosed(10000));
    QCOMPARE(int(c.socket().closeCode()), 1009);
    QVERIFY(!c.rawAck(ackId));
}

void TestServerRealtime::unknownEventAndBadPayloadsAreInvalid()
{
    RtClient c;
    CONNECT_AS(c, *m_shared, m_sharedAma);

    COMPARE_ERROR(c.call(u"no_such_event"_s, QJsonObject{{u"x"_s, 1}}), "invalid");
    COMPARE_ERROR(c.waitRawAck(c.sendEventJsonWithAck(R"(["send_message","hello"])")), "invalid");
    COMPARE_ERROR(c.waitRawAck(c.sendEventJsonWithAck(R"(["send_message"])")), "invalid");
    COMPARE_ERROR(c.waitRawAck(c.sendEventJsonWithAck(R"(["mark_as_read",[1,2]])")), "invalid");
    COMPARE_ERROR(c.waitRawAck(c.sendEventJsonWithAck(R"(["get_online_status",null])")), "invalid");
    COMPARE_ERROR(c.waitRawAck(c.sendEventJsonWithAck(R"(["typing_start",42])")), "invalid");
    // Objects lacking what the event needs.
    COMPARE_ERROR(c.call(u"send_message"_s, QJsonObject{{u"body"_s, u"no ids"_s}}), "invalid");
    COMPARE_ERROR(c.call(u"join_conversation"_s, QJsonObject()), "invalid");
    COMPARE_ERROR(c.call(u"edit_message"_s, QJsonObject{{u"body"_s, u"which one?"_s}}), "invalid");
    // The socket survives all of that.
    QVERIFY(c.isOpen());
    QVERIFY(c.sync());
}

// ---------------------------------------------------------------- 12. heartbeat

void TestServerRealtime::heartbeat_data()
{
    QTest::addColumn<int>("pingInterval");
    QTest::addColumn<int>("pingTimeout");
    QTest::newRow("interval 300, timeout 300") << 300 << 300;
    QTest::newRow("interval 400, timeout 200") << 400 << 200;
    QTest::newRow("interval 200, timeout 500") << 200 << 500;
}

void TestServerRealtime::heartbeat()
{
    QFETCH(int, pingInterval);
    QFETCH(int, pingTimeout);
    auto config = ServerFixture::defaultConfig();
    config.pingIntervalMs = pingInterval;
    config.pingTimeoutMs = pingTimeout;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);

    RtClient answering, silent;
    silent.setAnswerPings(false);
    CONNECT_AS(answering, fx, ama);
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    CONNECT_AS(silent, fx, kofi);
    QCOMPARE(answering.handshake().value("pingInterval"_L1).toInt(), pingInterval);
    QCOMPARE(answering.handshake().value("pingTimeout"_L1).toInt(), pingTimeout);

    // The silent one is dropped within pingInterval + pingTimeout (+ margin), after a ping.
    const int limit = pingInterval + pingTimeout + 1500;
    const bool dropped = silent.waitForClosed(limit);
    QVERIFY2(
        dropped,
        qPrintable(u"a client that does not answer pings must be dropped within "
                   "pingInterval + pingTimeout; still open after %1 ms and %2 unanswered pings"_s
                       .arg(sinceOpen.elapsed())
                       .arg(silent.pingsSeen())));
    QVERIFY(silent.pingsSeen() >= 1);
    QVERIFY2(sinceOpen.elapsed() < limit,
             qPrintable(u"dropped after %1 ms"_s.arg(sinceOpen.elapsed())));

    // The answering one lives across several pings.
    QTRY_VERIFY_WITH_TIMEOUT(answering.pingsSeen() >= 4, 10 * (pingInterval + pingTimeout));
    QVERIFY(answering.isOpen());
    QVERIFY(answering.sync());
    for (const QByteArray &frame : std::as_const(answering.raw)) {
        if (frame.startsWith('2'))
            QCOMPARE(frame, QByteArray("2"));
    }
}

// ---------------------------------------------------------------- 13. conversation_updated

void TestServerRealtime::conversationCreatedReachesParticipants()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = fx.login(u"yaw"_s);

    RtClient amaSocket, kofiSocket, yawSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(yawSocket, fx, yaw);

    const auto created = fx.post(u"/api/v1/conversations"_s, kofi.token,
                                 {{u"participantId"_s, yaw.userId},
                                  {u"jobId"_s, u"JOB-9001"_s},
                                  {u"jobTitle"_s, u"Fence repair"_s}});
    QCOMPARE(created.status, 201);
    const QString id = created.json.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());

    for (RtClient *c : {&yawSocket, &kofiSocket}) {
        const auto event = c->waitForEvent(u"conversation_updated"_s);
        QVERIFY(event);
        const QJsonObject conversation = event->value("conversation"_L1).toObject();
        QCOMPARE(conversation.value("id"_L1).toString(), id);
        QCOMPARE(conversation.value("type"_L1).toString(), u"direct"_s);
        QCOMPARE(conversation.value("jobId"_L1).toString(), u"JOB-9001"_s);
        QSet<QString> members;
        for (const QJsonValue &p : conversation.value("participants"_L1).toArray())
            members.insert(p.toObject().value("user"_L1).toObject().value("id"_L1).toString());
        QCOMPARE(members, (QSet<QString>{kofi.userId, yaw.userId}));
    }
    QVERIFY(amaSocket.sync());
    QCOMPARE(amaSocket.countEvents(u"conversation_updated"_s), 0);

    // A new message in it then reaches yaw as well.
    const auto sent =
        kofiSocket.call(u"send_message"_s, sendPayload(id, newClientId(), u"Welcome aboard"_s));
    VERIFY_OK(sent);
    const auto heard = yawSocket.waitForEvent(u"new_message"_s);
    QVERIFY(heard);
    QCOMPARE(heard->value("message"_L1).toObject().value("id"_L1).toString(),
             messageOf(sent).value("id"_L1).toString());

    // A new job context for the same pair: the same conversation, updated for both.
    const auto again = fx.post(u"/api/v1/conversations"_s, kofi.token,
                               {{u"participantId"_s, yaw.userId},
                                {u"jobId"_s, u"JOB-9002"_s},
                                {u"jobTitle"_s, u"Gate painting"_s}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("id"_L1).toString(), id);
    for (RtClient *c : {&yawSocket, &kofiSocket}) {
        const auto event = c->waitForEvent(u"conversation_updated"_s);
        QVERIFY(event);
        const QJsonObject conversation = event->value("conversation"_L1).toObject();
        QCOMPARE(conversation.value("id"_L1).toString(), id);
        QCOMPARE(conversation.value("jobId"_L1).toString(), u"JOB-9002"_s);
        QCOMPARE(conversation.value("jobTitle"_L1).toString(), u"Gate painting"_s);
    }

    // Archived (as kofi sees it): kofi's socket hears of it.
    const auto archived =
        fx.request("PATCH", u"/api/v1/conversations/"_s + id, kofi.token, {{u"archived"_s, true}});
    QCOMPARE(archived.status, 200);
    const auto archivedEvent = kofiSocket.waitForEvent(u"conversation_updated"_s);
    QVERIFY(archivedEvent);
    QCOMPARE(archivedEvent->value("conversation"_L1).toObject().value("id"_L1).toString(), id);
    QCOMPARE(archivedEvent->value("conversation"_L1).toObject().value("archived"_L1),
             QJsonValue(true));

    QVERIFY(amaSocket.sync());
    QCOMPARE(amaSocket.countEvents(u"conversation_updated"_s), 0);
}

QTEST_GUILESS_MAIN(TestServerRealtime)
#include "tst_server_realtime.moc"
