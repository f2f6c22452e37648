#pragma once

#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace kora::server {

// A NULL of type text when `text` is empty.
inline QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// Text that is never NULL: QtSql binds a null QString (QString().isNull()) as NULL.
inline QVariant nonNullText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

inline QVariant nullableMsecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qlonglong>());
}

inline QDateTime msecsToTime(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// "?,?,?" for an IN list of `count` values.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1Char(','));
}

inline QVariantList bindsOf(const QStringList &values)
{
    QVariantList binds;
    binds.reserve(values.size());
    for (const QString &v : values)
        binds.append(v);
    return binds;
}

} // namespace kora::server
