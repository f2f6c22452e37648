#include "SocketIo.h"

#include "EngineIo.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace kora::sio {
namespace {

DecodeError fail(const char *message)
{
    return DecodeError{QString::fromLatin1(message)};
}

// QJsonDocument only parses arrays and objects at the top level; wrapping the
// payload in [] lets scalars through and rejects "1,2"-style trailing values.
std::optional<QJsonValue> parseJsonValue(QByteArrayView text)
{
    QByteArray wrapped;
    wrapped.reserve(text.size() + 2);
    wrapped.append('[').append(text).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

bool payloadFits(PacketType type, const QJsonValue &data)
{
    switch (type) {
    case PacketType::Connect:
        return data.isUndefined() || data.isObject();
    case PacketType::Disconnect:
        return data.isUndefined();
    case PacketType::ConnectError:
        return data.isObject() || data.isString();
    case PacketType::Event: {
        const QJsonArray args = data.toArray();
        return data.isArray() && !args.isEmpty() && args.first().isString();
    }
    case PacketType::Ack:
        return data.isArray();
    case PacketType::BinaryEvent:
    case PacketType::BinaryAck:
        return false;
    }
    return false;
}

QByteArray toJsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // Scalars: serialise inside an array and strip the brackets.
    QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

} // namespace

QString Packet::eventName() const
{
    return data.toArray().first().toString();
}

QJsonArray Packet::eventArgs() const
{
    QJsonArray args = data.toArray();
    if (!args.isEmpty())
        args.removeFirst();
    return args;
}

Expected<Packet, DecodeError> decode(QByteArrayView payload)
{
    if (payload.isEmpty())
        return unexpected(fail("empty Socket.IO packet"));
    Packet packet;
    const char type = payload.front();
    if (type < '0' || type > '6')
        return unexpected(fail("unknown Socket.IO packet type"));
    packet.type = static_cast<PacketType>(type);
    if (packet.type == PacketType::BinaryEvent || packet.type == PacketType::BinaryAck)
        return unexpected(fail("binary packets are not supported"));

    qsizetype i = 1;
    if (i < payload.size() && payload.at(i) == '/') {
        const qsizetype comma = payload.indexOf(',', i);
        const qsizetype end = comma < 0 ? payload.size() : comma;
        packet.nsp = QString::fromUtf8(payload.sliced(i, end - i));
        i = comma < 0 ? payload.size() : comma + 1;
    }

    const qsizetype digitsStart = i;
    while (i < payload.size() && payload.at(i) >= '0' && payload.at(i) <= '9')
        ++i;
    if (i > digitsStart) {
        if (packet.type != PacketType::Event && packet.type != PacketType::Ack)
            return unexpected(fail("only events and acks carry an ack id"));
        if (i - digitsStart > 16)
            return unexpected(fail("ack id out of range"));
        bool ok = false;
        const qint64 id = payload.sliced(digitsStart, i - digitsStart).toLongLong(&ok);
        if (!ok || id > MaxAckId)
            return unexpected(fail("ack id out of range"));
        packet.ackId = id;
    } else if (packet.type == PacketType::Ack) {
        return unexpected(fail("ack without an id"));
    }

    if (i < payload.size()) {
        const std::optional<QJsonValue> data = parseJsonValue(payload.sliced(i));
        if (!data)
            return unexpected(fail("payload is not valid JSON"));
        packet.data = *data;
    }
    if (!payloadFits(packet.type, packet.data))
        return unexpected(fail("payload does not fit the packet type"));
    return packet;
}

QByteArray encodeFrame(const Packet &packet)
{
    QByteArray out;
    out.append(static_cast<char>(eio::PacketType::Message));
    out.append(static_cast<char>(packet.type));
    if (!packet.nsp.isEmpty() && packet.nsp != QLatin1String("/"))
        out.append(packet.nsp.toUtf8()).append(',');
    if (packet.ackId)
        out.append(QByteArray::number(*packet.ackId));
    if (!packet.data.isUndefined())
        out.append(toJsonText(packet.data));
    return out;
}

QByteArray connectFrame(const QJsonValue &auth)
{
    return encodeFrame(Packet{PacketType::Connect, QStringLiteral("/"), std::nullopt, auth});
}

QByteArray connectErrorFrame(const QString &message, const QString &code)
{
    const QJsonObject data{{QStringLiteral("message"), message},
                           {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), code}}}};
    return encodeFrame(Packet{PacketType::ConnectError, QStringLiteral("/"), std::nullopt, data});
}

QByteArray eventFrame(const QString &name, const QJsonValue &payload, std::optional<qint64> ackId)
{
    QJsonArray args{name};
    if (!payload.isUndefined())
        args.append(payload);
    return encodeFrame(Packet{PacketType::Event, QStringLiteral("/"), ackId, args});
}

QByteArray ackFrame(qint64 ackId, const QJsonValue &payload)
{
    return encodeFrame(Packet{PacketType::Ack, QStringLiteral("/"), ackId, QJsonArray{payload}});
}

} // namespace kora::sio
