#include "PreferencesDialog.h"

#include "Avatar.h"
#include "DesignSystem.h"
#include "Preferences.h"
#include "QuietHoursMenu.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace kora::ui {

namespace {
QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setFont(theme::headingFont(label->font()));
    return label;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QVBoxLayout *pageLayout(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(theme::spaceXl, theme::spaceM, theme::spaceM, theme::spaceM);
    layout->setSpacing(theme::spaceM);
    return layout;
}
} // namespace

PreferencesDialog::PreferencesDialog(models::Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("preferencesSections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setFrameShape(QFrame::NoFrame);

    m_pages = new QStackedWidget(this);
    const QList<std::pair<QString, QWidget *>> pages = {{tr("Appearance"), buildAppearance()},
                                                        {tr("Language"), buildLanguage()},
                                                        {tr("Notifications"), buildNotifications()},
                                                        {tr("Spell check"), buildSpellCheck()},
                                                        {tr("Account"), buildAccount()}};
    // As wide as its longest title (translations differ), never squeezed.
    const int rowHeight = fontMetrics().height() + 14;
    int width = 0;
    for (const auto &[title, page] : pages)
        width = qMax(width, fontMetrics().horizontalAdvance(title));
    for (const auto &[title, page] : pages) {
        auto *item = new QListWidgetItem(title, m_sections);
        item->setSizeHint(QSize(width + 24, rowHeight));
        m_pages->addWidget(page);
    }
    m_sections->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sections->setFixedWidth(width + 32 + 2 * m_sections->frameWidth());
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sections->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_sections);
    row->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 640), qMax(sizeHint().height(), 420));

    connect(&m_preferences, &models::Preferences::quietChanged, this,
            &PreferencesDialog::refreshQuiet);
    refreshQuiet();
}

QWidget *PreferencesDialog::buildAppearance()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("appearancePage"));
    QVBoxLayout *layout = pageLayout(page);
    layout->addWidget(heading(tr("Theme"), page));
    m_theme = new QButtonGroup(page);
    const QList<std::pair<QString, QString>> themes = {
        {QStringLiteral("system"), tr("Same as the system")},
        {QStringLiteral("light"), tr("Light")},
        {QStringLiteral("dark"), tr("Dark")}};
    for (const auto &[code, text] : themes) {
        auto *button = new QRadioButton(text, page);
        button->setObjectName(QStringLiteral("theme-") + code);
        button->setChecked(m_preferences.theme() == code);
        m_theme->addButton(button);
        layout->addWidget(button);
        connect(button, &QRadioButton::toggled, this, [this, code](bool on) {
            if (on)
                m_preferences.setTheme(code);
        });
    }
    layout->addWidget(hint(tr("Applied at once, to every Kora window."), page));
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::buildLanguage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("languagePage"));
    QVBoxLayout *layout = pageLayout(page);
    layout->addWidget(heading(tr("Language"), page));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language"));
    layout->addWidget(m_language);
    m_languageNote = hint(tr("Kora reopens its window in the language you pick; what you were "
                             "writing is kept."),
                          page);
    layout->addWidget(m_languageNote);
    layout->addStretch(1);
    setLanguages({});
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        m_preferences.setLanguage(m_language->itemData(index).toString());
    });
    return page;
}

void PreferencesDialog::setLanguages(const QList<Choice> &languages)
{
    const QSignalBlocker blocker(m_language);
    m_language->clear();
    m_language->addItem(tr("Same as the system"), QString());
    for (const Choice &language : languages)
        m_language->addItem(language.name, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_preferences.language())));
}

QWidget *PreferencesDialog::buildNotifications()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("notificationsPage"));
    QVBoxLayout *layout = pageLayout(page);
    layout->addWidget(heading(tr("New messages"), page));
    m_sound = new QCheckBox(tr("Play a sound"), page);
    m_sound->setObjectName(QStringLiteral("soundBox"));
    m_sound->setChecked(m_preferences.sound());
    connect(m_sound, &QCheckBox::toggled, &m_preferences, &models::Preferences::setSound);
    m_preview = new QCheckBox(tr("Show the message text in notifications"), page);
    m_preview->setObjectName(QStringLiteral("previewBox"));
    m_preview->setChecked(m_preferences.showPreview());
    connect(m_preview, &QCheckBox::toggled, &m_preferences, &models::Preferences::setShowPreview);
    layout->addWidget(m_sound);
    layout->addWidget(m_preview);

    layout->addSpacing(theme::spaceM);
    layout->addWidget(heading(tr("Do not disturb"), page));
    m_quietStatus = new QLabel(page);
    m_quietStatus->setObjectName(QStringLiteral("quietStatusLabel"));
    layout->addWidget(m_quietStatus);
    auto *quietButtons = new QHBoxLayout;
    auto *hour = new QPushButton(tr("For 1 hour"), page);
    hour->setObjectName(QStringLiteral("quietHourButton"));
    connect(hour, &QPushButton::clicked, this, [this] { m_preferences.setQuietFor(60); });
    auto *tomorrow = new QPushButton(tr("Until tomorrow"), page);
    tomorrow->setObjectName(QStringLiteral("quietTomorrowButton"));
    connect(tomorrow, &QPushButton::clicked, this,
            [this] { m_preferences.setQuietUntilTomorrow(); });
    m_quietOff = new QPushButton(tr("Turn off"), page);
    m_quietOff->setObjectName(QStringLiteral("quietOffButton"));
    connect(m_quietOff, &QPushButton::clicked, this, [this] { m_preferences.setQuietUntil({}); });
    quietButtons->addWidget(hour);
    quietButtons->addWidget(tomorrow);
    quietButtons->addWidget(m_quietOff);
    quietButtons->addStretch(1);
    layout->addLayout(quietButtons);

    auto *scheduleRow = new QHBoxLayout;
    m_schedule = new QCheckBox(tr("Quiet every day from"), page);
    m_schedule->setObjectName(QStringLiteral("scheduleBox"));
    m_schedule->setChecked(m_preferences.scheduleEnabled());
    m_from = new QTimeEdit(m_preferences.scheduleFrom(), page);
    m_from->setObjectName(QStringLiteral("scheduleFrom"));
    m_from->setAccessibleName(tr("Quiet from"));
    auto *toLabel = new QLabel(tr("to"), page);
    m_to = new QTimeEdit(m_preferences.scheduleTo(), page);
    m_to->setObjectName(QStringLiteral("scheduleTo"));
    m_to->setAccessibleName(tr("Quiet until"));
    toLabel->setBuddy(m_to);
    // The locale's short time, never with seconds (some keep them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]?s+")));
    for (QTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(format.trimmed());
        connect(edit, &QTimeEdit::timeChanged, this, &PreferencesDialog::applySchedule);
    }
    connect(m_schedule, &QCheckBox::toggled, this, &PreferencesDialog::applySchedule);
    scheduleRow->addWidget(m_schedule);
    scheduleRow->addWidget(m_from);
    scheduleRow->addWidget(toLabel);
    scheduleRow->addWidget(m_to);
    scheduleRow->addStretch(1);
    layout->addLayout(scheduleRow);
    m_breakThrough =
        new QCheckBox(tr("Let @mentions and direct messages from important people through"), page);
    m_breakThrough->setObjectName(QStringLiteral("breakThroughBox"));
    m_breakThrough->setChecked(m_preferences.breakThrough());
    connect(m_breakThrough, &QCheckBox::toggled, &m_preferences,
            &models::Preferences::setBreakThrough);
    layout->addWidget(m_breakThrough);
    layout->addWidget(hint(tr("Mark someone as important from their conversation's menu in the "
                              "list. Unread counts still show while it is quiet."),
                           page));
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::applySchedule()
{
    m_from->setEnabled(m_schedule->isChecked());
    m_to->setEnabled(m_schedule->isChecked());
    m_preferences.setSchedule(m_schedule->isChecked(), m_from->time(), m_to->time());
}

void PreferencesDialog::refreshQuiet()
{
    m_quietStatus->setText(QuietHoursMenu::statusText(m_preferences));
    m_quietOff->setEnabled(m_preferences.quietUntil().isValid() &&
                           m_preferences.quietUntil() > QDateTime::currentDateTime());
    m_from->setEnabled(m_schedule->isChecked());
    m_to->setEnabled(m_schedule->isChecked());
}

QWidget *PreferencesDialog::buildSpellCheck()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("spellCheckPage"));
    QVBoxLayout *layout = pageLayout(page);
    layout->addWidget(heading(tr("Spell check"), page));
    m_spell = new QComboBox(page);
    m_spell->setObjectName(QStringLiteral("spellLanguageBox"));
    m_spell->setAccessibleName(tr("Spell-check language"));
    layout->addWidget(m_spell);
    m_spellNote = hint(QString(), page);
    layout->addWidget(m_spellNote);
    layout->addStretch(1);
    setDictionaries({});
    connect(m_spell, &QComboBox::activated, this, [this](int index) {
        m_preferences.setSpellLanguage(m_spell->itemData(index).toString());
    });
    return page;
}

void PreferencesDialog::setDictionaries(const QList<Choice> &dictionaries)
{
    const QSignalBlocker blocker(m_spell);
    m_spell->clear();
    m_spell->addItem(tr("Follow the language of Kora"), QString());
    for (const Choice &dictionary : dictionaries)
        m_spell->addItem(dictionary.name, dictionary.code);
    m_spell->addItem(tr("Off"), QStringLiteral("off"));
    m_spell->setCurrentIndex(qMax(0, m_spell->findData(m_preferences.spellLanguage())));
    m_spellNote->setText(
        dictionaries.isEmpty()
            ? tr("No spell-check dictionary is installed (on Debian: the hunspell-* packages).")
            : tr("A conversation can use another language: right-click in the message box."));
}

QWidget *PreferencesDialog::buildAccount()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("accountPage"));
    QVBoxLayout *layout = pageLayout(page);
    auto *who = new QHBoxLayout;
    who->setSpacing(theme::spaceL);
    m_avatar = new QLabel(page);
    m_accountName = heading(QString(), page);
    m_accountName->setObjectName(QStringLiteral("accountName"));
    m_accountName->setTextFormat(Qt::PlainText);
    m_accountDetails = new QLabel(page);
    m_accountDetails->setObjectName(QStringLiteral("accountDetails"));
    m_accountDetails->setTextFormat(Qt::PlainText);
    m_accountDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountDetails->setWordWrap(true);
    auto *names = new QVBoxLayout;
    names->addWidget(m_accountName);
    names->addWidget(m_accountDetails);
    who->addWidget(m_avatar, 0, Qt::AlignTop);
    who->addLayout(names, 1);
    layout->addLayout(who);
    layout->addSpacing(theme::spaceM);
    auto *buttons = new QHBoxLayout;
    auto *signOut = new QPushButton(tr("Sign out"), page);
    signOut->setObjectName(QStringLiteral("preferencesSignOut"));
    connect(signOut, &QPushButton::clicked, this, &PreferencesDialog::signOutRequested);
    auto *everywhere = new QPushButton(tr("Sign out everywhere…"), page);
    everywhere->setObjectName(QStringLiteral("preferencesSignOutEverywhere"));
    connect(everywhere, &QPushButton::clicked, this,
            &PreferencesDialog::signOutEverywhereRequested);
    buttons->addWidget(signOut);
    buttons->addWidget(everywhere);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void PreferencesDialog::setAccount(const Account &account)
{
    m_avatar->setPixmap(initialsAvatar(account.name,
                                       account.userId.isEmpty() ? account.name : account.userId, 48,
                                       devicePixelRatioF()));
    m_accountName->setText(account.name);
    QStringList lines;
    if (!account.role.isEmpty())
        lines << roleText(account.role);
    if (!account.email.isEmpty())
        lines << account.email;
    if (!account.server.isEmpty())
        lines << tr("Server: %1").arg(account.server);
    m_accountDetails->setText(lines.join(QLatin1Char('\n')));
}

void PreferencesDialog::showPage(Page page)
{
    m_sections->setCurrentRow(int(page));
}

PreferencesDialog::Page PreferencesDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString PreferencesDialog::languageName(const QString &code)
{
    if (code.startsWith(QLatin1String("en")))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name.at(0).toUpper();
    if (code.contains(QLatin1Char('_'))) // "Português (Brasil)"
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    return name;
}

QString PreferencesDialog::roleText(const QString &role)
{
    if (role == QLatin1String("worker"))
        return tr("Worker");
    if (role == QLatin1String("hirer"))
        return tr("Hirer");
    if (role == QLatin1String("support"))
        return tr("Support");
    return role;
}

} // namespace kora::ui
