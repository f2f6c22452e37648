// Reactions in the chat pane (protocol 7.2), through the real widgets against
// a real in-process kora-server (two clients), under the offscreen platform:
// the hover bar, a chip click, the context menu, the picker by keyboard
// (Ctrl+E), the other client's chips and tooltip, chips from the bubble's
// leading edge (also right to left), toggles made offline across a restart
// delivered once, and a refused toggle rolled back with a notice.
// KORA_SCREENSHOT_DIR keeps the PNGs (else /tmp).
#include "ChatPane.h"
#include "ClientStack.h"
#include "EmojiPicker.h"
#include "FaultProxy.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "QuickReactionBar.h"
#include "ReactionActions.h"
#include "ReactionStrip.h"
#include "ServerFixture.h"
#include "SignedInClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using kora::models::MessageListModel;
using kora::test::ServerFixture;
using kora::ui::ReactionActions;

namespace {

const QString thumbs = QStringLiteral("👍");
const QString heart = QStringLiteral("❤️");
const QString party = QStringLiteral("🎉");

QString bodyOf(const QModelIndex &index)
{
    return index.data(MessageListModel::BodyRole).toString();
}

QVariantList chipsOf(const QModelIndex &index)
{
    return index.data(MessageListModel::ReactionsRole).toList();
}

// "👍×2 mine, ❤️×1" as a compact string, for comparisons that say what differs.
QString chipsText(const QModelIndex &index)
{
    QStringList parts;
    for (const QVariant &c : chipsOf(index)) {
        const QVariantMap chip = c.toMap();
        parts.append(
            chip.value(QStringLiteral("emoji")).toString() + QLatin1Char('x') +
            QString::number(chip.value(QStringLiteral("count")).toInt()) +
            (chip.value(QStringLiteral("mine")).toBool() ? QStringLiteral(" mine") : QString()));
    }
    return parts.join(QStringLiteral(", "));
}

QString screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    return dir + QStringLiteral("/kora-reactions-") + name + QStringLiteral(".png");
}

void hover(QListView *view, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, view->viewport()->mapToGlobal(pos), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
}

} // namespace

class TestChatPaneReactions : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi;
    QString conversation;
    QTemporaryDir dir;
    int sessions = 0;

    QString cachePath(const QString &name)
    {
        return dir.filePath(QStringLiteral("%1-%2.sqlite3").arg(name).arg(++sessions));
    }

    std::unique_ptr<SignedInClient> session(const ServerFixture::Login &who, const QString &name,
                                            const QString &path, const QUrl &url = {},
                                            bool connect = true)
    {
        auto s = SignedInClient::create(
            url.isEmpty() ? fx->url() : url, who.token, who.userId, name, path,
            connect ? SignedInClient::Connect::WaitForSync : SignedInClient::Connect::No);
        if (s) {
            s->makeChatPane(520, 560);
            s->pane->setConversation(conversation);
        }
        return s;
    }

    static bool says(SignedInClient &from, SignedInClient &to, const QString &body)
    {
        from.editor()->setPlainText(body);
        QTest::keyClick(from.editor(), Qt::Key_Return);
        return QTest::qWaitFor([&] { return bodyOf(to.last()) == body; }, 5000);
    }

    // The server's reactions on a message, as {emoji: userIds}.
    QMap<QString, QStringList> serverReactions(const QString &messageId)
    {
        QMap<QString, QStringList> map;
        const auto page =
            fx->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=100").arg(conversation),
                    ama.token);
        for (const QJsonValue &m : page.json.value(QLatin1String("messages")).toArray()) {
            if (m[QLatin1String("id")].toString() != messageId)
                continue;
            for (const QJsonValue &r : m[QLatin1String("reactions")].toArray()) {
                QStringList ids;
                for (const QJsonValue &id : r[QLatin1String("userIds")].toArray())
                    ids.append(id.toString());
                map.insert(r[QLatin1String("emoji")].toString(), ids);
            }
        }
        return map;
    }

    // Right-clicks a row and triggers `emoji` in its React submenu.
    static bool reactFromMenu(SignedInClient &s, int row, const QString &emoji)
    {
        QListView *view = s.pane->messageView();
        auto triggered = std::make_shared<bool>(false);
        QTimer::singleShot(0, view, [triggered, emoji] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            if (auto *react = menu->findChild<QAction *>(QStringLiteral("chatReactMenu"))) {
                for (QAction *action : react->menu()->actions()) {
                    if (action->text() == emoji) {
                        action->trigger();
                        *triggered = true;
                    }
                }
            }
            menu->close();
        });
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        Q_EMIT view->customContextMenuRequested(rect.center());
        return *triggered;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        QVERIFY(!ama.token.isEmpty() && !kofi.token.isEmpty());
        conversation = fx->directConversation(ama, kofi);
        QVERIFY(!conversation.isEmpty());
    }

    void reactThroughTheWidgets()
    {
        auto a = session(ama, QStringLiteral("Ama"), cachePath(QStringLiteral("ama")));
        auto k = session(kofi, QStringLiteral("Kofi"), cachePath(QStringLiteral("kofi")));
        QVERIFY(a && k);
        QAbstractItemModelTester aTester(a->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester kTester(k->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        a->pane->show();
        k->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(QTest::qWaitForWindowExposed(k->pane.get()));
        QVERIFY(says(*k, *a, QStringLiteral("The tiles arrived this morning")));
        QVERIFY(says(*a, *k, QStringLiteral("Great, thanks!")));
        QListView *view = a->pane->messageView();
        QListView *kView = k->pane->messageView();
        ReactionActions *actions = a->pane->reactionActions();
        const QModelIndex tiles = view->model()->index(view->model()->rowCount() - 2, 0);
        const QString tilesId = tiles.data(MessageListModel::IdRole).toString();
        QVERIFY(!tilesId.isEmpty());
        const QModelIndex kTiles = kView->model()->index(kView->model()->rowCount() - 2, 0);
        QCOMPARE(kTiles.data(MessageListModel::IdRole).toString(), tilesId);
        const int plainHeight = kView->visualRect(kTiles).height();

        // Hovering the bubble shows the quick bar beside it; 👍 reacts at once.
        const QRect bubble = a->pane->messageDelegate()->bubbleRect(tiles);
        QVERIFY(bubble.isValid());
        hover(view, bubble.center());
        kora::ui::QuickReactionBar *bar = actions->bar();
        QVERIFY(bar->isVisible());
        // Others' bubble: the bar after it, or over its top edge when there is no room.
        QVERIFY(bar->geometry().left() > bubble.right() ||
                bar->geometry().bottom() <= bubble.top() + 4);
        QCOMPARE(bar->buttons().size(), 6);
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("hover"))));
        QToolButton *thumbsButton = bar->buttons().first();
        QCOMPARE(thumbsButton->text(), thumbs);
        QTest::mouseClick(thumbsButton, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(chipsText(tiles), thumbs + QStringLiteral("x1 mine")); // optimistic
        // Kofi sees it under his bubble, named in the tooltip; the row grew for the chips.
        QTRY_COMPARE_WITH_TIMEOUT(chipsText(kTiles), thumbs + QStringLiteral("x1"), 5000);
        const QVariantMap kChip = chipsOf(kTiles).first().toMap();
        QCOMPARE(kChip.value(QStringLiteral("userIds")).toStringList(), QStringList{ama.userId});
        const QString amaName = kChip.value(QStringLiteral("names")).toStringList().value(0);
        QVERIFY(!amaName.isEmpty());
        QCOMPARE(kora::ui::ReactionStrip::toolTip(kChip),
                 QStringLiteral("%1 reacted with %2").arg(amaName, thumbs));
        QTRY_VERIFY(kView->visualRect(kTiles).height() > plainHeight + 10);
        const QList<QRect> kChips = k->pane->messageDelegate()->reactionRects(kTiles);
        QCOMPARE(kChips.size(), 1);
        QVERIFY(kView->visualRect(kTiles).contains(kChips.first()));
        QVERIFY(kChips.first().top() > k->pane->messageDelegate()->bubbleRect(kTiles).bottom());
        // An own bubble's chips: Kofi's message, so his side (the trailing one).
        QVERIFY(kChips.first().center().x() > kView->viewport()->width() / 2);

        // Kofi adds his from the context menu: two, and Ama's tooltip names both.
        QVERIFY(reactFromMenu(*k, kView->model()->rowCount() - 2, thumbs));
        QTRY_COMPARE_WITH_TIMEOUT(chipsText(tiles), thumbs + QStringLiteral("x2 mine"), 5000);
        const QVariantMap aChip = chipsOf(tiles).first().toMap();
        const QStringList both{QStringLiteral("You"),
                               aChip.value(QStringLiteral("names")).toStringList().value(0)};
        QCOMPARE(kora::ui::ReactionStrip::toolTip(aChip),
                 QStringLiteral("%1 reacted with %2")
                     .arg(QLocale().createSeparatedList(both), thumbs)); // "You, Kofi…" in C
        QVERIFY(!both.at(1).isEmpty());

        // Ctrl+E on the message picked with the keyboard: the picker; → and Enter pick ❤️.
        view->setFocus();
        QTRY_COMPARE(a->pane->focusWidget(), view);
        view->setCurrentIndex(tiles);
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier);
        kora::ui::EmojiPicker *picker = actions->picker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->grid()->count(), kora::ui::EmojiPicker::common().size());
        QVERIFY(picker->grid()->count() >= 40);
        QTRY_VERIFY(picker->grid()->hasFocus());
        QVERIFY(picker->grab().save(screenshot(QStringLiteral("picker"))));
        QTest::keyClick(picker->grid(), Qt::Key_Right);
        QCOMPARE(picker->grid()->currentItem()->text(), heart);
        QTest::keyClick(picker->grid(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QCOMPARE(chipsText(tiles),
                 thumbs + QStringLiteral("x2 mine, ") + heart + QStringLiteral("x1 mine"));
        QTRY_COMPARE_WITH_TIMEOUT(
            chipsText(kTiles), thumbs + QStringLiteral("x2 mine, ") + heart + QStringLiteral("x1"),
            5000);
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("chips"))));

        // A click on my 👍 chip takes it back.
        QTRY_COMPARE(a->stack->cache->pendingReactions(conversation).size(), 0);
        const QList<QRect> aChips = a->pane->messageDelegate()->reactionRects(tiles);
        QCOMPARE(aChips.size(), 2);
        QVERIFY(aChips.first().left() == bubble.left()); // from the leading edge
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, aChips.first().center());
        QCOMPARE(chipsText(tiles),
                 thumbs + QStringLiteral("x1, ") + heart + QStringLiteral("x1 mine"));
        QTRY_COMPARE_WITH_TIMEOUT(
            chipsText(kTiles), thumbs + QStringLiteral("x1 mine, ") + heart + QStringLiteral("x1"),
            5000);
        QTRY_COMPARE(a->stack->cache->pendingReactions(conversation).size(), 0);
        const auto onServer = serverReactions(tilesId);
        QCOMPARE(onServer.value(thumbs), QStringList{kofi.userId});
        QCOMPARE(onServer.value(heart), QStringList{ama.userId});

        // Dark, then right to left: chips start at the bubble's leading edge (the right).
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xff));
        k->pane->setPalette(dark);
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("chips-dark"))));
        a->pane->setLayoutDirection(Qt::RightToLeft);
        QTRY_VERIFY(a->pane->messageDelegate()->bubbleRect(tiles).center().x() >
                    view->viewport()->width() / 2);
        const QRect rtlBubble = a->pane->messageDelegate()->bubbleRect(tiles);
        const QList<QRect> rtlChips = a->pane->messageDelegate()->reactionRects(tiles);
        QCOMPARE(rtlChips.size(), 2);
        QCOMPARE(rtlChips.first().right(), rtlBubble.right());
        QVERIFY(rtlChips.at(1).right() < rtlChips.first().left());
        hover(view, rtlBubble.center());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->geometry().right() < rtlBubble.left() ||
                bar->geometry().bottom() <= rtlBubble.top() + 4);
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("rtl"))));
    }

    void offlineTogglesSurviveARestartAndGoOnce()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen() != 0);
        const QUrl url = proxy.url();
        const QString amaCache = cachePath(QStringLiteral("ama"));
        auto a = session(ama, QStringLiteral("Ama"), amaCache, url);
        auto k = session(kofi, QStringLiteral("Kofi"), cachePath(QStringLiteral("kofi")));
        QVERIFY(a && k);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(says(*k, *a, QStringLiteral("Invoice attached, due Friday")));
        const QString id = a->last().data(MessageListModel::IdRole).toString();

        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!a->stack->socket.isConnected(), 5000);
        // 👍 from the menu; 🎉 on and off again from the picker: all queued, shown at once.
        QVERIFY(reactFromMenu(*a, a->model()->rowCount() - 1, thumbs));
        ReactionActions *actions = a->pane->reactionActions();
        for (int i = 0; i < 2; ++i) {
            actions->openPicker(
                a->pane->messageView()->model()->index(a->model()->rowCount() - 1, 0));
            QListWidget *grid = actions->picker()->grid();
            const auto found = grid->findItems(party, Qt::MatchExactly);
            QCOMPARE(found.size(), 1);
            grid->setCurrentItem(found.first());
            QTest::keyClick(grid, Qt::Key_Return);
        }
        QCOMPARE(chipsText(a->last()), thumbs + QStringLiteral("x1 mine"));
        QCOMPARE(a->stack->cache->pendingReactions(conversation).size(), 3);

        // A restart while offline: the toggles are still queued, and still shown.
        a.reset();
        a = session(ama, QStringLiteral("Ama"), amaCache, url, false);
        QVERIFY(a);
        QCOMPARE(chipsText(a->last()), thumbs + QStringLiteral("x1 mine"));
        QCOMPARE(a->stack->cache->pendingReactions(conversation).size(), 3);
        QCOMPARE(a->stack->cache->conversation(conversation)->pendingCount, 0);

        // Back online: delivered in order, once; the server holds exactly mine.
        proxy.setRefuse(false);
        QVERIFY(a->openAndSync());
        QTRY_COMPARE_WITH_TIMEOUT(a->stack->cache->pendingReactions(conversation).size(), 0, 10000);
        QCOMPARE(chipsText(a->last()), thumbs + QStringLiteral("x1 mine"));
        QTRY_COMPARE_WITH_TIMEOUT(chipsText(k->last()), thumbs + QStringLiteral("x1"), 5000);
        const auto onServer = serverReactions(id);
        QCOMPARE(onServer.keys(), QStringList{thumbs});
        QCOMPARE(onServer.value(thumbs), QStringList{ama.userId});
        QVERIFY(a->stack->cache->outbox().isEmpty());
    }

    void refusedToggleRollsBack()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen() != 0);
        const QUrl url = proxy.url();
        auto a = session(ama, QStringLiteral("Ama"), cachePath(QStringLiteral("ama")), url);
        auto k = session(kofi, QStringLiteral("Kofi"), cachePath(QStringLiteral("kofi")));
        QVERIFY(a && k);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(says(*k, *a, QStringLiteral("Wrong address, ignore this")));
        const QString id = a->last().data(MessageListModel::IdRole).toString();
        QVERIFY(says(*k, *a, QStringLiteral("The right one is 3 Palm Street")));

        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!a->stack->socket.isConnected(), 5000);
        const QModelIndex wrong = a->last(1);
        a->pane->reactionActions()->toggle(a->pane->messageView()->model()->index(wrong.row(), 0),
                                           heart);
        QCOMPARE(chipsText(a->last(1)), heart + QStringLiteral("x1 mine"));
        // Meanwhile Kofi deletes it: the server refuses the reaction.
        bool deleted = false;
        k->session->deleteMessage(
            id, k->pane.get(),
            [&](const kora::models::Result<kora::proto::Message> &r) { deleted = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 5000);

        proxy.setRefuse(false);
        QVERIFY(a->openAndSync());
        QLabel *notice = a->pane->reactionActions()->notice();
        QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 10000);
        QVERIFY2(notice->text().contains(heart), qPrintable(notice->text()));
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("refused"))));
        // Rolled back and dropped, never retried.
        QVERIFY(a->stack->cache->pendingReactions(conversation).isEmpty());
        QVERIFY(a->stack->cache->outbox().isEmpty());
        QTRY_VERIFY(a->last(1).data(MessageListModel::DeletedRole).toBool());
        QVERIFY(chipsOf(a->last(1)).isEmpty());
        QVERIFY(serverReactions(id).isEmpty());
        QVERIFY(a->pane->messageDelegate()
                    ->reactionRects(a->pane->messageView()->model()->index(a->last(1).row(), 0))
                    .isEmpty());
    }

    void cleanupTestCase() { fx.reset(); }
};

QTEST_MAIN(TestChatPaneReactions)
#include "tst_chatpane_reactions.moc"
