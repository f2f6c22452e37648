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

// An upload checked and measured (not yet stored, nor recorded).
struct StoredBlob
{
    QString sha256; // hex; names the bytes in the BlobStore
    QString mime;   // sniffed from the bytes
    qint64 size = 0;
    bool image = false; // png, jpeg, webp or gif: has width, height and a thumbnail
    int width = 0;
    int height = 0;
};

// What check() makes of an upload: its description and, for an image, the
// JPEG thumbnail; both go to the BlobStore under the sha256.
struct CheckedUpload
{
    StoredBlob blob;
    QByteArray thumb; // empty unless blob.image
};

// The checks of an upload: type from the bytes, limits, bounded decoding and
// the thumbnail. Where the bytes then live is the BlobStore's business; the
// uploader's file name is never used there. check() is safe to call from
// worker threads (it touches no database, no disk).
class AttachmentStore
{
public:
    explicit AttachmentStore(AttachmentLimits limits);

    const AttachmentLimits &limits() const { return m_limits; }

    // Sniffs the type from the bytes (the name and declared type decide
    // nothing), enforces the limits, decodes images with a bounded allocation
    // (size checked before decoding), makes the thumbnail and the sha256.
    // `claimedImage`: the client said it is an image (Content-Type image/* or
    // an image file extension); bytes that are then no supported image are
    // refused with unsupported_media rather than kept as a file.
    Expected<CheckedUpload, proto::ApiError> check(const QByteArray &bytes,
                                                   bool claimedImage) const;

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
    AttachmentLimits m_limits;
};

} // namespace kora::server
