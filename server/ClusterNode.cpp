#include "ClusterNode.h"

#include "ClusterBus.h"
#include "Presence.h"
#include "ServerLogging.h"

#include <QDateTime>

namespace kora::server {
namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ClusterNode::ClusterNode(Database &db, ClusterBus &bus, Presence &presence, int heartbeatMs,
                         int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_bus(bus)
    , m_presence(presence)
    , m_timeoutMs(timeoutMs)
{
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ClusterNode::heartbeat);
    connect(&bus, &ClusterBus::remotePresence, this,
            [this](const QString &nodeId, const QString &userId, bool online) {
                if (m_presence.setRemote(nodeId, userId, online))
                    Q_EMIT presenceChanged(userId, online);
            });
    connect(&bus, &ClusterBus::remoteNodeGone, this, &ClusterNode::nodeGone);
}

ClusterNode::~ClusterNode()
{
    stop();
}

Expected<bool, DbError> ClusterNode::registerNode()
{
    const qint64 now = nowMs();
    return m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM presence WHERE node_id = ?"),
                                   {m_bus.nodeId()});
                !q)
                return unexpected(q.error());
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM server_nodes WHERE id = ?"),
                                   {m_bus.nodeId()});
                !q)
                return unexpected(q.error());
            if (auto q = m_db.exec(QStringLiteral("INSERT INTO server_nodes (id, started_at,"
                                                  " heartbeat_at) VALUES (?, ?, ?)"),
                                   {m_bus.nodeId(), now, now});
                !q)
                return unexpected(q.error());
            for (const QString &userId : m_presence.localUsers()) {
                if (auto q = m_db.exec(QStringLiteral("INSERT INTO presence (node_id, user_id)"
                                                      " VALUES (?, ?)"),
                                       {m_bus.nodeId(), userId});
                    !q)
                    return unexpected(q.error());
                if (auto sent = m_bus.presence({{userId, true}}); !sent)
                    return sent;
            }
            return true;
        },
        +[](const DbError &e) { return e; });
}

Expected<bool, QString> ClusterNode::start()
{
    if (auto registered = registerNode(); !registered)
        return unexpected(QStringLiteral("cannot register this server process: %1")
                              .arg(registered.error().message));
    m_started = true;
    reap();
    reloadRemote();
    m_heartbeat.start();
    return true;
}

void ClusterNode::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_pendingPresence.clear(); // the rows of this node all go
    m_heartbeat.stop();
    auto left = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM presence WHERE node_id = ?"),
                                   {m_bus.nodeId()});
                !q)
                return unexpected(q.error());
            if (auto q = m_db.exec(QStringLiteral("DELETE FROM server_nodes WHERE id = ?"),
                                   {m_bus.nodeId()});
                !q)
                return unexpected(q.error());
            return m_bus.nodeGone(m_bus.nodeId());
        },
        +[](const DbError &e) { return e; });
    if (!left)
        qCWarning(lcServerDb) << "could not leave the cluster cleanly; the others reap this node";
}

void ClusterNode::userOnline(const QString &userId)
{
    queuePresence(userId, true);
}

void ClusterNode::userOffline(const QString &userId)
{
    queuePresence(userId, false);
}

void ClusterNode::queuePresence(const QString &userId, bool online)
{
    m_pendingPresence.append({userId, online});
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &ClusterNode::flushPresence);
    }
}

void ClusterNode::flushPresence()
{
    m_flushScheduled = false;
    const auto changes = std::exchange(m_pendingPresence, {});
    if (changes.isEmpty() || !m_started)
        return;
    // (A connect storm used to cost one commit, so one disk sync on SQLite
    // FULL, per socket: 10,000 connects took 73 s.)
    auto stored = m_db.transaction<bool, DbError>(
        [&]() -> Expected<bool, DbError> {
            for (const auto &[userId, online] : changes) {
                auto q = online ? m_db.exec(QStringLiteral("INSERT INTO presence (node_id, user_id)"
                                                           " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                            {m_bus.nodeId(), userId})
                                : m_db.exec(QStringLiteral("DELETE FROM presence"
                                                           " WHERE node_id = ? AND user_id = ?"),
                                            {m_bus.nodeId(), userId});
                if (!q)
                    return unexpected(q.error());
            }
            return m_bus.presence(changes);
        },
        +[](const DbError &e) { return e; });
    if (!stored)
        qCWarning(lcServerDb) << "could not store presence or tell the other processes of it";
}

void ClusterNode::heartbeat()
{
    auto beat = m_db.exec(QStringLiteral("UPDATE server_nodes SET heartbeat_at = ? WHERE id = ?"),
                          {nowMs(), m_bus.nodeId()});
    if (!beat) {
        qCWarning(lcServerDb) << "heartbeat failed";
        return;
    }
    if (beat->numRowsAffected() == 0) {
        // Reaped by another node while this one stalled: join again, users and all.
        qCWarning(lcServerDb) << "this node was reaped after a stall; registering again";
        if (!registerNode())
            return;
    }
    reap();
}

void ClusterNode::reap()
{
    auto dead = m_db.exec(
        QStringLiteral("DELETE FROM server_nodes WHERE heartbeat_at < ? AND id <> ? RETURNING id"),
        {nowMs() - m_timeoutMs, m_bus.nodeId()});
    if (!dead)
        return;
    QStringList gone;
    while (dead->next())
        gone.append(dead->value(0).toString());
    for (const QString &nodeId : std::as_const(gone)) {
        qCInfo(lcServerDb) << "server node" << nodeId << "stopped heartbeating; its sockets no"
                           << "longer count";
        if (!m_db.exec(QStringLiteral("DELETE FROM presence WHERE node_id = ?"), {nodeId}) ||
            !m_bus.nodeGone(nodeId))
            qCWarning(lcServerDb) << "could not clear the presence of a dead node";
        nodeGone(nodeId);
    }
}

void ClusterNode::nodeGone(const QString &nodeId)
{
    if (nodeId == m_bus.nodeId())
        return;
    for (const QString &userId : m_presence.dropNode(nodeId))
        Q_EMIT presenceChanged(userId, false);
}

void ClusterNode::reloadRemote()
{
    auto q = m_db.exec(QStringLiteral("SELECT p.node_id, p.user_id FROM presence p"
                                      " JOIN server_nodes n ON n.id = p.node_id"
                                      " WHERE n.heartbeat_at >= ? AND p.node_id <> ?"),
                       {nowMs() - m_timeoutMs, m_bus.nodeId()});
    if (!q)
        return;
    QList<std::pair<QString, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto &[userId, online] : m_presence.replaceRemote(rows))
        Q_EMIT presenceChanged(userId, online);
}

} // namespace kora::server
