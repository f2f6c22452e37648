#include "MessageStyle.h"

#include "DesignSystem.h"
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
    return theme::mix(a, b, t);
}

bool MessageStyle::isDark(const QPalette &palette)
{
    return theme::isDark(palette);
}

QColor MessageStyle::failureColor(const QPalette &palette)
{
    return theme::failure(palette);
}

QFont MessageStyle::emojiFont(const QFont &base)
{
    return theme::emojiFont(base);
}

QFont MessageStyle::smallFont(const QFont &base)
{
    return theme::smallFont(base);
}

QFont MessageStyle::boldSmallFont(const QFont &base)
{
    return theme::boldSmallFont(base);
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
