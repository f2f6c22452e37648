#pragma once

#include "ServerConfig.h"

#include <QLockFile>
#include <QObject>
#include <QUrl>

#include <memory>

namespace kora::server {

class AdminApi;
class AttachmentService;
class BenchApi;
class ChatService;
class ClusterBus;
class ClusterNode;
class Database;
class GuardedTcpServer;
class HttpFront;
class HttpRouter;
class MessageSearch;
class Metrics;
class Presence;
class ReactionService;
class RealtimeHub;
class RestApi;
class Sessions;
class SystemMessages;
class TokenService;
class TrustApi;
class GroupApi;

// The whole server, composed: storage, rules, REST, realtime, on one port.
class KoraServer : public QObject
{
    Q_OBJECT
public:
    static Expected<std::unique_ptr<KoraServer>, QString> create(const ServerConfig &config);
    ~KoraServer() override;

    // Listens on the configured address and port (0 picks one); the port bound.
    Expected<quint16, QString> listen();
    QUrl url() const;
    ChatService &chat() { return *m_chat; }
    AttachmentService &attachments() { return *m_attachments; }
    RealtimeHub &hub() { return *m_hub; }
    ClusterBus &bus() { return *m_bus; }
    const QString &nodeId() const;

private:
    explicit KoraServer(const ServerConfig &config);

    ServerConfig m_config;
    quint16 m_port = 0;
    std::unique_ptr<QLockFile> m_sqliteLock; // SQLite: this process alone on the file
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Presence> m_presence;
    std::unique_ptr<ClusterBus> m_bus;
    std::unique_ptr<ClusterNode> m_node;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<HttpRouter> m_router;
    std::unique_ptr<BenchApi> m_bench; // --bench-users only
    ChatService *m_chat = nullptr;     // children of this
    AttachmentService *m_attachments = nullptr;
    ReactionService *m_reactions = nullptr;
    std::unique_ptr<MessageSearch> m_search;
    RestApi *m_rest = nullptr;
    AdminApi *m_admin = nullptr;
    SystemMessages *m_system = nullptr;
    TrustApi *m_trust = nullptr;
    GroupApi *m_groups = nullptr;
    RealtimeHub *m_hub = nullptr;
    Sessions *m_sessions = nullptr;
    GuardedTcpServer *m_tcp = nullptr;
    HttpFront *m_http = nullptr;
};

} // namespace kora::server
