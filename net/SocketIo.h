#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// Socket.IO protocol 5 packets, carried inside an Engine.IO "message" packet.
// Plain functions, no sockets. Binary packets (5, 6) are refused: Kora moves
// files over REST.
namespace kora::sio {

enum class PacketType : char {
    Connect = '0',
    Disconnect = '1',
    Event = '2',
    Ack = '3',
    ConnectError = '4',
    BinaryEvent = '5',
    BinaryAck = '6',
};

// Ack ids are JavaScript numbers on the wire; anything past 2^53-1 is refused.
constexpr qint64 MaxAckId = (qint64(1) << 53) - 1;

struct Packet
{
    PacketType type = PacketType::Event;
    QString nsp = QStringLiteral("/");
    std::optional<qint64> ackId;
    // CONNECT: object or undefined; CONNECT_ERROR: object or string;
    // EVENT: array whose first element is the event name; ACK: array.
    QJsonValue data = QJsonValue::Undefined;

    // For events: the name and the arguments after it.
    QString eventName() const;
    QJsonArray eventArgs() const;
};

struct DecodeError
{
    QString message;
};

// Decodes the payload of an Engine.IO message packet (the text after '4').
Expected<Packet, DecodeError> decode(QByteArrayView payload);
// Encodes a packet as a whole websocket text frame, Engine.IO '4' included.
QByteArray encodeFrame(const Packet &packet);

// Shorthands for the frames Kora sends.
QByteArray connectFrame(const QJsonValue &auth = QJsonValue::Undefined);
QByteArray connectErrorFrame(const QString &message, const QString &code);
QByteArray eventFrame(const QString &name, const QJsonValue &payload,
                      std::optional<qint64> ackId = std::nullopt);
QByteArray ackFrame(qint64 ackId, const QJsonValue &payload);

} // namespace kora::sio
