#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QVariantMap>

class QColor;
class QFont;
class QPainter;
class QRect;
class QStyleOptionViewItem;

namespace kora::ui {

// The quoted preview a reply's bubble shows above its content (protocol 7.1):
// who wrote the original and its first line ("Deleted message" once it is
// deleted), behind an accent bar on the leading edge. `preview` is a row's
// MessageListModel::ReplyPreviewRole. MessageLayout sizes it, MessagePainter
// draws it, and the composer's reply bar shows the same texts.
class ReplyQuote
{
    Q_DECLARE_TR_FUNCTIONS(kora::ui::ReplyQuote)
public:
    static constexpr int barWidth = 3;
    static constexpr int padH = 8;
    static constexpr int padV = 3;

    static QString senderText(const QVariantMap &preview);
    static QString lineText(const QVariantMap &preview);
    // The first non-empty line of a body, trimmed.
    static QString firstLine(const QString &body);

    static QSize sizeFor(const QVariantMap &preview, const QFont &base, int maxWidth);
    static void paint(QPainter *painter, const QRect &rect, const QVariantMap &preview,
                      const QStyleOptionViewItem &option, const QColor &bubble,
                      const QColor &accent);
};

} // namespace kora::ui
