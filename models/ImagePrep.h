#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QImage>
#include <QString>

namespace kora::models {

// What ImagePrep accepts (defaults: the server's limits).
struct ImagePrepLimits
{
    qint64 maxImageBytes = 10 * 1024 * 1024;  // after preparation (the server's limit)
    qint64 maxFileBytes = 25 * 1024 * 1024;   // any other file
    qint64 maxSourceBytes = 64 * 1024 * 1024; // an image file we agree to read
    int maxSide = 2048;
    qint64 maxScaledDecodePixels = 120'000'000; // formats that decode to a reduced size
    qint64 maxFullDecodePixels = 24'000'000;    // formats decoded at full size first
    int allocationLimitMb = 100;                // QImageReader's limit for one decode
    qint64 maxGifPixels = 40'000'000;           // the server's pixel limit
};

// Makes a file ready for upload, off the UI thread (prepareAsync runs on a
// worker; prepareFile/prepareImage are plain functions the worker calls).
// Images are checked before anything is decoded (file size, declared pixel
// count), decoded with a low allocation limit and, where the format can,
// straight to a reduced size; EXIF orientation is applied, the longest side
// brought to at most maxSide, and the pixels written again (JPEG quality 85;
// PNG, or WebP for a WebP source, when there is transparency), which drops
// EXIF, location and text metadata. GIFs within the limits go as they are
// (animation kept). Anything that is not an image goes as a file. The result
// is a new file in the staging folder; the original is never touched.
class ImagePrep
{
    Q_DECLARE_TR_FUNCTIONS(kora::models::ImagePrep)
public:
    using Limits = ImagePrepLimits;

    enum class Error {
        None,
        NotFound,    // no such file, or not a regular file
        Unreadable,  // no permission, I/O error
        Empty,       // zero bytes
        TooLarge,    // over the byte limit (before or after preparation)
        Bomb,        // declares more pixels than we agree to decode
        Corrupt,     // looks like an image but does not decode
        Unsupported, // nothing to prepare (e.g. a folder)
        WriteFailed, // the staging folder refused the result
    };

    // A file ready to be sent: path is the staged copy (ours to delete).
    struct Prepared
    {
        QString path;
        QString name; // sanitised display name
        QString mime;
        qint64 size = 0;
        int width = 0; // 0 for non-images
        int height = 0;
        bool isImage() const { return width > 0 && height > 0; }
    };

    struct Result
    {
        Error error = Error::None;
        QString message; // translated, shown to the user; names the file
        Prepared file;
        explicit operator bool() const { return error == Error::None; }
    };

    static Result prepareFile(const QString &sourcePath, const QString &stagingDir,
                              const Limits &limits = {});
    // Image data (a paste, a drop of pixels): name is a suggestion ("image.png").
    static Result prepareImage(const QImage &image, const QString &name, const QString &stagingDir,
                               const Limits &limits = {});

    // The same on a worker thread.
    static QFuture<Result> prepareFileAsync(const QString &sourcePath, const QString &stagingDir,
                                            const Limits &limits = {});
    static QFuture<Result> prepareImageAsync(const QImage &image, const QString &name,
                                             const QString &stagingDir, const Limits &limits = {});

    // A file name safe to show and to store: the last path component, without
    // control characters, leading dots or trailing spaces, at most 120
    // characters; "file" if nothing is left. "../../x" → "x".
    static QString sanitizeName(const QString &name);
    // "1.2 MB", "340 KB", "12 bytes" in the current locale.
    static QString sizeText(qint64 bytes);
};

} // namespace kora::models
