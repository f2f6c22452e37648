#include "EngineIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kora::eio {

Expected<Packet, DecodeError> decode(QByteArrayView frame)
{
    if (frame.isEmpty())
        return unexpected(DecodeError{QStringLiteral("empty frame")});
    const char type = frame.front();
    if (type < '0' || type > '6')
        return unexpected(DecodeError{QStringLiteral("unknown Engine.IO packet type")});
    return Packet{static_cast<PacketType>(type), frame.sliced(1).toByteArray()};
}

QByteArray encode(PacketType type, QByteArrayView payload)
{
    QByteArray frame;
    frame.reserve(payload.size() + 1);
    frame.append(static_cast<char>(type));
    frame.append(payload);
    return frame;
}

QByteArray encodeOpen(const OpenInfo &info)
{
    const QJsonObject open{
        {QStringLiteral("sid"), info.sid},
        {QStringLiteral("upgrades"), QJsonArray()},
        {QStringLiteral("pingInterval"), info.pingIntervalMs},
        {QStringLiteral("pingTimeout"), info.pingTimeoutMs},
        {QStringLiteral("maxPayload"), info.maxPayload},
    };
    return encode(PacketType::Open, QJsonDocument(open).toJson(QJsonDocument::Compact));
}

Expected<OpenInfo, DecodeError> decodeOpen(QByteArrayView payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return unexpected(DecodeError{QStringLiteral("handshake is not a JSON object")});
    const QJsonObject o = doc.object();
    OpenInfo info;
    info.sid = o.value(QLatin1String("sid")).toString();
    info.pingIntervalMs = o.value(QLatin1String("pingInterval")).toInt(-1);
    info.pingTimeoutMs = o.value(QLatin1String("pingTimeout")).toInt(-1);
    info.maxPayload = o.value(QLatin1String("maxPayload")).toInteger(1000000);
    if (info.sid.isEmpty() || info.pingIntervalMs <= 0 || info.pingTimeoutMs <= 0 ||
        info.maxPayload <= 0)
        return unexpected(DecodeError{QStringLiteral("handshake lacks sid or ping timings")});
    return info;
}

} // namespace kora::eio
