// Replies in the chat pane (protocol 7.1), through the real widgets against a
// real in-process kora-server (two clients), under the offscreen platform:
// Reply from the context menu and with Ctrl+R, Esc, the quote in the other
// client's bubble, a click on it, an offline reply across a restart, and the
// quote mirrored right to left. KORA_SCREENSHOT_DIR keeps the PNGs (else /tmp).
#include "ChatPane.h"
#include "ClientStack.h"
#include "Composer.h"
#include "FaultProxy.h"
#include "Menus.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "QuickReactionBar.h"
#include "ReactionActions.h"
#include "ReplyActions.h"
#include "ReplyBar.h"
#include "ServerFixture.h"
#include "SignedInClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using kora::models::DeliveryState;
using kora::models::MessageListModel;
using kora::test::ServerFixture;
using kora::ui::MessageDelegate;

namespace {

QString bodyOf(const QModelIndex &index)
{
    return index.data(MessageListModel::BodyRole).toString();
}

QVariantMap previewOf(const QModelIndex &index)
{
    return index.data(MessageListModel::ReplyPreviewRole).toMap();
}

int rowWithBody(const QAbstractItemModel *model, const QString &body)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (bodyOf(model->index(row, 0)) == body)
            return row;
    }
    return -1;
}

QString screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    return dir + QStringLiteral("/kora-replies-") + name + QStringLiteral(".png");
}

} // namespace

class TestChatPaneReplies : public QObject
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
            s->makeChatPane(520, 640);
            s->pane->setConversation(conversation);
        }
        return s;
    }

    // Kofi sends `body` through his composer; both clients show it.
    static bool kofiSays(SignedInClient &k, SignedInClient &a, const QString &body)
    {
        k.editor()->setPlainText(body);
        QTest::keyClick(k.editor(), Qt::Key_Return);
        return QTest::qWaitFor([&] { return bodyOf(a.last()) == body; }, 5000);
    }

    // Right-clicks a row and triggers Reply in the menu that opens.
    static bool replyFromMenu(SignedInClient &s, int row)
    {
        return triggerRowMenuAction(s.pane->messageView(), row, QStringLiteral("chatReplyAction"));
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

    void replyByMenuAndKeyboard()
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
        const QString question = QStringLiteral("Can you come on Monday?\nAround nine, ideally.");
        QVERIFY(kofiSays(*k, *a, question));
        const QString questionId = a->last().data(MessageListModel::IdRole).toString();
        QVERIFY(!questionId.isEmpty());

        // Reply from the context menu: the bar says to whom and what.
        kora::ui::Composer *composer = a->composer();
        kora::ui::ReplyBar *bar = composer->replyBar();
        QVERIFY(!bar->isVisible());
        QVERIFY(replyFromMenu(*a, a->model()->rowCount() - 1));
        QCOMPARE(composer->replyToId(), questionId);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->text(), QStringLiteral("Replying to Kofi Asante: Can you come on Monday?"));
        QCOMPARE(a->pane->focusWidget(), a->editor());
        // Esc cancels it.
        QTest::keyClick(a->editor(), Qt::Key_Escape);
        QVERIFY(composer->replyToId().isEmpty());
        QVERIFY(!bar->isVisible());

        // The hover toolbar's Reply does the same; its ⋮ opens the message's menu.
        QListView *view = a->pane->messageView();
        {
            kora::ui::ReactionActions *reactions = a->pane->reactionActions();
            QVERIFY(reactions);
            const QModelIndex shown = view->model()->index(view->model()->rowCount() - 1, 0);
            reactions->showBar(shown);
            kora::ui::QuickReactionBar *toolbar = reactions->bar();
            QVERIFY(toolbar->isVisible());
            QVERIFY(toolbar->replyButton()->isVisible() && toolbar->actionsButton()->isVisible());
            QCOMPARE(toolbar->replyButton()->accessibleName(), QStringLiteral("Reply (Ctrl+R)"));
            toolbar->replyButton()->click();
            QCOMPARE(composer->replyToId(), questionId);
            QVERIFY(!toolbar->isVisible());
            QTest::keyClick(a->editor(), Qt::Key_Escape);
            QVERIFY(composer->replyToId().isEmpty());
            reactions->showBar(shown);
            auto opened = std::make_shared<QStringList>();
            QTimer::singleShot(0, view, [opened] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction *action : menu->actions())
                    opened->append(action->objectName());
                menu->close();
            });
            toolbar->actionsButton()->click();
            QVERIFY2(opened->contains(QStringLiteral("chatReplyAction")),
                     qPrintable(opened->join(u',')));
        }

        // Ctrl+R on the message picked in the list.
        view->setFocus();
        QTRY_COMPARE(a->pane->focusWidget(), view);
        view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(composer->replyToId(), questionId);
        QVERIFY(bar->isVisible());
        QTRY_COMPARE(a->pane->focusWidget(), a->editor());
        QTest::keyClicks(a->editor(), QStringLiteral("Yes, nine works."));
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("composer"))));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(!bar->isVisible());
        QVERIFY(composer->replyToId().isEmpty());
        // Shown at once with its quote, acknowledged as a reply.
        QCOMPARE(bodyOf(a->last()), QStringLiteral("Yes, nine works."));
        QCOMPARE(a->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);
        QCOMPARE(previewOf(a->last()).value(QStringLiteral("body")).toString(), question);
        QTRY_VERIFY_WITH_TIMEOUT(a->last().data(MessageListModel::SeqRole).toLongLong() > 0, 5000);
        QCOMPARE(a->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);

        // Kofi sees the reply with the quote of his question, taller than a plain bubble.
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), QStringLiteral("Yes, nine works."), 5000);
        QCOMPARE(k->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);
        const QVariantMap preview = previewOf(k->last());
        QCOMPARE(preview.value(QStringLiteral("body")).toString(), question);
        QCOMPARE(preview.value(QStringLiteral("isOwn")).toBool(), true);
        QCOMPARE(preview.value(QStringLiteral("deleted")).toBool(), false);
        a->editor()->setPlainText(QStringLiteral("Yes, nine works."));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !k->last().data(MessageListModel::ReplyToIdRole).isValid() ||
                k->last().data(MessageListModel::ReplyToIdRole).toString().isEmpty(),
            5000);
        QListView *kView = k->pane->messageView();
        const int plainH =
            kView->visualRect(kView->model()->index(k->model()->rowCount() - 1, 0)).height();
        const QModelIndex replyRow = kView->model()->index(k->model()->rowCount() - 2, 0);
        QVERIFY2(
            kView->visualRect(replyRow).height() > plainH + 20,
            qPrintable(
                QStringLiteral("%1 vs %2").arg(kView->visualRect(replyRow).height()).arg(plainH)));
        const QRect quote =
            k->pane->messageDelegate()->actionRect(replyRow, MessageDelegate::Hit::Quote);
        QVERIFY(quote.isValid());
        QVERIFY(kView->visualRect(replyRow).contains(quote));
        QVERIFY(quote.center().x() < kView->viewport()->width() / 2); // others' bubbles: leading
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("bubble"))));

        // Right to left: the quote and the bar mirror.
        k->pane->setLayoutDirection(Qt::RightToLeft);
        a->pane->setLayoutDirection(Qt::RightToLeft);
        QTRY_VERIFY(k->pane->messageDelegate()
                        ->actionRect(replyRow, MessageDelegate::Hit::Quote)
                        .center()
                        .x() > kView->viewport()->width() / 2);
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("bubble-rtl"))));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowWithBody(view->model(), question), 0));
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("composer-rtl"))));
        auto *close = bar->closeButton();
        QVERIFY(close->mapTo(bar, QPoint(0, 0)).x() < bar->width() / 2); // trailing: the left
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(composer->replyToId().isEmpty());
    }

    void clickOnQuoteJumpsToOriginal()
    {
        auto a = session(ama, QStringLiteral("Ama"), cachePath(QStringLiteral("ama")));
        auto k = session(kofi, QStringLiteral("Kofi"), cachePath(QStringLiteral("kofi")));
        QVERIFY(a && k);
        a->pane->show();
        k->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(QTest::qWaitForWindowExposed(k->pane.get()));
        const QString original = QStringLiteral("The address is 12 Ring Road");
        QVERIFY(kofiSays(*k, *a, original));
        const QString originalId = a->last().data(MessageListModel::IdRole).toString();
        for (int i = 0; i < 25; ++i)
            QVERIFY(a->session->send(conversation, QStringLiteral("filler %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), QStringLiteral("filler 24"), 10000);
        QListView *view = k->pane->messageView();
        const int originalRow = rowWithBody(view->model(), original);
        QVERIFY(originalRow >= 0);
        QVERIFY(a->session->send(conversation, QStringLiteral("Got it, thanks"), originalId));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), QStringLiteral("Got it, thanks"), 5000);
        QTRY_VERIFY(!view->viewport()->rect().intersects(
            view->visualRect(view->model()->index(originalRow, 0)))); // scrolled out of sight

        const QModelIndex reply = view->model()->index(view->model()->rowCount() - 1, 0);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(reply).center()));
        const QRect quote =
            k->pane->messageDelegate()->actionRect(reply, MessageDelegate::Hit::Quote);
        QVERIFY(quote.isValid());
        QSignalSpy jumped(k->pane->replyActions(), &kora::ui::ReplyActions::jumped);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, quote.center());
        QCOMPARE(jumped.count(), 1);
        const QModelIndex target = view->model()->index(originalRow, 0);
        QCOMPARE(view->currentIndex(), target);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(target).center()));
        QCOMPARE(k->pane->messageDelegate()->highlighted(),
                 target.data(MessageListModel::LocalIdRole).toLongLong());
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("jumped"))));
        // The highlight goes by itself.
        QTRY_COMPARE_WITH_TIMEOUT(k->pane->messageDelegate()->highlighted(), 0, 5000);
    }

    void offlineReplySurvivesRestart()
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
        const QString question = QStringLiteral("Is the gate code still 4321?");
        QVERIFY(kofiSays(*k, *a, question));
        const QString questionId = a->last().data(MessageListModel::IdRole).toString();

        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!a->stack->socket.isConnected(), 5000);
        QListView *view = a->pane->messageView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(a->composer()->replyToId(), questionId);
        QTest::keyClicks(a->editor(), QStringLiteral("It is, yes"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(DeliveryState(a->last().data(MessageListModel::StatusRole).toInt()),
                 DeliveryState::Sending);
        QCOMPARE(a->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);

        // A restart while offline: the queued reply is still a reply, quote and all.
        a.reset();
        a = session(ama, QStringLiteral("Ama"), amaCache, url, false);
        QVERIFY(a);
        QCOMPARE(bodyOf(a->last()), QStringLiteral("It is, yes"));
        QCOMPARE(DeliveryState(a->last().data(MessageListModel::StatusRole).toInt()),
                 DeliveryState::Sending);
        QCOMPARE(a->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);
        QCOMPARE(previewOf(a->last()).value(QStringLiteral("body")).toString(), question);

        // Back online: it goes, as a reply, once.
        proxy.setRefuse(false);
        QVERIFY(a->openAndSync());
        QTRY_VERIFY_WITH_TIMEOUT(a->last().data(MessageListModel::SeqRole).toLongLong() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), QStringLiteral("It is, yes"), 5000);
        QCOMPARE(k->last().data(MessageListModel::ReplyToIdRole).toString(), questionId);
        QCOMPARE(previewOf(k->last()).value(QStringLiteral("body")).toString(), question);
        QCOMPARE(bodyOf(k->last(1)), question);
    }

    void cleanupTestCase() { fx.reset(); }
};

QTEST_MAIN(TestChatPaneReplies)
#include "tst_chatpane_replies.moc"
