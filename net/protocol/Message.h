#pragma once

#include "Attachment.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

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
    QDateTime createdAt;
    QDateTime editedAt;
    bool deleted = false;

    QJsonObject toJson() const;
    static Message fromJson(const QJsonObject &object);
};

} // namespace kora::proto
