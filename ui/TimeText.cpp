#include "TimeText.h"

#include <QLocale>
#include <QRegularExpression>

namespace kora::ui {

QString timeOfDayText(const QTime &time, const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return locale.toString(time, format);
}

} // namespace kora::ui
