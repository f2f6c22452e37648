#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QVariantList>

namespace kora::ui {

// Where a message's attachments go, relative to the block's top left; one
// rect per attachment (AttachmentsRole order). One image at its own aspect
// ratio; several in a grid of two columns (an odd last one across both);
// other files as rows below. The boxes come from the sizes the server
// recorded, so a row is as tall before the pixels arrive as after.
class AttachmentLayout
{
public:
    AttachmentLayout(const QVariantList &attachments, int available);

    QSize size() const { return m_size; }
    const QList<QRect> &rects() const { return m_rects; }
    bool imagesOnly() const { return m_imagesOnly; }

    // An attachment shown as a thumbnail (a raster image with known size).
    static bool isImage(const QVariantMap &attachment);

private:
    QSize m_size;
    QList<QRect> m_rects;
    bool m_imagesOnly = false;
};

} // namespace kora::ui
