// Protocol 1.1 on the server: replies (7.1), reactions (7.2) and search
// (7.3), over REST and the socket, against an in-process kora-server on a
// real SQLite file or (tst_server_conversations_pg) a real PostgreSQL
// database. Nothing sleeps: events are waited for with QTRY_*, and "nothing
// arrived" is checked after an acked round trip on the same socket.

#include "ServerFixture.h"
#include "SioTestClient.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using kora::test::HttpResult;
using kora::test::ServerFixture;
using kora::test::SioTestClient;
using kora::test::textMessage;
using Login = kora::test::ServerFixture::Login;

namespace {

const QString thumbsUp = QString::fromUtf8("\xf0\x9f\x91\x8d");
const QString heart = QString::fromUtf8("\xe2\x9d\xa4\xef\xb8\x8f");

QString reactionPath(const QString &messageId, const QString &emoji)
{
    return u"/api/v1/messages/"_s + messageId + u"/reactions/"_s +
           QString::fromLatin1(QUrl::toPercentEncoding(emoji));
}

QJsonObject replyTo(const QString &body, const QString &replyToId)
{
    QJsonObject o = textMessage(body);
    o.insert(u"replyToId"_s, replyToId);
    return o;
}

// [{emoji, userIds}] as a compact string, for readable comparisons.
QString reactionsOf(const QJsonObject &message)
{
    return QString::fromUtf8(
        QJsonDocument(message.value("reactions"_L1).toArray()).toJson(QJsonDocument::Compact));
}

QString reactions(std::initializer_list<std::pair<QString, QStringList>> list)
{
    QJsonArray a;
    for (const auto &[emoji, users] : list)
        a.append(
            QJsonObject{{u"emoji"_s, emoji}, {u"userIds"_s, QJsonArray::fromStringList(users)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString ackError(const std::optional<QJsonObject> &ack)
{
    if (!ack)
        return u"<no ack>"_s;
    if (ack->value("ok"_L1).toBool())
        return u"<ok>"_s;
    return ack->value("error"_L1).toObject().value("code"_L1).toString();
}

// The last event `name` whose message has `id`, if any arrived.
std::optional<QJsonObject> messageEvent(const SioTestClient &c, const QString &name,
                                        const QString &id)
{
    for (qsizetype i = c.events.size() - 1; i >= 0; --i) {
        const auto &e = c.events.at(i);
        const QJsonObject m = e.payload.value("message"_L1).toObject();
        if (e.name == name && m.value("id"_L1).toString() == id)
            return m;
    }
    return std::nullopt;
}

int countMessageEvents(const SioTestClient &c, const QString &name, const QString &id)
{
    int n = 0;
    for (const auto &e : c.events)
        n += e.name == name &&
             e.payload.value("message"_L1).toObject().value("id"_L1).toString() == id;
    return n;
}

// A round trip on the socket: whatever the server sent it before has arrived.
bool sync(SioTestClient &c)
{
    const auto ack = c.call(u"get_online_status"_s, QJsonObject{{u"userIds"_s, QJsonArray()}});
    return ack && ack->value("ok"_L1).toBool();
}

QJsonObject messageById(const HttpResult &page, const QString &id)
{
    for (const QJsonValue &v : page.json.value("messages"_L1).toArray()) {
        if (v.toObject().value("id"_L1).toString() == id)
            return v.toObject();
    }
    return {};
}

QStringList resultBodies(const HttpResult &r)
{
    QStringList bodies;
    for (const QJsonValue &v : r.json.value("results"_L1).toArray())
        bodies.append(v.toObject().value("message"_L1).toObject().value("body"_L1).toString());
    return bodies;
}

QString q(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

#define CONNECT_AS(client, fx, login)                                                              \
    QVERIFY2((client).connectWithToken((fx).url(), (login).token),                                 \
             (client).lastConnectFrame().constData())

class TestServerConversations : public QObject
{
    Q_OBJECT

private:
    struct People
    {
        Login ama, kofi, yaw, efua, support;
        QString amaKofi, amaYaw;
    };
    static People people(ServerFixture &fx)
    {
        People p{fx.login(u"ama"_s),
                 fx.login(u"kofi"_s),
                 fx.login(u"yaw"_s),
                 fx.login(u"efua"_s),
                 fx.login(u"support"_s),
                 {},
                 {}};
        p.amaKofi = fx.directConversation(p.ama, p.kofi);
        p.amaYaw = fx.directConversation(p.ama, p.yaw);
        return p;
    }
    static QJsonObject send(ServerFixture &fx, const Login &who, const QString &conversation,
                            const QJsonObject &body)
    {
        const HttpResult r =
            fx.post(u"/api/v1/conversations/"_s + conversation + u"/messages"_s, who.token, body);
        if (r.status != 201)
            qWarning() << "send failed" << r.status << r.body;
        return r.json;
    }
    static qint64 lastSeq(ServerFixture &fx, const Login &who, const QString &conversation)
    {
        return fx.get(u"/api/v1/conversations/"_s + conversation, who.token)
            .json.value("lastSeq"_L1)
            .toInteger();
    }
    HttpResult postSystem(ServerFixture &fx, const QJsonObject &body)
    {
        QNetworkRequest req(fx.url(u"/api/v1/system/messages"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Service-Key", "test-service-key");
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
    void replyMustBeOfTheSameConversation();
    void replyPreviewOnEveryPath();
    void replyPreviewFollowsTheOriginal();
    void reactionsAddRemoveIdempotent();
    void reactionsAreRefused();
    void reactionLimits();
    void reactionRateLimit();
    void reactionAcrossProcesses();
    void searchFindsPrefixesCaseAndAccents();
    void searchFollowsEditsAndDeletes();
    void searchOnlyOwnConversations();
    void searchPagesWithoutSkipsOrRepeats();
    void searchRefusals();
    void groupTitleAndPeople();
    void groupChangeRefusals();
};

// ---------------------------------------------------------------------------
// 7.1 Replies

void TestServerConversations::replyMustBeOfTheSameConversation()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QJsonObject elsewhere = send(fx, p.ama, p.amaYaw, textMessage(u"to yaw"_s));
    const QString elsewhereId = elsewhere.value("id"_L1).toString();
    QVERIFY(!elsewhereId.isEmpty());
    const qint64 before = lastSeq(fx, p.ama, p.amaKofi);

    HttpResult r = fx.post(u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s, p.ama.token,
                           replyTo(u"wrong place"_s, elsewhereId));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid"_s);
    r = fx.post(u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s, p.ama.token,
                replyTo(u"no such"_s, kora::proto::newUuid()));
    QCOMPARE(r.status, 400);

    SioTestClient c;
    CONNECT_AS(c, fx, p.ama);
    QJsonObject payload = replyTo(u"wrong place"_s, elsewhereId);
    payload.insert(u"conversationId"_s, p.amaKofi);
    QCOMPARE(ackError(c.call(u"send_message"_s, payload)), u"invalid"_s);
    // Nothing was stored.
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), before);
}

void TestServerConversations::replyPreviewOnEveryPath()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    SioTestClient amaSocket, kofiSocket;
    CONNECT_AS(amaSocket, fx, p.ama);
    CONNECT_AS(kofiSocket, fx, p.kofi);

    // 250 code points, the last 50 of them emoji (two UTF-16 units each).
    QString longBody(200, u'a');
    for (int i = 0; i < 50; ++i)
        longBody += QString::fromUtf8("\xf0\x9f\x98\x80");
    const QJsonObject original = send(fx, p.kofi, p.amaKofi, textMessage(longBody));
    const QString originalId = original.value("id"_L1).toString();
    QVERIFY(original.value("reactions"_L1).isArray());
    QVERIFY(!original.contains("replyPreview"_L1));
    const qint64 afterOriginal = original.value("seq"_L1).toInteger();
    const QJsonObject expected{{u"id"_s, originalId},
                               {u"senderId"_s, p.kofi.userId},
                               {u"kind"_s, u"text"_s},
                               {u"body"_s, QString(200, u'a')},
                               {u"deleted"_s, false}};

    // REST send answer
    const QJsonObject rest = send(fx, p.ama, p.amaKofi, replyTo(u"by rest"_s, originalId));
    QCOMPARE(rest.value("replyToId"_L1).toString(), originalId);
    QCOMPARE(rest.value("replyPreview"_L1).toObject(), expected);
    // socket ack
    QJsonObject payload = replyTo(u"by socket"_s, originalId);
    payload.insert(u"conversationId"_s, p.amaKofi);
    const auto ack = amaSocket.call(u"send_message"_s, payload);
    QCOMPARE(ackError(ack), u"<ok>"_s);
    const QJsonObject viaSocket = ack->value("message"_L1).toObject();
    QCOMPARE(viaSocket.value("replyPreview"_L1).toObject(), expected);
    // new_message to the other participant
    const QString socketId = viaSocket.value("id"_L1).toString();
    QTRY_VERIFY(messageEvent(kofiSocket, u"new_message"_s, socketId));
    QCOMPARE(
        messageEvent(kofiSocket, u"new_message"_s, socketId)->value("replyPreview"_L1).toObject(),
        expected);
    // history and catch-up
    const QString messages = u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s;
    HttpResult history = fx.get(messages, p.kofi.token);
    QCOMPARE(messageById(history, socketId).value("replyPreview"_L1).toObject(), expected);
    QCOMPARE(
        messageById(history, rest.value("id"_L1).toString()).value("replyPreview"_L1).toObject(),
        expected);
    QVERIFY(!messageById(history, originalId).contains("replyPreview"_L1));
    HttpResult catchUp =
        fx.get(messages + u"?afterSeq="_s + QString::number(afterOriginal), p.kofi.token);
    QCOMPARE(catchUp.json.value("messages"_L1).toArray().size(), 2);
    QCOMPARE(messageById(catchUp, socketId).value("replyPreview"_L1).toObject(), expected);
    // message_updated of an edited reply carries its preview too
    const HttpResult edited = fx.request("PATCH", u"/api/v1/messages/"_s + socketId, p.ama.token,
                                         {{u"body"_s, u"edited"_s}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json.value("replyPreview"_L1).toObject(), expected);
    QTRY_VERIFY(messageEvent(kofiSocket, u"message_updated"_s, socketId));
    QCOMPARE(messageEvent(kofiSocket, u"message_updated"_s, socketId)
                 ->value("replyPreview"_L1)
                 .toObject(),
             expected);
}

void TestServerConversations::replyPreviewFollowsTheOriginal()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QJsonObject original = send(fx, p.kofi, p.amaKofi, textMessage(u"first words"_s));
    const QString originalId = original.value("id"_L1).toString();
    const QJsonObject reply = send(fx, p.ama, p.amaKofi, replyTo(u"answer"_s, originalId));
    const QString replyId = reply.value("id"_L1).toString();
    const qint64 replyUpdatedSeq = reply.value("updatedSeq"_L1).toInteger();
    const QString messages = u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s;

    QCOMPARE(fx.request("PATCH", u"/api/v1/messages/"_s + originalId, p.kofi.token,
                        {{u"body"_s, u"second words"_s}})
                 .status,
             200);
    QJsonObject now = messageById(fx.get(messages, p.ama.token), replyId);
    QCOMPARE(now.value("replyPreview"_L1).toObject().value("body"_L1).toString(),
             u"second words"_s);
    // The reply itself did not change (clients refresh previews themselves).
    QCOMPARE(now.value("updatedSeq"_L1).toInteger(), replyUpdatedSeq);

    QCOMPARE(fx.request("DELETE", u"/api/v1/messages/"_s + originalId, p.kofi.token).status, 200);
    now = messageById(fx.get(messages, p.ama.token), replyId);
    const QJsonObject preview = now.value("replyPreview"_L1).toObject();
    QCOMPARE(preview.value("deleted"_L1).toBool(), true);
    QCOMPARE(preview.value("body"_L1).toString(), QString());
    QCOMPARE(preview.value("senderId"_L1).toString(), p.kofi.userId);
    QCOMPARE(now.value("updatedSeq"_L1).toInteger(), replyUpdatedSeq);

    // Replying to a deleted message is allowed.
    const QJsonObject late = send(fx, p.ama, p.amaKofi, replyTo(u"late answer"_s, originalId));
    QCOMPARE(late.value("replyPreview"_L1).toObject().value("deleted"_L1).toBool(), true);
}

// ---------------------------------------------------------------------------
// 7.2 Reactions

void TestServerConversations::reactionsAddRemoveIdempotent()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    SioTestClient amaSocket, kofiSocket;
    CONNECT_AS(amaSocket, fx, p.ama);
    CONNECT_AS(kofiSocket, fx, p.kofi);
    const QJsonObject m = send(fx, p.kofi, p.amaKofi, textMessage(u"react to me"_s));
    const QString id = m.value("id"_L1).toString();
    QCOMPARE(reactionsOf(m), u"[]"_s);
    const qint64 seqBefore = lastSeq(fx, p.ama, p.amaKofi);

    // REST PUT: the next seq, message_updated to both.
    HttpResult r = fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(reactionsOf(r.json), reactions({{thumbsUp, {p.ama.userId}}}));
    QCOMPARE(r.json.value("updatedSeq"_L1).toInteger(), seqBefore + 1);
    QCOMPARE(r.json.value("seq"_L1).toInteger(), m.value("seq"_L1).toInteger());
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore + 1);
    QTRY_VERIFY(messageEvent(kofiSocket, u"message_updated"_s, id));
    QCOMPARE(reactionsOf(*messageEvent(kofiSocket, u"message_updated"_s, id)),
             reactions({{thumbsUp, {p.ama.userId}}}));
    QTRY_VERIFY(messageEvent(amaSocket, u"message_updated"_s, id));

    // Again: nothing changes, no seq, no event.
    r = fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("updatedSeq"_L1).toInteger(), seqBefore + 1);
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore + 1);
    QCOMPARE(ackError(amaSocket.call(
                 u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}, {u"on"_s, true}})),
             u"<ok>"_s);
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore + 1);
    // Removing one never put there: nothing either.
    r = fx.request("DELETE", reactionPath(id, heart), p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore + 1);

    // The socket: kofi adds a heart and a thumbs up; order of first use.
    auto ack =
        kofiSocket.call(u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, heart}, {u"on"_s, true}});
    QCOMPARE(ackError(ack), u"<ok>"_s);
    ack = kofiSocket.call(u"react"_s,
                          {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}, {u"on"_s, true}});
    QCOMPARE(ackError(ack), u"<ok>"_s);
    QCOMPARE(reactionsOf(ack->value("message"_L1).toObject()),
             reactions({{thumbsUp, {p.ama.userId, p.kofi.userId}}, {heart, {p.kofi.userId}}}));
    QCOMPARE(ack->value("message"_L1).toObject().value("updatedSeq"_L1).toInteger(), seqBefore + 3);
    QVERIFY(sync(kofiSocket));
    QVERIFY(sync(amaSocket));
    QCOMPARE(countMessageEvents(amaSocket, u"message_updated"_s, id), 3);

    // Catch-up covers it: afterSeq from before the reactions returns the message as it is.
    const HttpResult catchUp = fx.get(u"/api/v1/conversations/"_s + p.amaKofi +
                                          u"/messages?afterSeq="_s + QString::number(seqBefore),
                                      p.ama.token);
    QCOMPARE(catchUp.json.value("messages"_L1).toArray().size(), 1);
    QCOMPARE(reactionsOf(messageById(catchUp, id)),
             reactions({{thumbsUp, {p.ama.userId, p.kofi.userId}}, {heart, {p.kofi.userId}}}));

    // Removing: ama's thumbs up goes; the emoji stays first (kofi still has it).
    r = fx.request("DELETE", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(reactionsOf(r.json),
             reactions({{thumbsUp, {p.kofi.userId}}, {heart, {p.kofi.userId}}}));
    QCOMPARE(r.json.value("updatedSeq"_L1).toInteger(), seqBefore + 4);
    ack = kofiSocket.call(u"react"_s,
                          {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}, {u"on"_s, false}});
    QCOMPARE(reactionsOf(ack->value("message"_L1).toObject()),
             reactions({{heart, {p.kofi.userId}}}));

    // An emoji sent unencoded in the path works as well (QUrl encodes it on the wire).
    r = fx.request("PUT", u"/api/v1/messages/"_s + id + u"/reactions/"_s + heart, p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(reactionsOf(r.json), reactions({{heart, {p.kofi.userId, p.ama.userId}}}));

    // A deleted message keeps no reactions.
    r = fx.request("DELETE", u"/api/v1/messages/"_s + id, p.kofi.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(reactionsOf(r.json), u"[]"_s);
    QCOMPARE(
        reactionsOf(messageById(
            fx.get(u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s, p.ama.token), id)),
        u"[]"_s);
}

void TestServerConversations::reactionsAreRefused()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QString id =
        send(fx, p.kofi, p.amaKofi, textMessage(u"hello"_s)).value("id"_L1).toString();
    const qint64 seqBefore = lastSeq(fx, p.ama, p.amaKofi);

    // Not one emoji.
    for (const QString &bad :
         QStringList{u"ab"_s, thumbsUp + thumbsUp, u"x"_s, QString(40, u'a')}) {
        const HttpResult r = fx.request("PUT", reactionPath(id, bad), p.ama.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_s);
    }
    SioTestClient amaSocket;
    CONNECT_AS(amaSocket, fx, p.ama);
    QCOMPARE(ackError(amaSocket.call(u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}})),
             u"invalid"_s); // no `on`
    QCOMPARE(ackError(amaSocket.call(
                 u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, u"no"_s}, {u"on"_s, true}})),
             u"invalid"_s);
    // Unknown message, not a participant.
    QCOMPARE(fx.request("PUT", reactionPath(kora::proto::newUuid(), thumbsUp), p.ama.token).status,
             404);
    HttpResult r = fx.request("PUT", reactionPath(id, thumbsUp), p.efua.token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    // Support: read_only on both transports.
    r = fx.request("PUT", reactionPath(id, thumbsUp), p.support.token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"read_only"_s);
    SioTestClient supportSocket;
    CONNECT_AS(supportSocket, fx, p.support);
    QCOMPARE(ackError(supportSocket.call(
                 u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}, {u"on"_s, true}})),
             u"read_only"_s);
    // A system message and a deleted one.
    const HttpResult system =
        postSystem(fx, {{u"conversationId"_s, p.amaKofi}, {u"body"_s, u"Booking confirmed"_s}});
    QCOMPARE(system.status, 201);
    r = fx.request("PUT", reactionPath(system.json.value("id"_L1).toString(), thumbsUp),
                   p.ama.token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid"_s);
    QVERIFY(fx.request("DELETE", u"/api/v1/messages/"_s + id, p.kofi.token).status == 200);
    r = fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid"_s);
    QCOMPARE(ackError(amaSocket.call(
                 u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, thumbsUp}, {u"on"_s, true}})),
             u"invalid"_s);
    // Only the system message and the delete took seqs.
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore + 2);
}

void TestServerConversations::reactionLimits()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QString id =
        send(fx, p.kofi, p.amaKofi, textMessage(u"so many"_s)).value("id"_L1).toString();
    // 20 distinct emoji, U+1F600 onwards.
    auto emoji = [](int i) {
        const char32_t c = U'\U0001F600' + char32_t(i);
        return QString::fromUcs4(&c, 1);
    };
    for (int i = 0; i < 20; ++i) {
        const HttpResult added =
            fx.request("PUT", reactionPath(id, emoji(i)), i % 2 ? p.ama.token : p.kofi.token);
        QVERIFY2(added.status == 200, added.body.constData());
    }
    const qint64 seqBefore = lastSeq(fx, p.ama, p.amaKofi);
    HttpResult r = fx.request("PUT", reactionPath(id, emoji(20)), p.ama.token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"invalid"_s);
    QVERIFY(r.json.value("error"_L1).toObject().value("message"_L1).toString().contains(u"20"_s));
    QCOMPARE(lastSeq(fx, p.ama, p.amaKofi), seqBefore);
    // One more person on an emoji already there is fine.
    r = fx.request("PUT", reactionPath(id, emoji(0)), p.ama.token);
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json.value("reactions"_L1).toArray();
    QCOMPARE(list.size(), 20);
    QCOMPARE(list.first().toObject().value("emoji"_L1).toString(), emoji(0));
    QCOMPARE(list.last().toObject().value("emoji"_L1).toString(), emoji(19));
    QCOMPARE(list.first().toObject().value("userIds"_L1).toArray().size(), 2);
}

void TestServerConversations::reactionRateLimit()
{
    auto config = ServerFixture::defaultConfig();
    config.reactionLimitPer10s = 3;
    ServerFixture fx(config);
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QString id =
        send(fx, p.kofi, p.amaKofi, textMessage(u"quick"_s)).value("id"_L1).toString();
    QCOMPARE(fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token).status, 200);
    QCOMPARE(fx.request("DELETE", reactionPath(id, thumbsUp), p.ama.token).status, 200);
    QCOMPARE(fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token).status, 200);
    HttpResult r = fx.request("DELETE", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), u"rate_limited"_s);
    QVERIFY(r.header("Retry-After").toInt() >= 1);
    // What is so already is still answered (an offline queue's retry).
    r = fx.request("PUT", reactionPath(id, thumbsUp), p.ama.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(reactionsOf(r.json), reactions({{thumbsUp, {p.ama.userId}}}));
    // Per user: kofi may still react.
    QCOMPARE(fx.request("PUT", reactionPath(id, heart), p.kofi.token).status, 200);
}

void TestServerConversations::reactionAcrossProcesses()
{
    ServerFixture first;
    QVERIFY2(first.ok(), qPrintable(first.error()));
    if (!first.isPostgres())
        QSKIP("several server processes share a PostgreSQL database only");
    ServerFixture second(ServerFixture::defaultConfig(), first);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    const People p = people(first);
    const Login kofi2 = second.login(u"kofi"_s);
    SioTestClient kofiElsewhere;
    CONNECT_AS(kofiElsewhere, second, kofi2);
    const QString id =
        send(first, p.ama, p.amaKofi, textMessage(u"across"_s)).value("id"_L1).toString();
    QTRY_VERIFY(messageEvent(kofiElsewhere, u"new_message"_s, id));

    const HttpResult r = first.request("PUT", reactionPath(id, heart), p.ama.token);
    QCOMPARE(r.status, 200);
    QTRY_VERIFY(messageEvent(kofiElsewhere, u"message_updated"_s, id));
    const QJsonObject heard = *messageEvent(kofiElsewhere, u"message_updated"_s, id);
    QCOMPARE(reactionsOf(heard), reactions({{heart, {p.ama.userId}}}));
    QCOMPARE(heard.value("updatedSeq"_L1).toInteger(), r.json.value("updatedSeq"_L1).toInteger());

    // And back: kofi reacts on the second process; ama's REST view on the first sees it.
    const auto ack = kofiElsewhere.call(
        u"react"_s, {{u"messageId"_s, id}, {u"emoji"_s, heart}, {u"on"_s, true}});
    QCOMPARE(ackError(ack), u"<ok>"_s);
    QCOMPARE(
        reactionsOf(messageById(
            first.get(u"/api/v1/conversations/"_s + p.amaKofi + u"/messages"_s, p.ama.token), id)),
        reactions({{heart, {p.ama.userId, p.kofi.userId}}}));
}

// ---------------------------------------------------------------------------
// 7.3 Search

void TestServerConversations::searchFindsPrefixesCaseAndAccents()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    send(fx, p.kofi, p.amaKofi, textMessage(u"Xylophonist plumbing tomorrow"_s));
    send(fx, p.ama, p.amaKofi, textMessage(u"Le Café Zébré est fermé"_s));
    send(fx, p.ama, p.amaYaw, textMessage(u"xylophonist again, in the other chat"_s));
    auto search = [&](const QString &query, const QString &extra = {}) {
        return fx.get(u"/api/v1/search?query="_s + q(query) + extra, p.ama.token);
    };

    HttpResult r = search(u"xyloph"_s);
    QCOMPARE(r.status, 200);
    // Newest first, across conversations, each with its conversation.
    QCOMPARE(resultBodies(r), (QStringList{u"xylophonist again, in the other chat"_s,
                                           u"Xylophonist plumbing tomorrow"_s}));
    QCOMPARE(r.json.value("hasMore"_L1).toBool(), false);
    QVERIFY(!r.json.contains("next"_L1));
    const QJsonObject conversation =
        r.json.value("results"_L1).toArray().at(1).toObject().value("conversation"_L1).toObject();
    QCOMPARE(conversation.value("id"_L1).toString(), p.amaKofi);
    QCOMPARE(conversation.value("type"_L1).toString(), u"direct"_s);
    QVERIFY(r.json.value("results"_L1)
                .toArray()
                .at(1)
                .toObject()
                .value("message"_L1)
                .toObject()
                .value("reactions"_L1)
                .isArray());

    QCOMPARE(resultBodies(search(u"XYLOPHONIST PLUMB"_s)),
             QStringList{u"Xylophonist plumbing tomorrow"_s});
    QCOMPARE(resultBodies(search(u"cafe zebre"_s)), QStringList{u"Le Café Zébré est fermé"_s});
    QCOMPARE(resultBodies(search(u"CAFÉ"_s)), QStringList{u"Le Café Zébré est fermé"_s});
    QCOMPARE(resultBodies(search(u"xylophonist"_s, u"&conversationId="_s + p.amaYaw)),
             QStringList{u"xylophonist again, in the other chat"_s});
    // Every word must match; an inner part of a word does not.
    QVERIFY(resultBodies(search(u"xylophonist fermé"_s)).isEmpty());
    QVERIFY(resultBodies(search(u"lophonist"_s)).isEmpty());
    // Query syntax is text: quotes, operators and stars are only separators.
    for (const QString &odd : {u"\"xyloph"_s, u"xyloph* OR zzz"_s, u"xyloph' | !"_s,
                               u"NEAR(xyloph plumb)"_s, u"xyloph:*"_s, u"body:xyloph"_s}) {
        r = search(odd);
        QVERIFY2(r.status == 200, qPrintable(odd + u" → "_s + QString::fromUtf8(r.body)));
    }
    QCOMPARE(resultBodies(search(u"\"xyloph* plumb\""_s)).size(), 1);
}

void TestServerConversations::searchFollowsEditsAndDeletes()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    const QString id =
        send(fx, p.ama, p.amaKofi, textMessage(u"meet at the quarry"_s)).value("id"_L1).toString();
    auto found = [&](const QString &word) {
        return resultBodies(fx.get(u"/api/v1/search?query="_s + q(word), p.kofi.token));
    };
    QCOMPARE(found(u"quarry"_s), QStringList{u"meet at the quarry"_s});
    QCOMPARE(fx.request("PATCH", u"/api/v1/messages/"_s + id, p.ama.token,
                        {{u"body"_s, u"meet at the harbour"_s}})
                 .status,
             200);
    QVERIFY(found(u"quarry"_s).isEmpty());
    QCOMPARE(found(u"harbo"_s), QStringList{u"meet at the harbour"_s});
    QCOMPARE(fx.request("DELETE", u"/api/v1/messages/"_s + id, p.ama.token).status, 200);
    QVERIFY(found(u"harbour"_s).isEmpty());
}

void TestServerConversations::searchOnlyOwnConversations()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    send(fx, p.ama, p.amaKofi, textMessage(u"secretword between ama and kofi"_s));
    QCOMPARE(resultBodies(fx.get(u"/api/v1/search?query=secretword"_s, p.kofi.token)).size(), 1);
    HttpResult r = fx.get(u"/api/v1/search?query=secretword"_s, p.efua.token);
    QCOMPARE(r.status, 200);
    QVERIFY(resultBodies(r).isEmpty());
    QVERIFY(resultBodies(fx.get(u"/api/v1/search?query=secretword"_s, p.yaw.token)).isEmpty());
    // Naming a conversation one is not in is refused.
    r = fx.get(u"/api/v1/search?query=secretword&conversationId="_s + p.amaKofi, p.efua.token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"forbidden"_s);
    // Support searches through the audited admin routes only.
    r = fx.get(u"/api/v1/search?query=secretword"_s, p.support.token);
    QCOMPARE(r.status, 403);
    QVERIFY(!r.body.contains("secretword between"));
}

void TestServerConversations::searchPagesWithoutSkipsOrRepeats()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    QSet<QString> sent;
    for (int i = 0; i < 7; ++i)
        sent.insert(send(fx, p.ama, i % 2 ? p.amaKofi : p.amaYaw,
                         textMessage(u"tiebreak number "_s + QString::number(i)))
                        .value("id"_L1)
                        .toString());
    // Five of them at the very same millisecond.
    QVERIFY(fx.sql({u"UPDATE messages SET created_at = 1700000000000 WHERE body LIKE "
                    u"'tiebreak number %' AND body <> 'tiebreak number 0'"
                    u" AND body <> 'tiebreak number 6'"_s}));
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    for (;;) {
        const HttpResult r = fx.get(u"/api/v1/search?query=tiebreak&limit=2"_s +
                                        (cursor.isEmpty() ? QString() : u"&cursor="_s + q(cursor)),
                                    p.ama.token);
        QCOMPARE(r.status, 200);
        ++pages;
        const QJsonArray results = r.json.value("results"_L1).toArray();
        QVERIFY(results.size() <= 2);
        for (const QJsonValue &v : results) {
            const QString id =
                v.toObject().value("message"_L1).toObject().value("id"_L1).toString();
            QVERIFY2(!seen.contains(id), "a result came twice");
            seen.insert(id);
        }
        if (!r.json.value("hasMore"_L1).toBool()) {
            QVERIFY(!r.json.contains("next"_L1));
            break;
        }
        cursor = r.json.value("next"_L1).toString();
        QVERIFY(!cursor.isEmpty());
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen, sent);
    QCOMPARE(pages, 4);
    // The newest (6, at its real time) comes first; the oldest at the shared time last.
    const HttpResult all = fx.get(u"/api/v1/search?query=tiebreak&limit=100"_s, p.ama.token);
    QCOMPARE(resultBodies(all).first(), u"tiebreak number 6"_s);
    QCOMPARE(resultBodies(all).size(), 7);
}

void TestServerConversations::searchRefusals()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const People p = people(fx);
    for (const QString &query : {QString(), u"   "_s, u"%20%09"_s, u"!!!"_s}) {
        const HttpResult r = fx.get(u"/api/v1/search?query="_s + query, p.ama.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid"_s);
    }
    QCOMPARE(fx.get(u"/api/v1/search"_s, p.ama.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/search?query=a&limit=101"_s, p.ama.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/search?query=a&limit=0"_s, p.ama.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/search?query=a&cursor=bm9wZQ"_s, p.ama.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/search?query="_s + QString(201, u'a'), p.ama.token).status, 400);
    QCOMPARE(fx.get(u"/api/v1/search?query=a"_s, QString()).status, 401);
}

namespace {

QStringList participantIdsOf(const QJsonObject &conversation)
{
    QStringList ids;
    for (const QJsonValue &p : conversation.value("participants"_L1).toArray())
        ids.append(p.toObject().value("user"_L1).toObject().value("id"_L1).toString());
    ids.sort();
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The conversation of the last conversation_updated the client heard about `id`.
QJsonObject lastUpdate(const SioTestClient &c, const QString &id)
{
    for (qsizetype i = c.events.size() - 1; i >= 0; --i) {
        const auto &e = c.events.at(i);
        const QJsonObject conversation = e.payload.value("conversation"_L1).toObject();
        if (e.name == "conversation_updated"_L1 && conversation.value("id"_L1).toString() == id)
            return conversation;
    }
    return {};
}

QString lastSystemLine(const SioTestClient &c, const QString &conversationId)
{
    for (qsizetype i = c.events.size() - 1; i >= 0; --i) {
        const QJsonObject m = c.events.at(i).payload.value("message"_L1).toObject();
        if (c.events.at(i).name == "new_message"_L1 && m.value("kind"_L1) == "system"_L1 &&
            m.value("conversationId"_L1).toString() == conversationId)
            return m.value("body"_L1).toString();
    }
    return {};
}

QJsonObject lastSystemMeta(const SioTestClient &c, const QString &conversationId)
{
    for (qsizetype i = c.events.size() - 1; i >= 0; --i) {
        const QJsonObject m = c.events.at(i).payload.value("message"_L1).toObject();
        if (c.events.at(i).name == "new_message"_L1 && m.value("kind"_L1) == "system"_L1 &&
            m.value("conversationId"_L1).toString() == conversationId)
            return m.value("meta"_L1).toObject();
    }
    return {};
}

} // namespace

// A group's title and people over REST, each change one system line that
// every participant before and after it hears with conversation_updated,
// on PostgreSQL also through another process; what a removed member can no
// longer do is refused at once (the members kept in memory are dropped).
void TestServerConversations::groupTitleAndPeople()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    std::unique_ptr<ServerFixture> second;
    if (fx.isPostgres()) {
        second = std::make_unique<ServerFixture>(ServerFixture::defaultConfig(), fx);
        QVERIFY2(second->ok(), qPrintable(second->error()));
    }
    ServerFixture &elsewhere = second ? *second : fx;
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login yaw = elsewhere.login(u"yaw"_s);
    const auto made =
        fx.post(u"/api/v1/conversations"_s, ama.token,
                {{u"participantIds"_s, QJsonArray{kofi.userId}}, {u"title"_s, u"Crew"_s}});
    QCOMPARE(made.status, 201);
    const QString id = made.json.value("id"_L1).toString();
    QCOMPARE(made.json.value("ownerId"_L1).toString(), ama.userId);
    const QString path = u"/api/v1/conversations/"_s + id;
    QCOMPARE(fx.post(path + u"/messages"_s, kofi.token, textMessage(u"before yaw"_s)).status, 201);

    SioTestClient kofiSocket, yawSocket;
    CONNECT_AS(kofiSocket, fx, kofi);
    CONNECT_AS(yawSocket, elsewhere, yaw);

    // Renamed: the title for everyone, and a line saying who did it.
    const auto renamed = fx.request("PATCH", path, ama.token, {{u"title"_s, u"  Crew 2 "_s}});
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json.value("title"_L1).toString(), u"Crew 2"_s);
    QTRY_COMPARE(lastUpdate(kofiSocket, id).value("title"_L1).toString(), u"Crew 2"_s);
    QTRY_COMPARE(lastSystemLine(kofiSocket, id), u"Ama Mensah renamed the group to “Crew 2”"_s);
    const qint64 afterRename = renamed.json.value("lastSeq"_L1).toInteger();
    // The same title again changes and tells nothing.
    QCOMPARE(fx.request("PATCH", path, ama.token, {{u"title"_s, u"Crew 2"_s}})
                 .json.value("lastSeq"_L1)
                 .toInteger(),
             afterRename);

    // Yaw is added (his socket is on the other process when there is one):
    // he hears of the group, the line is his only unread, the history is his.
    const auto added = fx.post(path + u"/participants"_s, ama.token,
                               {{u"userIds"_s, QJsonArray{yaw.userId, kofi.userId}}});
    QCOMPARE(added.status, 200);
    QCOMPARE(participantIdsOf(added.json), sorted({ama.userId, kofi.userId, yaw.userId}));
    QTRY_COMPARE(participantIdsOf(lastUpdate(yawSocket, id)),
                 sorted({ama.userId, kofi.userId, yaw.userId}));
    QTRY_COMPARE(lastSystemLine(yawSocket, id), u"Ama Mensah added Yaw Boateng"_s);
    QTRY_COMPARE(lastSystemLine(kofiSocket, id), u"Ama Mensah added Yaw Boateng"_s);
    // The same in data, for clients to say in their own language.
    const QJsonObject meta = lastSystemMeta(kofiSocket, id);
    QCOMPARE(meta.value("group"_L1).toString(), u"added"_s);
    QCOMPARE(meta.value("by"_L1).toString(), ama.userId);
    QCOMPARE(meta.value("byName"_L1).toString(), u"Ama Mensah"_s);
    QCOMPARE(meta.value("users"_L1).toArray(), QJsonArray{yaw.userId});
    QCOMPARE(meta.value("names"_L1).toArray(), QJsonArray{u"Yaw Boateng"_s});
    const auto seenByYaw = elsewhere.get(path, yaw.token);
    QCOMPARE(seenByYaw.status, 200);
    QCOMPARE(seenByYaw.json.value("unreadCount"_L1).toInt(), 1);
    const auto history = elsewhere.get(path + u"/messages"_s, yaw.token);
    QCOMPARE(history.status, 200);
    QVERIFY(QJsonDocument(history.json).toJson().contains("before yaw"));
    QCOMPARE(ackError(yawSocket.call(u"send_message"_s,
                                     [&] {
                                         QJsonObject o = textMessage(u"hello all"_s);
                                         o.insert(u"conversationId"_s, id);
                                         return o;
                                     }())),
             u"<ok>"_s);
    // Adding who is in already tells nothing.
    const qint64 afterAdd = fx.get(path, ama.token).json.value("lastSeq"_L1).toInteger();
    QCOMPARE(fx.post(path + u"/participants"_s, ama.token, {{u"userIds"_s, QJsonArray{yaw.userId}}})
                 .json.value("lastSeq"_L1)
                 .toInteger(),
             afterAdd);

    // Only the owner (who made it) removes others; anyone may leave.
    QCOMPARE(fx.request("DELETE", path + u"/participants/"_s + yaw.userId, kofi.token).status, 403);
    const auto removed = fx.request("DELETE", path + u"/participants/"_s + yaw.userId, ama.token);
    QCOMPARE(removed.status, 200);
    QCOMPARE(participantIdsOf(removed.json), sorted({ama.userId, kofi.userId}));
    QTRY_COMPARE(participantIdsOf(lastUpdate(yawSocket, id)), sorted({ama.userId, kofi.userId}));
    QTRY_COMPARE(lastSystemLine(kofiSocket, id), u"Ama Mensah removed Yaw Boateng"_s);
    QCOMPARE(ackError(yawSocket.call(u"send_message"_s,
                                     [&] {
                                         QJsonObject o = textMessage(u"still here?"_s);
                                         o.insert(u"conversationId"_s, id);
                                         return o;
                                     }())),
             u"forbidden"_s);
    QCOMPARE(elsewhere.get(path + u"/messages"_s, yaw.token).status, 403);

    const auto left = fx.request("DELETE", path + u"/participants/"_s + kofi.userId, kofi.token);
    QCOMPARE(left.status, 200);
    QCOMPARE(participantIdsOf(left.json), QStringList{ama.userId});
    const auto lines = fx.get(path + u"/messages"_s, ama.token);
    QVERIFY(QJsonDocument(lines.json).toJson().contains("Kofi Asante left"));
    QCOMPARE(fx.get(path, kofi.token).status, 403);
}

void TestServerConversations::groupChangeRefusals()
{
    ServerFixture fx;
    QVERIFY2(fx.ok(), qPrintable(fx.error()));
    const Login ama = fx.login(u"ama"_s);
    const Login kofi = fx.login(u"kofi"_s);
    const Login efua = fx.login(u"efua"_s);
    const Login support = fx.login(u"support"_s);
    const auto made =
        fx.post(u"/api/v1/conversations"_s, ama.token,
                {{u"participantIds"_s, QJsonArray{kofi.userId}}, {u"title"_s, u"Crew"_s}});
    QCOMPARE(made.status, 201);
    const QString group = u"/api/v1/conversations/"_s + made.json.value("id"_L1).toString();
    const QString direct = u"/api/v1/conversations/"_s + fx.directConversation(ama, kofi);
    const qint64 lastSeq = fx.get(group, ama.token).json.value("lastSeq"_L1).toInteger();
    auto errorCode = [](const HttpResult &r) {
        return r.json.value("error"_L1).toObject().value("code"_L1).toString();
    };

    // A direct conversation has no title or members to change, and the
    // archive half of a refused patch is not applied either.
    const auto directTitle =
        fx.request("PATCH", direct, ama.token, {{u"title"_s, u"x"_s}, {u"archived"_s, true}});
    QCOMPARE(directTitle.status, 400);
    QCOMPARE(fx.get(direct, ama.token).json.value("archived"_L1).toBool(), false);
    QCOMPARE(
        fx.post(direct + u"/participants"_s, ama.token, {{u"userIds"_s, QJsonArray{efua.userId}}})
            .status,
        400);
    // Bad bodies.
    QCOMPARE(fx.request("PATCH", group, ama.token, {{u"title"_s, u"   "_s}}).status, 400);
    QCOMPARE(fx.request("PATCH", group, ama.token, {{u"title"_s, QString(201, u'x')}}).status, 400);
    QCOMPARE(fx.request("PATCH", group, ama.token, {{u"colour"_s, u"red"_s}}).status, 400);
    QCOMPARE(fx.post(group + u"/participants"_s, ama.token, {{u"userIds"_s, QJsonArray()}}).status,
             400);
    QCOMPARE(fx.post(group + u"/participants"_s, ama.token, {{u"userIds"_s, u"everyone"_s}}).status,
             400);
    // Not in it, support (read-only), unknown people, people not in it.
    const auto outsider = fx.request("PATCH", group, efua.token, {{u"title"_s, u"Mine"_s}});
    QCOMPARE(outsider.status, 403);
    QCOMPARE(errorCode(outsider), u"forbidden"_s);
    QCOMPARE(
        fx.post(group + u"/participants"_s, efua.token, {{u"userIds"_s, QJsonArray{efua.userId}}})
            .status,
        403);
    const auto readOnly = fx.request("PATCH", group, support.token, {{u"title"_s, u"S"_s}});
    QCOMPARE(readOnly.status, 403);
    QCOMPARE(errorCode(readOnly), u"read_only"_s);
    const auto unknown = fx.post(group + u"/participants"_s, ama.token,
                                 {{u"userIds"_s, QJsonArray{efua.userId, u"nobody"_s}}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(
        fx.post(group + u"/participants"_s, ama.token, {{u"userIds"_s, QJsonArray{support.userId}}})
            .status,
        404);
    QCOMPARE(fx.request("DELETE", group + u"/participants/"_s + efua.userId, ama.token).status,
             404);
    // Efua blocks Ama: Ama cannot put her in a group (nor the other way round).
    QCOMPARE(fx.request("PUT", u"/api/v1/blocks/"_s + ama.userId, efua.token).status, 204);
    const auto blocked =
        fx.post(group + u"/participants"_s, ama.token, {{u"userIds"_s, QJsonArray{efua.userId}}});
    QCOMPARE(blocked.status, 403);
    QCOMPARE(errorCode(blocked), u"blocked"_s);
    // Nothing refused was stored: no line, nobody added.
    const auto now = fx.get(group, ama.token);
    QCOMPARE(now.json.value("lastSeq"_L1).toInteger(), lastSeq);
    QCOMPARE(participantIdsOf(now.json), sorted({ama.userId, kofi.userId}));
    QCOMPARE(now.json.value("title"_L1).toString(), u"Crew"_s);
    // Archiving is still one's own business, in a group too.
    const auto archived = fx.request("PATCH", group, kofi.token, {{u"archived"_s, true}});
    QCOMPARE(archived.status, 200);
    QCOMPARE(archived.json.value("archived"_L1).toBool(), true);
    QCOMPARE(fx.get(group, kofi.token).json.value("lastSeq"_L1).toInteger(), lastSeq);
    // When its owner leaves, whoever has been in it longest owns it.
    QCOMPARE(fx.request("DELETE", group + u"/participants/"_s + ama.userId, ama.token).status, 200);
    QCOMPARE(fx.get(group, kofi.token).json.value("ownerId"_L1).toString(), kofi.userId);
    QCOMPARE(fx.get(direct, kofi.token).json.value("ownerId"_L1),
             QJsonValue(QJsonValue::Undefined));
}

QTEST_GUILESS_MAIN(TestServerConversations)
#include "tst_server_conversations.moc"
