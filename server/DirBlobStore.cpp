#include "DirBlobStore.h"

#include "ServerLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace kora::server {
namespace {

BlobError invalidKey(const BlobKey &key)
{
    return {BlobError::Kind::Missing, QStringLiteral("not a blob key: %1").arg(key.sha256)};
}

} // namespace

DirBlobStore::DirBlobStore(QString root)
    : m_root(std::move(root))
{}

QString DirBlobStore::path(const BlobKey &key) const
{
    return m_root + QLatin1Char('/') + key.sha256.left(2) + QLatin1Char('/') + key.name();
}

QString DirBlobStore::describe() const
{
    return QStringLiteral("the directory ") + QDir(m_root).absolutePath();
}

Expected<bool, BlobError> DirBlobStore::put(const BlobKey &key, const QByteArray &bytes)
{
    if (!key.isValid())
        return unexpected(invalidKey(key));
    const QString target = path(key);
    // Content-addressed: the file under the name is these bytes, unless it
    // was damaged (then it is written again).
    if (QFileInfo(target).size() == bytes.size()) {
        QFile existing(target);
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return false;
        qCWarning(lcServer) << "rewriting the damaged blob" << target;
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return unexpected(
            BlobError{BlobError::Kind::Storage,
                      QStringLiteral("cannot create %1").arg(QFileInfo(target).path())});
    // QSaveFile writes a temporary file of its own next to the target and
    // renames it over the target on commit (rename(2) is atomic): two writers
    // at once each rename a whole file, the last one stays.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcServer) << "cannot write" << target << file.errorString();
        return unexpected(
            BlobError{BlobError::Kind::Storage,
                      QStringLiteral("cannot write %1: %2").arg(target, file.errorString())});
    }
    return true;
}

Expected<bool, BlobError> DirBlobStore::exists(const BlobKey &key)
{
    return key.isValid() && QFileInfo(path(key)).isFile();
}

Expected<qint64, BlobError> DirBlobStore::size(const BlobKey &key)
{
    const QFileInfo info(path(key));
    if (!key.isValid() || !info.isFile())
        return unexpected(
            BlobError{BlobError::Kind::Missing, QStringLiteral("no blob %1").arg(key.name())});
    return info.size();
}

Expected<std::unique_ptr<QIODevice>, BlobError> DirBlobStore::open(const BlobKey &key)
{
    if (!key.isValid())
        return unexpected(invalidKey(key));
    auto file = std::make_unique<QFile>(path(key));
    if (!file->open(QIODevice::ReadOnly))
        return unexpected(BlobError{
            BlobError::Kind::Missing,
            QStringLiteral("cannot open %1: %2").arg(file->fileName(), file->errorString())});
    return std::unique_ptr<QIODevice>(std::move(file));
}

} // namespace kora::server
