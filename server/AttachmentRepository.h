#pragma once

#include "Database.h"

#include "protocol/Attachment.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace kora::server {

// One row of the attachments table.
struct AttachmentRecord
{
    QString id;
    QString uploaderId;
    QString messageId; // empty until a message carries it
    QString name;
    QString mime;
    qint64 size = 0;
    int width = 0; // 0 when not an image
    int height = 0;
    QString sha256;
    bool thumb = false;
    int position = 0; // order within its message
    qint64 createdAt = 0;

    // The contract's Attachment, with the download urls.
    proto::Attachment toProto() const;
};

// The attachments table: uploads, which message carries them, and who may see them.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db)
        : m_db(db)
    {}

    Expected<bool, DbError> insert(const AttachmentRecord &a);
    // Bytes of `uploaderId`'s uploads made since `sinceMs` that no message carries.
    Expected<qint64, DbError> unsentBytesSince(const QString &uploaderId, qint64 sinceMs);
    Expected<std::optional<AttachmentRecord>, DbError> find(const QString &id);
    Expected<QList<AttachmentRecord>, DbError> findMany(const QStringList &ids);
    // Marks the uploads as carried by the message, in the given order. Fails
    // (uniqueViolation) unless every one was still unused.
    Expected<bool, DbError> link(const QString &messageId, const QStringList &ids);
    // By message id, each list in message order.
    Expected<QHash<QString, QList<proto::Attachment>>, DbError>
    forMessages(const QStringList &messageIds);
    // Whether `userId` takes part in a conversation holding a (not deleted)
    // message that carries the attachment.
    // The conversation of the not deleted message carrying it (empty: none).
    Expected<QString, DbError> carryingConversation(const QString &attachmentId);
    Expected<bool, DbError> isCarriedFor(const QString &attachmentId, const QString &userId);

private:
    Database &m_db;
};

} // namespace kora::server
