#pragma once

#include "AttachmentRepository.h"
#include "AttachmentStore.h"
#include "BlobStore.h"
#include "ChatService.h"

#include <QFuture>
#include <QObject>

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

// Uploads and downloads of attachments: checks, bytes (in the BlobStore:
// the database or a shared directory, so any process serves any upload),
// rows, access.
class AttachmentService : public QObject
{
    Q_OBJECT
public:
    AttachmentService(Database &db, AttachmentStore checks, std::shared_ptr<BlobStore> blobs,
                      QObject *parent = nullptr);

    const AttachmentLimits &limits() const { return m_checks.limits(); }
    BlobStore &blobs() { return *m_blobs; }

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
    Database &m_db;
    AttachmentStore m_checks;
    std::shared_ptr<BlobStore> m_blobs;
    AttachmentRepository m_rows;
};

} // namespace kora::server
