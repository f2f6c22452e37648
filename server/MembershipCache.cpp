#include "MembershipCache.h"

namespace kora::server {

Expected<std::optional<Members>, DbError> MembershipCache::members(const QString &conversationId)
{
    if (const auto kept = m_entries.constFind(conversationId); kept != m_entries.cend())
        return std::optional<Members>(*kept);
    auto q = m_db.exec(QStringLiteral("SELECT c.type, p.user_id FROM conversations c"
                                      " LEFT JOIN participants p ON p.conversation_id = c.id"
                                      " WHERE c.id = ?"),
                       {conversationId});
    if (!q)
        return unexpected(q.error());
    if (!q->next())
        return std::optional<Members>();
    Members found;
    found.type = q->value(0).toString();
    do {
        if (!q->value(1).isNull())
            found.userIds.append(q->value(1).toString());
    } while (q->next());
    if (m_entries.size() >= m_capacity)
        m_entries.erase(m_entries.begin());
    m_entries.insert(conversationId, found);
    return std::optional<Members>(std::move(found));
}

} // namespace kora::server
