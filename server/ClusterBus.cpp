#include "ClusterBus.h"

#include "ServerLogging.h"

#include <QSqlDriver>

namespace kora::server {
namespace {

const QString channel = QStringLiteral("kora");

QString cursorCode(Cursor cursor)
{
    return cursor == Cursor::Read ? QStringLiteral("r") : QStringLiteral("d");
}

} // namespace

ClusterBus::ClusterBus(Database &db, QString nodeId, int checkIntervalMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_nodeId(std::move(nodeId))
    , m_checkIntervalMs(checkIntervalMs)
{
    m_check.setInterval(checkIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &ClusterBus::check);
}

ClusterBus::~ClusterBus() = default;

Expected<bool, QString> ClusterBus::start()
{
    if (!clustered())
        return true;
    Database::Options options = m_db.options();
    options.applicationName = QStringLiteral("kora-server-listen");
    options.statementTimeoutMs = 5000;
    auto listener = Database::open(options);
    if (!listener)
        return unexpected(
            QStringLiteral("cannot open the listening connection: %1").arg(listener.error()));
    m_listener = std::move(*listener);
    if (!listen())
        return unexpected(QStringLiteral("cannot LISTEN on the database"));
    m_check.start();
    return true;
}

bool ClusterBus::listen()
{
    QSqlDriver *driver = m_listener->connection().driver();
    disconnect(driver, nullptr, this, nullptr);
    if (driver->subscribedToNotifications().contains(channel))
        driver->unsubscribeFromNotification(channel);
    if (!driver->subscribeToNotification(channel))
        return false;
    connect(driver, &QSqlDriver::notification, this, &ClusterBus::onNotification);
    m_quiet.start();
    return true;
}

void ClusterBus::check()
{
    if (m_quiet.isValid() && m_quiet.elapsed() < m_checkIntervalMs && !m_lost)
        return;
    // A terminated backend or a dead network shows only when the connection is used.
    if (!m_lost && m_listener->exec(QStringLiteral("SELECT 1"))) {
        m_quiet.start();
        return;
    }
    if (!m_lost) {
        qCWarning(lcServerDb) << "the listening connection was lost; re-opening it";
        m_lost = true;
    }
    if (!m_listener->reopen() || !listen())
        return; // tried again at the next check
    m_lost = false;
    qCInfo(lcServerDb) << "listening again; catching up on what may have been missed";
    Q_EMIT resync();
}

QList<QByteArray> ClusterBus::pack(const QString &nodeId, const QStringList &lines)
{
    QList<QByteArray> payloads;
    QByteArray current = nodeId.toLatin1();
    bool any = false;
    for (const QString &line : lines) {
        const QByteArray bytes = line.toUtf8();
        if (any && current.size() + 1 + bytes.size() > maxPayloadBytes) {
            payloads.append(current);
            current = nodeId.toLatin1();
            any = false;
        }
        current += '\n' + bytes;
        any = true;
    }
    if (any)
        payloads.append(current);
    return payloads;
}

Expected<bool, DbError> ClusterBus::publish(const QStringList &lines)
{
    if (!clustered() || lines.isEmpty())
        return true;
    for (const QByteArray &payload : pack(m_nodeId, lines)) {
        auto sent = m_db.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                              {channel, QString::fromUtf8(payload)});
        if (!sent)
            return unexpected(sent.error());
    }
    return true;
}

Expected<bool, DbError> ClusterBus::messages(const QList<SeqRange> &ranges)
{
    QStringList lines;
    for (const SeqRange &r : ranges)
        lines.append(QStringLiteral("m %1 %2 %3").arg(r.conversationId).arg(r.from).arg(r.to));
    return publish(lines);
}

Expected<bool, DbError> ClusterBus::conversationChanged(const QString &conversationId,
                                                        const QStringList &userIds, bool created)
{
    // Many users (a big group): "every participant" says it in fewer bytes.
    const QStringList named = userIds.size() > 50 ? QStringList() : userIds;
    return publish(
        {(QStringList{created ? QStringLiteral("n") : QStringLiteral("c"), conversationId} + named)
             .join(u' ')});
}

Expected<bool, DbError> ClusterBus::cursorMoved(const QString &conversationId,
                                                const QString &userId, qint64 seq, Cursor cursor)
{
    return publish(
        {QStringLiteral("%1 %2 %3 %4").arg(cursorCode(cursor), conversationId, userId).arg(seq)});
}

Expected<bool, DbError> ClusterBus::typing(const QString &conversationId, const QString &userId,
                                           bool typing)
{
    return publish(
        {QStringLiteral("t %1 %2 %3")
             .arg(conversationId, userId, typing ? QStringLiteral("1") : QStringLiteral("0"))});
}

Expected<bool, DbError> ClusterBus::presence(const QList<std::pair<QString, bool>> &changes)
{
    QStringList lines;
    for (const auto &[userId, online] : changes)
        lines.append(QStringLiteral("p %1 %2").arg(userId, online ? QStringLiteral("1")
                                                                  : QStringLiteral("0")));
    return publish(lines);
}

Expected<bool, DbError> ClusterBus::nodeGone(const QString &nodeId)
{
    return publish({QStringLiteral("x ") + nodeId});
}

Expected<bool, DbError> ClusterBus::tokenVersion(const QString &userId, int version)
{
    return publish({QStringLiteral("v %1 %2").arg(userId).arg(version)});
}

void ClusterBus::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                const QVariant &payload)
{
    if (name != channel)
        return;
    m_quiet.start();
    const QStringList lines = payload.toString().split(QLatin1Char('\n'));
    if (lines.size() < 2 || lines.first() == m_nodeId)
        return; // our own, already delivered here
    const QString &from = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (f.isEmpty())
            continue;
        const QString &kind = f.first();
        if (kind == QLatin1String("m") && f.size() == 4) {
            Q_EMIT remoteMessages(f[1], f[2].toLongLong(), f[3].toLongLong());
        } else if ((kind == QLatin1String("c") || kind == QLatin1String("n")) && f.size() >= 2) {
            Q_EMIT remoteConversationChanged(f[1], f.mid(2), kind == QLatin1String("n"));
        } else if ((kind == QLatin1String("r") || kind == QLatin1String("d")) && f.size() == 4) {
            Q_EMIT remoteCursorMoved(f[1], f[2], f[3].toLongLong(),
                                     kind == QLatin1String("r") ? Cursor::Read : Cursor::Delivered);
        } else if (kind == QLatin1String("t") && f.size() == 4) {
            Q_EMIT remoteTyping(f[1], f[2], f[3] == QLatin1String("1"));
        } else if (kind == QLatin1String("p") && f.size() == 3) {
            Q_EMIT remotePresence(from, f[1], f[2] == QLatin1String("1"));
        } else if (kind == QLatin1String("x") && f.size() == 2) {
            Q_EMIT remoteNodeGone(f[1]);
        } else if (kind == QLatin1String("v") && f.size() == 3) {
            Q_EMIT remoteTokenVersion(f[1], f[2].toInt());
        } else {
            qCWarning(lcServerDb) << "ignoring an unknown cluster notification"
                                  << lines.at(i).left(80);
        }
    }
}

} // namespace kora::server
