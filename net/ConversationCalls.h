#pragma once

#include "ApiTypes.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace kora::net {

class ApiTransport;

// The conversation routes: the list (paged), opening a direct chat, making
// and changing a group, one conversation, archiving, and the read cursor.
// Calls as ApiClient documents them, over the transport (not owned).
class ConversationCalls
{
public:
    template<class T> using Callback = std::function<void(ApiResult<T>)>;

    explicit ConversationCalls(ApiTransport &transport)
        : m_transport(transport)
    {}

    void conversations(bool archived, const QDateTime &before, int limit, QObject *context,
                       Callback<ConversationPage> done);
    void createDirect(const QString &participantId, const QString &jobId, const QString &jobTitle,
                      QObject *context, Callback<OpenedConversation> done);
    void createGroup(const QString &title, const QStringList &participantIds, QObject *context,
                     Callback<OpenedConversation> done);
    // Answers the group as the caller sees it afterwards.
    void changeGroup(const QString &id, const GroupChange &change, QObject *context,
                     Callback<proto::Conversation> done);
    void conversation(const QString &id, QObject *context, Callback<proto::Conversation> done);
    void setArchived(const QString &id, bool archived, QObject *context,
                     Callback<proto::Conversation> done);
    void markRead(const QString &conversationId, qint64 seq, QObject *context, Callback<bool> done);

private:
    ApiTransport &m_transport;
};

} // namespace kora::net
