#include "RealtimeSession.h"

#include "RealtimeHub.h"
#include "ServerLogging.h"

#include "EngineIo.h"
#include "SocketIo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

#include <sodium.h>

namespace kora::server {
namespace {

QString randomSid()
{
    QByteArray bytes(15, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

RealtimeSession::RealtimeSession(std::unique_ptr<QWebSocket> socket, RealtimeHub &hub,
                                 const RealtimeOptions &options, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_hub(hub)
    , m_options(options)
    , m_sid(randomSid())
{
    m_socket->setParent(nullptr);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(options.maxPayload));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(options.maxPayload));
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &RealtimeSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        close(QWebSocketProtocol::CloseCodeDatatypeNotSupported,
              QStringLiteral("binary frames are not used; files go over REST"));
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_closed)
            return;
        m_closed = true;
        m_pingTimer.stop();
        m_pongDeadline.stop();
        m_connectDeadline.stop();
        Q_EMIT closed();
    });
}

void RealtimeSession::start()
{
    const QUrlQuery query(m_socket->requestUrl());
    if (query.queryItemValue(QStringLiteral("EIO")) != QLatin1String("4") ||
        query.queryItemValue(QStringLiteral("transport")) != QLatin1String("websocket")) {
        close(QWebSocketProtocol::CloseCodeProtocolError,
              QStringLiteral("only Engine.IO 4 over the websocket transport is served"));
        return;
    }

    // Engine.IO's heartbeat: ping, then wait up to pingTimeout for the pong
    // before the next interval starts (a silent client is dropped whatever
    // the two settings are).
    m_pingTimer.setSingleShot(true);
    m_pingTimer.setInterval(m_options.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        sendFrame(eio::encode(eio::PacketType::Ping));
        m_pongDeadline.start();
    });
    m_pongDeadline.setSingleShot(true);
    m_pongDeadline.setInterval(m_options.pingTimeoutMs);
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        close(QWebSocketProtocol::CloseCodeGoingAway,
              QStringLiteral("no pong within the ping timeout"));
    });
    m_connectDeadline.setSingleShot(true);
    m_connectDeadline.setInterval(m_options.connectTimeoutMs);
    connect(&m_connectDeadline, &QTimer::timeout, this, [this] {
        close(QWebSocketProtocol::CloseCodePolicyViolated,
              QStringLiteral("no namespace connect in time"));
    });

    sendFrame(eio::encodeOpen(
        {m_sid, m_options.pingIntervalMs, m_options.pingTimeoutMs, m_options.maxPayload}));
    m_pingTimer.start();
    m_connectDeadline.start();
}

RealtimeSession::~RealtimeSession()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RealtimeSession::sendFrame(const QByteArray &frame)
{
    if (!m_closed)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void RealtimeSession::sendText(const QString &frame)
{
    if (!m_closed)
        m_socket->sendTextMessage(frame);
}

void RealtimeSession::ack(qint64 ackId, const QJsonValue &payload)
{
    sendFrame(sio::ackFrame(ackId, payload));
}

void RealtimeSession::close(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closed)
        return;
    qCInfo(lcRealtime).noquote() << "closing socket" << m_sid << "code" << int(code) << reason;
    m_socket->close(code, reason);
}

void RealtimeSession::onText(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    const auto packet = eio::decode(frame);
    if (!packet) {
        close(QWebSocketProtocol::CloseCodeProtocolError, packet.error().message);
        return;
    }
    switch (packet->type) {
    case eio::PacketType::Pong:
        if (m_pongDeadline.isActive()) {
            m_pongDeadline.stop();
            m_pingTimer.start();
        }
        return;
    case eio::PacketType::Ping:
        sendFrame(eio::encode(eio::PacketType::Pong, packet->payload));
        return;
    case eio::PacketType::Close:
        close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("client closed"));
        return;
    case eio::PacketType::Message:
        onSocketIo(packet->payload);
        return;
    case eio::PacketType::Noop:
        return;
    case eio::PacketType::Open:
    case eio::PacketType::Upgrade:
        break;
    }
    close(QWebSocketProtocol::CloseCodeProtocolError,
          QStringLiteral("unexpected Engine.IO packet"));
}

void RealtimeSession::onSocketIo(QByteArrayView payload)
{
    const auto packet = sio::decode(payload);
    if (!packet) {
        close(QWebSocketProtocol::CloseCodeProtocolError, packet.error().message);
        return;
    }
    if (packet->nsp != QLatin1String("/")) {
        sendFrame(sio::encodeFrame(
            {sio::PacketType::ConnectError, packet->nsp, std::nullopt,
             QJsonObject{{QStringLiteral("message"), QStringLiteral("Invalid namespace")}}}));
        return;
    }
    switch (packet->type) {
    case sio::PacketType::Connect:
        onConnectPacket(packet->data);
        return;
    case sio::PacketType::Disconnect:
        close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("client disconnected"));
        return;
    case sio::PacketType::Event:
        if (!m_connected) {
            close(QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("event before connect"));
            return;
        }
        if (m_actor.expiresAt.isValid() && QDateTime::currentDateTimeUtc() >= m_actor.expiresAt) {
            checkTokenExpiry(); // no event is served on an expired token
            return;
        }
        if (const qint64 now = QDateTime::currentMSecsSinceEpoch();
            now - m_eventWindowStart >= 10'000) {
            m_eventWindowStart = now;
            m_eventsInWindow = 0;
        }
        if (++m_eventsInWindow > m_options.eventLimitPer10s) {
            close(QWebSocketProtocol::CloseCodePolicyViolated,
                  QStringLiteral("more than %1 events in 10 s").arg(m_options.eventLimitPer10s));
            return;
        }
        m_hub.handleEvent(*this, packet->eventName(), packet->eventArgs(), packet->ackId);
        return;
    case sio::PacketType::Ack: // the server asks clients for no acks
        return;
    default:
        close(QWebSocketProtocol::CloseCodeProtocolError,
              QStringLiteral("unexpected Socket.IO packet"));
    }
}

void RealtimeSession::onConnectPacket(const QJsonValue &auth)
{
    if (m_connected)
        return;
    m_connectDeadline.stop();
    const auto actor = m_hub.authenticate(auth.toObject().value(QLatin1String("token")).toString());
    if (!actor) {
        qCInfo(lcRealtime).noquote() << "refused connect:" << actor.error();
        sendFrame(
            sio::connectErrorFrame(QStringLiteral("unauthorized"), QStringLiteral("unauthorized")));
        close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("unauthorized"));
        return;
    }
    m_actor = *actor;
    m_connected = true;
    m_tokenExpiry.setSingleShot(true);
    connect(&m_tokenExpiry, &QTimer::timeout, this, &RealtimeSession::checkTokenExpiry);
    checkTokenExpiry();
    if (m_closed)
        return;
    sendFrame(sio::encodeFrame({sio::PacketType::Connect, QStringLiteral("/"), std::nullopt,
                                QJsonObject{{QStringLiteral("sid"), m_sid}}}));
    m_hub.attach(*this);
}

void RealtimeSession::checkTokenExpiry()
{
    if (!m_actor.expiresAt.isValid())
        return;
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_actor.expiresAt);
    if (left <= 0) {
        // The client reconnects with the token it has and is refused
        // (CONNECT_ERROR unauthorized), which it turns into signing in again.
        close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("token expired"));
        return;
    }
    // QTimer takes an int: far expiries are checked again a day at a time.
    m_tokenExpiry.start(int(qMin<qint64>(left + 1, 24LL * 3600 * 1000)));
}

} // namespace kora::server
