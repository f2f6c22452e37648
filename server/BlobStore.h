#pragma once

#include "../net/Expected.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace kora::server {

class Database;

// The two things kept for an upload, both found by the SHA-256 of the
// original bytes: the original itself and (images only) its JPEG thumbnail.
enum class BlobKind { Original, Thumbnail };

struct BlobKey
{
    QString sha256; // lowercase hex of the original's bytes
    BlobKind kind = BlobKind::Original;

    // "original" or "thumb": how a store spells the kind.
    QString kindName() const;
    // One key per blob, usable as an object name ("<sha256>" or "<sha256>.thumb.jpg").
    QString name() const;
    bool isValid() const;
};

struct BlobError
{
    enum class Kind {
        Missing, // no (complete) blob under that key
        Corrupt, // a blob is there but its bytes are not what was stored
        Storage, // the store could not be reached or written
    };
    Kind kind = Kind::Storage;
    QString message;
};

// Where attachment bytes live, by content. Shaped like an object store
// (put-if-absent by key, open for reading, exists, size) so another backend
// (an S3-compatible bucket) is one more subclass. Every process of a
// deployment must reach the same store: the PostgreSQL database or a directory
// they all mount.
class BlobStore
{
public:
    virtual ~BlobStore();

    // "directory <path>" or "database": for logs.
    virtual QString describe() const = 0;
    // Whether put/open may be called from any thread (a directory: yes; the
    // database: only on the thread of its connection).
    virtual bool threadSafe() const = 0;

    // Stores `bytes` under `key` unless a complete blob is already there
    // (content-addressed: the same key always holds the same bytes). Several
    // writers of one key at once, in one process or several, end with one
    // complete blob; a reader never sees a partly written one. true: written
    // now; false: it was already there.
    virtual Expected<bool, BlobError> put(const BlobKey &key, const QByteArray &bytes) = 0;
    virtual Expected<bool, BlobError> exists(const BlobKey &key) = 0;
    virtual Expected<qint64, BlobError> size(const BlobKey &key) = 0;
    // An open, read-only device over the blob; size() is known. Reading it
    // past damage fails (read() returns -1, errorString() says why).
    virtual Expected<std::unique_ptr<QIODevice>, BlobError> open(const BlobKey &key) = 0;

    // Reads a whole blob through open(), a piece at a time, checking its length.
    Expected<QByteArray, BlobError> readAll(const BlobKey &key);
};

// The store a server uses: a directory when `attachmentsDir` is given (shared
// by every process that mounts it), else the database on PostgreSQL and
// `<dataDir>/attachments` on SQLite.
std::shared_ptr<BlobStore> makeBlobStore(Database &db, const QString &attachmentsDir,
                                         const QString &dataDir);

} // namespace kora::server
