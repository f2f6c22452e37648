// What kora:// links do in a signed-in client against a real in-process
// kora-server (offscreen): a link kept while signed out is acted on once a
// window is there; kora://chat names the person and the job and does nothing
// until "Open conversation"; refusals say why.
#include "Cache.h"
#include "ChatPane.h"
#include "LinkConfirmDialog.h"
#include "LinkHandler.h"
#include "MainWindow.h"
#include "MessageDelegate.h"
#include "ServerFixture.h"
#include "SignedInClient.h"
#include "Translations.h"

#include <QApplication>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kora;
using namespace Qt::StringLiterals;

class TestLinks : public QObject
{
    Q_OBJECT

private:
    struct Client
    {
        std::unique_ptr<SignedInClient> client;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<ui::MainWindow> window;
    };

    Client signIn(test::ServerFixture &server, const test::ServerFixture::Login &login,
                  const QString &name)
    {
        Client c;
        c.client = SignedInClient::create(
            server.url(), login.token, login.userId, name,
            m_dir->filePath(name + QString::number(++m_count) + u"/cache.sqlite3"_s),
            SignedInClient::Connect::No);
        if (!c.client)
            return c;
        c.settings = std::make_unique<QSettings>(
            m_dir->filePath(name + QString::number(m_count) + u".ini"_s), QSettings::IniFormat);
        c.window = std::make_unique<ui::MainWindow>(*c.client->services, *c.settings);
        c.window->resize(900, 600);
        c.window->show();
        return c;
    }

    // KORA_SCREENSHOT_DIR=<dir>: saves what the test sees, to look at (never committed).
    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + u".png"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_count = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        app::installTranslations(*qApp, u"en"_s);
    }

    // A long title and a right-to-left layout: the dialog wraps, stays a
    // dialog's width and keeps both buttons inside it.
    void confirmDialogLongAndRightToLeft()
    {
        proto::User user;
        user.id = u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s;
        user.name = u"Abena Serwaa Oforiwaa Amponsah-Mensah"_s;
        user.role = u"worker"_s;
        QString title;
        while (title.size() < 190)
            title += u"Repaint the kitchen walls "_s;
        qApp->setLayoutDirection(Qt::RightToLeft);
        const auto restore = qScopeGuard([] { qApp->setLayoutDirection(Qt::LeftToRight); });
        ui::LinkConfirmDialog dialog(user, u"job-2026-000123"_s, title.trimmed());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QVERIFY2(dialog.width() <= 640, qPrintable(QString::number(dialog.width())));
        QVERIFY(dialog.rect().contains(dialog.openButton()->geometry()));
        QVERIFY(dialog.jobText().contains(u"job-2026-000123"_s));
        shot(&dialog, u"link-confirm-rtl-long"_s);
    }

    // Kept while signed out, opened after the first sync of the new window.
    void conversationLinkWaitsForSignIn()
    {
        test::ServerFixture server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const auto ama = server.login(u"ama"_s);
        const auto kofi = server.login(u"kofi"_s);
        const QString id = server.directConversation(ama, kofi);
        const auto posted = server.post(u"/api/v1/conversations/%1/messages"_s.arg(id), kofi.token,
                                        test::textMessage(u"The invoice is attached"_s));
        QCOMPARE(posted.status, 201);
        const QString messageId = posted.json.value("id"_L1).toString();

        app::LinkHandler links;
        QSignalSpy deferred(&links, &app::LinkHandler::deferred);
        QSignalSpy opened(&links, &app::LinkHandler::conversationOpened);
        links.open(u"kora://conversation/"_s + id);
        QCOMPARE(deferred.size(), 1);
        QVERIFY(links.hasPending());

        Client c = signIn(server, ama, u"ama"_s);
        QVERIFY(c.client);
        links.setTarget(c.client->services.get(), c.window.get());
        QVERIFY(c.client->openAndSync());
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), id);
        QVERIFY(!links.hasPending());

        // A link to one message ("Copy link to message"): the chat opens there, highlighted.
        links.open(u"kora://conversation/"_s + id + u"/message/"_s + messageId);
        QTRY_COMPARE(opened.size(), 2);
        ui::ChatPane *chat = c.window->chatPane();
        QCOMPARE(chat->conversationId(), id);
        QTRY_VERIFY(chat->messageDelegate()->highlighted() != 0);
        const auto cached = c.client->stack->cache->messages(id, 50);
        qint64 localId = 0;
        for (const auto &m : cached) {
            if (m.message.id == messageId)
                localId = m.localId;
        }
        QCOMPARE(chat->messageDelegate()->highlighted(), localId);

        // A conversation that is not one's own: refused once synced.
        QSignalSpy refused(&links, &app::LinkHandler::refused);
        links.open(u"kora://conversation/00000000-0000-4000-8000-000000000000"_s);
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().first().toString(),
                 u"This conversation is not one of yours, or it no longer exists."_s);
        QCOMPARE(opened.size(), 2); // the two links above, not this one
        links.setTarget(nullptr, nullptr);
    }

    void chatLinkAsksFirst()
    {
        test::ServerFixture server;
        QVERIFY2(server.ok(), qPrintable(server.error()));
        const auto kofi = server.login(u"kofi"_s);
        const auto yaw = server.login(u"yaw"_s); // no conversation with Kofi yet
        Client c = signIn(server, kofi, u"kofi"_s);
        QVERIFY(c.client);
        app::LinkHandler links;
        links.setTarget(c.client->services.get(), c.window.get());
        QVERIFY(c.client->openAndSync());
        const int before = int(c.client->services->cache.conversations().size());
        QSignalSpy opened(&links, &app::LinkHandler::conversationOpened);
        QSignalSpy refused(&links, &app::LinkHandler::refused);

        const QString link = u"kora://chat?user="_s + yaw.userId +
                             u"&jobId=job-9&jobTitle=Fix%20the%20kitchen%20sink"_s;
        links.open(link);
        QTRY_VERIFY(links.confirmDialog() && links.confirmDialog()->isVisible());
        ui::LinkConfirmDialog *dialog = links.confirmDialog();
        QCOMPARE(dialog->personText(), u"Yaw Boateng (worker)"_s);
        QCOMPARE(dialog->jobText(), u"About the job “Fix the kitchen sink” (job-9)"_s);
        shot(dialog, u"link-confirm"_s);
        // Enter does not say yes: Cancel is the default button.
        QVERIFY(!dialog->openButton()->isDefault());
        dialog->reject();
        QTRY_VERIFY(!links.confirmDialog());
        QCOMPARE(int(c.client->services->cache.conversations().size()), before);
        QCOMPARE(opened.size(), 0);

        // Asked again, and this time opened: get-or-create with the job.
        links.open(link);
        QTRY_VERIFY(links.confirmDialog() && links.confirmDialog()->isVisible());
        links.confirmDialog()->openButton()->click();
        QTRY_COMPARE(opened.size(), 1);
        const auto conversation =
            c.client->services->cache.conversation(opened.first().first().toString());
        QVERIFY(conversation);
        QCOMPARE(conversation->conversation.jobId, u"job-9"_s);
        QCOMPARE(conversation->conversation.jobTitle, u"Fix the kitchen sink"_s);
        QCOMPARE(refused.size(), 0);

        // Nobody by that id, oneself, and a broken link: refused with a reason.
        links.open(u"kora://chat?user=00000000-0000-4000-8000-000000000000"_s);
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.last().first().toString(),
                 u"No one you can write to matches this link."_s);
        links.open(u"kora://chat?user="_s + kofi.userId);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.last().first().toString(),
                 u"This link is for a conversation with yourself."_s);
        links.open(u"kora://chat?user="_s + yaw.userId + u"&jobId=1&jobTitle=%3Cb%3Ex%3C/b%3E"_s);
        QCOMPARE(refused.size(), 3);
        QCOMPARE(refused.last().first().toString(),
                 u"Kora cannot open this link. The link's job title contains characters Kora "
                 u"does not accept."_s);
        QCOMPARE(opened.size(), 1);
        links.setTarget(nullptr, nullptr);
    }
};

QTEST_MAIN(TestLinks)
#include "tst_links.moc"
