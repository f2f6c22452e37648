// Upload checking: sniffing and the image header readers take any bytes; an
// accepted image is within the limits, with a thumbnail within its side.
#include "FuzzCheck.h"

#include "AttachmentStore.h"

#include <QImage>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kora::server::AttachmentStore;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)AttachmentStore::sniffImage(bytes);
    (void)AttachmentStore::sniffFile(bytes);
    const QString name = AttachmentStore::sanitizeName(QString::fromUtf8(bytes.left(300)));
    FUZZ_CHECK(name.size() <= 255);
    FUZZ_CHECK(!name.contains(QLatin1Char('/')) && !name.contains(QChar(0)));

    // Small limits keep each run fast; the same code runs with the real ones.
    kora::server::AttachmentLimits limits;
    limits.maxImageBytes = 1 << 20;
    limits.maxFileBytes = 1 << 20;
    limits.maxImagePixels = 1 << 20;
    limits.thumbSide = 64;
    const AttachmentStore store(limits);
    for (const bool claimedImage : {true, false}) {
        const auto checked = store.check(bytes, claimedImage);
        if (!checked) {
            FUZZ_CHECK(!checked.error().message.isEmpty());
            continue;
        }
        FUZZ_CHECK(checked->blob.size == bytes.size());
        FUZZ_CHECK(!checked->blob.mime.isEmpty());
        if (checked->blob.image) {
            FUZZ_CHECK(qint64(checked->blob.width) * checked->blob.height <= limits.maxImagePixels);
            const QImage thumb = QImage::fromData(checked->thumb);
            FUZZ_CHECK(!thumb.isNull());
            FUZZ_CHECK(thumb.width() <= limits.thumbSide && thumb.height() <= limits.thumbSide);
        }
    }
    return 0;
}
