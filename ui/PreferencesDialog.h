#pragma once

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimeEdit;

namespace kora::models {
class Preferences;
}

namespace kora::ui {

// Kora ▸ Preferences… (Ctrl+,): appearance, language, notifications and
// quiet hours, spell check, the account. Every change is saved and applied
// at once (there is nothing to confirm); Close ends it. A new language
// rebuilds the windows (the app does that, then opens this dialog again on
// the Language page).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Appearance, Language, Notifications, SpellCheck, Account };
    Q_ENUM(Page)

    struct Choice
    {
        QString code; // "" for "the system's" / "follow the language"
        QString name; // as shown
    };
    struct Account
    {
        QString name;
        QString userId;
        QString role; // "worker", "hirer", "support"
        QString email;
        QString server;
    };

    // `preferences` is not owned and must outlive the dialog.
    PreferencesDialog(models::Preferences &preferences, QWidget *parent = nullptr);

    // The languages Kora has a translation for (besides "System").
    void setLanguages(const QList<Choice> &languages);
    // The installed spell-check dictionaries (none: the page says so).
    void setDictionaries(const QList<Choice> &dictionaries);
    void setAccount(const Account &account);

    void showPage(Page page);
    Page page() const;

    // "Français" for "fr": a language in its own words, capitalised.
    static QString languageName(const QString &code);
    // "Worker", "Hirer", "Support".
    static QString roleText(const QString &role);

Q_SIGNALS:
    void signOutRequested();
    void signOutEverywhereRequested();

private:
    QWidget *buildAppearance();
    QWidget *buildLanguage();
    QWidget *buildNotifications();
    QWidget *buildSpellCheck();
    QWidget *buildAccount();
    void refreshQuiet();
    void applySchedule();

    models::Preferences &m_preferences;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QButtonGroup *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QCheckBox *m_sound = nullptr;
    QCheckBox *m_preview = nullptr;
    QLabel *m_quietStatus = nullptr;
    QPushButton *m_quietOff = nullptr;
    QCheckBox *m_schedule = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QCheckBox *m_breakThrough = nullptr;
    QComboBox *m_spell = nullptr;
    QLabel *m_spellNote = nullptr;
    QLabel *m_avatar = nullptr;
    QLabel *m_accountName = nullptr;
    QLabel *m_accountDetails = nullptr;
};

} // namespace kora::ui
