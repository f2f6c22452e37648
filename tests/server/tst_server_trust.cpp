// Trust and safety (protocol 7.4, 7.5) against a real in-process server, on
// SQLite and (as tst_server_trust_pg) PostgreSQL: blocks over REST and our
// socket client (sends, edits, reactions, typing, new conversations),
// reports and support's audited queue, and the contact-info guard in flag
// and mask mode with contactAllowed set by the service key.
#include "ServerFixture.h"
#include "SioTestClient.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::SioTestClient;
using kora::test::textMessage;
using Login = ServerFixture::Login;

namespace {

const QString systemSender = u"00000000-0000-0000-0000-000000000000"_s;
const QString thumbsUp = QString::fromUtf8("\xf0\x9f\x91\x8d");

QString messagesPath(const QString &conversationId, const QString &query = {})
{
    return u"/api/v1/conversations/%1/messages"_s.arg(conversationId) +
           (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString reactionPath(const QString &messageId)
{
    return u"/api/v1/messages/%1/reactions/%2"_s.arg(
        messageId, QString::fromLatin1(QUrl::toPercentEncoding(thumbsUp)));
}

QString errorOf(const std::optional<QJsonObject> &ack)
{
    if (!ack)
        return u"<no ack>"_s;
    if (ack->value("ok"_L1).toBool())
        return u"<ok>"_s;
    return ack->value("error"_L1).toObject().value("code"_L1).toString();
}

QStringList flagsOf(const QJsonObject &message)
{
    QStringList flags;
    for (const QJsonValue &f : message.value("flags"_L1).toArray())
        flags.append(f.toString());
    return flags;
}

QJsonObject sendPayload(const QString &conversationId, const QString &body)
{
    QJsonObject o = textMessage(body);
    o.insert(u"conversationId"_s, conversationId);
    return o;
}

// The conversation's lastSeq now: the demo data may hold messages already.
qint64 lastSeqOf(ServerFixture &fx, const Login &who, const QString &conversationId)
{
    return fx.get(u"/api/v1/conversations/"_s + conversationId, who.token)
        .json.value("lastSeq"_L1)
        .toInteger();
}

QString since(qint64 seq)
{
    return u"afterSeq=%1"_s.arg(seq);
}

QStringList actionsOf(const HttpResult &audit)
{
    QStringList actions;
    for (const QJsonValue &e : audit.json.value("entries"_L1).toArray())
        actions.append(e.toObject().value("action"_L1).toString());
    return actions;
}

} // namespace

#define CONNECT_AS(client, fx, login)                                                              \
    QVERIFY2((client).connectWithToken((fx).url(), (login).token),                                 \
             (client).lastConnectFrame().constData())

class TestServerTrust : public QObject
{
    Q_OBJECT

private:
    // A service-key call (PATCH /api/v1/system/conversations/{id}).
    HttpResult system(ServerFixture &fx, const QByteArray &method, const QString &path,
                      const QJsonObject &body, const QByteArray &key = "test-service-key")
    {
        QNetworkRequest req(fx.url(path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("X-Service-Key", key);
        QNetworkReply *reply =
            m_network.sendCustomRequest(req, method, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        reply->deleteLater();
        return result;
    }
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void blockRefusesTheBlockedOnly();
    void blockRefusals();
    void reportRules();
    void reportQueueIsAuditedAndResolved();
    void contactGuardFlags();
    void contactGuardMasks();
    void contactGuardOffAndBadSetting();
};

void TestServerTrust::blockRefusesTheBlockedOnly()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s), yaw = fx.login(u"yaw"_s);
    const QString id = fx.directConversation(ama, kofi);
    const qint64 start = lastSeqOf(fx, ama, id);
    const HttpResult before = fx.post(messagesPath(id), kofi.token, textMessage(u"hi Ama"_s));
    QCOMPARE(before.status, 201);
    const QString kofiMessage = before.json.value("id"_L1).toString();
    const HttpResult amas = fx.post(messagesPath(id), ama.token, textMessage(u"hi Kofi"_s));
    const QString amaMessage = amas.json.value("id"_L1).toString();
    const HttpResult group = fx.post(
        u"/api/v1/conversations"_s, kofi.token,
        {{u"participantIds"_s, QJsonArray{ama.userId, yaw.userId}}, {u"title"_s, u"crew"_s}});
    QCOMPARE(group.status, 201);
    const QString groupId = group.json.value("id"_L1).toString();

    SioTestClient amaSocket, kofiSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);

    // Ama blocks Kofi.
    QCOMPARE(fx.request("PUT", u"/api/v1/blocks/"_s + kofi.userId, ama.token).status, 204);
    QCOMPARE(fx.request("PUT", u"/api/v1/blocks/"_s + kofi.userId, ama.token).status, 204);
    const HttpResult list = fx.get(u"/api/v1/blocks"_s, ama.token);
    QCOMPARE(list.status, 200);
    const QJsonArray users = list.json.value("users"_L1).toArray();
    QCOMPARE(users.size(), 1);
    QCOMPARE(users.first().toObject().value("id"_L1).toString(), kofi.userId);
    QCOMPARE(fx.get(u"/api/v1/blocks"_s, kofi.token).json.value("users"_L1).toArray().size(), 0);

    // Kofi's sends, edits, reactions and typing are refused with `blocked`.
    const HttpResult refused = fx.post(messagesPath(id), kofi.token, textMessage(u"hello?"_s));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), u"blocked"_s);
    QVERIFY(!refused.body.contains(ama.userId.toUtf8())); // B is told the code, no more
    QCOMPARE(errorOf(kofiSocket.call(u"send_message"_s, sendPayload(id, u"socket hello"_s))),
             u"blocked"_s);
    QCOMPARE(fx.request("PATCH", u"/api/v1/messages/"_s + kofiMessage, kofi.token,
                        {{u"body"_s, u"edited"_s}})
                 .errorCode(),
             u"blocked"_s);
    QCOMPARE(errorOf(kofiSocket.call(u"edit_message"_s,
                                     {{u"messageId"_s, kofiMessage}, {u"body"_s, u"edited"_s}})),
             u"blocked"_s);
    const HttpResult reaction = fx.request("PUT", reactionPath(amaMessage), kofi.token);
    QCOMPARE(reaction.status, 403);
    QCOMPARE(reaction.errorCode(), u"blocked"_s);
    QCOMPARE(
        errorOf(kofiSocket.call(
            u"react"_s, {{u"messageId"_s, amaMessage}, {u"emoji"_s, thumbsUp}, {u"on"_s, true}})),
        u"blocked"_s);
    QCOMPARE(errorOf(kofiSocket.call(u"typing_start"_s, {{u"conversationId"_s, id}})),
             u"blocked"_s);

    // Ama's are not; her socket never heard Kofi type (her own message comes after his refusal).
    const HttpResult amaSend = fx.post(messagesPath(id), ama.token, textMessage(u"I'm busy"_s));
    QCOMPARE(amaSend.status, 201);
    QVERIFY(amaSocket.waitForEvent(u"new_message"_s).has_value());
    QCOMPARE(amaSocket.countEvents(u"user_typing"_s), 0);
    QCOMPARE(fx.request("PUT", reactionPath(kofiMessage), ama.token).status, 200);
    QCOMPARE(fx.request("PATCH", u"/api/v1/messages/"_s + amaMessage, ama.token,
                        {{u"body"_s, u"hi Kofi (edited)"_s}})
                 .status,
             200);

    // History stays readable for both; Kofi may still delete his own message.
    for (const Login *who : {&ama, &kofi}) {
        const HttpResult history = fx.get(messagesPath(id, since(start)), who->token);
        QCOMPARE(history.status, 200);
        QCOMPARE(history.json.value("messages"_L1).toArray().size(), 3);
    }
    QCOMPARE(fx.request("DELETE", u"/api/v1/messages/"_s + kofiMessage, kofi.token).status, 200);

    // Neither opens their direct conversation; the group is not affected.
    for (const auto &[from, to] : {std::pair{&kofi, &ama}, std::pair{&ama, &kofi}}) {
        const HttpResult open =
            fx.post(u"/api/v1/conversations"_s, from->token, {{u"participantId"_s, to->userId}});
        QCOMPARE(open.status, 403);
        QCOMPARE(open.errorCode(), u"blocked"_s);
    }
    QCOMPARE(fx.post(messagesPath(groupId), kofi.token, textMessage(u"group is fine"_s)).status,
             201);
    QVERIFY(kofiSocket.call(u"typing_start"_s, {{u"conversationId"_s, groupId}})
                ->value("ok"_L1)
                .toBool());

    // Unblocked: Kofi writes again.
    QCOMPARE(fx.request("DELETE", u"/api/v1/blocks/"_s + kofi.userId, ama.token).status, 204);
    QCOMPARE(fx.request("DELETE", u"/api/v1/blocks/"_s + kofi.userId, ama.token).status, 204);
    QCOMPARE(fx.get(u"/api/v1/blocks"_s, ama.token).json.value("users"_L1).toArray().size(), 0);
    QCOMPARE(errorOf(kofiSocket.call(u"send_message"_s, sendPayload(id, u"thanks"_s))), u"<ok>"_s);
    QCOMPARE(
        fx.post(u"/api/v1/conversations"_s, kofi.token, {{u"participantId"_s, ama.userId}}).status,
        200);
}

void TestServerTrust::blockRefusals()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), support = fx.login(u"support"_s);
    auto put = [&fx](const QString &userId, const QString &token) {
        return fx.request("PUT", u"/api/v1/blocks/"_s + userId, token);
    };
    QCOMPARE(put(ama.userId, ama.token).errorCode(), u"invalid"_s); // yourself
    const HttpResult supportBlocked = put(support.userId, ama.token);
    QCOMPARE(supportBlocked.status, 400);
    QCOMPARE(supportBlocked.errorCode(), u"invalid"_s);
    QCOMPARE(put(kora::proto::newUuid(), ama.token).status, 404);
    QCOMPARE(put(systemSender, ama.token).status, 404);
    QCOMPARE(fx.request("DELETE", u"/api/v1/blocks/"_s + kora::proto::newUuid(), ama.token).status,
             404);
    QCOMPARE(put(ama.userId, QString()).status, 401);
    QCOMPARE(put(ama.userId, support.token).errorCode(), u"read_only"_s);
    // Nothing of the refusals was stored.
    QCOMPARE(fx.get(u"/api/v1/blocks"_s, ama.token).json.value("users"_L1).toArray().size(), 0);
}

void TestServerTrust::reportRules()
{
    auto config = ServerFixture::defaultConfig();
    config.reportLimitPerHour = 4;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s), yaw = fx.login(u"yaw"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const QString other = fx.directConversation(ama, yaw);
    const QString message = fx.post(messagesPath(id), kofi.token, textMessage(u"pay me outside"_s))
                                .json.value("id"_L1)
                                .toString();
    const QString otherMessage = fx.post(messagesPath(other), yaw.token, textMessage(u"hello"_s))
                                     .json.value("id"_L1)
                                     .toString();
    auto report = [&fx](const Login &who, QJsonObject body) {
        return fx.post(u"/api/v1/reports"_s, who.token, body);
    };

    // Refusals first: none is stored and none spends the rate budget.
    const QList<std::pair<QJsonObject, int>> refusals{
        {{{u"conversationId"_s, id}, {u"reason"_s, u"rude"_s}}, 400},
        {{{u"conversationId"_s, id}}, 400},
        {{{u"reason"_s, u"spam"_s}}, 400},
        {{{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}, {u"messageId"_s, otherMessage}},
         400},
        {{{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}, {u"messageId"_s, u"nope"_s}}, 400},
        {{{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}, {u"note"_s, QString(1001, u'x')}},
         400},
        {{{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}, {u"note"_s, 7}}, 400},
        {{{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}, {u"clientId"_s, u"x"_s}}, 400},
        {{{u"conversationId"_s, kora::proto::newUuid()}, {u"reason"_s, u"spam"_s}}, 404},
    };
    for (const auto &[body, status] : refusals) {
        const HttpResult r = report(ama, body);
        QCOMPARE(r.status, status);
    }
    const HttpResult stranger = report(yaw, {{u"conversationId"_s, id}, {u"reason"_s, u"scam"_s}});
    QCOMPARE(stranger.status, 403);
    QCOMPARE(stranger.errorCode(), u"forbidden"_s);
    QCOMPARE(report(support, {{u"conversationId"_s, id}, {u"reason"_s, u"scam"_s}}).errorCode(),
             u"read_only"_s);

    // A note of 1000 code points (emoji are one each) with a message of the conversation.
    QString note;
    for (int i = 0; i < 1000; ++i)
        note += QString::fromUtf8("\xf0\x9f\x98\x80");
    const QString clientId = kora::proto::newUuid();
    const HttpResult filed = report(ama, {{u"conversationId"_s, id},
                                          {u"messageId"_s, message},
                                          {u"reason"_s, u"off_platform_payment"_s},
                                          {u"note"_s, note},
                                          {u"clientId"_s, clientId}});
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json.keys(), (QStringList{u"createdAt"_s, u"id"_s, u"status"_s}));
    QCOMPARE(filed.json.value("status"_L1).toString(), u"open"_s);
    QVERIFY(kora::proto::parseTime(filed.json.value("createdAt"_L1)).isValid());
    // Four per hour per user here: the fifth is refused; a retry (an offline
    // queue's) answers the same report, even past the limit.
    for (const QString &reason : {u"spam"_s, u"other"_s, u"harassment"_s})
        QCOMPARE(report(ama, {{u"conversationId"_s, id}, {u"reason"_s, reason}}).status, 201);
    QCOMPARE(report(kofi, {{u"conversationId"_s, id}, {u"reason"_s, u"scam"_s}}).status, 201);
    const HttpResult limited = report(ama, {{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("Retry-After").isEmpty());
    const HttpResult again = report(ama, {{u"conversationId"_s, id},
                                          {u"messageId"_s, message},
                                          {u"reason"_s, u"off_platform_payment"_s},
                                          {u"clientId"_s, clientId}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json.value("id"_L1), filed.json.value("id"_L1));
    const HttpResult elsewhere = report(
        ama, {{u"conversationId"_s, other}, {u"reason"_s, u"spam"_s}, {u"clientId"_s, clientId}});
    QCOMPARE(elsewhere.status, 409);

    const HttpResult queue = fx.get(u"/api/v1/admin/reports?limit=100"_s, support.token);
    QCOMPARE(queue.json.value("reports"_L1).toArray().size(), 5);
}

void TestServerTrust::reportQueueIsAuditedAndResolved()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const QString message = fx.post(messagesPath(id), kofi.token, textMessage(u"rude words"_s))
                                .json.value("id"_L1)
                                .toString();
    QStringList filed;
    for (const QString &reason : {u"spam"_s, u"harassment"_s, u"other"_s}) {
        const HttpResult r = fx.post(u"/api/v1/reports"_s, ama.token,
                                     {{u"conversationId"_s, id},
                                      {u"messageId"_s, message},
                                      {u"reason"_s, reason},
                                      {u"note"_s, u"  see above  "_s}});
        QCOMPARE(r.status, 201);
        filed.prepend(r.json.value("id"_L1).toString()); // newest first
    }
    const qint64 lastSeq =
        fx.get(u"/api/v1/conversations/"_s + id, ama.token).json.value("lastSeq"_L1).toInteger();

    // Only support reads the queue; bad parameters are refused before any audit.
    QCOMPARE(fx.get(u"/api/v1/admin/reports"_s, ama.token).errorCode(), u"forbidden"_s);
    QCOMPARE(fx.get(u"/api/v1/admin/reports?status=closed"_s, support.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/admin/reports?before=yesterday"_s, support.token).status, 400);
    QCOMPARE(
        fx.get(u"/api/v1/admin/audit"_s, support.token).json.value("entries"_L1).toArray().size(),
        0);

    // Newest first, paged with `before`, each page audited.
    const HttpResult first = fx.get(u"/api/v1/admin/reports?status=open&limit=2"_s, support.token);
    QCOMPARE(first.status, 200);
    QVERIFY(first.json.value("hasMore"_L1).toBool());
    const QJsonArray page1 = first.json.value("reports"_L1).toArray();
    QCOMPARE(page1.size(), 2);
    const QJsonObject newest = page1.at(0).toObject();
    QCOMPARE(newest.value("id"_L1).toString(), filed.at(0));
    QCOMPARE(newest.value("reporterId"_L1).toString(), ama.userId);
    QCOMPARE(newest.value("conversationId"_L1).toString(), id);
    QCOMPARE(newest.value("messageId"_L1).toString(), message);
    QCOMPARE(newest.value("reason"_L1).toString(), u"other"_s);
    QCOMPARE(newest.value("note"_L1).toString(), u"see above"_s);
    QCOMPARE(newest.value("status"_L1).toString(), u"open"_s);
    QVERIFY(!newest.contains("resolvedAt"_L1));
    const QString before = page1.at(1).toObject().value("createdAt"_L1).toString();
    const HttpResult second = fx.get(u"/api/v1/admin/reports?status=open&limit=2&before="_s +
                                         QString::fromLatin1(QUrl::toPercentEncoding(before)),
                                     support.token);
    QCOMPARE(second.json.value("reports"_L1).toArray().size(), 1);
    QCOMPARE(second.json.value("reports"_L1).toArray().at(0).toObject().value("id"_L1).toString(),
             filed.at(2));
    QVERIFY(!second.json.value("hasMore"_L1).toBool());
    QCOMPARE(actionsOf(fx.get(u"/api/v1/admin/audit"_s, support.token)),
             (QStringList{u"reports"_s, u"reports"_s}));

    // Resolve: validated, audited with the report's conversation, answered in full.
    const QString path = u"/api/v1/admin/reports/"_s + filed.at(1);
    QCOMPARE(fx.request("PATCH", path, support.token,
                        {{u"status"_s, u"open"_s}, {u"resolution"_s, u"x"_s}})
                 .status,
             400);
    QCOMPARE(fx.request("PATCH", path, support.token, {{u"status"_s, u"resolved"_s}}).status, 400);
    QCOMPARE(fx.request("PATCH", u"/api/v1/admin/reports/"_s + kora::proto::newUuid(),
                        support.token,
                        {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"warned"_s}})
                 .status,
             404);
    QCOMPARE(fx.request("PATCH", path, kofi.token,
                        {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"warned"_s}})
                 .errorCode(),
             u"forbidden"_s);
    const HttpResult resolved =
        fx.request("PATCH", path, support.token,
                   {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"warned"_s}});
    QCOMPARE(resolved.status, 200);
    QCOMPARE(resolved.json.value("status"_L1).toString(), u"resolved"_s);
    QCOMPARE(resolved.json.value("resolution"_L1).toString(), u"warned"_s);
    QVERIFY(kora::proto::parseTime(resolved.json.value("resolvedAt"_L1)).isValid());
    QCOMPARE(fx.request("PATCH", path, support.token,
                        {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"again"_s}})
                 .status,
             409);
    const HttpResult audit = fx.get(u"/api/v1/admin/audit"_s, support.token);
    QCOMPARE(actionsOf(audit).first(), u"resolve"_s);
    const QJsonObject entry = audit.json.value("entries"_L1).toArray().first().toObject();
    QCOMPARE(entry.value("conversationId"_L1).toString(), id);
    QCOMPARE(entry.value("detail"_L1).toString(), u"report="_s + filed.at(1));

    const HttpResult open = fx.get(u"/api/v1/admin/reports?status=open"_s, support.token);
    QCOMPARE(open.json.value("reports"_L1).toArray().size(), 2);
    const HttpResult done = fx.get(u"/api/v1/admin/reports?status=resolved"_s, support.token);
    QCOMPARE(done.json.value("reports"_L1).toArray().size(), 1);
    QCOMPARE(
        fx.get(u"/api/v1/admin/reports"_s, support.token).json.value("reports"_L1).toArray().size(),
        3);
    // Resolving changed no conversation and no message.
    QCOMPARE(
        fx.get(u"/api/v1/conversations/"_s + id, ama.token).json.value("lastSeq"_L1).toInteger(),
        lastSeq);

    // No audit, no data: with audit writes failing the queue answers 500 and nothing else.
    const QStringList sabotage =
        fx.isPostgres()
            ? QStringList{u"CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS"
                          " $$ BEGIN RAISE EXCEPTION 'audit storage down'; END $$"_s,
                          u"CREATE TRIGGER audit_down BEFORE INSERT ON audit_log"
                          " FOR EACH ROW EXECUTE FUNCTION audit_down()"_s}
            : QStringList{u"CREATE TRIGGER audit_down BEFORE INSERT ON audit_log"
                          " BEGIN SELECT RAISE(ABORT, 'audit storage down'); END"_s};
    QString error;
    QVERIFY2(fx.sql(sabotage, &error), qPrintable(error));
    const HttpResult blind = fx.get(u"/api/v1/admin/reports"_s, support.token);
    QCOMPARE(blind.status, 500);
    QVERIFY(!blind.json.contains("reports"_L1));
    const QString last = u"/api/v1/admin/reports/"_s + filed.at(0);
    QCOMPARE(fx.request("PATCH", last, support.token,
                        {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"ok"_s}})
                 .status,
             500);
    QVERIFY2(fx.sql({fx.isPostgres() ? u"DROP TRIGGER audit_down ON audit_log"_s
                                     : u"DROP TRIGGER audit_down"_s},
                    &error),
             qPrintable(error));
    const HttpResult stillOpen = fx.get(u"/api/v1/admin/reports?status=open"_s, support.token);
    QCOMPARE(stillOpen.json.value("reports"_L1).toArray().size(), 2);
}

void TestServerTrust::contactGuardFlags()
{
    ServerFixture fx; // flag is the default
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s),
                support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const qint64 start = lastSeqOf(fx, ama, id);
    SioTestClient kofiSocket;
    CONNECT_AS(kofiSocket, fx, kofi);

    const QString body = u"call me on +254 712 345 678"_s;
    const HttpResult sent = fx.post(messagesPath(id), ama.token, textMessage(body));
    QCOMPARE(sent.status, 201);
    QCOMPARE(sent.json.value("body"_L1).toString(), body);
    QCOMPARE(flagsOf(sent.json), QStringList{u"contact_info"_s});
    const QString messageId = sent.json.value("id"_L1).toString();
    const auto live = kofiSocket.waitForEvent(u"new_message"_s);
    QVERIFY(live);
    QCOMPARE(flagsOf(live->value("message"_L1).toObject()), QStringList{u"contact_info"_s});

    const HttpResult plain = fx.post(messagesPath(id), kofi.token, textMessage(u"ok, at 14:30"_s));
    QVERIFY(plain.json.value("flags"_L1).isArray());
    QCOMPARE(flagsOf(plain.json), QStringList());

    // Edits go through the guard: flags follow the new text.
    QCOMPARE(errorOf(kofiSocket.call(u"edit_message"_s,
                                     {{u"messageId"_s, plain.json.value("id"_L1).toString()},
                                      {u"body"_s, u"or mail kofi@example.com"_s}})),
             u"<ok>"_s);
    const auto updated = kofiSocket.waitForEvent(u"message_updated"_s);
    QVERIFY(updated);
    QCOMPARE(flagsOf(updated->value("message"_L1).toObject()), QStringList{u"contact_info"_s});
    const HttpResult cleaned = fx.request("PATCH", u"/api/v1/messages/"_s + messageId, ama.token,
                                          {{u"body"_s, u"see you there"_s}});
    QCOMPARE(flagsOf(cleaned.json), QStringList());

    // Every read path carries them: history, afterSeq, search, admin reads.
    // (History is newest last: the two of this test end it.)
    const QJsonArray messages =
        fx.get(messagesPath(id), ama.token).json.value("messages"_L1).toArray();
    QVERIFY(messages.size() >= 2);
    QCOMPARE(flagsOf(messages.at(messages.size() - 2).toObject()), QStringList());
    QCOMPARE(flagsOf(messages.last().toObject()), QStringList{u"contact_info"_s});
    const QJsonArray after =
        fx.get(messagesPath(id, since(start)), kofi.token).json.value("messages"_L1).toArray();
    QCOMPARE(after.size(), 2);
    QCOMPARE(flagsOf(after.at(1).toObject()), QStringList{u"contact_info"_s});
    const HttpResult found = fx.get(u"/api/v1/search?query=mail"_s, kofi.token);
    QCOMPARE(found.json.value("results"_L1).toArray().size(), 1);
    QCOMPARE(flagsOf(found.json.value("results"_L1)
                         .toArray()
                         .at(0)
                         .toObject()
                         .value("message"_L1)
                         .toObject()),
             QStringList{u"contact_info"_s});
    const HttpResult admin = fx.get(
        u"/api/v1/admin/conversations/%1/messages?%2"_s.arg(id, since(start)), support.token);
    QCOMPARE(flagsOf(admin.json.value("messages"_L1).toArray().at(1).toObject()),
             QStringList{u"contact_info"_s});
}

void TestServerTrust::contactGuardMasks()
{
    auto config = ServerFixture::defaultConfig();
    config.contactGuard = kora::server::ContactGuardMode::Mask;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const QString id = fx.directConversation(ama, kofi);
    const qint64 start = lastSeqOf(fx, ama, id);
    SioTestClient amaSocket, kofiSocket;
    CONNECT_AS(amaSocket, fx, ama);
    CONNECT_AS(kofiSocket, fx, kofi);

    // The sender's ack, the other side's event and what is stored show the masked text.
    const auto ack = amaSocket.call(u"send_message"_s,
                                    sendPayload(id, u"WhatsApp me on 0712 345 678 or a@b.io"_s));
    QCOMPARE(errorOf(ack), u"<ok>"_s);
    const QJsonObject acked = ack->value("message"_L1).toObject();
    QCOMPARE(acked.value("body"_L1).toString(), u"[hidden] or [hidden]"_s);
    QCOMPARE(flagsOf(acked), QStringList{u"contact_masked"_s});
    const auto live = kofiSocket.waitForEvent(u"new_message"_s);
    QVERIFY(live);
    QCOMPARE(live->value("message"_L1).toObject().value("body"_L1).toString(),
             u"[hidden] or [hidden]"_s);
    const HttpResult rest =
        fx.post(messagesPath(id), kofi.token, textMessage(u"mail me: kofi@example.com"_s));
    QCOMPARE(rest.json.value("body"_L1).toString(), u"mail me: [hidden]"_s);
    QCOMPARE(flagsOf(rest.json), QStringList{u"contact_masked"_s});
    const HttpResult edited =
        fx.request("PATCH", u"/api/v1/messages/"_s + rest.json.value("id"_L1).toString(),
                   kofi.token, {{u"body"_s, u"site: example.com/kofi"_s}});
    QCOMPARE(edited.json.value("body"_L1).toString(), u"site: [hidden]"_s);
    const HttpResult price =
        fx.post(messagesPath(id), kofi.token, textMessage(u"KES 15,000 on 02/12/2026"_s));
    QCOMPARE(price.json.value("body"_L1).toString(), u"KES 15,000 on 02/12/2026"_s);
    QCOMPARE(flagsOf(price.json), QStringList());

    // The marketplace allows contact details (service key only); participants are told.
    const QString path = u"/api/v1/system/conversations/"_s + id;
    QCOMPARE(system(fx, "PATCH", path, {{u"contactAllowed"_s, true}}, QByteArray()).status, 401);
    QCOMPARE(system(fx, "PATCH", path, {{u"contactAllowed"_s, true}}, "wrong").status, 401);
    QCOMPARE(fx.request("PATCH", path, ama.token, {{u"contactAllowed"_s, true}}).status, 401);
    QCOMPARE(system(fx, "PATCH", path, {{u"contactAllowed"_s, u"yes"_s}}).status, 400);
    QCOMPARE(system(fx, "PATCH", u"/api/v1/system/conversations/"_s + kora::proto::newUuid(),
                    {{u"contactAllowed"_s, true}})
                 .status,
             404);
    QVERIFY(!fx.get(u"/api/v1/conversations/"_s + id, ama.token)
                 .json.value("contactAllowed"_L1)
                 .toBool());
    const HttpResult allowed = system(fx, "PATCH", path, {{u"contactAllowed"_s, true}});
    QCOMPARE(allowed.status, 200);
    QCOMPARE(allowed.json.value("id"_L1).toString(), id);
    QVERIFY(allowed.json.value("contactAllowed"_L1).toBool());
    for (SioTestClient *socket : {&amaSocket, &kofiSocket}) {
        const auto changed = socket->waitForEvent(u"conversation_updated"_s);
        QVERIFY(changed);
        QVERIFY(changed->value("conversation"_L1).toObject().value("contactAllowed"_L1).toBool());
    }
    QVERIFY(fx.get(u"/api/v1/conversations/"_s + id, kofi.token)
                .json.value("contactAllowed"_L1)
                .toBool());

    // Now stored as sent (flagged); nothing stored before is unmasked.
    const HttpResult open =
        fx.post(messagesPath(id), ama.token, textMessage(u"+254 712 345 678"_s));
    QCOMPARE(open.json.value("body"_L1).toString(), u"+254 712 345 678"_s);
    QCOMPARE(flagsOf(open.json), QStringList{u"contact_info"_s});
    const QJsonArray history =
        fx.get(messagesPath(id, since(start)), kofi.token).json.value("messages"_L1).toArray();
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.at(0).toObject().value("body"_L1).toString(), u"[hidden] or [hidden]"_s);
    QCOMPARE(history.at(1).toObject().value("body"_L1).toString(), u"site: [hidden]"_s);
    QCOMPARE(fx.get(u"/api/v1/search?query=0712"_s, kofi.token)
                 .json.value("results"_L1)
                 .toArray()
                 .size(),
             0);

    // And back, with the operator command: masked again.
    QProcess script;
    script.setProgram(QStringLiteral(KORA_SCRIPTS_DIR "/set-contact-allowed"));
    script.setArguments(
        {u"--server"_s, fx.url().toString(), u"--key"_s, u"test-service-key"_s, id, u"off"_s});
    QSignalSpy finished(&script, &QProcess::finished);
    script.start();
    QVERIFY2(finished.wait(15000), qPrintable(script.errorString()));
    QCOMPARE(script.exitCode(), 0);
    const QJsonObject printed = QJsonDocument::fromJson(script.readAllStandardOutput()).object();
    QCOMPARE(printed.value("id"_L1).toString(), id);
    QVERIFY(!printed.value("contactAllowed"_L1).toBool());
    QVERIFY(!fx.get(u"/api/v1/conversations/"_s + id, ama.token)
                 .json.value("contactAllowed"_L1)
                 .toBool());
    QCOMPARE(fx.post(messagesPath(id), ama.token, textMessage(u"t.me/ama"_s))
                 .json.value("body"_L1)
                 .toString(),
             u"[hidden]"_s);
}

void TestServerTrust::contactGuardOffAndBadSetting()
{
    auto parsed = kora::server::ServerConfig::fromArguments(
        {u"kora-server"_s, u"--contact-guard"_s, u"hide"_s});
    QVERIFY(!parsed);
    QVERIFY(parsed.error().contains(u"--contact-guard"_s));
    parsed = kora::server::ServerConfig::fromArguments({u"kora-server"_s});
    QVERIFY(parsed);
    QCOMPARE(parsed->contactGuard, kora::server::ContactGuardMode::Flag);
    parsed = kora::server::ServerConfig::fromArguments(
        {u"kora-server"_s, u"--contact-guard"_s, u"mask"_s});
    QVERIFY(parsed);
    QCOMPARE(parsed->contactGuard, kora::server::ContactGuardMode::Mask);

    auto config = ServerFixture::defaultConfig();
    config.contactGuard = kora::server::ContactGuardMode::Off;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const QString id = fx.directConversation(ama, kofi);
    const HttpResult sent = fx.post(messagesPath(id), ama.token, textMessage(u"0712345678"_s));
    QCOMPARE(sent.json.value("body"_L1).toString(), u"0712345678"_s);
    QVERIFY(sent.json.value("flags"_L1).isArray());
    QCOMPARE(flagsOf(sent.json), QStringList());
}

QTEST_MAIN(TestServerTrust)
#include "tst_server_trust.moc"
