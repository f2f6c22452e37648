#include "MessageCalls.h"

#include "ApiReplies.h"
#include "ApiTransport.h"
#include "protocol/Json.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace kora::net {

constexpr auto Bearer = ApiTransport::Auth::Bearer;

void MessageCalls::messages(const QString &conversationId, std::optional<qint64> beforeSeq,
                            std::optional<qint64> afterSeq, int limit, QObject *context,
                            Callback<MessagePage> done)
{
    QUrlQuery q;
    if (beforeSeq)
        q.addQueryItem(QStringLiteral("beforeSeq"), QString::number(*beforeSeq));
    if (afterSeq)
        q.addQueryItem(QStringLiteral("afterSeq"), QString::number(*afterSeq));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_transport.call<MessagePage>(
        "GET",
        QStringLiteral("/conversations/") + ApiTransport::segment(conversationId) +
            QStringLiteral("/messages"),
        q, {}, Bearer, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<MessagePage> {
            auto list = ApiReplies::listOf<proto::Message>(r.json, QLatin1String("messages"));
            if (!list)
                return unexpected(list.error());
            return MessagePage{*list, r.json.value(QLatin1String("hasMore")).toBool()};
        });
}

void MessageCalls::search(const QString &query, const QString &conversationId,
                          const QString &cursor, int limit, QObject *context,
                          Callback<SearchPage> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    if (!conversationId.isEmpty())
        q.addQueryItem(QStringLiteral("conversationId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(conversationId)));
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"),
                       QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    if (limit > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_transport.call<SearchPage>(
        "GET", QStringLiteral("/search"), q, {}, Bearer, context, std::move(done),
        [](const ApiResponse &r) -> ApiResult<SearchPage> {
            SearchPage page;
            for (const QJsonValue &v : r.json.value(QLatin1String("results")).toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonObject c = o.value(QLatin1String("conversation")).toObject();
                SearchHit hit{
                    proto::Message::fromJson(o.value(QLatin1String("message")).toObject()),
                    c.value(QLatin1String("type")).toString(),
                    c.value(QLatin1String("title")).toString()};
                if (hit.message.id.isEmpty() || hit.message.conversationId.isEmpty())
                    return unexpected(
                        proto::ApiError{clientCode::BadResponse,
                                        QStringLiteral("a search result without a message")});
                page.hits.append(hit);
            }
            page.hasMore = r.json.value(QLatin1String("hasMore")).toBool();
            page.next = r.json.value(QLatin1String("next")).toString();
            return page;
        });
}

void MessageCalls::sendMessage(const QString &conversationId, const QString &clientId,
                               const QString &kind, const QString &body,
                               const QStringList &attachmentIds, const QString &replyToId,
                               QObject *context, Callback<SentMessage> done)
{
    QJsonObject json{{QStringLiteral("clientId"), clientId},
                     {QStringLiteral("kind"), kind},
                     {QStringLiteral("body"), body}};
    if (!attachmentIds.isEmpty())
        json.insert(QLatin1String("attachmentIds"), QJsonArray::fromStringList(attachmentIds));
    proto::insertOptional(json, QLatin1String("replyToId"), replyToId);
    m_transport.call<SentMessage>("POST",
                                  QStringLiteral("/conversations/") +
                                      ApiTransport::segment(conversationId) +
                                      QStringLiteral("/messages"),
                                  {}, json, Bearer, context, std::move(done),
                                  [](const ApiResponse &r) -> ApiResult<SentMessage> {
                                      auto m = ApiReplies::entity<proto::Message>(r.json);
                                      if (!m)
                                          return unexpected(m.error());
                                      return SentMessage{*m, r.status == 201};
                                  });
}

void MessageCalls::editMessage(const QString &id, const QString &body, QObject *context,
                               Callback<proto::Message> done)
{
    m_transport.call<proto::Message>(
        "PATCH", QStringLiteral("/messages/") + ApiTransport::segment(id), {},
        {{QStringLiteral("body"), body}}, Bearer, context, std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::Message>(r.json); });
}

void MessageCalls::deleteMessage(const QString &id, QObject *context, Callback<proto::Message> done)
{
    m_transport.call<proto::Message>(
        "DELETE", QStringLiteral("/messages/") + ApiTransport::segment(id), {}, {}, Bearer, context,
        std::move(done),
        [](const ApiResponse &r) { return ApiReplies::entity<proto::Message>(r.json); });
}

} // namespace kora::net
