#pragma once

#include "CacheTypes.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace kora::models {

// One row of a MessageListModel: the cached message and what the model
// derives for it from its neighbours and the participants (sender's name,
// own or not, ticks, day boundary, unread marker), and its role values.
struct MessageRow
{
    CachedMessage message;
    QString senderName;
    QString shownText; // ShownTextRole
    bool own = false;
    DeliveryState status = DeliveryState::Received;
    bool dateBoundary = false;
    bool unreadMarker = false;
    // My delete of it waits in the outbox: shown as the server will send it
    // back (deleted: no body, files, flags or reactions); `message` stays as cached.
    bool deletePending = false;
    // A reply's original: from the window when it holds it, else as cached or sent.
    std::optional<proto::ReplyPreview> replyPreview;
    QString replySenderName;
    bool replyOwn = false; // the original is mine
    // ReactionsRole: the server's reactions with mine not acknowledged yet over them.
    QVariantList reactionChips;

    // The value of a MessageListModel role (UploadProgressRole aside, which
    // the model keeps apart).
    QVariant value(int role) const;
    // Fills replyPreview and its sender of the replies among `rows`: from the
    // original's row when `rows` hold it (edited, deleted), else as cached or sent.
    static void resolveReplies(QList<MessageRow> &rows, const QHash<QString, QString> &names,
                               const QString &myUserId);
    // Fills reactionChips: each row's reactions with its pending toggles
    // (`pending`: the conversation's, oldest first) applied.
    static void resolveReactions(QList<MessageRow> &rows, const QList<PendingReaction> &pending,
                                 const QHash<QString, QString> &names, const QString &myUserId);
    // The ticks `myUserId` sees on a message, from the others' cursors.
    static DeliveryState deliveryState(const CachedMessage &message, const QString &myUserId,
                                       const QList<proto::Participant> &participants);
};

} // namespace kora::models
