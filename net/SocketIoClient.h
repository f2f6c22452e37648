#pragma once

#include "Expected.h"
#include "protocol/ApiError.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace kora::net {

// Error codes of acks that failed on the client side (the server's own codes
// are in kora::proto::code).
namespace ackerror {
inline const QString Timeout = QStringLiteral("timeout");           // no ack in time
inline const QString Disconnected = QStringLiteral("disconnected"); // link lost before the ack
inline const QString Offline = QStringLiteral("offline");           // not connected when asked
} // namespace ackerror

struct SocketIoClientOptions
{
    int ackTimeoutMs = 10000;
    // From opening the websocket to the server's namespace CONNECT.
    int handshakeTimeoutMs = 15000;
    int reconnectBaseMs = 500;
    int reconnectMaxMs = 30000;
    // Reconnect at once when the OS reports the network reachable again.
    bool watchNetwork = true;
};

// A Socket.IO 5 client (Engine.IO 4, websocket transport only) as the contract
// (protocol.md §1, §4) describes it, over QWebSocket. It keeps the link up by
// itself between open() and close(): capped, jittered exponential backoff,
// skipped when the network comes back or the machine resumes. It does not
// queue: emits made while not connected are refused, callers (the outbox)
// queue and retry themselves.
//
// Lifetime: the client may be destroyed at any moment, from any of its own
// signals or handlers too. Ack handlers still pending then are dropped, never
// called.
class SocketIoClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, WaitingToReconnect, Unauthorized };
    Q_ENUM(State)

    // (Defined outside the class so that `= {}` works as a default argument.)
    using Options = SocketIoClientOptions;

    using AckResult = kora::Expected<QJsonObject, kora::proto::ApiError>;
    using AckHandler = std::function<void(const AckResult &)>;

    explicit SocketIoClient(Options options = {}, QObject *parent = nullptr);
    ~SocketIoClient() override;

    // http(s)://host:port[/prefix] becomes
    //   ws(s)://host:port[/prefix]/socket.io/?EIO=4&transport=websocket
    // (taken on the next connection attempt).
    void setServerUrl(const QUrl &httpBase);
    QUrl socketUrl() const { return m_socketUrl; }
    // Sent only in the namespace CONNECT payload {"token": …}, never in the URL.
    // Takes effect on the next connection attempt.
    void setToken(const QString &token);

    // Connects, and keeps reconnecting until close(). Also the way out of
    // Unauthorized (after setToken()).
    void open();
    void close();
    // The network came back or the machine resumed: when waiting to
    // reconnect, skip the rest of the wait.
    void reconnectNow();

    State state() const { return m_state; }
    bool isConnected() const { return m_state == State::Connected; }
    // Attempts made since the last successful connect.
    int reconnectAttempts() const { return m_attempts; }

    // Dropped with a warning when not connected (callers queue themselves).
    void emitEvent(const QString &name, const QJsonObject &payload);
    // The handler gets the ack's first argument; {ok:false, error} gives the
    // error; no ack within timeoutMs (-1: Options::ackTimeoutMs) gives
    // ackerror::Timeout, a lost link ackerror::Disconnected, not being
    // connected ackerror::Offline; an event over the server's maxPayload
    // proto::code::TooLarge, an ack without an object proto::code::Invalid.
    // It is always called from the event loop, never from inside this call,
    // at most once, and never once `context` is destroyed (a null context
    // means the client itself).
    void emitWithAck(const QString &name, const QJsonObject &payload, QObject *context,
                     AckHandler handler, int timeoutMs = -1);

Q_SIGNALS:
    void stateChanged(kora::net::SocketIoClient::State state);
    // After the server's CONNECT answer (40{sid}).
    void connected();
    // The link of a connected client was lost or closed.
    void disconnected();
    // The event's first argument; further trailing arguments (the offsets a
    // stock server with connection state recovery appends) are ignored.
    void eventReceived(const QString &name, const QJsonObject &payload);
    // CONNECT_ERROR (44): state Unauthorized, no reconnecting until open().
    void unauthorized(const QString &message);

private:
    struct PendingAck
    {
        QPointer<QObject> context;
        AckHandler handler;
        qint64 deadlineMs = 0; // on m_clock
    };
    struct SocketDeleter
    {
        void operator()(QWebSocket *socket) const;
    };

    void startAttempt();
    void onText(const QString &text);
    void onEngineOpen(const QByteArray &payload);
    void onSocketIo(const QByteArray &payload);
    void onAck(qint64 ackId, const QJsonValue &data);
    void onConnectError(const QJsonValue &data);
    // The link is gone (or must go): tear it down, fail pending acks, and
    // wait to reconnect if still wanted.
    void linkLost(const QString &reason);
    void releaseSocket(bool graceful);
    void scheduleReconnect();
    // Returns false when a receiver destroyed the client.
    bool setState(State state);
    void sendFrame(const QByteArray &frame);
    void failAllPending(const QString &code, const QString &message);
    void onAckTimer();
    void restartAckTimer();
    void checkClock();
    void watchNetwork();
    void onResumed();
    // Calls the handler from the event loop, unless the context or the client is gone by then.
    void postResult(QObject *context, AckHandler handler, AckResult result);

    Options m_options;
    QUrl m_socketUrl;
    QString m_token;
    State m_state = State::Disconnected;
    bool m_wanted = false; // between open() and close()
    bool m_engineOpen = false;
    bool m_networkWatched = false;
    int m_attempts = 0;
    qint64 m_maxPayload = 1000000;
    int m_pingDeadlineMs = 0;

    std::unique_ptr<QWebSocket, SocketDeleter> m_socket;
    QTimer m_handshakeTimer;
    QTimer m_pingWatchdog;
    QTimer m_reconnectTimer;
    QTimer m_ackTimer;
    QTimer m_clockTimer;

    QElapsedTimer m_clock; // monotonic: ack deadlines, clock-jump detection
    qint64 m_lastWallMs = 0;
    qint64 m_lastMonoMs = 0;

    qint64 m_nextAckId = 0;
    std::map<qint64, PendingAck> m_pending; // ordered: failures reach callers in emit order
};

} // namespace kora::net
