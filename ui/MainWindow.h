#pragma once

#include "Preferences.h"
#include "PreferencesDialog.h"
#include "UiServices.h"

#include <QDialog>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QSettings;
class QShortcut;
class QSplitter;
class QToolButton;

namespace kora::ui {

class ChatPane;
class ConnectionBanner;
class ConversationPane;
class QuickSwitcher;
class SearchDialog;
class QuietHoursMenu;
class SpellChecker;

// The main window: a splitter with the conversation list on the left and
// the chat on the right, and the connection banner floating over the bottom
// of the list (over the top of the messages when only the chat shows), so
// nothing moves when it comes and goes. Narrower than
// NarrowWidth it shows one pane at a time (the chat has a back button).
// Geometry, splitter sizes, the open conversation and muted conversations are
// kept in the QSettings it is given (one per profile).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr int NarrowWidth = 720;

    // `settings` is not owned and must outlive the window.
    MainWindow(const Services &services, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConversationPane *conversationPane() const { return m_conversations; }
    ChatPane *chatPane() const { return m_chat; }
    ConnectionBanner *banner() const { return m_banner; }
    // The Ctrl+K popup (null until first shown).
    QWidget *quickSwitcher() const;
    QDialog *blockedPeopleDialog() const { return m_blockedPeople; } // while open
    // Kora ▸ Preferences… while open.
    PreferencesDialog *preferencesDialog() const { return m_preferencesDialog; }
    // The profile's preferences (on the settings the window was given).
    models::Preferences &preferences() { return m_preferences; }
    QMenu *quietHoursMenu() const;
    // The composer's spell checker (installed dictionaries, personal words).
    SpellChecker *spellChecker() const { return m_spellChecker; }

    // What the Preferences dialog offers and shows: the languages are set by
    // the app, the dictionaries by the window itself (its spell checker's).
    void setLanguages(const QList<PreferencesDialog::Choice> &languages);
    void setDictionaries(const QList<PreferencesDialog::Choice> &dictionaries);
    void setAccount(const PreferencesDialog::Account &account);

    QString currentConversationId() const;
    bool isNarrow() const { return m_narrow; }
    // In narrow mode: true when the chat is the pane shown.
    bool isShowingChat() const { return m_showChat; }
    // The window is active and this conversation is the one open in it.
    bool isInFront(const QString &conversationId) const;

    bool isMuted(const QString &conversationId) const;
    void setMuted(const QString &conversationId, bool muted);
    // The unread messages outside muted conversations, in the title:
    // "Kora — Ama Mensah (3)".
    void setUnreadCount(int count);
    static QString titleFor(const QString &userName, int unread);

    // A lasting one-line note at the bottom (keychain missing, …); empty hides it.
    void setNotice(const QString &text);
    void saveState();

public Q_SLOTS:
    void openConversation(const QString &conversationId);
    void showQuickSwitcher();
    // Search messages (Ctrl+Shift+F): one dialog, kept and shown again.
    SearchDialog *showMessageSearch();
    // Search in the open conversation (Ctrl+Alt+F); null when none is open.
    SearchDialog *showConversationSearch();
    void showBlockedPeople(); // Kora ▸ Blocked people…
    // Kora ▸ Preferences… (Ctrl+,), on `page`.
    void showPreferences(kora::ui::PreferencesDialog::Page page);
    void back();
    void setSignedOut(bool signedOut);

Q_SIGNALS:
    void signInRequested();
    void signOutRequested();
    // Asked and confirmed: end the account's sessions on every device.
    void signOutEverywhereRequested();
    void currentConversationChanged(const QString &conversationId);
    void mutedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void restoreState();
    void applyLayout();
    void updateMuteAction();
    void updateAccountButton();
    void askToSignOutEverywhere();
    // Where the connection banner floats (it is in no layout).
    void placeBanner();

    const Services &m_services;
    QPointer<SearchDialog> m_search;
    QPointer<SearchDialog> m_conversationSearch;
    QSettings &m_settings;
    ConnectionBanner *m_banner;
    QSplitter *m_splitter;
    ConversationPane *m_conversations;
    ChatPane *m_chat;
    QuickSwitcher *m_switcher = nullptr;
    QPointer<QDialog> m_blockedPeople;
    models::Preferences m_preferences;
    QPointer<PreferencesDialog> m_preferencesDialog;
    QuietHoursMenu *m_quietMenu = nullptr;
    SpellChecker *m_spellChecker = nullptr;
    QToolButton *m_accountButton = nullptr;
    QList<PreferencesDialog::Choice> m_languages;
    QList<PreferencesDialog::Choice> m_dictionaries;
    PreferencesDialog::Account m_account;
    QLabel *m_notice;
    QAction *m_muteAction = nullptr;
    QShortcut *m_escape;
    QSet<QString> m_muted;
    QList<int> m_wideSizes;
    bool m_narrow = false;
    bool m_showChat = false;
    int m_unread = 0;
    bool m_placingBanner = false;
};

} // namespace kora::ui
