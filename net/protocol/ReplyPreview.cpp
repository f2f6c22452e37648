#include "ReplyPreview.h"

namespace kora::proto {

QJsonObject ReplyPreview::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("senderId"), senderId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("body"), body},
            {QStringLiteral("deleted"), deleted}};
}

ReplyPreview ReplyPreview::fromJson(const QJsonObject &o)
{
    ReplyPreview p;
    p.id = o.value(QLatin1String("id")).toString();
    p.senderId = o.value(QLatin1String("senderId")).toString();
    p.kind = o.value(QLatin1String("kind")).toString();
    p.body = o.value(QLatin1String("body")).toString();
    p.deleted = o.value(QLatin1String("deleted")).toBool();
    return p;
}

QString ReplyPreview::cut(const QString &body)
{
    qsizetype units = 0;
    for (int codePoints = 0; units < body.size() && codePoints < maxBodyCodePoints; ++codePoints)
        units += body.at(units).isHighSurrogate() && units + 1 < body.size() &&
                         body.at(units + 1).isLowSurrogate()
                     ? 2
                     : 1;
    return body.left(units);
}

} // namespace kora::proto
