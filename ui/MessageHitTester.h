#pragma once

#include "MessageDelegate.h"
#include "MessageGeometry.h"

class QModelIndex;
class QPoint;

namespace kora::ui {

// What a point of a message row is over, in the geometry MessageLayout
// computed for it: Retry, Discard or an upload's Cancel (with a little slack
// around the words), a reply's quote, an image or a file, or a link in the body (only where the
// text is, never a deleted message's).
class MessageHitTester
{
public:
    static MessageDelegate::HitResult hitTest(const MessageGeometry &geometry,
                                              const QModelIndex &index, const QPoint &pos);
    // Whether the point is on a [hidden] chip of a masked message (tooltips).
    static bool overHiddenMark(const MessageGeometry &geometry, const QModelIndex &index,
                               const QPoint &pos);
};

} // namespace kora::ui
