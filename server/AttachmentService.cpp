#include "AttachmentService.h"

#include "AuditRepository.h"

#include "ServerLogging.h"

#include "protocol/Json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QtConcurrent>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

ApiError storageError(const DbError &error)
{
    qCWarning(lcServerDb) << "storage error:" << error.message;
    return {code::Internal, QStringLiteral("the server could not store or read that; try again")};
}

template<typename T> QFuture<T> ready(T value)
{
    return QtFuture::makeReadyFuture(std::move(value));
}

// The original and (for an image) its thumbnail, into the store.
Expected<bool, ApiError> putBlobs(BlobStore &blobs, const QByteArray &bytes,
                                  const CheckedUpload &checked)
{
    auto put = blobs.put({checked.blob.sha256, BlobKind::Original}, bytes);
    if (put && checked.blob.image)
        put = blobs.put({checked.blob.sha256, BlobKind::Thumbnail}, checked.thumb);
    if (!put) {
        qCWarning(lcServer).noquote() << "cannot store an upload:" << put.error().message;
        return unexpected(ApiError{code::Internal, QStringLiteral("cannot store the file")});
    }
    return true;
}

} // namespace

AttachmentService::AttachmentService(Database &db, AttachmentStore checks,
                                     std::shared_ptr<BlobStore> blobs, UploadQuota quota,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_checks(std::move(checks))
    , m_blobs(std::move(blobs))
    , m_rows(db)
    , m_quota(quota)
    , m_uploadLimiter(quota.perMinute, 60'000)
{
    m_imagePool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() / 2));
    m_imagePool.setObjectName(QStringLiteral("kora-image-checks"));
}

std::optional<ApiError> AttachmentService::overQuota(const Actor &actor, qint64 size)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const auto wait = m_uploadLimiter.tryAcquire(actor.userId, now))
        return ApiError::rateLimited(QStringLiteral("more than %1 uploads a minute; wait %2 s")
                                         .arg(m_quota.perMinute)
                                         .arg(*wait),
                                     *wait);
    auto unsent = m_rows.unsentBytesSince(actor.userId, now - 24LL * 3600 * 1000);
    if (!unsent)
        return storageError(unsent.error());
    if (*unsent + size > m_quota.unsentBytesPerDay)
        return ApiError{code::TooLarge,
                        QStringLiteral("files uploaded today and not sent yet would be over %1 MB;"
                                       " send them first")
                            .arg(m_quota.unsentBytesPerDay / (1024 * 1024))};
    return std::nullopt;
}

QFuture<Result<proto::Attachment>> AttachmentService::upload(const Actor &actor,
                                                             const QByteArray &bytes,
                                                             const QByteArray &contentType,
                                                             const QString &rawName)
{
    using R = Result<proto::Attachment>;
    if (actor.isSupport())
        return ready<R>(
            unexpected(ApiError{code::ReadOnly, QStringLiteral("support accounts are read-only")}));
    const QString name = AttachmentStore::sanitizeName(rawName);
    const bool claimedImage = AttachmentStore::claimsImage(name, contentType);
    // Cheap refusals first, on the event loop: no worker for what cannot fit.
    const qint64 cap = AttachmentStore::sniffImage(bytes).isEmpty() ? limits().maxFileBytes
                                                                    : limits().maxImageBytes;
    if (bytes.size() > cap)
        return ready<R>(unexpected(
            ApiError{code::TooLarge, QStringLiteral("the file is larger than %1 bytes").arg(cap)}));
    if (bytes.isEmpty())
        return ready<R>(unexpected(ApiError{code::Invalid, QStringLiteral("the file is empty")}));
    if (const auto refused = overQuota(actor, bytes.size()))
        return ready<R>(unexpected(*refused));

    // Copies (numbers, and a store that works on any thread, if it does): the
    // worker never reaches back into this object or its connection.
    const AttachmentStore checks = m_checks;
    const std::shared_ptr<BlobStore> offLoop = m_blobs->threadSafe() ? m_blobs : nullptr;
    const QString uploader = actor.userId;
    return QtConcurrent::run(
               &m_imagePool,
               [checks, offLoop, bytes, claimedImage]() -> Expected<CheckedUpload, ApiError> {
                   auto checked = checks.check(bytes, claimedImage);
                   if (checked && offLoop) {
                       if (auto put = putBlobs(*offLoop, bytes, *checked); !put)
                           return unexpected(put.error());
                   }
                   return checked;
               })
        .then(this,
              [this, uploader, name, bytes,
               offLoop](const Expected<CheckedUpload, ApiError> &checked) -> R {
                  if (!checked)
                      return unexpected(checked.error());
                  if (!offLoop) { // the database store: on the thread of its connection
                      if (auto put = putBlobs(*m_blobs, bytes, *checked); !put)
                          return unexpected(put.error());
                  }
                  const StoredBlob *blob = &checked->blob;
                  AttachmentRecord a;
                  a.id = proto::newOrderedUuid();
                  a.uploaderId = uploader;
                  a.name = name;
                  a.mime = blob->mime;
                  a.size = blob->size;
                  a.width = blob->width;
                  a.height = blob->height;
                  a.sha256 = blob->sha256;
                  a.thumb = blob->image;
                  a.createdAt = QDateTime::currentMSecsSinceEpoch();
                  if (auto inserted = m_rows.insert(a); !inserted)
                      return unexpected(storageError(inserted.error()));
                  // The blob stays even if this row failed: another row may share it.
                  return a.toProto();
              });
}

Result<bool> AttachmentService::mayView(const Actor &actor, const AttachmentRecord &attachment)
{
    if (attachment.uploaderId == actor.userId)
        return true;
    if (attachment.messageId.isEmpty())
        return false;
    if (actor.isSupport()) {
        // Support sees the attachments of a conversation it has opened through
        // the admin routes, which wrote that opening to the audit log.
        auto conversation = m_rows.carryingConversation(attachment.id);
        if (!conversation)
            return unexpected(storageError(conversation.error()));
        if (conversation->isEmpty())
            return false;
        auto viewed = AuditRepository(m_db).hasViewed(actor.userId, *conversation);
        if (!viewed)
            return unexpected(storageError(viewed.error()));
        return *viewed;
    }
    auto carried = m_rows.isCarriedFor(attachment.id, actor.userId);
    if (!carried)
        return unexpected(storageError(carried.error()));
    return *carried;
}

Result<AttachmentDownload> AttachmentService::download(const Actor &actor, const QString &id,
                                                       bool thumb)
{
    auto found = m_rows.find(id);
    if (!found)
        return unexpected(storageError(found.error()));
    if (!*found)
        return unexpected(ApiError{code::NotFound, QStringLiteral("no such attachment")});
    const AttachmentRecord &a = **found;
    auto allowed = mayView(actor, a);
    if (!allowed)
        return unexpected(allowed.error());
    if (!*allowed)
        return unexpected(
            ApiError{code::Forbidden, QStringLiteral("this attachment is not shared with you")});
    if (thumb && !a.thumb)
        return unexpected(ApiError{code::NotFound, QStringLiteral("this file has no thumbnail")});
    // Read a chunk at a time (the database store fetches each chunk when it
    // gets to it) into the reply's body. Not streamed to the socket: the
    // QHttpServerResponder of Qt 6.4 can write from a QIODevice, but does so
    // asynchronously after write() returns (IOChunkedTransfer), while
    // HttpFront answers the pipelined requests of a connection in order by
    // writing each whole HttpReply (a QByteArray body) right after the one
    // before: a body still streaming would interleave with the next answer.
    const BlobKey key{a.sha256, thumb ? BlobKind::Thumbnail : BlobKind::Original};
    auto bytes = m_blobs->readAll(key);
    if (bytes && !thumb &&
        (bytes->size() != a.size ||
         QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex() !=
             a.sha256.toLatin1()))
        bytes =
            unexpected(BlobError{BlobError::Kind::Corrupt,
                                 QStringLiteral("%1 does not hash to its name").arg(key.name())});
    if (!bytes) {
        qCWarning(lcServer).noquote() << "attachment" << a.id << "unreadable in"
                                      << m_blobs->describe() << ":" << bytes.error().message;
        switch (bytes.error().kind) {
        case BlobError::Kind::Missing:
            return unexpected(ApiError{code::NotFound, QStringLiteral("the file is gone")});
        case BlobError::Kind::Corrupt:
            return unexpected(
                ApiError{code::Internal, QStringLiteral("the stored file is damaged; the server's "
                                                        "administrator has to restore it")});
        case BlobError::Kind::Storage:
            break;
        }
        return unexpected(ApiError{
            code::Internal, QStringLiteral("the server could not read the file; try again")});
    }
    AttachmentDownload d;
    d.bytes = std::move(*bytes);
    d.mime = thumb ? QStringLiteral("image/jpeg") : a.mime;
    d.name = a.name;
    d.sha256 = a.sha256 + (thumb ? QStringLiteral("-thumb") : QString());
    d.inlineImage = thumb || a.thumb;
    return d;
}

} // namespace kora::server
