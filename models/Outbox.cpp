#include "Outbox.h"

#include "ApiClient.h"
#include "ModelsLogging.h"
#include "SocketIoClient.h"

#include "protocol/Json.h"
#include "protocol/Requests.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
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
    // Copies left by entries acknowledged or discarded just before a crash.
    removeOrphanFiles();
    m_release.setSingleShot(true);
    connect(&m_release, &QTimer::timeout, this, &Outbox::pump);
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
    return error.code == net::clientCode::FileError || error.code == code::Invalid ||
           error.code == code::Forbidden || error.code == code::ReadOnly ||
           error.code == code::Blocked || error.code == code::NotFound ||
           error.code == code::Conflict || error.code == code::TooLarge ||
           error.code == code::UnsupportedMedia;
}

bool Outbox::isTransient(const proto::ApiError &error)
{
    namespace code = proto::code;
    return error.code == net::ackerror::Timeout || error.code == net::ackerror::Disconnected ||
           error.code == net::ackerror::Offline || error.code == net::clientCode::Timeout ||
           error.code == code::RateLimited || error.code == code::Internal ||
           error.code == code::Unauthorized; // a token being renewed
}

Expected<bool, QString> Outbox::react(const QString &conversationId, const QString &messageId,
                                      const QString &emoji, bool on)
{
    const auto valid = proto::Reaction::validateEmoji(emoji);
    if (!valid)
        return unexpected(valid.error().message);
    if (messageId.isEmpty())
        return unexpected(tr("This message is not sent yet."));
    OutboxEntry entry;
    entry.clientId = proto::newOrderedUuid();
    entry.conversationId = conversationId;
    entry.kind = QStringLiteral("react");
    entry.body = *valid;
    entry.targetId = messageId;
    entry.reactOn = on;
    auto stored = m_cache.enqueueReaction(entry);
    if (stored)
        pump();
    return stored;
}

const QStringList &Outbox::reasons()
{
    static const QStringList list{QStringLiteral("spam"), QStringLiteral("scam"),
                                  QStringLiteral("off_platform_payment"),
                                  QStringLiteral("harassment"), QStringLiteral("other")};
    return list;
}

Expected<bool, QString> Outbox::report(const QString &conversationId, const QString &messageId,
                                       const QString &reason, const QString &note)
{
    if (!reasons().contains(reason))
        return unexpected(tr("Choose why you report this."));
    const QString trimmed = note.trimmed();
    if (trimmed.toUcs4().size() > maxReportNote)
        return unexpected(tr("The note is longer than %1 characters.").arg(maxReportNote));
    OutboxEntry entry;
    entry.clientId = proto::newOrderedUuid();
    entry.conversationId = conversationId;
    entry.kind = QStringLiteral("report");
    entry.body = trimmed;
    entry.targetId = messageId;
    entry.reason = reason;
    auto stored = m_cache.enqueueReport(entry);
    if (stored)
        pump();
    return stored;
}

Expected<QString, QString> Outbox::deleteMessage(const QString &conversationId,
                                                 const QString &messageId)
{
    if (messageId.isEmpty())
        return unexpected(tr("This message is not sent yet."));
    OutboxEntry entry;
    entry.clientId = proto::newOrderedUuid();
    entry.conversationId = conversationId;
    entry.kind = QStringLiteral("delete");
    entry.targetId = messageId;
    entry.notBefore = QDateTime::currentMSecsSinceEpoch() + qMax(0, m_options.deleteHoldMs);
    if (auto stored = m_cache.enqueueDelete(entry); !stored)
        return unexpected(stored.error());
    pump();
    return entry.clientId;
}

bool Outbox::undoDelete(const QString &clientId)
{
    if (m_sending.contains(clientId))
        return false; // on its way: the server may already have it
    const auto dropped = m_cache.discard(clientId);
    if (dropped && *dropped)
        pump(); // the next release time may have changed
    return dropped && *dropped;
}

Expected<CachedMessage, QString> Outbox::send(const QString &conversationId, const QString &body,
                                              const QString &kind, const QStringList &attachmentIds,
                                              const QString &replyToId)
{
    const auto checked = proto::validateBody(body, {}, kind != QLatin1String("text"));
    if (!checked)
        return unexpected(checked.error().message);
    OutboxEntry entry;
    entry.clientId = proto::newOrderedUuid();
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

namespace {

bool isImageMime(const QString &mime)
{
    static const QStringList images{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                    QStringLiteral("image/webp"), QStringLiteral("image/gif")};
    return images.contains(mime);
}

} // namespace

Expected<CachedMessage, QString> Outbox::sendFiles(const QString &conversationId,
                                                   const QString &body,
                                                   const QList<LocalAttachment> &files,
                                                   const QString &replyToId)
{
    if (files.isEmpty())
        return unexpected(tr("Choose at least one file to send."));
    if (files.size() > 10)
        return unexpected(tr("At most 10 files can go in one message."));
    const auto checked = proto::validateBody(body, {}, true);
    if (!checked)
        return unexpected(checked.error().message);

    OutboxEntry entry;
    entry.clientId = proto::newOrderedUuid();
    entry.conversationId = conversationId;
    entry.body = *checked;
    entry.replyToId = replyToId;
    bool allImages = true;
    // Copies first: the outbox must not depend on the caller's (temporary) files.
    const QString dir = QDir(filesDir()).filePath(entry.clientId);
    if (!QDir().mkpath(dir))
        return unexpected(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir)));
    for (qsizetype i = 0; i < files.size(); ++i) {
        LocalAttachment copy = files[i];
        copy.path = QDir(dir).filePath(QString::number(i));
        if (!QFile::copy(files[i].path, copy.path)) {
            QDir(dir).removeRecursively();
            return unexpected(tr("Cannot read %1.").arg(QDir::toNativeSeparators(files[i].path)));
        }
        copy.size = QFileInfo(copy.path).size();
        if (copy.name.isEmpty())
            copy.name = QFileInfo(files[i].path).fileName();
        allImages = allImages && isImageMime(copy.mime);
        entry.files.append({copy, {}});
    }
    entry.kind = allImages ? QStringLiteral("image") : QStringLiteral("file");
    auto stored = m_cache.enqueue(entry, m_senderId);
    if (!stored) {
        QDir(dir).removeRecursively();
        return stored;
    }
    pump();
    return stored;
}

QString Outbox::filesDir() const
{
    // Per cache file: two caches side by side never take each other's copies for orphans.
    const QFileInfo cache(m_cache.path());
    return cache.absoluteDir().filePath(QStringLiteral("outbox-files/") + cache.completeBaseName());
}

void Outbox::setApiClient(net::ApiClient *api)
{
    m_api = api;
    pump();
}

void Outbox::removeFiles(const QString &clientId)
{
    if (clientId.isEmpty())
        return;
    const QString dir = QDir(filesDir()).filePath(clientId);
    if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively())
        qCWarning(lcSync) << "cannot remove the outbox copies in" << dir;
}

void Outbox::removeOrphanFiles()
{
    const QDir dir(filesDir());
    if (!dir.exists())
        return;
    QSet<QString> waiting;
    for (const OutboxEntry &e : m_cache.outbox())
        waiting.insert(e.clientId);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!waiting.contains(name))
            removeFiles(name);
    }
}

void Outbox::retry(const QString &clientId)
{
    if (m_cache.retry(clientId))
        pump();
}

void Outbox::discard(const QString &clientId)
{
    if (const auto transfer = m_uploads.take(clientId); transfer && m_api)
        m_api->cancelTransfer(transfer); // its callback sees "cancelled" and lets go
    const auto discarded = m_cache.discard(clientId);
    if (discarded && *discarded)
        removeFiles(clientId);
    if (discarded)
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
    // Held entries (deletes that can still be undone) go when their time comes.
    if (const qint64 next = m_cache.nextRelease(); next > 0) {
        const qint64 wait = next - QDateTime::currentMSecsSinceEpoch();
        m_release.start(int(qBound(qint64(0), wait + 1, qint64(24) * 3600 * 1000)));
    } else {
        m_release.stop();
    }
}

void Outbox::uploadNext(OutboxEntry entry)
{
    qsizetype index = 0;
    while (index < entry.files.size() && !entry.files[index].attachmentId.isEmpty()) {
        const qint64 size = entry.files[index].file.size;
        Q_EMIT uploadProgress(entry.clientId, int(index), size, size);
        ++index;
    }
    if (index == entry.files.size()) {
        for (const OutboxFile &f : std::as_const(entry.files))
            entry.attachmentIds.append(f.attachmentId);
        sendEntry(entry);
        return;
    }
    if (!m_api) { // nothing to upload with yet: setApiClient() pumps again
        m_inFlight.remove(entry.conversationId);
        return;
    }
    if (auto counted = m_cache.recordAttempt(entry.clientId); !counted)
        qCWarning(lcSync) << "cannot count an upload attempt:" << counted.error();
    const LocalAttachment file = entry.files[index].file;
    const QString clientId = entry.clientId;
    const int attempts = entry.attempts + 1;
    Q_EMIT uploadProgress(clientId, int(index), 0, file.size);
    const auto transfer = m_api->uploadAttachment(
        file.path, file.name, file.mime, this,
        [this, entry, index, attempts](const net::ApiResult<proto::Attachment> &result) mutable {
            const QString clientId = entry.clientId;
            if (!result && result.error().code == net::clientCode::Cancelled) {
                m_uploads.remove(clientId);
                m_inFlight.remove(entry.conversationId);
                return; // discarded (discard() pumps)
            }
            m_uploads.remove(clientId);
            if (!result) {
                m_inFlight.remove(entry.conversationId);
                handleFailure(clientId, entry.conversationId, attempts, result.error());
                return;
            }
            if (auto saved = m_cache.setUploaded(clientId, int(index), result->id); !saved) {
                // Discarded meanwhile, or the disk is full: start over from the cache.
                qCWarning(lcSync) << "cannot record an upload:" << saved.error();
                m_inFlight.remove(entry.conversationId);
                scheduleRetry(entry.conversationId, attempts, 0);
                return;
            }
            entry.files[index].attachmentId = result->id;
            Q_EMIT uploadProgress(clientId, int(index), entry.files[index].file.size,
                                  entry.files[index].file.size);
            uploadNext(std::move(entry));
        },
        [this, clientId, index](qint64 sent, qint64 total) {
            if (total > 0)
                Q_EMIT uploadProgress(clientId, int(index), sent, total);
        });
    if (transfer)
        m_uploads.insert(clientId, transfer);
}

void Outbox::handleFailure(const QString &clientId, const QString &conversationId, int attempts,
                           const proto::ApiError &error)
{
    if (isPermanent(error)) {
        qCInfo(lcSync) << "send refused:" << error.code << error.message;
        if (auto marked = m_cache.markFailed(clientId, error); !marked)
            qCWarning(lcSync) << "cannot mark a send failed:" << marked.error();
        Q_EMIT refused(clientId, error);
        pump();
        return;
    }
    qCDebug(lcSync) << "send will be retried:" << error.code << error.message;
    scheduleRetry(conversationId, attempts, error.retryAfterSeconds);
}

void Outbox::sendReaction(const OutboxEntry &entry)
{
    if (auto counted = m_cache.recordAttempt(entry.clientId); !counted)
        qCWarning(lcSync) << "cannot count a react attempt:" << counted.error();
    const QJsonObject payload{{QStringLiteral("messageId"), entry.targetId},
                              {QStringLiteral("emoji"), entry.body},
                              {QStringLiteral("on"), entry.reactOn}};
    const int attempts = entry.attempts + 1;
    m_socket.emitWithAck(
        QStringLiteral("react"), payload, this,
        [this, entry, attempts](const Expected<QJsonObject, proto::ApiError> &ack) {
            m_inFlight.remove(entry.conversationId);
            if (ack) {
                const proto::Message message =
                    proto::Message::fromJson(ack->value(QLatin1String("message")).toObject());
                if (auto stored = m_cache.acknowledgeReaction(entry.clientId, message); !stored) {
                    qCWarning(lcSync)
                        << "cannot record an acknowledged reaction:" << stored.error();
                    scheduleRetry(entry.conversationId, attempts, 0);
                    return;
                }
                pump();
                return;
            }
            if (isTransient(ack.error())) {
                scheduleRetry(entry.conversationId, attempts, ack.error().retryAfterSeconds);
                return;
            }
            // Refused for good: never retried; the view falls back to the server's list.
            qCInfo(lcSync) << "reaction refused:" << ack.error().code << ack.error().message;
            if (auto dropped = m_cache.discard(entry.clientId); !dropped)
                qCWarning(lcSync) << "cannot drop a refused reaction:" << dropped.error();
            Q_EMIT reactionRefused(entry.targetId, entry.body, entry.reactOn, ack.error());
            pump();
        },
        m_options.ackTimeoutMs);
}

template<typename T, typename Done>
void Outbox::finishRestOperation(const OutboxEntry &entry, int attempts,
                                 const Expected<T, proto::ApiError> &result, Done done)
{
    m_inFlight.remove(entry.conversationId);
    m_sending.remove(entry.clientId);
    // Over REST the link fails in more ways than an ack (unreachable, reset,
    // a proxy's 502): anything but a refusal for good is tried again.
    if (!result && !isPermanent(result.error())) {
        scheduleRetry(entry.conversationId, attempts, result.error().retryAfterSeconds);
        return;
    }
    if (!done()) { // the cache could not take it off (the disk): later, not in a loop
        scheduleRetry(entry.conversationId, attempts, 0);
        return;
    }
    pump();
}

void Outbox::sendReport(const OutboxEntry &entry)
{
    if (!m_api) { // nothing to file it with yet: setApiClient() pumps again
        m_inFlight.remove(entry.conversationId);
        return;
    }
    if (auto counted = m_cache.recordAttempt(entry.clientId); !counted)
        qCWarning(lcSync) << "cannot count a report attempt:" << counted.error();
    const net::ReportDraft draft{entry.clientId, entry.conversationId, entry.targetId, entry.reason,
                                 entry.body};
    const int attempts = entry.attempts + 1;
    m_sending.insert(entry.clientId);
    m_api->report(
        draft, this, [this, entry, attempts](const net::ApiResult<net::FiledReport> &result) {
            finishRestOperation(entry, attempts, result, [&] {
                // Filed (or already filed: the same clientId), or refused for good.
                if (auto dropped = m_cache.discard(entry.clientId); !dropped) {
                    qCWarning(lcSync) << "cannot take a report off the outbox:" << dropped.error();
                    return false;
                }
                if (result) {
                    Q_EMIT reportFiled(entry.conversationId, result->id);
                } else {
                    qCInfo(lcSync)
                        << "report refused:" << result.error().code << result.error().message;
                    Q_EMIT reportRefused(entry.conversationId, result.error());
                }
                return true;
            });
        });
}

void Outbox::sendDelete(const OutboxEntry &entry)
{
    if (!m_api) { // nothing to delete with yet: setApiClient() pumps again
        m_inFlight.remove(entry.conversationId);
        return;
    }
    if (auto counted = m_cache.recordAttempt(entry.clientId); !counted)
        qCWarning(lcSync) << "cannot count a delete attempt:" << counted.error();
    const int attempts = entry.attempts + 1;
    m_sending.insert(entry.clientId);
    m_api->deleteMessage(
        entry.targetId, this,
        [this, entry, attempts](const net::ApiResult<proto::Message> &result) {
            finishRestOperation(entry, attempts, result, [&] {
                if (result) {
                    // Deleted (deleting twice changes nothing): the server's message, stored
                    // with the entry gone, in one transaction.
                    if (auto stored = m_cache.acknowledgeReaction(entry.clientId, *result);
                        !stored) {
                        qCWarning(lcSync) << "cannot record a delete:" << stored.error();
                        return false;
                    }
                    return true;
                }
                qCInfo(lcSync) << "delete refused:" << result.error().code
                               << result.error().message;
                if (auto dropped = m_cache.discard(entry.clientId); !dropped) {
                    qCWarning(lcSync) << "cannot take a delete off the outbox:" << dropped.error();
                    return false;
                }
                Q_EMIT deleteRefused(entry.targetId, result.error());
                return true;
            });
        });
}

void Outbox::sendEntry(const OutboxEntry &entry)
{
    m_inFlight.insert(entry.conversationId);
    if (entry.kind == QLatin1String("react")) {
        sendReaction(entry);
        return;
    }
    if (entry.kind == QLatin1String("report")) {
        sendReport(entry);
        return;
    }
    if (entry.kind == QLatin1String("delete")) {
        sendDelete(entry);
        return;
    }
    if (!entry.files.isEmpty() && entry.attachmentIds.size() != entry.files.size()) {
        uploadNext(entry);
        return;
    }
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
                // The copies are still there while acknowledged() is delivered (a
                // view may keep them as the full-size pictures it already has).
                Q_EMIT acknowledged(clientId, message);
                removeFiles(clientId);
                pump();
                return;
            }
            handleFailure(clientId, conversationId, attempts, ack.error());
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
