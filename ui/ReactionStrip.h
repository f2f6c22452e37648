#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QVariantList>

class QColor;
class QFont;
class QPainter;
class QStyleOptionViewItem;

namespace kora::ui {

// The reaction chips under a bubble (protocol 7.2): one per emoji, "👍 2",
// mine outlined and tinted with the accent colour, wrapped into rows.
// `chips` is a row's MessageListModel::ReactionsRole. MessageLayout places
// them (from the bubble's leading edge), MessagePainter draws them, the
// delegate's tooltip names who reacted.
class ReactionStrip
{
    Q_DECLARE_TR_FUNCTIONS(kora::ui::ReactionStrip)
public:
    static constexpr int gap = 4;  // between chips, and between the bubble and them
    static constexpr int padH = 7; // inside a chip
    static constexpr int padV = 2;

    static constexpr int countGap = 3; // between the emoji and its count

    static QString chipText(const QVariantMap &chip); // "👍 2", for accessibility
    static QString countText(const QVariantMap &chip);
    static int chipWidth(const QVariantMap &chip, const QFont &base);
    // "Ama, Kofi reacted with 👍" ("You" for me).
    static QString toolTip(const QVariantMap &chip);
    static QFont font(const QFont &base);
    // The chips' rects from (0, 0), left to right, wrapped at maxWidth; `size` their extent.
    static QList<QRect> layout(const QVariantList &chips, const QFont &base, int maxWidth,
                               QSize *size);
    static void paint(QPainter *painter, const QList<QRect> &rects, const QVariantList &chips,
                      const QStyleOptionViewItem &option, const QColor &accent);
};

} // namespace kora::ui
