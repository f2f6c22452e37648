#pragma once

#include "Cache.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <QPointer>

namespace kora::net {
class ApiClient;
class SocketIoClient;
} // namespace kora::net

namespace kora::models {

// The persistent send queue. A message is written to the cache (outbox row +
// a "sending" message row, one transaction) before anything goes on the wire,
// so nothing typed is lost to a crash, a restart or a dead link. Per
// conversation one message is in flight at a time, in the order written;
// transient failures are retried with a capped, jittered backoff and the same
// clientId (the server stores it once); a permanent refusal marks that
// message failed, with the reason, and the ones behind it go on.
class Outbox : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int retryBaseMs = 500;
        int retryMaxMs = 30000;
        int ackTimeoutMs = 15000;
        int deleteHoldMs = 5000; // how long a delete can be undone before it is sent
    };

    Outbox(Cache &cache, net::SocketIoClient &socket, QString senderId, Options options,
           QObject *parent = nullptr);

    Expected<CachedMessage, QString> send(const QString &conversationId, const QString &body,
                                          const QString &kind = QStringLiteral("text"),
                                          const QStringList &attachmentIds = {},
                                          const QString &replyToId = {});
    // A message with files (and an optional caption): each file is copied to
    // filesDir() (<cache dir>/outbox-files/<cache file base name>/<clientId>/) and the outbox row
    // and "sending" message row are written in one transaction; then the files are uploaded one by
    // one (an uploaded file's attachment id is kept, so a restart does not upload it again) and the
    // message is sent with their ids and the same clientId. Kind is "image" when every file is a
    // (png, jpeg, webp, gif) image, else "file". The copies are deleted once the server
    // acknowledged the message or it is discarded. Needs setApiClient() for the uploads.
    Expected<CachedMessage, QString> sendFiles(const QString &conversationId, const QString &body,
                                               const QList<LocalAttachment> &files,
                                               const QString &replyToId = {});
    // Toggles my reaction `emoji` on message `messageId` of the conversation
    // (protocol 7.2): queued like a message (so in order with them, offline,
    // across restarts) and shown at once (Cache::pendingReactions). Delivered
    // once; a refusal drops it (reactionRefused), so the view rolls back.
    Expected<bool, QString> react(const QString &conversationId, const QString &messageId,
                                  const QString &emoji, bool on);
    // Reports the conversation, or one message of it, to support (protocol
    // 7.4): queued like a message (so it waits offline and across restarts)
    // and filed once, over REST with the entry's clientId; reportFiled or
    // reportRefused says how it ended. `reason` is one of reasons().
    static constexpr int maxReportNote = 1000; // code points (protocol 7.4)
    Expected<bool, QString> report(const QString &conversationId, const QString &messageId,
                                   const QString &reason, const QString &note);
    static const QStringList &reasons();
    // Deletes one of my messages for everyone: queued (so it waits offline and
    // across restarts), shown deleted at once (Cache::pendingDeletes), and held
    // for Options::deleteHoldMs before it is sent, so undoDelete() can take it
    // back without the server ever hearing of it. Returns the entry's clientId.
    // Sent over REST; deleteRefused says when the server refused it for good
    // (the message shows again).
    Expected<QString, QString> deleteMessage(const QString &conversationId,
                                             const QString &messageId);
    // Takes back a delete that has not gone out yet; false when it is on its way
    // or done (too late to undo).
    bool undoDelete(const QString &clientId);
    int deleteHoldMs() const { return m_options.deleteHoldMs; }
    void setDeleteHoldMs(int ms) { m_options.deleteHoldMs = ms; } // for deletes queued from now
    // Where sendFiles keeps its copies (copies of entries no longer in the
    // outbox are removed when an Outbox is made).
    QString filesDir() const;
    // The REST client that uploads files (not owned; may be null: files wait).
    void setApiClient(net::ApiClient *api);

    void retry(const QString &clientId);
    // Drops a message that is not acknowledged yet; cancels its upload in
    // flight and deletes its file copies.
    void discard(const QString &clientId);
    // Sends whatever can go now (called on connect, after a write, on timers).
    // Entries with files upload them first (over REST, one at a time).
    void pump();

    static bool isPermanent(const proto::ApiError &error);
    // The link or the server's load: worth trying again (anything else refuses a reaction).
    static bool isTransient(const proto::ApiError &error);

Q_SIGNALS:
    // The server stored the message. For a message with files, the outbox
    // copies (filesDir()/<clientId>/<index>) still exist while this is
    // delivered and are deleted right after: copy what you want to keep.
    void acknowledged(const QString &clientId, const kora::proto::Message &message);
    void refused(const QString &clientId, const kora::proto::ApiError &error);
    // The server refused a react operation for good (a deleted message, not a
    // participant, too many emoji…); it left the queue, so the chip rolls back.
    void reactionRefused(const QString &messageId, const QString &emoji, bool on,
                         const kora::proto::ApiError &error);
    void deleteRefused(const QString &messageId, const kora::proto::ApiError &error);
    void reportFiled(const QString &conversationId, const QString &reportId);
    void reportRefused(const QString &conversationId, const kora::proto::ApiError &error);
    // File `index` of a message is uploading: `sent` of `total` bytes. Comes
    // with sent == total when a file is done (also for one uploaded before).
    void uploadProgress(const QString &clientId, int index, qint64 sent, qint64 total);

private:
    void sendEntry(const OutboxEntry &entry);
    void sendReaction(const OutboxEntry &entry);
    void sendReport(const OutboxEntry &entry);
    void sendDelete(const OutboxEntry &entry);
    // Ends an operation sent over REST (report, delete): retried when the link
    // failed, else taken off the queue; `done` runs once it is off (with the error
    // when it was refused for good).
    template<typename T, typename Done>
    void finishRestOperation(const OutboxEntry &entry, int attempts,
                             const Expected<T, proto::ApiError> &result, Done done);
    // Uploads the entry's next file without an attachment id, then goes on
    // (the next file, or sendEntry once all are up).
    void uploadNext(OutboxEntry entry);
    // After an upload or a send failed: failed for good, or retried later.
    void handleFailure(const QString &clientId, const QString &conversationId, int attempts,
                       const proto::ApiError &error);
    void removeFiles(const QString &clientId);
    void removeOrphanFiles();
    void scheduleRetry(const QString &conversationId, int attempts, int retryAfterSeconds);

    Cache &m_cache;
    net::SocketIoClient &m_socket;
    QString m_senderId;
    Options m_options;
    QPointer<net::ApiClient> m_api;
    QHash<QString, quint64> m_uploads;      // client id → transfer in flight
    QSet<QString> m_inFlight;               // conversation ids
    QHash<QString, QTimer *> m_retryTimers; // conversation id → timer
    QSet<QString> m_sending;                // client ids of entries on the wire
    QTimer m_release;                       // the next held entry's time to go
};

} // namespace kora::models
