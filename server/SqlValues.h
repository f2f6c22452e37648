#pragma once

#include <QDateTime>
#include <QVariant>

namespace kora::server {

// A NULL of type text when `text` is empty (Qt 6 binds a null QString as '').
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

inline QVariant nullableMsecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

inline QDateTime msecsToTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace kora::server
