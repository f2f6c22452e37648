// Support (admin) mode and system messages against a real in-process server:
// search, open, the audit log written before any data, read-only support
// tokens on every write route and event, system messages through the
// service key.
#include "ServerFixture.h"
#include "SioTestClient.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::SioTestClient;
using Login = ServerFixture::Login;

namespace {

const QString systemSender = u"00000000-0000-0000-0000-000000000000"_s;

QString messagesPath(const QString &conversationId, const QString &query = {})
{
    return u"/api/v1/conversations/%1/messages"_s.arg(conversationId) +
           (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString adminMessagesPath(const QString &conversationId, const QString &query = {})
{
    return u"/api/v1/admin/conversations/%1/messages"_s.arg(conversationId) +
           (query.isEmpty() ? QString() : QLatin1Char('?') + query);
}

QString adminSearchPath(const QList<QPair<QString, QString>> &items)
{
    QUrlQuery q;
    for (const auto &[key, value] : items)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return u"/api/v1/admin/conversations?"_s + q.toString(QUrl::FullyEncoded);
}

QStringList idsOf(const HttpResult &r, const char *key = "conversations")
{
    QStringList ids;
    for (const QJsonValue &v : r.json.value(QLatin1String(key)).toArray())
        ids.append(v.toObject().value("id"_L1).toString());
    return ids;
}

QString errorOf(const std::optional<QJsonObject> &ack)
{
    if (!ack)
        return u"<no ack>"_s;
    return ack->value("error"_L1).toObject().value("code"_L1).toString();
}

// A participant's view of the conversation: its unread count and every cursor.
struct ReadState
{
    qint64 unread = -1;
    QMap<QString, QPair<qint64, qint64>> cursors; // userId -> (read, delivered)
    bool operator==(const ReadState &o) const { return unread == o.unread && cursors == o.cursors; }
};

ReadState readState(ServerFixture &fx, const Login &who, const QString &conversationId)
{
    const HttpResult r = fx.get(u"/api/v1/conversations/"_s + conversationId, who.token);
    ReadState s;
    if (r.status != 200)
        return s;
    s.unread = r.json.value("unreadCount"_L1).toInteger();
    for (const QJsonValue &p : r.json.value("participants"_L1).toArray()) {
        const QJsonObject o = p.toObject();
        s.cursors.insert(
            o.value("user"_L1).toObject().value("id"_L1).toString(),
            {o.value("lastReadSeq"_L1).toInteger(), o.value("lastDeliveredSeq"_L1).toInteger()});
    }
    return s;
}

} // namespace

class TestServerAdmin : public QObject
{
    Q_OBJECT

private:
    // POST /api/v1/system/messages with (or without) a service key.
    HttpResult postSystem(ServerFixture &fx, const QJsonObject &body,
                          const QByteArray &key = "test-service-key")
    {
        QNetworkRequest req(fx.url(u"/api/v1/system/messages"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("X-Service-Key", key);
        QNetworkReply *reply =
            m_network.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
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
    void searchOpenAuditedParticipantsUntouched();
    void searchFilters();
    void auditIsWrittenBeforeData();
    void auditLogPagesAndExportIsAudited();
    void supportRestWritesAreReadOnly();
    void supportSocketWritesAreReadOnlyAndWatchIsAudited();
    void otherRolesAreForbiddenOnAdminRoutes();
    void systemMessageReachesBothParticipantsAndCountsUnread();
    void systemMessageMakesThePairConversation();
    void systemMessageRefusals();
    void systemMessageCannotBeEditedOrDeleted();
    void systemSenderIsNoChatPartner();
};

void TestServerAdmin::searchOpenAuditedParticipantsUntouched()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    for (const QString &text : {u"one"_s, u"two"_s, u"dispute about the tiles"_s})
        QCOMPARE(fx.post(messagesPath(id), ama.token, kora::test::textMessage(text)).status, 201);
    // Kofi has read the first one only.
    QCOMPARE(
        fx.post(u"/api/v1/conversations/%1/read"_s.arg(id), kofi.token, {{u"seq"_s, 1}}).status,
        204);
    const ReadState amaBefore = readState(fx, ama, id), kofiBefore = readState(fx, kofi, id);
    QVERIFY(kofiBefore.unread > 0);

    SioTestClient amaSocket, kofiSocket;
    QVERIFY(amaSocket.connectWithToken(fx.url(), ama.token));
    QVERIFY(kofiSocket.connectWithToken(fx.url(), kofi.token));

    // Search by participant name, then open.
    const HttpResult found = fx.get(adminSearchPath({{u"query"_s, u"kofi"_s}}), support.token);
    QCOMPARE(found.status, 200);
    QVERIFY(idsOf(found).contains(id));
    const QJsonObject listed =
        found.json.value("conversations"_L1).toArray().at(idsOf(found).indexOf(id)).toObject();
    QCOMPARE(listed.value("participants"_L1).toArray().size(), 2);
    QCOMPARE(listed.value("unreadCount"_L1).toInteger(), 0);

    const QDateTime asked = QDateTime::currentDateTimeUtc();
    const HttpResult page = fx.get(adminMessagesPath(id), support.token);
    const QDateTime answered = QDateTime::currentDateTimeUtc();
    QCOMPARE(page.status, 200);
    const QJsonArray messages = page.json.value("messages"_L1).toArray();
    QCOMPARE(messages.last().toObject().value("body"_L1).toString(), u"dispute about the tiles"_s);
    // Exactly what the participants see.
    QCOMPARE(messages, fx.get(messagesPath(id), ama.token).json.value("messages"_L1).toArray());

    const HttpResult log = fx.get(u"/api/v1/admin/audit?limit=1"_s, support.token);
    QCOMPARE(log.status, 200);
    const QJsonObject entry = log.json.value("entries"_L1).toArray().first().toObject();
    QCOMPARE(entry.value("action"_L1).toString(), u"view"_s);
    QCOMPARE(entry.value("actorId"_L1).toString(), support.userId);
    QCOMPARE(entry.value("actorName"_L1).toString(), u"Kora Support"_s);
    QCOMPARE(entry.value("conversationId"_L1).toString(), id);
    QVERIFY2(entry.value("clientAddress"_L1).toString().contains(u"127.0.0.1"_s),
             qPrintable(entry.value("clientAddress"_L1).toString()));
    const QDateTime at = kora::proto::parseTime(entry.value("at"_L1));
    QVERIFY(at.isValid());
    QVERIFY(at >= asked.addMSecs(-1) && at <= answered);

    // Participants' unread counts and read/delivered cursors are as they were,
    // and no receipt or typing reached them.
    QCOMPARE(readState(fx, ama, id), amaBefore);
    QCOMPARE(readState(fx, kofi, id), kofiBefore);
    // A round trip on each socket: anything the server sent them has arrived.
    QVERIFY(amaSocket.call(u"get_online_status"_s, {{u"userIds"_s, QJsonArray()}}));
    QVERIFY(kofiSocket.call(u"get_online_status"_s, {{u"userIds"_s, QJsonArray()}}));
    for (const SioTestClient *socket : {&amaSocket, &kofiSocket}) {
        for (const SioTestClient::Event &e : socket->events) {
            QVERIFY2(e.name != u"message_read"_s && e.name != u"message_delivered"_s &&
                         e.name != u"user_typing"_s,
                     qPrintable(e.name));
            QVERIFY(e.payload.value("userId"_L1).toString() != support.userId);
        }
    }
}

void TestServerAdmin::searchFilters()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), efua = fx.login(u"efua"_s), yaw = fx.login(u"yaw"_s);
    const Login support = fx.login(u"support"_s);
    const HttpResult opened = fx.post(u"/api/v1/conversations"_s, ama.token,
                                      {{u"participantId"_s, efua.userId},
                                       {u"jobId"_s, u"job-4711"_s},
                                       {u"jobTitle"_s, u"Paint the fence"_s}});
    QVERIFY(opened.status == 200 || opened.status == 201);
    const QString id = opened.json.value("id"_L1).toString();
    QCOMPARE(
        fx.post(messagesPath(id), efua.token, kora::test::textMessage(u"The 50% deposit_is late"_s))
            .status,
        201);
    const QString other = fx.directConversation(yaw, efua);

    const auto search = [&](const QList<QPair<QString, QString>> &items) {
        const HttpResult r = fx.get(adminSearchPath(items), support.token);
        [&] { QCOMPARE(r.status, 200); }();
        return idsOf(r);
    };
    // By job id.
    QCOMPARE(search({{u"jobId"_s, u"job-4711"_s}}), QStringList{id});
    QVERIFY(search({{u"jobId"_s, u"job-nope"_s}}).isEmpty());
    // By text in a message (LIKE wildcards are taken literally), case-insensitive.
    QCOMPARE(search({{u"query"_s, u"50% DEPOSIT_is"_s}}), QStringList{id});
    QVERIFY(search({{u"query"_s, u"5_%"_s}}).isEmpty());
    // By participant email and by user id.
    QVERIFY(search({{u"query"_s, u"efua@demo"_s}}).contains(other));
    const QStringList byYaw = search({{u"userId"_s, yaw.userId}});
    QVERIFY(byYaw.contains(other));
    QVERIFY(!byYaw.contains(id));
    // By date range: active at or after `from`, created before `to`.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString hourAgo = kora::proto::formatTime(now.addSecs(-3600));
    const QString inAnHour = kora::proto::formatTime(now.addSecs(3600));
    QVERIFY(search({{u"from"_s, hourAgo}, {u"to"_s, inAnHour}}).contains(id));
    QVERIFY(search({{u"from"_s, inAnHour}}).isEmpty());
    QVERIFY(search({{u"to"_s, u"2001-01-01T00:00:00.000Z"_s}}).isEmpty());
    // Paging with limit and before.
    const HttpResult first = fx.get(adminSearchPath({{u"limit"_s, u"1"_s}}), support.token);
    QCOMPARE(idsOf(first).size(), 1);
    QVERIFY(first.json.value("hasMore"_L1).toBool());
    // Bad parameters are refused with what is wrong.
    HttpResult bad = fx.get(adminSearchPath({{u"from"_s, u"yesterday"_s}}), support.token);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"invalid"_s);
    bad = fx.get(adminSearchPath({{u"limit"_s, u"0"_s}}), support.token);
    QCOMPARE(bad.status, 400);
}

void TestServerAdmin::auditIsWrittenBeforeData()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    QCOMPARE(fx.post(messagesPath(id), ama.token, kora::test::textMessage(u"secret"_s)).status,
             201);

    // Make every audit write fail, from a second connection to the server's own database.
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

    // No audit, no data: the messages route and the search answer 500 and nothing else.
    HttpResult page = fx.get(adminMessagesPath(id), support.token);
    QCOMPARE(page.status, 500);
    QCOMPARE(page.errorCode(), u"internal"_s);
    QVERIFY(!page.body.contains("secret"));
    QVERIFY(!page.json.contains("messages"_L1));
    HttpResult found = fx.get(adminSearchPath({{u"query"_s, u"secret"_s}}), support.token);
    QCOMPARE(found.status, 500);
    QVERIFY(!found.json.contains("conversations"_L1));
    QCOMPARE(fx.post(u"/api/v1/admin/conversations/%1/export"_s.arg(id), support.token,
                     {{u"format"_s, u"html"_s}})
                 .status,
             500);
    QCOMPARE(
        fx.get(u"/api/v1/admin/audit"_s, support.token).json.value("entries"_L1).toArray().size(),
        0);

    // Audit storage back: the same call answers, with its entry stored.
    QVERIFY2(fx.sql({fx.isPostgres() ? u"DROP TRIGGER audit_down ON audit_log"_s
                                     : u"DROP TRIGGER audit_down"_s},
                    &error),
             qPrintable(error));
    page = fx.get(adminMessagesPath(id), support.token);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json.value("messages"_L1).toArray().last().toObject().value("body"_L1),
             QJsonValue(u"secret"_s));
    QCOMPARE(
        fx.get(u"/api/v1/admin/audit"_s, support.token).json.value("entries"_L1).toArray().size(),
        1);
}

void TestServerAdmin::auditLogPagesAndExportIsAudited()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(fx.get(adminMessagesPath(id, u"limit=10"_s), support.token).status, 200);
    const HttpResult exported = fx.post(u"/api/v1/admin/conversations/%1/export"_s.arg(id),
                                        support.token, {{u"format"_s, u"pdf"_s}});
    QCOMPARE(exported.status, 201);
    const QJsonObject exportEntry = exported.json.value("entry"_L1).toObject();
    QCOMPARE(exportEntry.value("action"_L1).toString(), u"export"_s);
    QCOMPARE(exportEntry.value("detail"_L1).toString(), u"format=pdf"_s);
    QCOMPARE(fx.post(u"/api/v1/admin/conversations/%1/export"_s.arg(id), support.token,
                     {{u"format"_s, u"docx"_s}})
                 .status,
             400);
    QCOMPARE(fx.post(u"/api/v1/admin/conversations/nope/export"_s, support.token,
                     {{u"format"_s, u"html"_s}})
                 .status,
             404);
    QCOMPARE(fx.get(adminMessagesPath(u"nope"_s), support.token).status, 404);

    // Page through the log two at a time: every entry once, newest first.
    QStringList seen;
    QString before;
    QDateTime previous;
    for (int guard = 0; guard < 10; ++guard) {
        const HttpResult r = fx.get(u"/api/v1/admin/audit?limit=2"_s +
                                        (before.isEmpty() ? QString() : u"&before="_s + before),
                                    support.token);
        QCOMPARE(r.status, 200);
        const QJsonArray entries = r.json.value("entries"_L1).toArray();
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            const QDateTime at = kora::proto::parseTime(e.value("at"_L1));
            QVERIFY(!previous.isValid() || at < previous);
            previous = at;
            seen.append(e.value("id"_L1).toString());
            before = e.value("at"_L1).toString();
        }
        if (!r.json.value("hasMore"_L1).toBool())
            break;
    }
    QCOMPARE(seen.size(), 6);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 6);
    QCOMPARE(seen.first(), exportEntry.value("id"_L1).toString());
    // Filtered by conversation.
    const HttpResult filtered =
        fx.get(u"/api/v1/admin/audit?conversationId="_s + id, support.token);
    QCOMPARE(filtered.json.value("entries"_L1).toArray().size(), 6);
}

void TestServerAdmin::supportRestWritesAreReadOnly()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const HttpResult sent =
        fx.post(messagesPath(id), ama.token, kora::test::textMessage(u"hello"_s));
    QCOMPARE(sent.status, 201);
    const QString messageId = sent.json.value("id"_L1).toString();
    QCOMPARE(fx.get(adminMessagesPath(id), support.token).status, 200); // opened: still read-only
    const ReadState before = readState(fx, ama, id), kofiBefore = readState(fx, kofi, id);
    const QJsonObject historyBefore = fx.get(messagesPath(id), ama.token).json;

    struct Write
    {
        QByteArray method;
        QString path;
        QJsonObject body;
        QByteArray raw;
    };
    const QList<Write> writes{
        {"POST", u"/api/v1/conversations"_s, {{u"participantId"_s, ama.userId}}, {}},
        {"POST",
         u"/api/v1/conversations"_s,
         {{u"participantIds"_s, QJsonArray{ama.userId, kofi.userId}}, {u"title"_s, u"g"_s}},
         {}},
        {"PATCH", u"/api/v1/conversations/"_s + id, {{u"archived"_s, true}}, {}},
        {"POST", messagesPath(id), kora::test::textMessage(u"from support"_s), {}},
        {"PATCH", u"/api/v1/messages/"_s + messageId, {{u"body"_s, u"moderated"_s}}, {}},
        {"DELETE", u"/api/v1/messages/"_s + messageId, {}, {}},
        {"POST", u"/api/v1/conversations/%1/read"_s.arg(id), {{u"seq"_s, 1}}, {}},
        // Even a malformed body is refused as a write first.
        {"POST", messagesPath(id), {}, "not json"},
    };
    for (const Write &w : writes) {
        const HttpResult r = fx.request(w.method, w.path, support.token, w.body, w.raw);
        QVERIFY2(r.status == 403 && r.errorCode() == u"read_only"_s,
                 qPrintable(u"%1 %2 -> %3 %4"_s.arg(QString::fromLatin1(w.method), w.path)
                                .arg(r.status)
                                .arg(QString::fromUtf8(r.body))));
    }
    // Nothing moved.
    QCOMPARE(readState(fx, ama, id), before);
    QCOMPARE(readState(fx, kofi, id), kofiBefore);
    QCOMPARE(fx.get(messagesPath(id), ama.token).json, historyBefore);
    // No conversation was made with or by support.
    QCOMPARE(fx.get(u"/api/v1/conversations"_s, support.token)
                 .json.value("conversations"_L1)
                 .toArray()
                 .size(),
             0);
    // Reads a support token may do still work.
    QCOMPARE(fx.get(u"/api/v1/me"_s, support.token).status, 200);
}

void TestServerAdmin::supportSocketWritesAreReadOnlyAndWatchIsAudited()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const HttpResult sent =
        fx.post(messagesPath(id), ama.token, kora::test::textMessage(u"hello"_s));
    const QString messageId = sent.json.value("id"_L1).toString();
    const ReadState before = readState(fx, ama, id), kofiBefore = readState(fx, kofi, id);

    SioTestClient amaSocket, supportSocket;
    QVERIFY(amaSocket.connectWithToken(fx.url(), ama.token));
    QVERIFY(supportSocket.connectWithToken(fx.url(), support.token));
    const QJsonObject scope{{u"conversationId"_s, id}};

    // Joining needs an audited open through the admin routes first.
    QCOMPARE(errorOf(supportSocket.call(u"join_conversation"_s, scope)), u"forbidden"_s);
    QCOMPARE(fx.get(adminMessagesPath(id), support.token).status, 200);
    const auto joined = supportSocket.call(u"join_conversation"_s, scope);
    QVERIFY(joined && joined->value("ok"_L1).toBool());

    const QList<QPair<QString, QJsonObject>> writes{
        {u"send_message"_s,
         {{u"conversationId"_s, id},
          {u"clientId"_s, kora::proto::newUuid()},
          {u"kind"_s, u"text"_s},
          {u"body"_s, u"x"_s}}},
        {u"edit_message"_s, {{u"messageId"_s, messageId}, {u"body"_s, u"y"_s}}},
        {u"delete_message"_s, {{u"messageId"_s, messageId}}},
        {u"mark_as_read"_s, {{u"conversationId"_s, id}, {u"seq"_s, 1}}},
        {u"mark_as_delivered"_s, {{u"conversationId"_s, id}, {u"seq"_s, 1}}},
        {u"typing_start"_s, scope},
        {u"typing_stop"_s, scope},
        {u"mark_as_read"_s, {}}, // whatever the payload
    };
    for (const auto &[name, payload] : writes)
        QCOMPARE(errorOf(supportSocket.call(name, payload)), u"read_only"_s);
    QCOMPARE(readState(fx, ama, id), before);
    QCOMPARE(readState(fx, kofi, id), kofiBefore);

    // The watching support socket hears new messages of that conversation.
    QCOMPARE(fx.post(messagesPath(id), kofi.token, kora::test::textMessage(u"live"_s)).status, 201);
    const auto heard = supportSocket.waitForEvent(u"new_message"_s);
    QVERIFY(heard);
    QCOMPARE(heard->value("message"_L1).toObject().value("body"_L1).toString(), u"live"_s);
    QVERIFY(amaSocket.waitForEvent(u"new_message"_s));
    QCOMPARE(amaSocket.countEvents(u"user_typing"_s), 0);
    QCOMPARE(amaSocket.countEvents(u"message_read"_s), 0);
    QCOMPARE(amaSocket.countEvents(u"user_status"_s), 0); // support is never announced
    const auto left = supportSocket.call(u"leave_conversation"_s, scope);
    QVERIFY(left && left->value("ok"_L1).toBool());
}

void TestServerAdmin::otherRolesAreForbiddenOnAdminRoutes()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const QString id = fx.directConversation(ama, kofi);
    for (const Login &who : {ama, kofi}) {
        for (const QString &path :
             {u"/api/v1/admin/conversations"_s, adminMessagesPath(id), u"/api/v1/admin/audit"_s}) {
            const HttpResult r = fx.get(path, who.token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"forbidden"_s);
            QCOMPARE(fx.get(path, {}).status, 401);
        }
        const HttpResult r = fx.post(u"/api/v1/admin/conversations/%1/export"_s.arg(id), who.token,
                                     {{u"format"_s, u"html"_s}});
        QCOMPARE(r.status, 403);
    }
    // None of that was audited.
    const Login support = fx.login(u"support"_s);
    QCOMPARE(
        fx.get(u"/api/v1/admin/audit"_s, support.token).json.value("entries"_L1).toArray().size(),
        0);
}

void TestServerAdmin::systemMessageReachesBothParticipantsAndCountsUnread()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const QString id = fx.directConversation(ama, kofi);
    const qint64 amaUnread = readState(fx, ama, id).unread;
    const qint64 kofiUnread = readState(fx, kofi, id).unread;
    SioTestClient amaSocket, kofiSocket;
    QVERIFY(amaSocket.connectWithToken(fx.url(), ama.token));
    QVERIFY(kofiSocket.connectWithToken(fx.url(), kofi.token));

    const HttpResult r = postSystem(fx, {{u"conversationId"_s, id},
                                         {u"body"_s, u"  Booking confirmed for Tue 14:00 "_s},
                                         {u"meta"_s, QJsonObject{{u"bookingId"_s, u"b-1"_s}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("kind"_L1).toString(), u"system"_s);
    QCOMPARE(r.json.value("senderId"_L1).toString(), systemSender);
    QCOMPARE(r.json.value("body"_L1).toString(), u"Booking confirmed for Tue 14:00"_s);
    QCOMPARE(r.json.value("conversationId"_L1).toString(), id);
    // Its meta comes back to clients (a Kora addition): here, live and in the history.
    QCOMPARE(r.json.value("meta"_L1).toObject(), (QJsonObject{{u"bookingId"_s, u"b-1"_s}}));
    for (SioTestClient *socket : {&amaSocket, &kofiSocket}) {
        const auto event = socket->waitForEvent(u"new_message"_s);
        QVERIFY(event);
        QCOMPARE(event->value("message"_L1).toObject(), r.json);
    }
    // Unread for both participants, in the list and in the history.
    QCOMPARE(readState(fx, ama, id).unread, amaUnread + 1);
    QCOMPARE(readState(fx, kofi, id).unread, kofiUnread + 1);
    const HttpResult page = fx.get(messagesPath(id), kofi.token);
    QCOMPARE(page.json.value("messages"_L1).toArray().last().toObject(), r.json);
}

void TestServerAdmin::systemMessageMakesThePairConversation()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login yaw = fx.login(u"yaw"_s), efua = fx.login(u"efua"_s);
    SioTestClient yawSocket;
    QVERIFY(yawSocket.connectWithToken(fx.url(), yaw.token));
    const QJsonObject first{{u"participantIds"_s, QJsonArray{yaw.userId, efua.userId}},
                            {u"jobId"_s, u"job-31"_s},
                            {u"jobTitle"_s, u"Rewire the shop"_s},
                            {u"body"_s, u"Booking requested"_s}};
    const HttpResult r1 = postSystem(fx, first);
    QCOMPARE(r1.status, 201);
    const QString id = r1.json.value("conversationId"_L1).toString();
    QCOMPARE(fx.directConversation(yaw, efua), id); // the pair's one conversation
    const HttpResult view = fx.get(u"/api/v1/conversations/"_s + id, efua.token);
    QCOMPARE(view.json.value("jobId"_L1).toString(), u"job-31"_s);
    QCOMPARE(view.json.value("jobTitle"_L1).toString(), u"Rewire the shop"_s);
    QVERIFY(yawSocket.waitForEvent(u"conversation_updated"_s));
    QVERIFY(yawSocket.waitForEvent(u"new_message"_s));

    // Same pair, reversed, same job without a title: same conversation, title kept.
    const HttpResult r2 =
        postSystem(fx, {{u"participantIds"_s, QJsonArray{efua.userId, yaw.userId}},
                        {u"jobId"_s, u"job-31"_s},
                        {u"body"_s, u"Booking confirmed"_s}});
    QCOMPARE(r2.status, 201);
    QCOMPARE(r2.json.value("conversationId"_L1).toString(), id);
    QCOMPARE(r2.json.value("seq"_L1).toInteger(), r1.json.value("seq"_L1).toInteger() + 1);
    QCOMPARE(
        fx.get(u"/api/v1/conversations/"_s + id, efua.token).json.value("jobTitle"_L1).toString(),
        u"Rewire the shop"_s);
    // A new job moves the context on.
    const HttpResult r3 =
        postSystem(fx, {{u"participantIds"_s, QJsonArray{efua.userId, yaw.userId}},
                        {u"jobId"_s, u"job-32"_s},
                        {u"jobTitle"_s, u"Fix the gate"_s},
                        {u"body"_s, u"New booking"_s}});
    QCOMPARE(r3.status, 201);
    QCOMPARE(fx.get(u"/api/v1/conversations/"_s + id, yaw.token).json.value("jobId"_L1),
             QJsonValue(u"job-32"_s));
}

void TestServerAdmin::systemMessageRefusals()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const Login support = fx.login(u"support"_s);
    const QString id = fx.directConversation(ama, kofi);
    const qint64 lastSeq =
        fx.get(u"/api/v1/conversations/"_s + id, ama.token).json.value("lastSeq"_L1).toInteger();
    const QJsonObject good{{u"conversationId"_s, id}, {u"body"_s, u"Booking cancelled"_s}};

    // Wrong, missing, or near-miss keys; and a user's bearer token is no key.
    for (const QByteArray &key : {QByteArray("wrong"), QByteArray(), QByteArray("Test-service-key"),
                                  QByteArray("test-service-ke"), QByteArray("test-service-keyy")}) {
        const HttpResult r = postSystem(fx, good, key);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), u"unauthorized"_s);
    }
    QCOMPARE(fx.post(u"/api/v1/system/messages"_s, support.token, good).status, 401);

    // Bad bodies: clear errors.
    const QList<QJsonObject> bad{
        {{u"conversationId"_s, id}},
        {{u"conversationId"_s, id}, {u"body"_s, u"   "_s}},
        {{u"conversationId"_s, id}, {u"body"_s, QString(4001, u'x')}},
        {{u"body"_s, u"no target"_s}},
        {{u"conversationId"_s, id},
         {u"participantIds"_s, QJsonArray{ama.userId, kofi.userId}},
         {u"jobId"_s, u"j"_s},
         {u"body"_s, u"both"_s}},
        {{u"participantIds"_s, QJsonArray{ama.userId, kofi.userId}}, {u"body"_s, u"no job"_s}},
        {{u"participantIds"_s, QJsonArray{ama.userId, ama.userId}},
         {u"jobId"_s, u"j"_s},
         {u"body"_s, u"same user"_s}},
        {{u"conversationId"_s, id}, {u"body"_s, u"m"_s}, {u"meta"_s, u"text"_s}},
        {{u"conversationId"_s, id},
         {u"body"_s, u"m"_s},
         {u"meta"_s, QJsonObject{{u"blob"_s, QString(5000, u'x')}}}},
    };
    for (const QJsonObject &body : bad) {
        const HttpResult r = postSystem(fx, body);
        QVERIFY2(r.status == 400 && r.errorCode() == u"invalid"_s,
                 qPrintable(QString::fromUtf8(
                                QJsonDocument(body).toJson(QJsonDocument::Compact).left(200)) +
                            u" -> "_s + QString::fromUtf8(r.body)));
    }
    QCOMPARE(postSystem(fx, {{u"conversationId"_s, u"nope"_s}, {u"body"_s, u"b"_s}}).status, 404);
    QCOMPARE(postSystem(fx, {{u"participantIds"_s, QJsonArray{ama.userId, support.userId}},
                             {u"jobId"_s, u"j"_s},
                             {u"body"_s, u"b"_s}})
                 .status,
             404);
    // Nothing refused was stored.
    QCOMPARE(
        fx.get(u"/api/v1/conversations/"_s + id, ama.token).json.value("lastSeq"_L1).toInteger(),
        lastSeq);
}

void TestServerAdmin::systemMessageCannotBeEditedOrDeleted()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
    const QString id = fx.directConversation(ama, kofi);
    const HttpResult posted =
        postSystem(fx, {{u"conversationId"_s, id}, {u"body"_s, u"Job completed"_s}});
    QCOMPARE(posted.status, 201);
    const QString messageId = posted.json.value("id"_L1).toString();

    for (const Login &who : {ama, kofi}) {
        HttpResult r = fx.request("PATCH", u"/api/v1/messages/"_s + messageId, who.token,
                                  {{u"body"_s, u"Job cancelled"_s}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"forbidden"_s);
        r = fx.request("DELETE", u"/api/v1/messages/"_s + messageId, who.token);
        QCOMPARE(r.status, 403);
        SioTestClient socket;
        QVERIFY(socket.connectWithToken(fx.url(), who.token));
        QCOMPARE(errorOf(socket.call(u"edit_message"_s, {{u"messageId"_s, messageId},
                                                         {u"body"_s, u"Job cancelled"_s}})),
                 u"forbidden"_s);
        QCOMPARE(errorOf(socket.call(u"delete_message"_s, {{u"messageId"_s, messageId}})),
                 u"forbidden"_s);
    }
    const HttpResult page = fx.get(messagesPath(id), ama.token);
    QCOMPARE(page.json.value("messages"_L1).toArray().last().toObject(), posted.json);
}

void TestServerAdmin::systemSenderIsNoChatPartner()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const HttpResult users = fx.get(u"/api/v1/users?query=system"_s, ama.token);
    QCOMPARE(users.status, 200);
    QVERIFY(idsOf(users, "users").isEmpty());
    const HttpResult r =
        fx.post(u"/api/v1/conversations"_s, ama.token, {{u"participantId"_s, systemSender}});
    QCOMPARE(r.status, 404);
    // And no one can sign in as it.
    const HttpResult login =
        fx.post(u"/api/v1/auth/login"_s, {},
                {{u"email"_s, u"system@kora.invalid"_s}, {u"password"_s, u"!"_s}});
    QCOMPARE(login.status, 401);
}

QTEST_GUILESS_MAIN(TestServerAdmin)
#include "tst_server_admin.moc"
