#include "RestApi.h"

#include "Migrations.h"

#include "AttachmentService.h"
#include "ChatService.h"
#include "MessageSearch.h"
#include "Metrics.h"
#include "PasswordHasher.h"
#include "ReactionService.h"
#include "TokenService.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QtConcurrent>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;
using Method = QHttpServerRequest::Method;

template<typename T> std::optional<HttpReply> failed(const Result<T> &result)
{
    if (result)
        return std::nullopt;
    return HttpReply::error(result.error());
}

HttpReply invalid(const QString &message)
{
    return HttpReply::error({code::Invalid, message});
}

// An integer query parameter: `fallback` when absent, an error when malformed
// or outside [minimum, maximum].
Expected<qint64, HttpReply> queryInt(const QHttpServerRequest &r, const char *name, qint64 fallback,
                                     qint64 minimum, qint64 maximum)
{
    const QString key = QString::fromLatin1(name);
    if (!r.query().hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = r.query().queryItemValue(key).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return unexpected(invalid(QStringLiteral("%1 must be a number from %2 to %3")
                                      .arg(key)
                                      .arg(minimum)
                                      .arg(maximum)));
    return value;
}

QJsonObject messagesJson(const MessagePage &page)
{
    QJsonArray list;
    for (const proto::Message &m : page.messages)
        list.append(m.toJson());
    return {{QStringLiteral("messages"), list}, {QStringLiteral("hasMore"), page.hasMore}};
}

} // namespace

RestApi::RestApi(ChatService &chat, AttachmentService &attachments, ReactionService &reactions,
                 MessageSearch &search, const TokenService &tokens, Metrics &metrics,
                 RestOptions options, QObject *parent)
    : QObject(parent)
    , m_chat(chat)
    , m_attachments(attachments)
    , m_reactions(reactions)
    , m_search(search)
    , m_tokens(tokens)
    , m_metrics(metrics)
    , m_options(std::move(options))
    , m_loginLimiter(m_options.loginLimitPerMinute, 60'000)
    , m_userSearchLimiter(m_options.userSearchLimitPerMinute, 60'000)
    , m_searchLimiter(m_options.searchLimitPerMinute, 60'000)
{}

HttpOutcome RestApi::react(HttpContext &c, bool on)
{
    // The path is decoded already except for what must stay encoded in a
    // path (`%25`, `%2F`, …): decoding once more gives the emoji as sent.
    const QString emoji = QUrl::fromPercentEncoding(c.params[1].toUtf8());
    const auto message = m_reactions.react(c.actor, c.params[0], emoji, on);
    if (auto error = failed(message))
        return *error;
    return HttpReply::json(message->toJson());
}

HttpOutcome RestApi::search(HttpContext &c)
{
    const auto limit = queryInt(c.request, "limit", 20, 1, 100);
    if (!limit)
        return limit.error();
    const QUrlQuery &query = c.request.query();
    const QString text = query.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
    const QString conversationId =
        query.queryItemValue(QStringLiteral("conversationId"), QUrl::FullyDecoded);
    const QString cursor = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (conversationId.size() > 64 || cursor.size() > 200)
        return invalid(QStringLiteral("conversationId or cursor is too long"));
    if (const auto wait =
            m_searchLimiter.tryAcquire(c.actor.userId, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::error(ApiError::rateLimited(
            QStringLiteral("too many searches; wait %1 s").arg(*wait), *wait));
    const auto page = m_search.search(c.actor, text, conversationId, cursor, int(*limit));
    if (auto error = failed(page))
        return *error;
    QJsonArray results;
    for (const SearchResult &r : page->results)
        results.append(QJsonObject{{QStringLiteral("message"), r.message.toJson()},
                                   {QStringLiteral("conversation"), r.conversation}});
    QJsonObject answer{{QStringLiteral("results"), results},
                       {QStringLiteral("hasMore"), page->hasMore}};
    proto::insertOptional(answer, QLatin1String("next"), page->next);
    return HttpReply::json(answer);
}

HttpOutcome RestApi::login(HttpContext &c)
{
    const auto request = proto::LoginRequest::parse(c.body);
    if (!request)
        return HttpReply::error(request.error());
    const QString address = c.request.remoteAddress().toString();
    if (const auto wait = m_loginLimiter.tryAcquire(address, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::error(ApiError::rateLimited(
            QStringLiteral("too many login attempts; wait %1 s").arg(*wait), *wait));
    const auto account = m_chat.userRepository().findByEmail(request->email);
    if (!account)
        return HttpReply::error(
            {code::Internal, QStringLiteral("could not check the account; try again")});
    const std::optional<Account> found = *account;
    // Unknown emails are checked against a decoy so they take as long as wrong passwords.
    const QString stored = found ? found->passwordHash : password::decoyHash();
    const QString password = request->password;
    const int version = found ? m_tokens.currentVersion(found->user.id) : 0;
    return QtConcurrent::run([stored, password] { return password::verify(stored, password); })
        .then(this, [this, found, version](bool ok) {
            if (!ok || !found)
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("wrong email or password")});
            if (found->disabled) // told only to who knows the password
                return HttpReply::error(
                    {code::Forbidden, QStringLiteral("this account has been removed")});
            if (m_tokens.currentVersion(found->user.id) != version) // its role changed meanwhile
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("the account changed; sign in again")});
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Claims claims{found->user.id,
                          found->user.role,
                          found->user.name,
                          now,
                          now.addSecs(qint64(m_options.tokenTtlHours) * 3600),
                          m_tokens.currentVersion(found->user.id)};
            return HttpReply::json(
                {{QStringLiteral("token"), m_tokens.issue(claims)},
                 {QStringLiteral("expiresAt"), proto::formatTime(claims.expiresAt)},
                 {QStringLiteral("user"), found->user.toJson()}});
        });
}

HttpOutcome RestApi::upload(HttpContext &c)
{
    // X-Filename is percent-encoded UTF-8 (a header carries bytes, a name is text).
    const QString name = QUrl::fromPercentEncoding(c.request.value("x-filename"));
    return m_attachments.upload(c.actor, c.request.body(), c.request.value("content-type"), name)
        .then([](const Result<proto::Attachment> &stored) {
            if (!stored)
                return HttpReply::error(stored.error());
            return HttpReply::json(stored->toJson(), 201);
        });
}

HttpOutcome RestApi::download(HttpContext &c, bool thumb)
{
    const auto found = m_attachments.download(c.actor, c.params[0], thumb);
    if (auto error = failed(found))
        return *error;
    HttpReply reply = HttpReply::text(found->bytes, found->mime.toLatin1());
    // Only our own images are shown inline; anything else is a download.
    QString ascii;
    for (const QChar ch : found->name)
        ascii.append(ch.unicode() >= 0x20 && ch.unicode() < 0x7f && ch != QLatin1Char('"') &&
                             ch != QLatin1Char('\\')
                         ? ch
                         : QLatin1Char('_'));
    const QByteArray disposition =
        (found->inlineImage ? QByteArrayLiteral("inline") : QByteArrayLiteral("attachment")) +
        "; filename=\"" + ascii.toLatin1() + "\"; filename*=UTF-8''" +
        QUrl::toPercentEncoding(found->name);
    reply.headers.append({QByteArrayLiteral("Content-Disposition"), disposition});
    reply.headers.append(
        {QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff")});
    reply.headers.append({QByteArrayLiteral("Content-Security-Policy"),
                          QByteArrayLiteral("default-src 'none'; sandbox")});
    // Content-addressed: the bytes behind an id never change.
    reply.headers.append({QByteArrayLiteral("Cache-Control"),
                          QByteArrayLiteral("private, max-age=31536000, immutable")});
    reply.headers.append({QByteArrayLiteral("ETag"), '"' + found->sha256.toLatin1() + '"'});
    return reply;
}

void RestApi::registerRoutes(HttpRouter &router)
{
    router.add(Method::Get, QStringLiteral("/api/v1/health"), Access::Public,
               [this](HttpContext &) -> HttpOutcome {
                   return HttpReply::json({{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("version"), m_options.version}});
               });
    // For load balancers and orchestrators: alive (the process answers) and
    // ready (its database answers, at the schema this build expects).
    router.add(Method::Get, QStringLiteral("/healthz"), Access::Public,
               [](HttpContext &) -> HttpOutcome {
                   return HttpReply::json({{QStringLiteral("status"), QStringLiteral("ok")}});
               });
    router.add(
        Method::Get, QStringLiteral("/readyz"), Access::Public,
        [this](HttpContext &) -> HttpOutcome {
            const auto unavailable = [](const QString &reason) {
                return HttpReply::json({{QStringLiteral("status"), QStringLiteral("unavailable")},
                                        {QStringLiteral("reason"), reason}},
                                       503);
            };
            auto q = m_chat.database().exec(QStringLiteral("SELECT version FROM kora_schema"));
            if (!q || !q->next())
                return unavailable(QStringLiteral("the database does not answer"));
            const int version = q->value(0).toInt();
            if (version != latestSchemaVersion())
                return unavailable(QStringLiteral("the schema is at version %1, not %2")
                                       .arg(version)
                                       .arg(latestSchemaVersion()));
            return HttpReply::json({{QStringLiteral("status"), QStringLiteral("ready")},
                                    {QStringLiteral("schemaVersion"), version}});
        });
    router.add(Method::Get, QStringLiteral("/metrics"), Access::Public,
               [this](HttpContext &) -> HttpOutcome {
                   return HttpReply::text(m_metrics.render(),
                                          QByteArrayLiteral("text/plain; version=0.0.4"));
               });
    router.add(Method::Post, QStringLiteral("/api/v1/auth/login"), Access::Public,
               [this](HttpContext &c) { return login(c); });

    router.add(Method::Get, QStringLiteral("/api/v1/me"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto me = m_chat.me(c.actor);
                   if (auto error = failed(me))
                       return *error;
                   return HttpReply::json(me->toJson());
               });

    router.add(Method::Get, QStringLiteral("/api/v1/users"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto limit = queryInt(c.request, "limit", 20, 1, 100);
                   if (!limit)
                       return limit.error();
                   const QString query = c.request.query().queryItemValue(QStringLiteral("query"),
                                                                          QUrl::FullyDecoded);
                   if (query.size() > 200)
                       return invalid(QStringLiteral("query is too long"));
                   if (const auto wait = m_userSearchLimiter.tryAcquire(
                           c.actor.userId, QDateTime::currentMSecsSinceEpoch()))
                       return HttpReply::error(ApiError::rateLimited(
                           QStringLiteral("too many searches; wait %1 s").arg(*wait), *wait));
                   const auto users = m_chat.users(c.actor, query, int(*limit));
                   if (auto error = failed(users))
                       return *error;
                   QJsonArray list;
                   for (const proto::User &u : *users)
                       list.append(u.toJson());
                   return HttpReply::json({{QStringLiteral("users"), list}});
               });

    router.add(Method::Get, QStringLiteral("/api/v1/conversations"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto limit = queryInt(c.request, "limit", 50, 1, 100);
                   if (!limit)
                       return limit.error();
                   const QString archivedText =
                       c.request.query().queryItemValue(QStringLiteral("archived"));
                   if (!archivedText.isEmpty() && archivedText != QLatin1String("true") &&
                       archivedText != QLatin1String("false"))
                       return invalid(QStringLiteral("archived must be true or false"));
                   qint64 beforeMs = -1;
                   const QString before = c.request.query().queryItemValue(QStringLiteral("before"),
                                                                           QUrl::FullyDecoded);
                   if (!before.isEmpty()) {
                       const QDateTime time = proto::parseTime(before);
                       if (!time.isValid())
                           return invalid(QStringLiteral("before must be an ISO 8601 time"));
                       beforeMs = time.toMSecsSinceEpoch();
                   }
                   const auto page = m_chat.conversations(
                       c.actor, archivedText == QLatin1String("true"), beforeMs, int(*limit));
                   if (auto error = failed(page))
                       return *error;
                   QJsonArray list;
                   for (const proto::Conversation &conversation : page->conversations)
                       list.append(conversation.toJson());
                   return HttpReply::json({{QStringLiteral("conversations"), list},
                                           {QStringLiteral("hasMore"), page->hasMore}});
               });

    router.add(Method::Post, QStringLiteral("/api/v1/conversations"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto request = proto::CreateConversationRequest::parse(c.body);
                   if (!request)
                       return HttpReply::error(request.error());
                   const auto opened = m_chat.openConversation(c.actor, *request);
                   if (auto error = failed(opened))
                       return *error;
                   return HttpReply::json(opened->conversation.toJson(),
                                          opened->created ? 201 : 200);
               });

    router.add(Method::Get, QStringLiteral("/api/v1/conversations/:id"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto conversation = m_chat.conversation(c.actor, c.params[0]);
                   if (auto error = failed(conversation))
                       return *error;
                   return HttpReply::json(conversation->toJson());
               });

    // PATCH /api/v1/conversations/:id (archive, a group's title) and a
    // group's people are GroupApi's.

    router.add(Method::Get, QStringLiteral("/api/v1/conversations/:id/messages"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   constexpr qint64 maxSeq = (qint64(1) << 53) - 1;
                   const auto limit = queryInt(c.request, "limit", 50, 1, 200);
                   const auto beforeSeq = queryInt(c.request, "beforeSeq", -1, 1, maxSeq);
                   const auto afterSeq = queryInt(c.request, "afterSeq", -1, 0, maxSeq);
                   for (const auto *value : {&limit, &beforeSeq, &afterSeq}) {
                       if (!*value)
                           return value->error();
                   }
                   if (*beforeSeq >= 0 && *afterSeq >= 0)
                       return invalid(QStringLiteral("give beforeSeq or afterSeq, not both"));
                   const auto page =
                       m_chat.messages(c.actor, c.params[0], *beforeSeq, *afterSeq, int(*limit));
                   if (auto error = failed(page))
                       return *error;
                   return HttpReply::json(messagesJson(*page));
               });

    router.add(Method::Post, QStringLiteral("/api/v1/conversations/:id/messages"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto request =
                       proto::SendMessageRequest::parse(c.body, m_chat.limits(), false);
                   if (!request)
                       return HttpReply::error(request.error());
                   const auto stored = m_chat.send(c.actor, c.params[0], *request);
                   if (auto error = failed(stored))
                       return *error;
                   return HttpReply::json(stored->message.toJson(), stored->created ? 201 : 200);
               });

    router.add(Method::Patch, QStringLiteral("/api/v1/messages/:id"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto request =
                       proto::EditMessageRequest::parse(c.body, m_chat.limits(), false);
                   if (!request)
                       return HttpReply::error(request.error());
                   const auto message = m_chat.edit(c.actor, c.params[0], request->body);
                   if (auto error = failed(message))
                       return *error;
                   return HttpReply::json(message->toJson());
               });

    router.add(Method::Delete, QStringLiteral("/api/v1/messages/:id"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto message = m_chat.remove(c.actor, c.params[0]);
                   if (auto error = failed(message))
                       return *error;
                   return HttpReply::json(message->toJson());
               });

    // Reactions (protocol 7.2) and search (7.3).
    router.add(Method::Put, QStringLiteral("/api/v1/messages/:id/reactions/:emoji"), Access::Bearer,
               [this](HttpContext &c) { return react(c, true); });
    router.add(Method::Delete, QStringLiteral("/api/v1/messages/:id/reactions/:emoji"),
               Access::Bearer, [this](HttpContext &c) { return react(c, false); });
    router.add(Method::Get, QStringLiteral("/api/v1/search"), Access::Bearer,
               [this](HttpContext &c) { return search(c); });

    router.add(Method::Post, QStringLiteral("/api/v1/attachments"), Access::Bearer,
               [this](HttpContext &c) { return upload(c); });
    router.add(Method::Get, QStringLiteral("/api/v1/attachments/:id"), Access::Bearer,
               [this](HttpContext &c) { return download(c, false); });
    router.add(Method::Get, QStringLiteral("/api/v1/attachments/:id/thumb"), Access::Bearer,
               [this](HttpContext &c) { return download(c, true); });

    router.add(Method::Post, QStringLiteral("/api/v1/conversations/:id/read"), Access::Bearer,
               [this](HttpContext &c) -> HttpOutcome {
                   const auto request = proto::CursorRequest::parse(c.body, false);
                   if (!request)
                       return HttpReply::error(request.error());
                   const auto moved =
                       m_chat.moveCursor(c.actor, c.params[0], request->seq, Cursor::Read);
                   if (auto error = failed(moved))
                       return *error;
                   return HttpReply::empty(204);
               });
}

} // namespace kora::server
