#include "ConversationCalls.h"

#include "ApiReplies.h"
#include "ApiTransport.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace kora::net {
namespace {

ApiResult<OpenedConversation> openedFrom(const ApiResponse &r)
{
    auto c = ApiReplies::entity<proto::Conversation>(r.json);
    if (!c)
        return unexpected(c.error());
    return OpenedConversation{*c, r.status == 201};
}

} // namespace

constexpr auto Bearer = ApiTransport::Auth::Bearer;

void ConversationCalls::conversations(bool archived, const QDateTime &before, int limit,
                                      QObject *context, Callback<ConversationPage> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("archived"),
                   archived ? QStringLiteral("true") : QStringLiteral("false"));
    if (before.isValid())
        q.addQueryItem(QStringLiteral("before"), proto::formatTime(before));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_transport.call<ConversationPage>(
        "GET", QStringLiteral("/conversations"), q, {}, Bearer, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<ConversationPage> {
            auto list =
                ApiReplies::listOf<proto::Conversation>(r.json, QLatin1String("conversations"));
            if (!list)
                return unexpected(list.error());
            return ConversationPage{*list, r.json.value(QLatin1String("hasMore")).toBool()};
        });
}

void ConversationCalls::createDirect(const QString &participantId, const QString &jobId,
                                     const QString &jobTitle, QObject *context,
                                     Callback<OpenedConversation> done)
{
    QJsonObject body{{QStringLiteral("participantId"), participantId}};
    proto::insertOptional(body, QLatin1String("jobId"), jobId);
    proto::insertOptional(body, QLatin1String("jobTitle"), jobTitle);
    m_transport.call<OpenedConversation>("POST", QStringLiteral("/conversations"), {}, body, Bearer,
                                         context, std::move(done), openedFrom);
}

void ConversationCalls::createGroup(const QString &title, const QStringList &participantIds,
                                    QObject *context, Callback<OpenedConversation> done)
{
    const QJsonObject body{
        {QStringLiteral("title"), title},
        {QStringLiteral("participantIds"), QJsonArray::fromStringList(participantIds)}};
    m_transport.call<OpenedConversation>("POST", QStringLiteral("/conversations"), {}, body, Bearer,
                                         context, std::move(done), openedFrom);
}

void ConversationCalls::changeGroup(const QString &id, const GroupChange &change, QObject *context,
                                    Callback<proto::Conversation> done)
{
    const QString path = QStringLiteral("/conversations/") + ApiTransport::segment(id);
    QByteArray method = "PATCH";
    QString target = path;
    QJsonObject body;
    switch (change.kind) {
    case GroupChange::Kind::Rename:
        body.insert(QStringLiteral("title"), change.title);
        break;
    case GroupChange::Kind::Add:
        method = "POST";
        target = path + QStringLiteral("/participants");
        body.insert(QStringLiteral("userIds"), QJsonArray::fromStringList(change.userIds));
        break;
    case GroupChange::Kind::Remove:
        method = "DELETE";
        target = path + QStringLiteral("/participants/") +
                 ApiTransport::segment(change.userIds.value(0));
        break;
    }
    m_transport.call<proto::Conversation>(
        method, target, {}, body, Bearer, context, std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::Conversation>(r.json); });
}

void ConversationCalls::conversation(const QString &id, QObject *context,
                                     Callback<proto::Conversation> done)
{
    m_transport.call<proto::Conversation>(
        "GET", QStringLiteral("/conversations/") + ApiTransport::segment(id), {}, {}, Bearer,
        context, std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::Conversation>(r.json); });
}

void ConversationCalls::setArchived(const QString &id, bool archived, QObject *context,
                                    Callback<proto::Conversation> done)
{
    m_transport.call<proto::Conversation>(
        "PATCH", QStringLiteral("/conversations/") + ApiTransport::segment(id), {},
        {{QStringLiteral("archived"), archived}}, Bearer, context, std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::Conversation>(r.json); });
}

void ConversationCalls::markRead(const QString &conversationId, qint64 seq, QObject *context,
                                 Callback<bool> done)
{
    m_transport.call<bool>("POST",
                           QStringLiteral("/conversations/") +
                               ApiTransport::segment(conversationId) + QStringLiteral("/read"),
                           {}, {{QStringLiteral("seq"), seq}}, Bearer, context, std::move(done),
                           [](const ApiResponse &) -> ApiResult<bool> { return true; });
}

} // namespace kora::net
