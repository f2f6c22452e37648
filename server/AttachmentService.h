#pragma once

#include "AttachmentRepository.h"
#include "AttachmentStore.h"
#include "BlobStore.h"
#include "ChatService.h"

#include "RateLimiter.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

namespace kora::server {

// What a download answers with.
struct AttachmentDownload
{
    QByteArray bytes;
    QString mime;
    QString name;
    QString sha256; // the ETag
    bool inlineImage = false;
};

// How much one user may upload: uploads per minute, and the bytes of uploads
// made in the last day that no message carries yet (so unsent uploads cannot
// fill the disk).
struct UploadQuota
{
    int perMinute = 30;
    qint64 unsentBytesPerDay = 512LL * 1024 * 1024;
};

// Uploads and downloads of attachments: checks, bytes (in the BlobStore:
// the database or a shared directory, so any process serves any upload),
// rows, access.
class AttachmentService : public QObject
{
    Q_OBJECT
public:
    AttachmentService(Database &db, AttachmentStore checks, std::shared_ptr<BlobStore> blobs,
                      UploadQuota quota = {}, QObject *parent = nullptr);

    const AttachmentLimits &limits() const { return m_checks.limits(); }
    BlobStore &blobs() { return *m_blobs; }
    // Where uploads are sniffed and decoded: a pool of its own, half the
    // cores (at least one), so decoding never queues logins (whose password
    // checks run on the global pool) nor takes every core.
    QThreadPool &imagePool() { return m_imagePool; }

    // Checks and stores an upload. The bytes are sniffed and decoded off the
    // event loop (and written there too when the store allows it: a
    // directory); the database store is written, and the row recorded, back
    // on this object's thread, whose connection they use.
    QFuture<Result<proto::Attachment>> upload(const Actor &actor, const QByteArray &bytes,
                                              const QByteArray &contentType,
                                              const QString &rawName);
    // The bytes (or the thumbnail) for someone allowed to see them.
    Result<AttachmentDownload> download(const Actor &actor, const QString &id, bool thumb);

    // THE access rule for attachment bytes: the uploader, a participant of a
    // conversation with a (not deleted) message carrying it, or a support
    // account that opened that conversation through the admin routes (the
    // opening is in the audit log).
    Result<bool> mayView(const Actor &actor, const AttachmentRecord &attachment);

private:
    // A refusal when this upload of `size` bytes is over the actor's rate or quota.
    std::optional<proto::ApiError> overQuota(const Actor &actor, qint64 size);

    Database &m_db;
    AttachmentStore m_checks;
    std::shared_ptr<BlobStore> m_blobs;
    AttachmentRepository m_rows;
    UploadQuota m_quota;
    RateLimiter m_uploadLimiter;
    QThreadPool m_imagePool; // last: its destructor waits for the checks in flight
};

} // namespace kora::server
