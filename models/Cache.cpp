#include "Cache.h"

#include "Participants.h"

#include "CacheDatabase.h"
#include "ConversationStore.h"
#include "MessageStore.h"
#include "OutboxTables.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <utility>

namespace kora::models {

Cache::~Cache() = default;

QString Cache::defaultPath(const QUrl &server, const QString &userId)
{
    const QByteArray account =
        server.toString(QUrl::RemovePath | QUrl::StripTrailingSlash).toUtf8() + '|' +
        userId.toUtf8();
    const QByteArray key =
        QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("accounts/%1/cache.sqlite3").arg(QString::fromLatin1(key)));
}

Expected<std::unique_ptr<Cache>, QString> Cache::open(const QString &path)
{
    auto db = CacheDatabase::open(path);
    if (!db)
        return unexpected(db.error());
    std::unique_ptr<Cache> cache(new Cache);
    cache->m_db = std::move(db).value();
    cache->m_messages = std::make_unique<MessageStore>(*cache->m_db, *cache);
    cache->m_conversations =
        std::make_unique<ConversationStore>(*cache->m_db, *cache->m_messages, *cache);
    cache->m_outbox = std::make_unique<OutboxTables>(*cache->m_db, *cache->m_messages, *cache);
    return cache;
}

QString Cache::path() const
{
    return m_db->path();
}

// ---------------------------------------------------------------- conversations

Expected<bool, QString> Cache::upsertConversations(const QList<proto::Conversation> &list)
{
    return m_conversations->upsert(list);
}

Expected<bool, QString> Cache::setCursor(const QString &conversationId, const QString &userId,
                                         qint64 seq, bool read)
{
    return m_conversations->setCursor(conversationId, userId, seq, read);
}

Expected<bool, QString> Cache::setPresence(const QString &userId, bool online,
                                           const QDateTime &lastSeen)
{
    return m_conversations->setPresence(userId, online, lastSeen);
}

Expected<bool, QString> Cache::setArchived(const QString &conversationId, bool archived)
{
    return m_conversations->setArchived(conversationId, archived);
}

Expected<bool, QString> Cache::addUnread(const QString &conversationId, int count)
{
    return m_conversations->addUnread(conversationId, count);
}

QList<CachedConversation> Cache::conversations() const
{
    return m_conversations->read(QString(), -1, 0);
}

QList<CachedConversation> Cache::conversations(int limit, int offset) const
{
    return m_conversations->read(QString(), limit, offset);
}

std::optional<CachedConversation> Cache::conversation(const QString &id) const
{
    return m_conversations->conversation(id);
}

bool Cache::hasConversation(const QString &id) const
{
    return m_conversations->hasConversation(id);
}

QList<proto::Participant> Cache::participants(const QString &conversationId) const
{
    return m_conversations->participants(conversationId);
}

qint64 Cache::syncedSeq(const QString &conversationId) const
{
    return m_conversations->syncedSeq(conversationId);
}

Expected<bool, QString> Cache::setSyncedSeq(const QString &conversationId, qint64 seq)
{
    return m_conversations->setSyncedSeq(conversationId, seq);
}

Expected<bool, QString> Cache::setDraft(const QString &conversationId, const QString &text)
{
    return m_conversations->setDraft(conversationId, text);
}

QString Cache::draft(const QString &conversationId) const
{
    return m_conversations->draft(conversationId);
}

// ---------------------------------------------------------------- messages

Expected<bool, QString> Cache::storeMessages(const QList<proto::Message> &messages,
                                             bool extendsHistory, QSet<QString> *inserted)
{
    return m_messages->store(messages, extendsHistory, inserted);
}

QList<CachedMessage> Cache::messages(const QString &conversationId, int limit, qint64 beforeSeq,
                                     qint64 afterSeq) const
{
    return m_messages->messages(conversationId, limit, beforeSeq, afterSeq);
}

std::optional<CachedMessage> Cache::message(qint64 localId) const
{
    return m_messages->message(localId);
}

QList<CachedMessage> Cache::messagesByLocalId(const QString &conversationId,
                                              QList<qint64> localIds) const
{
    return m_messages->messagesByLocalId(conversationId, std::move(localIds));
}

bool Cache::hasMessage(const QString &id) const
{
    return m_messages->hasMessage(id);
}

QList<CachedMessage> Cache::systemMessages(const QString &conversationId, int limit) const
{
    return m_messages->systemMessages(conversationId, limit);
}

qint64 Cache::oldestSeq(const QString &conversationId) const
{
    return m_messages->oldestSeq(conversationId);
}

QStringList Cache::searchWords(const QString &query)
{
    QStringList words;
    QString word;
    for (const QChar c : query) {
        if (isWordChar(c)) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(std::exchange(word, QString()));
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QList<CachedMessage> Cache::searchMessages(const QString &query, int limit,
                                           const QString &conversationId) const
{
    QStringList terms;
    for (const QString &word : searchWords(query).mid(0, 16)) // words only: no FTS syntax
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    if (terms.isEmpty() || limit <= 0)
        return {};
    auto q = m_db->exec(
        QStringLiteral("SELECT m.local_id FROM messages_fts f"
                       " JOIN messages m ON m.local_id = f.rowid"
                       " WHERE messages_fts MATCH ? AND m.deleted = 0"
                       " AND (COALESCE(?, '') = '' OR m.conversation_id = ?)"
                       " ORDER BY m.created_at DESC, m.seq DESC, m.local_id DESC LIMIT ?"),
        {terms.join(u' '), conversationId, conversationId, limit});
    QList<CachedMessage> found;
    while (q && q->next()) {
        if (auto m = m_messages->message(q->value(0).toLongLong()))
            found.append(*m);
    }
    return found;
}

qint64 Cache::messageCount(const QString &conversationId) const
{
    return m_messages->messageCount(conversationId);
}

// ---------------------------------------------------------------- outbox

Expected<CachedMessage, QString> Cache::enqueue(const OutboxEntry &entry, const QString &senderId)
{
    return m_outbox->enqueue(entry, senderId);
}

QList<OutboxEntry> Cache::outbox() const
{
    return m_outbox->outbox();
}

Expected<bool, QString> Cache::enqueueReaction(const OutboxEntry &entry)
{
    return m_outbox->enqueueReaction(entry);
}

QList<PendingReaction> Cache::pendingReactions(const QString &conversationId) const
{
    return m_outbox->pendingReactions(conversationId);
}

Expected<bool, QString> Cache::acknowledgeReaction(const QString &clientId,
                                                   const proto::Message &stored)
{
    return m_outbox->acknowledgeReaction(clientId, stored);
}

QList<OutboxEntry> Cache::outboxHeads() const
{
    return m_outbox->outboxHeads(QDateTime::currentMSecsSinceEpoch());
}

qint64 Cache::nextRelease() const
{
    return m_outbox->nextRelease(QDateTime::currentMSecsSinceEpoch());
}

Expected<bool, QString> Cache::enqueueDelete(const OutboxEntry &entry)
{
    return m_outbox->enqueueDelete(entry);
}

QSet<QString> Cache::pendingDeletes(const QString &conversationId) const
{
    return m_outbox->pendingDeletes(conversationId);
}

Expected<bool, QString> Cache::acknowledge(const QString &clientId, const proto::Message &stored)
{
    return m_outbox->acknowledge(clientId, stored);
}

Expected<bool, QString> Cache::recordAttempt(const QString &clientId)
{
    return m_outbox->recordAttempt(clientId);
}

Expected<bool, QString> Cache::setUploaded(const QString &clientId, int index,
                                           const QString &attachmentId)
{
    return m_outbox->setUploaded(clientId, index, attachmentId);
}

Expected<bool, QString> Cache::markFailed(const QString &clientId, const proto::ApiError &error)
{
    return m_outbox->markFailed(clientId, error);
}

Expected<bool, QString> Cache::retry(const QString &clientId)
{
    return m_outbox->retry(clientId);
}

Expected<bool, QString> Cache::enqueueReport(const OutboxEntry &entry)
{
    return m_outbox->enqueueReport(entry);
}

Expected<bool, QString> Cache::discard(const QString &clientId)
{
    return m_outbox->discard(clientId);
}

int Cache::pendingCount() const
{
    return m_outbox->pendingCount();
}

// ---------------------------------------------------------------- state

Expected<bool, QString> Cache::setValue(const QString &key, const QString &value)
{
    return m_db->setValue(key, value);
}

QString Cache::value(const QString &key) const
{
    return m_db->value(key);
}

} // namespace kora::models
