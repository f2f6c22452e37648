#pragma once

#include "BlobStore.h"

namespace kora::server {

// Blobs as files: <root>/<first two hex>/<sha256> and <sha256>.thumb.jpg next
// to it (the layout of the first releases: existing data dirs keep working).
// Each file is written aside and renamed into place, so writers of the same
// bytes at once (threads or processes sharing the directory) end with one
// whole file, and a reader sees the whole file or none.
class DirBlobStore : public BlobStore
{
public:
    explicit DirBlobStore(QString root);

    QString root() const { return m_root; }
    QString path(const BlobKey &key) const;

    QString describe() const override;
    bool threadSafe() const override { return true; }
    Expected<bool, BlobError> put(const BlobKey &key, const QByteArray &bytes) override;
    Expected<bool, BlobError> exists(const BlobKey &key) override;
    Expected<qint64, BlobError> size(const BlobKey &key) override;
    Expected<std::unique_ptr<QIODevice>, BlobError> open(const BlobKey &key) override;

private:
    QString m_root;
};

} // namespace kora::server
