// Limits and bad input at the edges of kora-server: rate limits, login
// throttling, bounded request bodies and headers, idle connections, expired
// tokens, and storage that is corrupt or from the future. Each refusal is a
// clear error and nothing is half-stored.
#include "ServerFixture.h"
#include "ServerProcess.h"

#include "ChatService.h"
#include "Database.h"
#include "ServerLogging.h"
#include "TokenService.h"
#include "protocol/Json.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::textMessage;

namespace {

// True once `answer` holds a whole HTTP response (headers and Content-Length body).
bool isCompleteResponse(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const qsizetype at = answer.toLower().indexOf("content-length:");
    if (at < 0 || at > end)
        return true;
    const qsizetype lineEnd = answer.indexOf("\r\n", at);
    const qint64 length = answer.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
    return answer.size() - (end + 4) >= length;
}

// Sends raw bytes on a fresh connection and returns the server's first
// complete response (or what came before it closed, or before `timeoutMs`).
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    QByteArray answer;
    // The caller checks what came back; a timeout simply returns less.
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return isCompleteResponse(answer) ||
                   socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return answer;
}

} // namespace

namespace {
// A 2×2 PNG whose tEXt chunk has a wrong CRC: libpng warns and reads on.
QByteArray pngWithBadTextChunk()
{
    const auto chunk = [](const QByteArray &type, const QByteArray &data, bool badCrc = false) {
        QByteArray out;
        const auto be32 = [&out](quint32 v) {
            for (int shift = 24; shift >= 0; shift -= 8)
                out.append(char((v >> shift) & 0xff));
        };
        be32(quint32(data.size()));
        out += type;
        out += data;
        quint32 crc = 0xffffffffu;
        const QByteArray crcInput = type + data;
        for (const char byte : crcInput) {
            crc ^= quint8(byte);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        crc ^= 0xffffffffu;
        be32(badCrc ? crc ^ 1u : crc);
        return out;
    };
    const QByteArray header = QByteArray::fromHex("00000002000000020802000000");
    QByteArray raw;
    for (int row = 0; row < 2; ++row)
        raw += QByteArray::fromHex("00ff0000ff0000");
    QByteArray deflated = qCompress(raw).mid(4); // qCompress: 4-byte length, then zlib
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header) +
           chunk("tEXt", QByteArray("Comment\0hi", 10), true) + chunk("IDAT", deflated) +
           chunk("IEND", {});
}
} // namespace

class TestServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageRateLimit()
    {
        auto config = ServerFixture::defaultConfig();
        config.messageLimitPer10s = 20;
        config.benchUsers = 2; // fresh users: the demo seed has sent as the demo ones
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto login = [&](const QString &email) {
            const HttpResult r =
                fx.post(QStringLiteral("/api/v1/auth/login"), {},
                        {{QStringLiteral("email"), email},
                         {QStringLiteral("password"), QStringLiteral("bench-password")}});
            return ServerFixture::Login{r.json.value(QLatin1String("token")).toString(),
                                        r.json.value(QLatin1String("user"))
                                            .toObject()
                                            .value(QLatin1String("id"))
                                            .toString()};
        };
        const auto ama = login(QStringLiteral("bench-0001@bench.kora"));
        const auto kofi = login(QStringLiteral("bench-0002@bench.kora"));
        QVERIFY(!ama.token.isEmpty() && !kofi.token.isEmpty());
        const QString id = fx.directConversation(ama, kofi);
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        const QString firstClientId = kora::proto::newUuid();
        QCOMPARE(fx.post(path, ama.token, textMessage(QStringLiteral("0"), firstClientId)).status,
                 201);
        for (int i = 1; i < 20; ++i)
            QCOMPARE(fx.post(path, ama.token, textMessage(QString::number(i))).status, 201);
        const qint64 lastSeq = fx.get(QStringLiteral("/api/v1/conversations/") + id, ama.token)
                                   .json.value(QLatin1String("lastSeq"))
                                   .toInteger();

        const HttpResult limited =
            fx.post(path, ama.token, textMessage(QStringLiteral("one too many")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QVERIFY(limited.header("retry-after").toInt() <= 10);
        QCOMPARE(fx.get(QStringLiteral("/api/v1/conversations/") + id, ama.token)
                     .json.value(QLatin1String("lastSeq"))
                     .toInteger(),
                 lastSeq);

        // A retry of a message already stored is answered even while limited.
        QCOMPARE(fx.post(path, ama.token, textMessage(QStringLiteral("0"), firstClientId)).status,
                 200);
        // The limit is per user: kofi can still write.
        QCOMPARE(fx.post(path, kofi.token, textMessage(QStringLiteral("hi"))).status, 201);
    }

    // Edits and deletes spend the message budget; making conversations has a
    // budget of its own (opening one that exists is free). Past either: 429
    // with Retry-After, and nothing changed.
    void editsAndNewConversationsAreRated()
    {
        auto config = ServerFixture::defaultConfig();
        config.messageLimitPer10s = 3;
        config.conversationLimitPerHour = 2;
        config.benchUsers = 4; // fresh users with fresh budgets
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QList<ServerFixture::Login> bench;
        for (int i = 1; i <= 4; ++i) {
            const HttpResult r =
                fx.post(QStringLiteral("/api/v1/auth/login"), {},
                        {{QStringLiteral("email"), QStringLiteral("bench-000%1@bench.kora").arg(i)},
                         {QStringLiteral("password"), QStringLiteral("bench-password")}});
            bench.append(
                {r.json.value(QLatin1String("token")).toString(),
                 r.json.value(QLatin1String("user")).toObject().value(u"id"_qs).toString()});
            QVERIFY(!bench.last().token.isEmpty());
        }
        const ServerFixture::Login &a = bench[0];
        const QString ab = fx.directConversation(a, bench[1]);
        QVERIFY(!ab.isEmpty());
        const HttpResult sent = fx.post(u"/api/v1/conversations/"_qs + ab + u"/messages"_qs,
                                        a.token, textMessage(u"first"_qs));
        QCOMPARE(sent.status, 201);
        const QString path = u"/api/v1/messages/"_qs + sent.json.value(u"id"_qs).toString();
        for (const QString &body : {u"second"_qs, u"third"_qs})
            QCOMPARE(fx.request("PATCH", path, a.token, {{u"body"_qs, body}}).status, 200);
        HttpResult limited = fx.request("PATCH", path, a.token, {{u"body"_qs, u"fourth"_qs}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"rate_limited"_qs);
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QCOMPARE(fx.request("DELETE", path, a.token).status, 429);
        const HttpResult history =
            fx.get(u"/api/v1/conversations/"_qs + ab + u"/messages"_qs, a.token);
        const QJsonArray messages = history.json.value(u"messages"_qs).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().toObject().value(u"body"_qs).toString(), u"third"_qs);

        // Conversations: a has made one; one more, then refused; the existing one still opens.
        QVERIFY(!fx.directConversation(a, bench[2]).isEmpty());
        limited =
            fx.post(u"/api/v1/conversations"_qs, a.token, {{u"participantId"_qs, bench[3].userId}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), u"rate_limited"_qs);
        limited = fx.post(u"/api/v1/conversations"_qs, a.token,
                          {{u"type"_qs, u"group"_qs},
                           {u"title"_qs, u"Crew"_qs},
                           {u"participantIds"_qs, QJsonArray{bench[1].userId, bench[3].userId}}});
        QCOMPARE(limited.status, 429);
        QCOMPARE(fx.directConversation(a, bench[1]), ab);
        // Per user: another one can still make one.
        QVERIFY(!fx.directConversation(bench[3], bench[2]).isEmpty());
    }

    void peopleSearchIsRateLimitedPerUser()
    {
        auto config = ServerFixture::defaultConfig();
        config.userSearchLimitPerMinute = 3;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto kofi = fx.login(QStringLiteral("kofi"));
        const auto ama = fx.login(QStringLiteral("ama"));
        const QString path = QStringLiteral("/api/v1/users?query=a");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(fx.get(path, kofi.token).status, 200);
        const HttpResult limited = fx.get(path, kofi.token);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QVERIFY(limited.header("retry-after").toInt() <= 60);
        // Per user: someone else searches on.
        QCOMPARE(fx.get(path, ama.token).status, 200);
    }

    void loginThrottle()
    {
        auto config = ServerFixture::defaultConfig();
        config.loginLimitPerMinute = 10;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const QJsonObject wrong{{QStringLiteral("email"), QStringLiteral("ama@demo.kora")},
                                {QStringLiteral("password"), QStringLiteral("guess")}};
        for (int i = 0; i < 10; ++i)
            QCOMPARE(fx.post(QStringLiteral("/api/v1/auth/login"), {}, wrong).status, 401);
        const HttpResult r =
            fx.post(QStringLiteral("/api/v1/auth/login"), {},
                    {{QStringLiteral("email"), QStringLiteral("ama@demo.kora")},
                     {QStringLiteral("password"), QStringLiteral("demo-password")}});
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(r.header("retry-after").toInt() > 0);
    }

    void expiredTokenIsRefused()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto ama = fx.login(QStringLiteral("ama"));
        kora::server::TokenService tokens(ServerFixture::defaultConfig().jwtSecret.toUtf8());
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-2);
        const QString expired = tokens.issue(
            {ama.userId, QStringLiteral("worker"), QStringLiteral("Ama"), past, past.addDays(1)});
        const HttpResult r = fx.get(QStringLiteral("/api/v1/me"), expired);
        QCOMPARE(r.status, 401);
        QVERIFY(r.json.value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("expired")));
        // A token signed with another secret is refused too.
        kora::server::TokenService other(QByteArrayLiteral("another-secret"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(fx.get(QStringLiteral("/api/v1/me"),
                        other.issue({ama.userId, QStringLiteral("worker"), QStringLiteral("Ama"),
                                     now, now.addDays(1)}))
                     .status,
                 401);
    }

    void oversizedBodyIsRefusedBeforeItIsRead()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        // Declares 50 MB and sends only the headers: the answer must not wait for the body.
        const QByteArray answer = rawExchange(
            fx.port(), "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                       "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("\"too_large\""));
        // The server still serves others.
        QCOMPARE(fx.get(QStringLiteral("/api/v1/health"), {}).status, 200);
    }

    void chunkedBodyIsRefused()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const QByteArray answer =
            rawExchange(fx.port(), "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());
    }

    // An upload's token is checked from its headers: without a valid one the
    // answer comes before any of the body is read (nothing is buffered).
    void uploadWithoutTokenIsRefusedBeforeItsBody_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("garbage") << QByteArray("Authorization: Bearer nope\r\n");
        QTest::newRow("basic") << QByteArray("Authorization: Basic YTpi\r\n");
    }
    void uploadWithoutTokenIsRefusedBeforeItsBody()
    {
        QFETCH(QByteArray, authorization);
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const QByteArray answer = rawExchange(
            fx.port(), "POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\n" + authorization +
                           "Content-Type: image/png\r\nContent-Length: 20000000\r\n"
                           "\r\n\x89PNG");
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.left(200).constData());
        QVERIFY(answer.contains("\"unauthorized\""));
    }

    // A body trickling in (a byte now and then resets no deadline) is cut.
    void slowBodyIsCut()
    {
        auto config = ServerFixture::defaultConfig();
        config.bodyTimeoutMs = 400;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fx.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nContent-Length: 100\r\n\r\n{");
        QByteArray answer;
        QTimer trickle; // keeps the connection busy, so the idle timeout never fires
        trickle.setInterval(100);
        connect(&trickle, &QTimer::timeout, &socket, [&socket] { socket.write(" "); });
        trickle.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\r\n\r\n");
            },
            5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());
    }

    // Past the connections allowed per address, a new one gets 503 with
    // Retry-After; when one closes, there is room again.
    void connectionsPerAddressAreCapped()
    {
        auto config = ServerFixture::defaultConfig();
        config.maxConnectionsPerAddress = 3;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, fx.port());
            QVERIFY(held.back()->waitForConnected(5000));
        }
        // The server has accepted them once a request on each is answered.
        for (auto &socket : held) {
            socket->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY(QTest::qWaitFor(
                [&] { return socket->bytesAvailable() > 0 || socket->waitForReadyRead(100); },
                5000));
            socket->readAll();
        }
        const QByteArray refused =
            rawExchange(fx.port(), "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY2(refused.startsWith("HTTP/1.1 503"), refused.constData());
        QVERIFY(refused.toLower().contains("retry-after: "));
        held.front()->abort();
        held.erase(held.begin());
        QTRY_VERIFY_WITH_TIMEOUT(
            rawExchange(fx.port(), "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
                .startsWith("HTTP/1.1 200"),
            5000);
    }

    // Stalled uploads cannot hold unbounded memory: past 64 MiB of declared
    // body in flight from one address, the next gets 503; a finished or
    // dropped one frees its share.
    void bodyBytesInFlightAreCapped()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto ama = fx.login(QStringLiteral("ama"));
        const QByteArray head = "POST /api/v1/attachments HTTP/1.1\r\nHost: x\r\n"
                                "Authorization: Bearer " +
                                ama.token.toLatin1() +
                                "\r\nContent-Type: image/png\r\nContent-Length: 25000000\r\n\r\n";
        std::vector<std::unique_ptr<QTcpSocket>> stalled;
        for (int i = 0; i < 2; ++i) {
            stalled.push_back(std::make_unique<QTcpSocket>());
            stalled.back()->connectToHost(QHostAddress::LocalHost, fx.port());
            QVERIFY(stalled.back()->waitForConnected(5000));
            stalled.back()->write(head + "\x89PNG");
            QVERIFY(stalled.back()->waitForBytesWritten(5000));
        }
        // 50 MB reserved: a third 25 MB upload is over the 64 MiB per address.
        QTRY_VERIFY_WITH_TIMEOUT(rawExchange(fx.port(), head).startsWith("HTTP/1.1 503"), 5000);
        stalled.front()->abort();
        stalled.erase(stalled.begin());
        // A small JSON request was never in question, and with one dropped
        // the third upload is read (and answered once its body is complete).
        QCOMPARE(fx.get(QStringLiteral("/api/v1/health"), {}).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!rawExchange(fx.port(), head, 300).startsWith("HTTP/1.1 503"),
                                 5000);
    }

    void hugeHeadersAreRefused()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const QByteArray answer = rawExchange(fx.port(), "GET /api/v1/health HTTP/1.1\r\nX-Junk: " +
                                                             QByteArray(20000, 'a') + "\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    }

    void keepAliveRequestsAreFramedRight()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        // A body that contains what looks like a header end, then a second request.
        const QByteArray body = "{\"email\":\"a\\r\\n\\r\\nb\",\"password\":\"x\"}";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fx.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body +
                     "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QVERIFY(QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return answer.contains("\"status\":\"ok\"");
            },
            5000));
        QVERIFY2(answer.startsWith("HTTP/1.1 401"), answer.constData());
    }

    void idleConnectionsAreClosed()
    {
        auto config = ServerFixture::defaultConfig();
        config.idleTimeoutMs = 300;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, fx.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /api/v1/hea"); // a request that never finishes
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
    }

    // An Upgrade header is not a way around the guard: only a real websocket
    // handshake on the realtime path is handed over; any other request is
    // judged like every request, however it is dressed.
    void upgradeHeaderDoesNotLiftTheLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<QByteArray>("status");
        const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\n";
        QTest::newRow("login, 50 MB declared")
            << "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n{"
            << QByteArray("413");
        QTest::newRow("login, 300 KB of JSON")
            << "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "Content-Type: application/json\r\nContent-Length: 300000\r\n\r\n"
            << QByteArray("413");
        QTest::newRow("login, chunked")
            << "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
            << QByteArray("411");
        QTest::newRow("realtime path with a body")
            << "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "Content-Length: 50000000\r\n\r\n"
            << QByteArray("413");
        // Two lengths could mean two bodies: the guard's and the HTTP server's.
        QTest::newRow("two Content-Lengths")
            << "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "Content-Length: 2\r\nContent-Length: 300000\r\n\r\n{}"
            << QByteArray("400");
        QTest::newRow("signed Content-Length")
            << QByteArray(
                   "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: +2\r\n\r\n{}")
            << QByteArray("400");
        QTest::newRow("huge headers")
            << "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: x\r\n" + upgrade +
                   "X-Junk: " + QByteArray(20000, 'a') + "\r\n\r\n"
            << QByteArray("431");
    }

    void upgradeHeaderDoesNotLiftTheLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(QByteArray, status);
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const QByteArray answer = rawExchange(fx.port(), request);
        QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status)), answer.left(200).constData());
        QCOMPARE(fx.get(QStringLiteral("/api/v1/health"), {}).status, 200);
    }

    // What the server keeps on disk is its own: a real kora-server process
    // leaves its data dir 0700 and every file in it unreadable to others.
    void storageIsPrivate()
    {
        kora::test::ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
        const QString sqlite = server.dataDir() + QStringLiteral("/kora.sqlite3");
        QVERIFY(QFileInfo::exists(sqlite));
        QVERIFY(QFileInfo::exists(server.dataDir() + QStringLiteral("/secrets.json")));
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(server.dataDir()).permissions() & others, QFileDevice::Permissions());
        QDirIterator it(server.dataDir(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        int seen = 0;
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            QVERIFY2((entry.permissions() & others) == QFileDevice::Permissions(),
                     qPrintable(entry.filePath()));
            ++seen;
        }
        QVERIFY(seen >= 2);
    }

    // Every record is one logfmt line: quotes, backslashes and control
    // characters in a message are escaped, so text that came from a request
    // can never end a line or forge a record.
    void logRecordsAreEscaped()
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'796'000'000'123, Qt::UTC);
        QCOMPARE(
            logfmtLine(QtInfoMsg, "kora.server", QStringLiteral("plain"), at),
            QStringLiteral("ts=2026-11-30T00:53:20.123Z level=info cat=kora.server msg=\"plain\""));
        const QString forged = QStringLiteral("a\"b\\c\nts=x level=error msg=\"x\"\r\t\x01\u2028é");
        QCOMPARE(logfmtLine(QtWarningMsg, "kora.server", forged, at),
                 QStringLiteral("ts=2026-11-30T00:53:20.123Z level=warn cat=kora.server "
                                "msg=\"a\\\"b\\\\c\\nts=x level=error msg=\\\"x\\\"\\r\\t"
                                "\\u0001\\u2028é\""));
        QCOMPARE(logfmtLine(QtCriticalMsg, nullptr, QStringLiteral("m"), at),
                 QStringLiteral("ts=2026-11-30T00:53:20.123Z level=error cat=default msg=\"m\""));
        QCOMPARE(
            logfmtLine(QtDebugMsg, "odd cat", QStringLiteral("m"), at),
            QStringLiteral("ts=2026-11-30T00:53:20.123Z level=debug cat=\"odd cat\" msg=\"m\""));
    }

    // A real process: libpng's warning about a damaged PNG (the upload is
    // still taken: the damage is in a text chunk) is a record like the others.
    void libraryWarningsFollowTheLogFormat()
    {
        kora::test::ServerProcess server;
        QVERIFY2(server.start({QStringLiteral("--demo")}), qPrintable(server.error()));
        QNetworkAccessManager network;
        const HttpResult login =
            kora::test::loginDemo(network, server.url(), QStringLiteral("ama"));
        QCOMPARE(login.status, 200);
        const QString token = login.json.value(QStringLiteral("token")).toString();
        const HttpResult up = kora::test::httpRequest(network, server.url(), "POST",
                                                      QStringLiteral("/api/v1/attachments"), token,
                                                      {}, pngWithBadTextChunk());
        QCOMPARE(up.status, 201);
        QCOMPARE(up.json.value(QStringLiteral("mime")).toString(), QStringLiteral("image/png"));
        QTRY_VERIFY_WITH_TIMEOUT(server.output().contains(QStringLiteral("libpng warning")), 10000);
        static const QRegularExpression record(
            QStringLiteral("^ts=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z "
                           "level=(debug|info|warn|error|fatal) cat=[A-Za-z0-9_.-]+ "
                           "msg=\"([^\"\\\\]|\\\\.)*\"$"));
        int records = 0;
        bool png = false;
        for (const QString &line : server.output().split(QLatin1Char('\n'))) {
            if (!line.startsWith(QLatin1String("ts=")))
                continue; // the start-up banner (demo accounts, "listening on")
            QVERIFY2(record.match(line).hasMatch(), qPrintable(line));
            ++records;
            png = png || line.contains(QLatin1String(
                             "cat=qt.gui.imageio msg=\"libpng warning: tEXt: CRC error\""));
        }
        QVERIFY(records >= 3);
        QVERIFY2(png, qPrintable(server.output()));
    }

    void dataSurvivesRestart()
    {
        QTemporaryDir dir;
        auto config = ServerFixture::defaultConfig();
        config.jwtSecret.clear(); // generated and kept in the data dir
        config.dataDir = dir.path();
        const QString secretsPath = dir.filePath(QStringLiteral("secrets.json"));
        QString conversationId;
        QString messageId;
        QByteArray secrets;
        {
            auto server = kora::server::KoraServer::create(config);
            QVERIFY2(server, qPrintable(server ? QString() : server.error()));
            auto &chat = (*server)->chat();
            const auto account = chat.userRepository().findByEmail(QStringLiteral("ama@demo.kora"));
            QVERIFY(account && *account);
            const kora::server::Actor ama{(*account)->user.id, QStringLiteral("worker"), {}};
            const auto page = chat.conversations(ama, false, -1, 10);
            QVERIFY(page && !page->conversations.isEmpty());
            conversationId = page->conversations.first().id;
            kora::proto::SendMessageRequest send;
            send.clientId = kora::proto::newUuid();
            send.kind = QStringLiteral("text");
            send.body = QStringLiteral("kept");
            const auto stored = chat.send(ama, conversationId, send);
            QVERIFY(stored);
            messageId = stored->message.id;
            QFile file(secretsPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            secrets = file.readAll();
            QVERIFY(secrets.contains("jwtSecret"));
            QVERIFY(!file.permissions().testFlag(QFileDevice::ReadOther));
        }
        auto server = kora::server::KoraServer::create(config);
        QVERIFY(server);
        auto &chat = (*server)->chat();
        const kora::server::Actor ama{
            (*chat.userRepository().findByEmail(QStringLiteral("ama@demo.kora")))->user.id,
            QStringLiteral("worker"),
            {}};
        const auto page = chat.messages(ama, conversationId, -1, -1, 50);
        QVERIFY(page);
        QCOMPARE(page->messages.last().id, messageId);
        // Seeding again created nothing new, and the secrets were kept.
        QCOMPARE(chat.conversations(ama, false, -1, 50)->conversations.size(), 2);
        QFile file(secretsPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), secrets);
    }

    void corruptDatabaseGivesAClearError()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("kora.sqlite3")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, '\x5a'));
        junk.close();
        auto config = ServerFixture::defaultConfig();
        config.dataDir = dir.path();
        const auto server = kora::server::KoraServer::create(config);
        QVERIFY(!server);
        QVERIFY2(!server.error().isEmpty(), "the operator is told what is wrong");
        // The file is left as it was, for the operator to inspect.
        QCOMPARE(QFileInfo(junk.fileName()).size(), 8192);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        auto config = ServerFixture::defaultConfig();
        config.dataDir = dir.path();
        {
            auto server = kora::server::KoraServer::create(config);
            QVERIFY(server);
        }
        {
            auto db = kora::server::Database::open(
                {dir.filePath(QStringLiteral("kora.sqlite3")), {}, false});
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("UPDATE kora_schema SET version = 999")));
        }
        const auto server = kora::server::KoraServer::create(config);
        QVERIFY(!server);
        QVERIFY2(server.error().contains(QLatin1String("newer")), qPrintable(server.error()));
    }
};

QTEST_GUILESS_MAIN(TestServerLimits)
#include "tst_server_limits.moc"
