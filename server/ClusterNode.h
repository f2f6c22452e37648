#pragma once

#include "Database.h"

#include <QObject>
#include <QTimer>

namespace kora::server {

class ClusterBus;
class Presence;

// This process as one node of the cluster: its row in server_nodes,
// heartbeated every `heartbeatMs`, and its users' rows in `presence`. Every
// heartbeat also reaps nodes silent for `timeoutMs` (killed, powered off):
// their presence rows go and the other nodes are told, so their users stop
// counting as online. On SQLite the same runs for the one process (a crashed
// predecessor's rows are reaped at start).
class ClusterNode : public QObject
{
    Q_OBJECT
public:
    ClusterNode(Database &db, ClusterBus &bus, Presence &presence, int heartbeatMs, int timeoutMs,
                QObject *parent = nullptr);
    ~ClusterNode() override;

    Expected<bool, QString> start();
    // Leaves the cluster (clean shutdown): the other nodes stop counting our users at once.
    void stop();

    // Written (and told to the other processes) together with the other
    // changes of the same event-loop turn: one transaction and one
    // notification for a connect storm, not one disk sync per socket.
    void userOnline(const QString &userId);
    void userOffline(const QString &userId);
    // Reads the other nodes' presence again (after missed notifications).
    void reloadRemote();

Q_SIGNALS:
    // Users whose online state changed through another node (reaped, or read again).
    void presenceChanged(const QString &userId, bool online);

private:
    void queuePresence(const QString &userId, bool online);
    void flushPresence();
    void heartbeat();
    void reap();
    Expected<bool, DbError> registerNode();
    void nodeGone(const QString &nodeId);

    Database &m_db;
    ClusterBus &m_bus;
    Presence &m_presence;
    int m_timeoutMs;
    QTimer m_heartbeat;
    bool m_started = false;
    QList<std::pair<QString, bool>> m_pendingPresence; // in the order they happened
    bool m_flushScheduled = false;
};

} // namespace kora::server
