// The protocol types (net/protocol): JSON round trips of every entity of the
// contract (protocol.md 2), the Json.h helpers, ApiError's status mapping and the
// parsing and validation of what the server receives (Requests.h).
#include "protocol/ApiError.h"
#include "protocol/Attachment.h"
#include "protocol/Conversation.h"
#include "protocol/Json.h"
#include "protocol/Message.h"
#include "protocol/Reaction.h"
#include "protocol/ReplyPreview.h"
#include "protocol/Requests.h"
#include "protocol/User.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace kora;
using namespace kora::proto;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data is not a JSON object: %s", text.constData());
    return doc.object();
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// 2026-11-23T12:00:00.000Z plus `ms` milliseconds.
QDateTime at(qint64 ms = 0)
{
    return fromMsecs(1795435200000 + ms);
}

const QString Uuid = QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d");
const QString Emoji = QString::fromUtf8("\xf0\x9f\x98\x80"); // U+1F600, a surrogate pair

User fullUser()
{
    User u;
    u.id = QStringLiteral("u-ama");
    u.name = QString::fromUtf8("Ama Mensah \xc3\xa9");
    u.role = QStringLiteral("worker");
    u.avatarUrl = QStringLiteral("https://kora.example/a/ama.png");
    u.online = true;
    u.lastSeenAt = at(7);
    return u;
}

Attachment fullAttachment()
{
    Attachment a;
    a.id = QStringLiteral("att-1");
    a.name = QStringLiteral("site photo.jpg");
    a.mime = QStringLiteral("image/jpeg");
    a.size = 5'000'000'000; // past 32 bits
    a.width = 4000;
    a.height = 3000;
    a.url = QStringLiteral("/api/v1/attachments/att-1");
    a.thumbUrl = QStringLiteral("/api/v1/attachments/att-1/thumb");
    return a;
}

Message fullMessage()
{
    Message m;
    m.id = QStringLiteral("m-1");
    m.clientId = Uuid;
    m.conversationId = QStringLiteral("c-1");
    m.seq = 9007199254740991; // 2^53-1: the largest a JSON number keeps exact
    m.updatedSeq = 9007199254740991;
    m.senderId = QStringLiteral("u-ama");
    m.kind = QStringLiteral("image");
    m.body = QString::fromUtf8("Here <b>it</b> is \xf0\x9f\x98\x80\nline two");
    m.attachments = {fullAttachment(),
                     Attachment{QStringLiteral("att-2"), QStringLiteral("b.pdf"),
                                QStringLiteral("application/pdf"), 12, std::nullopt, std::nullopt,
                                QStringLiteral("/u/att-2"), QString()}};
    m.replyToId = QStringLiteral("m-0");
    m.replyPreview = ReplyPreview{QStringLiteral("m-0"), QStringLiteral("u-kofi"),
                                  QStringLiteral("text"), QStringLiteral("Where is it?"), false};
    m.reactions = {
        Reaction{QString::fromUtf8("\xf0\x9f\x91\x8d"),
                 {QStringLiteral("u-kofi"), QStringLiteral("u-ama")}},
        Reaction{QString::fromUtf8("\xe2\x9d\xa4\xef\xb8\x8f"), {QStringLiteral("u-ama")}}};
    m.flags = {QStringLiteral("contact_masked")};
    m.createdAt = at(1);
    m.editedAt = at(60'000);
    m.deleted = false;
    return m;
}

void compareUser(const User &a, const User &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.role, b.role);
    QCOMPARE(a.avatarUrl, b.avatarUrl);
    QCOMPARE(a.online, b.online);
    QCOMPARE(a.lastSeenAt, b.lastSeenAt);
}

void compareAttachment(const Attachment &a, const Attachment &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.mime, b.mime);
    QCOMPARE(a.size, b.size);
    QCOMPARE(a.width, b.width);
    QCOMPARE(a.height, b.height);
    QCOMPARE(a.url, b.url);
    QCOMPARE(a.thumbUrl, b.thumbUrl);
}

void compareMessage(const Message &a, const Message &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.clientId, b.clientId);
    QCOMPARE(a.conversationId, b.conversationId);
    QCOMPARE(a.seq, b.seq);
    QCOMPARE(a.updatedSeq, b.updatedSeq);
    QCOMPARE(a.senderId, b.senderId);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.body, b.body);
    QCOMPARE(a.attachments.size(), b.attachments.size());
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        compareAttachment(a.attachments.at(i), b.attachments.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(a.replyToId, b.replyToId);
    QCOMPARE(a.replyPreview.has_value(), b.replyPreview.has_value());
    if (a.replyPreview) {
        QCOMPARE(a.replyPreview->id, b.replyPreview->id);
        QCOMPARE(a.replyPreview->senderId, b.replyPreview->senderId);
        QCOMPARE(a.replyPreview->kind, b.replyPreview->kind);
        QCOMPARE(a.replyPreview->body, b.replyPreview->body);
        QCOMPARE(a.replyPreview->deleted, b.replyPreview->deleted);
    }
    QCOMPARE(a.reactions.size(), b.reactions.size());
    for (qsizetype i = 0; i < a.reactions.size(); ++i) {
        QCOMPARE(a.reactions.at(i).emoji, b.reactions.at(i).emoji);
        QCOMPARE(a.reactions.at(i).userIds, b.reactions.at(i).userIds);
    }
    QCOMPARE(a.flags, b.flags);
    QCOMPARE(a.createdAt, b.createdAt);
    QCOMPARE(a.editedAt, b.editedAt);
    QCOMPARE(a.deleted, b.deleted);
}

// The request refusal every parser must give: code `invalid`, HTTP 400, and a
// message that names the field at fault.
template<typename T> void checkRefusal(const Expected<T, ApiError> &result, const QString &field)
{
    QVERIFY2(!result.hasValue(), "the request was accepted");
    QCOMPARE(result.error().code, QStringLiteral("invalid"));
    QCOMPARE(result.error().httpStatus(), 400);
    QVERIFY2(result.error().message.contains(field),
             qPrintable(QString(QStringLiteral("message \"") + result.error().message +
                                QStringLiteral("\" does not name ") + field)));
}

QString repeat(const QString &unit, int count)
{
    return unit.repeated(count);
}

} // namespace

class TestProtocolTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Json.h
    void timesAreIsoUtcWithMilliseconds();
    void parseTime_data();
    void parseTime();
    void optionalHelpers();
    void isUuid_data();
    void isUuid();
    void newUuidIsUuid();
    void orderedUuidsSortAsMade();

    // Entities
    void userRoundTrip();
    void userMinimalLeavesOptionalsOut();
    void userRoles_data();
    void userRoles();
    void attachmentRoundTrip();
    void attachmentMinimalLeavesOptionalsOut();
    void messageRoundTrip();
    void messageJsonShape();
    void deletedMessage();
    void messageFromServerJson();
    void participantRoundTrip();
    void conversationRoundTrip();
    void conversationWithoutLastMessage();
    void conversationFromServerJson();

    // ApiError
    void apiErrorRoundTrip();
    void apiErrorStatus_data();
    void apiErrorStatus();

    // Requests
    void sendMessageAccepts();
    void sendMessageAcceptsAttachments();
    void sendMessageBodyLimits();
    void sendMessageRefuses_data();
    void sendMessageRefuses();
    void validateBody();
    void validateBodyRefusesNonText();
    void editMessageAccepts();
    void editMessageRefuses_data();
    void editMessageRefuses();
    void cursorAccepts_data();
    void cursorAccepts();
    void cursorRefuses_data();
    void cursorRefuses();
    void loginAccepts();
    void loginRefuses_data();
    void loginRefuses();
    void createConversationAccepts();
    void createConversationRefuses_data();
    void createConversationRefuses();
    void requiredString();
    void emojiAccepted_data();
    void emojiAccepted();
    void emojiRefused_data();
    void emojiRefused();
    void reactRequest();
    void replyPreviewCut();
};

// ---------------------------------------------------------------------------
// Json.h

void TestProtocolTypes::timesAreIsoUtcWithMilliseconds()
{
    QCOMPARE(formatTime(at()), QStringLiteral("2026-11-23T12:00:00.000Z"));
    QCOMPARE(formatTime(at(7)), QStringLiteral("2026-11-23T12:00:00.007Z"));
    QCOMPARE(formatTime(at(999)), QStringLiteral("2026-11-23T12:00:00.999Z"));
    // A time in another zone is written as UTC.
    const QDateTime accra = at(123).toOffsetFromUtc(2 * 3600);
    QCOMPARE(formatTime(accra), QStringLiteral("2026-11-23T12:00:00.123Z"));
    QCOMPARE(formatTime(at().toLocalTime()), QStringLiteral("2026-11-23T12:00:00.000Z"));
    QCOMPARE(fromMsecs(0), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(fromMsecs(0).timeSpec(), Qt::UTC);
}

void TestProtocolTypes::parseTime_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    QTest::newRow("utc with ms") << QJsonValue(QStringLiteral("2026-11-23T12:00:00.000Z")) << at();
    QTest::newRow("utc ms kept") << QJsonValue(QStringLiteral("2026-11-23T12:00:00.042Z"))
                                 << at(42);
    QTest::newRow("offset") << QJsonValue(QStringLiteral("2026-11-23T14:00:00.123+02:00"))
                            << at(123);
    QTest::newRow("utc without ms")
        << QJsonValue(QStringLiteral("2026-11-23T12:00:01Z")) << at(1000);
    QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
    QTest::newRow("garbage") << QJsonValue(QStringLiteral("yesterday")) << QDateTime();
    QTest::newRow("month 13") << QJsonValue(QStringLiteral("2026-13-23T12:00:00.000Z"))
                              << QDateTime();
    QTest::newRow("number") << QJsonValue(1795435200000.0) << QDateTime();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined) << QDateTime();
}

void TestProtocolTypes::parseTime()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime time = proto::parseTime(value);
    QCOMPARE(time.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(time, expected);
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QCOMPARE(time.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }
}

void TestProtocolTypes::optionalHelpers()
{
    QJsonObject o;
    insertOptional(o, QLatin1String("s"), QString());
    insertOptional(o, QLatin1String("t"), QDateTime());
    insertOptional(o, QLatin1String("i"), std::optional<int>());
    QVERIFY(o.isEmpty());

    insertOptional(o, QLatin1String("s"), QStringLiteral("x"));
    insertOptional(o, QLatin1String("t"), at(5));
    insertOptional(o, QLatin1String("i"), std::optional<int>(0));
    QCOMPARE(text(o), QByteArrayLiteral(R"({"i":0,"s":"x","t":"2026-11-23T12:00:00.005Z"})"));

    QCOMPARE(optionalInt(o, QLatin1String("i")), std::optional<int>(0));
    QCOMPARE(optionalInt(json(R"({"w":640})"), QLatin1String("w")), std::optional<int>(640));
    QVERIFY(!optionalInt(o, QLatin1String("missing")));
    QVERIFY(!optionalInt(json(R"({"w":"640"})"), QLatin1String("w")));
    QVERIFY(!optionalInt(json(R"({"w":null})"), QLatin1String("w")));
}

void TestProtocolTypes::isUuid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lowercase") << Uuid << true;
    QTest::newRow("uppercase") << Uuid.toUpper() << true;
    QTest::newRow("nil") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("braces") << QStringLiteral("{0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d}") << false;
    QTest::newRow("no dashes") << QStringLiteral("0b7e2c1a5d4f4a3b9c8d7e6f5a4b3c2d") << false;
    QTest::newRow("one short") << QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2") << false;
    QTest::newRow("one long") << QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2dd") << false;
    QTest::newRow("not hex") << QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2g") << false;
    QTest::newRow("dashes moved") << QStringLiteral("0b7e2c1a5-d4f-4a3b-9c8d-7e6f5a4b3c2d")
                                  << false;
    QTest::newRow("leading space")
        << QStringLiteral(" 0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d") << false;
    QTest::newRow("trailing space")
        << QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d ") << false;
    QTest::newRow("leading newline")
        << QStringLiteral("\n0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d") << false;
    // PCRE's `$` also matches before a final newline.
    QTest::newRow("trailing newline")
        << QStringLiteral("0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d\n") << false;
    QTest::newRow("two uuids") << QString(Uuid + QStringLiteral("\n") + Uuid) << false;
}

void TestProtocolTypes::isUuid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(proto::isUuid(text), valid);
}

void TestProtocolTypes::newUuidIsUuid()
{
    const QString a = newUuid();
    const QString b = newUuid();
    QVERIFY(proto::isUuid(a));
    QVERIFY(proto::isUuid(b));
    QCOMPARE(a.size(), 36);
    QVERIFY(a != b);
}

// Message ids sort by the time they were made, even many in one millisecond,
// so indexes on them grow at their end; they are still UUIDs (version 7, the
// RFC variant) with random bits that differ.
void TestProtocolTypes::orderedUuidsSortAsMade()
{
    QStringList ids;
    for (int i = 0; i < 10000; ++i)
        ids.append(proto::newOrderedUuid());
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(sorted, ids);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
    for (const QString &id : {ids.first(), ids.last()}) {
        QVERIFY(proto::isUuid(id));
        QCOMPARE(id.at(14), u'7'); // the version nibble
        QCOMPARE(QUuid::fromString(id).variant(), QUuid::DCE);
    }
    // The first 48 bits are the Unix time in milliseconds.
    const qint64 ms = ids.last().left(8).append(ids.last().mid(9, 4)).toLongLong(nullptr, 16);
    QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60'000);
}

// ---------------------------------------------------------------------------
// Entities

void TestProtocolTypes::userRoundTrip()
{
    const User user = fullUser();
    const QJsonObject o = user.toJson();
    QCOMPARE(text(o),
             QByteArray("{\"avatarUrl\":\"https://kora.example/a/ama.png\",\"id\":\"u-ama\","
                        "\"lastSeenAt\":\"2026-11-23T12:00:00.007Z\",\"name\":\"Ama Mensah "
                        "\xc3\xa9\",\"online\":true,\"role\":\"worker\"}"));
    compareUser(User::fromJson(o), user);
    // Through text as well, as it travels.
    compareUser(User::fromJson(json(text(o))), user);
}

void TestProtocolTypes::userMinimalLeavesOptionalsOut()
{
    User user;
    user.id = QStringLiteral("u-kofi");
    user.name = QStringLiteral("Kofi Asante");
    user.role = QStringLiteral("hirer");
    const QJsonObject o = user.toJson();
    QCOMPARE(text(o), QByteArrayLiteral(
                          R"({"id":"u-kofi","name":"Kofi Asante","online":false,"role":"hirer"})"));
    QVERIFY(!o.contains(QLatin1String("avatarUrl")));
    QVERIFY(!o.contains(QLatin1String("lastSeenAt")));
    const User back = User::fromJson(o);
    compareUser(back, user);
    QVERIFY(!back.lastSeenAt.isValid());
}

void TestProtocolTypes::userRoles_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("valid");
    QTest::newRow("worker") << QStringLiteral("worker") << true;
    QTest::newRow("hirer") << QStringLiteral("hirer") << true;
    QTest::newRow("support") << QStringLiteral("support") << true;
    QTest::newRow("admin") << QStringLiteral("admin") << false;
    QTest::newRow("capitalised") << QStringLiteral("Worker") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestProtocolTypes::userRoles()
{
    QFETCH(QString, role);
    QFETCH(bool, valid);
    QCOMPARE(User::isValidRole(role), valid);
}

void TestProtocolTypes::attachmentRoundTrip()
{
    const Attachment a = fullAttachment();
    const QJsonObject o = a.toJson();
    QCOMPARE(text(o),
             QByteArrayLiteral(
                 R"({"height":3000,"id":"att-1","mime":"image/jpeg","name":"site photo.jpg",)"
                 R"("size":5000000000,"thumbUrl":"/api/v1/attachments/att-1/thumb",)"
                 R"("url":"/api/v1/attachments/att-1","width":4000})"));
    compareAttachment(Attachment::fromJson(o), a);
    compareAttachment(Attachment::fromJson(json(text(o))), a);
}

void TestProtocolTypes::attachmentMinimalLeavesOptionalsOut()
{
    Attachment a;
    a.id = QStringLiteral("att-2");
    a.name = QStringLiteral("invoice.pdf");
    a.mime = QStringLiteral("application/pdf");
    a.size = 0;
    a.url = QStringLiteral("/api/v1/attachments/att-2");
    const QJsonObject o = a.toJson();
    QCOMPARE(text(o), QByteArrayLiteral(R"({"id":"att-2","mime":"application/pdf",)"
                                        R"("name":"invoice.pdf","size":0,)"
                                        R"("url":"/api/v1/attachments/att-2"})"));
    const Attachment back = Attachment::fromJson(o);
    compareAttachment(back, a);
    QVERIFY(!back.width);
    QVERIFY(!back.height);

    // Zero is a value, not an absence.
    a.width = 0;
    QCOMPARE(Attachment::fromJson(a.toJson()).width, std::optional<int>(0));
}

void TestProtocolTypes::messageRoundTrip()
{
    const Message m = fullMessage();
    compareMessage(Message::fromJson(m.toJson()), m);
    if (QTest::currentTestFailed())
        return;
    compareMessage(Message::fromJson(json(text(m.toJson()))), m);
}

void TestProtocolTypes::messageJsonShape()
{
    const QJsonObject o = fullMessage().toJson();
    const QStringList keys{QStringLiteral("attachments"), QStringLiteral("body"),
                           QStringLiteral("clientId"),    QStringLiteral("conversationId"),
                           QStringLiteral("createdAt"),   QStringLiteral("deleted"),
                           QStringLiteral("editedAt"),    QStringLiteral("flags"),
                           QStringLiteral("id"),          QStringLiteral("kind"),
                           QStringLiteral("reactions"),   QStringLiteral("replyPreview"),
                           QStringLiteral("replyToId"),   QStringLiteral("senderId"),
                           QStringLiteral("seq"),         QStringLiteral("updatedSeq")};
    QCOMPARE(o.keys(), keys);
    QCOMPARE(o.value(QLatin1String("createdAt")).toString(),
             QStringLiteral("2026-11-23T12:00:00.001Z"));
    QCOMPARE(o.value(QLatin1String("editedAt")).toString(),
             QStringLiteral("2026-11-23T12:01:00.000Z"));
    QVERIFY(o.value(QLatin1String("seq")).isDouble());
    QCOMPARE(o.value(QLatin1String("seq")).toInteger(), qint64(9007199254740991));
    QCOMPARE(o.value(QLatin1String("attachments")).toArray().size(), 2);
    QVERIFY(o.value(QLatin1String("deleted")).isBool());
    QCOMPARE(text(o.value(QLatin1String("replyPreview")).toObject()),
             QByteArrayLiteral(R"({"body":"Where is it?","deleted":false,"id":"m-0",)"
                               R"("kind":"text","senderId":"u-kofi"})"));
    QCOMPARE(o.value(QLatin1String("reactions")).toArray().first().toObject(),
             json(R"({"emoji":"\ud83d\udc4d","userIds":["u-kofi","u-ama"]})"));
    QCOMPARE(o.value(QLatin1String("flags")).toArray(),
             QJsonArray{QStringLiteral("contact_masked")});

    // Optional fields are left out when empty; attachments, reactions and flags stay as [].
    Message plain;
    plain.id = QStringLiteral("m-2");
    plain.clientId = Uuid;
    plain.conversationId = QStringLiteral("c-1");
    plain.seq = 1;
    plain.updatedSeq = 1;
    plain.senderId = QStringLiteral("u-kofi");
    plain.kind = QStringLiteral("text");
    plain.body = QStringLiteral("hello");
    plain.createdAt = at();
    const QJsonObject p = plain.toJson();
    QCOMPARE(text(p),
             QByteArray(R"({"attachments":[],"body":"hello","clientId":")" + Uuid.toLatin1() +
                        R"(","conversationId":"c-1","createdAt":"2026-11-23T12:00:00.000Z",)"
                        R"("deleted":false,"flags":[],"id":"m-2","kind":"text","reactions":[],)"
                        R"("senderId":"u-kofi","seq":1,"updatedSeq":1})"));
    const Message back = Message::fromJson(p);
    compareMessage(back, plain);
    QVERIFY(!back.editedAt.isValid());
    QVERIFY(back.replyToId.isEmpty());
    QVERIFY(!back.replyPreview);
    QVERIFY(back.reactions.isEmpty());
    QVERIFY(back.flags.isEmpty());
}

void TestProtocolTypes::deletedMessage()
{
    Message m = fullMessage();
    m.deleted = true;
    m.body.clear();
    m.attachments.clear();
    const QJsonObject o = m.toJson();
    QCOMPARE(o.value(QLatin1String("deleted")), QJsonValue(true));
    QCOMPARE(o.value(QLatin1String("body")), QJsonValue(QString()));
    QCOMPARE(o.value(QLatin1String("attachments")), QJsonValue(QJsonArray()));
    compareMessage(Message::fromJson(o), m);
}

void TestProtocolTypes::messageFromServerJson()
{
    // Key order as a JavaScript server writes it; the values the contract names.
    const Message m = Message::fromJson(json(R"({
        "id": "m-7", "clientId": "0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d",
        "conversationId": "c-9", "seq": 41, "updatedSeq": 44, "senderId": "u-yaw",
        "kind": "file", "body": "",
        "attachments": [{"id": "a1", "name": "quote.pdf", "mime": "application/pdf",
                         "size": 2048, "url": "/api/v1/attachments/a1"}],
        "replyToId": "m-6", "createdAt": "2026-11-23T12:00:00.250Z",
        "editedAt": "2026-11-23T12:00:09.000Z", "deleted": false})"));
    QCOMPARE(m.id, QStringLiteral("m-7"));
    QCOMPARE(m.clientId, Uuid);
    QCOMPARE(m.conversationId, QStringLiteral("c-9"));
    QCOMPARE(m.seq, qint64(41));
    QCOMPARE(m.updatedSeq, qint64(44));
    QCOMPARE(m.senderId, QStringLiteral("u-yaw"));
    QCOMPARE(m.kind, QStringLiteral("file"));
    QVERIFY(m.body.isEmpty());
    QCOMPARE(m.attachments.size(), 1);
    QCOMPARE(m.attachments.first().name, QStringLiteral("quote.pdf"));
    QCOMPARE(m.attachments.first().size, qint64(2048));
    QVERIFY(!m.attachments.first().width);
    QVERIFY(m.attachments.first().thumbUrl.isEmpty());
    QCOMPARE(m.replyToId, QStringLiteral("m-6"));
    QCOMPARE(m.createdAt, at(250));
    QCOMPARE(m.editedAt, at(9000));
    QCOMPARE(m.deleted, false);
}

void TestProtocolTypes::participantRoundTrip()
{
    const Participant p{fullUser(), 12, 15};
    const QJsonObject o = p.toJson();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("lastDeliveredSeq"),
                                    QStringLiteral("lastReadSeq"), QStringLiteral("user")}));
    QCOMPARE(o.value(QLatin1String("user")).toObject(), fullUser().toJson());
    const Participant back = Participant::fromJson(json(text(o)));
    compareUser(back.user, p.user);
    QCOMPARE(back.lastReadSeq, qint64(12));
    QCOMPARE(back.lastDeliveredSeq, qint64(15));
}

void TestProtocolTypes::conversationRoundTrip()
{
    Conversation c;
    c.id = QStringLiteral("c-1");
    c.type = QStringLiteral("group");
    c.title = QStringLiteral("Roof repair crew");
    c.jobId = QStringLiteral("job-77");
    c.jobTitle = QStringLiteral("Fix the roof");
    User kofi;
    kofi.id = QStringLiteral("u-kofi");
    kofi.name = QStringLiteral("Kofi Asante");
    kofi.role = QStringLiteral("hirer");
    c.participants = {Participant{fullUser(), 3, 4}, Participant{kofi, 5, 5}};
    c.lastMessage = fullMessage();
    c.lastSeq = 5;
    c.unreadCount = 2;
    c.archived = true;
    c.contactAllowed = true;
    c.createdAt = at();
    c.updatedAt = at(3'600'000);

    const QJsonObject o = c.toJson();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("archived"), QStringLiteral("contactAllowed"),
                                    QStringLiteral("createdAt"), QStringLiteral("id"),
                                    QStringLiteral("jobId"), QStringLiteral("jobTitle"),
                                    QStringLiteral("lastMessage"), QStringLiteral("lastSeq"),
                                    QStringLiteral("participants"), QStringLiteral("title"),
                                    QStringLiteral("type"), QStringLiteral("unreadCount"),
                                    QStringLiteral("updatedAt")}));
    QCOMPARE(o.value(QLatin1String("updatedAt")).toString(),
             QStringLiteral("2026-11-23T13:00:00.000Z"));
    QCOMPARE(o.value(QLatin1String("lastMessage")).toObject(), fullMessage().toJson());

    for (const QJsonObject &source : {o, json(text(o))}) {
        const Conversation back = Conversation::fromJson(source);
        QCOMPARE(back.id, c.id);
        QCOMPARE(back.type, c.type);
        QCOMPARE(back.title, c.title);
        QCOMPARE(back.jobId, c.jobId);
        QCOMPARE(back.jobTitle, c.jobTitle);
        QCOMPARE(back.participants.size(), 2);
        for (int i = 0; i < 2; ++i) {
            compareUser(back.participants.at(i).user, c.participants.at(i).user);
            QCOMPARE(back.participants.at(i).lastReadSeq, c.participants.at(i).lastReadSeq);
            QCOMPARE(back.participants.at(i).lastDeliveredSeq,
                     c.participants.at(i).lastDeliveredSeq);
        }
        QVERIFY(back.lastMessage.has_value());
        compareMessage(*back.lastMessage, *c.lastMessage);
        QCOMPARE(back.lastSeq, c.lastSeq);
        QCOMPARE(back.unreadCount, c.unreadCount);
        QCOMPARE(back.archived, c.archived);
        QCOMPARE(back.contactAllowed, c.contactAllowed);
        QCOMPARE(back.createdAt, c.createdAt);
        QCOMPARE(back.updatedAt, c.updatedAt);
    }
}

void TestProtocolTypes::conversationWithoutLastMessage()
{
    Conversation c;
    c.id = QStringLiteral("c-2");
    c.type = QStringLiteral("direct");
    c.createdAt = at();
    c.updatedAt = at();
    const QJsonObject o = c.toJson();
    // lastMessage is present and null; title and job context are left out.
    QVERIFY(o.contains(QLatin1String("lastMessage")));
    QVERIFY(o.value(QLatin1String("lastMessage")).isNull());
    QVERIFY(!o.contains(QLatin1String("title")));
    QVERIFY(!o.contains(QLatin1String("jobId")));
    QVERIFY(!o.contains(QLatin1String("jobTitle")));
    QCOMPARE(
        text(o),
        QByteArrayLiteral(
            R"({"archived":false,"contactAllowed":false,"createdAt":"2026-11-23T12:00:00.000Z",)"
            R"("id":"c-2",)"
            R"("lastMessage":null,"lastSeq":0,"participants":[],"type":"direct",)"
            R"("unreadCount":0,"updatedAt":"2026-11-23T12:00:00.000Z"})"));

    const Conversation back = Conversation::fromJson(o);
    QVERIFY(!back.lastMessage.has_value());
    QVERIFY(back.title.isEmpty());
    QVERIFY(back.participants.isEmpty());
    // An absent key reads the same as null.
    QJsonObject withoutKey = o;
    withoutKey.remove(QLatin1String("lastMessage"));
    QVERIFY(!Conversation::fromJson(withoutKey).lastMessage.has_value());
}

void TestProtocolTypes::conversationFromServerJson()
{
    const Conversation c = Conversation::fromJson(json(R"({
        "id": "c-3", "type": "direct", "jobId": "job-1", "jobTitle": "Tiling",
        "participants": [
            {"user": {"id": "u-ama", "name": "Ama Mensah", "role": "worker", "online": true},
             "lastReadSeq": 7, "lastDeliveredSeq": 8},
            {"user": {"id": "u-kofi", "name": "Kofi Asante", "role": "hirer", "online": false,
                      "lastSeenAt": "2026-11-23T11:59:59.999Z"},
             "lastReadSeq": 8, "lastDeliveredSeq": 8}],
        "lastMessage": null, "lastSeq": 8, "unreadCount": 0, "archived": false,
        "createdAt": "2026-11-23T12:00:00.000Z", "updatedAt": "2026-11-23T12:00:00.500Z"})"));
    QCOMPARE(c.id, QStringLiteral("c-3"));
    QCOMPARE(c.type, QStringLiteral("direct"));
    QVERIFY(c.title.isEmpty());
    QCOMPARE(c.jobId, QStringLiteral("job-1"));
    QCOMPARE(c.jobTitle, QStringLiteral("Tiling"));
    QCOMPARE(c.participants.size(), 2);
    QCOMPARE(c.participants.at(0).user.online, true);
    QCOMPARE(c.participants.at(0).lastReadSeq, qint64(7));
    QCOMPARE(c.participants.at(0).lastDeliveredSeq, qint64(8));
    QCOMPARE(c.participants.at(1).user.role, QStringLiteral("hirer"));
    QCOMPARE(c.participants.at(1).user.lastSeenAt, at(-1));
    QVERIFY(!c.lastMessage);
    QCOMPARE(c.lastSeq, qint64(8));
    QCOMPARE(c.updatedAt, at(500));
}

// ---------------------------------------------------------------------------
// ApiError

void TestProtocolTypes::apiErrorRoundTrip()
{
    const ApiError e{code::ReadOnly, QStringLiteral("support accounts are read-only")};
    const QJsonObject o = e.toJson();
    QCOMPARE(text(o), QByteArrayLiteral(
                          R"({"code":"read_only","message":"support accounts are read-only"})"));
    const ApiError back = ApiError::fromJson(json(text(o)));
    QCOMPARE(back.code, e.code);
    QCOMPARE(back.message, e.message);
}

void TestProtocolTypes::apiErrorStatus_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::newRow("invalid") << QStringLiteral("invalid") << 400;
    QTest::newRow("unauthorized") << QStringLiteral("unauthorized") << 401;
    QTest::newRow("forbidden") << QStringLiteral("forbidden") << 403;
    QTest::newRow("read_only") << QStringLiteral("read_only") << 403;
    QTest::newRow("blocked") << QStringLiteral("blocked") << 403;
    QTest::newRow("not_found") << QStringLiteral("not_found") << 404;
    QTest::newRow("conflict") << QStringLiteral("conflict") << 409;
    QTest::newRow("too_large") << QStringLiteral("too_large") << 413;
    QTest::newRow("unsupported_media") << QStringLiteral("unsupported_media") << 415;
    QTest::newRow("rate_limited") << QStringLiteral("rate_limited") << 429;
    QTest::newRow("internal") << QStringLiteral("internal") << 500;
    QTest::newRow("unknown") << QStringLiteral("teapot") << 500;
    QTest::newRow("empty") << QString() << 500;
    QTest::newRow("case matters") << QStringLiteral("Invalid") << 500;
}

void TestProtocolTypes::apiErrorStatus()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QCOMPARE((ApiError{code, QStringLiteral("m")}.httpStatus()), status);
}

// ---------------------------------------------------------------------------
// Requests

void TestProtocolTypes::sendMessageAccepts()
{
    const auto r = SendMessageRequest::parse(
        json(R"({"clientId":"0B7E2C1A-5D4F-4A3B-9C8D-7E6F5A4B3C2D","kind":"text",)"
             R"("body":"  \n hello there \t ","replyToId":"m-3"})"),
        BodyLimits{}, false);
    QVERIFY(r.hasValue());
    QCOMPARE(r->clientId, Uuid); // stored lower-case
    QCOMPARE(r->kind, QStringLiteral("text"));
    QCOMPARE(r->body, QStringLiteral("hello there"));
    QCOMPARE(r->replyToId, QStringLiteral("m-3"));
    QVERIFY(r->attachmentIds.isEmpty());
    QVERIFY(r->conversationId.isEmpty());

    // kind defaults to text; the socket form carries conversationId.
    const auto s = SendMessageRequest::parse(
        json(R"({"conversationId":"c-1","clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d",)"
             R"("body":"<b>not html</b>","replyToId":null,"attachmentIds":null})"),
        BodyLimits{}, true);
    QVERIFY(s.hasValue());
    QCOMPARE(s->conversationId, QStringLiteral("c-1"));
    QCOMPARE(s->kind, QStringLiteral("text"));
    QCOMPARE(s->body, QStringLiteral("<b>not html</b>"));
    QVERIFY(s->replyToId.isEmpty());
}

void TestProtocolTypes::sendMessageAcceptsAttachments()
{
    const auto image = SendMessageRequest::parse(
        json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d","kind":"image",)"
             R"("attachmentIds":["a1","a2","a1"]})"),
        BodyLimits{}, false);
    QVERIFY(image.hasValue());
    QCOMPARE(image->kind, QStringLiteral("image"));
    QCOMPARE(image->attachmentIds, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
    QVERIFY(image->body.isEmpty());

    const auto file = SendMessageRequest::parse(
        json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d","kind":"file",)"
             R"("attachmentIds":["f1"],"body":"   "})"),
        BodyLimits{}, false);
    QVERIFY(file.hasValue());
    QVERIFY(file->body.isEmpty());

    const auto captioned = SendMessageRequest::parse(
        json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d","kind":"image",)"
             R"("attachmentIds":["a1"],"body":" the wall "})"),
        BodyLimits{}, false);
    QVERIFY(captioned.hasValue());
    QCOMPARE(captioned->body, QStringLiteral("the wall"));

    // Ten attachments is the most.
    QJsonArray ten;
    for (int i = 0; i < 10; ++i)
        ten.append(QStringLiteral("a%1").arg(i));
    QJsonObject o = json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d","kind":"file"})");
    o.insert(QLatin1String("attachmentIds"), ten);
    const auto many = SendMessageRequest::parse(o, BodyLimits{}, false);
    QVERIFY(many.hasValue());
    QCOMPARE(many->attachmentIds.size(), 10);
}

void TestProtocolTypes::sendMessageBodyLimits()
{
    QJsonObject o = json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d","kind":"text"})");
    const auto parse = [&o](const QString &body, const BodyLimits &limits = {}) {
        o.insert(QLatin1String("body"), body);
        return SendMessageRequest::parse(o, limits, false);
    };

    const auto ascii = parse(repeat(QStringLiteral("a"), 4000));
    QVERIFY(ascii.hasValue());
    QCOMPARE(ascii->body.size(), 4000);

    // 4000 emoji are 8000 UTF-16 units but 4000 code points: accepted whole.
    const QString emoji = repeat(Emoji, 4000);
    QCOMPARE(emoji.size(), 8000);
    const auto pairs = parse(emoji);
    QVERIFY(pairs.hasValue());
    QCOMPARE(pairs->body, emoji);

    // The limit applies after trimming.
    const auto padded =
        parse(QStringLiteral("   ") + repeat(QStringLiteral("b"), 4000) + QStringLiteral("\n\n"));
    QVERIFY(padded.hasValue());
    QCOMPARE(padded->body, repeat(QStringLiteral("b"), 4000));

    checkRefusal(parse(repeat(QStringLiteral("a"), 4001)), QStringLiteral("body"));
    checkRefusal(parse(repeat(Emoji, 4001)), QStringLiteral("body"));
    checkRefusal(parse(emoji + QStringLiteral("x")), QStringLiteral("body"));

    // Configurable limit.
    const BodyLimits ten{10};
    QVERIFY(parse(repeat(Emoji, 10), ten).hasValue());
    const auto eleven = parse(repeat(Emoji, 11), ten);
    checkRefusal(eleven, QStringLiteral("body"));
    QVERIFY(eleven.error().message.contains(QStringLiteral("10")));
}

void TestProtocolTypes::sendMessageRefuses_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("needsConversationId");
    QTest::addColumn<QString>("field");

    const QByteArray id = R"("clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d")";
    const auto row = [](const char *name, const QJsonObject &o, const char *field,
                        bool needsConversationId = false) {
        QTest::newRow(name) << o << needsConversationId << QString::fromLatin1(field);
    };
    const auto withBody = [&id](const QString &body) {
        QJsonObject o = json("{" + id + "}");
        o.insert(QLatin1String("body"), body);
        return o;
    };

    row("clientId missing", json(R"({"body":"hi"})"), "clientId");
    row("clientId empty", json(R"({"clientId":"","body":"hi"})"), "clientId");
    row("clientId null", json(R"({"clientId":null,"body":"hi"})"), "clientId");
    row("clientId number", json(R"({"clientId":12,"body":"hi"})"), "clientId");
    row("clientId not a uuid", json(R"({"clientId":"msg-1","body":"hi"})"), "clientId");
    row("clientId with braces",
        json(R"({"clientId":"{0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d}","body":"hi"})"), "clientId");
    row("clientId with trailing newline",
        json(R"({"clientId":"0b7e2c1a-5d4f-4a3b-9c8d-7e6f5a4b3c2d\n","body":"hi"})"), "clientId");
    row("body missing", json("{" + id + "}"), "body");
    row("body null", json("{" + id + R"(,"body":null})"), "body");
    row("body empty", json("{" + id + R"(,"body":""})"), "body");
    row("body whitespace", json("{" + id + R"(,"body":"  \n\t \r "})"), "body");
    row("body number", json("{" + id + R"(,"body":42})"), "body");
    row("body array", json("{" + id + R"(,"body":["hi"]})"), "body");
    row("body object", json("{" + id + R"(,"body":{"text":"hi"}})"), "body");
    row("body 4001 code points", withBody(repeat(QStringLiteral("a"), 4001)), "body");
    row("body 4001 emoji", withBody(repeat(Emoji, 4001)), "body");
    row("kind system", json("{" + id + R"(,"kind":"system","body":"Job booked"})"), "kind");
    row("kind unknown", json("{" + id + R"(,"kind":"video","body":"hi"})"), "kind");
    row("kind upper case", json("{" + id + R"(,"kind":"TEXT","body":"hi"})"), "kind");
    row("kind number", json("{" + id + R"(,"kind":1,"body":"hi"})"), "kind");
    row("image without attachmentIds", json("{" + id + R"(,"kind":"image","body":"x"})"),
        "attachmentIds");
    row("image with empty attachmentIds", json("{" + id + R"(,"kind":"image","attachmentIds":[]})"),
        "attachmentIds");
    row("file without attachmentIds", json("{" + id + R"(,"kind":"file"})"), "attachmentIds");
    row("text with attachmentIds",
        json("{" + id + R"(,"kind":"text","body":"hi","attachmentIds":["a1"]})"), "attachmentIds");
    row("attachmentIds a string", json("{" + id + R"(,"kind":"image","attachmentIds":"a1"})"),
        "attachmentIds");
    row("attachmentIds with a number", json("{" + id + R"(,"kind":"image","attachmentIds":[1]})"),
        "attachmentIds");
    row("attachmentIds with an empty id",
        json("{" + id + R"(,"kind":"image","attachmentIds":[""]})"), "attachmentIds");
    QJsonObject eleven = json("{" + id + R"(,"kind":"file"})");
    QJsonArray ids;
    for (int i = 0; i < 11; ++i)
        ids.append(QStringLiteral("a%1").arg(i));
    eleven.insert(QLatin1String("attachmentIds"), ids);
    row("eleven attachmentIds", eleven, "attachmentIds");
    row("replyToId number", json("{" + id + R"(,"body":"hi","replyToId":5})"), "replyToId");
    row("conversationId missing", json("{" + id + R"(,"body":"hi"})"), "conversationId", true);
    row("conversationId empty", json("{" + id + R"(,"conversationId":"","body":"hi"})"),
        "conversationId", true);
    row("conversationId number", json("{" + id + R"(,"conversationId":3,"body":"hi"})"),
        "conversationId", true);
}

void TestProtocolTypes::sendMessageRefuses()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, needsConversationId);
    QFETCH(QString, field);
    checkRefusal(SendMessageRequest::parse(request, BodyLimits{}, needsConversationId), field);
}

void TestProtocolTypes::validateBody()
{
    const BodyLimits limits;
    const auto trimmed = proto::validateBody(QStringLiteral(" \t hi \n"), limits, false);
    QVERIFY(trimmed.hasValue());
    QCOMPARE(*trimmed, QStringLiteral("hi"));

    const auto empty = proto::validateBody(QStringLiteral("   "), limits, true);
    QVERIFY(empty.hasValue());
    QVERIFY(empty->isEmpty());
    checkRefusal(proto::validateBody(QString(), limits, false), QStringLiteral("body"));

    // Inner whitespace is the user's and stays.
    const auto inner = proto::validateBody(QStringLiteral("a\n\nb"), limits, false);
    QVERIFY(inner.hasValue());
    QCOMPARE(*inner, QStringLiteral("a\n\nb"));

    // Mixed: 3999 letters and one emoji are 4000 code points.
    QVERIFY(
        proto::validateBody(repeat(QStringLiteral("z"), 3999) + Emoji, limits, false).hasValue());
    checkRefusal(
        proto::validateBody(repeat(QStringLiteral("z"), 3999) + Emoji + Emoji, limits, false),
        QStringLiteral("body"));
}

// Text that is not text is refused, and invisible-only text is empty.
void TestProtocolTypes::validateBodyRefusesNonText()
{
    const BodyLimits limits;
    const QChar high(0xD83D), low(0xDE00);
    checkRefusal(
        proto::validateBody(QStringLiteral("a") + high + QStringLiteral("b"), limits, false),
        QStringLiteral("body"));
    checkRefusal(proto::validateBody(QString(low) + QStringLiteral("b"), limits, false),
                 QStringLiteral("body"));
    checkRefusal(proto::validateBody(QStringLiteral("end") + high, limits, false),
                 QStringLiteral("body"));
    checkRefusal(proto::validateBody(QStringLiteral("nul\u0000here"), limits, false),
                 QStringLiteral("body"));
    checkRefusal(proto::validateBody(QStringLiteral("bell\u0007"), limits, false),
                 QStringLiteral("body"));
    checkRefusal(proto::validateBody(QStringLiteral("c1\u0085x"), limits, false),
                 QStringLiteral("body"));
    // Only zero-width spaces, joiners and direction marks: nothing to say.
    const QString invisible = QStringLiteral("\u200B\u200D\u200E\u2060\uFEFF");
    checkRefusal(proto::validateBody(invisible, limits, false), QStringLiteral("body"));
    const auto caption = proto::validateBody(invisible, limits, true);
    QVERIFY(caption.hasValue());
    QVERIFY(caption->isEmpty());
    // Kept: a valid pair, tabs and line breaks, a ZWJ inside an emoji sequence.
    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    const auto kept = proto::validateBody(
        QStringLiteral("ok ") + high + low + QStringLiteral("\ta\r\nb ") + family, limits, false);
    QVERIFY(kept.hasValue());
    QCOMPARE(*kept, QStringLiteral("ok ") + high + low + QStringLiteral("\ta\r\nb ") + family);
}

void TestProtocolTypes::editMessageAccepts()
{
    const auto rest =
        EditMessageRequest::parse(json(R"({"body":"  fixed typo "})"), BodyLimits{}, false);
    QVERIFY(rest.hasValue());
    QCOMPARE(rest->body, QStringLiteral("fixed typo"));
    QVERIFY(rest->messageId.isEmpty());

    const auto socket =
        EditMessageRequest::parse(json(R"({"messageId":"m-1","body":"x"})"), BodyLimits{}, true);
    QVERIFY(socket.hasValue());
    QCOMPARE(socket->messageId, QStringLiteral("m-1"));
    QCOMPARE(socket->body, QStringLiteral("x"));

    QJsonObject o;
    o.insert(QLatin1String("body"), repeat(Emoji, 4000));
    QVERIFY(EditMessageRequest::parse(o, BodyLimits{}, false).hasValue());
}

void TestProtocolTypes::editMessageRefuses_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("needsMessageId");
    QTest::addColumn<QString>("field");

    QJsonObject tooLong;
    tooLong.insert(QLatin1String("body"), repeat(QStringLiteral("a"), 4001));

    QTest::newRow("body missing") << json("{}") << false << QStringLiteral("body");
    QTest::newRow("body null") << json(R"({"body":null})") << false << QStringLiteral("body");
    QTest::newRow("body empty") << json(R"({"body":""})") << false << QStringLiteral("body");
    QTest::newRow("body whitespace")
        << json(R"({"body":" \n "})") << false << QStringLiteral("body");
    QTest::newRow("body number") << json(R"({"body":7})") << false << QStringLiteral("body");
    QTest::newRow("body 4001") << tooLong << false << QStringLiteral("body");
    QTest::newRow("messageId missing")
        << json(R"({"body":"x"})") << true << QStringLiteral("messageId");
    QTest::newRow("messageId number")
        << json(R"({"messageId":1,"body":"x"})") << true << QStringLiteral("messageId");
    QTest::newRow("messageId empty")
        << json(R"({"messageId":"","body":"x"})") << true << QStringLiteral("messageId");
}

void TestProtocolTypes::editMessageRefuses()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, needsMessageId);
    QFETCH(QString, field);
    checkRefusal(EditMessageRequest::parse(request, BodyLimits{}, needsMessageId), field);
}

void TestProtocolTypes::cursorAccepts_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("needsConversationId");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<QString>("conversationId");

    QTest::newRow("zero") << json(R"({"seq":0})") << false << qint64(0) << QString();
    QTest::newRow("42") << json(R"({"seq":42})") << false << qint64(42) << QString();
    QTest::newRow("42.0") << json(R"({"seq":42.0})") << false << qint64(42) << QString();
    QTest::newRow("2^53-1") << json(R"({"seq":9007199254740991})") << false
                            << qint64(9007199254740991) << QString();
    QTest::newRow("socket form") << json(R"({"conversationId":"c-1","seq":7})") << true << qint64(7)
                                 << QStringLiteral("c-1");
}

void TestProtocolTypes::cursorAccepts()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, needsConversationId);
    QFETCH(qint64, seq);
    QFETCH(QString, conversationId);
    const auto r = CursorRequest::parse(request, needsConversationId);
    QVERIFY(r.hasValue());
    QCOMPARE(r->seq, seq);
    QCOMPARE(r->conversationId, conversationId);
}

void TestProtocolTypes::cursorRefuses_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<bool>("needsConversationId");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name, const char *request, const char *field,
                        bool needsConversationId = false) {
        QTest::newRow(name) << json(request) << needsConversationId << QString::fromLatin1(field);
    };
    row("seq missing", "{}", "seq");
    row("seq null", R"({"seq":null})", "seq");
    row("seq negative", R"({"seq":-1})", "seq");
    row("seq fractional", R"({"seq":1.5})", "seq");
    row("seq tiny fraction", R"({"seq":0.0001})", "seq");
    row("seq string", R"({"seq":"5"})", "seq");
    row("seq bool", R"({"seq":true})", "seq");
    row("seq array", R"({"seq":[5]})", "seq");
    row("seq 2^53", R"({"seq":9007199254740992})", "seq");
    row("seq 1e19", R"({"seq":1e19})", "seq");
    row("seq 1e300", R"({"seq":1e300})", "seq");
    row("conversationId missing", R"({"seq":1})", "conversationId", true);
    row("conversationId number", R"({"conversationId":9,"seq":1})", "conversationId", true);
}

void TestProtocolTypes::cursorRefuses()
{
    QFETCH(QJsonObject, request);
    QFETCH(bool, needsConversationId);
    QFETCH(QString, field);
    checkRefusal(CursorRequest::parse(request, needsConversationId), field);
}

void TestProtocolTypes::loginAccepts()
{
    const auto r =
        LoginRequest::parse(json(R"({"email":"  Ama@Demo.KORA \n","password":" demo-password "})"));
    QVERIFY(r.hasValue());
    QCOMPARE(r->email, QStringLiteral("ama@demo.kora"));
    // The password is taken as typed.
    QCOMPARE(r->password, QStringLiteral(" demo-password "));
}

void TestProtocolTypes::loginRefuses_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty object") << json("{}") << QStringLiteral("email");
    QTest::newRow("email missing") << json(R"({"password":"pw"})") << QStringLiteral("email");
    QTest::newRow("email empty") << json(R"({"email":"","password":"pw"})")
                                 << QStringLiteral("email");
    QTest::newRow("email whitespace")
        << json(R"({"email":"   ","password":"pw"})") << QStringLiteral("email");
    QTest::newRow("email number") << json(R"({"email":1,"password":"pw"})")
                                  << QStringLiteral("email");
    QJsonObject longEmail = json(R"({"password":"pw"})");
    longEmail.insert(QLatin1String("email"),
                     QString(repeat(QStringLiteral("a"), 321 - 9) + QStringLiteral("@demo.kor")));
    QTest::newRow("email too long") << longEmail << QStringLiteral("email");
    QTest::newRow("password missing")
        << json(R"({"email":"ama@demo.kora"})") << QStringLiteral("password");
    QTest::newRow("password empty")
        << json(R"({"email":"ama@demo.kora","password":""})") << QStringLiteral("password");
    QTest::newRow("password null")
        << json(R"({"email":"ama@demo.kora","password":null})") << QStringLiteral("password");
    QTest::newRow("password number")
        << json(R"({"email":"ama@demo.kora","password":1234})") << QStringLiteral("password");
    QJsonObject longPassword = json(R"({"email":"ama@demo.kora"})");
    longPassword.insert(QLatin1String("password"), repeat(QStringLiteral("p"), 1025));
    QTest::newRow("password too long") << longPassword << QStringLiteral("password");
}

void TestProtocolTypes::loginRefuses()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, field);
    checkRefusal(LoginRequest::parse(request), field);
}

void TestProtocolTypes::createConversationAccepts()
{
    const auto direct = CreateConversationRequest::parse(
        json(R"({"participantId":"u-kofi","jobId":"job-1","jobTitle":"  Tiling  "})"));
    QVERIFY(direct.hasValue());
    QVERIFY(!direct->isGroup());
    QCOMPARE(direct->participantId, QStringLiteral("u-kofi"));
    QVERIFY(direct->participantIds.isEmpty());
    QCOMPARE(direct->jobId, QStringLiteral("job-1"));
    QCOMPARE(direct->jobTitle, QStringLiteral("Tiling"));

    const auto group = CreateConversationRequest::parse(
        json(R"({"participantIds":["u-kofi","u-yaw","u-kofi"],"title":"  Roof crew "})"));
    QVERIFY(group.hasValue());
    QVERIFY(group->isGroup());
    QVERIFY(group->participantId.isEmpty());
    QCOMPARE(group->participantIds,
             (QStringList{QStringLiteral("u-kofi"), QStringLiteral("u-yaw")}));
    QCOMPARE(group->title, QStringLiteral("Roof crew"));
    QVERIFY(group->jobId.isEmpty());
}

void TestProtocolTypes::createConversationRefuses_data()
{
    QTest::addColumn<QJsonObject>("request");
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name, const QJsonObject &o, const char *field) {
        QTest::newRow(name) << o << QString::fromLatin1(field);
    };
    row("both participantId and participantIds",
        json(R"({"participantId":"u-1","participantIds":["u-2"],"title":"t"})"), "participantId");
    row("neither", json(R"({"title":"t"})"), "participantId");
    row("empty object", json("{}"), "participantId");
    row("empty participantIds", json(R"({"participantIds":[],"title":"t"})"), "participantId");
    row("group without title", json(R"({"participantIds":["u-2","u-3"]})"), "title");
    row("group with whitespace title", json(R"({"participantIds":["u-2"],"title":"  "})"), "title");
    row("participantId number", json(R"({"participantId":5})"), "participantId");
    row("participantIds a string", json(R"({"participantIds":"u-2","title":"t"})"),
        "participantIds");
    row("participantIds with a number", json(R"({"participantIds":["u-2",3],"title":"t"})"),
        "participantIds");
    row("participantIds with an empty id", json(R"({"participantIds":[""],"title":"t"})"),
        "participantIds");
    QJsonArray many;
    for (int i = 0; i < 101; ++i)
        many.append(QStringLiteral("u-%1").arg(i));
    QJsonObject tooMany = json(R"({"title":"t"})");
    tooMany.insert(QLatin1String("participantIds"), many);
    row("101 participantIds", tooMany, "participantIds");
    QJsonObject longTitle = json(R"({"participantIds":["u-2"]})");
    longTitle.insert(QLatin1String("title"), repeat(QStringLiteral("t"), 201));
    row("title too long", longTitle, "title");
    row("title number", json(R"({"participantIds":["u-2"],"title":1})"), "title");
    row("jobId number", json(R"({"participantId":"u-2","jobId":1})"), "jobId");
    row("jobTitle object", json(R"({"participantId":"u-2","jobTitle":{}})"), "jobTitle");
}

void TestProtocolTypes::createConversationRefuses()
{
    QFETCH(QJsonObject, request);
    QFETCH(QString, field);
    checkRefusal(CreateConversationRequest::parse(request), field);
}

void TestProtocolTypes::requiredString()
{
    const QJsonObject o = json(R"({"a":"x","n":1,"e":""})");
    const auto a = proto::requiredString(o, QLatin1String("a"));
    QVERIFY(a.hasValue());
    QCOMPARE(*a, QStringLiteral("x"));
    checkRefusal(proto::requiredString(o, QLatin1String("n")), QStringLiteral("n"));
    checkRefusal(proto::requiredString(o, QLatin1String("e")), QStringLiteral("e"));
    checkRefusal(proto::requiredString(o, QLatin1String("missing")), QStringLiteral("missing"));

    const QJsonObject longValue{{QStringLiteral("k"), repeat(QStringLiteral("k"), 201)}};
    checkRefusal(proto::requiredString(longValue, QLatin1String("k")), QStringLiteral("k"));
    QVERIFY(proto::requiredString(longValue, QLatin1String("k"), 201).hasValue());
}

// ---------------------------------------------------------------------------
// Reactions and reply previews (protocol 7.1, 7.2)

void TestProtocolTypes::emojiAccepted_data()
{
    QTest::addColumn<QString>("emoji");
    QTest::newRow("thumbs up") << QString::fromUtf8("\xf0\x9f\x91\x8d");
    QTest::newRow("skin tone") << QString::fromUtf8("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd");
    QTest::newRow("heart + VS16") << QString::fromUtf8("\xe2\x9d\xa4\xef\xb8\x8f");
    QTest::newRow("flag GH") << QString::fromUtf8("\xf0\x9f\x87\xac\xf0\x9f\x87\xad");
    QTest::newRow("keycap 1") << QString::fromUtf8("1\xef\xb8\x8f\xe2\x83\xa3");
    // man, ZWJ, woman, ZWJ, girl: one grapheme of 18 bytes
    QTest::newRow("family ZWJ") << QString::fromUtf8(
        "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7");
}

void TestProtocolTypes::emojiAccepted()
{
    QFETCH(QString, emoji);
    const auto valid = Reaction::validateEmoji(emoji);
    QVERIFY2(valid, valid ? "" : qPrintable(valid.error().message));
    QCOMPARE(*valid, emoji);
}

void TestProtocolTypes::emojiRefused_data()
{
    QTest::addColumn<QString>("emoji");
    QTest::newRow("empty") << QString();
    QTest::newRow("two emoji") << QString::fromUtf8("\xf0\x9f\x91\x8d\xf0\x9f\x91\x8d");
    QTest::newRow("letter") << QStringLiteral("a");
    QTest::newRow("word") << QStringLiteral("ok");
    QTest::newRow("space") << QStringLiteral(" ");
    QTest::newRow("emoji and text") << QString::fromUtf8("\xf0\x9f\x91\x8dx");
    QTest::newRow("control") << QStringLiteral("\x01");
    QTest::newRow("lone surrogate") << QString(QChar(0xd83d));
    // 9 ZWJ-joined hearts: one grapheme, but 4 + 9 * 7 = 67 bytes
    QString long_ = QString::fromUtf8("\xe2\x9d\xa4");
    for (int i = 0; i < 9; ++i)
        long_ += QString::fromUtf8("\xe2\x80\x8d\xf0\x9f\x94\xa5");
    QTest::newRow("over 32 bytes") << long_;
}

void TestProtocolTypes::emojiRefused()
{
    QFETCH(QString, emoji);
    const auto valid = Reaction::validateEmoji(emoji);
    QVERIFY(!valid);
    QCOMPARE(valid.error().code, QString(code::Invalid));
    QVERIFY(valid.error().message.contains(QLatin1String("emoji")));
}

void TestProtocolTypes::reactRequest()
{
    const auto ok =
        ReactRequest::parse(json(R"({"messageId":"m-1","emoji":"\ud83d\udc4d","on":false})"));
    QVERIFY(ok);
    QCOMPARE(ok->messageId, QStringLiteral("m-1"));
    QCOMPARE(ok->emoji, QString::fromUtf8("\xf0\x9f\x91\x8d"));
    QCOMPARE(ok->on, false);
    checkRefusal(ReactRequest::parse(json(R"({"emoji":"\ud83d\udc4d","on":true})")),
                 QStringLiteral("messageId"));
    checkRefusal(ReactRequest::parse(json(R"({"messageId":"m-1","emoji":"\ud83d\udc4d"})")),
                 QStringLiteral("on"));
    checkRefusal(ReactRequest::parse(json(R"({"messageId":"m-1","emoji":1,"on":true})")),
                 QStringLiteral("emoji"));
    checkRefusal(ReactRequest::parse(json(R"({"messageId":"m-1","emoji":"xy","on":true})")),
                 QStringLiteral("emoji"));
}

void TestProtocolTypes::replyPreviewCut()
{
    QCOMPARE(ReplyPreview::cut(QStringLiteral("short")), QStringLiteral("short"));
    QCOMPARE(ReplyPreview::cut(QString(250, QLatin1Char('a'))), QString(200, QLatin1Char('a')));
    // 200 code points of emoji are 400 UTF-16 units; none is cut in half.
    QString emoji;
    for (int i = 0; i < 201; ++i)
        emoji += QString::fromUtf8("\xf0\x9f\x98\x80");
    const QString cut = ReplyPreview::cut(emoji);
    QCOMPARE(cut.size(), 400);
    QCOMPARE(cut.toUcs4().size(), 200);
    QCOMPARE(ReplyPreview::cut(QString(199, QLatin1Char('a')) + emoji).size(), 201);
}

QTEST_GUILESS_MAIN(TestProtocolTypes)
#include "tst_protocol_types.moc"
