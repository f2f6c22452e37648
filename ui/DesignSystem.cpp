#include "DesignSystem.h"

#include <QFontDatabase>

#include <QPalette>

namespace kora::ui::theme {

namespace {
QFont scaled(const QFont &base, qreal factor)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qMax(8, int(base.pixelSize() * factor)));
    return font;
}

QColor pick(const QPalette &palette, QRgb light, QRgb dark)
{
    return QColor::fromRgb(isDark(palette) ? dark : light);
}
} // namespace

QFont smallFont(const QFont &base)
{
    return scaled(base, scaleSmall);
}

QFont boldSmallFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont headingFont(const QFont &base)
{
    QFont font = scaled(base, scaleHeading);
    font.setBold(true);
    return font;
}

QFont titleFont(const QFont &base)
{
    QFont font = scaled(base, scaleTitle);
    font.setBold(true);
    return font;
}

QFont emojiFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({QStringLiteral("Noto Color Emoji"), QStringLiteral("Apple Color Emoji"),
                      QStringLiteral("Segoe UI Emoji"), base.family()});
    return font;
}

QStringList monospaceFamilies()
{
    return {QFontDatabase::systemFont(QFontDatabase::FixedFont).family(),
            QStringLiteral("monospace")};
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t, 1.0);
}

QColor failure(const QPalette &palette)
{
    return pick(palette, 0xc42b1c, 0xff786e);
}

QColor success(const QPalette &palette)
{
    return pick(palette, 0x2e7d32, 0x2e7d32);
}

QColor warning(const QPalette &palette)
{
    return pick(palette, 0xa35a00, 0xa35a00);
}

QColor neutral(const QPalette &palette)
{
    return pick(palette, 0x5b6b7f, 0x5b6b7f);
}

QColor danger(const QPalette &palette)
{
    return pick(palette, 0xb02a2a, 0xb02a2a);
}

QColor online(const QPalette &palette)
{
    return pick(palette, 0x2ea043, 0x4cd964);
}

QColor support(const QPalette &palette)
{
    return pick(palette, 0x6a3d9a, 0x6a3d9a);
}

QColor badge()
{
    return QColor(0xe5, 0x39, 0x35);
}

QColor quiet()
{
    return QColor(0x3f, 0x51, 0xb5);
}

QColor quietLight()
{
    return QColor(0xff, 0xf3, 0xc4);
}

QColor viewerBackdrop()
{
    return QColor(10, 10, 12, 240);
}

QColor viewerBar()
{
    return QColor(0, 0, 0, 110);
}

QColor viewerText()
{
    return QColor(0xf2, 0xf2, 0xf4);
}

QColor viewerMutedText()
{
    return QColor(0xb4, 0xb8, 0xbf);
}

QColor viewerControl()
{
    return QColor(255, 255, 255, 30);
}

QColor viewerControlHover()
{
    return QColor(255, 255, 255, 60);
}

QColor viewerFocus()
{
    return QColor(0x7a, 0xb4, 0xff);
}

} // namespace kora::ui::theme
