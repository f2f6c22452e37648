#include "ClientStack.h"

kora::net::SocketIoClient::Options quietSocketOptions()
{
    kora::net::SocketIoClient::Options options;
    options.watchNetwork = false;
    options.reconnectBaseMs = 50;
    options.reconnectMaxMs = 300;
    return options;
}

ClientStack::ClientStack(const QUrl &server, const QString &token, const QString &userId,
                         const QString &cachePath, kora::net::SocketIoClient::Options socketOptions)
    : socket(socketOptions)
{
    auto opened = kora::models::Cache::open(cachePath);
    if (!opened) {
        error = opened.error();
        return;
    }
    cache = std::move(*opened);
    if (auto set = cache->setValue(QStringLiteral("userId"), userId); !set)
        error = set.error();
    api.setBaseUrl(server);
    api.setToken(token);
    socket.setServerUrl(server);
    socket.setToken(token);
    outbox = std::make_unique<kora::models::Outbox>(*cache, socket, userId,
                                                    kora::models::Outbox::Options{});
    outbox->setApiClient(&api);
    sync = std::make_unique<kora::models::SyncEngine>(*cache, api, socket, userId);
}

void ClientStack::setToken(const QString &token)
{
    api.setToken(token);
    socket.setToken(token);
}
