#pragma once

#include "ChatService.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QWebSocket>

#include <memory>
#include <optional>

namespace kora::server {

class RealtimeHub;

struct RealtimeOptions
{
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    int connectTimeoutMs = 45000;
    qint64 maxPayload = 1000000;
    // Events one socket may send per 10 s; past it the socket is closed
    // (1008), so no single client can keep the event loop busy.
    int eventLimitPer10s = 300;
};

// One Engine.IO 4 / Socket.IO 5 connection over a websocket: the handshake,
// heartbeats, the namespace CONNECT with its token, and decoded events handed
// to the hub. Anything malformed closes the socket with a protocol error.
class RealtimeSession : public QObject
{
    Q_OBJECT
public:
    RealtimeSession(std::unique_ptr<QWebSocket> socket, RealtimeHub &hub,
                    const RealtimeOptions &options, QObject *parent = nullptr);
    ~RealtimeSession() override;

    // Checks the handshake query and sends the Engine.IO open packet, or
    // refuses the socket. Called once its owner listens to closed(): a refusal
    // can close the socket at once, and a session whose closed() no one heard
    // would be kept (and counted as open) for ever.
    void start();

    const Actor &actor() const { return m_actor; }
    bool isConnected() const { return m_connected; }
    QSet<QString> &joined() { return m_joined; }

    void sendFrame(const QByteArray &frame);
    // A frame already decoded for QWebSocket (one decode shared by all recipients).
    void sendText(const QString &frame);
    void ack(qint64 ackId, const QJsonValue &payload);
    void close(QWebSocketProtocol::CloseCode code, const QString &reason);

Q_SIGNALS:
    void closed();

private:
    void onText(const QString &text);
    void onSocketIo(QByteArrayView payload);
    void onConnectPacket(const QJsonValue &auth);
    // Closes the socket once its token has expired, else waits for that.
    void checkTokenExpiry();

    std::unique_ptr<QWebSocket> m_socket;
    RealtimeHub &m_hub;
    RealtimeOptions m_options;
    QString m_sid;
    Actor m_actor;
    bool m_connected = false;
    bool m_closed = false;
    qint64 m_eventWindowStart = 0;
    int m_eventsInWindow = 0;
    QSet<QString> m_joined;
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    QTimer m_connectDeadline;
    QTimer m_tokenExpiry; // an open socket ends when its token does
};

} // namespace kora::server
