#include "AttachmentService.h"

#include "ServerLogging.h"

#include "protocol/Json.h"

#include <QDateTime>
#include <QFile>
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

} // namespace

AttachmentService::AttachmentService(Database &db, AttachmentStore store, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(std::move(store))
    , m_rows(db)
{}

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

    // A copy (a path and numbers): the worker never reaches back into this object.
    const AttachmentStore store = m_store;
    const QString uploader = actor.userId;
    return QtConcurrent::run(
               [store, bytes, claimedImage] { return store.store(bytes, claimedImage); })
        .then(this, [this, uploader, name](const Expected<StoredBlob, ApiError> &blob) -> R {
            if (!blob)
                return unexpected(blob.error());
            AttachmentRecord a;
            a.id = proto::newUuid();
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
            // The file stays even if this row failed: another row may share it.
            return a.toProto();
        });
}

Result<bool> AttachmentService::mayView(const Actor &actor, const AttachmentRecord &attachment)
{
    if (attachment.uploaderId == actor.userId)
        return true;
    if (attachment.messageId.isEmpty())
        return false;
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
    QFile file(thumb ? m_store.thumbPath(a.sha256) : m_store.blobPath(a.sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServer) << "attachment file missing:" << file.fileName() << file.errorString();
        return unexpected(ApiError{code::NotFound, QStringLiteral("the file is gone")});
    }
    AttachmentDownload d;
    d.bytes = file.readAll();
    d.mime = thumb ? QStringLiteral("image/jpeg") : a.mime;
    d.name = a.name;
    d.sha256 = a.sha256 + (thumb ? QStringLiteral("-thumb") : QString());
    d.inlineImage = thumb || a.thumb;
    return d;
}

} // namespace kora::server
