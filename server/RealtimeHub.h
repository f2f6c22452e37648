#pragma once

#include "ChatService.h"
#include "RealtimeSession.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace kora::server {

class ClusterNode;
class Metrics;
class Presence;
class ReactionService;
class TokenService;

// Every realtime session of this process: authenticates CONNECTs, runs the
// client events through ChatService and answers their acks, and fans changes
// out to every socket of every participant. Also keeps typing states (ended
// by the server after 6 s of silence) and presence.
class RealtimeHub : public QObject
{
    Q_OBJECT
public:
    RealtimeHub(ChatService &chat, ReactionService &reactions, const TokenService &tokens,
                Presence &presence, ClusterNode &node, Metrics &metrics, RealtimeOptions options,
                QObject *parent = nullptr);
    ~RealtimeHub() override;

    void adopt(std::unique_ptr<QWebSocket> socket);
    Expected<Actor, QString> authenticate(const QString &token) const;
    void attach(RealtimeSession &session);
    void handleEvent(RealtimeSession &session, const QString &name, const QJsonArray &args,
                     std::optional<qint64> ackId);
    int sessionCount() const { return int(m_sessions.size()); }
    // Support mode: whether a support account has opened the conversation
    // through the admin routes (then it may join it and hear its messages).
    using SupportViewCheck = std::function<bool(const QString &actorId, const QString &id)>;
    void setSupportViewCheck(SupportViewCheck check) { m_supportMayWatch = std::move(check); }

    static constexpr int typingTimeoutMs = 6000;

    // Closes every socket of the user on this process (1008 with `reason`).
    void closeUser(const QString &userId, const QString &reason);

private:
    void detach(RealtimeSession *session);
    void sendToUsers(const QStringList &userIds, const QByteArray &frame,
                     const QString &exceptUserId = {});
    void broadcastPresence(const QString &userId, bool online, const QDateTime &lastSeen);
    void setTyping(const QString &conversationId, const QString &userId, bool typing);
    // Tells the conversation's people here (not the typist) of a typing state.
    void sendTyping(const QString &conversationId, const QString &userId, bool typing);
    void onMessageCreated(const proto::Message &message, const QStringList &recipients);
    void onConversationChanged(const QString &conversationId, const QStringList &userIds);

    ChatService &m_chat;
    ReactionService &m_reactions;
    const TokenService &m_tokens;
    Presence &m_presence;
    ClusterNode &m_node;
    Metrics &m_metrics;
    RealtimeOptions m_options;
    QSet<RealtimeSession *> m_sessions;
    QMultiHash<QString, RealtimeSession *> m_byUser;
    QHash<QString, QTimer *> m_typing; // "conversationId|userId"
    SupportViewCheck m_supportMayWatch;
    QMultiHash<QString, RealtimeSession *> m_watchers; // support sockets by conversation id
};

} // namespace kora::server
