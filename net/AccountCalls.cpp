#include "AccountCalls.h"

#include "ApiReplies.h"
#include "ApiTransport.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace kora::net {

constexpr auto Bearer = ApiTransport::Auth::Bearer;
constexpr auto Anonymous = ApiTransport::Auth::None;

void AccountCalls::health(QObject *context, Callback<Health> done)
{
    m_transport.call<Health>(
        "GET", QStringLiteral("/health"), {}, {}, Anonymous, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<Health> {
            const QString status = r.json.value(QLatin1String("status")).toString();
            if (status.isEmpty())
                return unexpected(ApiReplies::badResponse(QStringLiteral("no status")));
            return Health{status, r.json.value(QLatin1String("version")).toString()};
        });
}

void AccountCalls::login(const QString &email, const QString &password, QObject *context,
                         Callback<LoginResult> done)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password}};
    m_transport.call<LoginResult>(
        "POST", QStringLiteral("/auth/login"), {}, body, Anonymous, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<LoginResult> {
            const QString token = r.json.value(QLatin1String("token")).toString();
            auto user =
                ApiReplies::entity<proto::User>(r.json.value(QLatin1String("user")).toObject());
            if (token.isEmpty() || !user)
                return unexpected(ApiReplies::badResponse(QStringLiteral("no token or user")));
            return LoginResult{token, proto::parseTime(r.json.value(QLatin1String("expiresAt"))),
                               *user};
        });
}

void AccountCalls::me(QObject *context, Callback<proto::User> done)
{
    m_transport.call<proto::User>(
        "GET", QStringLiteral("/me"), {}, {}, Bearer, context, std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::User>(r.json); });
}

void AccountCalls::signOutEverywhere(QObject *context, Callback<bool> done)
{
    m_transport.call<bool>("POST", QStringLiteral("/auth/sign-out-everywhere"), {}, {}, Bearer,
                           context, std::move(done),
                           [](const ApiResponse &) -> ApiResult<bool> { return true; });
}

void AccountCalls::users(const QString &query, int limit, QObject *context,
                         Callback<QList<proto::User>> done)
{
    QUrlQuery q;
    if (!query.isEmpty())
        q.addQueryItem(QStringLiteral("query"), query);
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_transport.call<QList<proto::User>>("GET", QStringLiteral("/users"), q, {}, Bearer, context,
                                         std::move(done), [](const ApiResponse &r) {
                                             return ApiReplies::listOf<proto::User>(
                                                 r.json, QLatin1String("users"));
                                         });
}

void AccountCalls::blocks(QObject *context, Callback<QList<proto::User>> done)
{
    m_transport.call<QList<proto::User>>("GET", QStringLiteral("/blocks"), {}, {}, Bearer, context,
                                         std::move(done), [](const ApiResponse &r) {
                                             return ApiReplies::listOf<proto::User>(
                                                 r.json, QLatin1String("users"));
                                         });
}

void AccountCalls::setBlocked(const QString &userId, bool blocked, QObject *context,
                              Callback<bool> done)
{
    m_transport.call<bool>(blocked ? "PUT" : "DELETE",
                           QStringLiteral("/blocks/") + ApiTransport::segment(userId), {}, {},
                           Bearer, context, std::move(done),
                           [](const ApiResponse &) -> ApiResult<bool> { return true; });
}

void AccountCalls::report(const ReportDraft &draft, QObject *context, Callback<FiledReport> done)
{
    QJsonObject body{{QStringLiteral("conversationId"), draft.conversationId},
                     {QStringLiteral("reason"), draft.reason}};
    if (!draft.clientId.isEmpty())
        body.insert(QStringLiteral("clientId"), draft.clientId);
    if (!draft.messageId.isEmpty())
        body.insert(QStringLiteral("messageId"), draft.messageId);
    if (!draft.note.isEmpty())
        body.insert(QStringLiteral("note"), draft.note);
    m_transport.call<FiledReport>(
        "POST", QStringLiteral("/reports"), {}, body, Bearer, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<FiledReport> {
            const QString id = r.json.value(QLatin1String("id")).toString();
            if (id.isEmpty())
                return unexpected(ApiReplies::badResponse(QStringLiteral("no report id")));
            return FiledReport{id, r.json.value(QLatin1String("status")).toString(),
                               r.status == 201};
        });
}

} // namespace kora::net
