// The chat pane, its delegate and the composer, against a real in-process
// kora-server (two clients), under the offscreen platform.
#include "BubbleControls.h"
#include "ChatHeader.h"
#include "ChatPane.h"
#include "ClientStack.h"
#include "Composer.h"
#include "DeleteActions.h"
#include "EmojiPicker.h"
#include "FaultProxy.h"
#include "JobPanel.h"
#include "MentionCompleter.h"
#include "Menus.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "ServerFixture.h"
#include "Shots.h"
#include "SignedInClient.h"

#include "Cache.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QFrame>
#include <QHelpEvent>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using kora::models::DeliveryState;
using kora::models::MessageListModel;
using kora::test::ServerFixture;
using kora::ui::ChatPane;
using kora::ui::Composer;
using kora::ui::MessageDelegate;

namespace {

using Session = SignedInClient; // with its pane

// Where QDesktopServices sends links in a test, instead of a browser.
class LinkCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

DeliveryState statusOf(const QModelIndex &index)
{
    return DeliveryState(index.data(MessageListModel::StatusRole).toInt());
}

QString bodyOf(const QModelIndex &index)
{
    return index.data(MessageListModel::BodyRole).toString();
}

int rowWithBody(const MessageListModel *model, const QString &body)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (bodyOf(model->index(row, 0)) == body)
            return row;
    }
    return -1;
}

} // namespace

class TestChatPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi, yaw;
    QString conversation;    // ama ↔ kofi
    QString yawConversation; // ama ↔ yaw
    QTemporaryDir dir;
    int sessions = 0;

    std::unique_ptr<Session> session(const ServerFixture::Login &who, const QString &name,
                                     const QUrl &url = {}, bool connect = true)
    {
        auto s = SignedInClient::create(
            url.isEmpty() ? fx->url() : url, who.token, who.userId, name,
            dir.filePath(QStringLiteral("%1-%2.sqlite3").arg(name).arg(++sessions)),
            connect ? SignedInClient::Connect::WaitForSync : SignedInClient::Connect::No);
        if (s)
            s->makeChatPane(520, 700);
        return s;
    }

    static void verifyNoRichLabels(QWidget *root)
    {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->text().isEmpty())
                continue;
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        yaw = fx->login(QStringLiteral("yaw"));
        QVERIFY(!ama.token.isEmpty() && !kofi.token.isEmpty() && !yaw.token.isEmpty());
        conversation = fx->directConversation(ama, kofi);
        yawConversation = fx->directConversation(ama, yaw);
        QVERIFY(!conversation.isEmpty() && !yawConversation.isEmpty());
    }

    void emptyState()
    {
        auto a = session(ama, QStringLiteral("Ama"), {}, false);
        QVERIFY(a);
        QVERIFY(a->pane->conversationId().isEmpty());
        auto *empty = a->pane->findChild<QLabel *>(QStringLiteral("chatEmptyState"));
        QVERIFY(empty);
        a->pane->show();
        QVERIFY(empty->isVisible());
        a->pane->setConversation(conversation);
        QVERIFY(!empty->isVisible());
        a->pane->setConversation(QString());
        QVERIFY(empty->isVisible());
        QVERIFY(!a->pane->messageModel());
    }

    void headerShowsNameWhenOpenedAfterShow()
    {
        // The app shows the pane first and opens a conversation later.
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        a->pane->setConversation(conversation);
        auto *name = a->pane->findChild<QLabel *>(QStringLiteral("chatPeerName"));
        QVERIFY(name);
        QTRY_COMPARE(name->text(), QStringLiteral("Kofi Asante")); // on screen, not elided away
    }

    // With a job and without: the header keeps its height, so the messages
    // below do not jump when switching conversations.
    void headerKeepsItsHeightWithoutAJob()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        QFont large = a->pane->font(); // lines taller than the avatar, as with large fonts
        large.setPointSizeF(large.pointSizeF() * 1.6);
        a->pane->setFont(large);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        auto *job = a->pane->findChild<QLabel *>(QStringLiteral("chatJob"));
        QVERIFY(job);
        a->pane->setConversation(conversation);
        QTRY_VERIFY(!job->text().isEmpty());
        QApplication::processEvents(); // the layout settles
        const int withJob = a->pane->header()->height();
        QVERIFY(withJob >= job->y() + job->height()); // the job line is in it
        a->pane->setConversation(yawConversation);
        QTRY_VERIFY(job->text().isEmpty());
        QApplication::processEvents(); // the layout settles
        QCOMPARE(a->pane->header()->height(), withJob);
    }

    void sendArrivesTicksReadAndTyping()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);
        QAbstractItemModelTester tester(a->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        a->pane->show();
        k->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QVERIFY(QTest::qWaitForWindowExposed(k->pane.get()));

        // Header: the peer's name, plain text.
        auto *name = k->pane->findChild<QLabel *>(QStringLiteral("chatPeerName"));
        QVERIFY(name);
        QVERIFY(name->toolTip().contains(QStringLiteral("Ama")));
        // What is on screen, not only what is stored: the label gets room for the name.
        QTRY_COMPARE(name->text(), QStringLiteral("Ama Mensah"));

        // Typing in ama's composer shows in kofi's header.
        a->editor()->setFocus();
        QTest::keyClicks(a->editor(), QStringLiteral("Hello Kofi, is Monday fine?"));
        auto *typing = k->pane->findChild<QLabel *>(QStringLiteral("chatTyping"));
        QVERIFY(typing);
        QTRY_VERIFY_WITH_TIMEOUT(typing->isVisible(), 5000);
        QVERIFY(typing->toolTip().contains(QStringLiteral("typing")));
        QVERIFY(typing->toolTip().contains(QStringLiteral("Ama")));

        // Enter sends: shown at once in ama's view, then in kofi's.
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(a->editor()->toPlainText(), QString());
        QCOMPARE(bodyOf(a->last()), QStringLiteral("Hello Kofi, is Monday fine?"));
        QVERIFY(a->last().data(MessageListModel::IsOwnRole).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), QStringLiteral("Hello Kofi, is Monday fine?"),
                                  5000);
        QVERIFY(!k->last().data(MessageListModel::IsOwnRole).toBool());
        // Sending ends the typing state on the other side.
        QTRY_VERIFY_WITH_TIMEOUT(!typing->isVisible(), 5000);

        // Kofi's window comes to the front: the message is read, ama's ticks say so.
        k->pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(k->pane.get()));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(a->last()), DeliveryState::Read, 5000);
        // Kofi's own unread badge cleared at once (the local cursor moved).
        const qint64 seq = k->last().data(MessageListModel::SeqRole).toLongLong();
        qint64 kofiRead = 0;
        for (const auto &p : k->stack->cache->participants(conversation)) {
            if (p.user.id == kofi.userId)
                kofiRead = p.lastReadSeq;
        }
        QVERIFY(kofiRead >= seq);
        verifyNoRichLabels(a->pane.get());
        verifyNoRichLabels(k->pane.get());

        // Ama's bubble has its (read) ticks; deleted, it has none: nothing is delivered.
        auto *delegate = qobject_cast<MessageDelegate *>(a->pane->messageView()->itemDelegate());
        QVERIFY(delegate);
        QVERIFY(delegate->tickRect(a->last()).isValid());
        // A screen reader gets each bubble as one sentence, through QAccessible.
        {
            const auto spoken = [](Session &s) {
                QListView *view = s.pane->messageView();
                QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
                QAccessibleTableInterface *table = list ? list->tableInterface() : nullptr;
                QAccessibleInterface *cell =
                    table ? table->cellAt(view->model()->rowCount() - 1, 0) : nullptr;
                return cell ? cell->text(QAccessible::Name) : QStringLiteral("(no cell)");
            };
            const QString time = MessageDelegate::timeText(
                a->last().data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime().time());
            QCOMPARE(spoken(*a),
                     QStringLiteral("You, %1: Hello Kofi, is Monday fine? Read.").arg(time));
            QCOMPARE(spoken(*k),
                     QStringLiteral("Ama Mensah, %1: Hello Kofi, is Monday fine?").arg(time));
        }
        // Over the time: the full date, and how far the message got.
        const QDateTime sentAt =
            a->last().data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
        const QString tip = MessageDelegate::metaToolTip(a->last());
        QVERIFY2(tip.contains(QLocale().toString(sentAt.date(), QLocale::LongFormat)),
                 qPrintable(tip));
        QVERIFY2(tip.endsWith(QStringLiteral(" · Read")), qPrintable(tip));
        {
            QListView *view = a->pane->messageView();
            const QModelIndex shown = view->model()->index(view->model()->rowCount() - 1, 0);
            const QPoint at = delegate->tickRect(shown).center();
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
            QTRY_COMPARE(QToolTip::text(), tip);
            QToolTip::hideText();
        }
        auto *kofiDelegate =
            qobject_cast<MessageDelegate *>(k->pane->messageView()->itemDelegate());
        QVERIFY(kofiDelegate);
        QVERIFY(!kofiDelegate->tickRect(k->last()).isValid()); // nor on received messages
        const QString id = a->last().data(MessageListModel::IdRole).toString();
        bool deleted = false;
        a->session->deleteMessage(
            id, this,
            [&deleted](const kora::models::Result<kora::proto::Message> &r) { deleted = bool(r); });
        QTRY_VERIFY_WITH_TIMEOUT(deleted, 5000);
        QTRY_VERIFY(a->last().data(MessageListModel::DeletedRole).toBool());
        QCOMPARE(statusOf(a->last()), DeliveryState::Read);
        QVERIFY(!delegate->tickRect(a->last()).isValid());
        QVERIFY(delegate->bubbleRect(a->last()).isValid());
    }

    void unreadBandOnlyForMessagesNotSeen()
    {
        // A conversation of its own, so earlier tests' messages do not count.
        const auto efua = fx->login(QStringLiteral("efua"));
        const QString id = fx->directConversation(ama, efua);
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        const auto post = [&](const QString &body) {
            QCOMPARE(fx->post(path, efua.token, kora::test::textMessage(body)).status, 201);
        };
        const auto bandRows = [](const MessageListModel *model) {
            QList<int> rows;
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 0).data(MessageListModel::UnreadMarkerRole).toBool())
                    rows.append(r);
            }
            return rows;
        };
        // One unread message: whatever came before it is read.
        const auto first = fx->post(
            path, efua.token, kora::test::textMessage(QStringLiteral("Are you free on Friday?")));
        QCOMPARE(first.status, 201);
        const qint64 firstSeq = first.json.value(QLatin1String("seq")).toInteger();
        QVERIFY(firstSeq > 0);
        if (firstSeq > 1)
            QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/read").arg(id), ama.token,
                              {{QStringLiteral("seq"), firstSeq - 1}})
                         .status,
                     204);
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        QWidget elsewhere; // another window, to look away
        elsewhere.resize(200, 100);

        // Opened with it unread: the band is above it.
        a->pane->setConversation(id);
        a->pane->show();
        a->pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(a->pane.get()));
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Are you free on Friday?"));
        const int firstRow = a->model()->rowCount() - 1;
        QCOMPARE(bandRows(a->model()), QList<int>{firstRow});

        // Read there and then, at the bottom: what arrives gets no band of its own,
        // and the band of the opening stays where it was.
        post(QStringLiteral("Say from 9?"));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(a->last()), QStringLiteral("Say from 9?"), 5000);
        QCOMPARE(bandRows(a->model()), QList<int>{firstRow});

        // Opened again with everything read: no band, and none for what arrives.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &p : a->stack->cache->participants(id)) {
                    if (p.user.id == ama.userId)
                        return p.lastReadSeq >=
                               a->last().data(MessageListModel::SeqRole).toLongLong();
                }
                return false;
            }(),
            5000);
        a->pane->setConversation(QString());
        a->pane->setConversation(id);
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Say from 9?"));
        QVERIFY(bandRows(a->model()).isEmpty());
        post(QStringLiteral("Or 10, if that suits you better"));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(a->last()),
                                  QStringLiteral("Or 10, if that suits you better"), 5000);
        QVERIFY(bandRows(a->model()).isEmpty());

        // Looking away: what arrives then is marked, and the mark stays when she is back.
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        post(QStringLiteral("Let me know tonight"));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(a->last()), QStringLiteral("Let me know tonight"), 5000);
        QCOMPARE(bandRows(a->model()), QList<int>{a->model()->rowCount() - 1});
        keepShot(a->pane.get(), QStringLiteral("chat-band-while-away"));
        a->pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(a->pane.get()));
        post(QStringLiteral("Thanks!"));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(a->last()), QStringLiteral("Thanks!"), 5000);
        QCOMPARE(bandRows(a->model()), QList<int>{a->model()->rowCount() - 2});
    }

    // Opens the row's context menu and triggers the action named `name` in it.
    static bool triggerInMenu(Session &s, int row, const QString &name)
    {
        return triggerRowMenuAction(s.pane->messageView(), row, name);
    }

    void deleteAsksOnceAndUndoNeverReachesTheServer()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        const QString body = QStringLiteral("The quote is 120, materials included");
        QVERIFY(a->session->send(conversation, body));
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), body, 5000);
        QTRY_VERIFY(!a->last().data(MessageListModel::IdRole).toString().isEmpty());
        const QString id = a->last().data(MessageListModel::IdRole).toString();
        auto *deletes = a->pane->deleteActions();
        QVERIFY(deletes);
        QVERIFY(deletes->canDelete(a->last()));

        // Copy link to message: a kora:// link that opens Kora at it.
        QVERIFY(
            triggerInMenu(*a, a->model()->rowCount() - 1, QStringLiteral("chatCopyLinkAction")));
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("kora://conversation/%1/message/%2").arg(conversation, id));

        // Edit from the menu: the text in the composer, Save keeps it.
        QVERIFY(triggerInMenu(*a, a->model()->rowCount() - 1, QStringLiteral("chatEditAction")));
        QVERIFY(a->composer()->isEditing());
        QCOMPARE(a->editor()->toPlainText(), body);
        a->editor()->selectAll();
        QTest::keyClicks(a->editor(), body + QStringLiteral(" (tiles extra)"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), body + QStringLiteral(" (tiles extra)"), 5000);
        QVERIFY(k->last().data(MessageListModel::EditedRole).toBool());
        QVERIFY(!a->composer()->isEditing());
        // Someone else's message has no Edit (nor Delete).
        QVERIFY(!k->pane->composer()->canEdit(
            k->last().data(MessageListModel::LocalIdRole).toLongLong()));

        // The menu asks once; Cancel keeps the message.
        QVERIFY(triggerInMenu(*a, a->model()->rowCount() - 1, QStringLiteral("chatDeleteAction")));
        QTRY_VERIFY(deletes->question());
        keepShot(deletes->question(), QStringLiteral("chat-delete-question"));
        QCOMPARE(deletes->question()->text(), QStringLiteral("Delete for everyone?"));
        QCOMPARE(deletes->question()->defaultButton(),
                 deletes->question()->button(QMessageBox::Cancel));
        deletes->question()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!deletes->question());
        QVERIFY(!a->last().data(MessageListModel::DeletedRole).toBool());
        QCOMPARE(a->stack->cache->pendingCount(), 0);

        // Delete (by keyboard: the message picked, then Delete): deleted here at
        // once, held in the outbox, Undo offered; Undo brings it back and the
        // server never hears of it.
        a->pane->messageView()->setFocus();
        a->pane->messageView()->setCurrentIndex(
            a->pane->messageView()->model()->index(a->model()->rowCount() - 1, 0));
        QTest::keyClick(a->pane->messageView(), Qt::Key_Delete);
        QTRY_VERIFY(deletes->question());
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : deletes->question()->buttons()) {
            if (deletes->question()->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        }
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY(a->last().data(MessageListModel::DeletedRole).toBool());
        QCOMPARE(bodyOf(a->last()), QString());
        QCOMPARE(deletes->undoText(), QStringLiteral("Message deleted."));
        QVERIFY(deletes->undoBar()->isVisible());
        keepShot(a->pane.get(), QStringLiteral("chat-undo-delete"));
        QCOMPARE(a->stack->cache->pendingDeletes(conversation), QSet<QString>{id});
        auto *undo = deletes->undoBar()->findChild<QPushButton *>(QStringLiteral("chatUndoButton"));
        QVERIFY(undo && undo->isVisible());
        undo->click();
        QVERIFY(!a->last().data(MessageListModel::DeletedRole).toBool());
        QCOMPARE(bodyOf(a->last()), body + QStringLiteral(" (tiles extra)"));
        QVERIFY(!deletes->undoBar()->isVisible());
        QCOMPARE(a->stack->cache->pendingCount(), 0); // nothing left that could go out
        const auto onServer = fx->get(
            QStringLiteral("/api/v1/conversations/%1/messages").arg(conversation), kofi.token);
        QCOMPARE(onServer.status, 200);
        bool found = false;
        for (const QJsonValue &m : onServer.json.value(QLatin1String("messages")).toArray()) {
            if (m.toObject().value(QLatin1String("id")).toString() == id) {
                found = true;
                QVERIFY(!m.toObject().value(QLatin1String("deleted")).toBool());
                QCOMPARE(m.toObject().value(QLatin1String("body")).toString(),
                         body + QStringLiteral(" (tiles extra)"));
            }
        }
        QVERIFY(found);

        // Not undone: it goes once the hold is over, and Kofi sees it deleted.
        a->stack->outbox->setDeleteHoldMs(200);
        deletes->deleteMessage(conversation, id);
        QVERIFY(a->last().data(MessageListModel::DeletedRole).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(k->last().data(MessageListModel::DeletedRole).toBool(), 10000);
        QTRY_COMPARE(a->stack->cache->pendingCount(), 0);
        QVERIFY(a->last().data(MessageListModel::DeletedRole).toBool());
        QVERIFY(!deletes->canDelete(a->last()));
        // Too late now: Undo says so, and the message stays deleted.
        deletes->deleteMessage(conversation, id); // deleting twice changes nothing
        QTRY_COMPARE(a->stack->cache->pendingCount(), 0);
        deletes->undo();
        QCOMPARE(deletes->undoText(),
                 QStringLiteral("Too late to undo: the message is already deleted."));
        QVERIFY(a->last().data(MessageListModel::DeletedRole).toBool());
    }

    void headerLinesStartUnderTheName_data()
    {
        QTest::addColumn<bool>("rtl");
        QTest::newRow("ltr") << false;
        QTest::newRow("rtl") << true;
    }

    void headerLinesStartUnderTheName()
    {
        QFETCH(bool, rtl);
        if (rtl)
            QApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        auto *header = a->pane->findChild<QWidget *>(QStringLiteral("chatHeader"));
        auto *name = a->pane->findChild<QLabel *>(QStringLiteral("chatPeerName"));
        auto *presence = a->pane->findChild<QLabel *>(QStringLiteral("chatPresence"));
        auto *job = a->pane->findChild<QLabel *>(QStringLiteral("chatJob"));
        QVERIFY(header && name && presence && job);
        QTRY_VERIFY(!presence->text().isEmpty() && !job->text().isEmpty());
        QApplication::processEvents();
        keepShot(header,
                 rtl ? QStringLiteral("chat-header-rtl") : QStringLiteral("chat-header-ltr"));
        // Where each line's (English) text is drawn: it starts at the name's
        // edge, the right one in a right-to-left layout, not at the far edge.
        const auto textRect = [header](QLabel *label) {
            const QRect inHeader(label->mapTo(header, label->contentsRect().topLeft()),
                                 label->contentsRect().size());
            const int width = label->fontMetrics().horizontalAdvance(label->text());
            const Qt::Alignment align =
                QStyle::visualAlignment(label->layoutDirection(), label->alignment());
            return QStyle::alignedRect(Qt::LeftToRight, align, QSize(width, inHeader.height()),
                                       inHeader);
        };
        // The narrow view's Back arrow is Kora's own, pointing towards the list.
        auto *back = a->pane->findChild<QToolButton *>(QStringLiteral("chatBack"));
        QVERIFY(back);
        QImage arrow = QIcon(QStringLiteral(":/icons/back.svg")).pixmap(16, 16).toImage();
        if (rtl)
            arrow = arrow.mirrored(true, false);
        QCOMPARE(back->icon().pixmap(16, 16).toImage().convertToFormat(arrow.format()), arrow);
        const QRect nameText = textRect(name);
        for (QLabel *line : {presence, job}) {
            const QRect r = textRect(line);
            if (rtl)
                QVERIFY2(qAbs(r.right() - nameText.right()) <= 2,
                         qPrintable(QStringLiteral("%1 ends at %2, the name at %3")
                                        .arg(line->objectName())
                                        .arg(r.right())
                                        .arg(nameText.right())));
            else
                QVERIFY2(qAbs(r.left() - nameText.left()) <= 2, qPrintable(line->objectName()));
        }
    }

    void shortChatSitsAboveTheComposer()
    {
        // A conversation of a few messages in a tall pane: they sit at the bottom.
        const auto yawLogin = fx->login(QStringLiteral("yaw"));
        const auto efua = fx->login(QStringLiteral("efua"));
        const QString id = fx->directConversation(yawLogin, efua); // not Ama's
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        QCOMPARE(
            fx->post(path, efua.token, kora::test::textMessage(QStringLiteral("Hello Yaw"))).status,
            201);
        QCOMPARE(fx->post(path, yawLogin.token, kora::test::textMessage(QStringLiteral("Hi Efua")))
                     .status,
                 201);
        auto y = session(yawLogin, QStringLiteral("Yaw"));
        QVERIFY(y);
        y->pane->setConversation(id);
        y->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(y->pane.get()));
        QTRY_COMPARE(bodyOf(y->last()), QStringLiteral("Hi Efua"));
        QListView *view = y->pane->messageView();
        QApplication::processEvents();
        QCOMPARE(view->verticalScrollBar()->maximum(), 0); // it all fits
        const QAbstractItemModel *shown = view->model();
        const QRect first = view->visualRect(shown->index(0, 0));
        const QRect last = view->visualRect(shown->index(shown->rowCount() - 1, 0));
        const QRect lastInPane(view->viewport()->mapTo(y->pane.get(), last.topLeft()), last.size());
        const QRect viewInPane(view->mapTo(y->pane.get(), QPoint(0, 0)), view->size());
        QVERIFY2(viewInPane.bottom() - lastInPane.bottom() <= 8,
                 qPrintable(QStringLiteral("%1 px under the last message")
                                .arg(viewInPane.bottom() - lastInPane.bottom())));
        QVERIFY(view->viewport()->mapTo(view, first.topLeft()).y() > view->height() / 2);
        keepShot(y->pane.get(), QStringLiteral("chat-short"));
    }

    void groupBubblesNameTheirSenders()
    {
        // A group: each run of someone else's messages is headed by their name,
        // mine are not, and the header says who is in it instead of a presence.
        const auto efua = fx->login(QStringLiteral("efua"));
        const auto made = fx->post(
            QStringLiteral("/api/v1/conversations"), yaw.token,
            QJsonObject{{QStringLiteral("participantIds"), QJsonArray{ama.userId, efua.userId}},
                        {QStringLiteral("title"), QStringLiteral("Bakery opening")}});
        QCOMPARE(made.status, 201);
        const QString id = made.json.value(QStringLiteral("id")).toString();
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        const QList<QPair<const ServerFixture::Login *, QString>> lines = {
            {&yaw, QStringLiteral("Welcome, both")},
            {&yaw, QStringLiteral("Opening is on Saturday")},
            {&efua, QStringLiteral("Thanks Yaw")},
            {&ama, QStringLiteral("Count me in")}};
        for (const auto &[who, text] : lines)
            QCOMPARE(fx->post(path, who->token, kora::test::textMessage(text)).status, 201);

        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(id);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Count me in"));
        QListView *view = a->pane->messageView();
        auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QAbstractItemModel *shown = view->model();
        QCOMPARE(shown->rowCount(), 4);
        QVERIFY(!delegate->senderNameRect(shown->index(0, 0)).isNull()); // Yaw's run starts
        QVERIFY(delegate->senderNameRect(shown->index(1, 0)).isNull());  // and goes on
        QVERIFY(!delegate->senderNameRect(shown->index(2, 0)).isNull()); // Efua's
        QVERIFY(delegate->senderNameRect(shown->index(3, 0)).isNull());  // mine
        // The name sits inside the bubble, above its text.
        const QRect name = delegate->senderNameRect(shown->index(0, 0));
        QVERIFY(view->visualRect(shown->index(0, 0)).contains(name));
        // Their avatar beside the run's first bubble, none beside the next or
        // mine; every bubble of theirs starts after the avatars' column.
        const QRect avatar = delegate->avatarRect(shown->index(0, 0));
        QVERIFY(!avatar.isNull());
        QVERIFY(avatar.right() < delegate->bubbleRect(shown->index(0, 0)).left());
        QCOMPARE(avatar.top(), delegate->bubbleRect(shown->index(0, 0)).top());
        QVERIFY(delegate->avatarRect(shown->index(1, 0)).isNull());
        QVERIFY(!delegate->avatarRect(shown->index(2, 0)).isNull());
        QVERIFY(delegate->avatarRect(shown->index(3, 0)).isNull());
        QCOMPARE(delegate->bubbleRect(shown->index(1, 0)).left(),
                 delegate->bubbleRect(shown->index(0, 0)).left());
        auto *presence = a->pane->findChild<QLabel *>(QStringLiteral("chatPresence"));
        QVERIFY(presence);
        QTRY_VERIFY(presence->toolTip().startsWith(QStringLiteral("3 people: ")));
        QVERIFY(presence->toolTip().contains(QStringLiteral("Efua Owusu")));
        QVERIFY(presence->toolTip().contains(QStringLiteral("Yaw Boateng")));
        keepShot(a->pane.get(), QStringLiteral("chat-group"));

        // A pair knows who is who: no names.
        a->pane->setConversation(conversation);
        QTRY_VERIFY(view->model() && view->model()->rowCount() > 0);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QVERIFY(delegate->senderNameRect(view->model()->index(row, 0)).isNull());
            QVERIFY(delegate->avatarRect(view->model()->index(row, 0)).isNull());
        }
    }

    void mentionCompletionInAGroup()
    {
        // In a group "@" and a start of a name lists who fits; Enter puts the
        // whole name in and sends nothing; Esc closes the list. Direct
        // conversations offer nobody.
        const auto efua = fx->login(QStringLiteral("efua"));
        const auto made = fx->post(
            QStringLiteral("/api/v1/conversations"), yaw.token,
            QJsonObject{{QStringLiteral("participantIds"), QJsonArray{ama.userId, efua.userId}},
                        {QStringLiteral("title"), QStringLiteral("Signage")}});
        QCOMPARE(made.status, 201);
        const QString id = made.json.value(QStringLiteral("id")).toString();
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(id);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        kora::ui::MentionCompleter *mentions = a->pane->mentionCompleter();
        QPlainTextEdit *editor = a->editor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Hi @"));
        QTRY_VERIFY(mentions->isShown());
        QCOMPARE(mentions->shownNames(),
                 (QStringList{QStringLiteral("Efua Owusu"), QStringLiteral("Yaw Boateng")}));
        QTest::keyClicks(editor, QStringLiteral("bo")); // a later word of the name fits too
        QCOMPARE(mentions->shownNames(), QStringList{QStringLiteral("Yaw Boateng")});
        keepShot(a->pane.get(), QStringLiteral("chat-mention"));
        const int before = a->model()->rowCount();
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(editor->toPlainText(), QStringLiteral("Hi @Yaw Boateng "));
        QVERIFY(!mentions->isShown());
        QCOMPARE(a->model()->rowCount(), before); // nothing was sent
        // Esc closes it; an address is no mention.
        QTest::keyClicks(editor, QStringLiteral("and @e"));
        QTRY_VERIFY(mentions->isShown());
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!mentions->isShown());
        QTest::keyClicks(editor, QStringLiteral("f"));
        QVERIFY(!mentions->isShown());
        QTest::keyClicks(editor, QStringLiteral(" mail me@e"));
        QVERIFY(!mentions->isShown());
        // Sent, the mention is marked in the bubble's text for the people here.
        auto *delegate = qobject_cast<MessageDelegate *>(a->pane->messageView()->itemDelegate());
        QCOMPARE(delegate->mentionPeople().people.size(), 3);
        QCOMPARE(delegate->mentionPeople().me, ama.userId);
        const QString line = QStringLiteral("@Ama Mensah can you check @Efua's sign?");
        QCOMPARE(fx->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(id), yaw.token,
                          kora::test::textMessage(line))
                     .status,
                 201);
        QTRY_COMPARE(bodyOf(a->last()), line);
        keepShot(a->pane.get(), QStringLiteral("chat-mention-bubble"));
        // A direct conversation: nobody to mention.
        a->pane->setConversation(conversation);
        editor->clear();
        QTest::keyClicks(editor, QStringLiteral("@k"));
        QVERIFY(!mentions->isShown());
        QVERIFY(delegate->mentionPeople().people.isEmpty());
    }

    void presenceIsNotStaleOffline()
    {
        // Ama's link goes through a proxy that can take the server away.
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen() != 0);
        const QUrl url = proxy.url();
        auto k = session(kofi, QStringLiteral("Kofi"));
        auto a = session(ama, QStringLiteral("Ama"), url);
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        auto *presence = a->pane->findChild<QLabel *>(QStringLiteral("chatPresence"));
        QVERIFY(presence);
        QTRY_COMPARE_WITH_TIMEOUT(presence->toolTip(), QStringLiteral("online"), 5000);

        // The server is gone: Kofi may be anywhere now; the header does not say "online".
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!a->stack->socket.isConnected(), 5000);
        QTRY_COMPARE(presence->toolTip(), QStringLiteral("connecting…"));
        keepShot(a->pane.get(), QStringLiteral("chat-offline-presence"));
        QCOMPARE(kora::ui::ChatHeader::presenceText(kora::proto::User{}, false),
                 QStringLiteral("offline"));

        // Back: live presence again.
        proxy.setRefuse(false);
        QTRY_VERIFY_WITH_TIMEOUT(a->stack->socket.isConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(presence->toolTip(), QStringLiteral("online"), 5000);
    }

    void emojiButtonInsertsAtTheCursor()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QTest::keyClicks(a->editor(), QStringLiteral("See you Monday "));
        auto *button = a->pane->findChild<QToolButton *>(QStringLiteral("composerEmoji"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->accessibleName(), QStringLiteral("Emoji"));
        button->click();
        kora::ui::EmojiPicker *picker = a->composer()->emojiPicker();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        Q_EMIT picker->picked(QStringLiteral("👍"));
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("See you Monday 👍"));
        picker->hide();

        // Every emoji Unicode lists, by category, named; skin tones are not
        // separate cells.
        using Picker = kora::ui::EmojiPicker;
        int total = 0;
        for (int c = Picker::Smileys; c < Picker::CategoryCount; ++c) {
            const QStringList emoji = Picker::emojiOf(Picker::Category(c));
            QVERIFY2(emoji.size() > 50, qPrintable(Picker::categoryName(Picker::Category(c))));
            total += int(emoji.size());
        }
        QVERIFY(total > 1800);
        QCOMPARE(Picker::emojiOf(Picker::Smileys).first(), QStringLiteral("😀"));
        QCOMPARE(Picker::nameOf(QStringLiteral("😀")), QStringLiteral("grinning face"));
        QVERIFY(Picker::emojiOf(Picker::People).contains(QStringLiteral("👋")));
        QVERIFY(!Picker::emojiOf(Picker::People).contains(QStringLiteral("👋🏽")));
        QVERIFY(Picker::emojiOf(Picker::Flags).contains(QStringLiteral("🇫🇷")));
        QCOMPARE(Picker::search(QStringLiteral("thu UP")).value(0), QStringLiteral("👍"));
        QVERIFY(Picker::search(QStringLiteral("piñata")).contains(QStringLiteral("🪅")));
        QVERIFY(Picker::search(QStringLiteral("zzzqx")).isEmpty());

        // A category by its tab, named for screen readers.
        button->click();
        QTRY_VERIFY(picker->isVisible());
        QCOMPARE(picker->categories()->count(), int(Picker::CategoryCount));
        QCOMPARE(picker->categories()->accessibleTabName(Picker::Food),
                 Picker::categoryName(Picker::Food));
        picker->categories()->setCurrentIndex(Picker::Smileys);
        QCOMPARE(picker->grid()->count(), Picker::emojiOf(Picker::Smileys).size());
        QCOMPARE(picker->grid()->item(0)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("grinning face"));
        keepShot(picker, QStringLiteral("emoji-picker"));

        // Typing over the grid searches; Enter picks the first found.
        picker->grid()->setFocus();
        QTest::keyClicks(picker->grid(), QStringLiteral("party"));
        QCOMPARE(picker->searchField()->text(), QStringLiteral("party"));
        QTRY_VERIFY(picker->searchField()->hasFocus());
        QCOMPARE(picker->grid()->item(0)->text(), QStringLiteral("🥳")); // partying face
        QTest::keyClicks(picker->searchField(), QStringLiteral(" pop"));
        QCOMPARE(picker->grid()->count(), 1); // party popper
        QTest::keyClick(picker->searchField(), Qt::Key_Return);
        QTRY_VERIFY(!picker->isVisible());
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("See you Monday 👍🎉"));
        // Opened again: Frequently used, search cleared.
        button->click();
        QTRY_VERIFY(picker->isVisible());
        QVERIFY(picker->searchField()->text().isEmpty());
        QCOMPARE(picker->categories()->currentIndex(), int(Picker::Frequent));
        QCOMPARE(picker->grid()->count(), Picker::common().size());
        picker->hide();
        // The send button is an icon and a word, not a bare label.
        auto *send = a->pane->findChild<QToolButton *>(QStringLiteral("composerSend"));
        QVERIFY(send && !send->icon().isNull());
        a->editor()->clear();
    }

    // Formatting from the keyboard and the code button, toggled back by the
    // same key, and shown live in the field (bold text in bold, markers faded).
    void composerFormatsAndShowsItLive()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QPlainTextEdit *edit = a->editor();
        edit->setFocus();
        const auto selectAll = [&] { edit->selectAll(); };

        QTest::keyClicks(edit, QStringLiteral("deal "));
        selectAll();
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(edit->toPlainText(), QStringLiteral("**deal** ")); // the space stays outside
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("**deal** "));
        QTextCursor inner = edit->textCursor();
        inner.setPosition(2);
        inner.setPosition(6, QTextCursor::KeepAnchor);
        edit->setTextCursor(inner);
        QTest::keyClick(edit, Qt::Key_B, Qt::ControlModifier); // again: plain again
        QCOMPARE(edit->toPlainText(), QStringLiteral("deal "));

        // Ctrl+I is italic here, not the window's details panel.
        edit->clear();
        QTest::keyClick(edit, Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("soon"));
        QCOMPARE(edit->toPlainText(), QStringLiteral("_soon_"));
        QVERIFY(!a->pane->jobPanel()->isVisible());

        // Each line on its own: markup never crosses a line.
        edit->setPlainText(QStringLiteral("old price\nold date"));
        selectAll();
        QTest::keyClick(edit, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(edit->toPlainText(), QStringLiteral("~~old price~~\n~~old date~~"));

        // The code button: inline in a line, a block for lines.
        auto *code = a->pane->findChild<QToolButton *>(QStringLiteral("composerCode"));
        QVERIFY(code && code->isVisible());
        edit->setPlainText(QStringLiteral("run make"));
        inner = edit->textCursor();
        inner.setPosition(4);
        inner.setPosition(8, QTextCursor::KeepAnchor);
        edit->setTextCursor(inner);
        code->click();
        QCOMPARE(edit->toPlainText(), QStringLiteral("run `make`"));
        edit->setPlainText(QStringLiteral("make\nmake install"));
        selectAll();
        code->click();
        QCOMPARE(edit->toPlainText(), QStringLiteral("```\nmake\nmake install\n```"));
        QVERIFY(edit->hasFocus());

        // Live: the bold word is bold, its markers faded, a fenced line monospace.
        edit->setPlainText(QStringLiteral("a **big** deal\n```\nx\n```"));
        const auto formatAt = [&](int block, int at) {
            const QTextBlock b = edit->document()->findBlockByNumber(block);
            for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                if (at >= r.start && at < r.start + r.length)
                    return r.format;
            }
            return QTextCharFormat();
        };
        QTRY_COMPARE(formatAt(0, 4).fontWeight(), int(QFont::Bold));
        QVERIFY(formatAt(0, 0).fontWeight() != int(QFont::Bold));
        QVERIFY(formatAt(0, 2).foreground().color() != edit->palette().color(QPalette::Text));
        QVERIFY(formatAt(0, 2).hasProperty(QTextFormat::ForegroundBrush));
        QVERIFY(!formatAt(2, 0).fontFamilies().toStringList().isEmpty());
        keepShot(a->pane.get(), QStringLiteral("composer-formatting"));

        // The field's menu has them too, with their keys.
        edit->setPlainText(QStringLiteral("tiles"));
        selectAll();
        QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(5, 5),
                                    edit->viewport()->mapToGlobal(QPoint(5, 5)));
        QApplication::sendEvent(edit->viewport(), &menuEvent);
        QMenu *formats = nullptr;
        QTRY_VERIFY((formats = QApplication::activePopupWidget()
                                   ? QApplication::activePopupWidget()->findChild<QMenu *>(
                                         QStringLiteral("composerFormatMenu"))
                                   : nullptr));
        QStringList names;
        for (QAction *action : formats->actions())
            names.append(action->text() + u' ' + action->shortcut().toString());
        QCOMPARE(names, (QStringList{QStringLiteral("Bold Ctrl+B"), QStringLiteral("Italic Ctrl+I"),
                                     QStringLiteral("Strikethrough Ctrl+Shift+X"),
                                     QStringLiteral("Code ")}));
        formats->actions().at(1)->trigger();
        QApplication::activePopupWidget()->close();
        QCOMPARE(edit->toPlainText(), QStringLiteral("_tiles_"));
        edit->clear();
    }

    void shiftEnterEmptyAndTooLong()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        const int before = a->model()->rowCount();

        // Shift+Enter breaks the line, Enter sends both lines.
        QTest::keyClicks(a->editor(), QStringLiteral("line one"));
        QTest::keyClick(a->editor(), Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(a->editor(), QStringLiteral("line two"));
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("line one\nline two"));
        QCOMPARE(a->model()->rowCount(), before);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(bodyOf(a->last()), QStringLiteral("line one\nline two"));
        const int afterFirst = a->model()->rowCount();

        // Empty and whitespace-only messages are not sent.
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTest::keyClicks(a->editor(), QStringLiteral("   "));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(a->model()->rowCount(), afterFirst);

        // Near the limit a live count shows; over it the send is refused, visibly.
        auto *status = a->pane->findChild<QLabel *>(QStringLiteral("composerStatus"));
        QVERIFY(status);
        a->editor()->setPlainText(QString(3900, QLatin1Char('a')));
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().contains(QStringLiteral("Too long")));
        a->editor()->setPlainText(QString(4001, QLatin1Char('a')));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(a->model()->rowCount(), afterFirst);
        QVERIFY(status->isVisible());
        QVERIFY(status->text().contains(QStringLiteral("Too long")));
        QCOMPARE(a->editor()->toPlainText().size(), 4001); // nothing typed is lost
        // 4000 code points of astral characters (8000 UTF-16 units) are fine.
        QString astral;
        for (int i = 0; i < 4000; ++i)
            astral += QString::fromUcs4(U"😀", 1);
        a->editor()->setPlainText(astral);
        QVERIFY(!status->text().contains(QStringLiteral("Too long")));
        a->editor()->clear();
        QVERIFY(!status->isVisible());
        verifyNoRichLabels(a->pane.get());
    }

    void draftsPerConversation()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        QTRY_VERIFY(a->stack->cache->hasConversation(yawConversation));
        a->pane->setConversation(conversation);
        QTest::keyClicks(a->editor(), QStringLiteral("a draft for Kofi"));
        a->pane->setConversation(yawConversation);
        QCOMPARE(a->editor()->toPlainText(), QString());
        QTest::keyClicks(a->editor(), QStringLiteral("for Yaw"));
        a->pane->setConversation(conversation);
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("a draft for Kofi"));
        QCOMPARE(a->stack->cache->draft(conversation), QStringLiteral("a draft for Kofi"));
        // The debounced save lands by itself too.
        QTest::keyClicks(a->editor(), QStringLiteral("!"));
        QTRY_COMPARE(a->stack->cache->draft(conversation), QStringLiteral("a draft for Kofi!"));
        QCOMPARE(a->stack->cache->draft(yawConversation), QStringLiteral("for Yaw"));

        // After a "restart": a new pane over the same cache.
        a->pane = std::make_unique<ChatPane>(*a->services);
        a->pane->setConversation(yawConversation);
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("for Yaw"));

        // Sending clears the draft.
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QCOMPARE(a->stack->cache->draft(yawConversation), QString());
    }

    void upArrowEditsLastMessage()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);
        a->pane->show();
        QTest::keyClicks(a->editor(), QStringLiteral("Original text"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(a->last().data(MessageListModel::SeqRole).toLongLong() > 0, 5000);

        auto *bar = a->pane->findChild<QWidget *>(QStringLiteral("composerEditBar"));
        QVERIFY(bar);
        QTest::keyClick(a->editor(), Qt::Key_Up);
        QVERIFY(a->pane->composer()->isEditing());
        QVERIFY(bar->isVisible());
        QCOMPARE(a->editor()->toPlainText(), QStringLiteral("Original text"));
        // Esc cancels.
        QTest::keyClick(a->editor(), Qt::Key_Escape);
        QVERIFY(!a->pane->composer()->isEditing());
        QVERIFY(!bar->isVisible());
        QCOMPARE(a->editor()->toPlainText(), QString());

        QTest::keyClick(a->editor(), Qt::Key_Up);
        a->editor()->selectAll();
        QTest::keyClicks(a->editor(), QStringLiteral("Edited text"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!a->pane->composer()->isEditing(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(k->model(), QStringLiteral("Edited text")) >= 0, 5000);
        const int row = rowWithBody(k->model(), QStringLiteral("Edited text"));
        QVERIFY(k->model()->index(row, 0).data(MessageListModel::EditedRole).toBool());
        QCOMPARE(rowWithBody(k->model(), QStringLiteral("Original text")), -1);
        QCOMPARE(bodyOf(a->last()), QStringLiteral("Edited text"));
    }

    void hostileBodiesAreShownLiterally()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);
        const QStringList hostile{QStringLiteral("<b>bold</b>"),
                                  QStringLiteral("<img src=x onerror=alert(1)>"),
                                  QStringLiteral("<a href=\"x\">x</a>")};
        for (const QString &body : hostile) {
            a->editor()->setPlainText(body);
            QTest::keyClick(a->editor(), Qt::Key_Return);
        }
        for (const QString &body : hostile) {
            QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(k->model(), body) >= 0, 5000);
            const QModelIndex index = k->model()->index(rowWithBody(k->model(), body), 0);
            QCOMPARE(MessageDelegate::displayedText(index), body);
        }
        k->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(k->pane.get()));
        QVERIFY(!k->pane->grab().isNull());
        verifyNoRichLabels(k->pane.get());

        // Links: found in plain text, sentence punctuation left out.
        const QString text = QStringLiteral("see https://example.com/a?b=1. and http://x.org/p)");
        const auto links = MessageDelegate::findLinks(text);
        QCOMPARE(links.size(), 2);
        QCOMPARE(text.mid(links[0].first, links[0].second),
                 QStringLiteral("https://example.com/a?b=1"));
        QCOMPARE(text.mid(links[1].first, links[1].second), QStringLiteral("http://x.org/p"));
        QVERIFY(
            MessageDelegate::findLinks(QStringLiteral("javascript:alert(1) ftp://x")).isEmpty());
    }

    // Protocol 7.6: the body travels and is stored as typed; the bubble shows
    // it styled, without its markers: a link in bold still opens, a code block
    // wider than the bubble scrolls sideways, the screen reader hears no markup.
    void formattedBodiesAreStyledNotRewritten()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);
        const QString longLine = QStringLiteral("grout --colour=white ") + QString(160, u'x');
        // A link is a contact detail until the booking allows them.
        QNetworkAccessManager network;
        QNetworkRequest patch(fx->url().resolved(
            QUrl(QStringLiteral("/api/v1/system/conversations/") + conversation)));
        patch.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        patch.setRawHeader("X-Service-Key", ServerFixture::defaultConfig().serviceKey.toUtf8());
        std::unique_ptr<QNetworkReply> allowed(
            network.sendCustomRequest(patch, "PATCH", R"({"contactAllowed":true})"));
        QTRY_VERIFY(allowed->isFinished());
        QCOMPARE(allowed->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QTRY_VERIFY(a->stack->cache->conversation(conversation)->conversation.contactAllowed);
        const auto disallow = qScopeGuard([&] {
            std::unique_ptr<QNetworkReply> back(
                network.sendCustomRequest(patch, "PATCH", R"({"contactAllowed":false})"));
            QSignalSpy done(back.get(), &QNetworkReply::finished);
            if (!back->isFinished())
                done.wait(5000);
        });
        const QString body = QStringLiteral("**Deal.** _Saturday_ at 9, ~~Friday~~ is out.\n"
                                            "See **https://kora.example/jobs/42**\n"
                                            "- tiles\n- `grout`\n"
                                            "> you said 9?\n"
                                            "```\n") +
                             longLine + QStringLiteral("\n```");
        a->editor()->setPlainText(body);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(k->model(), body) >= 0, 5000);
        QCOMPARE(bodyOf(a->last()), body); // as typed, on the wire and in the cache

        k->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(k->pane.get()));
        QListView *view = k->pane->messageView();
        auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex index = view->model()->index(view->model()->rowCount() - 1, 0);
        QCOMPARE(bodyOf(index), body);
        view->scrollToBottom();
        QPointF origin;
        const auto shown = delegate->shownText(index, &origin);
        QVERIFY(shown);
        QCOMPARE(shown->text(), QStringLiteral("Deal. Saturday at 9, Friday is out.\n"
                                               "See https://kora.example/jobs/42\n"
                                               "tiles\ngrout\nyou said 9?\n") +
                                    longLine);
        QCOMPARE(shown->lineCount(), 6); // nothing wraps: the code line scrolls instead
        QVERIFY(shown->height() > 0 && shown->width() < view->viewport()->width());

        // The bold link opens what it says.
        QCOMPARE(shown->links().size(), 1);
        const auto [start, length] = shown->links().constFirst();
        QCOMPARE(shown->text().mid(start, length), QStringLiteral("https://kora.example/jobs/42"));
        LinkCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
        const auto unset =
            qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); });
        const QPoint onLink =
            shown->spanRects(start, length).constFirst().translated(origin).center().toPoint();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
        QTRY_COMPARE(catcher.opened,
                     QList<QUrl>{QUrl(QStringLiteral("https://kora.example/jobs/42"))});

        // The code block: wider than the bubble, so Shift+wheel moves it along
        // (and stops at its end); the vertical wheel still scrolls the chat.
        QCOMPARE(shown->scrollableCode().size(), 1);
        const auto box = shown->scrollableCode().constFirst();
        QVERIFY(box.maxScroll > 0);
        const QPointF inCode = box.rect.translated(origin).center();
        const auto wheel = [&](QPoint delta, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(inCode, view->viewport()->mapToGlobal(inCode), QPoint(), delta,
                              Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view->viewport(), &event);
        };
        wheel(QPoint(0, -120), Qt::ShiftModifier);
        QCOMPARE(delegate->codeScroll(index, box.block), 48.0);
        for (int i = 0; i < 100; ++i)
            wheel(QPoint(-120, 0), {});
        QCOMPARE(delegate->codeScroll(index, box.block), box.maxScroll);
        wheel(QPoint(0, 120), {});
        QCOMPARE(delegate->codeScroll(index, box.block), box.maxScroll);
        keepShot(k->pane.get(), QStringLiteral("chatpane-formatting"));

        // Each line has its own direction: Arabic starts on the right, with
        // its quote bar there too; the English list item on the left.
        const QString mixed = QStringLiteral("**مرحبا** بالعالم\n- first point\n> اقتباس قصير");
        a->editor()->setPlainText(mixed);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(k->model(), mixed) >= 0, 5000);
        view->scrollToBottom();
        const QModelIndex mixedIndex = view->model()->index(view->model()->rowCount() - 1, 0);
        const auto both = delegate->shownText(mixedIndex);
        QVERIFY(both);
        QCOMPARE(both->text(), QStringLiteral("مرحبا بالعالم\nfirst point\nاقتباس قصير"));
        const QRectF arabic = both->spanRects(0, 13).constFirst();
        const QRectF english = both->spanRects(14, 11).constFirst();
        const QRectF quoted = both->spanRects(26, 11).constFirst();
        QVERIFY2(qAbs(arabic.right() - both->width()) <= 1.5,
                 qPrintable(QString::number(arabic.right())));
        QVERIFY2(english.left() > 8, qPrintable(QString::number(english.left()))); // behind "•"
        QVERIFY(quoted.right() < both->width() - 8); // room for the bar on the right
        keepShot(k->pane.get(), QStringLiteral("chatpane-formatting-mixed"));

        // Heard without markup.
        const QString spoken = MessageDelegate::accessibleText(index);
        QVERIFY2(spoken.contains(QStringLiteral("Deal. Saturday at 9")), qPrintable(spoken));
        QVERIFY2(!spoken.contains(QStringLiteral("**")), qPrintable(spoken));
    }

    void offlineSendsWaitThenGoInOrder()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen() != 0);
        const QUrl url = proxy.url();
        auto a = session(ama, QStringLiteral("Ama"), url);
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        a->pane->setConversation(conversation);
        k->pane->setConversation(conversation);

        // The server goes away.
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY_WITH_TIMEOUT(!a->stack->socket.isConnected(), 5000);
        const QStringList bodies{QStringLiteral("offline one"), QStringLiteral("offline two"),
                                 QStringLiteral("offline three")};
        for (const QString &body : bodies) {
            QTest::keyClicks(a->editor(), body);
            QTest::keyClick(a->editor(), Qt::Key_Return);
        }
        for (int i = 0; i < 3; ++i) {
            const QModelIndex index = a->last(2 - i);
            QCOMPARE(bodyOf(index), bodies[i]);
            QCOMPARE(statusOf(index), DeliveryState::Sending);
        }

        // It comes back: all three go, in order.
        proxy.setRefuse(false);
        QTRY_VERIFY_WITH_TIMEOUT(a->stack->socket.isConnected(), 10000);
        for (int i = 0; i < 3; ++i)
            QTRY_VERIFY_WITH_TIMEOUT(statusOf(a->last(2 - i)) != DeliveryState::Sending, 10000);
        qint64 previous = 0;
        for (int i = 0; i < 3; ++i) {
            const QModelIndex index = a->last(2 - i);
            QCOMPARE(bodyOf(index), bodies[i]);
            const qint64 seq = index.data(MessageListModel::SeqRole).toLongLong();
            QVERIFY(seq > previous);
            previous = seq;
        }
        QTRY_COMPARE_WITH_TIMEOUT(bodyOf(k->last()), bodies[2], 5000);
        QCOMPARE(bodyOf(k->last(1)), bodies[1]);
        QCOMPARE(bodyOf(k->last(2)), bodies[0]);
    }

    void paintsManyMessages_data()
    {
        QTest::addColumn<bool>("rtl");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("file");
        QTest::newRow("ltr") << false << false << QStringLiteral("/tmp/kora-chatpane.png");
        QTest::newRow("rtl") << true << false << QStringLiteral("/tmp/kora-chatpane-rtl.png");
        QTest::newRow("dark") << false << true << QStringLiteral("/tmp/kora-chatpane-dark.png");
    }

    void paintsManyMessages()
    {
        QFETCH(bool, rtl);
        QFETCH(bool, dark);
        QFETCH(QString, file);
        if (rtl)
            QApplication::setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });

        // A client that never connects, over a cache filled by hand.
        auto a = session(ama, QStringLiteral("Ama"), {}, false);
        QVERIFY(a);
        auto &cache = *a->stack->cache;
        const QString id = QStringLiteral("paint-test");
        kora::proto::Conversation c;
        c.id = id;
        c.type = QStringLiteral("direct");
        c.jobId = QStringLiteral("J-1042");
        c.jobTitle = QStringLiteral("Kitchen renovation: tiling, plumbing and a new worktop "
                                    "(Küchenrenovierung mit Fliesenarbeiten)");
        kora::proto::Participant me;
        me.user.id = ama.userId;
        me.user.name = QStringLiteral("Ama Mensah");
        me.user.role = QStringLiteral("worker");
        me.lastReadSeq = 190;
        me.lastDeliveredSeq = 200;
        kora::proto::Participant peer;
        peer.user.id = kofi.userId;
        peer.user.name = QStringLiteral("Kofi Boateng");
        peer.user.role = QStringLiteral("hirer");
        peer.user.lastSeenAt = QDateTime::currentDateTime().addSecs(-3600);
        peer.lastReadSeq = 185;
        peer.lastDeliveredSeq = 195;
        c.participants = {me, peer};
        c.lastSeq = 200;
        c.createdAt = QDateTime::currentDateTimeUtc().addDays(-5);
        c.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(cache.upsertConversations({c}));

        const QStringList samples{
            QStringLiteral("Hi!"),
            QStringLiteral("Can you come on Monday at 9? The tiles arrive on Saturday."),
            QStringLiteral("مرحبا، هل يمكنك أن تأتي يوم الاثنين؟ البلاط يصل يوم السبت."),
            QStringLiteral("Here is the plan: https://example.com/projects/kitchen-renovation/"
                           "plans/2024/final-version-with-measurements?download=1&format=pdf"),
            QStringLiteral("<b>bold</b> and <img src=x onerror=alert(1)> stay literal"),
            QStringLiteral("Line one\nLine two\nLine three"),
            QString(QStringLiteral("A long one. ")).repeated(40),
            QStringLiteral("👍"),
        };
        QList<kora::proto::Message> messages;
        // A fixed time of day: where the day separators fall (and so which
        // rows are taller) must not depend on when the test runs.
        const QDateTime start(QDate::currentDate().addDays(-3), QTime(8, 0));
        for (int i = 1; i <= 200; ++i) {
            kora::proto::Message m;
            m.id = QStringLiteral("m%1").arg(i);
            m.clientId = QStringLiteral("c%1").arg(i);
            m.conversationId = id;
            m.seq = i;
            m.updatedSeq = i;
            m.senderId = (i % 3 == 0) ? kofi.userId : ama.userId;
            m.kind = i == 100 ? QStringLiteral("system") : QStringLiteral("text");
            m.body = i == 100 ? QStringLiteral("Kofi Boateng hired Ama Mensah for “Kitchen "
                                               "renovation”")
                              : samples[(i * 7) % samples.size()];
            m.createdAt = start.addSecs(i * 1500);
            if (i % 17 == 0)
                m.editedAt = m.createdAt.addSecs(60);
            if (i == 198) {
                m.deleted = true;
                m.body.clear();
            }
            messages.append(m);
        }
        QVERIFY(cache.storeMessages(messages, true));
        QVERIFY(cache.setSyncedSeq(id, 200));
        QVERIFY(a->services->outbox.send(id, QStringLiteral("Waiting to go (offline)")));
        QVERIFY(a->services->outbox.send(id, QStringLiteral("This one was refused")));
        const QString failedClientId = cache.outbox().last().clientId;
        QVERIFY(cache.markFailed(failedClientId,
                                 {QStringLiteral("too_large"),
                                  QStringLiteral("The message is over the size limit"), 0}));

        a->pane = std::make_unique<ChatPane>(*a->services);
        if (dark) {
            QPalette pal;
            pal.setColor(QPalette::Window, QColor(0x24, 0x27, 0x2e));
            pal.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            pal.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x22));
            pal.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x35));
            pal.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            pal.setColor(QPalette::Button, QColor(0x30, 0x33, 0x3b));
            pal.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            pal.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
            pal.setColor(QPalette::Link, QColor(0x5a, 0x9c, 0xff));
            pal.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa8));
            a->pane->setPalette(pal);
        }
        a->pane->resize(560, 900);
        a->pane->setConversation(id);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QTest::keyClicks(a->editor(), QStringLiteral("A draft being typed"));
        QListView *view = a->pane->messageView();
        QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(view->verticalScrollBar()->value(), view->verticalScrollBar()->maximum());

        // Heights follow the text: the long message is taller than a short one.
        const auto *model = a->model();
        const int longRow = rowWithBody(model, samples[6]);
        const int shortRow = rowWithBody(model, samples[0]);
        QVERIFY(longRow >= 0 && shortRow >= 0);
        QVERIFY(view->visualRect(view->model()->index(longRow, 0)).height() >
                2 * view->visualRect(view->model()->index(shortRow, 0)).height());

        const QPixmap pixmap = a->pane->grab();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.save(file));
        // A close-up of the newest bubbles (ticks, failure actions) to look at.
        const QPixmap zoom =
            pixmap.copy(QRect(pixmap.width() / 2, pixmap.height() - 360, pixmap.width() / 2, 300))
                .scaled(pixmap.width() * 3 / 2, 900, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QVERIFY(
            zoom.save(QString(file).replace(QStringLiteral(".png"), QStringLiteral("-zoom.png"))));

        // Scrolled to the top: older rows come in above, the reading position stays.
        const int rowsBefore = model->rowCount();
        QScrollBar *bar = view->verticalScrollBar();
        bar->setValue(bar->minimum() + 1);
        const QModelIndex top = view->indexAt(QPoint(10, 1));
        const qint64 topId = top.data(MessageListModel::LocalIdRole).toLongLong();
        bar->setValue(bar->minimum());
        QTRY_VERIFY(model->rowCount() > rowsBefore);
        const int row = model->rowOfLocalId(topId);
        QVERIFY(row >= 0);
        const int topNow = view->visualRect(view->model()->index(row, 0)).top();
        QVERIFY2(qAbs(topNow) <= 2, qPrintable(QString::number(topNow)));
        // Away from the bottom: the jump button shows; it brings the newest back.
        auto *jump = a->pane->findChild<QWidget *>(QStringLiteral("chatJumpToLatest"));
        QVERIFY(jump);
        QTRY_VERIFY(jump->isVisible());
        // It sits under the rows, over no bubble.
        QApplication::processEvents();
        auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QRect jumpInView = jump->geometry();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, 0);
            const QRect bubble = delegate->bubbleRect(index).translated(view->viewport()->pos());
            if (bubble.isValid() && view->viewport()->geometry().intersects(bubble))
                QVERIFY2(!bubble.intersects(jumpInView), qPrintable(QString::number(r)));
        }
        QVERIFY(jumpInView.top() >= view->viewport()->geometry().bottom());
        const QPixmap middle = a->pane->grab();
        QVERIFY(
            middle.save(QString(file).replace(QStringLiteral(".png"), QStringLiteral("-top.png"))));
        QTest::mouseClick(jump, Qt::LeftButton);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(!jump->isVisible());

        // Painting every row once does not crash.
        for (int v = 0; v < bar->maximum(); v += view->viewport()->height())
            bar->setValue(v), (void)view->viewport()->grab();
    }

    // Row geometry is cached per row and width; after every kind of change
    // (an edit, a delete, a new row below, the unread marker moving, another
    // width) each row's height is what a delegate that never saw the rows says.
    void cachedGeometryFollowsEveryChange()
    {
        QTemporaryDir cacheDir;
        auto opened = kora::models::Cache::open(cacheDir.filePath(QStringLiteral("g.sqlite3")));
        QVERIFY(opened);
        kora::models::Cache &cache = **opened;
        const QString id = QStringLiteral("geometry");
        kora::proto::Conversation c;
        c.id = id;
        c.type = QStringLiteral("direct");
        for (const QString &user : {ama.userId, kofi.userId})
            c.participants.append({{user, user, QStringLiteral("worker"), {}, false, {}}, 0, 0});
        QVERIFY(cache.upsertConversations({c}));
        const QDateTime start(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        const auto message = [&](int seq, const QString &sender, const QString &body) {
            kora::proto::Message m;
            m.id = QStringLiteral("g%1").arg(seq);
            m.clientId = QStringLiteral("gc%1").arg(seq);
            m.conversationId = id;
            m.seq = m.updatedSeq = seq;
            m.senderId = sender;
            m.kind = QStringLiteral("text");
            m.body = body;
            m.createdAt = start.addSecs(seq * 60);
            return m;
        };
        QList<kora::proto::Message> rows;
        for (int seq = 1; seq <= 6; ++seq)
            rows.append(message(seq, seq % 3 == 0 ? ama.userId : kofi.userId,
                                QStringLiteral("Row %1 of the plan").arg(seq)));
        QVERIFY(cache.storeMessages(rows, true));
        MessageListModel model(cache, id, ama.userId);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 6);

        MessageDelegate cached;
        QStyleOptionViewItem option;
        option.direction = QApplication::layoutDirection();
        option.palette = QApplication::palette();
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        const auto sameAsFresh = [&](int width) {
            option.rect = QRect(0, 0, width, 0);
            MessageDelegate fresh;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row, 0);
                const int once = cached.sizeHint(option, index).height();
                if (cached.sizeHint(option, index).height() != once ||
                    fresh.sizeHint(option, index).height() != once) {
                    qWarning("row %d at width %d: cached %d, fresh %d", row, width, once,
                             fresh.sizeHint(option, index).height());
                    return false;
                }
            }
            return true;
        };
        QVERIFY(sameAsFresh(480));
        const int shortHeight = cached.sizeHint(option, model.index(1, 0)).height();

        // An edit that makes a row long: taller, and the same as fresh.
        kora::proto::Message edited =
            message(2, kofi.userId, QString(QStringLiteral("Much longer now. ")).repeated(30));
        edited.updatedSeq = 7;
        edited.editedAt = edited.createdAt.addSecs(30);
        QVERIFY(cache.storeMessages({edited}));
        QTRY_VERIFY(bodyOf(model.index(1, 0)).startsWith(QStringLiteral("Much longer")));
        QVERIFY(cached.sizeHint(option, model.index(1, 0)).height() > 2 * shortHeight);
        QVERIFY(sameAsFresh(480));
        // A narrower view: the long row is taller still.
        const int wide = cached.sizeHint(option, model.index(1, 0)).height();
        QVERIFY(sameAsFresh(260));
        QVERIFY(cached.sizeHint(option, model.index(1, 0)).height() > wide);

        // A delete turns a row into its placeholder; a new row from the same
        // sender below the last one changes how that one is grouped.
        kora::proto::Message deleted = message(4, kofi.userId, QString());
        deleted.deleted = true;
        deleted.updatedSeq = 8;
        QVERIFY(cache.storeMessages(
            {deleted, message(9, kofi.userId, QStringLiteral("And one more"))}));
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(model.index(3, 0).data(MessageListModel::DeletedRole).toBool());
        QVERIFY(sameAsFresh(480));
        QVERIFY(sameAsFresh(260));

        // A reply grows by its quote; its original edited and then deleted
        // changes the quote (a derived role of the reply's row).
        kora::proto::Message reply = message(10, ama.userId, QStringLiteral("Yes"));
        reply.replyToId = QStringLiteral("g1");
        QVERIFY(cache.storeMessages({reply}));
        QTRY_COMPARE(model.rowCount(), 8);
        QVERIFY(model.index(7, 0).data(MessageListModel::ReplyPreviewRole).isValid());
        const int plainYes = [&] {
            MessageDelegate fresh;
            option.rect = QRect(0, 0, 480, 0);
            return fresh.sizeHint(option, model.index(6, 0)).height(); // "And one more"
        }();
        QVERIFY(cached.sizeHint(option, model.index(7, 0)).height() > plainYes + 10);
        QVERIFY(sameAsFresh(480));
        kora::proto::Message original = message(1, kofi.userId, QStringLiteral("Short"));
        original.updatedSeq = 11;
        original.editedAt = original.createdAt.addSecs(10);
        QVERIFY(cache.storeMessages({original}));
        QTRY_COMPARE(model.index(7, 0)
                         .data(MessageListModel::ReplyPreviewRole)
                         .toMap()
                         .value(QStringLiteral("body"))
                         .toString(),
                     QStringLiteral("Short"));
        QVERIFY(sameAsFresh(480));
        QVERIFY(sameAsFresh(260));
        original.deleted = true;
        original.updatedSeq = 12;
        QVERIFY(cache.storeMessages({original}));
        QTRY_VERIFY(model.index(7, 0)
                        .data(MessageListModel::ReplyPreviewRole)
                        .toMap()
                        .value(QStringLiteral("deleted"))
                        .toBool());
        QVERIFY(sameAsFresh(480));

        // Reactions: chips under the bubble make the row taller; many wrap at a
        // narrow width; a toggle of mine still in the outbox counts as well.
        kora::proto::Message reacted = message(9, kofi.userId, QStringLiteral("And one more"));
        reacted.updatedSeq = 13;
        reacted.reactions = {{QStringLiteral("👍"), {ama.userId}}};
        QVERIFY(cache.storeMessages({reacted}));
        QTRY_COMPARE(model.index(6, 0).data(MessageListModel::ReactionsRole).toList().size(), 1);
        QVERIFY(cached.sizeHint(option, model.index(6, 0)).height() > plainYes + 10);
        QVERIFY(sameAsFresh(480));
        for (const char *emoji : {"🎉", "🔥", "👀", "✅", "🙏", "😂", "💯"})
            reacted.reactions.append({QString::fromUtf8(emoji), {kofi.userId}});
        reacted.updatedSeq = 14;
        QVERIFY(cache.storeMessages({reacted}));
        QTRY_COMPARE(model.index(6, 0).data(MessageListModel::ReactionsRole).toList().size(), 8);
        QVERIFY(sameAsFresh(480));
        QVERIFY(sameAsFresh(160));
        kora::models::OutboxEntry toggle;
        toggle.clientId = QStringLiteral("gr1");
        toggle.conversationId = id;
        toggle.kind = QStringLiteral("react");
        toggle.body = QStringLiteral("❤️");
        toggle.targetId = QStringLiteral("g9");
        toggle.reactOn = true;
        QVERIFY(cache.enqueueReaction(toggle));
        QTRY_COMPARE(model.index(6, 0).data(MessageListModel::ReactionsRole).toList().size(), 9);
        QVERIFY(sameAsFresh(480));
        QVERIFY(sameAsFresh(160));
        // Taken back by everyone: the row is as tall as before.
        QVERIFY(cache.discard(toggle.clientId));
        reacted.reactions.clear();
        reacted.updatedSeq = 15;
        QVERIFY(cache.storeMessages({reacted}));
        QTRY_VERIFY(model.index(6, 0).data(MessageListModel::ReactionsRole).toList().isEmpty());
        QVERIFY(sameAsFresh(480));
        option.rect = QRect(0, 0, 480, 0);
        QCOMPARE(cached.sizeHint(option, model.index(6, 0)).height(), plainYes);
    }

    // History that only the server has: scrolling to the top shows the loading
    // row while the page is on its way, then the older messages come in above
    // with the reading position kept, until the first message is reached.
    void olderHistoryFromServerShowsLoadingRow()
    {
        const QString id = fx->directConversation(yaw, kofi);
        QVERIFY(!id.isEmpty());
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages").arg(id);
        for (int i = 1; i <= 130; ++i)
            QCOMPARE(fx->post(path, i % 2 ? kofi.token : yaw.token,
                              kora::test::textMessage(QStringLiteral("history %1").arg(i)))
                         .status,
                     201);

        auto y = session(yaw, QStringLiteral("Yaw"));
        QVERIFY(y);
        QTRY_VERIFY(y->stack->cache->hasConversation(id));
        y->pane->setConversation(id);
        y->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(y->pane.get()));
        auto *model = y->model();
        QTRY_VERIFY(rowWithBody(model, QStringLiteral("history 130")) >= 0);
        QTRY_VERIFY(rowWithBody(model, QStringLiteral("history 1")) < 0);
        auto *loading = y->pane->findChild<QLabel *>(QStringLiteral("chatLoadingOlder"));
        QVERIFY(loading);
        QVERIFY(!loading->isVisible());

        // Whenever loading starts, the row is on screen (recorded right after the pane's own slot).
        QList<bool> shownWhileLoading;
        connect(model, &MessageListModel::loadingOlderChanged, loading, [&](bool on) {
            if (on)
                shownWhileLoading.append(loading->isVisible());
        });

        QListView *view = y->pane->messageView();
        QScrollBar *bar = view->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        int pages = 0;
        while (rowWithBody(model, QStringLiteral("history 1")) < 0 && pages < 10) {
            ++pages;
            const int rowsBefore = model->rowCount();
            bar->setValue(bar->minimum() + 1);
            const qint64 topId =
                view->indexAt(QPoint(10, 1)).data(MessageListModel::LocalIdRole).toLongLong();
            bar->setValue(bar->minimum());
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > rowsBefore, 10000);
            QTRY_VERIFY(!model->isLoadingOlder());
            QTRY_VERIFY(!loading->isVisible());
            const int row = model->rowOfLocalId(topId);
            QVERIFY(row >= 0);
            const int topNow = view->visualRect(view->model()->index(row, 0)).top();
            QVERIFY2(qAbs(topNow) <= 2, qPrintable(QString::number(topNow)));
        }
        QVERIFY(rowWithBody(model, QStringLiteral("history 1")) >= 0);
        QVERIFY(!shownWhileLoading.isEmpty());
        QVERIFY(!shownWhileLoading.contains(false));
        // At the start of the conversation nothing more is asked for.
        bar->setValue(bar->minimum());
        QVERIFY(!model->isLoadingOlder());
        QVERIFY(!loading->isVisible());
    }

    // A refused message shows Retry and Discard in its bubble; clicking them
    // (on the spot the delegate drew them) sends it again or drops it.
    void failedBubbleRetryAndDiscardClicks()
    {
        auto a = session(ama, QStringLiteral("Ama"), {}, false);
        QVERIFY(a);
        auto &outbox = a->services->outbox;
        auto &cache = *a->stack->cache;
        const QString keep = QStringLiteral("retry me %1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString drop =
            QStringLiteral("discard me %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(outbox.send(conversation, keep));
        const QString keepId = cache.outbox().last().clientId;
        QVERIFY(outbox.send(conversation, drop));
        const QString dropId = cache.outbox().last().clientId;
        for (const QString &clientId : {keepId, dropId})
            QVERIFY(cache.markFailed(clientId, {QStringLiteral("rate_limited"),
                                                QStringLiteral("Too many messages"), 0}));

        a->pane->setConversation(conversation);
        a->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        QListView *view = a->pane->messageView();
        auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        auto *model = a->model();
        QTRY_VERIFY(rowWithBody(model, keep) >= 0 && rowWithBody(model, drop) >= 0);
        QCOMPARE(statusOf(model->index(rowWithBody(model, keep), 0)), DeliveryState::Failed);

        // Online now: the failed ones stay failed until the user says otherwise.
        QSignalSpy synced(a->stack->sync.get(), &kora::models::SyncEngine::syncFinished);
        a->stack->socket.open();
        QVERIFY(synced.wait(10000));
        QCOMPARE(statusOf(model->index(rowWithBody(model, keep), 0)), DeliveryState::Failed);

        const auto spotOf = [&](const QString &body, MessageDelegate::Hit hit) {
            view->scrollToBottom();
            const QModelIndex index = view->model()->index(rowWithBody(model, body), 0);
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.font = view->font();
            option.direction = view->layoutDirection();
            option.rect = view->visualRect(index);
            for (int y = option.rect.top(); y < option.rect.bottom(); y += 2) {
                for (int x = option.rect.left(); x < option.rect.right(); x += 2) {
                    if (delegate->hitTest(option, index, QPoint(x, y)).hit == hit)
                        return QPoint(x, y);
                }
            }
            return QPoint(-1, -1);
        };

        const QPoint retry = spotOf(keep, MessageDelegate::Hit::Retry);
        QVERIFY(retry.x() >= 0);
        QSignalSpy acked(&outbox, &kora::models::Outbox::acknowledged);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, retry);
        QTRY_VERIFY_WITH_TIMEOUT(!acked.isEmpty(), 10000);
        QCOMPARE(acked.first().at(0).toString(), keepId);
        QTRY_VERIFY(statusOf(model->index(rowWithBody(model, keep), 0)) >= DeliveryState::Sent);
        QCOMPARE(statusOf(model->index(rowWithBody(model, drop), 0)), DeliveryState::Failed);

        const QPoint discard = spotOf(drop, MessageDelegate::Hit::Discard);
        QVERIFY(discard.x() >= 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, discard);
        QTRY_COMPARE(rowWithBody(model, drop), -1);
        QVERIFY(cache.outbox().isEmpty());
        QVERIFY(rowWithBody(model, keep) >= 0);

        // By keyboard, on the message picked in the list: Enter retries, Delete discards.
        const QString keyed =
            QStringLiteral("retry me by key %1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString dropKeyed =
            QStringLiteral("discard me by key %1").arg(QDateTime::currentMSecsSinceEpoch());
        for (const QString &body : {keyed, dropKeyed}) {
            QVERIFY(outbox.send(conversation, body));
            QVERIFY(
                cache.markFailed(cache.outbox().last().clientId,
                                 {QStringLiteral("rate_limited"), QStringLiteral("Too many"), 0}));
        }
        QTRY_VERIFY(rowWithBody(model, keyed) >= 0 && rowWithBody(model, dropKeyed) >= 0);
        QTRY_COMPARE(statusOf(model->index(rowWithBody(model, keyed), 0)), DeliveryState::Failed);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowWithBody(model, keyed), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusOf(model->index(rowWithBody(model, keyed), 0)) >= DeliveryState::Sent, 10000);
        view->setCurrentIndex(view->model()->index(rowWithBody(model, dropKeyed), 0));
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(rowWithBody(model, dropKeyed), -1);
        QVERIFY(cache.outbox().isEmpty());

        // Tab walks the picked bubble's buttons (a screen reader hears each as
        // a button), Enter presses the one the ring is on; past the last, Tab
        // leaves the list as usual.
        const QString tabbed =
            QStringLiteral("tab to my buttons %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(outbox.send(conversation, tabbed));
        QVERIFY(cache.markFailed(cache.outbox().last().clientId,
                                 {QStringLiteral("rate_limited"), QStringLiteral("Too many"), 0}));
        QTRY_VERIFY(rowWithBody(model, tabbed) >= 0);
        QTRY_COMPARE(statusOf(model->index(rowWithBody(model, tabbed), 0)), DeliveryState::Failed);
        // (A focus event carries the button to a screen reader; the offscreen
        // platform has no accessibility bridge to hear it, so the button
        // itself is read.)
        const auto heard = [](kora::ui::BubbleControls *c) {
            QAccessibleInterface *button = c->currentAccessible();
            return button ? std::pair(button->text(QAccessible::Name), button->role())
                          : std::pair(QString(), QAccessible::NoRole);
        };
        kora::ui::BubbleControls *controls = a->pane->bubbleControls();
        QVERIFY(controls);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowWithBody(model, tabbed), 0));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(controls->currentName(), QStringLiteral("Retry"));
        QCOMPARE(heard(controls), std::pair(QStringLiteral("Retry"), QAccessible::Button));
        QVERIFY(controls->currentAccessible()->state().focused);
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(controls->currentName(), QStringLiteral("Discard"));
        QCOMPARE(heard(controls), std::pair(QStringLiteral("Discard"), QAccessible::Button));
        keepShot(a->pane.get(), QStringLiteral("chat-bubble-control-ring"));
        QTest::keyClick(view, Qt::Key_Backtab);
        QCOMPARE(controls->currentName(), QStringLiteral("Retry"));
        QTest::keyClick(view, Qt::Key_Tab);
        // The screen reader's Press on Discard does what a click does.
        QAccessibleInterface *button = controls->currentAccessible();
        QVERIFY(button && button->actionInterface());
        QVERIFY(button->actionInterface()->actionNames().contains(
            QAccessibleActionInterface::pressAction()));
        QVERIFY(!button->rect().isEmpty());
        button->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QTRY_COMPARE(rowWithBody(model, tabbed), -1);
        QCOMPARE(controls->current(), -1);
        // A message with no buttons: Tab goes on to the next widget.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rowWithBody(model, keep), 0));
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(controls->current(), -1);
        QTRY_VERIFY(!view->hasFocus());

        // The server holds the retried one and never saw the discarded one.
        const auto page =
            fx->get(QStringLiteral("/api/v1/conversations/%1/messages?limit=200").arg(conversation),
                    kofi.token);
        QCOMPARE(page.status, 200);
        const QByteArray bytes = page.body;
        QVERIFY(bytes.contains(keep.toUtf8()));
        QVERIFY(!bytes.contains(drop.toUtf8()));
        QVERIFY(bytes.contains(keyed.toUtf8()));
        QVERIFY(!bytes.contains(dropKeyed.toUtf8()));
    }

    void cleanupTestCase() { fx.reset(); }
};

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
