#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace kora::net {

class ApiTransport;

// The account and directory routes: health, login, the signed-in user, user search.
// Calls as ApiClient documents them, over the transport (not owned).
class AccountCalls
{
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;

    explicit AccountCalls(ApiTransport &transport)
        : m_transport(transport)
    {}

    void health(QObject *context, Callback<Health> done);
    void login(const QString &email, const QString &password, QObject *context,
               Callback<LoginResult> done);
    void me(QObject *context, Callback<proto::User> done);
    void users(const QString &query, int limit, QObject *context,
               Callback<QList<proto::User>> done);

private:
    ApiTransport &m_transport;
};

} // namespace kora::net
