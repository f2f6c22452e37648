#include "MessageRow.h"

#include "MessageListModel.h"
#include "ReactionChips.h"
#include "protocol/ApiError.h"

#include <QVariantMap>

namespace kora::models {
namespace {

QVariantMap attachmentMap(const proto::Attachment &a)
{
    QVariantMap map{{QStringLiteral("id"), a.id},     {QStringLiteral("name"), a.name},
                    {QStringLiteral("mime"), a.mime}, {QStringLiteral("size"), a.size},
                    {QStringLiteral("url"), a.url},   {QStringLiteral("thumbUrl"), a.thumbUrl}};
    if (a.width)
        map.insert(QStringLiteral("width"), *a.width);
    if (a.height)
        map.insert(QStringLiteral("height"), *a.height);
    return map;
}

} // namespace

QVariant MessageRow::value(int role) const
{
    using Model = MessageListModel;
    const proto::Message &m = message.message;
    switch (role) {
    case Qt::DisplayRole:
    case Model::BodyRole:
        return deletePending ? QString() : m.body;
    case Model::LocalIdRole:
        return message.localId;
    case Model::IdRole:
        return m.id;
    case Model::ClientIdRole:
        return m.clientId;
    case Model::SeqRole:
        return m.seq;
    case Model::SenderIdRole:
        return m.senderId;
    case Model::SenderNameRole:
        return senderName;
    case Model::IsOwnRole:
        return own;
    case Model::KindRole:
        return m.kind;
    case Model::CreatedAtRole:
        return m.createdAt;
    case Model::EditedRole:
        return m.editedAt.isValid();
    case Model::DeletedRole:
        return m.deleted || deletePending;
    case Model::StatusRole:
        return int(status);
    case Model::FailureRole:
        if (!message.failed)
            return QString();
        // A block is told by its code alone (protocol 7.4), in the reader's language.
        if (message.failure.code == proto::code::Blocked)
            return MessageListModel::tr("you cannot write to this person");
        return message.failure.message.isEmpty() ? message.failure.code : message.failure.message;
    case Model::AttachmentsRole: {
        QVariantList list;
        if (deletePending)
            return list;
        for (qsizetype i = 0; i < m.attachments.size(); ++i) {
            QVariantMap map = attachmentMap(m.attachments[i]);
            if (message.pending && i < message.localFiles.size())
                map.insert(QStringLiteral("localPath"), message.localFiles[i].path);
            list.append(map);
        }
        return list;
    }
    case Model::ReplyToIdRole:
        return m.replyToId;
    case Model::ReplyPreviewRole: {
        if (m.replyToId.isEmpty())
            return {};
        QVariantMap map{{QStringLiteral("id"), m.replyToId},
                        {QStringLiteral("known"), replyPreview.has_value()}};
        if (replyPreview) {
            map.insert(QStringLiteral("senderId"), replyPreview->senderId);
            map.insert(QStringLiteral("senderName"), replySenderName);
            map.insert(QStringLiteral("isOwn"), replyOwn);
            map.insert(QStringLiteral("kind"), replyPreview->kind);
            map.insert(QStringLiteral("body"), replyPreview->body);
            map.insert(QStringLiteral("deleted"), replyPreview->deleted);
        }
        return map;
    }
    case Model::ReactionsRole:
        return deletePending ? QVariantList() : reactionChips;
    case Model::DateBoundaryRole:
        return dateBoundary;
    case Model::UnreadMarkerRole:
        return unreadMarker;
    case Model::FlagsRole:
        return deletePending ? QStringList() : m.flags;
    case Model::MetaRole:
        return m.meta.toVariantMap();
    case Model::ShownTextRole:
        return deletePending ? QString() : shownText;
    default:
        return {};
    }
}

void MessageRow::resolveReplies(QList<MessageRow> &rows, const QHash<QString, QString> &names,
                                const QString &myUserId)
{
    QHash<QString, qsizetype> byId; // built only when a row is a reply
    for (MessageRow &row : rows) {
        const proto::Message &m = row.message.message;
        if (m.replyToId.isEmpty())
            continue;
        if (byId.isEmpty()) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (!rows[i].message.message.id.isEmpty())
                    byId.insert(rows[i].message.message.id, i);
            }
        }
        row.replyPreview = m.replyPreview;
        if (const auto it = byId.constFind(m.replyToId); it != byId.constEnd()) {
            const proto::Message &o = rows.at(*it).message.message;
            row.replyPreview = proto::ReplyPreview{
                o.id, o.senderId, o.kind, o.deleted ? QString() : proto::ReplyPreview::cut(o.body),
                o.deleted};
        }
        if (row.replyPreview) {
            row.replySenderName = names.value(row.replyPreview->senderId);
            row.replyOwn = row.replyPreview->senderId == myUserId;
        }
    }
}

void MessageRow::resolveReactions(QList<MessageRow> &rows, const QList<PendingReaction> &pending,
                                  const QHash<QString, QString> &names, const QString &myUserId)
{
    QHash<QString, QList<PendingReaction>> byMessage;
    for (const PendingReaction &p : pending)
        byMessage[p.messageId].append(p);
    for (MessageRow &row : rows) {
        const proto::Message &m = row.message.message;
        const QList<PendingReaction> ops = byMessage.isEmpty() || m.id.isEmpty()
                                               ? QList<PendingReaction>()
                                               : byMessage.value(m.id);
        if (m.reactions.isEmpty() && ops.isEmpty())
            continue; // most rows: nothing to build
        row.reactionChips = ReactionChips::chips(ReactionChips::overlay(m.reactions, ops, myUserId),
                                                 myUserId, names);
    }
}

DeliveryState MessageRow::deliveryState(const CachedMessage &cached, const QString &myUserId,
                                        const QList<proto::Participant> &participants)
{
    const proto::Message &m = cached.message;
    if (m.senderId != myUserId)
        return DeliveryState::Received;
    if (cached.failed)
        return DeliveryState::Failed;
    if (cached.pending || m.seq <= 0)
        return DeliveryState::Sending;
    bool anyOther = false;
    bool allRead = true;
    bool allDelivered = true;
    for (const proto::Participant &p : participants) {
        if (p.user.id == myUserId)
            continue;
        anyOther = true;
        allRead = allRead && p.lastReadSeq >= m.seq;
        allDelivered = allDelivered && p.lastDeliveredSeq >= m.seq;
    }
    if (!anyOther)
        return DeliveryState::Sent;
    if (allRead)
        return DeliveryState::Read;
    return allDelivered ? DeliveryState::Delivered : DeliveryState::Sent;
}

} // namespace kora::models
