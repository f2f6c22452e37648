#include "BlobStore.h"

#include "Database.h"
#include "DatabaseBlobStore.h"
#include "DirBlobStore.h"
#include "ServerLogging.h"

#include <QDir>
#include <QRegularExpression>

namespace kora::server {

QString BlobKey::kindName() const
{
    return kind == BlobKind::Original ? QStringLiteral("original") : QStringLiteral("thumb");
}

QString BlobKey::name() const
{
    return kind == BlobKind::Original ? sha256 : sha256 + QLatin1String(".thumb.jpg");
}

bool BlobKey::isValid() const
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(sha256).hasMatch();
}

BlobStore::~BlobStore() = default;

Expected<QByteArray, BlobError> BlobStore::readAll(const BlobKey &key)
{
    auto device = open(key);
    if (!device)
        return unexpected(device.error());
    QIODevice &in = **device;
    const qint64 total = in.size();
    QByteArray bytes;
    bytes.reserve(qsizetype(total));
    QByteArray piece;
    while (bytes.size() < total) {
        piece.resize(qsizetype(qMin<qint64>(256 * 1024, total - bytes.size())));
        const qint64 got = in.read(piece.data(), piece.size());
        if (got <= 0)
            return unexpected(
                BlobError{BlobError::Kind::Corrupt,
                          QStringLiteral("%1 ends early: %2").arg(key.name(), in.errorString())});
        bytes.append(piece.constData(), qsizetype(got));
    }
    return bytes;
}

std::shared_ptr<BlobStore> makeBlobStore(Database &db, const QString &attachmentsDir,
                                         const QString &dataDir)
{
    std::shared_ptr<BlobStore> store;
    if (!attachmentsDir.isEmpty())
        store = std::make_shared<DirBlobStore>(attachmentsDir);
    else if (db.isPostgres())
        store = std::make_shared<DatabaseBlobStore>(db);
    else
        store =
            std::make_shared<DirBlobStore>(QDir(dataDir).filePath(QStringLiteral("attachments")));
    qCInfo(lcServer).noquote() << "attachment bytes are kept in" << store->describe();
    return store;
}

} // namespace kora::server
