#pragma once

#include "ConversationRepository.h"
#include "Database.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDriver>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace kora::server {

// One seq range of one conversation that a transaction took.
struct SeqRange
{
    QString conversationId;
    qint64 from = 0;
    qint64 to = 0;
};

// The wake-up between the server processes that share one PostgreSQL
// database: LISTEN/NOTIFY on the channel `kora`. A notification names what
// changed (conversation ids, seq ranges, user ids), never message bodies;
// each process then reads what it has not sent from the tables. Publishing
// inside a transaction is delivered only if it commits, and one committed
// batch is one notification (a few if its ids fill more than 7.9 KB).
//
// On SQLite (one process) publishing does nothing and nothing arrives: the
// rest of the server runs the same code either way.
//
// The listening connection is a second connection of its own. It is checked
// every `checkIntervalMs` while quiet; when it was lost it is opened again,
// LISTEN is repeated and `resync()` tells the server to catch up on what it
// may have missed meanwhile.
class ClusterBus : public QObject
{
    Q_OBJECT
public:
    // `db` is the connection notifications are sent on (inside its transactions).
    ClusterBus(Database &db, QString nodeId, int checkIntervalMs = 1000, QObject *parent = nullptr);
    ~ClusterBus() override;

    // Opens the listening connection (PostgreSQL only).
    Expected<bool, QString> start();
    bool clustered() const { return m_db.isPostgres(); }
    const QString &nodeId() const { return m_nodeId; }

    // Each returns false when the notification could not be sent (inside a
    // transaction: roll it back).
    Expected<bool, DbError> messages(const QList<SeqRange> &ranges);
    // `created`: the conversation is new (its seq starts at 0).
    Expected<bool, DbError> conversationChanged(const QString &conversationId,
                                                const QStringList &userIds, bool created = false);
    Expected<bool, DbError> cursorMoved(const QString &conversationId, const QString &userId,
                                        qint64 seq, Cursor cursor);
    Expected<bool, DbError> typing(const QString &conversationId, const QString &userId,
                                   bool typing);
    // Users (userId, online) of this process, in order: one notification for all.
    Expected<bool, DbError> presence(const QList<std::pair<QString, bool>> &changes);
    Expected<bool, DbError> nodeGone(const QString &nodeId);
    Expected<bool, DbError> tokenVersion(const QString &userId, int version);

    // Payload lines, for tests: what one batch of lines is sent as.
    static QList<QByteArray> pack(const QString &nodeId, const QStringList &lines);
    static constexpr int maxPayloadBytes = 7900; // PostgreSQL's limit is 8000

Q_SIGNALS:
    void remoteMessages(const QString &conversationId, qint64 from, qint64 to);
    void remoteConversationChanged(const QString &conversationId, const QStringList &userIds,
                                   bool created);
    void remoteCursorMoved(const QString &conversationId, const QString &userId, qint64 seq,
                           kora::server::Cursor cursor);
    void remoteTyping(const QString &conversationId, const QString &userId, bool typing);
    void remotePresence(const QString &nodeId, const QString &userId, bool online);
    void remoteNodeGone(const QString &nodeId);
    void remoteTokenVersion(const QString &userId, int version);
    // The listening connection was lost and is back: notifications may have been missed.
    void resync();

private:
    Expected<bool, DbError> publish(const QStringList &lines);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void check();
    bool listen();

    Database &m_db;
    QString m_nodeId;
    int m_checkIntervalMs;
    std::unique_ptr<Database> m_listener;
    QTimer m_check;
    QElapsedTimer m_quiet; // since the last sign of life of the listening connection
    bool m_lost = false;
};

} // namespace kora::server
