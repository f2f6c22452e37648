#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace kora::net {

class ApiTransport;

// The account and directory routes: health, login, the signed-in user, user
// search, and what a user does about another: blocks and reports.
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
    // Ends every token of the signed-in user, this one included.
    void signOutEverywhere(QObject *context, Callback<bool> done);
    void users(const QString &query, int limit, QObject *context,
               Callback<QList<proto::User>> done);
    // Blocking (7.4): whom I block, latest first; block or unblock one user.
    void blocks(QObject *context, Callback<QList<proto::User>> done);
    void setBlocked(const QString &userId, bool blocked, QObject *context, Callback<bool> done);
    void report(const ReportDraft &draft, QObject *context, Callback<FiledReport> done);

private:
    ApiTransport &m_transport;
};

} // namespace kora::net
