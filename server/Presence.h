#pragma once

#include <QHash>
#include <QString>

namespace kora::server {

// Who is connected right now: a count of live sockets per user, so a user
// with two windows stays online until the last one closes.
class Presence
{
public:
    // true when this is the user's first socket (they just came online).
    bool addSocket(const QString &userId) { return ++m_sockets[userId] == 1; }
    // true when this was the user's last socket (they just went offline).
    bool removeSocket(const QString &userId)
    {
        auto it = m_sockets.find(userId);
        if (it == m_sockets.end())
            return false;
        if (--it.value() > 0)
            return false;
        m_sockets.erase(it);
        return true;
    }
    bool isOnline(const QString &userId) const { return m_sockets.contains(userId); }
    int onlineUsers() const { return int(m_sockets.size()); }

private:
    QHash<QString, int> m_sockets;
};

} // namespace kora::server
