#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSystemTrayIcon;
class QJsonObject;

namespace kora::proto {
struct Message;
}

namespace kora::ui {
class MainWindow;
struct Services;
} // namespace kora::ui

namespace kora::app {

// The tray icon (unread total in its tooltip and as a badge) and desktop
// notifications for new messages from someone else in a conversation that is
// not in front and not muted, as the profile's Preferences say: a sound, the
// text or only "New message", nothing during quiet hours but direct messages
// from people marked important (when that is allowed). The tray icon wears a
// moon while it is quiet, and its menu holds "Do not disturb". Without a
// system tray it still counts and emits notified(), and shows nothing.
class Notifier : public QObject
{
    Q_OBJECT
public:
    Notifier(const ui::Services &services, ui::MainWindow &window, QObject *parent = nullptr);
    ~Notifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    int unreadTotal() const { return m_unread; }
    QString toolTip() const;

    // The tray icon with a badge of `count` (none for 0), and a moon when quiet.
    static QIcon badgeIcon(const QIcon &base, int count, bool quiet = false);
    bool isQuiet() const;

Q_SIGNALS:
    void notified(const QString &conversationId, const QString &title, const QString &body);
    void unreadTotalChanged(int total);
    // A notification with sound (the system's bell).
    void soundPlayed();

private:
    void onMessage(const kora::proto::Message &message);
    void recount();
    void updateTray();
    void showWindow();

    const ui::Services &m_services;
    QPointer<ui::MainWindow> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QIcon m_baseIcon;
    QTimer m_recount;
    int m_unread = -1;
    QString m_lastNotified; // conversation of the last notification (opened on click)
};

} // namespace kora::app
