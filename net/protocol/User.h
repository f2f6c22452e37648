#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace kora::proto {

struct User
{
    QString id;
    QString name;
    QString role; // "worker" | "hirer" | "support"
    QString avatarUrl;
    bool online = false;
    QDateTime lastSeenAt;

    QJsonObject toJson() const;
    static User fromJson(const QJsonObject &object);
    static bool isValidRole(const QString &role);
};

} // namespace kora::proto
