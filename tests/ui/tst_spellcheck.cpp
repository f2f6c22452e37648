// Spell check in the composer: SpellChecker (Hunspell, the dictionaries on
// $KORA_DICTIONARY_PATH, the personal word list), the red wavy underline,
// the field's context menu (suggestions, Add to dictionary, Ignore, the
// conversation's language) and the Preferences page. The dictionaries are
// the tiny ones in tests/ui/dictionaries (found before the machine's own),
// the composer a real one in a chat pane signed in to an in-process
// kora-server, under the offscreen platform.
#include "Cache.h"
#include "ChatPane.h"
#include "Composer.h"
#include "ComposerSpelling.h"
#include "DesignSystem.h"
#include "MainWindow.h"
#include "MessageListModel.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "ServerFixture.h"
#include "Shots.h"
#include "SignedInClient.h"
#include "SpellChecker.h"
#include "SpellHighlighter.h"
#include "SyncEngine.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using kora::models::Preferences;
using kora::test::ServerFixture;
using kora::ui::ComposerSpelling;
using kora::ui::SpellChecker;
using kora::ui::SpellHighlighter;

namespace {
const QString dictionaries = QStringLiteral(KORA_TEST_DICTIONARIES);

// The words drawn with the spell-check underline, in order.
QStringList underlined(const QPlainTextEdit *edit)
{
    QStringList out;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                out.append(block.text().mid(range.start, range.length));
        }
    }
    return out;
}

// Where character `position` of the field is drawn (viewport coordinates).
QPoint pointAt(const QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center();
}

// Right-clicks the field at `position` (a character in the text): the menu that opens.
QMenu *openMenu(QPlainTextEdit *edit, int position)
{
    const QPoint pos = pointAt(edit, position);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, edit->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(edit->viewport(), &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

// The Menu key (Shift+F10) in the field: Qt sends the menu event to the
// field itself, at the text cursor.
QMenu *openMenuByKeyboard(QPlainTextEdit *edit)
{
    const QPoint pos = edit->cursorRect().center() + edit->viewport()->pos();
    QContextMenuEvent event(QContextMenuEvent::Keyboard, pos, edit->mapToGlobal(pos));
    QApplication::sendEvent(edit, &event);
    return qobject_cast<QMenu *>(QApplication::activePopupWidget());
}

QStringList actionNames(const QMenu *menu)
{
    QStringList out;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            out.append(action->objectName());
    }
    return out;
}
} // namespace

class TestSpellCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi, yaw;
    QString conversation;    // ama ↔ kofi
    QString yawConversation; // ama ↔ yaw
    QTemporaryDir dir;
    int count = 0;

    std::unique_ptr<SignedInClient> client(bool withPane = true)
    {
        ++count;
        auto c = SignedInClient::create(fx->url(), ama.token, ama.userId, QStringLiteral("Ama"),
                                        dir.filePath(QStringLiteral("ama-%1.sqlite3").arg(count)));
        if (c && withPane) {
            c->makeChatPane(520, 600);
            c->pane->show();
        }
        return c;
    }
    QString personalPath() const
    {
        return dir.filePath(QStringLiteral("words-%1/personal.dic").arg(count));
    }
    std::unique_ptr<QSettings> settings()
    {
        return std::make_unique<QSettings>(dir.filePath(QStringLiteral("%1.ini").arg(count)),
                                           QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(SpellChecker::defaultPersonalPath());
        qputenv("KORA_DICTIONARY_PATH", dictionaries.toUtf8());
        // "Follow the language of Kora" then means our en_US.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        yaw = fx->login(QStringLiteral("yaw"));
        conversation = fx->directConversation(ama, kofi);
        yawConversation = fx->directConversation(ama, yaw);
        QVERIFY(!conversation.isEmpty() && !yawConversation.isEmpty());
    }

    void dictionariesOnThePathComeFirst()
    {
        const QList<SpellChecker::Dictionary> found = SpellChecker::availableDictionaries();
        QVERIFY(found.size() >= 2);
        QCOMPARE(found.at(0).code, QStringLiteral("en_US"));
        QCOMPARE(found.at(0).name, QStringLiteral("English (United States)"));
        QCOMPARE(found.at(0).dicPath, dictionaries + QStringLiteral("/en_US.dic"));
        QCOMPARE(found.at(1).code, QStringLiteral("fr_FR"));
        QCOMPARE(found.at(1).name, QStringLiteral("Français (France)"));
        // A code the system also has (hunspell-en-us) is listed once: ours.
        int enUs = 0;
        for (const SpellChecker::Dictionary &d : found)
            enUs += d.code == QLatin1String("en_US");
        QCOMPARE(enUs, 1);
        QCOMPARE(SpellChecker::displayName(QStringLiteral("fr")), QStringLiteral("Français"));

        SpellChecker checker({dictionaries}, personalPath());
        QCOMPARE(checker.resolve(QString(), QLocale(QLocale::French, QLocale::Canada)),
                 QStringLiteral("fr_FR")); // the language's dictionary when the territory has none
        QCOMPARE(checker.resolve(QString(), QLocale::c()), QStringLiteral("en_US"));
        QCOMPARE(checker.resolve(QStringLiteral("off"), QLocale()), QString());
        QCOMPARE(checker.resolve(QStringLiteral("de_DE"), QLocale()), QStringLiteral("en_US"));
        QVERIFY(checker.isCorrect(QStringLiteral("en_US"), QStringLiteral("Saturday")));
        QVERIFY(!checker.isCorrect(QStringLiteral("en_US"), QStringLiteral("wrold")));
        QVERIFY(checker.isCorrect(QStringLiteral("fr_FR"), QStringLiteral("prêt")));
        QVERIFY(checker.suggestions(QStringLiteral("en_US"), QStringLiteral("wrold"))
                    .contains(QStringLiteral("world")));
    }

    void whatIsNotProseIsNotChecked()
    {
        bool fence = false;
        const QString line = QStringLiteral("see https://wrold.example/wrold www.wrold.example "
                                            "@wrold ama@wrold.example 42 v2 abc123 snake_wrold "
                                            "`wrold` 🙂 l'wrold wrold");
        QStringList words;
        for (const SpellHighlighter::Word &w : SpellHighlighter::checkedWords(line, fence))
            words.append(line.mid(w.start, w.length));
        QCOMPARE(words, (QStringList{QStringLiteral("see"), QStringLiteral("l'wrold"),
                                     QStringLiteral("wrold")}));
        QVERIFY(SpellHighlighter::checkedWords(QStringLiteral("```"), fence).isEmpty());
        QVERIFY(fence);
        QVERIFY(SpellHighlighter::checkedWords(QStringLiteral("wrold"), fence).isEmpty());
        QVERIFY(SpellHighlighter::checkedWords(QStringLiteral("```"), fence).isEmpty());
        QVERIFY(!fence);
        // Inline code on a line of its own is no fence: the next line is prose.
        QCOMPARE(SpellHighlighter::checkedWords(QStringLiteral("```a``` wrold"), fence).size(), 1);
        QVERIFY(!fence);
        QCOMPARE(SpellHighlighter::checkedWords(QStringLiteral("wrold"), fence).size(), 1);
    }

    void misspeltWordsAreUnderlined()
    {
        auto a = client();
        QVERIFY(a);
        auto s = settings();
        Preferences preferences(*s);
        SpellChecker checker({dictionaries}, personalPath());
        a->pane->setConversation(conversation);
        a->composer()->setSpellCheck(&checker, &preferences);
        QCOMPARE(a->composer()->spelling()->language(), QStringLiteral("en_US"));
        QPlainTextEdit *edit = a->editor();
        edit->setPlainText(QStringLiteral("hello wrold see https://wrold.example @wrold\n"
                                          "```\nwrold\n```\nthe tiles arrive tomorow"));
        QTRY_COMPARE(underlined(edit),
                     (QStringList{QStringLiteral("wrold"), QStringLiteral("tomorow")}));
        const QTextCharFormat format = edit->document()->begin().layout()->formats().at(0).format;
        QCOMPARE(format.underlineColor(),
                 kora::ui::theme::failure(QGuiApplication::palette())); // the theme's red
        QVERIFY(a->composer()->statusText().isEmpty()); // a dictionary: nothing to say
        // The field grows to its five lines (the layout settles first).
        QTRY_VERIFY(edit->mapTo(a->pane.get(), edit->rect().bottomLeft()).y() < a->pane->height());
        keepShot(a->pane.get(), QStringLiteral("spellcheck-underline"));
    }

    // A suggestion replaces the word (one undo step); Add to dictionary keeps
    // it for good, Ignore for this run.
    void contextMenuSuggestsAddsAndIgnores()
    {
        auto a = client();
        QVERIFY(a);
        auto s = settings();
        Preferences preferences(*s);
        auto checker = std::make_unique<SpellChecker>(QStringList{dictionaries}, personalPath());
        a->pane->setConversation(conversation);
        a->composer()->setSpellCheck(checker.get(), &preferences);
        QPlainTextEdit *edit = a->editor();
        edit->setPlainText(QStringLiteral("hello wrold"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("wrold")});

        QMenu *menu = openMenu(edit, 8);
        QVERIFY(menu);
        keepShot(menu, QStringLiteral("spellcheck-menu"));
        const QStringList names = actionNames(menu);
        QVERIFY(names.size() > 3);
        QCOMPARE(names.at(0), QStringLiteral("spellSuggestion"));
        QVERIFY(names.contains(QStringLiteral("spellAddToDictionary")));
        QVERIFY(names.contains(QStringLiteral("spellIgnore")));
        QVERIFY(names.contains(QStringLiteral("edit-copy"))); // the standard actions stay
        QVERIFY(menu->findChild<QMenu *>(QStringLiteral("spellLanguageMenu")));
        QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("world"));
        QVERIFY(menu->findChildren<QAction *>(QStringLiteral("spellSuggestion")).size() <=
                SpellChecker::maxSuggestions);
        menu->actions().at(0)->trigger();
        menu->close();
        QCOMPARE(edit->toPlainText(), QStringLiteral("hello world"));
        QTRY_VERIFY(underlined(edit).isEmpty());
        edit->undo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("hello wrold"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("wrold")});

        // By keyboard: the word at the text cursor, wherever the pointer is.
        QTextCursor inWord(edit->document());
        inWord.setPosition(9);
        edit->setTextCursor(inWord);
        menu = openMenuByKeyboard(edit);
        QVERIFY(menu);
        QCOMPARE(menu->actions().at(0)->objectName(), QStringLiteral("spellSuggestion"));
        QCOMPARE(menu->actions().at(0)->text(), QStringLiteral("world"));
        menu->close();

        // A correct word offers no spelling actions.
        menu = openMenu(edit, 2);
        QVERIFY(menu);
        QVERIFY(!actionNames(menu).contains(QStringLiteral("spellSuggestion")));
        QVERIFY(!actionNames(menu).contains(QStringLiteral("spellAddToDictionary")));
        menu->close();

        menu = openMenu(edit, 8);
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("spellAddToDictionary"))->trigger();
        menu->close();
        QTRY_VERIFY(underlined(edit).isEmpty());
        QFile saved(personalPath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), QByteArray("wrold\n"));

        // Ignore: this checker only.
        edit->setPlainText(QStringLiteral("hello wrold helo"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("helo")});
        menu = openMenu(edit, 13);
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("spellIgnore"))->trigger();
        menu->close();
        QTRY_VERIFY(underlined(edit).isEmpty());

        // A new checker (the next run) reads the personal word list again.
        checker = std::make_unique<SpellChecker>(QStringList{dictionaries}, personalPath());
        a->composer()->setSpellCheck(checker.get(), &preferences);
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("helo")});
        QVERIFY(checker->isCorrect(QStringLiteral("fr_FR"), QStringLiteral("wrold")));
    }

    // "Spell check language ▸" is per conversation and applies at once.
    void conversationChoosesItsLanguage()
    {
        auto a = client();
        QVERIFY(a);
        auto s = settings();
        Preferences preferences(*s);
        SpellChecker checker({dictionaries}, personalPath());
        a->pane->setConversation(conversation);
        a->composer()->setSpellCheck(&checker, &preferences);
        QPlainTextEdit *edit = a->editor();
        edit->setPlainText(QStringLiteral("bonjour hello"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("bonjour")});

        QMenu *menu = openMenu(edit, 10);
        QVERIFY(menu);
        auto *languages = menu->findChild<QMenu *>(QStringLiteral("spellLanguageMenu"));
        QVERIFY(languages);
        auto *byDefault = languages->findChild<QAction *>(QStringLiteral("spellLanguage:default"));
        QVERIFY(byDefault);
        QVERIFY(byDefault->isChecked());
        QCOMPARE(byDefault->text(), QStringLiteral("Default (English (United States))"));
        QVERIFY(languages->findChild<QAction *>(QStringLiteral("spellLanguage:off")));
        languages->findChild<QAction *>(QStringLiteral("spellLanguage:fr_FR"))->trigger();
        menu->close();
        QCOMPARE(a->composer()->spelling()->language(), QStringLiteral("fr_FR"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("hello")});
        QCOMPARE(s->value(QStringLiteral("spellcheck/conversations/") + conversation).toString(),
                 QStringLiteral("fr_FR"));

        // Another conversation keeps the default; coming back brings French back.
        a->pane->setConversation(yawConversation);
        edit->setPlainText(QStringLiteral("bonjour hello"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("bonjour")});
        a->pane->setConversation(conversation);
        QCOMPARE(a->composer()->spelling()->language(), QStringLiteral("fr_FR"));
        menu = openMenu(edit, 2);
        QVERIFY(menu);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("spellLanguage:fr_FR"))->isChecked());
        menu->findChild<QAction *>(QStringLiteral("spellLanguage:off"))->trigger();
        menu->close();
        QTRY_VERIFY(underlined(edit).isEmpty());
        QCOMPARE(a->composer()->spelling()->language(), QString());
        // Back to the default, which is now off for every conversation.
        preferences.setSpellLanguage(QStringLiteral("off"));
        menu = openMenu(edit, 2);
        QVERIFY(menu);
        byDefault = menu->findChild<QAction *>(QStringLiteral("spellLanguage:default"));
        QCOMPARE(byDefault->text(), QStringLiteral("Default (Off)"));
        byDefault->trigger();
        menu->close();
        QVERIFY(!s->contains(QStringLiteral("spellcheck/conversations/") + conversation));
        a->pane->setConversation(yawConversation);
        edit->setPlainText(QStringLiteral("bonjour hello"));
        QTRY_VERIFY(underlined(edit).isEmpty());
        QCOMPARE(a->composer()->spelling()->language(), QString());
    }

    // Checking the text again (another language, a word added) changes no
    // text: the other side sees no "typing…" for it.
    void checkingAgainIsNoTyping()
    {
        auto k =
            SignedInClient::create(fx->url(), kofi.token, kofi.userId, QStringLiteral("Kofi"),
                                   dir.filePath(QStringLiteral("kofi-%1.sqlite3").arg(++count)));
        QVERIFY(k);
        k->makeChatPane(520, 600);
        k->pane->setConversation(conversation);
        QSignalSpy typing(&k->services->sync, &kora::models::SyncEngine::typingChanged);
        auto a = client();
        QVERIFY(a);
        auto s = settings();
        Preferences preferences(*s);
        SpellChecker checker({dictionaries}, personalPath());
        const QString body = QStringLiteral("bonjour hello wrold %1").arg(count);
        QVERIFY(a->services->cache.setDraft(conversation, body)); // opened, not typed
        a->pane->setConversation(conversation);
        a->composer()->setSpellCheck(&checker, &preferences);
        QPlainTextEdit *edit = a->editor();
        QCOMPARE(edit->toPlainText(), body);
        QTRY_COMPARE(underlined(edit),
                     (QStringList{QStringLiteral("bonjour"), QStringLiteral("wrold")}));
        preferences.setConversationSpellLanguage(conversation, QStringLiteral("fr_FR"));
        QTRY_COMPARE(underlined(edit),
                     (QStringList{QStringLiteral("hello"), QStringLiteral("wrold")}));
        checker.addToPersonal(QStringLiteral("wrold"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("hello")});
        // The send travels after any typing event would have: once it is
        // there, none came.
        a->composer()->send();
        QTRY_VERIFY_WITH_TIMEOUT(k->model()->rowCount() > 0 &&
                                     k->last().data(kora::models::MessageListModel::BodyRole) ==
                                         body,
                                 10000);
        QCOMPARE(typing.count(), 0);
    }

    // No dictionary: the composer works, says so once, underlines nothing.
    void withoutADictionary()
    {
        auto a = client();
        QVERIFY(a);
        auto s = settings();
        Preferences preferences(*s);
        QTemporaryDir empty;
        SpellChecker checker({empty.path()}, personalPath());
        QVERIFY(checker.dictionaries().isEmpty());
        a->pane->setConversation(conversation);
        a->composer()->setSpellCheck(&checker, &preferences);
        QCOMPARE(a->composer()->statusText(),
                 QStringLiteral("Spell check is off: no dictionary is installed."));
        QPlainTextEdit *edit = a->editor();
        QTest::keyClicks(edit, QStringLiteral("hello wrold"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("hello wrold"));
        QVERIFY(a->composer()->statusText().isEmpty()); // said once, gone when typing
        QVERIFY(underlined(edit).isEmpty());
        QMenu *menu = openMenu(edit, 8);
        QVERIFY(menu);
        QVERIFY(!actionNames(menu).contains(QStringLiteral("spellSuggestion")));
        QVERIFY(actionNames(menu).contains(QStringLiteral("edit-copy")));
        menu->close();
        // Once per checker: another composer on it says nothing.
        auto b = client();
        QVERIFY(b);
        b->pane->setConversation(conversation);
        b->composer()->setSpellCheck(&checker, &preferences);
        QVERIFY(b->composer()->statusText().isEmpty());
        QCOMPARE(b->composer()->spelling()->language(), QString());
    }

    // The window's checker feeds the Preferences page; a choice there
    // re-highlights the composer at once.
    void preferencesPageChoosesTheLanguage()
    {
        auto a = client(false);
        QVERIFY(a);
        auto s = settings();
        kora::ui::MainWindow window(*a->services, *s);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openConversation(conversation);
        QPlainTextEdit *edit = window.chatPane()->composer()->editor();
        edit->setPlainText(QStringLiteral("bonjour hello"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("bonjour")});

        window.showPreferences(kora::ui::PreferencesDialog::Page::SpellCheck);
        QPointer<kora::ui::PreferencesDialog> dialog = window.preferencesDialog();
        QVERIFY(dialog);
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("spellLanguageBox"));
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->count() >= 4);
        QCOMPARE(box->itemData(0).toString(), QString()); // follow the language
        QCOMPARE(box->itemText(1), QStringLiteral("English (United States)"));
        QCOMPARE(box->itemData(2).toString(), QStringLiteral("fr_FR"));
        QCOMPARE(box->itemText(2), QStringLiteral("Français (France)"));
        QCOMPARE(box->itemData(box->count() - 1).toString(), QStringLiteral("off"));
        QCOMPARE(box->currentIndex(), 0);
        keepShot(dialog, QStringLiteral("spellcheck-preferences"));

        box->setFocus();
        QTest::keyClick(box, Qt::Key_Down);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), 2);
        QCOMPARE(window.preferences().spellLanguage(), QStringLiteral("fr_FR"));
        QCOMPARE(s->value(QStringLiteral("spellcheck/language")).toString(),
                 QStringLiteral("fr_FR"));
        QTRY_COMPARE(underlined(edit), QStringList{QStringLiteral("hello")});
        QTest::keyClick(box, Qt::Key_End);
        QCOMPARE(window.preferences().spellLanguage(), QStringLiteral("off"));
        QTRY_VERIFY(underlined(edit).isEmpty());
        dialog->close();
    }
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
