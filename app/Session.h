#pragma once

#include "ApiClient.h"
#include "Expected.h"
#include "SocketIoClient.h"
#include "UiServices.h"
#include "protocol/User.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <memory>

namespace kora::models {
class Cache;
class ClientSession;
class Outbox;
class SyncEngine;
} // namespace kora::models

namespace kora::app {

// The composition for one signed-in account: network manager, REST and
// realtime clients, the cache, the outbox, the sync engine, the session layer
// (models::ClientSession) and the ui::Services the widgets are built with. Owns them all; the
// widgets made with services() must be destroyed before the session.
class Session : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl server;
        QString token;
        proto::User user;
        QString cachePath; // empty: cachePathFor(server, user.id, {})
        net::SocketIoClient::Options socketOptions;
    };

    static Expected<std::unique_ptr<Session>, QString> create(Config config,
                                                              QObject *parent = nullptr);
    ~Session() override;

    // Cache::defaultPath, moved under profiles/<profile>/ for a named profile.
    static QString cachePathFor(const QUrl &server, const QString &userId, const QString &profile);

    // Connects and keeps connected (the sync engine syncs on every connect).
    void start();
    void stop();
    // A fresh token after signing in again: the outbox and cache stay as they are.
    void setToken(const QString &token);
    bool isSignedOut() const;

    const ui::Services &services() const { return *m_services; }
    const proto::User &user() const { return m_config.user; }
    QUrl server() const { return m_config.server; }
    QString token() const { return m_config.token; }
    net::ApiClient &api() { return *m_api; }
    net::SocketIoClient &socket() { return *m_socket; }
    models::Cache &cache() { return *m_cache; }
    models::Outbox &outbox() { return *m_outbox; }
    models::SyncEngine &sync() { return *m_sync; }
    models::ClientSession &clientSession() { return *m_client; }

Q_SIGNALS:
    // The server refused the token (expired or revoked). Nothing queued is
    // lost; sign in again and setToken().
    void signedOut(const QString &reason);

private:
    explicit Session(Config config, QObject *parent);

    Config m_config;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<net::SocketIoClient> m_socket;
    std::unique_ptr<models::Cache> m_cache;
    std::unique_ptr<models::Outbox> m_outbox;
    std::unique_ptr<models::SyncEngine> m_sync;
    std::unique_ptr<models::ClientSession> m_client;
    std::unique_ptr<ui::Services> m_services;
};

} // namespace kora::app
