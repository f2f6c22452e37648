#pragma once

#include "MessageText.h"

#include <QList>
#include <QPointF>
#include <QRect>

#include <memory>

namespace kora::ui {

// Where everything of one painted message row goes, in the coordinates of the
// row's rect (MessageLayout computes it; MessagePainter draws it;
// MessageHitTester maps clicks onto it).
struct MessageGeometry
{
    int height = 0;
    QRect header;   // date separator / unread marker area
    QRect dateRect; // the date pill
    QRect unreadRect;
    QRect bubble;
    QRect sender; // a group's incoming run: the sender's name on top of the bubble
    QRect avatar; // and their avatar beside its first bubble
    QRect quote;  // a reply's preview of its original (ReplyQuote)
    QRect status; // a booking card's status chip (system messages with a known meta status)
    QPointF textPos;
    QRect meta;    // time, edited, ticks
    QRect ticks;   // inside meta: the delivery ticks (own messages that are not deleted)
    QRect failure; // "Not sent: reason"
    QRect retry;
    QRect discard;
    QList<QRect> attachments; // per attachment, AttachmentsRole order (null: not shown)
    QRect progress;           // upload bar
    QRect cancel;             // "Cancel" next to it
    QList<QRect> reactions;   // the chips under the bubble, ReactionsRole order
    bool metaOverlay = false; // time drawn over the last image
    bool hasText = true;
    std::shared_ptr<const MessageText> text; // never null

    // The same geometry for a row whose rect starts at offset (null rects stay null).
    MessageGeometry translated(const QPoint &offset) const
    {
        MessageGeometry g = *this;
        for (QRect *r : {&g.header, &g.dateRect, &g.unreadRect, &g.bubble, &g.sender, &g.avatar,
                         &g.quote, &g.status, &g.meta, &g.ticks, &g.failure, &g.retry, &g.discard,
                         &g.progress, &g.cancel})
            if (!r->isNull())
                r->translate(offset);
        for (QRect &r : g.attachments)
            if (!r.isNull())
                r.translate(offset);
        for (QRect &r : g.reactions)
            r.translate(offset);
        g.textPos += offset;
        return g;
    }
};

} // namespace kora::ui
