#include "Secrets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace kora::server {
namespace {

QString randomSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

Expected<Secrets, QString> loadOrCreateSecrets(const QString &dataDir, Secrets given)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("secrets.json"));
    QJsonObject stored;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return unexpected(QStringLiteral("cannot read %1").arg(path));
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        if (!doc.isObject())
            return unexpected(
                QStringLiteral("%1 is not a JSON object; fix or remove it").arg(path));
        stored = doc.object();
    }
    bool changed = false;
    auto fill = [&](QString &value, QLatin1String key) {
        if (!value.isEmpty())
            return;
        value = stored.value(key).toString();
        if (value.isEmpty()) {
            value = randomSecret();
            stored.insert(key, value);
            changed = true;
        }
    };
    fill(given.jwtSecret, QLatin1String("jwtSecret"));
    fill(given.serviceKey, QLatin1String("serviceKey"));
    if (changed) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return unexpected(QStringLiteral("cannot write %1").arg(path));
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(QJsonDocument(stored).toJson());
        if (!out.commit())
            return unexpected(QStringLiteral("cannot write %1").arg(path));
    }
    return given;
}

} // namespace kora::server
