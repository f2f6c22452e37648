#pragma once

#include "MessageGeometry.h"

#include <QColor>
#include <QStyleOptionViewItem>

class QModelIndex;
class QPainter;

namespace kora::ui {

class MediaCache;

// Draws a message's attachments into their boxes: image thumbnails from the
// media cache, cropped to fill (a placeholder of the final size until the
// pixels arrive, a note when they cannot), and other files as rows with a
// type icon, the name, the size and the type.
class AttachmentPainter
{
public:
    explicit AttachmentPainter(MediaCache *media); // may be null: images stay placeholders

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
               const MessageGeometry &geometry, const QColor &bubble) const;

private:
    MediaCache *m_media;
};

} // namespace kora::ui
