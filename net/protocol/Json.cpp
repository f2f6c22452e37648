#include "Json.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <array>

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

QString newOrderedUuid()
{
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, 12 bits of a
    // counter within the millisecond, then 62 random bits. Ids made one after
    // another sort one after another, so an index on them grows at its end
    // instead of dirtying a random page for every row written.
    thread_local qint64 lastMs = 0;
    thread_local quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms <= lastMs) {
        ms = lastMs; // same millisecond, or the clock stepped back: keep the order
        if (++counter > 0x0fff) {
            ++ms; // 4096 in one millisecond: borrow the next one
            counter = 0;
        }
    } else {
        counter = quint16(QRandomGenerator::global()->bounded(0x0800)); // room to count up
    }
    lastMs = ms;
    std::array<quint8, 16> bytes;
    for (int i = 0; i < 6; ++i)
        bytes[i] = quint8(quint64(ms) >> (40 - 8 * i));
    bytes[6] = quint8(0x70 | (counter >> 8)); // version 7
    bytes[7] = quint8(counter);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = quint8(random >> (56 - 8 * i));
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3f)); // the RFC variant
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), bytes.size()))
        .toString(QUuid::WithoutBraces);
}

} // namespace kora::proto
