#pragma once

#include "ChatService.h"
#include "HttpRouter.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

namespace kora::server {

class Database;

// A system message to post: into a conversation, or into the direct
// conversation of a pair (made if needed) with their job context.
struct SystemMessageRequest
{
    QString conversationId;
    QStringList participantIds; // exactly two, with jobId
    QString jobId;
    QString jobTitle;
    QString body;
    QJsonObject meta; // stored with the message, not sent to clients

    static Expected<SystemMessageRequest, proto::ApiError> parse(const QJsonObject &o,
                                                                 const proto::BodyLimits &limits);
};

// POST /api/v1/system/messages: job and booking status from the marketplace,
// authorised by the service key (X-Service-Key), not by a user token. The
// message has kind "system" and the system sender (not a participant), so
// it counts as unread for both participants and no user can edit or delete
// it. It is announced like any new message (new_message to every socket of
// every participant). PATCH /api/v1/system/conversations/{id} sets
// contactAllowed (protocol 7.5) with the same key.
class SystemMessages : public QObject
{
    Q_OBJECT
public:
    static const QString senderId; // the system user made by migration 2

    SystemMessages(Database &db, ChatService &chat, QString serviceKey, QObject *parent = nullptr);
    void registerRoutes(HttpRouter &router);
    Result<proto::Message> post(const SystemMessageRequest &request);
    // Stores a system message in an existing conversation and announces it;
    // `first`, when given, runs in the same transaction before it (a change
    // the line reports, such as people added to a group), and `committed`
    // after the commit, before the message is announced.
    Result<proto::Message> store(const QString &conversationId, const QString &body,
                                 const QJsonObject &meta = {},
                                 const std::function<Expected<bool, DbError>()> &first = {},
                                 const std::function<void()> &committed = {});
    // Whether `given` is the service key (constant time); other service-key routes use it.
    bool keyMatches(const QByteArray &given) const;

private:
    Result<QString> pairConversation(const SystemMessageRequest &request);

    Database &m_db;
    ChatService &m_chat;
    QByteArray m_keyHash;
};

} // namespace kora::server
