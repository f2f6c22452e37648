#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace kora::net {

class ApiTransport;

// The message routes: a conversation's history (before/after a seq), sending,
// editing and deleting.
// Calls as ApiClient documents them, over the transport (not owned).
class MessageCalls
{
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;

    explicit MessageCalls(ApiTransport &transport)
        : m_transport(transport)
    {}

    void messages(const QString &conversationId, std::optional<qint64> beforeSeq,
                  std::optional<qint64> afterSeq, int limit, QObject *context,
                  Callback<MessagePage> done);
    void sendMessage(const QString &conversationId, const QString &clientId, const QString &kind,
                     const QString &body, const QStringList &attachmentIds,
                     const QString &replyToId, QObject *context, Callback<SentMessage> done);
    void editMessage(const QString &id, const QString &body, QObject *context,
                     Callback<proto::Message> done);
    void deleteMessage(const QString &id, QObject *context, Callback<proto::Message> done);
    // `cursor`: empty for the first page, else the `next` of the one before.
    void search(const QString &query, const QString &conversationId, const QString &cursor,
                int limit, QObject *context, Callback<SearchPage> done);

private:
    ApiTransport &m_transport;
};

} // namespace kora::net
