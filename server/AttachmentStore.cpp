#include "AttachmentStore.h"

#include "ServerLogging.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>

namespace kora::server {
namespace {

using proto::ApiError;
namespace code = proto::code;

ApiError tooLarge(const QString &message)
{
    return {code::TooLarge, message};
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

} // namespace

AttachmentStore::AttachmentStore(AttachmentLimits limits)
    : m_limits(limits)
{}

QString AttachmentStore::sniffImage(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (b.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

QString AttachmentStore::sniffFile(const QByteArray &bytes)
{
    const QMimeType type = QMimeDatabase().mimeTypeForData(bytes);
    const QString name = type.name();
    const bool active = type.inherits(QStringLiteral("text/html")) ||
                        type.inherits(QStringLiteral("application/xml")) ||
                        type.inherits(QStringLiteral("image/svg+xml")) ||
                        name.contains(QLatin1String("javascript")) ||
                        name.contains(QLatin1String("ecmascript")) ||
                        name.contains(QLatin1String("xml")) || name.contains(QLatin1String("html"));
    if (!type.isValid() || active)
        return QStringLiteral("application/octet-stream");
    return name;
}

QString AttachmentStore::sanitizeName(const QString &raw)
{
    QString name = raw;
    const qsizetype slash =
        qMax(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    if (slash >= 0)
        name = name.mid(slash + 1);
    QString clean;
    clean.reserve(name.size());
    for (const QChar c : std::as_const(name)) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph ||
            c == QChar(0xFFFD))
            continue;
        clean.append(c);
    }
    clean = clean.trimmed();
    if (clean == QLatin1String(".") || clean == QLatin1String(".."))
        clean.clear();
    if (clean.size() > 255) {
        qsizetype cut = 255;
        if (clean.at(cut - 1).isHighSurrogate())
            --cut;
        clean.truncate(cut);
    }
    return clean.isEmpty() ? QStringLiteral("file") : clean;
}

bool AttachmentStore::claimsImage(const QString &name, const QByteArray &contentType)
{
    if (contentType.trimmed().toLower().startsWith("image/"))
        return true;
    const QString suffix = QFileInfo(name).suffix().toLower();
    static const QStringList imageSuffixes{QStringLiteral("png"),  QStringLiteral("jpg"),
                                           QStringLiteral("jpeg"), QStringLiteral("gif"),
                                           QStringLiteral("webp"), QStringLiteral("bmp"),
                                           QStringLiteral("heic"), QStringLiteral("avif")};
    return imageSuffixes.contains(suffix);
}

Expected<CheckedUpload, ApiError> AttachmentStore::check(const QByteArray &bytes,
                                                         bool claimedImage) const
{
    if (bytes.isEmpty())
        return unexpected(ApiError{code::Invalid, QStringLiteral("the file is empty")});
    StoredBlob blob;
    blob.size = bytes.size();
    const QString imageType = sniffImage(bytes);
    blob.image = !imageType.isEmpty();
    if (!blob.image && claimedImage)
        return unexpected(ApiError{
            code::UnsupportedMedia,
            QStringLiteral("the file is not a PNG, JPEG, WebP or GIF image, whatever its name")});
    if (blob.image && blob.size > m_limits.maxImageBytes)
        return unexpected(
            tooLarge(QStringLiteral("images are limited to %1").arg(mib(m_limits.maxImageBytes))));
    if (blob.size > m_limits.maxFileBytes)
        return unexpected(
            tooLarge(QStringLiteral("files are limited to %1").arg(mib(m_limits.maxFileBytes))));

    QByteArray thumbBytes;
    if (blob.image) {
        blob.mime = imageType;
        // A JPEG cut short decodes "successfully", its missing part grey
        // (libjpeg only warns): the last scan must be followed by the end
        // marker. Entropy-coded data stuffs every 0xFF, so neither marker
        // can appear inside it; an EXIF thumbnail's end marker comes
        // before the main image's scan and does not count.
        if (imageType == QLatin1String("image/jpeg") &&
            bytes.lastIndexOf("\xff\xd9") < bytes.lastIndexOf("\xff\xda"))
            return unexpected(ApiError{
                code::Invalid, QStringLiteral("the image is damaged: the JPEG data is cut short")});
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const QByteArray format = imageType.mid(6).toLatin1(); // png, jpeg, webp, gif
        QImageReader reader(&buffer, format);
        reader.setDecideFormatFromContent(false);
        reader.setAutoTransform(true);
        // Never more than the largest allowed image needs (4 bytes a pixel).
        reader.setAllocationLimit(int(qMin<qint64>(
            (m_limits.maxImagePixels * 4) / (1024 * 1024) + 1, std::numeric_limits<int>::max())));
        QSize size = reader.size(); // from the header: nothing decoded yet
        // A GIF is decoded onto its logical screen, which Qt's reader does not
        // report and which may be far larger than the frame it does (fuzzing
        // found a 29-byte GIF whose 1×23 frame decoded to 6000×23): judge
        // the canvas the decoder will really allocate.
        if (format == "gif" && bytes.size() >= 10 && size.isValid()) {
            const auto u16 = [&bytes](int i) {
                return int(uchar(bytes[i])) | (int(uchar(bytes[i + 1])) << 8);
            };
            size = size.expandedTo(QSize(u16(6), u16(8)));
        }
        if (!size.isValid() || size.isEmpty())
            return unexpected(
                ApiError{code::Invalid,
                         QStringLiteral("the image is damaged: %1").arg(reader.errorString())});
        if (qint64(size.width()) * size.height() > m_limits.maxImagePixels)
            return unexpected(tooLarge(QStringLiteral("the image is %1×%2 pixels; the limit is %3 "
                                                      "megapixels")
                                           .arg(size.width())
                                           .arg(size.height())
                                           .arg(double(m_limits.maxImagePixels) / 1e6)));
        // The shown size is after the EXIF orientation (a quarter turn swaps the sides).
        const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
        blob.width = turned ? size.height() : size.width();
        blob.height = turned ? size.width() : size.height();
        // Decoded straight to thumbnail size: JPEG scales while decoding (a
        // 36-megapixel photo never becomes 144 MB); the others are scaled by
        // the reader right after. Every byte is still decoded, so damage shows.
        if (qMax(size.width(), size.height()) > m_limits.thumbSide)
            reader.setScaledSize(
                size.scaled(m_limits.thumbSide, m_limits.thumbSide, Qt::KeepAspectRatio)
                    .expandedTo(QSize(1, 1)));
        QImage thumb = reader.read();
        if (thumb.isNull())
            return unexpected(ApiError{
                code::Invalid,
                QStringLiteral("the image could not be decoded: %1").arg(reader.errorString())});
        // A reader that cannot scale while decoding, or an image whose frames
        // disagree with its header (a GIF's logical screen, say), can still
        // give more than was asked for: the thumbnail's bound holds anyway.
        if (thumb.width() > m_limits.thumbSide || thumb.height() > m_limits.thumbSide)
            thumb = thumb.scaled(m_limits.thumbSide, m_limits.thumbSide, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        if (thumb.hasAlphaChannel()) { // JPEG has none: flatten onto white
            QImage flat(thumb.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QImage argb = thumb.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < flat.height(); ++y) {
                auto *dst = reinterpret_cast<QRgb *>(flat.scanLine(y));
                const auto *src = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
                for (int x = 0; x < flat.width(); ++x) {
                    const int a = qAlpha(src[x]);
                    dst[x] = qRgb(qRed(src[x]) + (255 - a), qGreen(src[x]) + (255 - a),
                                  qBlue(src[x]) + (255 - a));
                }
            }
            thumb = flat;
        }
        QBuffer out(&thumbBytes);
        out.open(QIODevice::WriteOnly);
        if (!thumb.save(&out, "JPEG", 80))
            return unexpected(ApiError{code::Internal, QStringLiteral("cannot make a thumbnail")});
    } else {
        blob.mime = sniffFile(bytes);
    }

    blob.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return CheckedUpload{blob, thumbBytes};
}

} // namespace kora::server
