#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimer>

class QSettings;

namespace kora::models {

// The user's choices for one profile, kept in its QSettings and saved at
// once: appearance, language, notifications (sound, preview text) and quiet
// hours (do not disturb until a time, and a daily schedule), the spell-check
// language. Each setter signals only a real change, so the app applies it
// live. quietChanged() also fires when quiet hours begin or end by
// themselves (a timer waits for the next change).
class Preferences : public QObject
{
    Q_OBJECT
public:
    static constexpr int morningHour = 8; // "until tomorrow" ends at 08:00

    // `settings` is not owned and must outlive this object.
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);

    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString &theme);
    // A language code ("fr"), or empty for the system's.
    QString language() const;
    void setLanguage(const QString &language);

    bool sound() const;
    void setSound(bool on);
    // Whether notifications show the message text (off: "New message").
    bool showPreview() const;
    void setShowPreview(bool on);

    // Do not disturb until `until` (an invalid time ends it).
    QDateTime quietUntil() const;
    void setQuietUntil(const QDateTime &until);
    void setQuietFor(int minutes, const QDateTime &now = QDateTime::currentDateTime());
    // Until 08:00 on the day after `now`.
    void setQuietUntilTomorrow(const QDateTime &now = QDateTime::currentDateTime());
    static QDateTime tomorrowMorning(const QDateTime &now);

    // Every day from `from` to `to` (local time; may span midnight).
    bool scheduleEnabled() const;
    QTime scheduleFrom() const;
    QTime scheduleTo() const;
    void setSchedule(bool enabled, const QTime &from, const QTime &to);

    // People whose direct messages notify during quiet hours, when
    // breakThrough() is on.
    bool breakThrough() const;
    void setBreakThrough(bool on);
    bool isImportant(const QString &userId) const;
    void setImportant(const QString &userId, bool important);
    QSet<QString> importantPeople() const;

    bool isQuiet(const QDateTime &now = QDateTime::currentDateTime()) const;
    // When the quiet time in force at `now` ends (invalid when not quiet).
    QDateTime quietEnd(const QDateTime &now = QDateTime::currentDateTime()) const;
    // The next time isQuiet() changes by itself (invalid: never).
    QDateTime nextChange(const QDateTime &now = QDateTime::currentDateTime()) const;

    // "spellcheck/language": empty follows the UI language, "off" turns it
    // off, else a dictionary code ("en_US").
    QString spellLanguage() const;
    void setSpellLanguage(const QString &language);
    // "spellcheck/conversations/<id>": one conversation's own choice ("off"
    // or a dictionary code), empty when it follows spellLanguage().
    QString conversationSpellLanguage(const QString &conversationId) const;
    void setConversationSpellLanguage(const QString &conversationId, const QString &language);
    // What the conversation uses: its own choice, else spellLanguage().
    QString effectiveSpellLanguage(const QString &conversationId) const;

Q_SIGNALS:
    void themeChanged(const QString &theme);
    void languageChanged(const QString &language);
    void notificationsChanged();
    // Quiet hours began, ended or were changed.
    void quietChanged(bool quiet);
    void importantChanged();
    void spellLanguageChanged(const QString &language);
    void conversationSpellLanguageChanged(const QString &conversationId, const QString &language);

private:
    bool store(const QString &key, const QVariant &value);
    // Signals when the settings changed or quiet hours began or ended.
    void quietSettingsChanged(bool changed);
    void armTimer();

    QSettings &m_settings;
    QTimer m_flip;
    bool m_wasQuiet = false;
};

} // namespace kora::models
