#pragma once

#include "Attachment.h"
#include "Reaction.h"
#include "ReplyPreview.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kora::proto {

struct Message
{
    QString id;
    QString clientId;
    QString conversationId;
    qint64 seq = 0;
    qint64 updatedSeq = 0;
    QString senderId;
    QString kind; // "text" | "image" | "file" | "system"
    QString body;
    QList<Attachment> attachments;
    QString replyToId;
    std::optional<ReplyPreview> replyPreview; // with replyToId, from the server (7.1)
    QList<Reaction> reactions;                // in order of first use (7.2)
    QStringList flags; // set by the server's contact guard (7.5), e.g. "contact_info"
    // A system message's metadata as the marketplace posted it (a Kora
    // addition; e.g. {"type":"booking","status":"confirmed"}); empty otherwise.
    QJsonObject meta;
    QDateTime createdAt;
    QDateTime editedAt;
    bool deleted = false;

    QJsonObject toJson() const;
    static Message fromJson(const QJsonObject &object);
};

} // namespace kora::proto
