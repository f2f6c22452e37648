#include "Json.h"

#include <QRegularExpression>
#include <QUuid>

namespace kora::proto {

QString formatTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QDateTime fromMsecs(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC);
}

void insertOptional(QJsonObject &object, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertOptional(QJsonObject &object, QLatin1String key, const QDateTime &value)
{
    if (value.isValid())
        object.insert(key, formatTime(value));
}

void insertOptional(QJsonObject &object, QLatin1String key, std::optional<int> value)
{
    if (value)
        object.insert(key, *value);
}

std::optional<int> optionalInt(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInt();
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")));
    return pattern.match(text).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace kora::proto
