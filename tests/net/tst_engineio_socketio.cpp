// The Engine.IO 4 / Socket.IO 5 codec (net/EngineIo, net/SocketIo): every packet
// type round-trips byte for byte, malformed frames are refused as values, and the
// frame helpers produce the exact bytes the contract (protocol.md 1.1) shows.
#include "EngineIo.h"
#include "SocketIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace kora;

namespace {

// A QJsonValue as compact JSON text ("undefined" for an absent payload), so that
// QCOMPARE can show both sides.
QByteArray jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QByteArrayLiteral("undefined");
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QJsonObject jsonObject(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test data is not a JSON object: %s", text.toByteArray().constData());
    return doc.object();
}

// Both layers, as a client or the server reads one websocket text frame.
Expected<sio::Packet, QString> decodeFrame(QByteArrayView frame)
{
    const auto engine = eio::decode(frame);
    if (!engine)
        return unexpected(QString(QStringLiteral("eio: ") + engine.error().message));
    if (engine->type != eio::PacketType::Message)
        return unexpected(QStringLiteral("eio: not a message packet"));
    const auto packet = sio::decode(engine->payload);
    if (!packet)
        return unexpected(QString(QStringLiteral("sio: ") + packet.error().message));
    return *packet;
}

bool samePacket(const sio::Packet &a, const sio::Packet &b)
{
    return a.type == b.type && a.nsp == b.nsp && a.ackId == b.ackId && a.data == b.data;
}

} // namespace

class TestEngineIoSocketIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Engine.IO
    void engineRoundTrip_data();
    void engineRoundTrip();
    void engineRefuses_data();
    void engineRefuses();
    void openHandshakeRoundTrip();
    void openHandshakeFromContract();
    void openHandshakeDefaultsMaxPayload();
    void openHandshakeRefuses_data();
    void openHandshakeRefuses();

    // Socket.IO
    void socketRoundTrip_data();
    void socketRoundTrip();
    void socketRefuses_data();
    void socketRefuses();
    void ackIdLimits();
    void trailingRecoveryOffset();
    void eventArgsAndName();
    void encodeFrameNamespaces();

    // Frame helpers
    void frameHelpers_data();
    void frameHelpers();
    void connectErrorFrameDecodes();

    // Robustness
    void mutatedFramesNeverCrash();
};

// ---------------------------------------------------------------------------
// Engine.IO

void TestEngineIoSocketIo::engineRoundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("frame");

    const auto row = [](const char *name, eio::PacketType type, const QByteArray &payload,
                        const QByteArray &frame) {
        QTest::newRow(name) << int(type) << payload << frame;
    };
    row("open", eio::PacketType::Open, QByteArrayLiteral(R"({"sid":"s1"})"),
        QByteArrayLiteral(R"(0{"sid":"s1"})"));
    row("close", eio::PacketType::Close, {}, QByteArrayLiteral("1"));
    row("ping", eio::PacketType::Ping, {}, QByteArrayLiteral("2"));
    row("pong", eio::PacketType::Pong, {}, QByteArrayLiteral("3"));
    row("ping probe", eio::PacketType::Ping, QByteArrayLiteral("probe"),
        QByteArrayLiteral("2probe"));
    row("pong probe", eio::PacketType::Pong, QByteArrayLiteral("probe"),
        QByteArrayLiteral("3probe"));
    row("message", eio::PacketType::Message, QByteArrayLiteral(R"(2["a",{}])"),
        QByteArrayLiteral(R"(42["a",{}])"));
    row("empty message", eio::PacketType::Message, {}, QByteArrayLiteral("4"));
    row("utf-8 message", eio::PacketType::Message,
        QByteArrayLiteral("2[\"a\",\"\xc3\xa9\xf0\x9f\x98\x80\"]"),
        QByteArrayLiteral("42[\"a\",\"\xc3\xa9\xf0\x9f\x98\x80\"]"));
    row("upgrade", eio::PacketType::Upgrade, {}, QByteArrayLiteral("5"));
    row("noop", eio::PacketType::Noop, {}, QByteArrayLiteral("6"));
}

void TestEngineIoSocketIo::engineRoundTrip()
{
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, frame);

    QCOMPARE(eio::encode(eio::PacketType(type), payload), frame);

    const auto decoded = eio::decode(frame);
    QVERIFY(decoded.hasValue());
    QCOMPARE(int(decoded->type), type);
    QCOMPARE(decoded->payload, payload);
}

void TestEngineIoSocketIo::engineRefuses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty frame") << QByteArray();
    QTest::newRow("letter x") << QByteArrayLiteral("x");
    QTest::newRow("type 7") << QByteArrayLiteral("7");
    QTest::newRow("type 9 with payload") << QByteArrayLiteral("9hello");
    QTest::newRow("slash") << QByteArrayLiteral("/");
    QTest::newRow("leading space") << QByteArrayLiteral(" 2");
    QTest::newRow("nul byte") << QByteArray(1, '\0');
    QTest::newRow("high byte") << QByteArrayLiteral("\xff\x34");
    QTest::newRow("json object") << QByteArrayLiteral(R"({"sid":"x"})");
}

void TestEngineIoSocketIo::engineRefuses()
{
    QFETCH(QByteArray, frame);
    const auto decoded = eio::decode(frame);
    QVERIFY(!decoded.hasValue());
    QVERIFY(!decoded.error().message.isEmpty());
}

void TestEngineIoSocketIo::openHandshakeRoundTrip()
{
    eio::OpenInfo info;
    info.sid = QStringLiteral("Lbo5JLzTotvW3g2LAAAA");
    info.pingIntervalMs = 300;
    info.pingTimeoutMs = 200;
    info.maxPayload = 5'000'000'000; // past 32 bits: JSON numbers carry it

    const QByteArray frame = eio::encodeOpen(info);
    QVERIFY(frame.startsWith('0'));

    // The handshake object the contract shows, with an empty upgrades list.
    const QJsonObject open = jsonObject(QByteArrayView(frame).sliced(1));
    QCOMPARE(open.value(QLatin1String("sid")).toString(), info.sid);
    QVERIFY(open.value(QLatin1String("upgrades")).isArray());
    QVERIFY(open.value(QLatin1String("upgrades")).toArray().isEmpty());
    QCOMPARE(open.value(QLatin1String("pingInterval")).toInteger(), 300);
    QCOMPARE(open.value(QLatin1String("pingTimeout")).toInteger(), 200);
    QCOMPARE(open.value(QLatin1String("maxPayload")).toInteger(), 5'000'000'000);
    QCOMPARE(open.size(), 5);

    const auto packet = eio::decode(frame);
    QVERIFY(packet.hasValue());
    QCOMPARE(packet->type, eio::PacketType::Open);
    const auto back = eio::decodeOpen(packet->payload);
    QVERIFY(back.hasValue());
    QCOMPARE(back->sid, info.sid);
    QCOMPARE(back->pingIntervalMs, info.pingIntervalMs);
    QCOMPARE(back->pingTimeoutMs, info.pingTimeoutMs);
    QCOMPARE(back->maxPayload, info.maxPayload);
}

void TestEngineIoSocketIo::openHandshakeFromContract()
{
    // Byte for byte what a stock socket.io 4.x server sends.
    const QByteArray frame =
        QByteArrayLiteral(R"(0{"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":[],"pingInterval":25000,)"
                          R"("pingTimeout":20000,"maxPayload":1000000})");
    const auto packet = eio::decode(frame);
    QVERIFY(packet.hasValue());
    QCOMPARE(packet->type, eio::PacketType::Open);
    const auto info = eio::decodeOpen(packet->payload);
    QVERIFY(info.hasValue());
    QCOMPARE(info->sid, QStringLiteral("lv_VI97HAXpY6yYWAAAC"));
    QCOMPARE(info->pingIntervalMs, 25000);
    QCOMPARE(info->pingTimeoutMs, 20000);
    QCOMPARE(info->maxPayload, qint64(1000000));

    // And the encoder's defaults are the contract's numbers.
    eio::OpenInfo defaults;
    defaults.sid = QStringLiteral("lv_VI97HAXpY6yYWAAAC");
    const QJsonObject ours = jsonObject(QByteArrayView(eio::encodeOpen(defaults)).sliced(1));
    QCOMPARE(ours, jsonObject(QByteArrayView(frame).sliced(1)));
}

void TestEngineIoSocketIo::openHandshakeDefaultsMaxPayload()
{
    const auto info = eio::decodeOpen(
        QByteArrayLiteral(R"({"sid":"a","upgrades":[],"pingInterval":1,"pingTimeout":2})"));
    QVERIFY(info.hasValue());
    QCOMPARE(info->maxPayload, qint64(1000000));
    QCOMPARE(info->pingIntervalMs, 1);
    QCOMPARE(info->pingTimeoutMs, 2);
}

void TestEngineIoSocketIo::openHandshakeRefuses_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArrayLiteral("hello");
    QTest::newRow("truncated") << QByteArrayLiteral(R"({"sid":"a","pingInterval":1)");
    QTest::newRow("array") << QByteArrayLiteral(R"([{"sid":"a"}])");
    QTest::newRow("empty object") << QByteArrayLiteral("{}");
    QTest::newRow("no sid") << QByteArrayLiteral(R"({"pingInterval":1,"pingTimeout":1})");
    QTest::newRow("empty sid") << QByteArrayLiteral(
        R"({"sid":"","pingInterval":1,"pingTimeout":1})");
    QTest::newRow("sid as number")
        << QByteArrayLiteral(R"({"sid":12,"pingInterval":1,"pingTimeout":1})");
    QTest::newRow("no pingInterval") << QByteArrayLiteral(R"({"sid":"a","pingTimeout":1})");
    QTest::newRow("no pingTimeout") << QByteArrayLiteral(R"({"sid":"a","pingInterval":1})");
    QTest::newRow("zero pingInterval")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":0,"pingTimeout":1})");
    QTest::newRow("negative pingTimeout")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":1,"pingTimeout":-5})");
    QTest::newRow("pingInterval as string")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":"25000","pingTimeout":1})");
    QTest::newRow("pingInterval past int")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":4294967296,"pingTimeout":1})");
    QTest::newRow("zero maxPayload")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":1,"pingTimeout":1,"maxPayload":0})");
    QTest::newRow("negative maxPayload")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":1,"pingTimeout":1,"maxPayload":-1})");
    QTest::newRow("trailing garbage")
        << QByteArrayLiteral(R"({"sid":"a","pingInterval":1,"pingTimeout":1}x)");
}

void TestEngineIoSocketIo::openHandshakeRefuses()
{
    QFETCH(QByteArray, payload);
    const auto info = eio::decodeOpen(payload);
    QVERIFY(!info.hasValue());
    QVERIFY(!info.error().message.isEmpty());
}

// ---------------------------------------------------------------------------
// Socket.IO

void TestEngineIoSocketIo::socketRoundTrip_data()
{
    QTest::addColumn<QByteArray>("frame"); // a whole websocket text frame
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("nsp");
    QTest::addColumn<qint64>("ackId"); // -1: none
    QTest::addColumn<QByteArray>("data");
    // Whether encodeFrame gives back the very same bytes (JSON objects are
    // written with sorted keys, so frames with unsorted keys only round-trip
    // as values).
    QTest::addColumn<bool>("canonical");

    using T = sio::PacketType;
    const auto row = [](const char *name, const QByteArray &frame, T type, const char *nsp,
                        qint64 ackId, const QByteArray &data, bool canonical = true) {
        QTest::newRow(name) << frame << int(type) << QString::fromLatin1(nsp) << ackId << data
                            << canonical;
    };

    row("connect with token", R"(40{"token":"x"})", T::Connect, "/", -1, R"({"token":"x"})");
    row("connect without payload", "40", T::Connect, "/", -1, "undefined");
    row("connect with empty object", "40{}", T::Connect, "/", -1, "{}");
    row("connect accepted", R"(40{"sid":"Xy1_AAAB"})", T::Connect, "/", -1,
        R"({"sid":"Xy1_AAAB"})");
    row("connect namespace", "40/admin,{}", T::Connect, "/admin", -1, "{}");
    row("connect namespace no payload", "40/admin,", T::Connect, "/admin", -1, "undefined");
    row("connect namespace no comma", "40/admin", T::Connect, "/admin", -1, "undefined", false);
    row("disconnect", "41", T::Disconnect, "/", -1, "undefined");
    row("disconnect namespace", "41/admin,", T::Disconnect, "/admin", -1, "undefined");
    row("connect_error sorted", R"(44{"data":{"code":"unauthorized"},"message":"unauthorized"})",
        T::ConnectError, "/", -1, R"({"data":{"code":"unauthorized"},"message":"unauthorized"})");
    row("connect_error as the contract writes it",
        R"(44{"message":"unauthorized","data":{"code":"unauthorized"}})", T::ConnectError, "/", -1,
        R"({"data":{"code":"unauthorized"},"message":"unauthorized"})", false);
    row("connect_error string", R"(44"Invalid namespace")", T::ConnectError, "/", -1,
        R"("Invalid namespace")");
    row("event", R"(42["name",{"a":1}])", T::Event, "/", -1, R"(["name",{"a":1}])");
    row("event name only", R"(42["typing_stop"])", T::Event, "/", -1, R"(["typing_stop"])");
    row("event scalar args", R"(42["a",1,"two",null,true,[]])", T::Event, "/", -1,
        R"(["a",1,"two",null,true,[]])");
    row("event with ack id", R"(4212["name",{}])", T::Event, "/", 12, R"(["name",{}])");
    row("event with ack id 0", R"(420["a"])", T::Event, "/", 0, R"(["a"])");
    row("event with largest ack id", R"(429007199254740991["a"])", T::Event, "/", sio::MaxAckId,
        R"(["a"])");
    row("event leading zeros in ack id", R"(42007["a"])", T::Event, "/", 7, R"(["a"])", false);
    row("event namespace and ack id", R"(42/chat,7["x"])", T::Event, "/chat", 7, R"(["x"])");
    row("event namespace", R"(42/chat,["x",{"y":2}])", T::Event, "/chat", -1, R"(["x",{"y":2}])");
    row("event with whitespace", "42 [ \"a\" , 1 ]", T::Event, "/", -1, R"(["a",1])", false);
    row("event utf-8", "42[\"h\xc3\xa9llo\",{\"t\":\"\xf0\x9f\x98\x80\"}]", T::Event, "/", -1,
        "[\"h\xc3\xa9llo\",{\"t\":\"\xf0\x9f\x98\x80\"}]");
    row("event escaped string", R"(42["a","quote \" backslash \\ tab \t"])", T::Event, "/", -1,
        R"(["a","quote \" backslash \\ tab \t"])");
    row("ack", R"(4312[{"ok":true}])", T::Ack, "/", 12, R"([{"ok":true}])");
    row("ack empty", "431[]", T::Ack, "/", 1, "[]");
    row("ack several values", R"(435[{"ok":false,"error":{"code":"read_only","message":"m"}},2])",
        T::Ack, "/", 5, R"([{"error":{"code":"read_only","message":"m"},"ok":false},2])", false);
    row("ack namespace", "43/chat,7[]", T::Ack, "/chat", 7, "[]");
}

void TestEngineIoSocketIo::socketRoundTrip()
{
    QFETCH(QByteArray, frame);
    QFETCH(int, type);
    QFETCH(QString, nsp);
    QFETCH(qint64, ackId);
    QFETCH(QByteArray, data);
    QFETCH(bool, canonical);

    const auto decoded = decodeFrame(frame);
    if (!decoded)
        QFAIL(qPrintable(decoded.error()));
    const sio::Packet &packet = *decoded;
    QCOMPARE(int(packet.type), type);
    QCOMPARE(packet.nsp, nsp);
    QCOMPARE(packet.ackId.has_value(), ackId >= 0);
    if (ackId >= 0)
        QCOMPARE(*packet.ackId, ackId);
    QCOMPARE(jsonText(packet.data), data);

    const QByteArray encoded = sio::encodeFrame(packet);
    if (canonical)
        QCOMPARE(encoded, frame);
    const auto again = decodeFrame(encoded);
    QVERIFY(again.hasValue());
    QVERIFY(samePacket(*again, packet));
    QCOMPARE(sio::encodeFrame(*again), encoded);
}

void TestEngineIoSocketIo::socketRefuses_data()
{
    QTest::addColumn<QByteArray>("frame");

    const auto row = [](const char *name, const QByteArray &frame) {
        QTest::newRow(name) << frame;
    };
    // Engine layer.
    row("empty frame", QByteArray());
    row("engine type x", "x");
    row("engine type 7", "7");
    row("engine ping is no message", "2");
    // Socket.IO type.
    row("empty message", "4");
    row("4abc", "4abc");
    row("socket type 7", R"(47["a"])");
    row("socket type x", "4x");
    row("binary event", R"(451-["upload",{"_placeholder":true,"num":0}])");
    row("binary event no attachments", R"(45["a"])");
    row("binary ack", R"(461-12[{"_placeholder":true,"num":0}])");
    row("binary ack bare", "46");
    // Events.
    row("event without payload", "42");
    row("event object", "42{}");
    row("event empty array", "42[]");
    row("event name not a string", "42[1]");
    row("event name null", "42[null]");
    row("event name object", R"(42[{"a":1}])");
    row("event bare string", R"(42"a")");
    row("event truncated", R"(42["a")");
    row("event truncated object", R"(42["a",{"b":)");
    row("event trailing garbage", R"(42["a"]garbage)");
    row("event two arrays", R"(42["a"],["b"])");
    row("event extra bracket", R"(42["a"]])");
    row("event whitespace only", "42 ");
    row("event ack id without data", "427");
    row("event invalid utf-8", "42[\"\xff\xfe\"]");
    row("event namespace without comma", R"(42/chat["x"])");
    // Acks.
    row("ack without id", "43");
    row("ack without id with data", "43[1]");
    row("ack namespace without id", "43/chat,[1]");
    row("ack object", "431{}");
    row("ack string", R"(431"x")");
    row("ack id without data", "431");
    // Ack ids.
    row("huge ack id", R"(4299999999999999999999["a"])");
    row("ack id 2^53", R"(429007199254740992["a"])");
    row("ack id 2^53 on ack", "439007199254740992[]");
    row("ack id past int64", R"(429223372036854775808["a"])");
    // Connect / disconnect / connect_error.
    row("connect with array", "40[1]");
    row("connect with string", R"(40"token")");
    row("connect with number", "40 5");
    row("connect with ack id", R"(401{"token":"x"})");
    row("connect truncated", R"(40{"token":"x")");
    row("disconnect with object", R"(41{"a":1})");
    row("disconnect with array", "41[]");
    row("disconnect with ack id", "417");
    row("connect_error without payload", "44");
    row("connect_error array", "44[1]");
    row("connect_error number", "44 1");
    row("connect_error with ack id", R"(441{"message":"x"})");
}

void TestEngineIoSocketIo::socketRefuses()
{
    QFETCH(QByteArray, frame);
    const auto decoded = decodeFrame(frame);
    if (decoded)
        QFAIL(qPrintable(QString(QStringLiteral("accepted as: ") +
                                 QString::fromUtf8(sio::encodeFrame(*decoded)))));
    QVERIFY(!decoded.error().isEmpty());

    // The Socket.IO layer alone refuses the payload too, with a message.
    if (frame.startsWith('4')) {
        const auto direct = sio::decode(QByteArrayView(frame).sliced(1));
        QVERIFY(!direct.hasValue());
        QVERIFY(!direct.error().message.isEmpty());
    }
}

void TestEngineIoSocketIo::ackIdLimits()
{
    QCOMPARE(sio::MaxAckId, qint64(9007199254740991));

    const auto largest = sio::decode(QByteArrayLiteral("39007199254740991[]"));
    QVERIFY(largest.hasValue());
    QCOMPARE(*largest->ackId, sio::MaxAckId);
    QCOMPARE(sio::ackFrame(sio::MaxAckId, QJsonValue::Null),
             QByteArrayLiteral("439007199254740991[null]"));

    QVERIFY(!sio::decode(QByteArrayLiteral("39007199254740992[]")).hasValue());
    QVERIFY(!sio::decode(QByteArrayLiteral("39999999999999999[]")).hasValue());
    QVERIFY(!sio::decode(QByteArray(QByteArray("3") + QByteArray(4096, '9') + "[]")).hasValue());
}

void TestEngineIoSocketIo::trailingRecoveryOffset()
{
    // A stock server with connectionStateRecovery appends a string offset.
    const auto packet = decodeFrame(QByteArrayLiteral(R"(42["new_message",{"m":1},"offsetstr"])"));
    QVERIFY(packet.hasValue());
    QCOMPARE(packet->type, sio::PacketType::Event);
    QCOMPARE(packet->eventName(), QStringLiteral("new_message"));
    const QJsonArray args = packet->eventArgs();
    QCOMPARE(args.size(), 2);
    QCOMPARE(args.at(0).toObject(), jsonObject(R"({"m":1})"));
    QCOMPARE(args.at(1).toString(), QStringLiteral("offsetstr"));
    QVERIFY(!packet->ackId.has_value());
}

void TestEngineIoSocketIo::eventArgsAndName()
{
    const auto nameOnly = decodeFrame(QByteArrayLiteral(R"(42["typing_stop"])"));
    QVERIFY(nameOnly.hasValue());
    QCOMPARE(nameOnly->eventName(), QStringLiteral("typing_stop"));
    QVERIFY(nameOnly->eventArgs().isEmpty());

    const auto withAck = decodeFrame(QByteArrayLiteral(R"(4212["send_message",{"body":"hi"}])"));
    QVERIFY(withAck.hasValue());
    QCOMPARE(withAck->eventName(), QStringLiteral("send_message"));
    QCOMPARE(withAck->eventArgs().size(), 1);
    QCOMPARE(withAck->eventArgs().first().toObject().value(QLatin1String("body")).toString(),
             QStringLiteral("hi"));
    QCOMPARE(*withAck->ackId, qint64(12));

    // On packets that are not events the accessors are empty, not a crash.
    const auto connect = decodeFrame(QByteArrayLiteral("40"));
    QVERIFY(connect.hasValue());
    QVERIFY(connect->eventName().isEmpty());
    QVERIFY(connect->eventArgs().isEmpty());
    const auto ack = decodeFrame(QByteArrayLiteral("431[]"));
    QVERIFY(ack.hasValue());
    QVERIFY(ack->eventName().isEmpty());
    QVERIFY(ack->eventArgs().isEmpty());
    const sio::Packet blank;
    QVERIFY(blank.eventName().isEmpty());
    QVERIFY(blank.eventArgs().isEmpty());
    QCOMPARE(blank.nsp, QStringLiteral("/"));
}

void TestEngineIoSocketIo::encodeFrameNamespaces()
{
    using T = sio::PacketType;
    QCOMPARE(sio::encodeFrame({T::Connect, QStringLiteral("/admin"), std::nullopt, QJsonObject()}),
             QByteArrayLiteral("40/admin,{}"));
    QCOMPARE(
        sio::encodeFrame({T::Event, QStringLiteral("/chat"), 7, QJsonArray{QStringLiteral("x")}}),
        QByteArrayLiteral(R"(42/chat,7["x"])"));
    QCOMPARE(
        sio::encodeFrame({T::Disconnect, QStringLiteral("/"), std::nullopt, QJsonValue::Undefined}),
        QByteArrayLiteral("41"));
    // An empty namespace is the main one.
    QCOMPARE(sio::encodeFrame({T::Disconnect, QString(), std::nullopt, QJsonValue::Undefined}),
             QByteArrayLiteral("41"));
    QCOMPARE(sio::encodeFrame({T::ConnectError, QStringLiteral("/"), std::nullopt,
                               QStringLiteral("Invalid namespace")}),
             QByteArrayLiteral(R"(44"Invalid namespace")"));
}

// ---------------------------------------------------------------------------
// Frame helpers

void TestEngineIoSocketIo::frameHelpers_data()
{
    QTest::addColumn<QByteArray>("actual");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("connect, no auth") << sio::connectFrame() << QByteArrayLiteral("40");
    QTest::newRow("connect with token")
        << sio::connectFrame(QJsonObject{{QStringLiteral("token"), QStringLiteral("x")}})
        << QByteArrayLiteral(R"(40{"token":"x"})");
    QTest::newRow("connect with a jwt")
        << sio::connectFrame(QJsonObject{
               {QStringLiteral("token"), QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig-_")}})
        << QByteArrayLiteral(R"(40{"token":"eyJhbGciOiJIUzI1NiJ9.e30.sig-_"})");
    QTest::newRow("connect_error")
        << sio::connectErrorFrame(QStringLiteral("unauthorized"), QStringLiteral("unauthorized"))
        << QByteArrayLiteral(R"(44{"data":{"code":"unauthorized"},"message":"unauthorized"})");
    QTest::newRow("event with ack id")
        << sio::eventFrame(QStringLiteral("a"), QJsonObject{{QStringLiteral("x"), 1}}, 5)
        << QByteArrayLiteral(R"(425["a",{"x":1}])");
    QTest::newRow("event") << sio::eventFrame(QStringLiteral("typing_start"),
                                              QJsonObject{{QStringLiteral("conversationId"),
                                                           QStringLiteral("c1")}})
                           << QByteArrayLiteral(R"(42["typing_start",{"conversationId":"c1"}])");
    QTest::newRow("event without payload")
        << sio::eventFrame(QStringLiteral("ping_me"), QJsonValue::Undefined)
        << QByteArrayLiteral(R"(42["ping_me"])");
    QTest::newRow("event with null payload")
        << sio::eventFrame(QStringLiteral("a"), QJsonValue::Null)
        << QByteArrayLiteral(R"(42["a",null])");
    QTest::newRow("event with ack id 0") << sio::eventFrame(QStringLiteral("a"), QJsonObject(), 0)
                                         << QByteArrayLiteral(R"(420["a",{}])");
    QTest::newRow("event utf-8 and escapes")
        << sio::eventFrame(QString::fromUtf8("\xc3\xa9v\xc3\xa9nement"),
                           QStringLiteral("say \"hi\"\n"))
        << QByteArrayLiteral("42[\"\xc3\xa9v\xc3\xa9nement\",\"say \\\"hi\\\"\\n\"]");
    QTest::newRow("ack") << sio::ackFrame(12, QJsonObject{{QStringLiteral("ok"), true}})
                         << QByteArrayLiteral(R"(4312[{"ok":true}])");
    QTest::newRow("ack refusal")
        << sio::ackFrame(
               3, QJsonObject{{QStringLiteral("ok"), false},
                              {QStringLiteral("error"),
                               QJsonObject{{QStringLiteral("code"), QStringLiteral("read_only")},
                                           {QStringLiteral("message"),
                                            QStringLiteral("support is read-only")}}}})
        << QByteArrayLiteral(
               R"(433[{"error":{"code":"read_only","message":"support is read-only"},"ok":false}])");
    QTest::newRow("ack id 0") << sio::ackFrame(0, QJsonArray()) << QByteArrayLiteral("430[[]]");
}

void TestEngineIoSocketIo::frameHelpers()
{
    QFETCH(QByteArray, actual);
    QFETCH(QByteArray, expected);
    QCOMPARE(actual, expected);
    // Whatever we send, we can read back.
    QVERIFY(decodeFrame(actual).hasValue());
}

void TestEngineIoSocketIo::connectErrorFrameDecodes()
{
    const auto packet = decodeFrame(
        sio::connectErrorFrame(QStringLiteral("token expired"), QStringLiteral("unauthorized")));
    QVERIFY(packet.hasValue());
    QCOMPARE(packet->type, sio::PacketType::ConnectError);
    const QJsonObject data = packet->data.toObject();
    QCOMPARE(data.value(QLatin1String("message")).toString(), QStringLiteral("token expired"));
    QCOMPARE(data.value(QLatin1String("data")).toObject().value(QLatin1String("code")).toString(),
             QStringLiteral("unauthorized"));
}

// ---------------------------------------------------------------------------
// Robustness: every prefix and many single-byte mutations of valid frames are
// either refused or decoded into a packet that survives its own round trip.

void TestEngineIoSocketIo::mutatedFramesNeverCrash()
{
    const QList<QByteArray> seeds{
        QByteArrayLiteral(R"(40{"token":"x"})"),
        QByteArrayLiteral("40/admin,{}"),
        QByteArrayLiteral(R"(44{"message":"unauthorized","data":{"code":"unauthorized"}})"),
        QByteArrayLiteral(R"(4212["send_message",{"clientId":"c","body":"hi"}])"),
        QByteArrayLiteral(R"(42/chat,7["x",1,null,true,[]])"),
        QByteArrayLiteral(R"(4312[{"ok":true,"message":{"seq":9}}])"),
        QByteArrayLiteral(R"(42["new_message",{"m":1},"offsetstr"])"),
    };
    const QByteArray alphabet = QByteArrayLiteral("0123456789[]{}\",:/-. anx\\\x00\xff");
    QRandomGenerator random(20261123); // fixed: the run is reproducible

    qsizetype accepted = 0;
    qsizetype refused = 0;
    const auto check = [&](const QByteArray &frame) {
        const auto packet = decodeFrame(frame);
        if (!packet) {
            QVERIFY2(!packet.error().isEmpty(), frame.constData());
            ++refused;
            return;
        }
        ++accepted;
        const QByteArray encoded = sio::encodeFrame(*packet);
        const auto again = decodeFrame(encoded);
        QVERIFY2(again.hasValue(), QByteArray(frame + " -> " + encoded).constData());
        QVERIFY2(samePacket(*again, *packet), QByteArray(frame + " -> " + encoded).constData());
    };

    for (const QByteArray &seed : seeds) {
        for (qsizetype n = 0; n <= seed.size(); ++n) {
            check(seed.left(n));
            if (QTest::currentTestFailed())
                return;
        }
        for (int round = 0; round < 2000; ++round) {
            QByteArray frame = seed;
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits && !frame.isEmpty(); ++e) {
                const qsizetype at = random.bounded(int(frame.size()));
                const char c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                case 0:
                    frame[at] = c;
                    break;
                case 1:
                    frame.insert(at, c);
                    break;
                default:
                    frame.remove(at, 1);
                    break;
                }
            }
            check(frame);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Both outcomes were exercised.
    QVERIFY(accepted > 0);
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestEngineIoSocketIo)
#include "tst_engineio_socketio.moc"
