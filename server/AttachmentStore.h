#pragma once

#include "../net/Expected.h"
#include "protocol/ApiError.h"

#include <QByteArray>
#include <QString>

namespace kora::server {

struct AttachmentLimits
{
    qint64 maxImageBytes = 10 * 1024 * 1024;
    qint64 maxImagePixels = 40'000'000;
    qint64 maxFileBytes = 25 * 1024 * 1024;
    int thumbSide = 320; // longest side of a thumbnail, pixels
};

// An upload checked, measured and written to disk (not yet recorded).
struct StoredBlob
{
    QString sha256; // hex; names the file
    QString mime;   // sniffed from the bytes
    qint64 size = 0;
    bool image = false; // png, jpeg, webp or gif: has width, height and a thumbnail
    int width = 0;
    int height = 0;
};

// The bytes of uploads on disk, by content: <root>/<first two hex>/<sha256>
// and, for images, <sha256>.thumb.jpg next to it. The same bytes uploaded
// twice are one file. Never uses the uploader's file name for anything on
// disk. store() is safe to call from worker threads (it touches no database).
class AttachmentStore
{
public:
    AttachmentStore(QString root, AttachmentLimits limits);

    const AttachmentLimits &limits() const { return m_limits; }
    QString root() const { return m_root; }

    // Sniffs the type from the bytes (the name and declared type decide
    // nothing), enforces the limits, decodes images with a bounded allocation
    // (size checked before decoding), writes the bytes and a thumbnail.
    // `claimedImage`: the client said it is an image (Content-Type image/* or
    // an image file extension); bytes that are then no supported image are
    // refused with unsupported_media rather than kept as a file.
    Expected<StoredBlob, proto::ApiError> store(const QByteArray &bytes, bool claimedImage) const;

    QString blobPath(const QString &sha256) const;
    QString thumbPath(const QString &sha256) const;

    // "image/png", "image/jpeg", "image/webp", "image/gif" from magic bytes, or empty.
    static QString sniffImage(const QByteArray &bytes);
    // The type of any other file from its bytes; active content (HTML, SVG,
    // XML, scripts) is reported as application/octet-stream.
    static QString sniffFile(const QByteArray &bytes);
    // A display name: base name only (no directories, either separator), no
    // control or format characters, at most 255 characters; "file" if nothing is left.
    static QString sanitizeName(const QString &raw);
    // Whether a name or a declared type says "image".
    static bool claimsImage(const QString &name, const QByteArray &contentType);

private:
    Expected<bool, proto::ApiError> writeOnce(const QString &path, const QByteArray &bytes) const;

    QString m_root;
    AttachmentLimits m_limits;
};

} // namespace kora::server
