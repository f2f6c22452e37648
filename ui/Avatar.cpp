#include "Avatar.h"

#include <QCryptographicHash>
#include <QPainter>
#include <QStringList>

namespace kora::ui {

QString initialsOf(const QString &name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials;
    int taken = 0;
    for (const QString &word : words) {
        if (taken == 2)
            break;
        // The word's first letter or digit, a whole code point (surrogate pairs included);
        // punctuation such as "<" or "(" is passed over.
        for (qsizetype i = 0; i < word.size(); ++i) {
            const bool pair = word.at(i).isHighSurrogate() && i + 1 < word.size();
            const char32_t code =
                pair ? QChar::surrogateToUcs4(word.at(i), word.at(i + 1)) : word.at(i).unicode();
            if (QChar::isLetterOrNumber(code)) {
                initials += word.mid(i, pair ? 2 : 1);
                ++taken;
                break;
            }
        }
    }
    return initials.toUpper();
}

QColor avatarColor(const QString &seed)
{
    const QByteArray hash = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5);
    const int hue = (quint8(hash[0]) << 8 | quint8(hash[1])) % 360;
    return QColor::fromHsl(hue, 140, 110); // mid lightness: white initials stay readable
}

QPixmap initialsAvatar(const QString &name, const QString &seed, int size, qreal devicePixelRatio)
{
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(avatarColor(seed));
    p.drawEllipse(QRectF(0, 0, size, size));
    QFont font = p.font();
    font.setPixelSize(qMax(8, size * 2 / 5));
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initialsOf(name));
    return pixmap;
}

} // namespace kora::ui
