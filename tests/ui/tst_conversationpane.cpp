// The conversation list pane against a real in-process kora-server: listing
// by activity, search, a live message moving a row up with its badge,
// archive/unarchive from the row menu, "New conversation", keyboard
// navigation, hostile text shown literally, and screenshots to look at.
#include "ClientStack.h"
#include "ServerFixture.h"

#include "Avatar.h"
#include "ConnectionState.h"
#include "ConversationDelegate.h"
#include "ConversationListModel.h"
#include "ConversationPane.h"
#include "NewConversationDialog.h"
#include "SearchDialog.h"
#include "SearchResults.h"
#include "SignedInClient.h"
#include "protocol/Json.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using kora::models::ConversationListModel;
using kora::models::SearchResults;
using kora::test::ServerFixture;
using kora::ui::ConversationDelegate;
using kora::ui::ConversationPane;
using kora::ui::NewConversationDialog;

namespace {

QString idAt(const QAbstractItemModel *model, int row)
{
    return model->index(row, 0).data(ConversationListModel::IdRole).toString();
}

int rowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (idAt(model, row) == id)
            return row;
    }
    return -1;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x22, 0x26), base(0x17, 0x19, 0x1c), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x13));
    return p;
}

} // namespace

class TestConversationPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void avatarInitials()
    {
        QCOMPARE(kora::ui::initialsOf(QStringLiteral("Ama Mensah")), QStringLiteral("AM"));
        QCOMPARE(kora::ui::initialsOf(QStringLiteral("  kofi  ")), QStringLiteral("K"));
        QCOMPARE(kora::ui::initialsOf(QStringLiteral("<b>Not bold</b>")), QStringLiteral("BB"));
        QCOMPARE(kora::ui::initialsOf(QStringLiteral("(Yaw) Boateng Jr")), QStringLiteral("YB"));
        QCOMPARE(kora::ui::initialsOf(QString::fromUtf8("\xF0\x9D\x90\x80lpha Beta")),
                 QString::fromUtf8("\xF0\x9D\x90\x80"
                                   "B")); // a letter outside the BMP stays whole
        QCOMPARE(kora::ui::initialsOf(QStringLiteral("...")), QString());
    }

    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        QVERIFY(dir.isValid());
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        efua = fx->login(QStringLiteral("efua"));
        kitchen = fx->directConversation(kofi, ama);
        bathroom = fx->directConversation(efua, ama);
        QVERIFY(!kitchen.isEmpty() && !bathroom.isEmpty());

        signedIn = SignedInClient::create(
            fx->url(), ama.token, ama.userId, QStringLiteral("Ama Mensah"),
            dir.filePath(QStringLiteral("ama-%1.sqlite3").arg(++cacheSerial)),
            SignedInClient::Connect::No);
        QVERIFY(signedIn);
        client = signedIn->stack.get();
        pane = std::make_unique<ConversationPane>(*signedIn->services);
        tester = std::make_unique<QAbstractItemModelTester>(
            pane->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        pane->resize(380, 640);

        QSignalSpy synced(client->sync.get(), &kora::models::SyncEngine::syncFinished);
        client->socket.open();
        QVERIFY(synced.wait(10000));
    }

    void cleanup()
    {
        tester.reset();
        pane.reset();
        client = nullptr;
        signedIn.reset();
        fx.reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void listsConversationsByActivityWithJobs()
    {
        const QAbstractItemModel *model = pane->model();
        QCOMPARE(model->rowCount(), 2);
        // The bathroom thread was seeded last: newest first.
        QCOMPARE(idAt(model, 0), bathroom);
        QCOMPARE(idAt(model, 1), kitchen);
        QCOMPARE(model->index(0, 0).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Efua Owusu"));
        QCOMPARE(model->index(0, 0).data(ConversationListModel::JobTitleRole).toString(),
                 QStringLiteral("Bathroom regrouting"));
        QCOMPARE(model->index(1, 0).data(ConversationListModel::JobTitleRole).toString(),
                 QStringLiteral("Kitchen tiling, East Legon"));
        QCOMPARE(ConversationDelegate::roleText(
                     model->index(1, 0).data(ConversationListModel::PeerRoleRole).toString()),
                 QStringLiteral("Hirer"));
        QVERIFY(model->index(0, 0).data(ConversationListModel::LastActivityRole).toDateTime() >=
                model->index(1, 0).data(ConversationListModel::LastActivityRole).toDateTime());
        QVERIFY(model->index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Bathroom regrouting")));
    }

    void searchFilters()
    {
        auto *search = pane->findChild<QLineEdit *>();
        QVERIFY(search);
        QCOMPARE(search->placeholderText(), QStringLiteral("Search"));
        QVERIFY(search->isClearButtonEnabled());
        QTest::keyClicks(search, QStringLiteral("Kitchen"));
        QCOMPARE(pane->model()->rowCount(), 1);
        QCOMPARE(idAt(pane->model(), 0), kitchen);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("kofi"));
        QCOMPARE(pane->model()->rowCount(), 1); // by name too
        search->clear();
        QTest::keyClicks(search, QStringLiteral("xyz"));
        QCOMPARE(pane->model()->rowCount(), 0);
        auto *placeholder = pane->findChild<QLabel *>();
        QVERIFY(placeholder);
        QVERIFY(!placeholder->isHidden());
        QVERIFY(placeholder->text().contains(QStringLiteral("xyz")));
        QVERIFY(pane->grab().save(QStringLiteral("/tmp/kora-conversations-empty.png")));
        QTest::keyClick(search, Qt::Key_Escape); // Esc clears the search
        QCOMPARE(search->text(), QString());
        QCOMPARE(pane->model()->rowCount(), 2);
        QVERIFY(placeholder->isHidden());
    }

    void keyboardFromSearchIntoList()
    {
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        pane->focusSearch();
        auto *search = pane->findChild<QLineEdit *>();
        auto *list = pane->findChild<QListView *>();
        QTRY_VERIFY(search->hasFocus());
        QSignalSpy activated(pane.get(), &ConversationPane::conversationActivated);
        QTest::keyClick(search, Qt::Key_Down);
        QTRY_VERIFY(list->hasFocus());
        QCOMPARE(list->currentIndex().row(), 0);
        QCOMPARE(activated.count(), 0); // moving is not opening
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), kitchen);
        // Search, then Enter opens the match.
        pane->focusSearch();
        QTest::keyClicks(search, QStringLiteral("bath"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toString(), bathroom);
        // Ctrl+F selects what was typed, so typing replaces it.
        pane->focusSearch();
        QCOMPARE(search->selectedText(), QStringLiteral("bath"));
    }

    void newMessageMovesUpWithBadge()
    {
        QAbstractItemModel *model = pane->model();
        QCOMPARE(idAt(model, 1), kitchen);
        const int unreadBefore =
            model->index(1, 0).data(ConversationListModel::UnreadCountRole).toInt();
        const auto sent =
            fx->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(kitchen), kofi.token,
                     {{QStringLiteral("clientId"), kora::proto::newUuid()},
                      {QStringLiteral("kind"), QStringLiteral("text")},
                      {QStringLiteral("body"), QStringLiteral("The tiles are here")}});
        QCOMPARE(sent.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(idAt(model, 0), kitchen, 5000);
        const QModelIndex top = model->index(0, 0);
        QCOMPARE(top.data(ConversationListModel::UnreadCountRole).toInt(), unreadBefore + 1);
        QCOMPARE(top.data(ConversationListModel::LastMessagePreviewRole).toString(),
                 QStringLiteral("The tiles are here"));
        QCOMPARE(ConversationDelegate::badgeText(unreadBefore + 1),
                 QString::number(unreadBefore + 1));

        // The delegate measures and paints the row.
        auto *list = pane->findChild<QListView *>();
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.font = list->font();
        option.fontMetrics = list->fontMetrics();
        option.rect = QRect(0, 0, 360, 0);
        ConversationDelegate delegate;
        const QSize hint = delegate.sizeHint(option, top);
        QVERIFY(hint.height() >= 3 * list->fontMetrics().height());
        option.rect.setHeight(hint.height());
        QPixmap pixmap(option.rect.size());
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        delegate.paint(&painter, option, top);
        option.state |= QStyle::State_Selected;
        delegate.paint(&painter, option, top);
        option.direction = Qt::RightToLeft;
        delegate.paint(&painter, option, top);
    }

    void archiveAndUnarchiveFromTheRowMenu()
    {
        QAbstractItemModel *model = pane->model();
        std::unique_ptr<QMenu> menu(pane->createContextMenu(kitchen));
        auto *archive = menu->findChild<QAction *>(QStringLiteral("archive"));
        QVERIFY(archive);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("unarchive")));
        archive->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QCOMPARE(rowOf(model, kitchen), -1);
        // The server knows too.
        const auto remote =
            fx->get(QStringLiteral("/api/v1/conversations/%1").arg(kitchen), ama.token);
        QCOMPARE(remote.json.value(QLatin1String("archived")).toBool(), true);

        pane->setShowsArchived(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(idAt(model, 0), kitchen);

        menu.reset(pane->createContextMenu(kitchen));
        auto *unarchive = menu->findChild<QAction *>(QStringLiteral("unarchive"));
        QVERIFY(unarchive);
        unarchive->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
        pane->setShowsArchived(false);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(rowOf(model, kitchen) >= 0);

        // Selecting an archived conversation switches to the Archived view.
        QVERIFY(client->cache->setArchived(bathroom, true));
        QSignalSpy activated(pane.get(), &ConversationPane::conversationActivated);
        pane->selectConversation(bathroom);
        QVERIFY(pane->showsArchived());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(pane->currentConversationId(), bathroom);
    }

    void archiveFailureIsShown()
    {
        fx.reset(); // the server goes away
        std::unique_ptr<QMenu> menu(pane->createContextMenu(kitchen));
        menu->findChild<QAction *>(QStringLiteral("archive"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QMessageBox *>() != nullptr, 10000);
        auto *box = pane->findChild<QMessageBox *>();
        QVERIFY(box->text().contains(QStringLiteral("cannot be reached")));
        box->close();
        QCOMPARE(rowOf(pane->model(), kitchen) >= 0, true); // nothing changed locally
    }

    void newConversationDialogOpensYaw()
    {
        QSignalSpy activated(pane.get(), &ConversationPane::conversationActivated);
        pane->show();
        pane->openNewConversation();
        auto *dialog = pane->findChild<NewConversationDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *search = dialog->findChild<QLineEdit *>();
        auto *results = dialog->findChild<QListWidget *>();
        QVERIFY(search && results);
        // Everyone one may write to, before anything is typed (not support, not me).
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 3, 5000);
        // Whom you already talk to says so, and opens that conversation; no raw job id asked.
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        for (int row = 0; row < results->count(); ++row) {
            const QString text = results->item(row)->text();
            const bool known =
                text.startsWith(QStringLiteral("Kofi")) || text.startsWith(QStringLiteral("Efua"));
            QCOMPARE(text.endsWith(QStringLiteral(" — in your conversations")), known);
            results->setCurrentRow(row);
            QCOMPARE(ok->text(), known ? QStringLiteral("&Open conversation")
                                       : QStringLiteral("&Start conversation"));
        }
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            QVERIFY(!edit->accessibleName().startsWith(QStringLiteral("Job ID")));
        QTest::keyClicks(search, QStringLiteral("Yaw"));
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, 5000);
        QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Yaw Boateng")));
        QVERIFY(dialog->grab().save(QStringLiteral("/tmp/kora-new-conversation.png")));
        QCOMPARE(results->currentRow(), 0);
        QLineEdit *jobTitle = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
            if (edit->accessibleName().startsWith(QStringLiteral("Job title")))
                jobTitle = edit;
        }
        QVERIFY(jobTitle);
        jobTitle->setText(QStringLiteral("Fence repair"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 5000);
        const QString id = activated.at(0).at(0).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(pane->currentConversationId(), id);
        QCOMPARE(idAt(pane->model(), 0), id);
        QCOMPARE(pane->model()->index(0, 0).data(ConversationListModel::TitleRole).toString(),
                 QStringLiteral("Yaw Boateng"));
        auto *list = pane->findChild<QListView *>();
        QCOMPARE(list->currentIndex().data(ConversationListModel::IdRole).toString(), id);
        QTRY_VERIFY(pane->findChild<NewConversationDialog *>() == nullptr); // closed, deleted
    }

    void newConversationDialogSaysWhenTheServerIsGone()
    {
        fx.reset();
        pane->show();
        pane->openNewConversation();
        auto *dialog = pane->findChild<NewConversationDialog *>();
        QVERIFY(dialog);
        QLabel *status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (QLabel *label : dialog->findChildren<QLabel *>()) {
                    if (label->text().contains(QStringLiteral("cannot be reached")))
                        status = label;
                }
                return status != nullptr;
            }(),
            10000);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(pane->findChild<NewConversationDialog *>() == nullptr);
    }

    void selectNextAndPrevious()
    {
        QSignalSpy activated(pane.get(), &ConversationPane::conversationActivated);
        pane->selectNext();
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toString(), bathroom);
        pane->selectNext();
        QCOMPARE(activated.last().at(0).toString(), kitchen);
        QCOMPARE(pane->currentConversationId(), kitchen);
        pane->selectNext(); // the end: stays
        QCOMPARE(activated.count(), 2);
        pane->selectPrevious();
        QCOMPARE(activated.count(), 3);
        QCOMPARE(activated.last().at(0).toString(), bathroom);
        pane->selectPrevious();
        QCOMPARE(activated.count(), 3);
        // The selection stays on its conversation when it moves in the list.
        pane->selectConversation(kitchen);
        const auto sent =
            fx->post(QStringLiteral("/api/v1/conversations/%1/messages").arg(kitchen), kofi.token,
                     {{QStringLiteral("clientId"), kora::proto::newUuid()},
                      {QStringLiteral("kind"), QStringLiteral("text")},
                      {QStringLiteral("body"), QStringLiteral("moving up")}});
        QCOMPARE(sent.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(idAt(pane->model(), 0), kitchen, 5000);
        auto *list = pane->findChild<QListView *>();
        QCOMPARE(list->currentIndex().row(), 0);
        // Hidden by a search and back: selected again.
        pane->findChild<QLineEdit *>()->setText(QStringLiteral("bath"));
        pane->findChild<QLineEdit *>()->clear();
        QCOMPARE(list->currentIndex().data(ConversationListModel::IdRole).toString(), kitchen);
        QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    }

    void hostileTextIsPlain()
    {
        addConversation(QStringLiteral("hostile"), QStringLiteral("<b>x</b>"),
                        QStringLiteral("hirer"), QStringLiteral("<i>job</i>"),
                        QStringLiteral("<img src=\"file:///etc/passwd\">\nline two"), 0, 0, false);
        const QAbstractItemModel *model = pane->model();
        const int row = rowOf(model, QStringLiteral("hostile"));
        QVERIFY(row >= 0);
        const QModelIndex index = model->index(row, 0);
        QCOMPARE(ConversationDelegate::titleText(index), QStringLiteral("<b>x</b>"));
        QCOMPARE(ConversationDelegate::jobText(index), QStringLiteral("<i>job</i>"));
        QCOMPARE(ConversationDelegate::previewText(index),
                 QStringLiteral("<img src=\"file:///etc/passwd\"> line two"));
        QVERIFY(ConversationDelegate::accessibleText(index).startsWith(QStringLiteral("<b>x</b>")));
        QVERIFY(client->cache->setDraft(QStringLiteral("hostile"), QStringLiteral("<u>d</u>")));
        QCOMPARE(ConversationDelegate::previewText(
                     model->index(rowOf(model, QStringLiteral("hostile")), 0)),
                 QStringLiteral("Draft: <u>d</u>"));
        // The new-conversation dialog's rows are plain text too (the standard delegate).
    }

    void groupRowsSayHowManyAreIn()
    {
        kora::proto::Conversation c;
        c.id = QStringLiteral("group-1");
        c.type = QStringLiteral("group");
        c.title = QStringLiteral("House renovation");
        for (const auto &[id, name] : {std::pair{ama.userId, QStringLiteral("Ama Mensah")},
                                       std::pair{QStringLiteral("u-kofi"), QStringLiteral("Kofi")},
                                       std::pair{QStringLiteral("u-yaw"), QStringLiteral("Yaw")}}) {
            kora::proto::Participant p;
            p.user.id = id;
            p.user.name = name;
            p.user.role = QStringLiteral("worker");
            c.participants.append(p);
        }
        c.createdAt = c.updatedAt = QDateTime::currentDateTime();
        QVERIFY(client->cache->upsertConversations({c}));
        addConversation(QStringLiteral("direct-1"), QStringLiteral("Esi"), QStringLiteral("hirer"),
                        QString(), QStringLiteral("hi"), 0, 0, false);
        const QAbstractItemModel *model = pane->model();
        QTRY_VERIFY(rowOf(model, QStringLiteral("group-1")) >= 0);
        QTRY_VERIFY(rowOf(model, QStringLiteral("direct-1")) >= 0);
        const QModelIndex group = model->index(rowOf(model, QStringLiteral("group-1")), 0);
        const QModelIndex direct = model->index(rowOf(model, QStringLiteral("direct-1")), 0);
        // The second line of a group without a job is not blank: it says who is in.
        QCOMPARE(group.data(ConversationListModel::MemberCountRole).toInt(), 3);
        QCOMPARE(ConversationDelegate::membersText(group), QStringLiteral("Group · 3 people"));
        QVERIFY(ConversationDelegate::accessibleText(group).contains(u"Group · 3 people"));
        QCOMPARE(ConversationDelegate::membersText(direct), QString());
    }

    void searchMessagesHereThenOnTheServer()
    {
        // While Ama's client is away: a new conversation with Yaw whose old
        // message about grout is past the newest page a first sync reads, and
        // new messages in the kitchen and the bathroom that mention the kitchen.
        client->socket.close();
        QTRY_VERIFY(!signedIn->session->connection().isConnected());
        const auto yaw = fx->login(QStringLiteral("yaw"));
        const QString signage = fx->directConversation(yaw, ama);
        const QString path = QStringLiteral("/api/v1/conversations/%1/messages");
        auto post = [&](const ServerFixture::Login &who, const QString &id, const QString &text) {
            return fx->post(path.arg(id), who.token, kora::test::textMessage(text)).status;
        };
        QCOMPARE(post(yaw, signage, QStringLiteral("Grout colour: sand, as agreed")), 201);
        for (int i = 0; i < 55; ++i)
            QCOMPARE(post(yaw, signage, QStringLiteral("note %1").arg(i)), 201);
        QCOMPARE(post(kofi, kitchen, QStringLiteral("The Kitchen tilework is matte")), 201);
        QCOMPARE(post(efua, bathroom, QStringLiteral("Not that tilework: the bathroom")), 201);
        QSignalSpy synced(client->sync.get(), &kora::models::SyncEngine::syncFinished);
        client->socket.open();
        QVERIFY(synced.wait(10000));

        kora::ui::SearchDialog dialog(*signedIn->services);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *results = dialog.results();
        QAbstractItemModelTester tester(results);
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("TILEW"));
        QTRY_COMPARE(results->rowCount(), 2);
        QTRY_VERIFY(!results->isSearchingServer());
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("2 found."));
        // One group per conversation (each headed by its conversation).
        QSet<QString> titles;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = results->index(row, 0);
            QVERIFY(index.data(SearchResults::FirstInConversationRole).toBool());
            titles.insert(index.data(SearchResults::ConversationTitleRole).toString() + u'/' +
                          index.data(SearchResults::SenderNameRole).toString());
        }
        QCOMPARE(titles, (QSet<QString>{QStringLiteral("Efua Owusu/Efua Owusu"),
                                        QStringLiteral("Kofi Asante/Kofi Asante")}));
        QCOMPARE(kora::ui::SearchResultDelegate::matches(QStringLiteral("The Kitchen tiles"),
                                                         {QStringLiteral("kitch")}),
                 (QList<std::pair<int, int>>{{4, 5}}));
        QVERIFY(
            dialog.grab().save(qEnvironmentVariable("KORA_SCREENSHOT_DIR", QStringLiteral("/tmp")) +
                               QStringLiteral("/kora-search.png")));

        // Only the server has the grout message: it comes when it answers.
        dialog.searchEdit()->clear();
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("grout SAND"));
        QTRY_COMPARE(results->rowCount(), 1);
        QVERIFY(results->index(0, 0).data(SearchResults::OnServerOnlyRole).toBool());
        QCOMPARE(results->index(0, 0).data(SearchResults::BodyRole).toString(),
                 QStringLiteral("Grout colour: sand, as agreed"));
        // Enter opens the conversation at that message.
        QSignalSpy open(&dialog, &kora::ui::SearchDialog::openRequested);
        QTest::keyClick(dialog.searchEdit(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), signage);
        QCOMPARE(open.at(0).at(1).toString(),
                 results->index(0, 0).data(SearchResults::MessageIdRole).toString());

        // Offline: what is here, and the view says the rest cannot be searched.
        signedIn->stack->socket.close();
        QTRY_VERIFY(!signedIn->session->connection().isConnected());
        dialog.searchEdit()->clear();
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("grout sand"));
        QTRY_VERIFY(results->isLocalOnly());
        QCOMPARE(results->rowCount(), 0);
        QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("Offline")));
        dialog.searchEdit()->clear();
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("matte"));
        QTRY_COMPARE(results->rowCount(), 1);
        QVERIFY(dialog.statusLabel()->text().startsWith(QStringLiteral("1 found on this device")));
    }

    void activityTexts()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QDateTime now(QDate(2024, 5, 17), QTime(15, 0)); // a Friday
        QCOMPARE(
            ConversationDelegate::activityText(QDateTime(QDate(2024, 5, 17), QTime(9, 5)), now, en),
            en.toString(QTime(9, 5), QLocale::ShortFormat));
        QCOMPARE(
            ConversationDelegate::activityText(QDateTime(QDate(2024, 5, 14), QTime(9, 5)), now, en),
            QStringLiteral("Tue"));
        QCOMPARE(
            ConversationDelegate::activityText(QDateTime(QDate(2024, 5, 1), QTime(9, 5)), now, en),
            en.toString(QDate(2024, 5, 1), QLocale::ShortFormat));
        QCOMPARE(ConversationDelegate::activityText(QDateTime(), now, en), QString());
        // Never seconds, even where the locale's short format has them (C: HH:mm:ss).
        QCOMPARE(ConversationDelegate::activityText(QDateTime(QDate(2024, 5, 17), QTime(9, 5, 42)),
                                                    now, QLocale::c()),
                 QStringLiteral("09:05"));
        QCOMPARE(ConversationDelegate::badgeText(0), QString());
        QCOMPARE(ConversationDelegate::badgeText(99), QStringLiteral("99"));
        QCOMPARE(ConversationDelegate::badgeText(150), QStringLiteral("99+"));
    }

    void paintManyConversations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("rtl");
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << QStringLiteral("/tmp/kora-conversations.png") << false << false;
        QTest::newRow("rtl") << QStringLiteral("/tmp/kora-conversations-rtl.png") << true << false;
        QTest::newRow("dark") << QStringLiteral("/tmp/kora-conversations-dark.png") << false
                              << true;
        QTest::newRow("large") << QStringLiteral("/tmp/kora-conversations-large.png") << false
                               << false;
    }

    void paintManyConversations()
    {
        QFETCH(QString, file);
        QFETCH(bool, rtl);
        QFETCH(bool, dark);
        if (rtl)
            QApplication::setLayoutDirection(Qt::RightToLeft);
        if (dark)
            QApplication::setPalette(darkPalette());
        const bool large = file.contains(QStringLiteral("large"));
        const QFont font = QApplication::font();
        if (large) {
            QFont big = font;
            big.setPointSizeF(font.pointSizeF() * 1.6);
            QApplication::setFont(big);
        }
        const auto restoreFont = qScopeGuard([&] { QApplication::setFont(font); });
        client->socket.close(); // the outbox keeps what is queued below
        fillWithThirtyConversations();
        QTRY_VERIFY(pane->model()->rowCount() >= 30);
        pane->resize(380, 900);
        pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(pane.get()));
        pane->selectConversation(QStringLiteral("c-3"));
        // Hover the second row.
        auto *list = pane->findChild<QListView *>();
        const QRect second = list->visualRect(pane->model()->index(1, 0));
        QTest::mouseMove(list->viewport(), second.center());
        const QPixmap shot = pane->grab();
        QVERIFY(!shot.isNull());
        // Rows grow with the font.
        QVERIFY(list->visualRect(pane->model()->index(0, 0)).height() >=
                3 * list->fontMetrics().height());
        QVERIFY(shot.save(file));
    }

private:
    void addConversation(const QString &id, const QString &name, const QString &role,
                         const QString &job, const QString &preview, int unread, int hoursAgo,
                         bool online)
    {
        kora::proto::Conversation c;
        c.id = id;
        c.type = QStringLiteral("direct");
        c.jobId = QStringLiteral("JOB-%1").arg(id);
        c.jobTitle = job;
        kora::proto::Participant me;
        me.user.id = ama.userId;
        me.user.name = QStringLiteral("Ama Mensah");
        me.user.role = QStringLiteral("worker");
        kora::proto::Participant peer;
        peer.user.id = QStringLiteral("user-") + id;
        peer.user.name = name;
        peer.user.role = role;
        peer.user.online = online;
        c.participants = {me, peer};
        const QDateTime when = QDateTime::currentDateTime().addSecs(-3600LL * hoursAgo);
        kora::proto::Message m;
        m.id = QStringLiteral("m-") + id;
        m.clientId = kora::proto::newUuid();
        m.conversationId = id;
        m.seq = 1;
        m.updatedSeq = 1;
        m.senderId = peer.user.id;
        m.kind = QStringLiteral("text");
        m.body = preview;
        m.createdAt = when;
        c.lastMessage = m;
        c.lastSeq = 1;
        c.unreadCount = unread;
        c.createdAt = when;
        c.updatedAt = when;
        const auto stored = client->cache->upsertConversations({c});
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
    }

    void fillWithThirtyConversations()
    {
        const QStringList names{
            QStringLiteral("Kwame Nkrumah-Agyeman Boakye-Danquah the Third of Accra"),
            QStringLiteral("Abena Ofori"),
            QStringLiteral("سارة الحسيني"),
            QStringLiteral("Yaa Asantewaa"),
            QStringLiteral("<b>Not bold</b>"),
            QStringLiteral("José Álvarez"),
            QStringLiteral("Nana Ama"),
            QStringLiteral("Kojo Antwi"),
        };
        const QStringList jobs{
            QStringLiteral("Roof repair and gutter replacement for a three-storey building in "
                           "Osu, Accra"),
            QStringLiteral("Garden landscaping"),
            QStringLiteral("تنظيف المكاتب"),
            QStringLiteral("Plumbing, Tema"),
        };
        const QStringList previews{
            QStringLiteral("Can you come on Thursday? I would also like to talk about the "
                           "materials and the schedule for the second phase"),
            QStringLiteral("مرحبا، هل يمكنك البدء غدا؟ شكرا جزيلا"),
            QStringLiteral("<i>Photo</i> & attachments"),
            QStringLiteral("OK 👍"),
        };
        for (int i = 0; i < 30; ++i) {
            addConversation(QStringLiteral("c-%1").arg(i), names.at(i % names.size()),
                            i % 3 == 0 ? QStringLiteral("hirer") : QStringLiteral("worker"),
                            jobs.at(i % jobs.size()), previews.at(i % previews.size()),
                            i == 1   ? 3
                            : i == 2 ? 150
                            : i == 3 ? 12
                            : i == 5 ? 1
                                     : 0,
                            i * 7, i % 4 == 0);
        }
        QVERIFY(client->cache->setDraft(QStringLiteral("c-4"),
                                        QStringLiteral("I'll bring the samples tomorrow")));
        QVERIFY(client->outbox->send(QStringLiteral("c-0"), QStringLiteral("waiting one")));
        QVERIFY(client->outbox->send(QStringLiteral("c-7"), QStringLiteral("waiting two")));
        QVERIFY(client->outbox->send(QStringLiteral("c-7"), QStringLiteral("waiting three")));
    }

    std::unique_ptr<ServerFixture> fx;
    ServerFixture::Login ama, kofi, efua;
    QString kitchen, bathroom;
    QTemporaryDir dir;
    int cacheSerial = 0;
    std::unique_ptr<SignedInClient> signedIn;
    ClientStack *client = nullptr; // signedIn's core
    std::unique_ptr<ConversationPane> pane;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

QTEST_MAIN(TestConversationPane)
#include "tst_conversationpane.moc"
