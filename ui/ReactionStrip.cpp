#include "ReactionStrip.h"

#include "MessageStyle.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace kora::ui {

using S = MessageStyle;

QString ReactionStrip::chipText(const QVariantMap &chip)
{
    return chip.value(QStringLiteral("emoji")).toString() + QLatin1Char(' ') + countText(chip);
}

QString ReactionStrip::countText(const QVariantMap &chip)
{
    return QLocale().toString(chip.value(QStringLiteral("count")).toInt());
}

QString ReactionStrip::toolTip(const QVariantMap &chip)
{
    // `names` are the others' (mine is "You"); someone not known here is counted.
    QStringList who;
    if (chip.value(QStringLiteral("mine")).toBool())
        who.append(tr("You"));
    for (const QString &name : chip.value(QStringLiteral("names")).toStringList()) {
        if (!name.isEmpty())
            who.append(name);
    }
    const int count = chip.value(QStringLiteral("count")).toInt();
    const QString emoji = chip.value(QStringLiteral("emoji")).toString();
    const int unnamed = count - int(who.size());
    if (who.isEmpty())
        return tr("%n people reacted with %1", nullptr, count).arg(emoji);
    if (unnamed > 0)
        return tr("%1 and %n more reacted with %2", nullptr, unnamed)
            .arg(QLocale().createSeparatedList(who), emoji);
    return tr("%1 reacted with %2").arg(QLocale().createSeparatedList(who), emoji);
}

QFont ReactionStrip::font(const QFont &base)
{
    return S::smallFont(base);
}

int ReactionStrip::chipWidth(const QVariantMap &chip, const QFont &base)
{
    const QFontMetrics emoji(S::emojiFont(base));
    const QFontMetrics count(font(base));
    return emoji.horizontalAdvance(chip.value(QStringLiteral("emoji")).toString()) + countGap +
           count.horizontalAdvance(countText(chip)) + 2 * padH;
}

QList<QRect> ReactionStrip::layout(const QVariantList &chips, const QFont &base, int maxWidth,
                                   QSize *size)
{
    const int h =
        qMax(QFontMetrics(S::emojiFont(base)).height(), QFontMetrics(font(base)).height()) +
        2 * padV;
    QList<QRect> rects;
    rects.reserve(chips.size());
    int x = 0;
    int y = 0;
    int width = 0;
    for (const QVariant &chip : chips) {
        const int w = chipWidth(chip.toMap(), base);
        if (x > 0 && x + w > maxWidth) {
            x = 0;
            y += h + gap;
        }
        rects.append(QRect(x, y, w, h));
        width = qMax(width, x + w);
        x += w + gap;
    }
    if (size)
        *size = rects.isEmpty() ? QSize() : QSize(width, y + h);
    return rects;
}

void ReactionStrip::paint(QPainter *painter, const QList<QRect> &rects, const QVariantList &chips,
                          const QStyleOptionViewItem &option, const QColor &accent)
{
    const QPalette &pal = option.palette;
    const bool dark = S::isDark(pal);
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::Text);
    painter->save();
    const QFont emojiFont = S::emojiFont(option.font);
    const QFont countFont = font(option.font);
    const QFontMetrics emojiFm(emojiFont);
    const bool rtl = option.direction == Qt::RightToLeft;
    for (qsizetype i = 0; i < rects.size() && i < chips.size(); ++i) {
        const QVariantMap chip = chips.at(i).toMap();
        const bool mine = chip.value(QStringLiteral("mine")).toBool();
        const QRectF r = QRectF(rects.at(i)).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor fill = mine ? S::mix(window, pal.color(QPalette::Highlight), dark ? 0.4 : 0.16)
                                 : S::mix(window, text, dark ? 0.14 : 0.06);
        const QColor border = mine ? accent : S::mix(window, text, dark ? 0.3 : 0.18);
        painter->setPen(QPen(border, mine ? 1.5 : 1.0));
        painter->setBrush(fill);
        painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        // The emoji on the leading side, the count after it.
        const QRect inner = rects.at(i).adjusted(padH, 0, -padH, 0);
        const int emojiW =
            emojiFm.horizontalAdvance(chip.value(QStringLiteral("emoji")).toString());
        const QRect emojiRect(rtl ? inner.right() - emojiW + 1 : inner.left(), inner.top(), emojiW,
                              inner.height());
        const QRect countRect = rtl ? inner.adjusted(0, 0, -(emojiW + countGap), 0)
                                    : inner.adjusted(emojiW + countGap, 0, 0, 0);
        painter->setPen(text);
        painter->setFont(emojiFont);
        painter->drawText(emojiRect, Qt::AlignCenter,
                          chip.value(QStringLiteral("emoji")).toString());
        painter->setFont(countFont);
        painter->setPen(mine ? accent : text);
        painter->drawText(countRect, Qt::AlignVCenter | Qt::AlignLeading, countText(chip));
    }
    painter->restore();
}

} // namespace kora::ui
