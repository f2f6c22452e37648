#pragma once

#include "CacheTypes.h"
#include "SessionTypes.h"

#include <QObject>

#include <memory>

namespace kora::net {
class SocketIoClient;
}

namespace kora::models {

class BlockList;
class Cache;
class ConnectionState;
class MediaDownloader;
class Outbox;
class QuickReplies;
class SupportClient;
class UserDirectory;

// Everything a widget of one signed-in session may ask of the network, in
// models terms: sending (through the outbox), editing and deleting, typing,
// read receipts, joining a conversation's room, archiving, opening a direct
// conversation, the link's state, user search, attachment downloads, and the
// session's token (signed out by the server, signed in again). Answers from
// the server are written to the cache here, before the caller hears of them,
// so the item models show them; callers only hear success or an error.
//
// Every call with a callback calls it once, later, unless `context` is
// destroyed first. The clients, cache and outbox are not owned
// and must outlive the session.
class ClientSession : public QObject
{
    Q_OBJECT
public:
    ClientSession(Cache &cache, Outbox &outbox, net::ApiClient &api, net::SocketIoClient &socket,
                  QString userId, QObject *parent = nullptr);
    ~ClientSession() override;

    const QString &userId() const { return m_userId; }
    ConnectionState &connection() { return *m_connection; }
    UserDirectory &users() { return *m_users; }
    BlockList &blocks() { return *m_blocks; }
    QuickReplies &quickReplies() { return *m_quickReplies; }
    MediaDownloader &media() { return *m_media; }

    // Connects and keeps connected (the sync engine syncs on every connect).
    void start();
    void stop();
    // A fresh token after signing in again: the outbox and cache stay as they are.
    void setToken(const QString &token);
    bool isSignedOut() const { return m_signedOut; }

    // Messages: queued in the outbox (shown as "sending" at once); with
    // replyToId, a reply to that message of the conversation (protocol 7.1).
    Expected<CachedMessage, QString> send(const QString &conversationId, const QString &body,
                                          const QString &replyToId = {});
    Expected<CachedMessage, QString> sendFiles(const QString &conversationId, const QString &body,
                                               const QList<LocalAttachment> &files,
                                               const QString &replyToId = {});
    void retry(const QString &clientId);
    // Puts (on) or takes back my reaction on a message (protocol 7.2): queued in the
    // outbox, shown at once; Outbox::reactionRefused says when the server refused it.
    Expected<bool, QString> react(const QString &conversationId, const QString &messageId,
                                  const QString &emoji, bool on);
    // Drops an unacknowledged message, cancelling its upload.
    void discard(const QString &clientId);
    void editMessage(const QString &messageId, const QString &body, QObject *context,
                     ResultCallback<proto::Message> done);
    void deleteMessage(const QString &messageId, QObject *context,
                       ResultCallback<proto::Message> done);
    // Deletes one of my messages for everyone through the outbox: shown deleted
    // at once, held a few seconds so undoDelete() can take it back unsent,
    // then sent (offline: once back). Returns the entry's clientId for undoDelete().
    Expected<QString, QString> deleteForEveryone(const QString &conversationId,
                                                 const QString &messageId);
    // False when the delete has already gone out (too late).
    bool undoDelete(const QString &clientId);

    // Realtime signals; each returns whether it went out (false when offline).
    bool sendTyping(const QString &conversationId, bool typing);
    bool joinConversation(const QString &conversationId, bool join);
    // Moves the own read cursor to `seq` (in the cache at once) and tells the
    // server; returns whether the receipt went out.
    bool sendReadReceipt(const QString &conversationId, qint64 seq);

    // Conversations, over REST; the cache is updated before `done`. A cache
    // that cannot store the answer gives StorageError.
    void markRead(const QString &conversationId, qint64 seq, QObject *context,
                  ResultCallback<bool> done);
    void setArchived(const QString &conversationId, bool archived, QObject *context,
                     ResultCallback<proto::Conversation> done);
    void openDirect(const QString &participantId, const QString &jobId, const QString &jobTitle,
                    QObject *context, ResultCallback<OpenedConversation> done);
    // The server's search over all of one's conversations (protocol 7.3).
    // `conversationId`: only in that one.
    void searchServer(const QString &query, const QString &conversationId, const QString &cursor,
                      int limit, QObject *context, ResultCallback<SearchPage> done);
    // Groups, over REST (they need a connection; nothing is queued).
    void openGroup(const QString &title, const QStringList &participantIds, QObject *context,
                   ResultCallback<OpenedConversation> done);
    void changeGroup(const QString &conversationId, const GroupChange &change, QObject *context,
                     ResultCallback<proto::Conversation> done);
    // Reports the conversation, or one of its messages, to support: queued in
    // the outbox, filed once (Outbox::reportFiled / reportRefused).
    Expected<bool, QString> report(const QString &conversationId, const QString &messageId,
                                   const QString &reason, const QString &note);

    // Ends the account's sessions on every device, this one included; the
    // caller then signs out here (the outbox and cache are the caller's to keep).
    void signOutEverywhere(QObject *context, ResultCallback<bool> done);

    // The read-only support routes, writing into `cache` (a support view's own).
    std::unique_ptr<SupportClient> supportClient(Cache &cache);

Q_SIGNALS:
    // The server refused the token (expired or revoked). Nothing queued is
    // lost; sign in again and setToken().
    void signedOut(const QString &reason);
    // A message from the server's live stream (new, not from catching up).
    void messageArrived(const kora::proto::Message &message);

private:
    void onUnauthorized(const QString &reason);
    // `done`, called (while `context` lives) once the answered conversation
    // is in the cache, or with StorageError when it could not be stored.
    template<class T> ResultCallback<T> storedThen(QObject *context, ResultCallback<T> done);

    Cache &m_cache;
    Outbox &m_outbox;
    net::ApiClient &m_api;
    net::SocketIoClient &m_socket;
    QString m_userId;
    bool m_signedOut = false;
    ConnectionState *m_connection;
    UserDirectory *m_users;
    BlockList *m_blocks;
    QuickReplies *m_quickReplies;
    MediaDownloader *m_media;
};

} // namespace kora::models
