#pragma once

#include "Cache.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace kora::net {
class SocketIoClient;
}

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
    };

    Outbox(Cache &cache, net::SocketIoClient &socket, QString senderId, Options options,
           QObject *parent = nullptr);

    Expected<CachedMessage, QString> send(const QString &conversationId, const QString &body,
                                          const QString &kind = QStringLiteral("text"),
                                          const QStringList &attachmentIds = {},
                                          const QString &replyToId = {});
    void retry(const QString &clientId);
    void discard(const QString &clientId);
    // Sends whatever can go now (called on connect, after a write, on timers).
    void pump();

    static bool isPermanent(const proto::ApiError &error);

Q_SIGNALS:
    void acknowledged(const QString &clientId, const kora::proto::Message &message);
    void refused(const QString &clientId, const kora::proto::ApiError &error);

private:
    void sendEntry(const OutboxEntry &entry);
    void scheduleRetry(const QString &conversationId, int attempts, int retryAfterSeconds);

    Cache &m_cache;
    net::SocketIoClient &m_socket;
    QString m_senderId;
    Options m_options;
    QSet<QString> m_inFlight;               // conversation ids
    QHash<QString, QTimer *> m_retryTimers; // conversation id → timer
};

} // namespace kora::models
