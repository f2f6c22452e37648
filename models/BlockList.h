#pragma once

#include "SessionTypes.h"

#include <QHash>
#include <QObject>

namespace kora::net {
class SocketIoClient;
}

namespace kora::models {

class Cache;

// Whom the signed-in user blocks (protocol 7.4). Read from the server on
// every connect and kept in the cache, so a blocked person stays blocked in
// the view while offline; changed only through setBlocked(), which asks the
// server first (a block is a promise to the other side, not a local filter).
class BlockList : public QObject
{
    Q_OBJECT
public:
    // Not owned; they must outlive this object.
    BlockList(Cache &cache, net::ApiClient &api, net::SocketIoClient &socket,
              QObject *parent = nullptr);

    bool isBlocked(const QString &userId) const { return m_names.contains(userId); }
    // Who is blocked: user id → name (as the server last said).
    const QHash<QString, QString> &blocked() const { return m_names; }

    // GET /blocks into the list (and the cache); done on every connect.
    void refresh();
    // PUT or DELETE /blocks/{userId}; the list changes once the server agreed.
    void setBlocked(const QString &userId, const QString &name, bool blocked, QObject *context,
                    ResultCallback<bool> done);

Q_SIGNALS:
    void changed();

private:
    void replace(QHash<QString, QString> names);

    Cache &m_cache;
    net::ApiClient &m_api;
    QHash<QString, QString> m_names;
};

} // namespace kora::models
