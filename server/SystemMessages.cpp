#include "SystemMessages.h"

#include "ConversationRepository.h"
#include "MessageRepository.h"
#include "ServerLogging.h"

#include "protocol/Json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

ApiError invalid(const QString &message)
{
    return {code::Invalid, message};
}

ApiError storageError(const DbError &error)
{
    qCWarning(lcServerDb) << "system message not stored:" << error.message;
    return {code::Internal, QStringLiteral("the server could not store that; try again")};
}

QByteArray keyHash(const QByteArray &key)
{
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       quint64(key.size()), nullptr, 0);
    return out;
}

constexpr int maxMetaBytes = 4096;

} // namespace

const QString SystemMessages::senderId = QStringLiteral("00000000-0000-0000-0000-000000000000");

Expected<SystemMessageRequest, ApiError>
SystemMessageRequest::parse(const QJsonObject &o, const proto::BodyLimits &limits)
{
    SystemMessageRequest r;
    const QJsonValue body = o.value(QLatin1String("body"));
    if (!body.isString())
        return unexpected(invalid(QStringLiteral("body is required")));
    auto checked = proto::validateBody(body.toString(), limits, false);
    if (!checked)
        return unexpected(checked.error());
    r.body = *checked;

    const bool byId = o.contains(QLatin1String("conversationId"));
    const bool byPair = o.contains(QLatin1String("participantIds"));
    if (byId == byPair)
        return unexpected(invalid(QStringLiteral("give conversationId, or participantIds and "
                                                 "jobId, not both")));
    if (byId) {
        auto id = proto::requiredString(o, QLatin1String("conversationId"), 64);
        if (!id)
            return unexpected(id.error());
        r.conversationId = *id;
    } else {
        const QJsonArray ids = o.value(QLatin1String("participantIds")).toArray();
        for (const QJsonValue &id : ids) {
            if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 64)
                return unexpected(invalid(QStringLiteral("participantIds must be user ids")));
            r.participantIds.append(id.toString());
        }
        if (r.participantIds.size() != 2 || r.participantIds[0] == r.participantIds[1])
            return unexpected(
                invalid(QStringLiteral("participantIds must name two different users")));
        auto job = proto::requiredString(o, QLatin1String("jobId"), 200);
        if (!job)
            return unexpected(job.error());
        r.jobId = *job;
        const QJsonValue title = o.value(QLatin1String("jobTitle"));
        if (!title.isUndefined() && (!title.isString() || title.toString().size() > 200))
            return unexpected(invalid(QStringLiteral("jobTitle must be text of at most 200")));
        r.jobTitle = title.toString().trimmed();
    }
    const QJsonValue meta = o.value(QLatin1String("meta"));
    if (!meta.isUndefined() && !meta.isNull()) {
        if (!meta.isObject())
            return unexpected(invalid(QStringLiteral("meta must be an object")));
        r.meta = meta.toObject();
        if (QJsonDocument(r.meta).toJson(QJsonDocument::Compact).size() > maxMetaBytes)
            return unexpected(invalid(QStringLiteral("meta is over %1 bytes").arg(maxMetaBytes)));
    }
    return r;
}

SystemMessages::SystemMessages(Database &db, ChatService &chat, QString serviceKey, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_chat(chat)
    , m_keyHash(keyHash(serviceKey.toUtf8()))
{}

bool SystemMessages::keyMatches(const QByteArray &given) const
{
    if (given.isEmpty())
        return false;
    const QByteArray hash = keyHash(given);
    return sodium_memcmp(hash.constData(), m_keyHash.constData(), size_t(hash.size())) == 0;
}

Result<QString> SystemMessages::pairConversation(const SystemMessageRequest &r)
{
    QList<proto::User> people;
    for (const QString &id : r.participantIds) {
        auto user = m_chat.userRepository().find(id);
        if (!user)
            return unexpected(storageError(user.error()));
        if (!*user || (*user)->role == QLatin1String("support") ||
            (*user)->role == QLatin1String("system"))
            return unexpected(ApiError{code::NotFound, QStringLiteral("no such user: %1").arg(id)});
        people.append(**user);
    }
    proto::CreateConversationRequest open;
    open.participantId = people[1].id;
    open.jobId = r.jobId;
    open.jobTitle = r.jobTitle;
    if (open.jobTitle.isEmpty()) {
        // Same job, no title given: keep the title the conversation has.
        ConversationRepository conversations(m_db);
        auto existing =
            conversations.findDirect(ConversationRepository::directKey(people[0].id, people[1].id));
        if (!existing)
            return unexpected(storageError(existing.error()));
        if (*existing) {
            auto current = conversations.find(**existing, people[0].id);
            if (!current)
                return unexpected(storageError(current.error()));
            if (*current && (*current)->jobId == r.jobId)
                open.jobTitle = (*current)->jobTitle;
        }
    }
    auto opened =
        m_chat.openConversation(Actor{people[0].id, people[0].role, people[0].name}, open);
    if (!opened)
        return unexpected(opened.error());
    return opened->conversation.id;
}

Result<proto::Message> SystemMessages::post(const SystemMessageRequest &r)
{
    QString conversationId = r.conversationId;
    ConversationRepository conversations(m_db);
    if (conversationId.isEmpty()) {
        auto pair = pairConversation(r);
        if (!pair)
            return unexpected(pair.error());
        conversationId = *pair;
    } else {
        auto found = conversations.find(conversationId, senderId);
        if (!found)
            return unexpected(storageError(found.error()));
        if (!*found)
            return unexpected(ApiError{code::NotFound, QStringLiteral("no such conversation")});
    }
    return store(conversationId, r.body, r.meta);
}

Result<proto::Message> SystemMessages::store(const QString &conversationId, const QString &body,
                                             const QJsonObject &meta,
                                             const std::function<Expected<bool, DbError>()> &first,
                                             const std::function<void()> &committed)
{
    ConversationRepository conversations(m_db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    proto::Message m;
    m.id = proto::newOrderedUuid();
    m.clientId = proto::newOrderedUuid();
    m.conversationId = conversationId;
    m.senderId = senderId;
    m.kind = QStringLiteral("system");
    m.body = body;
    m.meta = meta;
    m.createdAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    MessageRepository messages(m_db);
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (first) {
                if (auto done = first(); !done)
                    return done;
            }
            auto seq = conversations.nextSeq(conversationId, now, true);
            if (!seq)
                return unexpected(seq.error());
            m.seq = m.updatedSeq = *seq;
            if (auto inserted = messages.insert(m); !inserted)
                return unexpected(inserted.error());
            if (!meta.isEmpty()) {
                auto row = m_db.exec(
                    QStringLiteral("INSERT INTO system_message_meta (message_id, meta)"
                                   " VALUES (?, ?)"),
                    {m.id, QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact))});
                if (!row)
                    return unexpected(row.error());
            }
            return m_chat.bus().messages({{m.conversationId, m.seq, m.seq}});
        },
        +[](const DbError &e) { return e; });
    if (!stored)
        return unexpected(storageError(stored.error()));
    if (committed)
        committed();
    // Announced like any new message: RealtimeHub sends new_message to every participant.
    m_chat.announceCreated(m);
    return m;
}

void SystemMessages::registerRoutes(HttpRouter &router)
{
    router.add(
        QHttpServerRequest::Method::Post, QStringLiteral("/api/v1/system/messages"), Access::Public,
        [this](HttpContext &c) -> HttpOutcome {
            if (!keyMatches(c.request.value("x-service-key")))
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("a valid X-Service-Key is required")});
            const auto request = SystemMessageRequest::parse(c.body, m_chat.limits());
            if (!request)
                return HttpReply::error(request.error());
            const auto message = post(*request);
            if (!message)
                return HttpReply::error(message.error());
            return HttpReply::json(message->toJson(), 201);
        });
    // Whether contact details may be shared in a conversation (protocol 7.5),
    // e.g. once a booking is confirmed. Nothing already stored is unmasked.
    router.add(
        QHttpServerRequest::Method::Patch, QStringLiteral("/api/v1/system/conversations/:id"),
        Access::Public, [this](HttpContext &c) -> HttpOutcome {
            if (!keyMatches(c.request.value("x-service-key")))
                return HttpReply::error(
                    {code::Unauthorized, QStringLiteral("a valid X-Service-Key is required")});
            const QJsonValue allowed = c.body.value(QLatin1String("contactAllowed"));
            if (!allowed.isBool())
                return HttpReply::error(
                    invalid(QStringLiteral("contactAllowed must be true or false")));
            const auto conversation = m_chat.setContactAllowed(c.params[0], allowed.toBool());
            if (!conversation)
                return HttpReply::error(conversation.error());
            return HttpReply::json(conversation->toJson());
        });
}

} // namespace kora::server
