// Every REST route of the contract against an in-process kora-server on
// loopback: answers, error codes, idempotency, paging and authorization.
#include "Migrations.h"
#include "ServerFixture.h"

#include "protocol/Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::textMessage;

namespace {

QString messagesPath(const QString &conversationId, const QString &query = {})
{
    return QStringLiteral("/api/v1/conversations/%1/messages").arg(conversationId) +
           (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QList<qint64> seqsOf(const HttpResult &r)
{
    QList<qint64> seqs;
    for (const QJsonValue &m : r.json.value(QLatin1String("messages")).toArray())
        seqs.append(m.toObject().value(QLatin1String("seq")).toInteger());
    return seqs;
}

} // namespace

class TestServerRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        yaw = fx->login(QStringLiteral("yaw"));
        efua = fx->login(QStringLiteral("efua"));
        support = fx->login(QStringLiteral("support"));
        for (const auto *l : {&ama, &kofi, &yaw, &efua, &support})
            QVERIFY(!l->token.isEmpty());
    }

    void secondProcessOnTheSameDatabase()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        auto config = ServerFixture::defaultConfig();
        config.dataDir = fx.dataDir();
        config.databaseUrl = fx.databaseUrl();
        config.demo = false;
        auto second = kora::server::KoraServer::create(config);
        if (fx.isPostgres()) {
            // Several processes share one PostgreSQL database.
            QVERIFY2(second.hasValue(), second ? "" : qPrintable(second.error()));
        } else {
            // One SQLite file serves one process, said plainly with the holder's pid.
            QVERIFY(!second.hasValue());
            QVERIFY2(second.error().contains(QStringLiteral("PostgreSQL")),
                     qPrintable(second.error()));
            QVERIFY2(second.error().contains(QString::number(QCoreApplication::applicationPid())),
                     qPrintable(second.error()));
        }
    }

    void health()
    {
        const HttpResult r = fx->get(QStringLiteral("/api/v1/health"), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json.contains(QLatin1String("version")));
        // Alive, and ready: the database answers at the schema this build expects.
        QCOMPARE(fx->get(QStringLiteral("/healthz"), {}).status, 200);
        const HttpResult ready = fx->get(QStringLiteral("/readyz"), {});
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json.value(QLatin1String("schemaVersion")).toInt(),
                 kora::server::latestSchemaVersion());
        // A schema behind the build (another process mid-migration, a
        // restore from an older backup): not ready, and it says why.
        QVERIFY(fx->sql({QStringLiteral("UPDATE kora_schema SET version = version - 1")}));
        const HttpResult behind = fx->get(QStringLiteral("/readyz"), {});
        QCOMPARE(behind.status, 503);
        QVERIFY2(behind.json.value(QLatin1String("reason"))
                     .toString()
                     .contains(QStringLiteral("schema")),
                 behind.body.constData());
        QCOMPARE(fx->get(QStringLiteral("/healthz"), {}).status, 200); // alive all the same
        QVERIFY(fx->sql({QStringLiteral("UPDATE kora_schema SET version = version + 1")}));
        QCOMPARE(fx->get(QStringLiteral("/readyz"), {}).status, 200);
    }

    void loginAnswersTokenAndUser()
    {
        const HttpResult r =
            fx->post(QStringLiteral("/api/v1/auth/login"), {},
                     {{QStringLiteral("email"), QStringLiteral("  AMA@demo.kora ")},
                      {QStringLiteral("password"), QStringLiteral("demo-password")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("token")).toString().count(QLatin1Char('.')), 2);
        QVERIFY(kora::proto::parseTime(r.json.value(QLatin1String("expiresAt"))) >
                QDateTime::currentDateTimeUtc());
        const QJsonObject user = r.json.value(QLatin1String("user")).toObject();
        QCOMPARE(user.value(QLatin1String("name")).toString(), QStringLiteral("Ama Mensah"));
        QCOMPARE(user.value(QLatin1String("role")).toString(), QStringLiteral("worker"));
        QVERIFY(!r.body.contains("password"));
    }

    void loginRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("wrong password")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("ama@demo.kora")},
                           {QStringLiteral("password"), QStringLiteral("nope")}}
            << 401 << QStringLiteral("unauthorized");
        QTest::newRow("unknown email")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("who@demo.kora")},
                           {QStringLiteral("password"), QStringLiteral("demo-password")}}
            << 401 << QStringLiteral("unauthorized");
        QTest::newRow("no password")
            << QJsonObject{{QStringLiteral("email"), QStringLiteral("ama@demo.kora")}} << 400
            << QStringLiteral("invalid");
        QTest::newRow("empty body") << QJsonObject{} << 400 << QStringLiteral("invalid");
    }
    void loginRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = fx->post(QStringLiteral("/api/v1/auth/login"), {}, body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .isEmpty());
    }

    void meAndUsers()
    {
        const HttpResult me = fx->get(QStringLiteral("/api/v1/me"), kofi.token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QLatin1String("id")).toString(), kofi.userId);

        const HttpResult all = fx->get(QStringLiteral("/api/v1/users"), kofi.token);
        QCOMPARE(all.status, 200);
        QStringList names;
        for (const QJsonValue &u : all.json.value(QLatin1String("users")).toArray())
            names.append(u.toObject().value(QLatin1String("name")).toString());
        QVERIFY(names.contains(QStringLiteral("Ama Mensah")));
        QVERIFY2(!names.contains(QStringLiteral("Kofi Asante")),
                 "the viewer is not offered to themselves");
        QVERIFY2(!names.contains(QStringLiteral("Kora Support")),
                 "support staff are not chat partners");

        const HttpResult found =
            fx->get(QStringLiteral("/api/v1/users?query=mens&limit=5"), kofi.token);
        QCOMPARE(found.json.value(QLatin1String("users")).toArray().size(), 1);
        const HttpResult wildcard = fx->get(QStringLiteral("/api/v1/users?query=%25"), kofi.token);
        QCOMPARE(wildcard.json.value(QLatin1String("users")).toArray().size(), 0);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/users?limit=0"), kofi.token).status, 400);
    }

    void demoConversationsCarryJobContext()
    {
        const HttpResult r = fx->get(QStringLiteral("/api/v1/conversations"), ama.token);
        QCOMPARE(r.status, 200);
        const QJsonArray list = r.json.value(QLatin1String("conversations")).toArray();
        QVERIFY(list.size() >= 2);
        QCOMPARE(r.json.value(QLatin1String("hasMore")).toBool(), false);
        QDateTime previous = QDateTime::currentDateTimeUtc().addDays(1);
        for (const QJsonValue &v : list) {
            const QJsonObject c = v.toObject();
            QVERIFY(!c.value(QLatin1String("jobId")).toString().isEmpty());
            QCOMPARE(c.value(QLatin1String("participants")).toArray().size(), 2);
            QVERIFY(c.value(QLatin1String("lastMessage")).isObject());
            const QDateTime updated = kora::proto::parseTime(c.value(QLatin1String("updatedAt")));
            QVERIFY2(updated <= previous, "newest first");
            previous = updated;
        }
        const HttpResult page = fx->get(QStringLiteral("/api/v1/conversations?limit=1"), ama.token);
        QCOMPARE(page.json.value(QLatin1String("conversations")).toArray().size(), 1);
        QCOMPARE(page.json.value(QLatin1String("hasMore")).toBool(), true);
        const QString before = page.json.value(QLatin1String("conversations"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("updatedAt"))
                                   .toString();
        const HttpResult next = fx->get(QStringLiteral("/api/v1/conversations?limit=10&before=") +
                                            QString::fromLatin1(QUrl::toPercentEncoding(before)),
                                        ama.token);
        QCOMPARE(next.json.value(QLatin1String("conversations")).toArray().size(), list.size() - 1);
        QCOMPARE(
            fx->get(QStringLiteral("/api/v1/conversations?before=yesterday"), ama.token).status,
            400);
    }

    void directConversationIsUniquePerPair()
    {
        const HttpResult first =
            fx->post(QStringLiteral("/api/v1/conversations"), yaw.token,
                     {{QStringLiteral("participantId"), kofi.userId},
                      {QStringLiteral("jobId"), QStringLiteral("JOB-7")},
                      {QStringLiteral("jobTitle"), QStringLiteral("Fence repair")}});
        QCOMPARE(first.status, 201);
        const QString id = first.json.value(QLatin1String("id")).toString();
        QCOMPARE(first.json.value(QLatin1String("type")).toString(), QStringLiteral("direct"));
        QCOMPARE(first.json.value(QLatin1String("jobTitle")).toString(),
                 QStringLiteral("Fence repair"));

        const HttpResult again = fx->post(QStringLiteral("/api/v1/conversations"), yaw.token,
                                          {{QStringLiteral("participantId"), kofi.userId}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(QLatin1String("id")).toString(), id);
        QCOMPARE(again.json.value(QLatin1String("jobId")).toString(), QStringLiteral("JOB-7"));

        // From the other side, with a new job: the same thread, job context moved on.
        const HttpResult reverse =
            fx->post(QStringLiteral("/api/v1/conversations"), kofi.token,
                     {{QStringLiteral("participantId"), yaw.userId},
                      {QStringLiteral("jobId"), QStringLiteral("JOB-8")},
                      {QStringLiteral("jobTitle"), QStringLiteral("Gate painting")}});
        QCOMPARE(reverse.status, 200);
        QCOMPARE(reverse.json.value(QLatin1String("id")).toString(), id);
        QCOMPARE(reverse.json.value(QLatin1String("jobTitle")).toString(),
                 QStringLiteral("Gate painting"));
    }

    void conversationCreationRefusals()
    {
        const auto create = [&](const QString &token, const QJsonObject &body) {
            return fx->post(QStringLiteral("/api/v1/conversations"), token, body);
        };
        QCOMPARE(create(ama.token, {{QStringLiteral("participantId"), ama.userId}}).errorCode(),
                 QStringLiteral("invalid"));
        HttpResult r =
            create(ama.token, {{QStringLiteral("participantId"), QStringLiteral("no-such-user")}});
        QCOMPARE(r.status, 404);
        r = create(ama.token, {{QStringLiteral("participantId"), support.userId}});
        QCOMPARE(r.status, 404);
        r = create(support.token, {{QStringLiteral("participantId"), ama.userId}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("read_only"));
        r = create(ama.token, {{QStringLiteral("participantIds"), QJsonArray{kofi.userId}}});
        QCOMPARE(r.errorCode(), QStringLiteral("invalid")); // a group needs a title
        r = fx->request("POST", QStringLiteral("/api/v1/conversations"), ama.token, {},
                        QByteArrayLiteral("[1,2]"));
        QCOMPARE(r.status, 400);
    }

    void groupConversation()
    {
        const HttpResult r =
            fx->post(QStringLiteral("/api/v1/conversations"), kofi.token,
                     {{QStringLiteral("participantIds"), QJsonArray{ama.userId, yaw.userId}},
                      {QStringLiteral("title"), QStringLiteral("Site crew")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.value(QLatin1String("type")).toString(), QStringLiteral("group"));
        QCOMPARE(r.json.value(QLatin1String("participants")).toArray().size(), 3);
        const QString id = r.json.value(QLatin1String("id")).toString();
        QCOMPARE(
            fx->post(messagesPath(id), yaw.token, textMessage(QStringLiteral("on my way"))).status,
            201);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/conversations/") + id, efua.token).status, 403);
    }

    void bodiesAreStoredAsWritten()
    {
        // Quotes, backslashes, placeholders and SQL in a body are text, on both engines.
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const auto ama = fx.login(QStringLiteral("ama")), kofi = fx.login(QStringLiteral("kofi"));
        const QString id = fx.directConversation(ama, kofi);
        const QStringList bodies{
            QStringLiteral("O'Brien said \"?\" and ?? then '' and \\ and \\'"),
            QStringLiteral("'); DROP TABLE messages; -- ? $1 :name %s"),
            QStringLiteral(
                "\u00e9t\u00e9 \u2014 \u0645\u0631\u062d\u0628\u0627 \U0001F600 E'\\x41'")};
        for (const QString &body : bodies) {
            const HttpResult sent = fx.post(messagesPath(id), ama.token, textMessage(body));
            QCOMPARE(sent.status, 201);
            QCOMPARE(sent.json.value(QLatin1String("body")).toString(), body);
        }
        const HttpResult page = fx.get(messagesPath(id, QStringLiteral("limit=3")), kofi.token);
        const QJsonArray messages = page.json.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(messages.at(i).toObject().value(QLatin1String("body")).toString(),
                     bodies.at(i));
    }

    void sendIsIdempotentByClientId()
    {
        const QString id = fx->directConversation(ama, kofi);
        const QString clientId = kora::proto::newUuid();
        const HttpResult first = fx->post(messagesPath(id), ama.token,
                                          textMessage(QStringLiteral("  hello  "), clientId));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(QLatin1String("body")).toString(), QStringLiteral("hello"));
        QCOMPARE(first.json.value(QLatin1String("clientId")).toString(), clientId);
        for (int i = 0; i < 5; ++i) {
            const HttpResult again = fx->post(messagesPath(id), ama.token,
                                              textMessage(QStringLiteral("hello"), clientId));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json.value(QLatin1String("id")), first.json.value(QLatin1String("id")));
            QCOMPARE(again.json.value(QLatin1String("seq")),
                     first.json.value(QLatin1String("seq")));
        }
        const HttpResult all = fx->get(messagesPath(id, QStringLiteral("limit=200")), ama.token);
        int copies = 0;
        for (const QJsonValue &m : all.json.value(QLatin1String("messages")).toArray())
            copies += m.toObject().value(QLatin1String("clientId")).toString() == clientId;
        QCOMPARE(copies, 1);
        // The same clientId in another conversation is a conflict, not a silent answer.
        const QString other = fx->directConversation(ama, efua);
        QCOMPARE(
            fx->post(messagesPath(other), ama.token, textMessage(QStringLiteral("x"), clientId))
                .status,
            409);
    }

    void sendRefusals_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("no clientId")
            << QJsonObject{{QStringLiteral("kind"), QStringLiteral("text")},
                           {QStringLiteral("body"), QStringLiteral("x")}}
            << QStringLiteral("invalid");
        QTest::newRow("clientId not a uuid")
            << textMessage(QStringLiteral("x"), QStringLiteral("abc")) << QStringLiteral("invalid");
        QTest::newRow("blank body")
            << textMessage(QStringLiteral(" \n ")) << QStringLiteral("invalid");
        QTest::newRow("NUL in the body")
            << textMessage(QStringLiteral("a\u0000b")) << QStringLiteral("invalid");
        QTest::newRow("only invisible characters")
            << textMessage(QStringLiteral("\u200B\u200D\u2060")) << QStringLiteral("invalid");
        QTest::newRow("4001 characters")
            << textMessage(QString(4001, QLatin1Char('a'))) << QStringLiteral("invalid");
        QTest::newRow("system kind")
            << QJsonObject{{QStringLiteral("clientId"), kora::proto::newUuid()},
                           {QStringLiteral("kind"), QStringLiteral("system")},
                           {QStringLiteral("body"), QStringLiteral("x")}}
            << QStringLiteral("invalid");
        QTest::newRow("foreign attachment")
            << QJsonObject{{QStringLiteral("clientId"), kora::proto::newUuid()},
                           {QStringLiteral("kind"), QStringLiteral("image")},
                           {QStringLiteral("attachmentIds"), QJsonArray{QStringLiteral("nope")}}}
            << QStringLiteral("invalid");
        QTest::newRow("reply to unknown")
            << QJsonObject{{QStringLiteral("clientId"), kora::proto::newUuid()},
                           {QStringLiteral("body"), QStringLiteral("x")},
                           {QStringLiteral("replyToId"), QStringLiteral("nope")}}
            << QStringLiteral("invalid");
    }
    void sendRefusals()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        const QString id = fx->directConversation(ama, kofi);
        const qint64 lastSeq = fx->get(QStringLiteral("/api/v1/conversations/") + id, ama.token)
                                   .json.value(QLatin1String("lastSeq"))
                                   .toInteger();
        const HttpResult r = fx->post(messagesPath(id), ama.token, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        // Nothing half-stored: the conversation's seq did not move.
        QCOMPARE(fx->get(QStringLiteral("/api/v1/conversations/") + id, ama.token)
                     .json.value(QLatin1String("lastSeq"))
                     .toInteger(),
                 lastSeq);
    }

    void exactly4000CharactersAreAccepted()
    {
        const QString id = fx->directConversation(ama, kofi);
        QString emoji;
        for (int i = 0; i < 4000; ++i)
            emoji += QString::fromUtf8("\xF0\x9F\x98\x80");
        QCOMPARE(fx->post(messagesPath(id), ama.token, textMessage(emoji)).status, 201);
    }

    void historyPagesBackAndForth()
    {
        const HttpResult created = fx->post(QStringLiteral("/api/v1/conversations"), efua.token,
                                            {{QStringLiteral("participantId"), yaw.userId}});
        const QString id = created.json.value(QLatin1String("id")).toString();
        const qint64 start = created.json.value(QLatin1String("lastSeq")).toInteger();
        for (int i = 1; i <= 120; ++i)
            QCOMPARE(fx->post(messagesPath(id), i % 2 ? efua.token : yaw.token,
                              textMessage(QString::number(i)))
                         .status,
                     201);
        const HttpResult latest = fx->get(messagesPath(id), yaw.token);
        QList<qint64> seqs = seqsOf(latest);
        QCOMPARE(seqs.size(), 50);
        QCOMPARE(seqs.last(), start + 120);
        QVERIFY(std::is_sorted(seqs.begin(), seqs.end()));
        QCOMPARE(latest.json.value(QLatin1String("hasMore")).toBool(), true);

        QList<qint64> all = seqs;
        qint64 before = seqs.first();
        bool more = true;
        while (more) {
            const HttpResult page = fx->get(
                messagesPath(id, QStringLiteral("limit=50&beforeSeq=%1").arg(before)), yaw.token);
            QCOMPARE(page.status, 200);
            const QList<qint64> older = seqsOf(page);
            more = page.json.value(QLatin1String("hasMore")).toBool();
            if (older.isEmpty())
                break;
            QVERIFY(older.last() < before);
            all = older + all;
            before = older.first();
        }
        QCOMPARE(all.size(), int(start + 120));
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i], qint64(i + 1)); // gap-free from 1

        const HttpResult after = fx->get(
            messagesPath(id, QStringLiteral("afterSeq=%1&limit=200").arg(start + 100)), yaw.token);
        QCOMPARE(seqsOf(after).size(), 20);
        QCOMPARE(after.json.value(QLatin1String("hasMore")).toBool(), false);

        QCOMPARE(fx->get(messagesPath(id, QStringLiteral("limit=201")), yaw.token).status, 400);
        QCOMPARE(
            fx->get(messagesPath(id, QStringLiteral("beforeSeq=5&afterSeq=1")), yaw.token).status,
            400);
        QCOMPARE(fx->get(messagesPath(id, QStringLiteral("afterSeq=-1")), yaw.token).status, 400);
    }

    void editAndDelete()
    {
        const QString id = fx->directConversation(ama, kofi);
        const HttpResult sent =
            fx->post(messagesPath(id), ama.token, textMessage(QStringLiteral("frist")));
        const QString messageId = sent.json.value(QLatin1String("id")).toString();
        const qint64 seq = sent.json.value(QLatin1String("seq")).toInteger();

        HttpResult r =
            fx->request("PATCH", QStringLiteral("/api/v1/messages/") + messageId, kofi.token,
                        {{QStringLiteral("body"), QStringLiteral("hacked")}});
        QCOMPARE(r.status, 403);
        r = fx->request("PATCH", QStringLiteral("/api/v1/messages/") + messageId, ama.token,
                        {{QStringLiteral("body"), QStringLiteral("first")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("body")).toString(), QStringLiteral("first"));
        QCOMPARE(r.json.value(QLatin1String("seq")).toInteger(), seq);
        QVERIFY(r.json.value(QLatin1String("updatedSeq")).toInteger() > seq);
        QVERIFY(r.json.contains(QLatin1String("editedAt")));
        const qint64 editSeq = r.json.value(QLatin1String("updatedSeq")).toInteger();

        const HttpResult changes =
            fx->get(messagesPath(id, QStringLiteral("afterSeq=%1").arg(seq)), kofi.token);
        QVERIFY(seqsOf(changes).contains(seq)); // the edit of an older message is "after seq"

        QCOMPARE(fx->request("DELETE", QStringLiteral("/api/v1/messages/") + messageId, kofi.token)
                     .status,
                 403);
        r = fx->request("DELETE", QStringLiteral("/api/v1/messages/") + messageId, ama.token);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(r.json.value(QLatin1String("body")).toString(), QString());
        QVERIFY(r.json.value(QLatin1String("updatedSeq")).toInteger() > editSeq);
        QCOMPARE(fx->request("PATCH", QStringLiteral("/api/v1/messages/") + messageId, ama.token,
                             {{QStringLiteral("body"), QStringLiteral("back")}})
                     .status,
                 409);
        QCOMPARE(fx->request("DELETE", QStringLiteral("/api/v1/messages/nope"), ama.token).status,
                 404);
    }

    void readCursorAndUnreadCount()
    {
        const HttpResult created = fx->post(QStringLiteral("/api/v1/conversations"), efua.token,
                                            {{QStringLiteral("participantId"), kofi.userId}});
        const QString id = created.json.value(QLatin1String("id")).toString();
        qint64 last = 0;
        for (int i = 0; i < 3; ++i)
            last = fx->post(messagesPath(id), efua.token,
                            textMessage(QStringLiteral("ping %1").arg(i)))
                       .json.value(QLatin1String("seq"))
                       .toInteger();
        HttpResult c = fx->get(QStringLiteral("/api/v1/conversations/") + id, kofi.token);
        QCOMPARE(c.json.value(QLatin1String("unreadCount")).toInteger(), 3);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/conversations/") + id, efua.token)
                     .json.value(QLatin1String("unreadCount"))
                     .toInteger(),
                 0);

        QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/read").arg(id), kofi.token,
                          {{QStringLiteral("seq"), last - 1}})
                     .status,
                 204);
        c = fx->get(QStringLiteral("/api/v1/conversations/") + id, kofi.token);
        QCOMPARE(c.json.value(QLatin1String("unreadCount")).toInteger(), 1);
        for (const QJsonValue &p : c.json.value(QLatin1String("participants")).toArray()) {
            const QJsonObject participant = p.toObject();
            if (participant.value(QLatin1String("user"))
                    .toObject()
                    .value(QLatin1String("id"))
                    .toString() == kofi.userId) {
                QCOMPARE(participant.value(QLatin1String("lastReadSeq")).toInteger(), last - 1);
                QCOMPARE(participant.value(QLatin1String("lastDeliveredSeq")).toInteger(),
                         last - 1);
            }
        }
        // Cursors never move back; past the end is refused.
        QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/read").arg(id), kofi.token,
                          {{QStringLiteral("seq"), 1}})
                     .status,
                 204);
        QCOMPARE(fx->get(QStringLiteral("/api/v1/conversations/") + id, kofi.token)
                     .json.value(QLatin1String("unreadCount"))
                     .toInteger(),
                 1);
        QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/read").arg(id), kofi.token,
                          {{QStringLiteral("seq"), last + 1}})
                     .status,
                 400);
        QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/read").arg(id), kofi.token,
                          {{QStringLiteral("seq"), QStringLiteral("3")}})
                     .status,
                 400);
    }

    void archiveIsPerUser()
    {
        const QString id = fx->directConversation(ama, kofi);
        HttpResult r = fx->request("PATCH", QStringLiteral("/api/v1/conversations/") + id,
                                   ama.token, {{QStringLiteral("archived"), true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("archived")).toBool(), true);
        const auto ids = [&](const QString &token, const QString &query) {
            QStringList list;
            for (const QJsonValue &c :
                 fx->get(QStringLiteral("/api/v1/conversations") + query, token)
                     .json.value(QLatin1String("conversations"))
                     .toArray())
                list.append(c.toObject().value(QLatin1String("id")).toString());
            return list;
        };
        QVERIFY(!ids(ama.token, {}).contains(id));
        QVERIFY(ids(ama.token, QStringLiteral("?archived=true")).contains(id));
        QVERIFY(ids(kofi.token, {}).contains(id));
        QCOMPARE(fx->request("PATCH", QStringLiteral("/api/v1/conversations/") + id, ama.token,
                             {{QStringLiteral("archived"), QStringLiteral("yes")}})
                     .status,
                 400);
        QCOMPARE(fx->request("PATCH", QStringLiteral("/api/v1/conversations/") + id, ama.token,
                             {{QStringLiteral("archived"), false}})
                     .status,
                 200);
        QVERIFY(ids(ama.token, {}).contains(id));
    }

    void outsidersAreForbiddenEverywhere()
    {
        const QString id = fx->directConversation(ama, kofi);
        const QString messageId =
            fx->post(messagesPath(id), ama.token, textMessage(QStringLiteral("private")))
                .json.value(QLatin1String("id"))
                .toString();
        const struct
        {
            QByteArray method;
            QString path;
            QJsonObject body;
        } routes[] = {
            {"GET", QStringLiteral("/api/v1/conversations/") + id, {}},
            {"PATCH",
             QStringLiteral("/api/v1/conversations/") + id,
             {{QStringLiteral("archived"), true}}},
            {"GET", messagesPath(id), {}},
            {"POST", messagesPath(id), textMessage(QStringLiteral("intrusion"))},
            {"POST",
             QStringLiteral("/api/v1/conversations/%1/read").arg(id),
             {{QStringLiteral("seq"), 1}}},
            {"PATCH",
             QStringLiteral("/api/v1/messages/") + messageId,
             {{QStringLiteral("body"), QStringLiteral("x")}}},
            {"DELETE", QStringLiteral("/api/v1/messages/") + messageId, {}},
        };
        for (const auto &route : routes) {
            const HttpResult r = fx->request(route.method, route.path, yaw.token, route.body);
            QVERIFY2(r.status == 403 && r.errorCode() == QLatin1String("forbidden"),
                     qPrintable(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.path +
                                QStringLiteral(" → ") + QString::number(r.status)));
        }
        const HttpResult r = fx->post(messagesPath(id), support.token,
                                      textMessage(QStringLiteral("hello from support")));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("read_only"));
        QCOMPARE(fx->get(QStringLiteral("/api/v1/conversations/nope"), ama.token).status, 404);
    }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QString>("header");
        QTest::newRow("none") << QString();
        QTest::newRow("garbage") << QStringLiteral("Bearer garbage");
        QTest::newRow("basic auth") << QStringLiteral("Basic YTpi");
        // alg none, with claims for ama and no signature
        QTest::newRow("alg none") << QStringLiteral("Bearer "
                                                    "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
                                                    "eyJzdWIiOiJ4Iiwicm9sZSI6IndvcmtlciIsIm5hbWUiOi"
                                                    "J4IiwiaWF0IjoxLCJleHAiOjQxMDI0NDQ4MDB9.");
    }
    void tokensAreChecked()
    {
        QFETCH(QString, header);
        QNetworkAccessManager network;
        QNetworkRequest request(fx->url(QStringLiteral("/api/v1/me")));
        if (!header.isEmpty())
            request.setRawHeader("Authorization", header.toLatin1());
        QNetworkReply *reply = network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }

    void tamperedTokenIsRefused()
    {
        QString token = ama.token;
        // Swap the payload for kofi's: the signature no longer matches.
        const QStringList a = ama.token.split(QLatin1Char('.'));
        const QStringList k = kofi.token.split(QLatin1Char('.'));
        token = a[0] + QLatin1Char('.') + k[1] + QLatin1Char('.') + a[2];
        QCOMPARE(fx->get(QStringLiteral("/api/v1/me"), token).status, 401);
    }

    // A refused token is told nothing about which check failed: a forger
    // learns as much from a bad signature as from a wrong algorithm.
    void tokenRefusalsSayTheSame()
    {
        const QStringList a = ama.token.split(QLatin1Char('.'));
        const QStringList k = kofi.token.split(QLatin1Char('.'));
        const QStringList tokens{
            a[0] + QLatin1Char('.') + k[1] + QLatin1Char('.') + a[2], // signature
            QStringLiteral("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0."
                           "eyJzdWIiOiJ4Iiwicm9sZSI6IndvcmtlciIsIm5hbWUiOi"
                           "J4IiwiaWF0IjoxLCJleHAiOjQxMDI0NDQ4MDB9."), // alg none
            QStringLiteral("garbage"),                                 // not a JWS
            QString(5000, QLatin1Char('a')),                           // too long
        };
        QSet<QString> messages;
        for (const QString &token : tokens) {
            const HttpResult r = fx->get(QStringLiteral("/api/v1/me"), token);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QStringLiteral("unauthorized"));
            messages.insert(r.json.value(QLatin1String("error"))
                                .toObject()
                                .value(QLatin1String("message"))
                                .toString());
        }
        QCOMPARE(messages.size(), 1);
    }

    void unknownRoutesAndMethods()
    {
        HttpResult r = fx->get(QStringLiteral("/api/v1/nope"), ama.token);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        r = fx->request("PUT", QStringLiteral("/api/v1/me"), ama.token);
        QCOMPARE(r.status, 405);
        r = fx->get(QStringLiteral("/socket.io/?EIO=4&transport=polling"), {});
        QCOMPARE(r.status, 400);
    }

    void metricsArePrometheusText()
    {
        const HttpResult r = fx->get(QStringLiteral("/metrics"), {});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("text/plain"));
        QVERIFY(r.body.contains("kora_connections "));
        QVERIFY(r.body.contains("kora_messages_total "));
        QVERIFY(r.body.contains("kora_send_latency_seconds_bucket{le=\"+Inf\"}"));
    }

private:
    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi, yaw, efua, support;
};

QTEST_GUILESS_MAIN(TestServerRest)
#include "tst_server_rest.moc"
