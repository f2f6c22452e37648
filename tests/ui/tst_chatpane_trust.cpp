// Blocking and reporting in the chat pane (protocol 7.4), through the real
// widgets against a real in-process kora-server, two clients, offscreen:
// block from the ⋮ menu (asked once), the other window's send refused with a
// readable reason, the blocked bar in place of the composer and Unblock; a
// message reported from its context menu lands in support's queue once, and
// one reported offline arrives once after reconnect. Right to left too.
// The contact guard (protocol 7.5) with the server in mask mode: the notice
// under the composer (Edit, Send anyway), [hidden] in both windows, the
// operator command allowing contact details live; the safety banner of a
// new conversation. Quick replies: saved in the manage dialog, exported and
// imported, inserted with "/" or the button, placeholders filled from the
// conversation. The details panel and booking cards, filled from the
// marketplace's system messages (meta). KORA_SCREENSHOT_DIR keeps the PNGs
// (else /tmp).
#include "BlockList.h"
#include "BlockedBar.h"
#include "BookingStatus.h"
#include "Cache.h"
#include "ChatHeader.h"
#include "ChatPane.h"
#include "ClientStack.h"
#include "Composer.h"
#include "ConnectionState.h"
#include "ContactNotice.h"
#include "FaultProxy.h"
#include "GroupActions.h"
#include "GroupDialog.h"
#include "JobPanel.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "QuickReplies.h"
#include "QuickRepliesDialog.h"
#include "QuickReplyPicker.h"
#include "ReactionActions.h"
#include "ReportDialog.h"
#include "SafetyBanner.h"
#include "ServerFixture.h"
#include "SignedInClient.h"
#include "TrustActions.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
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

QString bodyOf(const QModelIndex &index)
{
    return index.data(MessageListModel::BodyRole).toString();
}

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

// A job or booking update from the marketplace, through the operator command.
bool postSystemMessage(const QUrl &server, const QString &conversationId, const QString &body,
                       const QJsonObject &meta)
{
    QProcess script;
    script.setProgram(QStringLiteral(KORA_SCRIPTS_DIR "/post-system-message"));
    script.setArguments({QStringLiteral("--server"), server.toString(), QStringLiteral("--key"),
                         ServerFixture::defaultConfig().serviceKey,
                         QStringLiteral("--conversation"), conversationId, QStringLiteral("--meta"),
                         QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)),
                         body});
    QSignalSpy finished(&script, &QProcess::finished);
    script.start();
    if (!finished.wait(15000) || script.exitCode() != 0) {
        qWarning("post-system-message: %s", script.readAllStandardError().constData());
        return false;
    }
    return true;
}

// What the marketplace runs once a booking is confirmed: the operator command.
bool setContactAllowed(const QUrl &server, const QString &conversationId, bool allowed)
{
    QProcess script;
    script.setProgram(QStringLiteral(KORA_SCRIPTS_DIR "/set-contact-allowed"));
    script.setArguments({QStringLiteral("--server"), server.toString(), QStringLiteral("--key"),
                         ServerFixture::defaultConfig().serviceKey, conversationId,
                         allowed ? QStringLiteral("on") : QStringLiteral("off")});
    QSignalSpy finished(&script, &QProcess::finished);
    script.start();
    if (!finished.wait(15000) || script.exitCode() != 0) {
        qWarning("set-contact-allowed: %s", script.readAllStandardError().constData());
        return false;
    }
    return true;
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
            SignedInClient::Connect connect = SignedInClient::Connect::WaitForSync,
            const QString &conversationId = {})
    {
        auto s = SignedInClient::create(
            url.isEmpty() ? fx->url() : url, who.token, who.userId, name,
            dir.filePath(QStringLiteral("%1-%2.sqlite3").arg(name).arg(++sessions)), connect);
        if (s) {
            s->makeChatPane(560, 520);
            s->pane->setConversation(conversationId.isEmpty() ? conversation : conversationId);
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
        auto config = ServerFixture::defaultConfig();
        config.contactGuard = kora::server::ContactGuardMode::Mask;
        fx = std::make_unique<ServerFixture>(config);
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
        const QUrl url = proxy.url();
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

    // Mask mode: contact details in a conversation that does not allow them
    // are asked about first, then stored and shown as [hidden]; once the
    // operator command allows them they go as written, unasked.
    void contactDetailsAskedAboutThenMasked()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        auto k = session(kofi, QStringLiteral("Kofi"));
        QVERIFY(a && k);
        kora::ui::ContactNotice *notice = a->composer()->contactNotice();
        const int rows = a->model()->rowCount();

        // Enter holds the message: the notice says why, the text stays.
        const QString withPhone = QStringLiteral("Call me on +233 24 123 4567 tonight");
        a->editor()->setPlainText(withPhone);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(notice->isVisible());
        QVERIFY(notice->label()->text().contains(
            kora::ui::ContactNotice::tr("Keep payments and contact on Kora")));
        QCOMPARE(a->editor()->toPlainText(), withPhone);
        QCOMPARE(a->model()->rowCount(), rows);
        QCOMPARE(a->stack->cache->pendingCount(), 0);
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("contact-notice"))));

        // Edit keeps the text; taking the number out sends it unasked.
        notice->editButton()->click();
        QVERIFY(!notice->isVisible());
        a->editor()->setPlainText(withPhone);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(notice->isVisible());
        a->editor()->setPlainText(QStringLiteral("Call me tonight at 8 pm"));
        QVERIFY(!notice->isVisible()); // the details are gone, and so is the notice
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(!notice->isVisible());
        QCOMPARE(a->model()->rowCount(), rows + 1);
        QTRY_COMPARE(a->last().data(MessageListModel::StatusRole).toInt() >=
                         int(MessageListModel::Status::Sent),
                     true);
        QCOMPARE(a->last().data(MessageListModel::FlagsRole).toStringList(), QStringList());

        // Send anyway: the server keeps [hidden] in place of the number, in
        // the ack (my bubble) and in Kofi's window, flagged as masked.
        a->editor()->setPlainText(withPhone);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(notice->isVisible());
        notice->sendAnywayButton()->click();
        QVERIFY(!notice->isVisible());
        QVERIFY(a->editor()->toPlainText().isEmpty());
        const QString masked = QStringLiteral("Call me on [hidden] tonight");
        QTRY_COMPARE(a->last().data(MessageListModel::BodyRole).toString(), masked);
        QCOMPARE(a->last().data(MessageListModel::FlagsRole).toStringList(),
                 QStringList{QStringLiteral("contact_masked")});
        QTRY_COMPARE(k->last().data(MessageListModel::BodyRole).toString(), masked);
        QCOMPARE(k->last().data(MessageListModel::FlagsRole).toStringList(),
                 QStringList{QStringLiteral("contact_masked")});
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("contact-masked"))));
        // Kept in the cache: read back from the file, the flags are there.
        const auto cached = k->stack->cache->messages(conversation, 1);
        QCOMPARE(cached.size(), 1);
        QCOMPARE(cached.first().message.flags, QStringList{QStringLiteral("contact_masked")});

        // The booking is confirmed: the marketplace allows contact details.
        QVERIFY(setContactAllowed(fx->url(), conversation, true));
        QTRY_VERIFY(a->stack->cache->conversation(conversation)->conversation.contactAllowed);
        a->editor()->setPlainText(withPhone);
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(!notice->isVisible());
        QTRY_COMPARE(k->last().data(MessageListModel::BodyRole).toString(), withPhone);
        QCOMPARE(k->last().data(MessageListModel::FlagsRole).toStringList(),
                 QStringList{QStringLiteral("contact_info")});
        QTRY_COMPARE(a->last().data(MessageListModel::StatusRole).toInt() >=
                         int(MessageListModel::Status::Sent),
                     true);

        // And back: asked again.
        QVERIFY(setContactAllowed(fx->url(), conversation, false));
        QTRY_VERIFY(!a->stack->cache->conversation(conversation)->conversation.contactAllowed);
        a->editor()->setPlainText(QStringLiteral("mail me: ama@example.com"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(notice->isVisible());
        notice->editButton()->click();
        a->editor()->clear();
    }

    // A new direct conversation opens with the safety banner, until one
    // closes it (remembered) or the marketplace allows contact details.
    void safetyBannerOnANewConversation()
    {
        const auto yaw = fx->login(QStringLiteral("yaw"));
        const auto efua = fx->login(QStringLiteral("efua"));
        const QString fresh = fx->directConversation(yaw, efua);
        QVERIFY(!fresh.isEmpty());
        auto y =
            session(yaw, QStringLiteral("Yaw"), {}, SignedInClient::Connect::WaitForSync, fresh);
        auto e =
            session(efua, QStringLiteral("Efua"), {}, SignedInClient::Connect::WaitForSync, fresh);
        QVERIFY(y && e);
        QTRY_VERIFY(y->pane->safetyBanner()->isVisible());
        QTRY_VERIFY(e->pane->safetyBanner()->isVisible());
        QVERIFY(y->pane->safetyBanner()->label()->text().contains(
            kora::ui::SafetyBanner::tr("keep payments and contact details on Kora")));
        QVERIFY(y->pane->grab().save(screenshot(QStringLiteral("safety-banner"))));
        // Closed once, closed for good (a new pane on the same cache).
        y->pane->safetyBanner()->closeButton()->click();
        QVERIFY(!y->pane->safetyBanner()->isVisible());
        y->makeChatPane(560, 520);
        y->pane->setConversation(fresh);
        y->pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(y->pane.get()));
        QVERIFY(!y->pane->safetyBanner()->isVisible());

        // Efua's goes by itself when the booking allows contact details.
        QVERIFY(setContactAllowed(fx->url(), fresh, true));
        QTRY_VERIFY(!e->pane->safetyBanner()->isVisible());
    }

    void quickRepliesWithPlaceholders()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        kora::ui::Composer *composer = a->composer();
        kora::models::QuickReplies &replies = a->session->quickReplies();
        QCOMPARE(replies.rowCount(), 0);

        // Written in the manage dialog.
        composer->openQuickReplies();
        kora::ui::QuickRepliesDialog *dialog = composer->quickRepliesDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->button(QStringLiteral("quickRepliesExport"))->isEnabled());
        dialog->button(QStringLiteral("quickRepliesAdd"))->click();
        kora::ui::QuickReplyEditor *editor = dialog->editor();
        QVERIFY(editor && editor->isVisible());
        QVERIFY(!editor->saveButton()->isEnabled()); // no text yet
        editor->titleEdit()->setText(QStringLiteral("Start date"));
        editor->textEdit()->setPlainText(
            QStringLiteral("Hi {first_name}, I can start {job} on Monday."));
        editor->saveButton()->click();
        QTRY_COMPARE(replies.rowCount(), 1);
        QCOMPARE(dialog->list()->currentIndex().row(), 0);

        // Exported, then a broken file refused without losing anything.
        const QString exported = dir.filePath(QStringLiteral("replies.json"));
        QVERIFY(dialog->exportTo(exported));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"format":"kora-quick-replies","version":1,"replies":[{"text":7}]})");
        }
        QVERIFY(!dialog->importFrom(broken));
        QVERIFY(dialog->message()->isVisible());
        QVERIFY(dialog->message()->text().contains(QStringLiteral("1")));
        QVERIFY(!dialog->importFrom(dir.filePath(QStringLiteral("missing.json"))));
        QCOMPARE(replies.rowCount(), 1);
        QVERIFY(dialog->importFrom(exported)); // nothing new in it
        QCOMPARE(replies.rowCount(), 1);
        QVERIFY(
            replies.add(QStringLiteral("Price"), QStringLiteral("My price for {job} is fixed.")));
        QVERIFY(dialog->grab().save(screenshot(QStringLiteral("quick-replies-dialog"))));
        dialog->close();

        // "/" and a word: the matching replies above the field; Enter puts
        // the filled text in place of "/word", nothing is sent.
        const int rows = a->model()->rowCount();
        a->editor()->setFocus();
        QTest::keyClicks(a->editor(), QStringLiteral("/sta"));
        kora::ui::QuickReplyPicker *picker = composer->quickReplyPicker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->count(), 1);
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("quick-reply-picker"))));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        const QString filled =
            QStringLiteral("Hi Kofi, I can start %1 on Monday.")
                .arg(a->stack->cache->conversation(conversation)->conversation.jobTitle);
        QVERIFY(!filled.contains(QLatin1Char('{')));
        QCOMPARE(a->editor()->toPlainText(), filled);
        QCOMPARE(a->model()->rowCount(), rows);

        // Up/Down choose; Esc closes; a word that matches nothing says so.
        a->editor()->clear();
        QTest::keyClicks(a->editor(), QStringLiteral("/"));
        QCOMPARE(picker->count(), 2);
        QTest::keyClick(a->editor(), Qt::Key_Down);
        QTest::keyClick(a->editor(), Qt::Key_Tab);
        QVERIFY(a->editor()->toPlainText().startsWith(QStringLiteral("My price for")));
        a->editor()->clear();
        QTest::keyClicks(a->editor(), QStringLiteral("/zzz"));
        QCOMPARE(picker->count(), 0);
        QVERIFY(picker->hint()->isVisible());
        QTest::keyClick(a->editor(), Qt::Key_Escape);
        QVERIFY(!picker->isVisible());
        a->editor()->clear();
    }

    // Booking news from the marketplace: cards with their status in the chat,
    // and the details panel (Ctrl+I) with the person, the job, the pair's jobs
    // and every update; a fresh cache gets the same from the history.
    void detailsPanelAndBookingCards()
    {
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        const QString job = a->stack->cache->conversation(conversation)->conversation.jobId;
        const QString title = a->stack->cache->conversation(conversation)->conversation.jobTitle;
        QVERIFY(!job.isEmpty());
        const QJsonObject requested{{QStringLiteral("type"), QStringLiteral("booking")},
                                    {QStringLiteral("status"), QStringLiteral("requested")},
                                    {QStringLiteral("jobId"), job}};
        QVERIFY(postSystemMessage(fx->url(), conversation,
                                  QStringLiteral("Kofi asked to book Ama for Tue 14:00"),
                                  requested));
        QJsonObject confirmed = requested;
        confirmed.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
        QVERIFY(postSystemMessage(fx->url(), conversation,
                                  QStringLiteral("Booking confirmed for Tue 14:00"), confirmed));
        const QJsonObject earlier{{QStringLiteral("status"), QStringLiteral("completed")},
                                  {QStringLiteral("jobId"), QStringLiteral("JOB-0999")},
                                  {QStringLiteral("jobTitle"), QStringLiteral("Bathroom grout")}};
        QVERIFY(postSystemMessage(fx->url(), conversation,
                                  QStringLiteral("Job completed and paid. Thank you!"), earlier));
        const QJsonObject unknown{{QStringLiteral("status"), QStringLiteral("teleported")}};
        QVERIFY(
            postSystemMessage(fx->url(), conversation, QStringLiteral("Note from Kora"), unknown));
        QTRY_COMPARE(a->last().data(MessageListModel::BodyRole).toString(),
                     QStringLiteral("Note from Kora"));

        // In the chat: a card for each known status, a plain line for the rest.
        QCOMPARE(kora::ui::BookingStatus::of(a->last()), QString());
        QCOMPARE(kora::ui::BookingStatus::of(a->last(1)), QStringLiteral("completed"));
        QCOMPARE(kora::ui::BookingStatus::of(a->last(2)), QStringLiteral("confirmed"));
        QCOMPARE(kora::ui::BookingStatus::of(a->last(3)), QStringLiteral("requested"));
        QCOMPARE(a->last(2).data(MessageListModel::MetaRole).toMap().value(QStringLiteral("jobId")),
                 QVariant(job));
        const QRect card = a->pane->messageDelegate()->bubbleRect(a->last(2));
        const QRect line = a->pane->messageDelegate()->bubbleRect(a->last());
        QVERIFY(card.width() > line.width());
        QVERIFY(card.height() > line.height()); // the chip above the text

        // The panel: shut until asked; Ctrl+Shift+I and the header button
        // toggle it (Ctrl+I is italic in the composer).
        kora::ui::JobPanel *panel = a->pane->jobPanel();
        QVERIFY(!panel->isVisible());
        a->pane->resize(900, 560);
        QTest::keyClick(a->editor(), Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel->isVisible());
        QVERIFY(a->pane->header()->detailsButton()->isChecked());
        QCOMPARE(panel->personLabel()->text(), QStringLiteral("Kofi Asante"));
        QVERIFY(panel->sinceLabel()->text().contains(
            QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
        QVERIFY(panel->jobLabel()->text().contains(title));
        QVERIFY(panel->jobLabel()->text().contains(job));
        // One row per job, newest first, with its latest status.
        QCOMPARE(panel->jobRows().size(), 2);
        QVERIFY(panel->jobRows().at(0).contains(QStringLiteral("Bathroom grout")));
        QVERIFY(panel->jobRows().at(0).contains(
            kora::ui::BookingStatus::text(QStringLiteral("completed"))));
        QVERIFY(panel->jobRows().at(1).contains(title));
        QVERIFY(panel->jobRows().at(1).contains(
            kora::ui::BookingStatus::text(QStringLiteral("confirmed"))));
        QCOMPARE(panel->updateRows().size(), 4);
        QVERIFY(panel->updateRows().at(0).contains(QStringLiteral("Note from Kora")));
        QApplication::processEvents(); // the panel's layout, for the picture only
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("details-panel"))));

        // Live: a new update shows while the panel is open.
        QJsonObject cancelled = confirmed;
        cancelled.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        QVERIFY(postSystemMessage(fx->url(), conversation,
                                  QStringLiteral("Booking cancelled by Kofi"), cancelled));
        QTRY_COMPARE(panel->updateRows().size(), 5);
        QVERIFY(panel->jobRows().at(0).contains(
            kora::ui::BookingStatus::text(QStringLiteral("cancelled"))));

        a->pane->header()->detailsButton()->click();
        QVERIFY(!panel->isVisible());

        // Another device, another cache: the history brings the meta too.
        auto fresh = session(ama, QStringLiteral("Ama"));
        QVERIFY(fresh);
        QTRY_COMPARE(kora::ui::BookingStatus::of(fresh->last()), QStringLiteral("cancelled"));
        QCOMPARE(kora::ui::BookingStatus::of(fresh->last(2)), QStringLiteral("completed"));
    }

    void groupMadeRenamedGrownAndLeft()
    {
        // Ama makes a group with Kofi from the New group dialog.
        auto a = session(ama, QStringLiteral("Ama"));
        QVERIFY(a);
        auto *make = new kora::ui::GroupDialog(*a->services, a->pane.get());
        make->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy opened(make, &kora::ui::GroupDialog::conversationOpened);
        make->show();
        auto *create = make->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!create->isEnabled()); // no name, nobody ticked
        make->titleEdit()->setText(QStringLiteral("Crew"));
        auto itemFor = [](QListWidget *list, const QString &name) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->text().startsWith(name))
                    return list->item(i);
            return nullptr;
        };
        QTRY_VERIFY(itemFor(make->people(), QStringLiteral("Kofi Asante")));
        QVERIFY(!itemFor(make->people(), QStringLiteral("Ama Mensah"))); // not oneself
        QVERIFY(!create->isEnabled());
        itemFor(make->people(), QStringLiteral("Kofi Asante"))->setCheckState(Qt::Checked);
        QVERIFY(create->isEnabled());
        QVERIFY(make->grab().save(screenshot(QStringLiteral("new-group"))));
        create->click();
        QVERIFY(opened.count() == 1 || opened.wait(10000));
        const QString group = opened.at(0).at(0).toString();
        const auto onServer = fx->get(QStringLiteral("/api/v1/conversations/") + group, kofi.token);
        QCOMPARE(onServer.status, 200);
        QCOMPARE(onServer.json.value(QLatin1String("title")).toString(), QStringLiteral("Crew"));
        auto members = [&](SignedInClient &c) {
            return c.stack->cache->participants(group).size();
        };
        QCOMPARE(members(*a), 2);

        // Its owner's menu: rename, add, remove, leave (and report).
        a->pane->setConversation(group);
        kora::ui::GroupActions *groups = a->pane->groupActions();
        QVERIFY(groups->isOwner());
        const QStringList menu = moreMenu(*a->pane);
        for (const char *name : {"groupRenameAction", "groupAddAction", "groupRemoveMenu",
                                 "groupLeaveAction", "chatReportConversationAction"})
            QVERIFY2(menu.contains(QLatin1String(name)), name);
        QVERIFY(!menu.contains(QStringLiteral("chatBlockAction"))); // a group has no one peer

        // Renamed: the title everywhere, and the line that says so.
        moreAction(*a->pane, QStringLiteral("groupRenameAction"))->trigger();
        QVERIFY(groups->renameDialog());
        QCOMPARE(groups->renameDialog()->textValue(), QStringLiteral("Crew"));
        groups->renameDialog()->setTextValue(QStringLiteral("  Crew 2  "));
        groups->renameDialog()->accept();
        QTRY_COMPARE(a->stack->cache->conversation(group)->conversation.title,
                     QStringLiteral("Crew 2"));
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Ama Mensah renamed the group to “Crew 2”"));
        // Shown from the line's meta in Ama's language, as hers.
        QCOMPARE(kora::ui::MessageDelegate::displayedText(a->last()),
                 QStringLiteral("You renamed the group to “Crew 2”"));

        // Yaw is added; who is in already is not offered.
        const auto yaw = fx->login(QStringLiteral("yaw"));
        moreAction(*a->pane, QStringLiteral("groupAddAction"))->trigger();
        kora::ui::GroupDialog *add = groups->addDialog();
        QVERIFY(add && !add->titleEdit());
        QTRY_VERIFY(itemFor(add->people(), QStringLiteral("Yaw Boateng")));
        QVERIFY(!itemFor(add->people(), QStringLiteral("Kofi Asante")));
        itemFor(add->people(), QStringLiteral("Yaw Boateng"))->setCheckState(Qt::Checked);
        add->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE(members(*a), 3);
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Ama Mensah added Yaw Boateng"));

        // Kofi is not the owner: no Remove; he leaves, asked once, and his
        // window keeps the history but no composer.
        auto k =
            session(kofi, QStringLiteral("Kofi"), {}, SignedInClient::Connect::WaitForSync, group);
        QVERIFY(k);
        QTRY_COMPARE(members(*k), 3);
        QVERIFY(!moreMenu(*k->pane).contains(QStringLiteral("groupRemoveMenu")));
        moreAction(*k->pane, QStringLiteral("groupLeaveAction"))->trigger();
        QMessageBox *leave = k->pane->groupActions()->leaveQuestion();
        QVERIFY(leave && leave->text().contains(QStringLiteral("Crew 2")));
        for (QAbstractButton *b : leave->buttons())
            if (leave->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        QTRY_VERIFY(k->pane->blockedBar()->isVisible());
        QVERIFY(!k->composer()->isVisible());
        QVERIFY(k->pane->blockedBar()
                    ->findChild<QLabel *>(QStringLiteral("chatBlockedText"))
                    ->text()
                    .contains(QStringLiteral("no longer in this group")));
        QVERIFY(!moreMenu(*k->pane).contains(QStringLiteral("groupLeaveAction")));
        QVERIFY(k->pane->grab().save(screenshot(QStringLiteral("left-group"))));
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Kofi Asante left"));
        QCOMPARE(kora::ui::MessageDelegate::displayedText(a->last()),
                 QStringLiteral("Kofi Asante left"));
        QTRY_COMPARE(members(*a), 2);

        // The owner removes Yaw from the Remove submenu.
        moreMenu(*a->pane);
        auto *removeMenu = a->pane->header()->moreButton()->menu()->findChild<QAction *>(
            QStringLiteral("groupRemoveMenu"));
        QVERIFY(removeMenu && removeMenu->menu());
        QCOMPARE(removeMenu->menu()->actions().size(), 1);
        QCOMPARE(removeMenu->menu()->actions().at(0)->text(), QStringLiteral("Yaw Boateng"));
        removeMenu->menu()->actions().at(0)->trigger();
        QTRY_COMPARE(members(*a), 1);
        QTRY_COMPARE(bodyOf(a->last()), QStringLiteral("Ama Mensah removed Yaw Boateng"));
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("group-lines"))));

        // A refusal becomes a notice in words: Yaw is not in it any more.
        QSignalSpy notice(groups, &kora::ui::GroupActions::notice);
        groups->remove(yaw.userId, QStringLiteral("Yaw Boateng"));
        QVERIFY(notice.wait(10000));
        QCOMPARE(notice.at(0).at(0).toString(),
                 QStringLiteral("Could not remove Yaw Boateng: That person or conversation no "
                                "longer exists."));
        QCOMPARE(members(*a), 1);
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
        // The details panel mirrors to the left; the contact notice's buttons too.
        a->pane->resize(900, 520);
        a->pane->setDetailsShown(true);
        QVERIFY(a->pane->jobPanel()->mapTo(a->pane.get(), QPoint()).x() < a->pane->width() / 2);
        a->editor()->setPlainText(QStringLiteral("اتصل بي على ‎+233 24 123 4567"));
        QTest::keyClick(a->editor(), Qt::Key_Return);
        kora::ui::ContactNotice *notice = a->composer()->contactNotice();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->sendAnywayButton()->mapTo(a->pane.get(), QPoint()).x() <
                a->pane->width() / 2);
        QApplication::processEvents(); // the panel's layout, for the picture only
        QVERIFY(a->pane->grab().save(screenshot(QStringLiteral("details-rtl"))));
        notice->editButton()->click();
        a->editor()->clear();
        a->pane->setDetailsShown(false);
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
