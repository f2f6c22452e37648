#include "MainWindow.h"

#include "Avatar.h"
#include "BlockedPeopleDialog.h"
#include "Cache.h"
#include "ChatPane.h"
#include "Composer.h"
#include "ConnectionBanner.h"
#include "ConversationDelegate.h"
#include "ConversationFilterModel.h"
#include "ConversationListModel.h"
#include "ConversationPane.h"
#include "DesignSystem.h"
#include "QuietHoursMenu.h"
#include "SearchDialog.h"
#include "SearchResults.h"
#include "SpellChecker.h"
#include "TrustActions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace kora::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLastConversation = QStringLiteral("window/lastConversation");
const QString kMuted = QStringLiteral("notifications/muted");
} // namespace

// Ctrl+K: a filter line over the conversation list; Enter opens, Esc closes.
// (A candidate for its own QuickSwitcher.h/.cpp once ui/CMakeLists.txt lists it.)
class QuickSwitcher : public QFrame
{
    Q_OBJECT
public:
    QuickSwitcher(QAbstractItemModel *source, std::function<void(const QString &)> open,
                  QWidget *parent)
        : QFrame(parent, Qt::Popup)
        , m_open(std::move(open))
    {
        setObjectName(QStringLiteral("quickSwitcher"));
        setAccessibleName(tr("Quick switcher"));
        setFrameShape(QFrame::StyledPanel);
        m_filter.setSourceModel(source);
        m_edit = new QLineEdit(this);
        m_edit->setObjectName(QStringLiteral("quickSwitcherFilter"));
        m_edit->setPlaceholderText(tr("Jump to a conversation…"));
        m_edit->setAccessibleName(tr("Conversation name"));
        m_edit->setClearButtonEnabled(true);
        m_list = new QListView(this);
        m_list->setObjectName(QStringLiteral("quickSwitcherList"));
        m_list->setAccessibleName(tr("Matching conversations"));
        m_list->setModel(&m_filter);
        m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_list->setUniformItemSizes(true);
        m_list->setItemDelegate(new ConversationDelegate(m_list)); // rows as in the list
        m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the filter line
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(theme::spaceM, theme::spaceM, theme::spaceM, theme::spaceM);
        layout->addWidget(m_edit);
        layout->addWidget(m_list);
        m_edit->installEventFilter(this);
        connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
            m_filter.setSearchText(text);
            selectRow(0);
        });
        connect(m_list, &QListView::activated, this, [this](const QModelIndex &) { choose(); });
        connect(m_list, &QListView::clicked, this, [this](const QModelIndex &) { choose(); });
    }

    QSortFilterProxyModel *filterModel() { return &m_filter; }

    void popup(QWidget *over)
    {
        m_edit->clear();
        m_filter.setSearchText({});
        const int width = qMin(480, over->width() - 32);
        resize(qMax(width, 280), qMin(420, over->height() - 80));
        const QPoint topLeft = over->mapToGlobal(QPoint((over->width() - this->width()) / 2, 56));
        move(topLeft);
        selectRow(0);
        show();
        activateWindow();
        m_edit->setFocus(Qt::PopupFocusReason);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const int row = m_list->currentIndex().row();
            switch (key->key()) {
            case Qt::Key_Down:
                selectRow(row + 1);
                return true;
            case Qt::Key_Up:
                selectRow(row - 1);
                return true;
            case Qt::Key_PageDown:
                selectRow(row + 8);
                return true;
            case Qt::Key_PageUp:
                selectRow(row - 8);
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                choose();
                return true;
            case Qt::Key_Escape:
                hide();
                return true;
            default:
                break;
            }
        }
        return QFrame::eventFilter(watched, event);
    }

private:
    void selectRow(int row)
    {
        const int count = m_filter.rowCount();
        if (count == 0)
            return;
        row = qBound(0, row, count - 1);
        m_list->setCurrentIndex(m_filter.index(row, 0));
    }

    void choose()
    {
        const QModelIndex index = m_list->currentIndex();
        if (!index.isValid())
            return;
        const QString id = index.data(models::ConversationListModel::IdRole).toString();
        hide();
        if (!id.isEmpty())
            m_open(id);
    }

    models::ConversationFilterModel m_filter;
    QLineEdit *m_edit;
    QListView *m_list;
    std::function<void(const QString &)> m_open;
};

MainWindow::MainWindow(const Services &services, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_settings(settings)
    , m_preferences(settings)
{
    setWindowTitle(titleFor(services.userName, 0));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ConnectionBanner(services, central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_conversations = new ConversationPane(services, m_splitter);
    m_chat = new ChatPane(services, m_splitter);
    // One spell checker for the window (dictionaries load once), in the
    // language the preferences and the open conversation choose.
    m_spellChecker = new SpellChecker(SpellChecker::defaultSearchPaths(),
                                      SpellChecker::defaultPersonalPath(), this);
    m_chat->composer()->setSpellCheck(m_spellChecker, &m_preferences);
    QList<PreferencesDialog::Choice> dictionaries;
    for (const SpellChecker::Dictionary &d : m_spellChecker->dictionaries())
        dictionaries.append({d.code, d.name});
    setDictionaries(dictionaries);
    m_splitter->addWidget(m_conversations);
    m_splitter->addWidget(m_chat);
    m_conversations->setMinimumWidth(240);
    m_chat->setMinimumWidth(320);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // The connection banner floats over the bottom of the conversation list
    // (over the messages' top when only the chat shows): coming and going, it
    // moves nothing else.
    m_banner->raise();
    for (QWidget *watched :
         {static_cast<QWidget *>(m_banner), static_cast<QWidget *>(m_conversations),
          static_cast<QWidget *>(m_chat)})
        watched->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, &MainWindow::placeBanner);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setContentsMargins(theme::spaceM, theme::space2xs, theme::spaceM, theme::space2xs);
    m_notice->setAccessibleName(tr("Notice"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(m_notice, 1);
    // Read once, then out of the way: the notice closes until it changes.
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(QStringLiteral("noticeDismiss"));
    dismiss->setText(tr("Dismiss"));
    dismiss->setToolTip(tr("Hide this notice"));
    dismiss->setAutoRaise(true);
    connect(dismiss, &QToolButton::clicked, this, [this] { statusBar()->hide(); });
    statusBar()->addPermanentWidget(dismiss);
    statusBar()->hide();

    connect(m_banner, &ConnectionBanner::signInRequested, this, &MainWindow::signInRequested);
    connect(m_conversations, &ConversationPane::conversationActivated, this,
            &MainWindow::openConversation);
    connect(m_chat, &ChatPane::backRequested, this, &MainWindow::back);
    connect(m_conversations, &ConversationPane::blockRequested, this,
            [this](const QString &id, bool block) {
                openConversation(id);
                if (block)
                    m_chat->trustActions()->askToBlock();
                else
                    m_chat->trustActions()->unblock();
            });
    connect(m_conversations, &ConversationPane::muteRequested, this, &MainWindow::setMuted);
    connect(m_conversations, &ConversationPane::importantRequested, &m_preferences,
            &models::Preferences::setImportant);
    connect(&m_preferences, &models::Preferences::importantChanged, this,
            [this] { m_conversations->setImportantPeople(m_preferences.importantPeople()); });
    connect(m_conversations, &ConversationPane::reportRequested, this, [this](const QString &id) {
        openConversation(id);
        m_chat->trustActions()->askToReport(QString());
    });

    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &MainWindow::back);
    m_escape->setEnabled(false);

    buildMenus();
    restoreState();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::quickSwitcher() const
{
    return m_switcher;
}

void MainWindow::buildMenus()
{
    QMenu *account = menuBar()->addMenu(tr("&Kora"));
    QAction *quickReplies = account->addAction(tr("Quick &replies…"));
    quickReplies->setObjectName(QStringLiteral("quickRepliesAction"));
    connect(quickReplies, &QAction::triggered, this,
            [this] { m_chat->composer()->openQuickReplies(); });
    QAction *blocked = account->addAction(tr("&Blocked people…"));
    blocked->setObjectName(QStringLiteral("blockedPeopleAction"));
    connect(blocked, &QAction::triggered, this, &MainWindow::showBlockedPeople);
    account->addSeparator();
    QAction *signOut = account->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *everywhere = account->addAction(tr("Sign out &everywhere…"));
    everywhere->setObjectName(QStringLiteral("signOutEverywhereAction"));
    connect(everywhere, &QAction::triggered, this, &MainWindow::askToSignOutEverywhere);
    // Preferences and do not disturb, above signing out.
    m_quietMenu = new QuietHoursMenu(m_preferences, this);
    connect(m_quietMenu, &QuietHoursMenu::scheduleRequested, this,
            [this] { showPreferences(PreferencesDialog::Page::Notifications); });
    QAction *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this,
            [this] { showPreferences(PreferencesDialog::Page::Appearance); });
    account->insertAction(quickReplies, preferences);
    account->insertMenu(quickReplies, m_quietMenu);
    account->insertSeparator(quickReplies);
    // Who is signed in, at the menu bar's far end, with the account's actions.
    auto *me = new QToolButton(this);
    m_accountButton = me;
    me->setObjectName(QStringLiteral("accountButton"));
    const QString name = m_services.userName;
    me->setText(name);
    me->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    me->setAutoRaise(true);
    me->setPopupMode(QToolButton::InstantPopup);
    me->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    me->setAccessibleName(tr("Account: %1").arg(name));
    auto *accountMenu = new QMenu(me);
    accountMenu->addSection(name);
    accountMenu->addAction(preferences);
    accountMenu->addMenu(m_quietMenu);
    accountMenu->addSeparator();
    accountMenu->addActions({quickReplies, blocked});
    accountMenu->addSeparator();
    accountMenu->addActions({signOut, everywhere});
    me->setMenu(accountMenu);
    menuBar()->setCornerWidget(me, Qt::TopRightCorner);
    connect(&m_preferences, &models::Preferences::quietChanged, this,
            &MainWindow::updateAccountButton);
    updateAccountButton();

    account->addSeparator();
    QAction *quit = account->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *conversation = menuBar()->addMenu(tr("&Conversation"));
    QAction *newConversation = conversation->addAction(tr("&New conversation…"));
    newConversation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newConversation, &QAction::triggered, this, [this] {
        if (m_narrow)
            back();
        m_conversations->openNewConversation();
    });
    QAction *newGroup = conversation->addAction(tr("New &group…"));
    newGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newGroup, &QAction::triggered, this, [this] {
        if (m_narrow)
            back();
        m_conversations->openNewGroup();
    });
    QAction *switcher = conversation->addAction(tr("&Quick switcher…"));
    switcher->setObjectName(QStringLiteral("quickSwitcherAction"));
    switcher->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(switcher, &QAction::triggered, this, &MainWindow::showQuickSwitcher);
    QAction *searchMessages = conversation->addAction(tr("&Search messages…"));
    searchMessages->setObjectName(QStringLiteral("searchMessagesAction"));
    searchMessages->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(searchMessages, &QAction::triggered, this, &MainWindow::showMessageSearch);
    QAction *searchHere = conversation->addAction(tr("Search in this con&versation…"));
    searchHere->setObjectName(QStringLiteral("searchConversationAction"));
    searchHere->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    connect(searchHere, &QAction::triggered, this, &MainWindow::showConversationSearch);
    QAction *find = conversation->addAction(tr("&Find conversation"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, [this] {
        if (m_narrow)
            back();
        m_conversations->focusSearch();
    });
    conversation->addSeparator();
    QAction *previous = conversation->addAction(tr("&Previous conversation"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previous, &QAction::triggered, this, [this] { m_conversations->selectPrevious(); });
    QAction *next = conversation->addAction(tr("Ne&xt conversation"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(next, &QAction::triggered, this, [this] { m_conversations->selectNext(); });
    conversation->addSeparator();
    m_muteAction = conversation->addAction(tr("&Mute notifications"));
    m_muteAction->setObjectName(QStringLiteral("muteAction"));
    m_muteAction->setCheckable(true);
    connect(m_muteAction, &QAction::toggled, this, [this](bool checked) {
        const QString id = currentConversationId();
        if (!id.isEmpty())
            setMuted(id, checked);
    });
    updateMuteAction();
}

void MainWindow::askToSignOutEverywhere()
{
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Sign out everywhere?"),
        tr("Every device signed in to this account, this one included, is signed out at "
           "once and must sign in again. Use it if a device was lost or someone else may "
           "know your password."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("signOutEverywhereQuestion"));
    QPushButton *yes = box->addButton(tr("Sign out everywhere"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, yes] {
        if (box->clickedButton() == yes)
            Q_EMIT signOutEverywhereRequested();
    });
    box->open();
}

// The account button: the avatar (with a moon while it is quiet) and the name.
void MainWindow::updateAccountButton()
{
    if (!m_accountButton)
        return;
    const QString name = m_services.userName;
    const bool quiet = m_preferences.isQuiet();
    QPixmap avatar = initialsAvatar(name, m_services.userId.isEmpty() ? name : m_services.userId,
                                    20, devicePixelRatioF());
    m_accountButton->setIcon(QIcon(quiet ? QuietHoursMenu::badged(avatar) : avatar));
    const QString who = tr("Signed in as %1").arg(name);
    m_accountButton->setToolTip(
        quiet ? who + QLatin1Char('\n') + QuietHoursMenu::statusText(m_preferences) : who);
}

QMenu *MainWindow::quietHoursMenu() const
{
    return m_quietMenu;
}

void MainWindow::setLanguages(const QList<PreferencesDialog::Choice> &languages)
{
    m_languages = languages;
    if (m_preferencesDialog)
        m_preferencesDialog->setLanguages(languages);
}

void MainWindow::setDictionaries(const QList<PreferencesDialog::Choice> &dictionaries)
{
    m_dictionaries = dictionaries;
    if (m_preferencesDialog)
        m_preferencesDialog->setDictionaries(dictionaries);
}

void MainWindow::setAccount(const PreferencesDialog::Account &account)
{
    m_account = account;
    if (m_preferencesDialog)
        m_preferencesDialog->setAccount(account);
}

void MainWindow::showPreferences(PreferencesDialog::Page page)
{
    if (!m_preferencesDialog) {
        m_preferencesDialog = new PreferencesDialog(m_preferences, this);
        m_preferencesDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_preferencesDialog->setLanguages(m_languages);
        m_preferencesDialog->setDictionaries(m_dictionaries);
        PreferencesDialog::Account account = m_account;
        if (account.name.isEmpty())
            account.name = m_services.userName;
        if (account.userId.isEmpty())
            account.userId = m_services.userId;
        m_preferencesDialog->setAccount(account);
        connect(m_preferencesDialog, &PreferencesDialog::signOutRequested, this, [this] {
            m_preferencesDialog->close();
            Q_EMIT signOutRequested();
        });
        connect(m_preferencesDialog, &PreferencesDialog::signOutEverywhereRequested, this, [this] {
            m_preferencesDialog->close();
            askToSignOutEverywhere();
        });
    }
    m_preferencesDialog->showPage(page);
    m_preferencesDialog->show();
    m_preferencesDialog->raise();
    m_preferencesDialog->activateWindow();
}

void MainWindow::restoreState()
{
    const QStringList muted = m_settings.value(kMuted).toStringList();
    m_muted = QSet<QString>(muted.begin(), muted.end());
    m_conversations->setMuted(m_muted);
    m_conversations->setImportantPeople(m_preferences.importantPeople());

    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray())) {
        QSize size(1100, 720);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    // Sizes set before the first show are only proportions: keep the numbers
    // and apply them again whenever the two-pane layout comes back.
    m_wideSizes = {320, 780};
    const QByteArray splitter = m_settings.value(kSplitter).toByteArray();
    if (!splitter.isEmpty() && m_splitter->restoreState(splitter)) {
        const QList<int> restored = m_splitter->sizes();
        if (restored.size() == 2 && restored[0] > 0 && restored[1] > 0)
            m_wideSizes = restored;
    }
    m_splitter->setSizes(m_wideSizes);
    applyLayout();

    const QString last = m_settings.value(kLastConversation).toString();
    if (!last.isEmpty() && m_services.cache.hasConversation(last)) {
        m_conversations->selectConversation(last);
        openConversation(last);
        m_showChat = false; // a restored window starts on the list when narrow
        applyLayout();
    }
}

void MainWindow::saveState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    if (!m_narrow)
        m_wideSizes = m_splitter->sizes();
    m_settings.setValue(kSplitter,
                        m_narrow ? m_settings.value(kSplitter) : m_splitter->saveState());
    m_settings.setValue(kLastConversation, currentConversationId());
    m_settings.sync();
}

QString MainWindow::currentConversationId() const
{
    return m_chat->conversationId();
}

bool MainWindow::isInFront(const QString &conversationId) const
{
    if (!isActiveWindow() || isMinimized() || !isVisible())
        return false;
    if (m_narrow && !m_showChat)
        return false;
    return currentConversationId() == conversationId;
}

bool MainWindow::isMuted(const QString &conversationId) const
{
    return m_muted.contains(conversationId);
}

void MainWindow::setMuted(const QString &conversationId, bool muted)
{
    if (muted == m_muted.contains(conversationId))
        return;
    if (muted)
        m_muted.insert(conversationId);
    else
        m_muted.remove(conversationId);
    QStringList list(m_muted.begin(), m_muted.end());
    list.sort();
    m_settings.setValue(kMuted, list);
    m_conversations->setMuted(m_muted);
    updateMuteAction();
    Q_EMIT mutedChanged();
}

QString MainWindow::titleFor(const QString &userName, int unread)
{
    if (userName.isEmpty())
        return unread > 0 ? tr("Kora (%1)").arg(QLocale().toString(unread)) : tr("Kora");
    return unread > 0 ? tr("Kora — %1 (%2)").arg(userName, QLocale().toString(unread))
                      : tr("Kora — %1").arg(userName);
}

void MainWindow::setUnreadCount(int count)
{
    m_unread = qMax(0, count);
    setWindowTitle(titleFor(m_services.userName, m_unread));
}

void MainWindow::updateMuteAction()
{
    if (!m_muteAction)
        return;
    const QString id = currentConversationId();
    const QSignalBlocker block(m_muteAction);
    m_muteAction->setEnabled(!id.isEmpty());
    m_muteAction->setChecked(!id.isEmpty() && m_muted.contains(id));
}

void MainWindow::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text);
    statusBar()->setVisible(!text.isEmpty());
}

SearchDialog *MainWindow::showMessageSearch()
{
    if (!m_search) {
        m_search = new SearchDialog(m_services, this);
        connect(m_search, &SearchDialog::openRequested, this,
                [this](const QString &conversationId, const QString &messageId) {
                    openConversation(conversationId);
                    if (!messageId.isEmpty())
                        m_chat->showMessage(messageId); // older pages read back as needed
                });
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->searchEdit()->setFocus();
    m_search->searchEdit()->selectAll();
    return m_search;
}

SearchDialog *MainWindow::showConversationSearch()
{
    const QString id = m_chat->conversationId();
    if (id.isEmpty())
        return nullptr;
    if (!m_conversationSearch) {
        m_conversationSearch = new SearchDialog(m_services, id, this);
        connect(m_conversationSearch, &SearchDialog::openRequested, this,
                [this](const QString &conversationId, const QString &messageId) {
                    if (conversationId == m_chat->conversationId() && !messageId.isEmpty())
                        m_chat->showMessage(messageId);
                });
    } else if (m_conversationSearch->results()->conversation() != id) {
        m_conversationSearch->setConversation(id);
    }
    m_conversationSearch->show();
    m_conversationSearch->raise();
    m_conversationSearch->activateWindow();
    m_conversationSearch->searchEdit()->setFocus();
    m_conversationSearch->searchEdit()->selectAll();
    return m_conversationSearch;
}

void MainWindow::openConversation(const QString &conversationId)
{
    if (conversationId.isEmpty())
        return;
    const bool changed = m_chat->conversationId() != conversationId;
    if (changed)
        m_chat->setConversation(conversationId);
    if (m_conversations->currentConversationId() != conversationId)
        m_conversations->selectConversation(conversationId);
    m_showChat = true;
    applyLayout();
    m_chat->focusComposer();
    updateMuteAction();
    if (changed) {
        m_settings.setValue(kLastConversation, conversationId);
        Q_EMIT currentConversationChanged(conversationId);
    }
}

void MainWindow::showQuickSwitcher()
{
    if (!m_switcher) {
        m_switcher = new QuickSwitcher(
            m_conversations->model(), [this](const QString &id) { openConversation(id); }, this);
    }
    m_switcher->popup(this);
}

void MainWindow::back()
{
    if (m_switcher && m_switcher->isVisible()) {
        m_switcher->hide();
        return;
    }
    if (!m_narrow || !m_showChat)
        return;
    m_showChat = false;
    applyLayout();
    m_conversations->focusList();
}

void MainWindow::setSignedOut(bool signedOut)
{
    m_banner->setSignedOut(signedOut);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const bool narrow = width() < NarrowWidth;
    if (narrow != m_narrow) {
        if (narrow)
            m_wideSizes = m_splitter->sizes();
        m_narrow = narrow;
        applyLayout();
    }
}

void MainWindow::placeBanner()
{
    if (!m_banner || m_placingBanner)
        return;
    m_placingBanner = true;
    QWidget *central = centralWidget();
    const bool overList = m_conversations->isVisible();
    QWidget *under = overList ? static_cast<QWidget *>(m_conversations)
                              : static_cast<QWidget *>(m_chat->messageView());
    const QRect area(under->mapTo(central, QPoint(0, 0)), under->size());
    const int margin = 8;
    const int width = qMax(120, area.width() - 2 * margin);
    const int height = m_banner->hasHeightForWidth() ? m_banner->heightForWidth(width)
                                                     : m_banner->sizeHint().height();
    const int y = overList ? area.bottom() - margin - height + 1 : area.top() + margin;
    m_banner->setGeometry(area.left() + margin, y, width, height);
    m_banner->raise();
    m_placingBanner = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    const auto type = event->type();
    if (watched == m_banner && type == QEvent::Show)
        placeBanner(); // before it is painted anywhere else
    if ((watched == m_banner && (type == QEvent::Show || type == QEvent::LayoutRequest)) ||
        ((watched == m_conversations || watched == m_chat) &&
         (type == QEvent::Resize || type == QEvent::Show || type == QEvent::Hide)))
        QMetaObject::invokeMethod(this, &MainWindow::placeBanner, Qt::QueuedConnection);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::applyLayout()
{
    m_chat->setNarrow(m_narrow);
    if (!m_narrow) {
        m_conversations->show();
        m_chat->show();
        if (m_wideSizes.size() == 2 && m_wideSizes[0] > 0 && m_wideSizes[1] > 0)
            m_splitter->setSizes(m_wideSizes);
        if (QSplitterHandle *handle = m_splitter->handle(1))
            handle->show();
        m_escape->setEnabled(false);
        return;
    }
    const bool chat = m_showChat && !m_chat->conversationId().isEmpty();
    m_conversations->setVisible(!chat);
    m_chat->setVisible(chat);
    // All the width to the pane shown (a hidden pane would keep its share).
    const int all = qMax(m_splitter->width(), width());
    m_splitter->setSizes(chat ? QList<int>{0, all} : QList<int>{all, 0});
    if (QSplitterHandle *handle = m_splitter->handle(1))
        handle->hide(); // no dragging between one pane and nothing
    m_escape->setEnabled(chat);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::showBlockedPeople()
{
    if (!m_blockedPeople) {
        m_blockedPeople = new BlockedPeopleDialog(m_services, this);
        m_blockedPeople->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_blockedPeople->show();
    m_blockedPeople->raise();
    m_blockedPeople->activateWindow();
}

} // namespace kora::ui

#include "MainWindow.moc"
