#include "Outbox.h"

#include "ApiClient.h"
#include "ModelsLogging.h"
#include "SocketIoClient.h"

#include "protocol/Json.h"
#include "protocol/Requests.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>

namespace kora::models {

Outbox::Outbox(Cache &cache, net::SocketIoClient &socket, QString senderId, Options options,
               QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_socket(socket)
    , m_senderId(std::move(senderId))
    , m_options(options)
{
    // A fresh link: what waited for the network goes now, not after its backoff.
    connect(&m_socket, &net::SocketIoClient::connected, this, [this] {
        for (QTimer *timer : std::as_const(m_retryTimers))
            timer->stop();
        pump();
    });
}

bool Outbox::isPermanent(const proto::ApiError &error)
{
    namespace code = proto::code;
    return error.code == code::Invalid || error.code == code::Forbidden ||
           error.code == code::ReadOnly || error.code == code::NotFound ||
           error.code == code::Conflict || error.code == code::TooLarge ||
           error.code == code::UnsupportedMedia;
}

Expected<CachedMessage, QString> Outbox::send(const QString &conversationId, const QString &body,
                                              const QString &kind, const QStringList &attachmentIds,
                                              const QString &replyToId)
{
    const auto checked = proto::validateBody(body, {}, kind != QLatin1String("text"));
    if (!checked)
        return unexpected(checked.error().message);
    OutboxEntry entry;
    entry.clientId = proto::newUuid();
    entry.conversationId = conversationId;
    entry.kind = kind;
    entry.body = *checked;
    entry.attachmentIds = attachmentIds;
    entry.replyToId = replyToId;
    auto stored = m_cache.enqueue(entry, m_senderId);
    if (stored)
        pump();
    return stored;
}

Expected<CachedMessage, QString> Outbox::sendFiles(const QString &, const QString &,
                                                   const QList<LocalAttachment> &)
{
    return unexpected(QStringLiteral("sending files is not built yet"));
}

QString Outbox::filesDir() const
{
    return QFileInfo(m_cache.path()).absoluteDir().filePath(QStringLiteral("outbox-files"));
}

void Outbox::setApiClient(net::ApiClient *api)
{
    m_api = api;
}

void Outbox::retry(const QString &clientId)
{
    if (m_cache.retry(clientId))
        pump();
}

void Outbox::discard(const QString &clientId)
{
    if (m_cache.discard(clientId))
        pump();
}

void Outbox::pump()
{
    if (m_socket.state() != net::SocketIoClient::State::Connected)
        return;
    // A failed message does not hold back the ones behind it: heads skip it.
    for (const OutboxEntry &entry : m_cache.outboxHeads()) {
        if (m_inFlight.contains(entry.conversationId))
            continue;
        if (QTimer *timer = m_retryTimers.value(entry.conversationId); timer && timer->isActive())
            continue;
        sendEntry(entry);
    }
}

void Outbox::sendEntry(const OutboxEntry &entry)
{
    m_inFlight.insert(entry.conversationId);
    if (auto counted = m_cache.recordAttempt(entry.clientId); !counted)
        qCWarning(lcSync) << "cannot count a send attempt:" << counted.error();
    QJsonObject payload{{QStringLiteral("conversationId"), entry.conversationId},
                        {QStringLiteral("clientId"), entry.clientId},
                        {QStringLiteral("kind"), entry.kind},
                        {QStringLiteral("body"), entry.body}};
    if (!entry.attachmentIds.isEmpty())
        payload.insert(QLatin1String("attachmentIds"),
                       QJsonArray::fromStringList(entry.attachmentIds));
    if (!entry.replyToId.isEmpty())
        payload.insert(QLatin1String("replyToId"), entry.replyToId);

    const QString clientId = entry.clientId;
    const QString conversationId = entry.conversationId;
    const int attempts = entry.attempts + 1;
    m_socket.emitWithAck(
        QStringLiteral("send_message"), payload, this,
        [this, clientId, conversationId,
         attempts](const Expected<QJsonObject, proto::ApiError> &ack) {
            m_inFlight.remove(conversationId);
            if (ack) {
                const proto::Message message =
                    proto::Message::fromJson(ack->value(QLatin1String("message")).toObject());
                if (auto stored = m_cache.acknowledge(clientId, message); !stored) {
                    qCWarning(lcSync) << "cannot record an acknowledged send:" << stored.error();
                    scheduleRetry(conversationId, attempts, 0);
                    return;
                }
                Q_EMIT acknowledged(clientId, message);
                pump();
                return;
            }
            if (isPermanent(ack.error())) {
                qCInfo(lcSync) << "send refused:" << ack.error().code << ack.error().message;
                if (auto marked = m_cache.markFailed(clientId, ack.error()); !marked)
                    qCWarning(lcSync) << "cannot mark a send failed:" << marked.error();
                Q_EMIT refused(clientId, ack.error());
                pump();
                return;
            }
            qCDebug(lcSync) << "send will be retried:" << ack.error().code;
            scheduleRetry(conversationId, attempts, ack.error().retryAfterSeconds);
        },
        m_options.ackTimeoutMs);
}

void Outbox::scheduleRetry(const QString &conversationId, int attempts, int retryAfterSeconds)
{
    QTimer *&timer = m_retryTimers[conversationId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, &Outbox::pump);
    }
    const qint64 exp = qint64(m_options.retryBaseMs) << qMin(attempts - 1, 16);
    const qint64 cap = qMin<qint64>(exp, m_options.retryMaxMs);
    // Full jitter in [cap/2, cap]: many clients coming back at once spread out.
    qint64 delay = cap / 2 + QRandomGenerator::global()->bounded(cap / 2 + 1);
    delay = qMax<qint64>(delay, qint64(retryAfterSeconds) * 1000);
    timer->start(int(delay));
}

} // namespace kora::models
