#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace kora::server {

// Who is connected right now: a count of this process's live sockets per
// user, so a user with two windows stays online until the last one closes,
// and the other processes (nodes) where each user has a socket.
// A user is online while any process holds a socket of theirs.
class Presence
{
public:
    // true when this is the user's first socket here.
    bool addSocket(const QString &userId) { return ++m_sockets[userId] == 1; }
    // true when this was the user's last socket here.
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
    bool isOnline(const QString &userId) const
    {
        return m_sockets.contains(userId) || m_remote.contains(userId);
    }
    bool isLocal(const QString &userId) const { return m_sockets.contains(userId); }
    bool isRemote(const QString &userId) const { return m_remote.contains(userId); }
    QStringList localUsers() const { return m_sockets.keys(); }
    int onlineUsers() const
    {
        int n = int(m_sockets.size());
        for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it)
            n += m_sockets.contains(it.key()) ? 0 : 1;
        return n;
    }

    // Another node says the user has (or no longer has) a socket there; true
    // when that changes whether the user is online at all.
    bool setRemote(const QString &nodeId, const QString &userId, bool online)
    {
        const bool before = isOnline(userId);
        if (online) {
            m_remote[userId].insert(nodeId);
        } else if (auto it = m_remote.find(userId); it != m_remote.end()) {
            it->remove(nodeId);
            if (it->isEmpty())
                m_remote.erase(it);
        }
        return before != isOnline(userId);
    }
    // A node is gone: the users that were online only through it.
    QStringList dropNode(const QString &nodeId)
    {
        QStringList offline;
        for (auto it = m_remote.begin(); it != m_remote.end();) {
            if (it->remove(nodeId) && it->isEmpty()) {
                if (!m_sockets.contains(it.key()))
                    offline.append(it.key());
                it = m_remote.erase(it);
            } else {
                ++it;
            }
        }
        return offline;
    }
    // The whole remote picture read again (node, user pairs); the users whose
    // online state changed, with it.
    QList<std::pair<QString, bool>> replaceRemote(const QList<std::pair<QString, QString>> &rows)
    {
        QHash<QString, QSet<QString>> next;
        for (const auto &[node, user] : rows)
            next[user].insert(node);
        QList<std::pair<QString, bool>> changes;
        for (auto it = m_remote.cbegin(); it != m_remote.cend(); ++it) {
            if (!next.contains(it.key()) && !m_sockets.contains(it.key()))
                changes.append({it.key(), false});
        }
        for (auto it = next.cbegin(); it != next.cend(); ++it) {
            if (!m_remote.contains(it.key()) && !m_sockets.contains(it.key()))
                changes.append({it.key(), true});
        }
        m_remote = std::move(next);
        return changes;
    }

private:
    QHash<QString, int> m_sockets;
    QHash<QString, QSet<QString>> m_remote; // user → nodes
};

} // namespace kora::server
