// The client core under a misbehaving network: two clients exchange 2,000
// messages through a proxy that drops, cuts, delays and blackholes the link;
// afterwards both caches and the server hold every message exactly once, in
// seq order. And a client process killed with SIGKILL in the middle of
// sending 500 queued messages delivers every one, once and in order, after
// a restart.
#include "ClientStack.h"
#include "FaultProxy.h"
#include "ServerFixture.h"

#include "ChatService.h"
#include "KoraServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using kora::test::ServerFixture;

namespace {

// Every message of a conversation as the server has it, in seq order (paged).
QList<QJsonObject> serverMessages(ServerFixture &fx, const QString &token,
                                  const QString &conversationId)
{
    QList<QJsonObject> all;
    qint64 after = 0;
    for (;;) {
        const auto page =
            fx.get(QStringLiteral("/api/v1/conversations/%1/messages?afterSeq=%2&limit=200")
                       .arg(conversationId)
                       .arg(after),
                   token);
        const QJsonArray list = page.json.value(QLatin1String("messages")).toArray();
        for (const QJsonValue &m : list) {
            all.append(m.toObject());
            after = qMax(after, m.toObject().value(QLatin1String("updatedSeq")).toInteger());
        }
        if (!page.json.value(QLatin1String("hasMore")).toBool() || list.isEmpty())
            break;
    }
    std::sort(all.begin(), all.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("seq")).toInteger() <
               b.value(QLatin1String("seq")).toInteger();
    });
    return all;
}

kora::net::SocketIoClient::Options fastReconnect()
{
    kora::net::SocketIoClient::Options options = quietSocketOptions();
    options.reconnectMaxMs = 400;
    options.handshakeTimeoutMs = 2000;
    options.ackTimeoutMs = 3000;
    return options;
}

} // namespace

class TestReliability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoThousandMessagesThroughAFaultyLink()
    {
        auto config = ServerFixture::defaultConfig();
        config.pingIntervalMs = 300;
        config.pingTimeoutMs = 300;
        ServerFixture fx(config);
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        FaultProxy proxy(QHostAddress::LocalHost, fx.port());
        QVERIFY(proxy.listen());
        const QUrl url = proxy.url();
        const auto ama = fx.login(QStringLiteral("ama"));
        const auto kofi = fx.login(QStringLiteral("kofi"));
        const QString conversationId = fx.directConversation(ama, kofi);

        QTemporaryDir dir;
        ClientStack a(url, ama, dir.filePath(QStringLiteral("a.sqlite3")), fastReconnect());
        ClientStack b(url, kofi, dir.filePath(QStringLiteral("b.sqlite3")), fastReconnect());
        QVERIFY2(a.error.isEmpty() && b.error.isEmpty(), qPrintable(a.error + b.error));
        for (ClientStack *c : {&a, &b}) {
            c->api.setTimeoutMs(3000);
            c->socket.open();
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            a.cache->conversation(conversationId) && b.cache->conversation(conversationId), 10000);

        constexpr int perClient = 1000;
        for (int i = 0; i < perClient; ++i) {
            QVERIFY(a.outbox->send(conversationId, QStringLiteral("a-%1").arg(i)));
            QVERIFY(b.outbox->send(conversationId, QStringLiteral("b-%1").arg(i)));
        }

        // Misbehave on a fixed cycle until both outboxes are empty.
        int step = 0;
        QTimer chaos;
        chaos.setInterval(200);
        QObject::connect(&chaos, &QTimer::timeout, [&] {
            switch (step++ % 12) {
            case 0:
                proxy.dropAll();
                break;
            case 2:
                proxy.setDelayMs(15);
                break;
            case 4:
                proxy.setDelayMs(0);
                proxy.cutNextMidFrame();
                break;
            case 6:
                proxy.setBlackhole(true);
                break; // heartbeats must notice
            case 10:
                proxy.setBlackhole(false);
                proxy.setRefuse(true);
                break;
            case 11:
                proxy.setRefuse(false);
                break;
            default:
                break;
            }
        });
        chaos.start();
        QTRY_VERIFY_WITH_TIMEOUT(a.cache->pendingCount() == 0 && b.cache->pendingCount() == 0,
                                 240000);
        chaos.stop();
        proxy.setBlackhole(false);
        proxy.setRefuse(false);
        proxy.setDelayMs(0);
        QVERIFY2(step >= 6, "the link misbehaved while messages were exchanged");
        QVERIFY(proxy.accepted() > 4);

        // The server holds every message exactly once, each sender's in order.
        const QList<QJsonObject> stored = serverMessages(fx, ama.token, conversationId);
        QHash<QString, int> copies;
        QHash<QString, int> lastIndex{{QStringLiteral("a"), -1}, {QStringLiteral("b"), -1}};
        qint64 previousSeq = 0;
        for (const QJsonObject &m : stored) {
            const qint64 seq = m.value(QLatin1String("seq")).toInteger();
            QVERIFY(seq > previousSeq);
            previousSeq = seq;
            const QString body = m.value(QLatin1String("body")).toString();
            const QStringList parts = body.split(QLatin1Char('-'));
            if (parts.size() != 2 ||
                (parts[0] != QLatin1String("a") && parts[0] != QLatin1String("b")))
                continue;
            ++copies[body];
            QCOMPARE(parts[1].toInt(), lastIndex[parts[0]] + 1); // in the order written
            lastIndex[parts[0]] = parts[1].toInt();
        }
        QCOMPARE(copies.size(), 2 * perClient);
        for (auto it = copies.cbegin(); it != copies.cend(); ++it)
            QCOMPARE(it.value(), 1);

        // Both caches converge on the server's history: same ids, seq order, no duplicates.
        const qint64 lastSeq = stored.last().value(QLatin1String("seq")).toInteger();
        for (ClientStack *c : {&a, &b}) {
            QTRY_VERIFY_WITH_TIMEOUT(c->cache->syncedSeq(conversationId) >= lastSeq, 30000);
            const QList<kora::models::CachedMessage> cached =
                c->cache->messages(conversationId, 100000);
            const qint64 oldest = cached.first().message.seq;
            QStringList expected;
            for (const QJsonObject &m : stored) {
                if (m.value(QLatin1String("seq")).toInteger() >= oldest)
                    expected.append(m.value(QLatin1String("id")).toString());
            }
            QStringList actual;
            for (const auto &m : cached) {
                QVERIFY(!m.pending);
                actual.append(m.message.id);
            }
            QCOMPARE(actual, expected);
            QVERIFY(actual.size() >= 2 * perClient);
        }
    }

    void killedMidSendDeliversEverythingOnceAfterRestart()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto ama = fx.login(QStringLiteral("ama"));
        const auto kofi = fx.login(QStringLiteral("kofi"));
        const QString conversationId = fx.directConversation(ama, kofi);
        QTemporaryDir dir;
        const QString cachePath = dir.filePath(QStringLiteral("ama.sqlite3"));
        constexpr int count = 500;
        {
            // The user typed 500 messages while offline.
            ClientStack offline(fx.url(), ama, cachePath);
            QVERIFY(offline.error.isEmpty());
            QVERIFY(offline.cache->upsertConversations(
                {kora::proto::Conversation{conversationId, QStringLiteral("direct")}}));
            for (int i = 0; i < count; ++i)
                QVERIFY(offline.outbox->send(conversationId, QStringLiteral("k-%1").arg(i)));
            QCOMPARE(offline.cache->pendingCount(), count);
        }

        int received = 0;
        QObject::connect(&fx.server().chat(), &kora::server::ChatService::messageCreated,
                         [&](const kora::proto::Message &m) {
                             received += m.body.startsWith(QLatin1String("k-"));
                         });
        const QStringList arguments{
            QStringLiteral("--cache"), cachePath, QStringLiteral("--server"), fx.url().toString(),
            QStringLiteral("--token"), ama.token, QStringLiteral("--user"),   ama.userId};
        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(KORA_OUTBOX_SENDER), arguments);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(received >= 100, 30000);
        first.kill(); // SIGKILL: no chance to tidy up
        QVERIFY(first.waitForFinished());
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(received < count);

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(KORA_OUTBOX_SENDER), arguments);
        QVERIFY(second.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 60000);
        QCOMPARE(second.exitCode(), 0);

        const QList<QJsonObject> stored = serverMessages(fx, ama.token, conversationId);
        QStringList bodies;
        for (const QJsonObject &m : stored) {
            if (m.value(QLatin1String("body")).toString().startsWith(QLatin1String("k-")))
                bodies.append(m.value(QLatin1String("body")).toString());
        }
        QCOMPARE(bodies.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(bodies[i], QStringLiteral("k-%1").arg(i)); // each once, in the order typed
        // The restarted client's cache shows them all as sent.
        auto cache = kora::models::Cache::open(cachePath);
        QVERIFY(cache);
        QCOMPARE((*cache)->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReliability)
#include "tst_reliability.moc"
