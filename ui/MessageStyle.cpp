#include "MessageStyle.h"

#include "MessageDelegate.h"
#include "MessageListModel.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QModelIndex>
#include <QPalette>

namespace kora::ui {

using models::MessageListModel;

QColor MessageStyle::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t, 1.0);
}

bool MessageStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor MessageStyle::failureColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 120, 110) : QColor(196, 43, 28);
}

QFont MessageStyle::emojiFont(const QFont &base)
{
    QFont font = base;
    font.setFamilies({QStringLiteral("Noto Color Emoji"), QStringLiteral("Apple Color Emoji"),
                      QStringLiteral("Segoe UI Emoji"), base.family()});
    return font;
}

QFont MessageStyle::smallFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.82);
    else if (base.pixelSize() > 0)
        font.setPixelSize(qMax(8, int(base.pixelSize() * 0.82)));
    return font;
}

QFont MessageStyle::boldSmallFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setWeight(QFont::DemiBold);
    return font;
}

QString MessageStyle::dayText(const QDate &day)
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return MessageDelegate::tr("Today");
    if (day == today.addDays(-1))
        return MessageDelegate::tr("Yesterday");
    if (day.year() == today.year())
        return QLocale().toString(day, MessageDelegate::tr("d MMMM", "date separator, this year"));
    return QLocale().toString(day, QLocale::LongFormat);
}

QString MessageStyle::metaText(const QModelIndex &index)
{
    const QDateTime created = index.data(MessageListModel::CreatedAtRole).toDateTime();
    QString text =
        created.isValid() ? MessageDelegate::timeText(created.toLocalTime().time()) : QString();
    if (index.data(MessageListModel::EditedRole).toBool() &&
        !index.data(MessageListModel::DeletedRole).toBool())
        text = text.isEmpty()
                   ? MessageDelegate::tr("edited")
                   : MessageDelegate::tr("edited %1", "edited mark, then the time").arg(text);
    return text;
}

bool MessageStyle::isSystem(const QModelIndex &index)
{
    return index.data(MessageListModel::KindRole).toString() == QLatin1String("system");
}

} // namespace kora::ui
