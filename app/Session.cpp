#include "Session.h"

#include "Cache.h"
#include "ClientSession.h"
#include "Outbox.h"
#include "SyncEngine.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace kora::app {

Session::Session(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

// Members are destroyed in reverse order: services, session layer, sync, outbox, cache,
// then the clients they use.
Session::~Session() = default;

QString Session::cachePathFor(const QUrl &server, const QString &userId, const QString &profile)
{
    const QString path = models::Cache::defaultPath(server, userId);
    if (profile.isEmpty())
        return path;
    const QDir base(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    return base.filePath(
        QStringLiteral("profiles/%1/%2").arg(profile, base.relativeFilePath(path)));
}

Expected<std::unique_ptr<Session>, QString> Session::create(Config config, QObject *parent)
{
    if (config.cachePath.isEmpty())
        config.cachePath = cachePathFor(config.server, config.user.id, {});
    QDir().mkpath(QFileInfo(config.cachePath).absolutePath());

    std::unique_ptr<Session> s(new Session(std::move(config), parent));
    auto opened = models::Cache::open(s->m_config.cachePath);
    if (!opened)
        return unexpected(opened.error());
    s->m_cache = std::move(*opened);
    if (auto set = s->m_cache->setValue(QStringLiteral("userId"), s->m_config.user.id); !set)
        return unexpected(set.error());

    s->m_network = std::make_unique<QNetworkAccessManager>();
    s->m_api = std::make_unique<net::ApiClient>(s->m_network.get());
    s->m_api->setBaseUrl(s->m_config.server);
    s->m_api->setToken(s->m_config.token);
    s->m_socket = std::make_unique<net::SocketIoClient>(s->m_config.socketOptions);
    s->m_socket->setServerUrl(s->m_config.server);
    s->m_socket->setToken(s->m_config.token);
    s->m_outbox = std::make_unique<models::Outbox>(*s->m_cache, *s->m_socket, s->m_config.user.id,
                                                   models::Outbox::Options{});
    s->m_outbox->setApiClient(s->m_api.get());
    s->m_sync = std::make_unique<models::SyncEngine>(*s->m_cache, *s->m_api, *s->m_socket,
                                                     s->m_config.user.id);
    s->m_client = std::make_unique<models::ClientSession>(*s->m_cache, *s->m_outbox, *s->m_api,
                                                          *s->m_socket, s->m_config.user.id);
    s->m_services.reset(new ui::Services{*s->m_cache, *s->m_outbox, *s->m_sync, *s->m_client,
                                         s->m_config.user.id, s->m_config.user.name,
                                         s->m_config.user.role == QLatin1String("support")});
    connect(s->m_client.get(), &models::ClientSession::signedOut, s.get(), &Session::signedOut);
    return Expected<std::unique_ptr<Session>, QString>(std::move(s));
}

void Session::start()
{
    m_client->start();
}

void Session::stop()
{
    m_client->stop();
}

void Session::setToken(const QString &token)
{
    m_config.token = token;
    m_client->setToken(token);
}

bool Session::isSignedOut() const
{
    return m_client->isSignedOut();
}

} // namespace kora::app
