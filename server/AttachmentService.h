#pragma once

#include "AttachmentRepository.h"
#include "AttachmentStore.h"
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

// Uploads and downloads of attachments: checks, bytes on disk, rows, access.
class AttachmentService : public QObject
{
    Q_OBJECT
public:
    AttachmentService(Database &db, AttachmentStore store, QObject *parent = nullptr);

    const AttachmentLimits &limits() const { return m_store.limits(); }

    // Checks and stores an upload. The bytes are sniffed, decoded and written
    // off the event loop; the row is recorded back on this object's thread.
    QFuture<Result<proto::Attachment>> upload(const Actor &actor, const QByteArray &bytes,
                                              const QByteArray &contentType,
                                              const QString &rawName);
    // The bytes (or the thumbnail) for someone allowed to see them.
    Result<AttachmentDownload> download(const Actor &actor, const QString &id, bool thumb);

    // THE access rule for attachment bytes: the uploader, or a participant of
    // a conversation with a (not deleted) message carrying it.
    // Support accounts viewing a conversation through the admin routes are
    // to be let in here (audited) by the support-mode work; today they are
    // treated like anyone else.
    Result<bool> mayView(const Actor &actor, const AttachmentRecord &attachment);

private:
    Database &m_db;
    AttachmentStore m_store;
    AttachmentRepository m_rows;
};

} // namespace kora::server
