#include "TrustApi.h"

#include "ChatService.h"
#include "MessageRepository.h"
#include "ServerLogging.h"

#include "protocol/Json.h"
#include "protocol/Requests.h"

#include <QJsonArray>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;
using Method = QHttpServerRequest::Method;

HttpReply invalid(const QString &message)
{
    return HttpReply::error({code::Invalid, message});
}

HttpReply internal(const DbError &error)
{
    qCWarning(lcServerDb) << "storage error:" << error.message;
    return HttpReply::error(
        {code::Internal, QStringLiteral("the server could not store or read that; try again")});
}

constexpr int maxNoteCodePoints = 1000;

} // namespace

const QStringList TrustApi::reasons{QStringLiteral("spam"), QStringLiteral("scam"),
                                    QStringLiteral("off_platform_payment"),
                                    QStringLiteral("harassment"), QStringLiteral("other")};

TrustApi::TrustApi(Database &db, ChatService &chat, int reportsPerHour, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_chat(chat)
    , m_blocks(db)
    , m_reports(db)
    , m_reportLimiter(reportsPerHour, 3'600'000)
{}

HttpOutcome TrustApi::setBlocked(HttpContext &c, bool blocked)
{
    const QString userId = c.params[0];
    if (userId == c.actor.userId)
        return invalid(QStringLiteral("you cannot block yourself"));
    auto user = m_chat.userRepository().find(userId);
    if (!user)
        return internal(user.error());
    if (!*user || (*user)->role == QLatin1String("system"))
        return HttpReply::error({code::NotFound, QStringLiteral("no such user")});
    if ((*user)->role == QLatin1String("support"))
        return invalid(QStringLiteral("support accounts cannot be blocked"));
    auto changed = blocked
                       ? m_blocks.add(c.actor.userId, userId, QDateTime::currentMSecsSinceEpoch())
                       : m_blocks.remove(c.actor.userId, userId);
    if (!changed)
        return internal(changed.error());
    return HttpReply::empty(204);
}

HttpOutcome TrustApi::listBlocked(HttpContext &c)
{
    auto users = m_blocks.blockedBy(c.actor.userId);
    if (!users)
        return internal(users.error());
    QJsonArray list;
    for (const proto::User &u : std::as_const(*users))
        list.append(u.toJson()); // no presence: a blocked person's is not the blocker's business
    return HttpReply::json({{QStringLiteral("users"), list}});
}

HttpOutcome TrustApi::report(HttpContext &c)
{
    const QJsonObject &o = c.body;
    Report r;
    r.reporterId = c.actor.userId;
    const auto conversationId = proto::requiredString(o, QLatin1String("conversationId"), 64);
    if (!conversationId)
        return HttpReply::error(conversationId.error());
    r.conversationId = *conversationId;
    const QJsonValue message = o.value(QLatin1String("messageId"));
    if (!message.isUndefined() && !message.isNull()) {
        if (!message.isString() || message.toString().isEmpty() || message.toString().size() > 64)
            return invalid(QStringLiteral("messageId must be a message id"));
        r.messageId = message.toString();
    }
    r.reason = o.value(QLatin1String("reason")).toString();
    if (!reasons.contains(r.reason))
        return invalid(
            QStringLiteral("reason must be one of %1").arg(reasons.join(QStringLiteral(", "))));
    const QJsonValue note = o.value(QLatin1String("note"));
    if (!note.isUndefined() && !note.isNull()) {
        const auto checked = note.isString()
                                 ? proto::validateBody(note.toString(), {maxNoteCodePoints}, true)
                                 : Expected<QString, ApiError>(unexpected(ApiError{}));
        if (!checked)
            return invalid(QStringLiteral("note must be text of at most %1 characters")
                               .arg(maxNoteCodePoints));
        r.note = *checked;
    }
    const QJsonValue clientId = o.value(QLatin1String("clientId"));
    if (!clientId.isUndefined() && !clientId.isNull()) {
        if (!proto::isUuid(clientId.toString()))
            return invalid(QStringLiteral("clientId must be a UUID"));
        r.clientId = clientId.toString();
    }

    if (auto access = m_chat.checkAccess(c.actor, r.conversationId); !access)
        return HttpReply::error(access.error());
    // A retry from an offline queue answers with what was stored, before any limit.
    auto answerStored = [&](const Report &stored) -> HttpOutcome {
        if (stored.conversationId != r.conversationId)
            return HttpReply::error(
                {code::Conflict, QStringLiteral("this clientId was used for another report")});
        return HttpReply::json(stored.receiptJson(), 200);
    };
    if (!r.clientId.isEmpty()) {
        auto earlier = m_reports.findByClientId(r.reporterId, r.clientId);
        if (!earlier)
            return internal(earlier.error());
        if (*earlier)
            return answerStored(**earlier);
    }
    if (!r.messageId.isEmpty()) {
        MessageRepository messages(m_db);
        auto found = messages.find(r.messageId);
        if (!found)
            return internal(found.error());
        if (!*found || (*found)->conversationId != r.conversationId)
            return invalid(QStringLiteral("messageId is not a message of this conversation"));
    }
    if (const auto wait =
            m_reportLimiter.tryAcquire(r.reporterId, QDateTime::currentMSecsSinceEpoch()))
        return HttpReply::error(
            ApiError::rateLimited(QStringLiteral("too many reports; wait %1 s").arg(*wait), *wait));
    auto stored = m_reports.insert(r);
    if (!stored) {
        if (stored.error().uniqueViolation && !r.clientId.isEmpty()) {
            // A concurrent retry of the same report won.
            auto earlier = m_reports.findByClientId(r.reporterId, r.clientId);
            if (earlier && *earlier)
                return answerStored(**earlier);
        }
        return internal(stored.error());
    }
    return HttpReply::json(stored->receiptJson(), 201);
}

void TrustApi::registerRoutes(HttpRouter &router)
{
    router.add(Method::Put, QStringLiteral("/api/v1/blocks/:userId"), Access::Bearer,
               [this](HttpContext &c) { return setBlocked(c, true); });
    router.add(Method::Delete, QStringLiteral("/api/v1/blocks/:userId"), Access::Bearer,
               [this](HttpContext &c) { return setBlocked(c, false); });
    router.add(Method::Get, QStringLiteral("/api/v1/blocks"), Access::Bearer,
               [this](HttpContext &c) { return listBlocked(c); });
    router.add(Method::Post, QStringLiteral("/api/v1/reports"), Access::Bearer,
               [this](HttpContext &c) { return report(c); });
}

} // namespace kora::server
