#include "QuietHoursMenu.h"

#include "DesignSystem.h"
#include "Preferences.h"
#include "TimeText.h"

#include <QPainter>
#include <QPainterPath>

namespace kora::ui {

QuietHoursMenu::QuietHoursMenu(models::Preferences &preferences, QWidget *parent)
    : QMenu(tr("&Do not disturb"), parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("quietHoursMenu"));
    m_status = addAction(QString());
    m_status->setObjectName(QStringLiteral("quietStatus"));
    m_status->setEnabled(false);
    addSeparator();
    QAction *hour = addAction(tr("For 1 &hour"));
    hour->setObjectName(QStringLiteral("quietForAnHour"));
    connect(hour, &QAction::triggered, this, [this] { m_preferences.setQuietFor(60); });
    QAction *tomorrow = addAction(tr("Until &tomorrow"));
    tomorrow->setObjectName(QStringLiteral("quietUntilTomorrow"));
    connect(tomorrow, &QAction::triggered, this, [this] { m_preferences.setQuietUntilTomorrow(); });
    m_off = addAction(tr("&Turn off"));
    m_off->setObjectName(QStringLiteral("quietOff"));
    connect(m_off, &QAction::triggered, this, [this] { m_preferences.setQuietUntil({}); });
    addSeparator();
    QAction *schedule = addAction(tr("&Quiet hours…"));
    schedule->setObjectName(QStringLiteral("quietSchedule"));
    connect(schedule, &QAction::triggered, this, &QuietHoursMenu::scheduleRequested);
    connect(this, &QMenu::aboutToShow, this, &QuietHoursMenu::refresh);
    connect(&m_preferences, &models::Preferences::quietChanged, this, &QuietHoursMenu::refresh);
    refresh();
}

QString QuietHoursMenu::statusText(const models::Preferences &preferences, const QDateTime &now)
{
    const QDateTime end = preferences.quietEnd(now).toLocalTime();
    if (!end.isValid())
        return tr("Notifications on");
    const QDate today = now.toLocalTime().date();
    const QString time = timeOfDayText(end.time());
    if (end.date() == today)
        return tr("Quiet until %1").arg(time);
    if (end.date() == today.addDays(1))
        return tr("Quiet until tomorrow, %1").arg(time);
    return tr("Quiet until %1, %2").arg(QLocale().toString(end.date(), QLocale::ShortFormat), time);
}

QPixmap QuietHoursMenu::badged(const QPixmap &base)
{
    QPixmap pixmap = base;
    const qreal dpr = pixmap.devicePixelRatio();
    const QSizeF size = QSizeF(pixmap.size()) / dpr;
    const qreal d = qMax(7.0, size.width() * 0.55);
    const QRectF disc(size.width() - d, size.height() - d, d, d);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(theme::quiet());
    p.drawEllipse(disc);
    // A crescent: a light disc with a second one cut out of its upper right.
    const QRectF moon = disc.adjusted(d * 0.2, d * 0.2, -d * 0.2, -d * 0.2);
    QPainterPath crescent;
    crescent.addEllipse(moon);
    QPainterPath bite;
    bite.addEllipse(moon.translated(moon.width() * 0.35, -moon.height() * 0.25));
    p.setBrush(theme::quietLight());
    p.drawPath(crescent.subtracted(bite));
    return pixmap;
}

void QuietHoursMenu::refresh()
{
    m_status->setText(statusText(m_preferences));
    // "Turn off" ends do not disturb; the schedule is turned off in Preferences.
    m_off->setEnabled(m_preferences.quietUntil().isValid() &&
                      m_preferences.quietUntil() > QDateTime::currentDateTime());
}

} // namespace kora::ui
