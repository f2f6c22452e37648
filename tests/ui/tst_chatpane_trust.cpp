// Blocking and reporting in the chat pane (protocol 7.4), through the real
// widgets against a real in-process kora-server, two clients, offscreen:
// block from the ⋮ menu (asked once), the other window's send refused with a
// readable reason, the blocked bar in place of the composer and Unblock; a
// message reported from its context menu lands in support's queue once, and
// one reported offline arrives once after reconnect. Right to left too.
// KORA_SCREENSHOT_DIR keeps the PNGs (else /tmp).
#include "BlockList.h"
#include "BlockedBar.h"
#include "ChatHeader.h"
#include "ChatPane.h"
#include "ClientStack.h"
#include "Composer.h"
#include "ConnectionState.h"
#include "FaultProxy.h"
#include "MessageListModel.h"
#include "ReactionActions.h"
#include "ReportDialog.h"
#include "ServerFixture.h"
#include "SignedInClient.h"
#include "TrustActions.h"

#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using kora::models::MessageListModel;
using kora::test::ServerFixture;
using kora::ui::ReportDialog;
using kora::ui::TrustActions;

namespace {

QString screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR", QStringLiteral("/tmp"));
    return dir + QStringLiteral("/kora-trust-") + name + QStringLiteral(".png");
}

// The names of the actions the ⋮ menu offers now (its aboutToShow fills it).
QStringList moreMenu(kora::ui::ChatPane &pane)
{
    QMenu *menu = pane.header()->moreButton()->menu();
    Q_EMIT menu->aboutToShow();
    QStringList names;
    for (QAction *a : menu->actions())
        names.append(a->objectName());
    return names;
}

QAction *moreAction(kora::ui::ChatPane &pane, const QString &name)
{
    moreMenu(pane);
    return pane.header()->moreButton()->menu()->findChild<QAction *>(name);
}

} // namespace

class TestChatPaneTrust : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi, support;
    QString conversation;
    QTemporaryDir dir;
    int sessions = 0;

    std::unique_ptr<SignedInClient>
    session(const ServerFixture::Login &who, const QString &name, const QUrl &url = {},
            SignedInClient::Connect connect = SignedInClient::Connect::WaitForSync)
    {
        auto s = SignedInClient::create(
            url.isEmpty() ? fx->url() : url, who.token, who.userId, name,
            dir.filePath(QStringLiteral("%1-%2.sqlite3").arg(name).arg(++sessions)), connect);
        if (s) {
            s->makeChatPane(560, 520);
            s->pane->setConversation(conversation);
            s->pane->show(); // the bar and the composer swap visibility
            if (!QTest::qWaitForWindowExposed(s->pane.get()))
                return nullptr;
        }
        return s;
    }

    QJsonArray reports()
    {
        return fx->get(QStringLiteral("/api/v1/admin/reports"), support.token)
            .json.value(QLatin1String("reports"))
            .toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        support = fx->login(QStringLiteral("support"));
        conversation = fx->directConversation(ama, kofi);
        QVERIFY(!conversation.isEmpty());
    }

    void blockFromTheMenuThenUnblock()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        TrustActions *trust = a->pane->trustActions();
        QVERIFY(!trust->peerName().isEmpty());
        QCOMPARE(moreMenu(*a->pane), (QStringList{QStringLiteral("chatBlockAction"),
                                                  QStringLiteral("chatReportConversationAction")}));

        // Asked once; Cancel blocks nothing.
        moreAction(*a->pane, QStringLiteral("chatBlockAction"))->trigger();
        QMessageBox *question = trust->blockQuestion();
        QVERIFY(question && question->isVisible());
        QVERIFY(question->text().contains(trust->peerName()));
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!trust->blockQuestion());
        QVERIFY(!trust->peerBlocked());

        moreAction(*a->pane, QStringLiteral("chatBlockAction"))->trigger();
        question = trust->blockQuestion();
        QVERIFY(question);
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : question->buttons())
            if (question->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        QVERIFY(yes);
        yes->click();
        QTRY_VERIFY(trust->peerBlocked());
        // The composer gives way to the bar; the notice says it is done.
        QTRY_VERIFY(a->pane->blockedBar()->isVisible());
        QVERIFY(!a->composer()->isVisible());
        QVERIFY(a->pane->blockedBar()
                    ->findChild<QLabel *>(QStringLiteral("chatBlockedText"))
                    ->text()
                    .contains(trust->peerName()));
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("blocked"))));

        // Kofi's window: the send fails for good, in words.
        k->editor()->setPlainText(QStringLiteral("Why no answer?"));
        QTest::keyClick(k->editor(), Qt::Key_Return);
        QTRY_COMPARE(k->last().data(MessageListModel::StatusRole).toInt(),
                     int(MessageListModel::Status::Failed));
        QCOMPARE(k->last().data(MessageListModel::FailureRole).toString(),
                 MessageListModel::tr("you cannot write to this person"));

        // The ⋮ menu now offers Unblock; the bar's button does it too.
        QVERIFY(moreAction(*a->pane, QStringLiteral("chatBlockAction"))
                    ->text()
                    .startsWith(TrustActions::tr("Unblock %1").arg(QString()).trimmed()));
        a->pane->blockedBar()->unblockButton()->click();
        QTRY_VERIFY(!trust->peerBlocked());
        QTRY_VERIFY(a->composer()->isVisible());
        QVERIFY(!a->pane->blockedBar()->isVisible());
        k->session->retry(k->last().data(MessageListModel::ClientIdRole).toString());
        QTRY_COMPARE(k->last().data(MessageListModel::StatusRole).toInt() >=
                         int(MessageListModel::Status::Sent),
                     true);
    }

    void reportAMessageFromItsMenu()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        const qsizetype before = reports().size();
        k->editor()->setPlainText(QStringLiteral("Pay me on my phone, cheaper"));
        QTest::keyClick(k->editor(), Qt::Key_Return);
        QTRY_COMPARE(a->last().data(MessageListModel::BodyRole).toString(),
                     QStringLiteral("Pay me on my phone, cheaper"));
        const QString messageId = a->last().data(MessageListModel::IdRole).toString();

        // Only others' messages can be reported; the menu has it, by name.
        TrustActions *trust = a->pane->trustActions();
        QVERIFY(trust->canReport(a->last()));
        QVERIFY(!trust->canReport(k->last()));
        QMenu menu;
        trust->addTo(menu, a->last());
        QAction *report = menu.findChild<QAction *>(QStringLiteral("chatReportMessageAction"));
        QVERIFY(report);
        report->trigger();
        ReportDialog *dialog = trust->reportDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->sendButton()->isEnabled()); // no reason yet
        dialog->setNote(QString(ReportDialog::maxNote + 1, QLatin1Char('x')));
        dialog->chooseReason(QStringLiteral("off_platform_payment"));
        QVERIFY(!dialog->sendButton()->isEnabled()); // too long
        dialog->setNote(QStringLiteral("Wants cash outside the app."));
        QVERIFY(dialog->sendButton()->isEnabled());
        QVERIFY(dialog->grab().save(screenshot(QStringLiteral("dialog"))));
        dialog->sendButton()->click();

        QTRY_COMPARE(reports().size(), before + 1);
        const QJsonObject stored = reports().first().toObject();
        QCOMPARE(stored.value(QLatin1String("messageId")).toString(), messageId);
        QCOMPARE(stored.value(QLatin1String("reason")).toString(),
                 QStringLiteral("off_platform_payment"));
        QCOMPARE(stored.value(QLatin1String("note")).toString(),
                 QStringLiteral("Wants cash outside the app."));
        QTRY_VERIFY(a->pane->reactionActions()->notice()->isVisible());
        QCOMPARE(a->pane->reactionActions()->notice()->text(),
                 TrustActions::tr("Your report reached Kora support. Thank you."));
        QVERIFY(!trust->peerBlocked()); // "Also block" was not ticked
    }

    // Written offline, with "Also block" ticked: the report waits in the
    // outbox and arrives once when the server is reachable again.
    void reportWrittenOfflineArrivesOnce()
    {
        FaultProxy proxy(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy.listen());
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
        auto a = session(ama, QStringLiteral("Ama"), url);
        QVERIFY(a);
        const qsizetype before = reports().size();
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY(!a->session->connection().isConnected());

        moreAction(*a->pane, QStringLiteral("chatReportConversationAction"))->trigger();
        ReportDialog *dialog = a->pane->trustActions()->reportDialog();
        QVERIFY(dialog);
        dialog->chooseReason(QStringLiteral("harassment"));
        dialog->sendButton()->click();
        QTRY_COMPARE(a->pane->reactionActions()->notice()->text(),
                     TrustActions::tr("Your report will be sent when you are back online."));
        QCOMPARE(a->stack->cache->pendingCount(), 1);

        proxy.setRefuse(false);
        QTRY_VERIFY_WITH_TIMEOUT(a->session->connection().isConnected(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(a->stack->cache->pendingCount(), 0, 15000);
        QCOMPARE(reports().size(), before + 1);
        const QJsonObject stored = reports().first().toObject();
        QCOMPARE(stored.value(QLatin1String("reason")).toString(), QStringLiteral("harassment"));
        QVERIFY(!stored.contains(QLatin1String("messageId")));
    }

    void rightToLeftAndSupportMode()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        QPushButton *unblock = a->pane->blockedBar()->unblockButton();
        std::optional<kora::models::Result<bool>> done;
        a->session->blocks().setBlocked(kofi.userId, QStringLiteral("Kofi"), true, this,
                                        [&](kora::models::Result<bool> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QTRY_VERIFY(a->pane->blockedBar()->isVisible());
        // Unblock sits at the leading edge's far side: the left, right to left.
        QVERIFY(unblock->mapTo(a->pane.get(), QPoint()).x() < a->pane->width() / 2);
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("blocked-rtl"))));
        unblock->click();
        QTRY_VERIFY(!a->pane->blockedBar()->isVisible());
        QApplication::setLayoutDirection(Qt::LeftToRight);

        // Support is read-only: no ⋮ menu, nothing to report.
        auto s = SignedInClient::create(
            fx->url(), support.token, support.userId, QStringLiteral("Support"),
            dir.filePath(QStringLiteral("support.sqlite3")), SignedInClient::Connect::No);
        QVERIFY(s);
        s->services->supportMode = true;
        s->makeChatPane(560, 520);
        s->pane->setConversation(conversation);
        QVERIFY(s->pane->header()->moreButton()->isHidden());
        QMenu menu;
        s->pane->trustActions()->addConversationActions(menu);
        QVERIFY(menu.isEmpty());
    }
};

QTEST_MAIN(TestChatPaneTrust)
#include "tst_chatpane_trust.moc"
