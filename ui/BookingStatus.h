#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QModelIndex>
#include <QString>

namespace kora::ui {

// The status a marketplace gives a booking or a job in a system message's
// meta ({"status":"confirmed", …}): how the reader reads it and the colour
// of its chip, in the chat's booking cards and the details panel alike.
class BookingStatus
{
    Q_DECLARE_TR_FUNCTIONS(kora::ui::BookingStatus)
public:
    // "" for a status Kora does not know (then no chip is shown).
    static QString text(const QString &status);
    static QColor color(const QString &status, bool dark);
    // A system message row's status ("" for anything else).
    static QString of(const QModelIndex &index);
};

} // namespace kora::ui
