#include "SyncEngine.h"

#include "ApiClient.h"
#include "ModelsLogging.h"
#include "Participants.h"
#include "SocketIoClient.h"

#include "protocol/Json.h"

#include <algorithm>
#include <utility>

namespace kora::models {
namespace {

constexpr int pageSize = 200;
// Live messages: a store within burstWindowMs of the last one waits
// burstDelayMs for more; maxLiveBatch rows are stored at once in any case.
constexpr int burstWindowMs = 20;
constexpr int burstDelayMs = 8;
constexpr int maxLiveBatch = 2000;
constexpr int typingFallbackMs = 8000; // the server ends typing after 6 s; this covers a lost stop

QString typingKey(const QString &conversationId, const QString &userId)
{
    return conversationId + QLatin1Char('|') + userId;
}

} // namespace

SyncEngine::SyncEngine(Cache &cache, net::ApiClient &api, net::SocketIoClient &socket,
                       QString userId, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_api(api)
    , m_socket(socket)
    , m_userId(std::move(userId))
{
    connect(&m_socket, &net::SocketIoClient::connected, this, &SyncEngine::syncNow);
    // A sync or a gap fetch that failed while the link stayed up (a request
    // lost on a flaky network) is tried again, backing off, instead of
    // leaving the cache behind until the next reconnect.
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_socket.isConnected())
            syncNow();
    });
    connect(&m_socket, &net::SocketIoClient::eventReceived, this, &SyncEngine::onEvent);
}

void SyncEngine::fail(const proto::ApiError &error)
{
    qCWarning(lcSync) << "sync failed:" << error.code << error.message;
    if (m_syncing) {
        m_syncing = false;
        m_outstanding = 0;
        Q_EMIT syncFailed(error);
    }
    if (m_socket.isConnected() && !m_retry.isActive()) {
        m_retry.start(m_retryMs);
        m_retryMs = qMin(m_retryMs * 2, maxRetryMs);
    }
}

void SyncEngine::syncNow()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_outstanding = 2; // active and archived lists
    Q_EMIT syncStarted();
    for (const bool archived : {false, true})
        fetchList(archived, {}, std::make_shared<ListPass>());
}

void SyncEngine::fetchList(bool archived, const QDateTime &before, std::shared_ptr<ListPass> pass)
{
    m_api.conversations(
        archived, before, 100, this,
        [this, archived, pass](const net::ApiResult<net::ConversationPage> &page) {
            if (!page)
                return fail(page.error());
            if (!m_syncing)
                return;
            // Remember where each conversation was before the list moves lastSeq.
            QHash<QString, qint64> was;
            for (const proto::Conversation &c : page->conversations)
                was.insert(c.id, m_cache.syncedSeq(c.id));
            if (auto stored = m_cache.upsertConversations(page->conversations); !stored)
                return fail({QStringLiteral("cache"), stored.error()});
            int fresh = 0;
            for (const proto::Conversation &c : page->conversations) {
                if (pass->seen.contains(c.id))
                    continue;
                pass->seen.insert(c.id);
                ++fresh;
                if (c.lastSeq > was.value(c.id))
                    pass->behind.append({c.id, c.lastSeq});
            }
            // The whole list first (newest first, page by page), then the
            // messages: catch-up requests queued first would hold the next
            // page back behind them. `before` is exclusive and several
            // conversations can share a millisecond, so the next page starts
            // at the last one's millisecond again (repeats are skipped).
            if (page->hasMore && fresh > 0)
                return fetchList(archived, page->conversations.last().updatedAt.addMSecs(1), pass);
            for (const auto &[id, lastSeq] : std::as_const(pass->behind))
                catchUp(id, lastSeq);
            finishOne();
        });
}

void SyncEngine::finishOne()
{
    m_outstanding = qMax(0, m_outstanding - 1);
    if (m_outstanding > 0 || !m_syncing)
        return;
    m_syncing = false;
    m_retryMs = firstRetryMs;
    Q_EMIT syncFinished();
}

void SyncEngine::catchUp(const QString &conversationId, qint64 lastSeq)
{
    const qint64 synced = m_cache.syncedSeq(conversationId);
    if (synced > 0) {
        ++m_outstanding;
        fetchAfter(conversationId, synced, lastSeq);
        return;
    }
    // Never seen: its newest page now, older history when the user scrolls back.
    ++m_outstanding;
    m_api.messages(conversationId, std::nullopt, std::nullopt, 50, this,
                   [this, conversationId, lastSeq](const net::ApiResult<net::MessagePage> &page) {
                       if (!page)
                           return fail(page.error());
                       if (auto stored = m_cache.storeMessages(page->messages, true); !stored)
                           return fail({QStringLiteral("cache"), stored.error()});
                       if (auto marked = m_cache.setSyncedSeq(conversationId, lastSeq); !marked)
                           return fail({QStringLiteral("cache"), marked.error()});
                       if (!page->messages.isEmpty())
                           markDelivered(conversationId, page->messages.last().seq);
                       finishOne();
                   });
}

void SyncEngine::fetchAfter(const QString &conversationId, qint64 afterSeq, qint64 targetSeq)
{
    m_api.messages(conversationId, std::nullopt, afterSeq, pageSize, this,
                   [this, conversationId, targetSeq](const net::ApiResult<net::MessagePage> &page) {
                       if (!page) {
                           m_gapFetches.remove(conversationId);
                           return fail(page.error());
                       }
                       if (auto stored = m_cache.storeMessages(page->messages); !stored)
                           return fail({QStringLiteral("cache"), stored.error()});
                       qint64 highest = 0;
                       qint64 highestSeq = 0;
                       for (const proto::Message &m : page->messages) {
                           highest = qMax(highest, m.updatedSeq);
                           highestSeq = qMax(highestSeq, m.seq);
                       }
                       if (page->hasMore) {
                           if (auto marked = m_cache.setSyncedSeq(conversationId, highest); !marked)
                               return fail({QStringLiteral("cache"), marked.error()});
                           fetchAfter(conversationId, highest, targetSeq);
                           return;
                       }
                       // Everything up to the listed lastSeq (and what the page showed) is here.
                       if (auto marked =
                               m_cache.setSyncedSeq(conversationId, qMax(targetSeq, highest));
                           !marked)
                           return fail({QStringLiteral("cache"), marked.error()});
                       if (highestSeq > 0)
                           markDelivered(conversationId, highestSeq);
                       m_gapFetches.remove(conversationId);
                       finishOne();
                   });
}

void SyncEngine::fetchOlder(const QString &conversationId)
{
    if (m_olderFetches.contains(conversationId))
        return;
    const qint64 oldest = m_cache.oldestSeq(conversationId);
    if (oldest == 1) {
        Q_EMIT olderLoaded(conversationId, 0, true);
        return;
    }
    m_olderFetches.insert(conversationId);
    const std::optional<qint64> before = oldest > 0 ? std::optional<qint64>(oldest) : std::nullopt;
    m_api.messages(
        conversationId, before, std::nullopt, 50, this,
        [this, conversationId](const net::ApiResult<net::MessagePage> &page) {
            m_olderFetches.remove(conversationId);
            if (!page) {
                qCWarning(lcSync) << "cannot load older messages:" << page.error().message;
                Q_EMIT olderLoaded(conversationId, 0, false);
                return;
            }
            if (auto stored = m_cache.storeMessages(page->messages, true); !stored)
                qCWarning(lcSync) << "cannot store older messages:" << stored.error();
            Q_EMIT olderLoaded(conversationId, int(page->messages.size()), !page->hasMore);
        });
}

void SyncEngine::markDelivered(const QString &conversationId, qint64 seq)
{
    if (m_passive || m_socket.state() != net::SocketIoClient::State::Connected)
        return;
    m_socket.emitEvent(
        QStringLiteral("mark_as_delivered"),
        {{QStringLiteral("conversationId"), conversationId}, {QStringLiteral("seq"), seq}});
}

void SyncEngine::onMessage(const proto::Message &m, bool isNew)
{
    // Everything that arrives in one event-loop turn is stored together: one
    // transaction, one change signal, one model refresh. Under a burst (the
    // last store was moments ago) the next one waits a few milliseconds more
    // and takes all that came meanwhile: each commit rewrites the index pages
    // its rows touch, so fewer, larger transactions store many times faster.
    // Idle, a message is stored in the same turn it arrived.
    m_live.append({m, isNew});
    if (m_live.size() >= maxLiveBatch) {
        flushLive();
        return;
    }
    if (!m_liveScheduled) {
        m_liveScheduled = true;
        const bool burst = m_lastFlush.isValid() && m_lastFlush.elapsed() < burstWindowMs;
        QTimer::singleShot(burst ? burstDelayMs : 0, Qt::PreciseTimer, this,
                           &SyncEngine::flushLive);
    }
}

void SyncEngine::flushLive()
{
    if (m_live.isEmpty()) {
        m_liveScheduled = false; // flushed early, when the batch was full
        return;
    }
    m_liveScheduled = false;
    m_lastFlush.start();
    const QList<LiveMessage> batch = std::exchange(m_live, {});
    QList<proto::Message> storable;
    QHash<QString, qint64> synced; // per conversation, as it was before this batch
    bool unknownConversation = false;
    for (const LiveMessage &live : batch) {
        const proto::Message &m = live.message;
        if (!synced.contains(m.conversationId)) {
            if (!m_cache.hasConversation(m.conversationId)) {
                unknownConversation = true; // the list sync brings it in full
                continue;
            }
            synced.insert(m.conversationId, m_cache.syncedSeq(m.conversationId));
        }
        storable.append(m);
    }
    // Others' new messages that were not here before are unread; the cache
    // says which rows it added, so duplicates and redeliveries count once.
    QSet<QString> inserted;
    if (auto stored = m_cache.storeMessages(storable, false, &inserted); !stored) {
        qCWarning(lcSync) << "cannot store live messages:" << stored.error();
        return;
    }
    QHash<QString, int> unread;
    for (const LiveMessage &live : batch) {
        const proto::Message &m = live.message;
        if (live.isNew && m.senderId != m_userId && inserted.remove(m.id))
            ++unread[m.conversationId];
    }

    QHash<QString, qint64> reached = synced;
    QHash<QString, qint64> gapTo;
    QHash<QString, qint64> delivered;
    for (const LiveMessage &live : batch) {
        const proto::Message &m = live.message;
        if (!synced.contains(m.conversationId))
            continue;
        qint64 &mark = reached[m.conversationId];
        if (m.updatedSeq == mark + 1 && !gapTo.contains(m.conversationId))
            mark = m.updatedSeq;
        else if (m.updatedSeq > mark + 1)
            gapTo[m.conversationId] = qMax(gapTo.value(m.conversationId), m.updatedSeq);
        if (live.isNew && m.senderId != m_userId) {
            setTyping(m.conversationId, m.senderId, false);
            delivered[m.conversationId] = qMax(delivered.value(m.conversationId), m.seq);
        }
    }
    for (auto it = reached.cbegin(); it != reached.cend(); ++it) {
        const QString &conversationId = it.key();
        if (it.value() > synced.value(conversationId)) {
            if (auto marked = m_cache.setSyncedSeq(conversationId, it.value()); !marked)
                qCWarning(lcSync) << "cannot advance the sync mark:" << marked.error();
        }
        if (gapTo.contains(conversationId) && !m_gapFetches.contains(conversationId)) {
            // Something between was missed: fetch the gap; the cache drops what it already has.
            m_gapFetches.insert(conversationId);
            ++m_outstanding;
            fetchAfter(conversationId, it.value(), gapTo.value(conversationId));
        }
        if (const int count = unread.value(conversationId)) {
            if (auto bumped = m_cache.addUnread(conversationId, count); !bumped)
                qCWarning(lcSync) << "cannot count unread messages:" << bumped.error();
        }
        if (delivered.contains(conversationId))
            markDelivered(conversationId, delivered.value(conversationId));
    }
    if (unknownConversation)
        syncNow();
}

void SyncEngine::onEvent(const QString &name, const QJsonObject &payload)
{
    if (name == QLatin1String("new_message") || name == QLatin1String("message_updated")) {
        const proto::Message m =
            proto::Message::fromJson(payload.value(QLatin1String("message")).toObject());
        if (m.id.isEmpty() || m.conversationId.isEmpty())
            return;
        onMessage(m, name == QLatin1String("new_message"));
    } else if (name == QLatin1String("message_read") ||
               name == QLatin1String("message_delivered")) {
        const QString conversationId = payload.value(QLatin1String("conversationId")).toString();
        const QString userId = payload.value(QLatin1String("userId")).toString();
        const qint64 seq = payload.value(QLatin1String("seq")).toInteger();
        if (auto set = m_cache.setCursor(conversationId, userId, seq,
                                         name == QLatin1String("message_read"));
            !set)
            qCWarning(lcSync) << "cannot store a cursor:" << set.error();
    } else if (name == QLatin1String("user_typing")) {
        setTyping(payload.value(QLatin1String("conversationId")).toString(),
                  payload.value(QLatin1String("userId")).toString(),
                  payload.value(QLatin1String("isTyping")).toBool());
    } else if (name == QLatin1String("user_status")) {
        if (auto set =
                m_cache.setPresence(payload.value(QLatin1String("userId")).toString(),
                                    payload.value(QLatin1String("online")).toBool(),
                                    proto::parseTime(payload.value(QLatin1String("lastSeenAt"))));
            !set)
            qCWarning(lcSync) << "cannot store presence:" << set.error();
    } else if (name == QLatin1String("conversation_updated")) {
        const proto::Conversation c =
            proto::Conversation::fromJson(payload.value(QLatin1String("conversation")).toObject());
        if (c.id.isEmpty())
            return;
        const qint64 synced = m_cache.syncedSeq(c.id);
        const bool known = m_cache.hasConversation(c.id);
        if (auto stored = m_cache.upsertConversations({c}); !stored)
            qCWarning(lcSync) << "cannot store a conversation:" << stored.error();
        // A group one left or was removed from: kept to read, nothing more to fetch.
        if (!isParticipant(c.participants, m_userId))
            return;
        if (known && synced > 0 && c.lastSeq > synced) {
            ++m_outstanding;
            fetchAfter(c.id, synced, c.lastSeq);
        } else if (!known || synced == 0) {
            catchUp(c.id, c.lastSeq);
        }
    }
}

void SyncEngine::setTyping(const QString &conversationId, const QString &userId, bool typing)
{
    const QString key = typingKey(conversationId, userId);
    QTimer *timer = m_typing.value(key);
    if (typing) {
        if (!timer) {
            timer = new QTimer(this);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, this,
                    [this, conversationId, userId] { setTyping(conversationId, userId, false); });
            m_typing.insert(key, timer);
        }
        timer->start(typingFallbackMs);
    } else {
        if (!timer)
            return;
        m_typing.remove(key);
        timer->deleteLater();
    }
    Q_EMIT typingChanged(conversationId);
}

QSet<QString> SyncEngine::typingIn(const QString &conversationId) const
{
    QSet<QString> users;
    const QString prefix = conversationId + QLatin1Char('|');
    for (auto it = m_typing.constBegin(); it != m_typing.constEnd(); ++it) {
        if (it.key().startsWith(prefix))
            users.insert(it.key().mid(prefix.size()));
    }
    return users;
}

} // namespace kora::models
