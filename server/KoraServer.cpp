#include "KoraServer.h"

#include "AdminApi.h"
#include "AttachmentService.h"
#include "BenchApi.h"
#include "ChatService.h"
#include "ClusterBus.h"
#include "ClusterNode.h"
#include "Database.h"
#include "DemoSeeder.h"
#include "GroupApi.h"
#include "HttpFront.h"
#include "HttpGuard.h"
#include "HttpRouter.h"
#include "MessageSearch.h"
#include "Metrics.h"
#include "Migrations.h"
#include "Presence.h"
#include "ReactionService.h"
#include "RealtimeHub.h"
#include "RestApi.h"
#include "Secrets.h"
#include "ServerLogging.h"
#include "Sessions.h"
#include "SystemMessages.h"
#include "TokenService.h"
#include "TrustApi.h"

#include "protocol/Json.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace kora::server {

KoraServer::KoraServer(const ServerConfig &config)
    : m_config(config)
{}

KoraServer::~KoraServer()
{
    // Sessions and sockets go before the services they call.
    // (bind() makes the HTTP server the parent of the listening socket.)
    delete m_hub;
    delete m_http;
    delete m_rest;
    delete m_admin;
    delete m_system;
    delete m_trust;
    delete m_attachments;
    delete m_reactions;
    m_search.reset();
    delete m_chat;
    m_node.reset(); // leaves the cluster while the database is still open
}

const QString &KoraServer::nodeId() const
{
    return m_bus->nodeId();
}

Expected<std::unique_ptr<KoraServer>, QString> KoraServer::create(const ServerConfig &config)
{
    if (!QDir().mkpath(config.dataDir))
        return unexpected(QStringLiteral("cannot create the data dir %1").arg(config.dataDir));
    // Owner only, also when it was made by someone else's hand (kora-server's
    // umask keeps what it creates inside private too).
    QFile::setPermissions(config.dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto secrets = loadOrCreateSecrets(config.dataDir, {config.jwtSecret, config.serviceKey});
    if (!secrets)
        return unexpected(secrets.error());

    std::unique_ptr<KoraServer> s(new KoraServer(config));
    const QString sqlitePath = QDir(config.dataDir).filePath(QStringLiteral("kora.sqlite3"));
    if (config.databaseUrl.isEmpty()) {
        // Processes on one SQLite file could not tell each other of changes.
        s->m_sqliteLock = std::make_unique<QLockFile>(sqlitePath + QStringLiteral(".lock"));
        s->m_sqliteLock->setStaleLockTime(0); // only a dead process's lock is stale
        if (!s->m_sqliteLock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            s->m_sqliteLock->getLockInfo(&pid, &host, &app);
            return unexpected(
                QStringLiteral("another kora-server (pid %1) is using %2; one SQLite database "
                               "serves one server process. To run several processes, give them "
                               "one PostgreSQL database (--database postgres://...).")
                    .arg(pid)
                    .arg(sqlitePath));
        }
    } else if (config.jwtSecret.isEmpty()) {
        qCWarning(lcServer) << "no KORA_JWT_SECRET given: this process signs tokens with the "
                               "secret in its data dir; several processes need one shared secret";
    }
    auto db = Database::open({sqlitePath, config.databaseUrl, config.sqliteFullSync});
    if (!db)
        return unexpected(db.error());
    s->m_db = std::move(*db);
    if (const auto version = migrate(*s->m_db); !version)
        return unexpected(version.error());

    s->m_presence = std::make_unique<Presence>();
    s->m_bus = std::make_unique<ClusterBus>(*s->m_db, proto::newUuid(), config.clusterCheckMs);
    if (auto listening = s->m_bus->start(); !listening)
        return unexpected(listening.error());
    s->m_node = std::make_unique<ClusterNode>(*s->m_db, *s->m_bus, *s->m_presence,
                                              config.nodeHeartbeatMs, config.nodeTimeoutMs);
    if (auto started = s->m_node->start(); !started)
        return unexpected(started.error());
    s->m_metrics = std::make_unique<Metrics>();
    s->m_tokens = std::make_unique<TokenService>(secrets->jwtSecret.toUtf8());
    s->m_router = std::make_unique<HttpRouter>();
    s->m_chat =
        new ChatService(*s->m_db, *s->m_bus, *s->m_presence, {config.maxBodyCodePoints},
                        config.messageLimitPer10s, config.conversationLimitPerHour, s.get());
    s->m_chat->setContactGuard(config.contactGuard);
    s->m_reactions = new ReactionService(*s->m_db, *s->m_chat, config.reactionLimitPer10s, s.get());
    s->m_search = std::make_unique<MessageSearch>(*s->m_db, *s->m_chat);
    // Attachment bytes: in the database on PostgreSQL, in <data dir>/attachments
    // on SQLite, or in the --attachments-dir every process mounts.
    s->m_attachments = new AttachmentService(
        *s->m_db,
        AttachmentStore({config.maxImageBytes, config.maxImagePixels, config.maxFileBytes, 320}),
        makeBlobStore(*s->m_db, config.attachmentsDir, config.dataDir),
        UploadQuota{config.uploadLimitPerMinute, qint64(config.maxUnsentUploadMbPerDay) << 20},
        s.get());
    s->m_rest = new RestApi(
        *s->m_chat, *s->m_attachments, *s->m_reactions, *s->m_search, *s->m_tokens, *s->m_metrics,
        {config.loginLimitPerMinute, config.tokenTtlHours, QCoreApplication::applicationVersion(),
         config.userSearchLimitPerMinute, config.searchLimitPerMinute},
        s.get());
    s->m_rest->registerRoutes(*s->m_router);
    // Support mode and system messages (AdminApi, SystemMessages).
    s->m_admin = new AdminApi(*s->m_db, *s->m_chat, s.get());
    s->m_admin->registerRoutes(*s->m_router);
    s->m_system = new SystemMessages(*s->m_db, *s->m_chat, secrets->serviceKey, s.get());
    s->m_system->registerRoutes(*s->m_router);
    // Archiving, and a group's title and people.
    s->m_groups =
        new GroupApi(*s->m_db, *s->m_chat, *s->m_system, config.conversationLimitPerHour, s.get());
    s->m_groups->registerRoutes(*s->m_router);
    // Blocks and reports (protocol 7.4).
    s->m_trust = new TrustApi(*s->m_db, *s->m_chat, config.reportLimitPerHour, s.get());
    s->m_trust->registerRoutes(*s->m_router);
    s->m_hub = new RealtimeHub(
        *s->m_chat, *s->m_reactions, *s->m_tokens, *s->m_presence, *s->m_node, *s->m_metrics,
        {config.pingIntervalMs, config.pingTimeoutMs, config.connectTimeoutMs, config.maxPayload,
         config.eventLimitPer10s},
        s.get());

    // Sign out everywhere: token versions, checked from memory.
    s->m_sessions = new Sessions(
        *s->m_db, *s->m_tokens, *s->m_hub, *s->m_bus,
        [system = s->m_system](const QByteArray &key) { return system->keyMatches(key); }, s.get());
    if (const auto loaded = s->m_sessions->load(); !loaded)
        return unexpected(QStringLiteral("cannot read token versions: %1").arg(loaded.error()));
    s->m_sessions->registerRoutes(*s->m_router);

    s->m_hub->setSupportViewCheck([admin = s->m_admin](const QString &actor, const QString &id) {
        const auto viewed = admin->audit().hasViewed(actor, id);
        return viewed && *viewed;
    });

    if (config.demo) {
        if (const auto seeded = seedDemo(*s->m_db, *s->m_chat); !seeded)
            return unexpected(QStringLiteral("cannot seed demo data: %1").arg(seeded.error()));
    }
    if (config.benchUsers > 0) {
        auto seeded = seedBenchUsers(*s->m_db, config.benchUsers);
        if (!seeded)
            return unexpected(QStringLiteral("cannot seed bench users: %1").arg(seeded.error()));
        // The bench-only token route exists under --bench-users and nowhere else.
        s->m_bench =
            std::make_unique<BenchApi>(*s->m_tokens, std::move(*seeded), config.tokenTtlHours);
        s->m_bench->registerRoutes(*s->m_router);
    }
    return s;
}

Expected<quint16, QString> KoraServer::listen()
{
    HttpGuardLimits limits;
    limits.maxJsonBody = m_config.maxJsonBody;
    limits.maxUploadBody = qMax(m_config.maxFileBytes, m_config.maxImageBytes);
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.bodyTimeoutMs = m_config.bodyTimeoutMs;
    limits.maxConnections = m_config.maxConnections;
    limits.maxConnectionsPerAddress = m_config.maxConnectionsPerAddress;
    m_tcp = new GuardedTcpServer(limits, this);
    m_tcp->setUploadTokenCheck([tokens = m_tokens.get()](const QByteArray &authorization) {
        return authorization.startsWith("Bearer ") &&
               tokens
                   ->verify(QString::fromLatin1(authorization.mid(7).trimmed()),
                            QDateTime::currentDateTimeUtc())
                   .hasValue();
    });
    if (!m_tcp->listen(m_config.bind, m_config.port))
        return unexpected(QStringLiteral("cannot listen on %1:%2: %3")
                              .arg(m_config.bind.toString())
                              .arg(m_config.port)
                              .arg(m_tcp->errorString()));
    m_port = m_tcp->serverPort();
    m_http = new HttpFront(*m_router, *m_tokens, *m_metrics, this);
    m_http->bind(m_tcp);
    connect(m_http, &HttpFront::newWebSocketConnection, this, [this] {
        while (m_http->hasPendingWebSocketConnections())
            m_hub->adopt(m_http->nextPendingWebSocketConnection());
    });
    return m_port;
}

QUrl KoraServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.bind.toString());
    url.setPort(m_port);
    return url;
}

} // namespace kora::server
