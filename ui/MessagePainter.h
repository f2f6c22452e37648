#pragma once

#include "MessageGeometry.h"

#include <QStyleOptionViewItem>

class QModelIndex;
class QPainter;

namespace kora::ui {

class MediaCache;

// Draws one message row into the geometry MessageLayout computed for it: the
// date pill and the unread band above it, the bubble (own, others', system),
// its attachments (AttachmentPainter), the upload bar, the body with its
// links coloured, the time with the edited mark and delivery ticks, and a
// refused message's reason with Retry and Discard.
class MessagePainter
{
public:
    explicit MessagePainter(MediaCache *media); // may be null: images stay placeholders

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
               const MessageGeometry &geometry) const;

private:
    MediaCache *m_media;
};

} // namespace kora::ui
