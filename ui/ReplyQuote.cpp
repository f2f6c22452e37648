#include "ReplyQuote.h"

#include "Markup.h"

#include "DesignSystem.h"
#include "MessageStyle.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace kora::ui {

using S = MessageStyle;

QString ReplyQuote::senderText(const QVariantMap &preview)
{
    if (preview.value(QStringLiteral("isOwn")).toBool())
        return tr("You");
    const QString name = preview.value(QStringLiteral("senderName")).toString();
    return name.isEmpty() ? tr("Someone") : name;
}

QString ReplyQuote::firstLine(const QString &body)
{
    const QString plain = models::markup::plainText(body); // quoted without markup
    for (const QStringView line : QStringView(plain).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed().toString();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

QString ReplyQuote::lineText(const QVariantMap &preview)
{
    if (!preview.value(QStringLiteral("known")).toBool())
        return tr("Original message");
    if (preview.value(QStringLiteral("deleted")).toBool())
        return tr("Deleted message");
    const QString line = firstLine(preview.value(QStringLiteral("body")).toString());
    if (!line.isEmpty())
        return line;
    const QString kind = preview.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("image"))
        return tr("Photo");
    if (kind == QLatin1String("file"))
        return tr("File");
    return tr("Message");
}

QSize ReplyQuote::sizeFor(const QVariantMap &preview, const QFont &base, int maxWidth)
{
    const QFontMetrics bold(S::boldSmallFont(base));
    const QFontMetrics small(S::smallFont(base));
    const int natural = qMax(bold.horizontalAdvance(senderText(preview)),
                             small.horizontalAdvance(lineText(preview))) +
                        barWidth + 2 * padH + 2;
    return {qMax(qMin(natural, maxWidth), qMin(maxWidth, 60)),
            bold.height() + small.height() + 2 * padV + 1};
}

void ReplyQuote::paint(QPainter *painter, const QRect &rect, const QVariantMap &preview,
                       const QStyleOptionViewItem &option, const QColor &bubble,
                       const QColor &accent)
{
    const QColor text = option.palette.color(QPalette::Text);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(S::mix(bubble, accent, S::isDark(option.palette) ? 0.22 : 0.12));
    painter->drawRoundedRect(QRectF(rect), theme::radiusM, theme::radiusM);
    // The bar on the leading edge: the left, or the right in a right-to-left UI.
    const QRect bar =
        QStyle::visualRect(option.direction, rect, QRect(rect.topLeft(), QSize(barWidth, 0)));
    painter->setBrush(accent);
    painter->drawRoundedRect(QRectF(bar.left(), rect.top(), barWidth, rect.height()), 1.5, 1.5);

    const QRect inner = rect.adjusted(barWidth + padH, padV, -padH, -padV);
    const QRect logicalInner = QStyle::visualRect(
        option.direction, rect,
        QRect(rect.left() + barWidth + padH, rect.top() + padV, inner.width(), inner.height()));
    const Qt::Alignment align =
        (option.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    const QFont boldFont = S::boldSmallFont(option.font);
    const QFont smallFont = S::smallFont(option.font);
    const QFontMetrics bold(boldFont);
    const QFontMetrics small(smallFont);
    painter->setFont(boldFont);
    painter->setPen(accent);
    painter->drawText(logicalInner, align,
                      bold.elidedText(senderText(preview), Qt::ElideRight, logicalInner.width()));
    painter->setFont(smallFont);
    const bool muted = preview.value(QStringLiteral("deleted")).toBool() ||
                       !preview.value(QStringLiteral("known")).toBool();
    if (muted) {
        QFont italic = smallFont;
        italic.setItalic(true);
        painter->setFont(italic);
    }
    painter->setPen(S::mix(text, bubble, muted ? 0.45 : 0.15));
    painter->drawText(logicalInner.adjusted(0, bold.height() + 1, 0, 0), align,
                      small.elidedText(lineText(preview), Qt::ElideRight, logicalInner.width()));
    painter->restore();
}

} // namespace kora::ui
