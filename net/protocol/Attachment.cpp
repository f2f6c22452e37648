#include "Attachment.h"

#include "Json.h"

namespace kora::proto {

QJsonObject Attachment::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("mime"), mime},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("url"), url}};
    insertOptional(o, QLatin1String("width"), width);
    insertOptional(o, QLatin1String("height"), height);
    insertOptional(o, QLatin1String("thumbUrl"), thumbUrl);
    return o;
}

Attachment Attachment::fromJson(const QJsonObject &o)
{
    Attachment a;
    a.id = o.value(QLatin1String("id")).toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.mime = o.value(QLatin1String("mime")).toString();
    a.size = o.value(QLatin1String("size")).toInteger();
    a.width = optionalInt(o, QLatin1String("width"));
    a.height = optionalInt(o, QLatin1String("height"));
    a.url = o.value(QLatin1String("url")).toString();
    a.thumbUrl = o.value(QLatin1String("thumbUrl")).toString();
    return a;
}

} // namespace kora::proto
