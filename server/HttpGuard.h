#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace kora::server {

struct HttpGuardLimits
{
    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxJsonBody = 256 * 1024;
    qint64 maxUploadBody = 26 * 1024 * 1024; // /api/v1/attachments
    int idleTimeoutMs = 60'000;
    int headerTimeoutMs = 10'000;
};

// The listening socket in front of QtHttpServer, which (in Qt 6.4) buffers any
// request body whole and never times a connection out. Each accepted socket
// gets a RequestFramer that sees the bytes before the HTTP server does and:
// - refuses headers over maxHeaderBytes (431) or not complete in
//   headerTimeoutMs (408), bodies declared over the limit for their path (413,
//   before the body is read), and chunked bodies (411);
// - closes connections idle for idleTimeoutMs;
// - judges every request on a connection, and steps aside only for a real
//   websocket handshake (GET on /socket.io/ with Upgrade, Connection,
//   Sec-WebSocket-Key and version 13, no body); pings then keep that link honest.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(HttpGuardLimits limits, QObject *parent = nullptr);

Q_SIGNALS:
    void requestRefused(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpGuardLimits m_limits;
};

} // namespace kora::server
