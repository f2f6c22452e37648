#include "CacheChange.h"

namespace kora::models {

ConversationChanges ConversationChanges::of(const CacheChanges &changes,
                                            const QString &conversationId)
{
    ConversationChanges mine;
    QSet<qint64> carriedIds;
    for (const CacheChange &c : changes) {
        if (c.conversationId != conversationId)
            continue;
        switch (c.kind) {
        case CacheChange::Kind::Insert:
        case CacheChange::Kind::Update:
            mine.written += c.localIds;
            if (c.rows.size() != c.localIds.size()) {
                mine.toRead += c.localIds;
                break;
            }
            for (const CachedMessage &row : c.rows) {
                if (!carriedIds.contains(row.localId)) {
                    carriedIds.insert(row.localId);
                    mine.carried.append(row);
                }
            }
            break;
        case CacheChange::Kind::Delete:
            for (const qint64 id : c.localIds)
                mine.removed.insert(id);
            break;
        case CacheChange::Kind::Receipt:
            mine.receipt = true;
            break;
        }
    }
    return mine;
}

QList<CachedMessage> ConversationChanges::withCarried(QList<CachedMessage> read) const
{
    QSet<qint64> readIds;
    for (const CachedMessage &row : std::as_const(read))
        readIds.insert(row.localId);
    read.reserve(read.size() + carried.size());
    for (const CachedMessage &row : carried) {
        if (!readIds.contains(row.localId))
            read.append(row);
    }
    return read;
}

} // namespace kora::models
