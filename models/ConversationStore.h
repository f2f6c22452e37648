#pragma once

#include "CacheTypes.h"

#include "Expected.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace kora::models {

class Cache;
class CacheDatabase;
class MessageStore;

// Conversations, their participants (users and read/delivery cursors), the
// sync marks and drafts; reads the list with each row's last message. Says
// which conversations changed through Cache::conversationsChanged (and a
// Receipt through Cache::messagesChanged).
class ConversationStore
{
public:
    ConversationStore(CacheDatabase &db, MessageStore &messages, Cache &notifier);

    Expected<bool, QString> upsert(const QList<proto::Conversation> &conversations);
    Expected<bool, QString> setCursor(const QString &conversationId, const QString &userId,
                                      qint64 seq, bool read);
    Expected<bool, QString> setPresence(const QString &userId, bool online,
                                        const QDateTime &lastSeen);
    Expected<bool, QString> setArchived(const QString &conversationId, bool archived);
    Expected<bool, QString> addUnread(const QString &conversationId, int count);
    // One conversation (`onlyId`), or `limit` rows of the list from `offset`
    // (-1: all), newest activity first.
    QList<CachedConversation> read(const QString &onlyId, int limit, int offset) const;
    std::optional<CachedConversation> conversation(const QString &id) const;
    bool hasConversation(const QString &id) const;
    QList<proto::Participant> participants(const QString &conversationId) const;
    qint64 syncedSeq(const QString &conversationId) const;
    Expected<bool, QString> setSyncedSeq(const QString &conversationId, qint64 seq);
    Expected<bool, QString> setDraft(const QString &conversationId, const QString &text);
    QString draft(const QString &conversationId) const;

private:
    // `ids` plus the conversations these users take part in; empty (meaning
    // "any") when that is more than maxChangedIds.
    QStringList conversationsOf(const QStringList &userIds, QStringList ids) const;
    static constexpr int maxChangedIds = 64;

    CacheDatabase &m_db;
    MessageStore &m_messages;
    Cache &m_signals;
};

} // namespace kora::models
