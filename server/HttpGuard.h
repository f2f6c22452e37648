#pragma once

#include <QByteArray>
#include <QHash>
#include <QTcpServer>

#include <functional>
#include <memory>

namespace kora::server {

struct HttpGuardLimits
{
    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxJsonBody = 256 * 1024;
    qint64 maxUploadBody = 26 * 1024 * 1024; // /api/v1/attachments
    int idleTimeoutMs = 60'000;
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 120'000; // a whole body, however slowly it trickles
    int maxConnections = 19'000; // this machine allows 20,000 open files
    int maxConnectionsPerAddress = 10'000;
    qint64 maxBodyBytesInFlight = 256 * 1024 * 1024;
    qint64 maxBodyBytesInFlightPerAddress = 64 * 1024 * 1024;
    int retryAfterSeconds = 5; // with every 503
};

// The listening socket in front of QtHttpServer, which (in Qt 6.4) buffers any
// request body whole and never times a connection out. Each accepted socket
// gets a RequestFramer that sees the bytes before the HTTP server does and:
// - refuses headers over maxHeaderBytes (431) or not complete in
//   headerTimeoutMs (408), bodies declared over the limit for their path (413,
//   before the body is read), and chunked bodies (411);
// - closes connections idle for idleTimeoutMs, and refuses bodies not
//   complete in bodyTimeoutMs (408);
// - checks the bearer token of an upload from its headers (401) before any
//   of its body is read;
// - caps connections and declared body bytes in flight, per address and
//   overall: past a cap, 503 with Retry-After;
// - judges every request on a connection, and steps aside only for a real
//   websocket handshake (GET on /socket.io/ with Upgrade, Connection,
//   Sec-WebSocket-Key and version 13, no body); pings then keep that link honest.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(HttpGuardLimits limits, QObject *parent = nullptr);

    // Says whether an Authorization header value carries a valid token; used
    // for uploads before their body is read. Unset: uploads are not checked here.
    using TokenCheck = std::function<bool(const QByteArray &authorization)>;
    void setUploadTokenCheck(TokenCheck check) { m_tokenCheck = std::move(check); }

    const TokenCheck &tokenCheck() const { return m_tokenCheck; }

    // Connections and declared body bytes in flight, per address and overall.
    // Shared with each connection's framer, which may outlive this object's
    // members while Qt tears the children down.
    struct Accounts
    {
        explicit Accounts(const HttpGuardLimits &limits)
            : limits(limits)
        {}
        bool mayConnect(const QString &address) const;
        void connected(const QString &address);
        void disconnected(const QString &address);
        // Reserves `bytes` of body for `address`; false past a cap.
        bool reserveBody(const QString &address, qint64 bytes);
        void releaseBody(const QString &address, qint64 bytes);

        HttpGuardLimits limits;
        int connections = 0;
        QHash<QString, int> connectionsByAddress;
        qint64 bodyBytes = 0;
        QHash<QString, qint64> bodyBytesByAddress;
    };

Q_SIGNALS:
    void requestRefused(int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpGuardLimits m_limits;
    TokenCheck m_tokenCheck;
    std::shared_ptr<Accounts> m_accounts;
};

} // namespace kora::server
