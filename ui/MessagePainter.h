#pragma once

#include "MessageGeometry.h"
#include "protocol/Conversation.h"

#include <QStyleOptionViewItem>

class QModelIndex;
class QPainter;

namespace kora::ui {

class MediaCache;

// Draws one message row into the geometry MessageLayout computed for it: the
// date pill and the unread band above it, the bubble (own, others', system),
// its attachments (AttachmentPainter), the upload bar, the body with its
// markup, links coloured, the time with the edited mark and delivery ticks, and a
// refused message's reason with Retry and Discard.
// Who an @mention in a body may name (a group's people), and who "me" is:
// mentions are coloured, mine marked as well.
struct MentionPeople
{
    QList<proto::Participant> people;
    QString me;
};

class MessagePainter
{
public:
    // `media` may be null: images stay placeholders; so may `mentions` and
    // `scroll` (code blocks at their start).
    explicit MessagePainter(MediaCache *media, const MentionPeople *mentions = nullptr,
                            const CodeScroll *scroll = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
               const MessageGeometry &geometry) const;

private:
    MediaCache *m_media;
    const MentionPeople *m_mentions;
    const CodeScroll *m_scroll;
};

} // namespace kora::ui
