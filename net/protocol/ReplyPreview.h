#pragma once

#include <QJsonObject>
#include <QString>

namespace kora::proto {

// The message a reply answers, as it is now (protocol 7.1): its body cut to
// the first 200 code points, empty once it is deleted.
struct ReplyPreview
{
    QString id;
    QString senderId;
    QString kind;
    QString body;
    bool deleted = false;

    QJsonObject toJson() const;
    static ReplyPreview fromJson(const QJsonObject &object);

    static constexpr int maxBodyCodePoints = 200;
    // The first `maxBodyCodePoints` code points of `body` (never half a surrogate pair).
    static QString cut(const QString &body);
};

} // namespace kora::proto
