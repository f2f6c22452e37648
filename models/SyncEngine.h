#pragma once

#include "Cache.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <utility>

namespace kora::net {
class ApiClient;
class SocketIoClient;
} // namespace kora::net

namespace kora::models {

// Keeps the cache in step with the server. On every (re)connect: fetch the
// conversation list and, for each conversation whose lastSeq moved past what
// the cache holds, every change after it (afterSeq, paged); a conversation
// never seen gets its newest page only (older history is fetched when the
// user scrolls back). Then live events are applied as they come. A live event
// that skips a seq triggers a fetch of the gap, so gaps cannot persist, and
// duplicates fall out by id/clientId in the cache.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Cache &cache, net::ApiClient &api, net::SocketIoClient &socket, QString userId,
               QObject *parent = nullptr);

    // Support mode: never tell the server we received or read anything.
    void setPassive(bool passive) { m_passive = passive; }
    void syncNow();
    // Fetches the page before the oldest cached message; false when the start is reached.
    void fetchOlder(const QString &conversationId);
    bool isSyncing() const { return m_syncing; }
    QSet<QString> typingIn(const QString &conversationId) const;

Q_SIGNALS:
    void syncStarted();
    void syncFinished();
    void syncFailed(const kora::proto::ApiError &error);
    void olderLoaded(const QString &conversationId, int count, bool reachedStart);
    void typingChanged(const QString &conversationId);

private:
    void onEvent(const QString &name, const QJsonObject &payload);
    void onMessage(const proto::Message &message, bool isNew);
    void flushLive();
    // One page of a conversation list; the next until the list is whole,
    // then catch-up for the conversations `behind` collected on the way.
    struct ListPass
    {
        QSet<QString> seen;                       // listed so far
        QList<std::pair<QString, qint64>> behind; // to catch up: id, lastSeq
    };
    void fetchList(bool archived, const QDateTime &before, std::shared_ptr<ListPass> pass);
    void catchUp(const QString &conversationId, qint64 lastSeq);
    void fetchAfter(const QString &conversationId, qint64 afterSeq, qint64 targetSeq);
    void finishOne();
    void markDelivered(const QString &conversationId, qint64 seq);
    void fail(const proto::ApiError &error);
    void setTyping(const QString &conversationId, const QString &userId, bool typing);

    Cache &m_cache;
    net::ApiClient &m_api;
    net::SocketIoClient &m_socket;
    QString m_userId;
    bool m_passive = false;
    bool m_syncing = false;
    static constexpr int firstRetryMs = 1000;
    static constexpr int maxRetryMs = 30000;
    QTimer m_retry; // a failed sync, again (while connected)
    int m_retryMs = firstRetryMs;
    int m_outstanding = 0;
    struct LiveMessage
    {
        proto::Message message;
        bool isNew = false;
    };
    QList<LiveMessage> m_live;
    bool m_liveScheduled = false;
    QElapsedTimer m_lastFlush;
    QSet<QString> m_gapFetches;
    QSet<QString> m_olderFetches;
    QHash<QString, QTimer *> m_typing; // "conversation|user" → expiry
};

} // namespace kora::models
