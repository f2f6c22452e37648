#include "MessageHitTester.h"

#include "protocol/ContactGuard.h"

#include "AttachmentLayout.h"
#include "MessageListModel.h"

#include <QTextLine>

namespace kora::ui {

using models::MessageListModel;
using Hit = MessageDelegate::Hit;

MessageDelegate::HitResult MessageHitTester::hitTest(const MessageGeometry &g,
                                                     const QModelIndex &index, const QPoint &pos)
{
    MessageDelegate::HitResult result;
    if (!index.isValid())
        return result;
    if (g.retry.isValid() && g.retry.adjusted(-4, -2, 4, 2).contains(pos)) {
        result.hit = Hit::Retry;
        return result;
    }
    if (g.discard.isValid() && g.discard.adjusted(-4, -2, 4, 2).contains(pos)) {
        result.hit = Hit::Discard;
        return result;
    }
    if (g.cancel.isValid() && g.cancel.adjusted(-6, -4, 6, 4).contains(pos)) {
        result.hit = Hit::CancelUpload;
        return result;
    }
    for (int i = 0; i < g.reactions.size(); ++i) {
        if (g.reactions.at(i).contains(pos)) {
            result.hit = Hit::Reaction;
            result.reaction = i;
            return result;
        }
    }
    if (g.quote.isValid() && g.quote.contains(pos)) {
        result.hit = Hit::Quote;
        return result;
    }
    for (int i = 0; i < g.attachments.size(); ++i) {
        if (!g.attachments.at(i).contains(pos))
            continue;
        const QVariantMap a =
            index.data(MessageListModel::AttachmentsRole).toList().value(i).toMap();
        result.hit = AttachmentLayout::isImage(a) ? Hit::Image : Hit::File;
        result.attachment = i;
        return result;
    }
    if (g.text->links().isEmpty() || index.data(MessageListModel::DeletedRole).toBool() ||
        !g.bubble.contains(pos))
        return result;
    const int cursor = g.text->cursorAt(QPointF(pos) - g.textPos);
    if (cursor < 0)
        return result;
    const QString &text = g.text->text();
    for (const auto &[start, length] : g.text->links()) {
        if (cursor >= start && cursor < start + length) {
            result.hit = Hit::Link;
            result.url = QUrl(text.mid(start, length), QUrl::StrictMode);
            if (!result.url.isValid())
                result.url = QUrl(text.mid(start, length), QUrl::TolerantMode);
            return result;
        }
    }
    return result;
}

bool MessageHitTester::overHiddenMark(const MessageGeometry &g, const QModelIndex &index,
                                      const QPoint &pos)
{
    if (!g.hasText || g.text->hiddenMarks().isEmpty() ||
        index.data(MessageListModel::DeletedRole).toBool() ||
        !index.data(MessageListModel::FlagsRole)
             .toStringList()
             .contains(proto::flag::ContactMasked))
        return false;
    const QPointF local = QPointF(pos) - g.textPos;
    for (const auto &[start, length] : g.text->hiddenMarks()) {
        for (const QRectF &r : g.text->spanRects(start, length)) {
            if (r.contains(local))
                return true;
        }
    }
    return false;
}

} // namespace kora::ui
