#pragma once

#include "Database.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace kora::server {

// Who is in a conversation: its type and participants.
struct Members
{
    QString type; // "direct" or "group"
    QStringList userIds;
    bool contains(const QString &userId) const { return userIds.contains(userId); }
};

// The members of the conversations this process has served, read once and
// then answered from memory (every send, fan-out, typing and receipt asks),
// until forget() drops one: after its participants changed here, or another
// process said so (ClusterBus). An unknown conversation is not kept, so one
// created later is found at once. Bounded: past `capacity` an arbitrary entry
// goes (it is read again when asked).
class MembershipCache
{
public:
    explicit MembershipCache(Database &db, qsizetype capacity = 100'000)
        : m_db(db)
        , m_capacity(capacity)
    {}

    // Nothing when there is no such conversation.
    Expected<std::optional<Members>, DbError> members(const QString &conversationId);
    void forget(const QString &conversationId) { m_entries.remove(conversationId); }
    void clear() { m_entries.clear(); }

private:
    Database &m_db;
    qsizetype m_capacity;
    QHash<QString, Members> m_entries;
};

} // namespace kora::server
