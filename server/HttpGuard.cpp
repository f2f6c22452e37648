#include "HttpGuard.h"

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

class RequestFramer : public QObject
{
public:
    RequestFramer(QTcpSocket *socket, const HttpGuardLimits &limits, GuardedTcpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
        , m_server(server)
    {
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

private:
    void inspect()
    {
        m_idle.start();
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        while (!fresh.isEmpty() && !m_done) {
            if (m_remainingBody > 0) {
                const qint64 take = qMin<qint64>(m_remainingBody, fresh.size());
                m_remainingBody -= take;
                fresh.remove(0, take);
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

    void judge(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        qint64 contentLength = 0;
        bool chunked = false;
        bool upgradeWebSocket = false;
        bool connectionUpgrade = false;
        bool hasKey = false;
        bool version13 = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    refuse(400, QStringLiteral("Content-Length is not a number"));
                    return;
                }
            } else if (name == "transfer-encoding") {
                chunked = true;
            } else if (name == "upgrade") {
                upgradeWebSocket = value.toLower() == "websocket";
            } else if (name == "connection") {
                connectionUpgrade = value.toLower().contains("upgrade");
            } else if (name == "sec-websocket-key") {
                hasKey = !value.isEmpty();
            } else if (name == "sec-websocket-version") {
                version13 = value == "13";
            }
        }
        // Only a complete websocket handshake on the realtime path, with no
        // body, is an upgrade. Anything else (an Upgrade header on the login
        // route, say) is an ordinary request and is judged like one.
        const QByteArray route = path.left(path.indexOf('?'));
        const bool upgrade = upgradeWebSocket && connectionUpgrade && hasKey && version13 &&
                             method == "GET" && contentLength == 0 && !chunked &&
                             (route == "/socket.io/" || route == "/socket.io");
        if (upgrade) {
            // The websocket layer takes over: no HTTP idle limit for it.
            m_done = true;
            m_idle.stop();
            deleteLater();
            return;
        }
        if (chunked) {
            refuse(411, QStringLiteral("send a Content-Length; chunked bodies are not accepted"));
            return;
        }
        const qint64 limit =
            path.startsWith("/api/v1/attachments") ? m_limits.maxUploadBody : m_limits.maxJsonBody;
        if (contentLength > limit) {
            refuse(413, QStringLiteral("the request body is larger than %1 bytes").arg(limit));
            return;
        }
        m_remainingBody = contentLength;
    }

    // Answers with a JSON error, stops the HTTP server from reading this
    // socket, and closes it gently: half-close, drain, then drop.
    void refuse(int status, const QString &message)
    {
        if (m_done)
            return;
        m_done = true;
        m_header.stop();
        Q_EMIT m_server->requestRefused(status);
        qCInfo(lcServer) << "refused request:" << status << message
                         << m_socket->peerAddress().toString();
        const QString code =
            status == 413 ? QStringLiteral("too_large") : QStringLiteral("invalid");
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), code},
                                                   {QStringLiteral("message"), message}}}})
                .toJson(QJsonDocument::Compact);
        const QByteArray reason = status == 413   ? "Payload Too Large"
                                  : status == 431 ? "Request Header Fields Too Large"
                                  : status == 411 ? "Length Required"
                                  : status == 408 ? "Request Timeout"
                                                  : "Bad Request";
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        m_socket->write(
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
            "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
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
    QTimer m_idle;
    QTimer m_header;
    QByteArray m_head;
    qint64 m_remainingBody = 0;
    bool m_done = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(HttpGuardLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestFramer(socket, m_limits, this);
    addPendingConnection(socket);
}

} // namespace kora::server
