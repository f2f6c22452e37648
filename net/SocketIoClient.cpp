#include "SocketIoClient.h"

#include "EngineIo.h"
#include "NetLogging.h"
#include "SocketIo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkInformation>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>
#include <climits>
#include <vector>

namespace kora::net {
namespace {

using proto::ApiError;

constexpr qint64 ClockJumpMs = 15000;
constexpr int ClockCheckMs = 5000;
constexpr qint64 MaxIncomingMessage = 16 * 1024 * 1024;

int clampMs(qint64 ms)
{
    return int(std::clamp<qint64>(ms, 0, INT_MAX));
}

// An ack's first argument as the contract reads it: {ok:false, error} is the
// error, any other object the value.
SocketIoClient::AckResult ackResult(const QJsonArray &args)
{
    if (args.isEmpty() || !args.at(0).isObject())
        return unexpected(
            ApiError{proto::code::Invalid, QStringLiteral("the ack carries no object")});
    const QJsonObject answer = args.at(0).toObject();
    const QJsonValue ok = answer.value(QLatin1String("ok"));
    if (ok.isBool() && !ok.toBool()) {
        ApiError error = ApiError::fromJson(answer.value(QLatin1String("error")).toObject());
        if (error.code.isEmpty())
            error = {proto::code::Internal, QStringLiteral("the server refused without an error")};
        return unexpected(error);
    }
    return answer;
}

} // namespace

void SocketIoClient::SocketDeleter::operator()(QWebSocket *socket) const
{
    // The socket may be in the middle of emitting (the client can be torn
    // down from one of its own slots): cut it off now, delete it later.
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
}

SocketIoClient::SocketIoClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_handshakeTimer(this)
    , m_pingWatchdog(this)
    , m_reconnectTimer(this)
    , m_ackTimer(this)
    , m_clockTimer(this)
{
    m_options.reconnectBaseMs = std::max(1, m_options.reconnectBaseMs);
    m_options.reconnectMaxMs = std::max(m_options.reconnectBaseMs, m_options.reconnectMaxMs);
    m_clock.start();

    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        linkLost(QStringLiteral("no handshake within %1 ms").arg(m_options.handshakeTimeoutMs));
    });
    m_pingWatchdog.setSingleShot(true);
    connect(&m_pingWatchdog, &QTimer::timeout, this, [this] {
        linkLost(QStringLiteral("no ping from the server within pingInterval + pingTimeout"));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SocketIoClient::startAttempt);
    m_ackTimer.setSingleShot(true);
    connect(&m_ackTimer, &QTimer::timeout, this, &SocketIoClient::onAckTimer);
    m_clockTimer.setInterval(ClockCheckMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &SocketIoClient::checkClock);
}

SocketIoClient::~SocketIoClient() = default;

void SocketIoClient::setServerUrl(const QUrl &httpBase)
{
    QUrl url = httpBase.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                 QUrl::StripTrailingSlash);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("ws")) {
        url.setScheme(QStringLiteral("ws"));
    } else if (scheme == QLatin1String("https") || scheme == QLatin1String("wss")) {
        url.setScheme(QStringLiteral("wss"));
    } else {
        qCWarning(lcNet) << "unsupported server URL:" << httpBase.toDisplayString();
        m_socketUrl = QUrl();
        return;
    }
    url.setPath(url.path() + QStringLiteral("/socket.io/"));
    url.setQuery(QStringLiteral("EIO=4&transport=websocket"));
    m_socketUrl = url;
}

void SocketIoClient::setToken(const QString &token)
{
    m_token = token;
}

void SocketIoClient::open()
{
    if (!m_socketUrl.isValid() || m_socketUrl.isEmpty()) {
        qCWarning(lcNet) << "open() without a valid server URL";
        return;
    }
    m_wanted = true;
    if (!m_clockTimer.isActive()) {
        m_lastWallMs = QDateTime::currentMSecsSinceEpoch();
        m_lastMonoMs = m_clock.elapsed();
        m_clockTimer.start();
    }
    watchNetwork();
    switch (m_state) {
    case State::Connecting:
    case State::Connected:
        return;
    case State::Disconnected:
    case State::Unauthorized:
        m_attempts = 0;
        break;
    case State::WaitingToReconnect:
        break;
    }
    startAttempt();
}

void SocketIoClient::close()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_handshakeTimer.stop();
    m_pingWatchdog.stop();
    m_clockTimer.stop();
    const bool wasConnected = m_state == State::Connected;
    if (m_socket) {
        qCInfo(lcNet) << "closing the realtime link";
        if (wasConnected)
            sendFrame(sio::encodeFrame({sio::PacketType::Disconnect}));
        releaseSocket(wasConnected);
    }
    m_attempts = 0;
    failAllPending(ackerror::Disconnected, QStringLiteral("the client closed the link"));
    if (!setState(State::Disconnected))
        return;
    if (wasConnected)
        Q_EMIT disconnected();
}

void SocketIoClient::reconnectNow()
{
    if (m_state != State::WaitingToReconnect)
        return;
    qCInfo(lcNet) << "reconnecting now, skipping the backoff wait";
    startAttempt();
}

void SocketIoClient::startAttempt()
{
    m_reconnectTimer.stop();
    releaseSocket(false);
    if (!m_wanted)
        return;

    m_socket.reset(new QWebSocket());
    QWebSocket *socket = m_socket.get();
    socket->setMaxAllowedIncomingMessageSize(quint64(MaxIncomingMessage));
    connect(socket, &QWebSocket::textMessageReceived, this, &SocketIoClient::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this] { linkLost(QStringLiteral("the server sent a binary frame")); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        linkLost(socket->error() == QAbstractSocket::UnknownSocketError
                     ? QStringLiteral("the connection closed")
                     : socket->errorString());
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) { linkLost(socket->errorString()); });

    qCDebug(lcNet) << "connecting to" << m_socketUrl.toDisplayString();
    if (!setState(State::Connecting) || m_socket.get() != socket)
        return; // destroyed, or closed, by a receiver
    m_handshakeTimer.start(std::max(1, m_options.handshakeTimeoutMs));
    socket->open(m_socketUrl); // may report an error at once: nothing follows it here
}

void SocketIoClient::onText(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    const auto packet = eio::decode(frame);
    if (!packet) {
        qCWarning(lcNet) << "malformed Engine.IO frame from the server:" << packet.error().message;
        linkLost(packet.error().message);
        return;
    }
    if (!m_engineOpen && packet->type != eio::PacketType::Open) {
        qCWarning(lcNet) << "Engine.IO packet before the handshake:" << char(packet->type);
        linkLost(QStringLiteral("packet before the handshake"));
        return;
    }
    switch (packet->type) {
    case eio::PacketType::Open:
        if (m_engineOpen) {
            qCWarning(lcNet) << "second Engine.IO handshake on one link";
            linkLost(QStringLiteral("second handshake"));
            return;
        }
        onEngineOpen(packet->payload);
        return;
    case eio::PacketType::Ping:
        sendFrame(eio::encode(eio::PacketType::Pong, packet->payload));
        m_pingWatchdog.start(m_pingDeadlineMs);
        return;
    case eio::PacketType::Pong: // Engine.IO 4 clients do not ping
    case eio::PacketType::Noop:
        return;
    case eio::PacketType::Close:
        linkLost(QStringLiteral("the server closed the engine"));
        return;
    case eio::PacketType::Message:
        onSocketIo(packet->payload);
        return;
    case eio::PacketType::Upgrade:
        break;
    }
    qCWarning(lcNet) << "unexpected Engine.IO packet from the server:" << char(packet->type);
    linkLost(QStringLiteral("unexpected Engine.IO packet"));
}

void SocketIoClient::onEngineOpen(const QByteArray &payload)
{
    const auto info = eio::decodeOpen(payload);
    if (!info) {
        qCWarning(lcNet) << "malformed Engine.IO handshake:" << info.error().message;
        linkLost(info.error().message);
        return;
    }
    m_engineOpen = true;
    m_maxPayload = info->maxPayload;
    m_pingDeadlineMs = clampMs(qint64(info->pingIntervalMs) + info->pingTimeoutMs);
    m_pingWatchdog.start(m_pingDeadlineMs);
    // The token travels only here, in the namespace CONNECT; never logged.
    sendFrame(sio::connectFrame(m_token.isEmpty()
                                    ? QJsonValue(QJsonValue::Undefined)
                                    : QJsonValue(QJsonObject{{QStringLiteral("token"), m_token}})));
}

void SocketIoClient::onSocketIo(const QByteArray &payload)
{
    const auto packet = sio::decode(payload);
    if (!packet) {
        qCWarning(lcNet) << "malformed Socket.IO packet from the server:" << packet.error().message;
        linkLost(packet.error().message);
        return;
    }
    if (packet->nsp != QLatin1String("/")) {
        qCWarning(lcNet) << "packet for another namespace ignored:" << packet->nsp;
        return;
    }
    switch (packet->type) {
    case sio::PacketType::Connect: {
        const QString sid = packet->data.toObject().value(QLatin1String("sid")).toString();
        if (sid.isEmpty()) {
            qCWarning(lcNet) << "namespace CONNECT answer without a sid";
            linkLost(QStringLiteral("CONNECT answer without a sid"));
            return;
        }
        if (m_state != State::Connecting)
            return; // a repeated answer: nothing new
        m_handshakeTimer.stop();
        m_attempts = 0;
        qCInfo(lcNet) << "connected to the realtime server";
        if (!setState(State::Connected) || m_state != State::Connected)
            return; // destroyed, or closed, by a receiver
        Q_EMIT connected();
        return;
    }
    case sio::PacketType::Disconnect:
        linkLost(QStringLiteral("the server disconnected the namespace"));
        return;
    case sio::PacketType::ConnectError:
        onConnectError(packet->data);
        return;
    case sio::PacketType::Ack:
        onAck(*packet->ackId, packet->data);
        return;
    case sio::PacketType::Event: {
        if (m_state != State::Connected) {
            qCWarning(lcNet) << "event before CONNECT ignored:" << packet->eventName();
            return;
        }
        const QJsonArray args = packet->eventArgs();
        if (!args.isEmpty() && !args.at(0).isObject()) {
            qCWarning(lcNet) << "event whose payload is not an object ignored:"
                             << packet->eventName();
            return;
        }
        if (packet->ackId)
            qCDebug(lcNet) << "the server asked for an ack the client does not give:"
                           << packet->eventName();
        Q_EMIT eventReceived(packet->eventName(),
                             args.isEmpty() ? QJsonObject() : args.at(0).toObject());
        return;
    }
    case sio::PacketType::BinaryEvent:
    case sio::PacketType::BinaryAck:
        break;
    }
    linkLost(QStringLiteral("unexpected Socket.IO packet"));
}

void SocketIoClient::onAck(qint64 ackId, const QJsonValue &data)
{
    const auto it = m_pending.find(ackId);
    if (it == m_pending.end()) {
        qCDebug(lcNet) << "ack for no pending call (timed out?):" << ackId;
        return;
    }
    PendingAck pending = std::move(it->second);
    m_pending.erase(it);
    restartAckTimer();
    if (pending.context && pending.handler)
        pending.handler(ackResult(data.toArray())); // may destroy the client: nothing after
}

void SocketIoClient::onConnectError(const QJsonValue &data)
{
    const QString message = data.isString()
                                ? data.toString()
                                : data.toObject().value(QLatin1String("message")).toString();
    qCWarning(lcNet) << "the server refused the connection:" << message;
    const bool wasConnected = m_state == State::Connected;
    // No reconnect loop: a new token and open() are needed.
    m_wanted = false;
    m_reconnectTimer.stop();
    m_handshakeTimer.stop();
    m_pingWatchdog.stop();
    m_clockTimer.stop();
    releaseSocket(false);
    failAllPending(ackerror::Disconnected, QStringLiteral("the server refused the connection"));
    if (!setState(State::Unauthorized))
        return;
    QPointer<SocketIoClient> self(this);
    if (wasConnected) {
        Q_EMIT disconnected();
        if (!self)
            return;
    }
    Q_EMIT unauthorized(message);
}

void SocketIoClient::linkLost(const QString &reason)
{
    if (!m_socket)
        return; // this link was already let go
    const bool wasConnected = m_state == State::Connected;
    if (wasConnected)
        qCInfo(lcNet) << "realtime link lost:" << reason;
    else
        qCInfo(lcNet) << "connection attempt failed:" << reason;
    releaseSocket(false);
    m_handshakeTimer.stop();
    m_pingWatchdog.stop();
    failAllPending(ackerror::Disconnected, reason);
    QPointer<SocketIoClient> self(this);
    if (m_wanted)
        scheduleReconnect();
    else
        setState(State::Disconnected);
    if (self && wasConnected)
        Q_EMIT disconnected();
}

void SocketIoClient::releaseSocket(bool graceful)
{
    m_engineOpen = false;
    if (!m_socket)
        return;
    if (!graceful) {
        m_socket.reset();
        return;
    }
    // Let the close frame (and a preceding "41") go out before the socket goes.
    QWebSocket *socket = m_socket.release();
    socket->disconnect(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(2000, socket, &QObject::deleteLater);
    socket->close(QWebSocketProtocol::CloseCodeNormal);
}

void SocketIoClient::scheduleReconnect()
{
    // Capped exponential backoff with jitter: a random delay in [½, 1] of
    // min(cap, base · 2^attempt). For about the first minute of an outage the
    // cap is 2 s, so a server back from a restart (or a network back without
    // the OS saying so) is found within two seconds; after that it grows to
    // reconnectMaxMs, so a long outage costs the server little.
    constexpr qint64 quickCapMs = 2000;
    constexpr int quickAttempts = 40; // ≈ a minute at 1–2 s each
    const int exponent = std::min(m_attempts, 30);
    const qint64 cap =
        m_attempts < quickAttempts
            ? std::min<qint64>(m_options.reconnectMaxMs,
                               std::max<qint64>(quickCapMs, m_options.reconnectBaseMs))
            : qint64(m_options.reconnectMaxMs);
    const qint64 ceiling =
        std::max<qint64>(1, std::min<qint64>(cap, qint64(m_options.reconnectBaseMs) << exponent));
    const qint64 delay = QRandomGenerator::global()->bounded(ceiling / 2, ceiling + 1);
    ++m_attempts;
    qCInfo(lcNet) << "reconnecting in" << delay << "ms, attempt" << m_attempts;
    m_reconnectTimer.start(clampMs(delay));
    setState(State::WaitingToReconnect);
}

bool SocketIoClient::setState(State state)
{
    if (m_state == state)
        return true;
    m_state = state;
    QPointer<SocketIoClient> self(this);
    Q_EMIT stateChanged(state);
    return !self.isNull();
}

void SocketIoClient::sendFrame(const QByteArray &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void SocketIoClient::emitEvent(const QString &name, const QJsonObject &payload)
{
    if (m_state != State::Connected) {
        qCWarning(lcNet) << "not connected: event dropped:" << name;
        return;
    }
    const QByteArray frame = sio::eventFrame(name, payload);
    if (frame.size() > m_maxPayload) {
        qCWarning(lcNet) << "event larger than the server's maxPayload dropped:" << name
                         << frame.size();
        return;
    }
    sendFrame(frame);
}

void SocketIoClient::emitWithAck(const QString &name, const QJsonObject &payload, QObject *context,
                                 AckHandler handler, int timeoutMs)
{
    QObject *guard = context ? context : this;
    if (m_state != State::Connected) {
        postResult(guard, std::move(handler),
                   unexpected(ApiError{ackerror::Offline,
                                       QStringLiteral("not connected to the realtime server")}));
        return;
    }
    const qint64 ackId = m_nextAckId;
    m_nextAckId = m_nextAckId >= sio::MaxAckId ? 0 : m_nextAckId + 1;
    const QByteArray frame = sio::eventFrame(name, payload, ackId);
    if (frame.size() > m_maxPayload) {
        postResult(
            guard, std::move(handler),
            unexpected(ApiError{proto::code::TooLarge,
                                QStringLiteral("the event is larger than the server takes")}));
        return;
    }
    const int timeout = timeoutMs >= 0 ? timeoutMs : m_options.ackTimeoutMs;
    m_pending[ackId] = PendingAck{guard, std::move(handler), m_clock.elapsed() + timeout};
    restartAckTimer();
    sendFrame(frame);
}

void SocketIoClient::postResult(QObject *context, AckHandler handler, AckResult result)
{
    if (!context || !handler)
        return;
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), handler = std::move(handler),
         result = std::move(result)] {
            if (guard)
                handler(result);
        },
        Qt::QueuedConnection);
}

void SocketIoClient::failAllPending(const QString &code, const QString &message)
{
    m_ackTimer.stop();
    std::map<qint64, PendingAck> pending;
    pending.swap(m_pending);
    for (auto &[id, call] : pending)
        postResult(call.context, std::move(call.handler), unexpected(ApiError{code, message}));
}

void SocketIoClient::onAckTimer()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.deadlineMs <= now) {
            qCInfo(lcNet) << "no ack in time for call" << it->first;
            postResult(it->second.context, std::move(it->second.handler),
                       unexpected(ApiError{ackerror::Timeout,
                                           QStringLiteral("the server did not answer in time")}));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    restartAckTimer();
}

void SocketIoClient::restartAckTimer()
{
    if (m_pending.empty()) {
        m_ackTimer.stop();
        return;
    }
    qint64 earliest = m_pending.begin()->second.deadlineMs;
    for (const auto &[id, call] : m_pending)
        earliest = std::min(earliest, call.deadlineMs);
    m_ackTimer.start(clampMs(earliest - m_clock.elapsed()));
}

void SocketIoClient::checkClock()
{
    // The monotonic clock stands still while the machine sleeps; the wall
    // clock does not. A gap between them means a resume (or a clock change).
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    const qint64 mono = m_clock.elapsed();
    const qint64 jump = (wall - m_lastWallMs) - (mono - m_lastMonoMs);
    m_lastWallMs = wall;
    m_lastMonoMs = mono;
    if (std::abs(jump) > ClockJumpMs) {
        qCInfo(lcNet) << "wall clock jumped by" << jump << "ms (machine resumed?)";
        onResumed();
    }
}

void SocketIoClient::onResumed()
{
    // A link that was up before a sleep is most likely dead (the server gave
    // up on its pings), and the ping watchdog, on the monotonic clock, would
    // take up to pingInterval + pingTimeout to notice: start over at once.
    QPointer<SocketIoClient> self(this);
    if (m_state == State::Connected)
        linkLost(QStringLiteral("the machine resumed"));
    if (self)
        reconnectNow();
}

void SocketIoClient::watchNetwork()
{
    if (!m_options.watchNetwork || m_networkWatched)
        return;
    m_networkWatched = true;
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCDebug(lcNet) << "no network information backend: reachability not watched";
        return;
    }
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Disconnected ||
                    reachability == QNetworkInformation::Reachability::Unknown)
                    return;
                qCInfo(lcNet) << "network reachable again:" << reachability;
                reconnectNow();
            });
}

} // namespace kora::net
