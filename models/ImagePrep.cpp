#include "ImagePrep.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace kora::models {

namespace {

// Formats we decode and write again; anything else Qt can read (icons, TGA,
// SVG…) goes as a plain file.
bool isPreparedFormat(const QByteArray &format)
{
    static const QList<QByteArray> formats{"jpeg", "jpg", "png", "webp", "bmp", "tiff", "tif"};
    return formats.contains(format);
}

// Names that promise an image: a file called like that which does not decode
// is a damaged image, not "some file".
bool namedLikeImage(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    static const QStringList suffixes{QStringLiteral("png"),  QStringLiteral("jpg"),
                                      QStringLiteral("jpeg"), QStringLiteral("gif"),
                                      QStringLiteral("webp"), QStringLiteral("bmp")};
    return suffixes.contains(suffix);
}

bool hasTransparentPixel(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) < 255)
                return true;
        }
    }
    return false;
}

QSize fitted(QSize size, int maxSide)
{
    const int longest = qMax(size.width(), size.height());
    if (longest <= maxSide)
        return size;
    const double scale = double(maxSide) / longest;
    return QSize(qMax(1, qRound(size.width() * scale)), qMax(1, qRound(size.height() * scale)));
}

QString baseNameOf(const QString &sanitized)
{
    const int dot = int(sanitized.lastIndexOf(QLatin1Char('.')));
    return dot > 0 ? sanitized.left(dot) : sanitized;
}

QString stagedPath(const QString &stagingDir, const QString &suffix)
{
    return QDir(stagingDir)
        .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('.') + suffix);
}

ImagePrep::Result failure(ImagePrep::Error error, QString message)
{
    ImagePrep::Result result;
    result.error = error;
    result.message = std::move(message);
    return result;
}

void ensureAllocationLimit(int mb)
{
    // A process-wide setting: lowering it protects every decode in the client.
    if (QImageReader::allocationLimit() != mb)
        QImageReader::setAllocationLimit(mb);
}

} // namespace

QString ImagePrep::sanitizeName(const QString &name)
{
    QString last = name;
    last.replace(QLatin1Char('\\'), QLatin1Char('/'));
    last = last.section(QLatin1Char('/'), -1);
    QString clean;
    clean.reserve(last.size());
    for (const QChar c : std::as_const(last)) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format ||
            cat == QChar::Other_NotAssigned)
            continue; // control characters, bidi overrides
        clean.append(c);
    }
    clean = clean.trimmed();
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.size() > 120) {
        const QString base = baseNameOf(clean);
        const QString suffix = clean.mid(base.size()).left(16);
        clean = base.left(120 - suffix.size()) + suffix;
    }
    return clean.isEmpty() ? QStringLiteral("file") : clean;
}

QString ImagePrep::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1,
                                       QLocale::DataSizeTraditionalFormat);
}

namespace {

// Writes pixels (already at most maxSide) as JPEG, or PNG/WebP when there is
// transparency; shrinks again if the result is over the byte limit.
ImagePrep::Result encode(QImage image, const QByteArray &sourceFormat, const QString &displayName,
                         const QString &stagingDir, const ImagePrep::Limits &limits)
{
    const bool alpha = hasTransparentPixel(image);
    QByteArray format = "jpeg";
    QString suffix = QStringLiteral("jpg");
    QString mime = QStringLiteral("image/jpeg");
    if (alpha) {
        const bool webp = sourceFormat == "webp" &&
                          QImageWriter::supportedImageFormats().contains(QByteArrayLiteral("webp"));
        format = webp ? QByteArrayLiteral("webp") : QByteArrayLiteral("png");
        suffix = webp ? QStringLiteral("webp") : QStringLiteral("png");
        mime = webp ? QStringLiteral("image/webp") : QStringLiteral("image/png");
    }
    if (!QDir().mkpath(stagingDir))
        return failure(ImagePrep::Error::WriteFailed,
                       ImagePrep::tr("“%1” could not be prepared: the folder %2 cannot be created.")
                           .arg(displayName, QDir::toNativeSeparators(stagingDir)));

    // Pixels only: a fresh image carries no text chunks, EXIF or comments.
    QImage pixels = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int attempt = 0; attempt < 5; ++attempt) {
        QImage clean(pixels.size(), pixels.format());
        for (int y = 0; y < pixels.height(); ++y)
            memcpy(clean.scanLine(y), pixels.constScanLine(y), size_t(pixels.width()) * 4);
        clean.setColorSpace(image.colorSpace());

        const QString path = stagedPath(stagingDir, suffix);
        QImageWriter writer(path, format);
        if (format != "png")
            writer.setQuality(85);
        if (!writer.write(clean)) {
            QFile::remove(path);
            return failure(ImagePrep::Error::WriteFailed,
                           ImagePrep::tr("“%1” could not be prepared: %2")
                               .arg(displayName, writer.errorString()));
        }
        const qint64 size = QFileInfo(path).size();
        if (size <= limits.maxImageBytes) {
            ImagePrep::Result result;
            result.file.path = path;
            result.file.name = baseNameOf(displayName) + QLatin1Char('.') + suffix;
            result.file.mime = mime;
            result.file.size = size;
            result.file.width = clean.width();
            result.file.height = clean.height();
            return result;
        }
        QFile::remove(path);
        const QSize smaller = pixels.size() * 0.75;
        if (smaller.width() < 16 || smaller.height() < 16)
            break;
        pixels = pixels.scaled(smaller, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return failure(
        ImagePrep::Error::TooLarge,
        ImagePrep::tr("“%1” is still too large after shrinking it (images can be up to %2).")
            .arg(displayName, ImagePrep::sizeText(limits.maxImageBytes)));
}

ImagePrep::Result passThrough(const QString &sourcePath, const QFileInfo &info,
                              const QString &displayName, const QString &mime,
                              const QString &stagingDir, qint64 maxBytes)
{
    if (info.size() > maxBytes)
        return failure(
            ImagePrep::Error::TooLarge,
            ImagePrep::tr("“%1” is too large (%2). Files can be up to %3.")
                .arg(displayName, ImagePrep::sizeText(info.size()), ImagePrep::sizeText(maxBytes)));
    if (!QDir().mkpath(stagingDir))
        return failure(ImagePrep::Error::WriteFailed,
                       ImagePrep::tr("“%1” could not be prepared: the folder %2 cannot be created.")
                           .arg(displayName, QDir::toNativeSeparators(stagingDir)));
    QString suffix = QFileInfo(displayName).suffix();
    suffix.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    const QString path = stagedPath(stagingDir, suffix.isEmpty() ? QStringLiteral("bin") : suffix);
    QFile source(sourcePath);
    if (!source.copy(path)) {
        QFile::remove(path);
        return failure(
            ImagePrep::Error::Unreadable,
            ImagePrep::tr("“%1” cannot be read: %2").arg(displayName, source.errorString()));
    }
    ImagePrep::Result result;
    result.file.path = path;
    result.file.name = displayName;
    result.file.mime = mime;
    result.file.size = QFileInfo(path).size();
    if (result.file.size != info.size()) { // changed while we copied
        QFile::remove(path);
        return failure(
            ImagePrep::Error::Unreadable,
            ImagePrep::tr("“%1” changed while it was being read. Try again.").arg(displayName));
    }
    return result;
}

} // namespace

ImagePrep::Result ImagePrep::prepareFile(const QString &sourcePath, const QString &stagingDir,
                                         const Limits &limits)
{
    const QFileInfo info(sourcePath);
    const QString displayName = sanitizeName(info.fileName());
    if (info.isDir())
        return failure(
            Error::Unsupported,
            tr("“%1” is a folder. Attach the files inside it instead.").arg(displayName));
    if (!info.exists() || !info.isFile())
        return failure(Error::NotFound, tr("“%1” was not found.").arg(displayName));
    if (!info.isReadable())
        return failure(Error::Unreadable,
                       tr("“%1” cannot be read: permission denied.").arg(displayName));
    if (info.size() == 0)
        return failure(Error::Empty, tr("“%1” is empty.").arg(displayName));

    ensureAllocationLimit(limits.allocationLimitMb);
    QImageReader reader(sourcePath);
    reader.setDecideFormatFromContent(true); // the bytes decide, never the name
    const QByteArray format = reader.canRead() ? reader.format().toLower() : QByteArray();
    const QString sniffed = QMimeDatabase().mimeTypeForFile(sourcePath).name();

    if (format == "gif") {
        if (info.size() > limits.maxImageBytes)
            return failure(Error::TooLarge, tr("“%1” is too large (%2). Images can be up to %3.")
                                                .arg(displayName, sizeText(info.size()),
                                                     sizeText(limits.maxImageBytes)));
        const QSize declared = reader.size();
        if (!declared.isValid() || declared.isEmpty())
            return failure(Error::Corrupt,
                           tr("“%1” is not a valid image or is damaged.").arg(displayName));
        if (qint64(declared.width()) * declared.height() > limits.maxGifPixels)
            return failure(Error::Bomb, tr("“%1” is too large to open (%2 × %3 pixels).")
                                            .arg(displayName)
                                            .arg(declared.width())
                                            .arg(declared.height()));
        if (reader.read().isNull()) // the first frame must decode
            return failure(Error::Corrupt,
                           tr("“%1” is not a valid image or is damaged.").arg(displayName));
        // As it is: re-encoding would lose the animation; GIF carries no EXIF.
        QString name = baseNameOf(displayName) + QStringLiteral(".gif");
        Result result = passThrough(sourcePath, info, name, QStringLiteral("image/gif"), stagingDir,
                                    limits.maxImageBytes);
        result.file.width = declared.width();
        result.file.height = declared.height();
        return result;
    }

    if (!isPreparedFormat(format)) {
        if (format.isEmpty() && (namedLikeImage(sourcePath) || sniffed.startsWith(u"image/")) &&
            sniffed != QLatin1String("image/svg+xml"))
            return failure(Error::Corrupt,
                           tr("“%1” is not a valid image or is damaged.").arg(displayName));
        return passThrough(sourcePath, info, displayName, sniffed, stagingDir, limits.maxFileBytes);
    }

    // An image: look before decoding.
    if (info.size() > limits.maxSourceBytes)
        return failure(Error::TooLarge, tr("“%1” is too large to prepare (%2; at most %3).")
                                            .arg(displayName, sizeText(info.size()),
                                                 sizeText(limits.maxSourceBytes)));
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.isEmpty())
        return failure(Error::Corrupt,
                       tr("“%1” is not a valid image or is damaged.").arg(displayName));
    const qint64 pixels = qint64(declared.width()) * declared.height();
    const bool scaledDecode = reader.supportsOption(QImageIOHandler::ScaledSize);
    const qint64 cap = scaledDecode ? limits.maxScaledDecodePixels : limits.maxFullDecodePixels;
    if (pixels > cap)
        return failure(Error::Bomb, tr("“%1” is too large to open (%2 × %3 pixels).")
                                        .arg(displayName)
                                        .arg(declared.width())
                                        .arg(declared.height()));

    reader.setAutoTransform(true); // EXIF orientation
    const QSize target = fitted(declared, limits.maxSide);
    if (target != declared && scaledDecode)
        reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return failure(Error::Corrupt,
                       tr("“%1” is not a valid image or is damaged.").arg(displayName));
    const QSize finalSize = fitted(image.size(), limits.maxSide);
    if (finalSize != image.size())
        image = image.scaled(finalSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return encode(std::move(image), format, displayName, stagingDir, limits);
}

ImagePrep::Result ImagePrep::prepareImage(const QImage &image, const QString &name,
                                          const QString &stagingDir, const Limits &limits)
{
    const QString displayName = sanitizeName(name.isEmpty() ? QStringLiteral("image") : name);
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return failure(Error::Corrupt,
                       tr("“%1” is not a valid image or is damaged.").arg(displayName));
    QImage scaled = image;
    const QSize target = fitted(image.size(), limits.maxSide);
    if (target != image.size())
        scaled = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return encode(std::move(scaled), QByteArray(), displayName, stagingDir, limits);
}

QFuture<ImagePrep::Result> ImagePrep::prepareFileAsync(const QString &sourcePath,
                                                       const QString &stagingDir,
                                                       const Limits &limits)
{
    ensureAllocationLimit(limits.allocationLimitMb); // here, so workers only read it
    return QtConcurrent::run(
        [sourcePath, stagingDir, limits] { return prepareFile(sourcePath, stagingDir, limits); });
}

QFuture<ImagePrep::Result> ImagePrep::prepareImageAsync(const QImage &image, const QString &name,
                                                        const QString &stagingDir,
                                                        const Limits &limits)
{
    ensureAllocationLimit(limits.allocationLimitMb);
    return QtConcurrent::run([image, name, stagingDir, limits] {
        return prepareImage(image, name, stagingDir, limits);
    });
}

} // namespace kora::models
