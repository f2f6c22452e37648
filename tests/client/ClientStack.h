#pragma once

#include "ApiClient.h"
#include "Cache.h"
#include "Outbox.h"
#include "SocketIoClient.h"
#include "SyncEngine.h"

#include <QNetworkAccessManager>

#include <memory>

// Socket options for tests: no OS network watcher, quick reconnects.
kora::net::SocketIoClient::Options quietSocketOptions();

// The client core as the app composes it: cache, REST, realtime, outbox and
// sync engine for one signed-in user, against a server URL.
struct ClientStack
{
    ClientStack(const QUrl &server, const QString &token, const QString &userId,
                const QString &cachePath, kora::net::SocketIoClient::Options socketOptions = {});
    // For a user signed in on a test server (anything with token and userId,
    // e.g. ServerFixture::Login), with quietSocketOptions() unless told otherwise.
    template<class SignedIn>
    ClientStack(const QUrl &server, const SignedIn &user, const QString &cachePath,
                kora::net::SocketIoClient::Options socketOptions = quietSocketOptions())
        : ClientStack(server, user.token, user.userId, cachePath, socketOptions)
    {}

    // A new token for REST and realtime alike, as signing in again gives.
    void setToken(const QString &token);

    QNetworkAccessManager network;
    kora::net::ApiClient api{&network};
    kora::net::SocketIoClient socket;
    std::unique_ptr<kora::models::Cache> cache;
    std::unique_ptr<kora::models::Outbox> outbox;
    std::unique_ptr<kora::models::SyncEngine> sync;
    QString error;
};
