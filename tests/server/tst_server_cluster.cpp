// Several real kora-server processes on one PostgreSQL database: every
// guarantee of the contract holds across them (protocol.md 7.8).
#include "ServerFixture.h"
#include "ServerProcess.h"
#include "SioTestClient.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerProcess;
using kora::test::SioTestClient;
using kora::test::TestDatabase;

namespace {

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

QUrl socketUrl(const QUrl &server)
{
    QUrl url = server;
    url.setScheme(u"ws"_s);
    url.setPath(u"/socket.io/"_s);
    url.setQuery(u"EIO=4&transport=websocket"_s);
    return url;
}

struct Login
{
    QString token;
    QString userId;
};

// The seqs of the new_message events a client heard in one conversation, in arrival order.
QList<qint64> heardSeqs(const SioTestClient &c, const QString &conversationId)
{
    QList<qint64> seqs;
    for (const SioTestClient::Event &e : c.events) {
        const QJsonObject m = e.payload.value("message"_L1).toObject();
        if (e.name == "new_message"_L1 && m.value("conversationId"_L1).toString() == conversationId)
            seqs.append(m.value("seq"_L1).toInteger());
    }
    return seqs;
}

} // namespace

class TestServerCluster : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QNetworkAccessManager m_network;

    // A process on the test database; the first one seeds the demo accounts.
    std::unique_ptr<ServerProcess> startProcess(const QStringList &extra = {})
    {
        auto p = std::make_unique<ServerProcess>();
        QStringList args = ServerProcess::clusterArguments(m_db->url()) + extra;
        args << u"--node-heartbeat"_s << u"300"_s << u"--node-timeout"_s << u"3000"_s
             << u"--cluster-check"_s << u"200"_s << u"--demo"_s;
        if (!p->start(args))
            qWarning("%s", qPrintable(p->error()));
        return p;
    }
    Login login(const ServerProcess &p, const QString &who)
    {
        const HttpResult r = kora::test::loginDemo(m_network, p.url(), who);
        return {r.json.value("token"_L1).toString(),
                r.json.value("user"_L1).toObject().value("id"_L1).toString()};
    }
    HttpResult call(const ServerProcess &p, const QByteArray &method, const QString &path,
                    const Login &who, const QJsonObject &body = {})
    {
        return kora::test::httpRequest(m_network, p.url(), method, path, who.token, body);
    }
    QString direct(const ServerProcess &p, const Login &from, const Login &to)
    {
        return call(p, "POST", u"/api/v1/conversations"_s, from, {{u"participantId"_s, to.userId}})
            .json.value("id"_L1)
            .toString();
    }
    qint64 lastSeq(const ServerProcess &p, const Login &who, const QString &conversationId)
    {
        return call(p, "GET", u"/api/v1/conversations/"_s + conversationId, who)
            .json.value("lastSeq"_L1)
            .toInteger(-1);
    }
    // Every message of the conversation through REST, oldest first.
    QList<QJsonObject> history(const ServerProcess &p, const Login &who,
                               const QString &conversationId)
    {
        QList<QJsonObject> all;
        qint64 after = 0;
        for (;;) {
            const HttpResult r = call(
                p, "GET",
                u"/api/v1/conversations/%1/messages?afterSeq=%2&limit=100"_s.arg(conversationId)
                    .arg(after),
                who);
            const QJsonArray page = r.json.value("messages"_L1).toArray();
            for (const QJsonValue &m : page)
                all.append(m.toObject());
            if (page.isEmpty() || !r.json.value("hasMore"_L1).toBool())
                break;
            after = page.last().toObject().value("seq"_L1).toInteger();
        }
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QVERIFY(m_db->isPostgres());
    }
    void cleanup() { m_db.reset(); }

    void liveEventsReachSocketsOnEveryProcess()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        const Login ama = login(*a, u"ama"_s), kofi = login(*b, u"kofi"_s);
        const QString id = direct(*a, ama, kofi);
        QVERIFY(!id.isEmpty());

        SioTestClient kofiSocket;
        QVERIFY(kofiSocket.connectWithToken(socketUrl(b->url()), kofi.token));
        SioTestClient amaSocket;
        QVERIFY(amaSocket.connectWithToken(socketUrl(a->url()), ama.token));

        // Presence: Kofi (on B) hears Ama come online on A, and asks for it.
        auto online = kofiSocket.waitForEvent(u"user_status"_s);
        QVERIFY(online);
        QCOMPARE(online->value("userId"_L1).toString(), ama.userId);
        QCOMPARE(online->value("online"_L1).toBool(), true);
        auto statuses =
            kofiSocket.call(u"get_online_status"_s, {{u"userIds"_s, QJsonArray{ama.userId}}});
        QVERIFY(statuses);
        QCOMPARE(statuses->value("statuses"_L1)
                     .toObject()
                     .value(ama.userId)
                     .toObject()
                     .value("online"_L1)
                     .toBool(),
                 true);

        // A message sent on A reaches Kofi on B.
        const auto sent = amaSocket.call(u"send_message"_s,
                                         sendPayload(id, newClientId(), u"across processes"_s));
        QVERIFY(sent && sent->value("ok"_L1).toBool());
        const QJsonObject stored = sent->value("message"_L1).toObject();
        auto heard = kofiSocket.waitForEvent(u"new_message"_s);
        QVERIFY(heard);
        QCOMPARE(heard->value("message"_L1).toObject().value("body"_L1).toString(),
                 u"across processes"_s);
        QCOMPARE(heard->value("message"_L1).toObject().value("id"_L1), stored.value("id"_L1));

        // Typing on B reaches Ama on A, and its end too.
        kofiSocket.emitEvent(u"typing_start"_s, {{u"conversationId"_s, id}});
        auto typing = amaSocket.waitForEvent(u"user_typing"_s);
        QVERIFY(typing);
        QCOMPARE(typing->value("userId"_L1).toString(), kofi.userId);
        QCOMPARE(typing->value("isTyping"_L1).toBool(), true);
        kofiSocket.emitEvent(u"typing_stop"_s, {{u"conversationId"_s, id}});
        typing = amaSocket.waitForEvent(u"user_typing"_s);
        QVERIFY(typing);
        QCOMPARE(typing->value("isTyping"_L1).toBool(), false);

        // Receipts from B reach A.
        const qint64 seq = stored.value("seq"_L1).toInteger();
        auto read =
            kofiSocket.call(u"mark_as_read"_s, {{u"conversationId"_s, id}, {u"seq"_s, seq}});
        QVERIFY(read && read->value("ok"_L1).toBool());
        auto receipt = amaSocket.waitForEvent(u"message_read"_s);
        QVERIFY(receipt);
        QCOMPARE(receipt->value("userId"_L1).toString(), kofi.userId);
        QCOMPARE(receipt->value("seq"_L1).toInteger(), seq);

        // An edit through REST on B reaches A as message_updated.
        const HttpResult edited =
            call(*b, "PATCH", u"/api/v1/messages/"_s + stored.value("id"_L1).toString(), ama,
                 {{u"body"_s, u"edited on B"_s}});
        QCOMPARE(edited.status, 200);
        auto updated = amaSocket.waitForEvent(u"message_updated"_s);
        QVERIFY(updated);
        QCOMPARE(updated->value("message"_L1).toObject().value("body"_L1).toString(),
                 u"edited on B"_s);
        QVERIFY(kofiSocket.waitForEvent(u"message_updated"_s));

        // A new conversation made on A is announced to its other person on B.
        const Login efua = login(*a, u"efua"_s);
        const QString fresh = call(*a, "POST", u"/api/v1/conversations"_s, efua,
                                   {{u"participantId"_s, kofi.userId},
                                    {u"jobId"_s, u"JOB-9"_s},
                                    {u"jobTitle"_s, u"Fence"_s}})
                                  .json.value("id"_L1)
                                  .toString();
        QVERIFY(!fresh.isEmpty());
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const auto &e : kofiSocket.events) {
                    if (e.name == "conversation_updated"_L1 &&
                        e.payload.value("conversation"_L1).toObject().value("id"_L1) == fresh)
                        return true;
                }
                return false;
            },
            5000));

        // Ama's last socket closes on A: Kofi on B hears her go offline.
        amaSocket.socket().close();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &e = kofiSocket.events.last();
                return e.name == "user_status"_L1 &&
                       e.payload.value("userId"_L1).toString() == ama.userId &&
                       !e.payload.value("online"_L1).toBool();
            },
            5000));
    }

    void concurrentSendsOnTwoProcessesAreGapFreeAndInOrder()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        const Login yaw = login(*a, u"yaw"_s), efua = login(*b, u"efua"_s);
        const QString id = direct(*a, yaw, efua);
        QVERIFY(!id.isEmpty());
        const qint64 start = lastSeq(*a, yaw, id);

        SioTestClient yawSocket, efuaSocket;
        QVERIFY(yawSocket.connectWithToken(socketUrl(a->url()), yaw.token));
        QVERIFY(efuaSocket.connectWithToken(socketUrl(b->url()), efua.token));
        constexpr int each = 300;
        QList<qint64> yawAcks, efuaAcks;
        for (int i = 0; i < each; ++i) {
            yawAcks.append(
                yawSocket.post(u"send_message"_s, sendPayload(id, newClientId(), u"y%1"_s.arg(i))));
            efuaAcks.append(efuaSocket.post(u"send_message"_s,
                                            sendPayload(id, newClientId(), u"e%1"_s.arg(i))));
        }
        QTRY_COMPARE_WITH_TIMEOUT(yawSocket.acks().size() + efuaSocket.acks().size(), 2 * each,
                                  60000);
        for (const qint64 ack : std::as_const(yawAcks))
            QVERIFY(yawSocket.acks().value(ack).value("ok"_L1).toBool());
        for (const qint64 ack : std::as_const(efuaAcks))
            QVERIFY(efuaSocket.acks().value(ack).value("ok"_L1).toBool());

        // Both clients heard every message once, in seq order, gap-free.
        QList<qint64> expected;
        for (qint64 s = start + 1; s <= start + 2 * each; ++s)
            expected.append(s);
        QTRY_COMPARE_WITH_TIMEOUT(heardSeqs(yawSocket, id).size(), 2 * each, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(heardSeqs(efuaSocket, id).size(), 2 * each, 30000);
        QCOMPARE(heardSeqs(yawSocket, id), expected);
        QCOMPARE(heardSeqs(efuaSocket, id), expected);

        // The database holds each exactly once, seq 1..n without a gap.
        const QList<QJsonObject> stored = history(*b, efua, id);
        QList<qint64> seqs;
        QSet<QString> bodies;
        for (const QJsonObject &m : stored) {
            seqs.append(m.value("seq"_L1).toInteger());
            bodies.insert(m.value("body"_L1).toString());
        }
        QCOMPARE(seqs.size(), int(start) + 2 * each);
        for (int i = 0; i < seqs.size(); ++i)
            QCOMPARE(seqs.at(i), qint64(i + 1));
        QCOMPARE(bodies.size(), int(start) + 2 * each);
    }

    void oneClientIdOnTwoProcessesIsOneMessage()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        const Login kofiA = login(*a, u"kofi"_s), kofiB = login(*b, u"kofi"_s);
        const Login efua = login(*a, u"efua"_s);
        const QString id = direct(*a, kofiA, efua);

        for (int round = 0; round < 10; ++round) {
            const QString clientId = newClientId();
            SioTestClient onA, onB;
            QVERIFY(onA.connectWithToken(socketUrl(a->url()), kofiA.token));
            QVERIFY(onB.connectWithToken(socketUrl(b->url()), kofiB.token));
            // The same send on both transports: socket on A, REST on B, at once.
            const qint64 ack = onA.post(u"send_message"_s, sendPayload(id, clientId, u"once"_s));
            const HttpResult rest = call(*b, "POST", u"/api/v1/conversations/%1/messages"_s.arg(id),
                                         kofiB, kora::test::textMessage(u"once"_s, clientId));
            QVERIFY2(rest.status == 201 || rest.status == 200, rest.body.constData());
            QTRY_VERIFY(onA.acks().contains(ack));
            const QJsonObject viaSocket = onA.acks().value(ack).value("message"_L1).toObject();
            QCOMPARE(viaSocket.value("id"_L1), rest.json.value("id"_L1));
        }
        int ones = 0;
        for (const QJsonObject &m : history(*a, efua, id))
            ones += m.value("body"_L1).toString() == "once"_L1 ? 1 : 0;
        QCOMPARE(ones, 10);

        // Get-or-create of one pair at the same moment on two processes: one conversation.
        const Login yawA = login(*a, u"yaw"_s), efuaB = login(*b, u"efua"_s);
        QNetworkAccessManager second;
        auto *first = m_network.post(
            [&] {
                QNetworkRequest r(kora::test::withPath(a->url(), u"/api/v1/conversations"_s));
                r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
                r.setRawHeader("Authorization", "Bearer " + yawA.token.toLatin1());
                return r;
            }(),
            QJsonDocument(QJsonObject{{u"participantId"_s, efuaB.userId}}).toJson());
        const HttpResult other =
            kora::test::httpRequest(second, b->url(), "POST", u"/api/v1/conversations"_s,
                                    efuaB.token, {{u"participantId"_s, yawA.userId}});
        QTRY_VERIFY(first->isFinished());
        const QString firstId =
            QJsonDocument::fromJson(first->readAll()).object().value("id"_L1).toString();
        first->deleteLater();
        QVERIFY(!firstId.isEmpty());
        QCOMPARE(other.json.value("id"_L1).toString(), firstId);
    }

    // Protocol 7.4 across processes: a block is read from the database, so
    // one made on A is enforced on B at once (REST and socket), and lifted so.
    void blockOnOneProcessHoldsOnTheOther()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        const Login ama = login(*a, u"ama"_s), kofi = login(*b, u"kofi"_s);
        const QString id = direct(*a, ama, kofi);
        SioTestClient kofiSocket;
        QVERIFY(kofiSocket.connectWithToken(socketUrl(b->url()), kofi.token));

        QCOMPARE(call(*a, "PUT", u"/api/v1/blocks/"_s + kofi.userId, ama).status, 204);
        const HttpResult refused = call(*b, "POST", u"/api/v1/conversations/%1/messages"_s.arg(id),
                                        kofi, kora::test::textMessage(u"hello?"_s));
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"blocked"_s);
        const auto ack =
            kofiSocket.call(u"send_message"_s, sendPayload(id, newClientId(), u"hi"_s));
        QVERIFY(ack);
        QCOMPARE(ack->value("error"_L1).toObject().value("code"_L1).toString(), u"blocked"_s);

        QCOMPARE(call(*a, "DELETE", u"/api/v1/blocks/"_s + kofi.userId, ama).status, 204);
        QCOMPARE(call(*b, "POST", u"/api/v1/conversations/%1/messages"_s.arg(id), kofi,
                      kora::test::textMessage(u"thanks"_s))
                     .status,
                 201);
    }

    void killedProcessLosesNothingAcknowledged()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        auto c = startProcess();
        QVERIFY2(!c->url().isEmpty(), qPrintable(c->error()));
        const Login ama = login(*a, u"ama"_s), kofi = login(*c, u"kofi"_s);
        const QString id = direct(*a, ama, kofi);
        const qint64 start = lastSeq(*a, ama, id);

        SioTestClient kofiSocket;
        QVERIFY(kofiSocket.connectWithToken(socketUrl(c->url()), kofi.token));
        auto amaSocket = std::make_unique<SioTestClient>();
        QVERIFY(amaSocket->connectWithToken(socketUrl(a->url()), ama.token));
        QVERIFY(kofiSocket.waitForEvent(u"user_status"_s)); // Ama online (through A)

        // Ama sends 200 on A; A dies (SIGKILL) part-way through.
        QHash<qint64, QString> clientIds; // ack id → clientId
        for (int i = 0; i < 200; ++i) {
            const QString clientId = newClientId();
            clientIds.insert(
                amaSocket->post(u"send_message"_s, sendPayload(id, clientId, u"m%1"_s.arg(i))),
                clientId);
        }
        QTRY_VERIFY(amaSocket->acks().size() >= 20);
        a->kill();
        QSet<QString> acknowledged;
        for (auto it = amaSocket->acks().cbegin(); it != amaSocket->acks().cend(); ++it) {
            if (it.value().value("ok"_L1).toBool())
                acknowledged.insert(clientIds.value(it.key()));
        }
        QVERIFY(!acknowledged.isEmpty());

        // A's sockets stop counting: Kofi (on C) hears Ama go offline.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &e = kofiSocket.events.last();
                return e.name == "user_status"_L1 && !e.payload.value("online"_L1).toBool();
            },
            10000));

        // Ama reconnects to B and sends again what was not acknowledged (same clientIds).
        amaSocket = std::make_unique<SioTestClient>();
        QVERIFY(amaSocket->connectWithToken(socketUrl(b->url()), ama.token));
        int resent = 0;
        for (auto it = clientIds.cbegin(); it != clientIds.cend(); ++it) {
            if (acknowledged.contains(it.value()))
                continue;
            const auto ack =
                amaSocket->call(u"send_message"_s, sendPayload(id, it.value(), u"again"_s));
            QVERIFY(ack && ack->value("ok"_L1).toBool());
            ++resent;
        }
        QCOMPARE(acknowledged.size() + resent, 200);

        // Kofi catches up with afterSeq: every message once, acknowledged ones included.
        const QList<QJsonObject> all = history(*c, kofi, id);
        QSet<QString> stored;
        for (const QJsonObject &m : all)
            stored.insert(m.value("clientId"_L1).toString());
        for (const QString &clientId : std::as_const(acknowledged))
            QVERIFY(stored.contains(clientId));
        QCOMPARE(all.size(), int(start) + 200);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).value("seq"_L1).toInteger(), qint64(i + 1));
        // Live, Kofi heard each message at most once, in seq order.
        const QList<qint64> live = heardSeqs(kofiSocket, id);
        QCOMPARE(QSet<qint64>(live.cbegin(), live.cend()).size(), live.size());
        QVERIFY(std::is_sorted(live.cbegin(), live.cend()));
    }

    void lostDatabaseConnectionIsReopened()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        const Login ama = login(*a, u"ama"_s), kofi = login(*a, u"kofi"_s);
        const QString id = direct(*a, ama, kofi);
        const qint64 start = lastSeq(*a, ama, id);

        // The server's query connection is cut under it (a failover, a restart, an operator).
        QString error;
        QVERIFY2(TestDatabase::runPostgres(m_db->url(),
                                           {u"SELECT pg_terminate_backend(pid) FROM"
                                            " pg_stat_activity WHERE application_name ="
                                            " 'kora-server' AND datname = current_database()"_s},
                                           &error),
                 qPrintable(error));
        // Each request answers at once: stored (201), or a clear internal error
        // for the one that met the cut; the server is not restarted.
        int stored = 0;
        for (int i = 0; i < 5; ++i) {
            const HttpResult r = call(*a, "POST", u"/api/v1/conversations/%1/messages"_s.arg(id),
                                      ama, kora::test::textMessage(u"after the cut %1"_s.arg(i)));
            QVERIFY2(r.status == 201 || (r.status == 500 && r.errorCode() == "internal"_L1),
                     r.body.constData());
            stored += r.status == 201 ? 1 : 0;
        }
        QVERIFY(stored >= 4);
        // Nothing half-stored: exactly the acknowledged messages, gap-free.
        const QList<QJsonObject> all = history(*a, kofi, id);
        QCOMPARE(all.size(), int(start) + stored);
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all.at(i).value("seq"_L1).toInteger(), qint64(i + 1));
    }

    void cutListenerMissesNothing()
    {
        auto a = startProcess();
        QVERIFY2(!a->url().isEmpty(), qPrintable(a->error()));
        auto b = startProcess();
        QVERIFY2(!b->url().isEmpty(), qPrintable(b->error()));
        const Login ama = login(*a, u"ama"_s), kofi = login(*b, u"kofi"_s);
        const QString id = direct(*a, ama, kofi);
        SioTestClient kofiSocket, amaSocket;
        QVERIFY(kofiSocket.connectWithToken(socketUrl(b->url()), kofi.token));
        QVERIFY(amaSocket.connectWithToken(socketUrl(a->url()), ama.token));
        const auto first =
            amaSocket.call(u"send_message"_s, sendPayload(id, newClientId(), u"before"_s));
        QVERIFY(first && first->value("ok"_L1).toBool());
        QTRY_COMPARE(heardSeqs(kofiSocket, id).size(), 1);

        // Every listening connection is cut, then messages are sent at once on A.
        QString error;
        QVERIFY2(
            TestDatabase::runPostgres(m_db->url(),
                                      {u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                       " WHERE application_name = 'kora-server-listen'"
                                       " AND datname = current_database()"_s},
                                      &error),
            qPrintable(error));
        for (int i = 0; i < 20; ++i) {
            const auto sent = amaSocket.call(u"send_message"_s,
                                             sendPayload(id, newClientId(), u"during %1"_s.arg(i)));
            QVERIFY(sent && sent->value("ok"_L1).toBool());
        }
        // B notices, listens again and catches up: nothing is missed, in order.
        QTRY_COMPARE_WITH_TIMEOUT(heardSeqs(kofiSocket, id).size(), 21, 15000);
        const QList<qint64> seqs = heardSeqs(kofiSocket, id);
        QVERIFY(std::is_sorted(seqs.cbegin(), seqs.cend()));
        QCOMPARE(QSet<qint64>(seqs.cbegin(), seqs.cend()).size(), 21);
        // And delivery goes on live afterwards.
        QVERIFY(amaSocket.call(u"send_message"_s, sendPayload(id, newClientId(), u"after"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(heardSeqs(kofiSocket, id).size(), 22, 10000);
    }
};

QTEST_GUILESS_MAIN(TestServerCluster)
#include "tst_server_cluster.moc"
