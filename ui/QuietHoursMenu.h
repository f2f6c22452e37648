#pragma once

#include <QDateTime>
#include <QMenu>

namespace kora::models {
class Preferences;
}

namespace kora::ui {

// "Do not disturb" as a menu, for the Kora menu and the tray: for an hour,
// until tomorrow, off, and "Quiet hours…" (the schedule, in Preferences).
// Its first line says what holds now; it is brought up to date each time
// the menu opens.
class QuietHoursMenu : public QMenu
{
    Q_OBJECT
public:
    // `preferences` is not owned and must outlive the menu.
    QuietHoursMenu(models::Preferences &preferences, QWidget *parent = nullptr);

    // "Notifications on", "Quiet until 14:05", "Quiet until tomorrow, 08:00".
    static QString statusText(const models::Preferences &preferences,
                              const QDateTime &now = QDateTime::currentDateTime());
    // `base` with a small moon at its lower right: quiet now (tray, account).
    static QPixmap badged(const QPixmap &base);

Q_SIGNALS:
    // "Quiet hours…": the caller shows the schedule (Preferences ▸ Notifications).
    void scheduleRequested();

private:
    void refresh();

    models::Preferences &m_preferences;
    QAction *m_status;
    QAction *m_off;
};

} // namespace kora::ui
