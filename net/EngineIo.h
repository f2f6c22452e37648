#pragma once

#include "Expected.h"

#include <QByteArray>
#include <QString>

// Engine.IO protocol 4 packets as carried by one websocket text frame:
// one type digit followed by the payload. Plain functions, no sockets.
namespace kora::eio {

enum class PacketType : char {
    Open = '0',
    Close = '1',
    Ping = '2',
    Pong = '3',
    Message = '4',
    Upgrade = '5',
    Noop = '6',
};

struct Packet
{
    PacketType type = PacketType::Noop;
    QByteArray payload;
};

struct OpenInfo
{
    QString sid;
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    qint64 maxPayload = 1000000;
};

struct DecodeError
{
    QString message;
};

Expected<Packet, DecodeError> decode(QByteArrayView frame);
QByteArray encode(PacketType type, QByteArrayView payload = {});

QByteArray encodeOpen(const OpenInfo &info);
Expected<OpenInfo, DecodeError> decodeOpen(QByteArrayView payload);

} // namespace kora::eio
