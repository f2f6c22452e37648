#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kora::proto {

struct Attachment
{
    QString id;
    QString name;
    QString mime;
    qint64 size = 0;
    std::optional<int> width;
    std::optional<int> height;
    QString url;
    QString thumbUrl;

    QJsonObject toJson() const;
    static Attachment fromJson(const QJsonObject &object);
};

} // namespace kora::proto
