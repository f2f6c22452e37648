#include "BookingStatus.h"

#include "MessageListModel.h"

#include <QHash>

namespace kora::ui {

QString BookingStatus::text(const QString &status)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("requested"), QT_TR_NOOP("Requested")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("Confirmed")},
        {QStringLiteral("in_progress"), QT_TR_NOOP("In progress")},
        {QStringLiteral("completed"), QT_TR_NOOP("Completed")},
        {QStringLiteral("paid"), QT_TR_NOOP("Paid")},
        {QStringLiteral("declined"), QT_TR_NOOP("Declined")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("disputed"), QT_TR_NOOP("Disputed")},
    };
    const auto it = names.constFind(status);
    return it == names.constEnd() ? QString() : tr(*it);
}

QColor BookingStatus::color(const QString &status, bool dark)
{
    if (status == QLatin1String("confirmed") || status == QLatin1String("completed") ||
        status == QLatin1String("paid"))
        return dark ? QColor(92, 196, 120) : QColor(30, 140, 70);
    if (status == QLatin1String("declined") || status == QLatin1String("cancelled") ||
        status == QLatin1String("disputed"))
        return dark ? QColor(255, 120, 110) : QColor(196, 43, 28);
    if (status == QLatin1String("requested") || status == QLatin1String("pending"))
        return dark ? QColor(240, 180, 80) : QColor(176, 106, 0);
    return dark ? QColor(120, 170, 240) : QColor(40, 100, 200);
}

QString BookingStatus::of(const QModelIndex &index)
{
    using models::MessageListModel;
    if (index.data(MessageListModel::KindRole).toString() != QLatin1String("system"))
        return {};
    const QString status =
        index.data(MessageListModel::MetaRole).toMap().value(QStringLiteral("status")).toString();
    return text(status).isEmpty() ? QString() : status;
}

} // namespace kora::ui
