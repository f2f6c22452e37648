#include "HttpGuard.h"

#include "RequestHead.h"
#include "ServerLogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace kora::server {
namespace {

// A whole HTTP answer for a request the guard refuses, with a JSON error.
QByteArray refusal(int status, const QString &message, int retryAfterSeconds)
{
    const QString code = status == 413   ? QStringLiteral("too_large")
                         : status == 401 ? QStringLiteral("unauthorized")
                         : status == 503 ? QStringLiteral("rate_limited")
                                         : QStringLiteral("invalid");
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    QByteArray extra;
    if (status == 503) {
        error.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
        extra = "Retry-After: " + QByteArray::number(retryAfterSeconds) + "\r\n";
    }
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    const QByteArray reason = status == 413   ? "Payload Too Large"
                              : status == 431 ? "Request Header Fields Too Large"
                              : status == 411 ? "Length Required"
                              : status == 408 ? "Request Timeout"
                              : status == 401 ? "Unauthorized"
                              : status == 503 ? "Service Unavailable"
                                              : "Bad Request";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

class RequestFramer : public QObject
{
public:
    RequestFramer(QTcpSocket *socket, const HttpGuardLimits &limits, GuardedTcpServer *server,
                  std::shared_ptr<GuardedTcpServer::Accounts> accounts)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_server(server)
        , m_accounts(std::move(accounts))
        , m_address(socket->peerAddress().toString())
    {
        m_body.setSingleShot(true);
        m_body.setInterval(limits.bodyTimeoutMs);
        connect(&m_body, &QTimer::timeout, this,
                [this] { refuse(408, QStringLiteral("the request body took too long")); });
        m_idle.setSingleShot(true);
        m_idle.setInterval(limits.idleTimeoutMs);
        m_header.setSingleShot(true);
        m_header.setInterval(limits.headerTimeoutMs);
        connect(&m_idle, &QTimer::timeout, socket, [socket] {
            qCDebug(lcServer) << "closing idle connection";
            socket->abort();
        });
        connect(&m_header, &QTimer::timeout, this,
                [this] { refuse(408, QStringLiteral("the request headers took too long")); });
        connect(socket, &QTcpSocket::readyRead, this, &RequestFramer::inspect);
        connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_idle.start(); });
        m_idle.start();
    }

    ~RequestFramer() override { releaseReserved(); }

private:
    void releaseReserved()
    {
        if (m_reserved > 0)
            m_accounts->releaseBody(m_address, m_reserved);
        m_reserved = 0;
    }

    void inspect()
    {
        m_idle.start();
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        while (!fresh.isEmpty() && !m_done) {
            if (m_remainingBody > 0) {
                const qint64 take = qMin<qint64>(m_remainingBody, fresh.size());
                m_remainingBody -= take;
                fresh.remove(0, take);
                if (m_remainingBody == 0) {
                    m_body.stop();
                    releaseReserved();
                }
                continue;
            }
            if (m_head.isEmpty())
                m_header.start();
            m_head.append(fresh);
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, QStringLiteral("the request headers are too large"));
                return;
            }
            const qsizetype headerLength = end + 4;
            if (headerLength > m_limits.maxHeaderBytes) {
                refuse(431, QStringLiteral("the request headers are too large"));
                return;
            }
            m_header.stop();
            const QByteArray head = m_head.left(headerLength);
            fresh = m_head.mid(headerLength);
            m_head.clear();
            judge(head);
        }
    }

    void judge(const QByteArray &bytes)
    {
        const auto parsed = parseRequestHead(bytes);
        if (!parsed) {
            refuse(parsed.error().status, parsed.error().message);
            return;
        }
        const RequestHead &head = *parsed;
        if (head.webSocketHandshake) {
            // The websocket layer takes over: no HTTP idle limit for it.
            m_done = true;
            m_idle.stop();
            deleteLater();
            return;
        }
        if (head.chunked) {
            refuse(411, QStringLiteral("send a Content-Length; chunked bodies are not accepted"));
            return;
        }
        const qint64 limit = head.path.startsWith("/api/v1/attachments") ? m_limits.maxUploadBody
                                                                         : m_limits.maxJsonBody;
        if (head.contentLength > limit) {
            refuse(413, QStringLiteral("the request body is larger than %1 bytes").arg(limit));
            return;
        }
        // An upload's token is checked before a byte of its body is read:
        // without one, a stalled upload would hold its memory for nothing.
        if (head.method == "POST" && head.route.startsWith("/api/v1/attachments") &&
            m_server->tokenCheck() && !m_server->tokenCheck()(head.authorization)) {
            refuse(401, QStringLiteral("the token is expired or not valid"));
            return;
        }
        if (head.contentLength > 0) {
            if (!m_accounts->reserveBody(m_address, head.contentLength)) {
                refuse(503, QStringLiteral("too many request bodies in flight; try again shortly"));
                return;
            }
            m_reserved = head.contentLength;
            m_body.start();
        }
        m_remainingBody = head.contentLength;
    }

    // Answers with a JSON error, stops the HTTP server from reading this
    // socket, and closes it gently: half-close, drain, then drop.
    void refuse(int status, const QString &message)
    {
        if (m_done)
            return;
        m_done = true;
        m_header.stop();
        m_body.stop();
        releaseReserved();
        Q_EMIT m_server->requestRefused(status);
        qCInfo(lcServer) << "refused request:" << status << message
                         << m_socket->peerAddress().toString();
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_socket->write(refusal(status, message, m_limits.retryAfterSeconds));
        m_socket->flush();
#ifdef Q_OS_WIN
        ::shutdown(SOCKET(m_socket->socketDescriptor()), SD_SEND);
#else
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
#endif
        // We own the reading now: end the HTTP server's read transaction so
        // drained bytes are freed rather than kept for a rollback.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        connect(m_socket, &QTcpSocket::readyRead, this,
                [this] { m_socket->skip(m_socket->bytesAvailable()); });
        m_socket->skip(m_socket->bytesAvailable());
        m_idle.setInterval(5000); // drain for at most 5 s, then drop
        m_idle.start();
    }

    QTcpSocket *m_socket;
    HttpGuardLimits m_limits;
    GuardedTcpServer *m_server;
    std::shared_ptr<GuardedTcpServer::Accounts> m_accounts;
    QString m_address;
    qint64 m_reserved = 0; // body bytes counted against the caps
    QTimer m_idle;
    QTimer m_header;
    QTimer m_body;
    QByteArray m_head;
    qint64 m_remainingBody = 0;
    bool m_done = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(HttpGuardLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_accounts(std::make_shared<Accounts>(limits))
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QString address = socket->peerAddress().toString();
    if (!m_accounts->mayConnect(address)) {
        // Answered here, never handed to the HTTP server.
        Q_EMIT requestRefused(503);
        qCInfo(lcServer) << "refused connection: too many open, from" << address << "or overall";
        socket->write(refusal(503, QStringLiteral("too many connections; try again shortly"),
                              m_limits.retryAfterSeconds));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, &QObject::deleteLater);
        return;
    }
    m_accounts->connected(address);
    connect(socket, &QObject::destroyed,
            [accounts = m_accounts, address] { accounts->disconnected(address); });
    new RequestFramer(socket, m_limits, this, m_accounts);
    addPendingConnection(socket);
}

bool GuardedTcpServer::Accounts::mayConnect(const QString &address) const
{
    return connections < limits.maxConnections &&
           connectionsByAddress.value(address) < limits.maxConnectionsPerAddress;
}

void GuardedTcpServer::Accounts::connected(const QString &address)
{
    ++connections;
    ++connectionsByAddress[address];
}

void GuardedTcpServer::Accounts::disconnected(const QString &address)
{
    --connections;
    auto it = connectionsByAddress.find(address);
    if (it != connectionsByAddress.end() && --*it <= 0)
        connectionsByAddress.erase(it);
}

bool GuardedTcpServer::Accounts::reserveBody(const QString &address, qint64 bytes)
{
    const qint64 mine = bodyBytesByAddress.value(address);
    if (bodyBytes + bytes > limits.maxBodyBytesInFlight ||
        mine + bytes > limits.maxBodyBytesInFlightPerAddress)
        return false;
    bodyBytesByAddress[address] = mine + bytes;
    bodyBytes += bytes;
    return true;
}

void GuardedTcpServer::Accounts::releaseBody(const QString &address, qint64 bytes)
{
    bodyBytes -= bytes;
    auto it = bodyBytesByAddress.find(address);
    if (it != bodyBytesByAddress.end() && (*it -= bytes) <= 0)
        bodyBytesByAddress.erase(it);
}

} // namespace kora::server
