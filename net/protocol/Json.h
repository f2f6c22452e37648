#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Small helpers shared by the protocol types: ISO 8601 UTC times with
// milliseconds, and optional fields that are left out when empty.
namespace kora::proto {

QString formatTime(const QDateTime &time);
QDateTime parseTime(const QJsonValue &value);
QDateTime fromMsecs(qint64 msecsSinceEpoch);

void insertOptional(QJsonObject &object, QLatin1String key, const QString &value);
void insertOptional(QJsonObject &object, QLatin1String key, const QDateTime &value);
void insertOptional(QJsonObject &object, QLatin1String key, std::optional<int> value);
std::optional<int> optionalInt(const QJsonObject &object, QLatin1String key);

// A UUID in its canonical textual form, as the contract's clientId requires.
bool isUuid(const QString &text);
QString newUuid();
// A UUID whose text sorts by the time it was made (version 7): for rows
// stored in the order they are made, such as messages.
QString newOrderedUuid();

} // namespace kora::proto
