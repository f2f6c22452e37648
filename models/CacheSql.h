#pragma once

#include "protocol/Reaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QVariant>

// Values as the cache's tables hold them, and the message columns every
// message query selects. Shared by the stores.
namespace kora::models::sql {

inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch())
                       : QVariant(QMetaType::fromType<qlonglong>());
}

inline QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QString idsJson(const QStringList &ids)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

inline QStringList idsFromJson(const QString &json)
{
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        ids.append(v.toString());
    return ids;
}

inline const QString messageColumns = QStringLiteral(
    "m.local_id, m.id, m.client_id, m.sender_id, m.conversation_id, m.seq, m.updated_seq, m.kind,"
    " m.body, m.attachments, m.reply_to_id, m.created_at, m.edited_at, m.deleted,"
    " o.client_id IS NOT NULL, COALESCE(o.failed, 0), o.error_code, o.error_message,"
    " m.reply_preview, r.sender_id, r.kind, r.body, r.deleted, m.reactions,"
    " m.flags, m.meta");
// A reply's original, when it is cached, gives its preview as it is now
// (protocol 7.1: clients refresh previews from their own cache); one lookup
// of the unique id index per reply, none for other rows.
inline const QString messageFrom = QStringLiteral(
    " FROM messages m LEFT JOIN outbox o ON o.client_id = m.client_id AND m.id IS NULL"
    " LEFT JOIN messages r ON m.reply_to_id IS NOT NULL AND r.id = m.reply_to_id");

// A message's reactions as the reactions column holds them: NULL when none.
inline QVariant reactionsJson(const QList<proto::Reaction> &reactions)
{
    if (reactions.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonArray list;
    for (const proto::Reaction &r : reactions)
        list.append(r.toJson());
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

inline QList<proto::Reaction> reactionsFromJson(const QVariant &column)
{
    QList<proto::Reaction> list;
    if (column.isNull())
        return list;
    for (const QJsonValue &r : QJsonDocument::fromJson(column.toString().toUtf8()).array())
        list.append(proto::Reaction::fromJson(r.toObject()));
    return list;
}

} // namespace kora::models::sql
