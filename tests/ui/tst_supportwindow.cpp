// The support window (offscreen) against a real in-process kora-server:
// signed in as support, search, open, the banner and title, read-only
// (no composer), transcript export (escaped, audited), the audit log view,
// and the participants' read state untouched; the reports queue (a report
// filed offline arrives once, opens at its message, is resolved, audited;
// a refused resolve keeps it).
#include "ApiClient.h"
#include "AppController.h"
#include "AuditLogView.h"
#include "Cache.h"
#include "Composer.h"
#include "ConnectionState.h"
#include "FaultProxy.h"
#include "ImageViewer.h"
#include "MainWindow.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "ResolveReportDialog.h"
#include "ServerFixture.h"
#include "Session.h"
#include "SignedInClient.h"
#include "SocketIoClient.h"
#include "SupportConversationView.h"
#include "SupportReportsModel.h"
#include "SupportReportsView.h"
#include "SupportSearchPane.h"
#include "SupportWindow.h"
#include "SyncEngine.h"
#include "Theme.h"
#include "TranscriptExporter.h"
#include "Translations.h"
#include "protocol/Json.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace kora;
using test::HttpResult;
using test::ServerFixture;
using Login = ServerFixture::Login;
using ui::SupportReportsModel;

namespace {

const QString hostile = u"<script>alert('x')</script> & <b>bold</b> \"quoted\""_s;

QString messagesPath(const QString &id)
{
    return u"/api/v1/conversations/%1/messages"_s.arg(id);
}

QJsonArray adminReports(ServerFixture &fx, const Login &support)
{
    return fx.get(u"/api/v1/admin/reports"_s, support.token).json.value("reports"_L1).toArray();
}

QJsonArray auditEntries(ServerFixture &fx, const Login &support)
{
    return fx.get(u"/api/v1/admin/audit?limit=200"_s, support.token)
        .json.value("entries"_L1)
        .toArray();
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// What a participant's read state looks like: unread count and every cursor.
QJsonArray readState(ServerFixture &fx, const Login &who, const QString &id)
{
    const HttpResult r = fx.get(u"/api/v1/conversations/"_s + id, who.token);
    return QJsonArray{r.json.value("unreadCount"_L1), r.json.value("participants"_L1)};
}

} // namespace

class TestSupportWindow : public QObject
{
    Q_OBJECT

private:
    // KORA_SCREENSHOT_DIR=<dir>: saves what the test sees, to look at (never committed).
    static void shot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        // As it will be painted: layouts asked for (a label hidden just now) done first.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    HttpResult postSystem(ServerFixture &fx, const QJsonObject &body)
    {
        QNetworkRequest req(fx.url(u"/api/v1/system/messages"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("X-Service-Key", "test-service-key");
        QNetworkReply *reply = m_network.post(req, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(15000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    // A support window signed in against `fx`.
    struct Support
    {
        std::unique_ptr<SignedInClient> client; // never connected: support reads over REST
        std::unique_ptr<ui::SupportWindow> window;
        ~Support() { window.reset(); }
    };
    std::unique_ptr<Support> openSupport(ServerFixture &fx, const QUrl &url = {})
    {
        auto s = std::make_unique<Support>();
        const Login support = fx.login(u"support"_s);
        static int serial = 0;
        s->client = SignedInClient::create(
            url.isEmpty() ? fx.url() : url, support.token, support.userId, u"Kora Support"_s,
            m_dir.filePath(u"support-%1.sqlite3"_s.arg(++serial)), SignedInClient::Connect::No);
        if (!s->client)
            return nullptr;
        proto::User me;
        me.id = support.userId;
        me.name = u"Kora Support"_s;
        me.role = u"support"_s;
        s->window = std::make_unique<ui::SupportWindow>(*s->client->session, me);
        s->window->show();
        return s;
    }

    // Searches with what the pane holds and picks the conversation `id`.
    static bool searchAndOpen(ui::SupportWindow &w, const QString &id)
    {
        ui::SupportSearchPane *pane = w.searchPane();
        QSignalSpy searched(pane, &ui::SupportSearchPane::searchFinished);
        QTest::mouseClick(pane->findChild<QPushButton *>(u"supportSearchButton"_s), Qt::LeftButton);
        if (!searched.wait(10000))
            return false;
        const auto &found = pane->conversations();
        for (int row = 0; row < found.size(); ++row) {
            if (found[row].id != id)
                continue;
            QSignalSpy loaded(w.conversationView(), &ui::SupportConversationView::loaded);
            pane->results()->setCurrentRow(row);
            return loaded.wait(10000);
        }
        return false;
    }

    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        app::installTranslations(*qApp, qEnvironmentVariable("KORA_TEST_LANG", u"en"_s));
        if (qEnvironmentVariable("KORA_TEST_THEME") == u"dark"_s)
            app::applyTheme(*qApp, app::Theme::Dark);
    }

    void supportSearchOpenExportAudit()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const HttpResult opened = fx.post(u"/api/v1/conversations"_s, ama.token,
                                          {{u"participantId"_s, kofi.userId},
                                           {u"jobId"_s, u"job-2211"_s},
                                           {u"jobTitle"_s, u"Retile the bathroom"_s}});
        QVERIFY(opened.status == 200 || opened.status == 201);
        const QString id = opened.json.value("id"_L1).toString();
        QCOMPARE(fx.post(messagesPath(id), kofi.token, test::textMessage(hostile)).status, 201);
        QCOMPARE(postSystem(fx, {{u"conversationId"_s, id},
                                 {u"body"_s, u"Booking confirmed for Tue 14:00"_s}})
                     .status,
                 201);
        QCOMPARE(fx.post(messagesPath(id), ama.token,
                         test::textMessage(u"The grout colour was never agreed."_s))
                     .status,
                 201);
        const QJsonArray amaBefore = readState(fx, ama, id);
        const QJsonArray kofiBefore = readState(fx, kofi, id);

        auto support = openSupport(fx);
        ui::SupportWindow &w = *support->window;
        QCOMPARE(
            w.windowTitle(),
            ui::SupportWindow::tr("Kora Support view (read-only) — %1").arg(u"Kora Support"_s));
        QVERIFY(w.banner()->isVisible());
        QCOMPARE(w.banner()->text(), ui::SupportWindow::bannerText());
        QCOMPARE(w.banner()->text(),
                 ui::SupportWindow::tr("Support view — read-only, access is logged"));
        // Read-only: nothing to type into next to the conversation, no composer anywhere.
        QVERIFY(w.findChildren<ui::Composer *>().isEmpty());
        QVERIFY(w.conversationView()->findChildren<QLineEdit *>().isEmpty());
        QVERIFY(w.conversationView()->findChildren<QTextEdit *>().isEmpty());

        // Search by job id, with a date range around today, and open it.
        w.searchPane()->jobField()->setText(u"job-2211"_s);
        w.searchPane()->fromCheck()->setChecked(true);
        w.searchPane()->fromDate()->setDate(QDate::currentDate().addDays(-1));
        w.searchPane()->toCheck()->setChecked(true);
        w.searchPane()->toDate()->setDate(QDate::currentDate().addDays(1));
        QVERIFY(searchAndOpen(w, id));
        QCOMPARE(w.searchPane()->results()->count(), 1);
        QVERIFY(w.searchPane()->results()->item(0)->text().contains(u"Retile the bathroom"_s));
        models::MessageListModel *model = w.conversationView()->model();
        QVERIFY(model);
        QTRY_VERIFY(model->rowCount() >= 3);
        const int last = model->rowCount() - 1;
        QCOMPARE(model->index(last, 0).data(models::MessageListModel::BodyRole).toString(),
                 u"The grout colour was never agreed."_s);
        QCOMPARE(model->index(last - 1, 0).data(models::MessageListModel::KindRole).toString(),
                 u"system"_s);
        QCOMPARE(model->index(last - 2, 0).data(models::MessageListModel::BodyRole).toString(),
                 hostile);
        QVERIFY(w.conversationView()->exportButton()->isEnabled());
        // As the participants see it: the worker's messages on one side, the
        // hirer's on the other, a name at the head of each run, no ticks.
        {
            const QAbstractItemModel *rows = w.conversationView()->view()->model();
            const QString right =
                ui::SupportConversationView::rightSide(w.conversationView()->conversation());
            QCOMPARE(right, ama.userId); // the worker
            bool sawLeft = false, sawRight = false;
            for (int r = 0; r < rows->rowCount(); ++r) {
                const QModelIndex index = rows->index(r, 0);
                if (index.data(models::MessageListModel::KindRole).toString() == u"system"_s)
                    continue;
                const bool mine =
                    index.data(models::MessageListModel::SenderIdRole).toString() == right;
                QCOMPARE(index.data(models::MessageListModel::IsOwnRole).toBool(), mine);
                (mine ? sawRight : sawLeft) = true;
                QCOMPARE(index.data(models::MessageListModel::StatusRole).toInt(),
                         int(models::MessageListModel::Status::Received));
                const bool sameAbove =
                    r > 0 &&
                    rows->index(r - 1, 0).data(models::MessageListModel::SenderIdRole) ==
                        index.data(models::MessageListModel::SenderIdRole) &&
                    rows->index(r - 1, 0).data(models::MessageListModel::KindRole).toString() !=
                        u"system"_s &&
                    !index.data(models::MessageListModel::DateBoundaryRole).toBool();
                const QString name =
                    index.data(models::MessageListModel::SenderNameRole).toString();
                // The name heads the bubble (drawn, as in a group), the text is as sent.
                QVERIFY(!index.data(models::MessageListModel::BodyRole)
                             .toString()
                             .startsWith(name + u":"_s));
                auto *delegate = qobject_cast<ui::MessageDelegate *>(
                    w.conversationView()->view()->itemDelegate());
                QVERIFY(delegate);
                QCOMPARE(!delegate->senderNameRect(index).isNull(), !sameAbove && !name.isEmpty());
            }
            QVERIFY(sawLeft && sawRight);
        }
        shot(&w, u"support-window"_s);

        // A date range that excludes it finds nothing.
        w.searchPane()->fromDate()->setDate(QDate::currentDate().addDays(2));
        w.searchPane()->toDate()->setDate(QDate::currentDate().addDays(3));
        QSignalSpy searched(w.searchPane(), &ui::SupportSearchPane::searchFinished);
        w.searchPane()->search();
        QVERIFY(searched.wait(10000));
        QCOMPARE(w.searchPane()->results()->count(), 0);
        QCOMPARE(w.searchPane()->statusText(),
                 ui::SupportSearchPane::tr("No conversations found."));

        // Export: HTML with everything escaped, and a PDF; both audited.
        QSignalSpy exported(&w, &ui::SupportWindow::exportFinished);
        const QString htmlPath = m_dir.filePath(u"transcript.html"_s);
        w.exportTo(htmlPath, u"html"_s);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile html(htmlPath);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(!text.contains(u"<script>"_s));
        QVERIFY(!text.contains(u"<b>bold</b>"_s));
        QVERIFY(
            text.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
                          " &quot;quoted&quot;"_s));
        QVERIFY(text.contains(u"Booking confirmed for Tue 14:00"_s));
        QVERIFY(text.contains(u"class=\"system\""_s));
        QVERIFY(text.contains(u"Ama Mensah"_s));
        QVERIFY(text.contains(u"Kofi Asante"_s));
        QVERIFY(text.contains(u"Retile the bathroom"_s));
        QVERIFY(text.contains(u" UTC"_s));
        QVERIFY(text.indexOf(hostile.toHtmlEscaped()) < text.indexOf(u"Booking confirmed"_s));

        if (const QString dir = qEnvironmentVariable("KORA_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // What the PDF shows: the same HTML through QTextDocument.
            QTextDocument document;
            document.setHtml(text);
            document.setTextWidth(800);
            QImage page(800, int(document.size().height()), QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            document.drawContents(&painter);
            page.save(dir + u"/transcript.png"_s);
        }

        const QString pdfPath = m_dir.filePath(u"transcript.pdf"_s);
        w.exportTo(pdfPath, u"pdf"_s);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 1000);

        // The audit log view lists the searches, the views and both exports.
        QSignalSpy refreshed(w.auditLog(), &ui::AuditLogView::refreshed);
        w.tabs()->setCurrentWidget(w.auditLog());
        QVERIFY(refreshed.wait(10000));
        QTableWidget *table = w.auditLog()->table();
        QStringList actions;
        for (int row = 0; row < table->rowCount(); ++row)
            actions.append(table->item(row, 2)->text());
        QCOMPARE(actions.count(ui::AuditLogView::actionText(u"export"_s)), 2);
        QVERIFY(actions.contains(ui::AuditLogView::actionText(u"view"_s)));
        QVERIFY(actions.contains(ui::AuditLogView::actionText(u"search"_s)));
        QCOMPARE(table->item(0, 1)->text(), u"Kora Support"_s);
        // The conversation by who is in it and its job, the id in the tooltip.
        QVERIFY2(table->item(0, 3)->text().contains(u"Ama Mensah"_s) &&
                     table->item(0, 3)->text().contains(u"Kofi Asante"_s),
                 qPrintable(table->item(0, 3)->text()));
        QVERIFY(table->item(0, 3)->toolTip().contains(id));
        QVERIFY(table->item(0, 4)->text().contains(u"127.0.0.1"_s));
        shot(&w, u"support-audit"_s);

        // The participants' unread counts and cursors are as they were.
        QCOMPARE(readState(fx, ama, id), amaBefore);
        QCOMPARE(readState(fx, kofi, id), kofiBefore);
    }

    // Images in a conversation support opens: thumbnails in the view (the
    // server lets support have them once the opening is audited), the viewer
    // on a click, and the thumbnails embedded in the transcript.
    void supportSeesImagesAndExportsThem()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const QString id = fx.directConversation(ama, kofi);
        QVERIFY(!id.isEmpty());
        QImage picture(300, 200, QImage::Format_RGB32);
        picture.fill(QColor(200, 120, 40));
        QByteArray png;
        QBuffer buffer(&png);
        QVERIFY(buffer.open(QIODevice::WriteOnly) && picture.save(&buffer, "PNG"));
        QNetworkRequest request(fx.url(u"/api/v1/attachments"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
        request.setRawHeader("Authorization", "Bearer " + kofi.token.toLatin1());
        request.setRawHeader("X-Filename", "wall.png");
        QNetworkReply *reply = m_network.post(request, png);
        QSignalSpy uploaded(reply, &QNetworkReply::finished);
        QVERIFY(uploaded.wait(10000));
        const QString attachment =
            QJsonDocument::fromJson(reply->readAll()).object().value("id"_L1).toString();
        reply->deleteLater();
        QVERIFY(!attachment.isEmpty());
        QCOMPARE(fx.post(messagesPath(id), kofi.token,
                         {{u"clientId"_s, proto::newUuid()},
                          {u"kind"_s, u"image"_s},
                          {u"body"_s, u"The wall"_s},
                          {u"attachmentIds"_s, QJsonArray{attachment}}})
                     .status,
                 201);

        auto s = openSupport(fx);
        ui::SupportWindow &w = *s->window;
        w.searchPane()->findChild<QLineEdit *>(u"supportSearchText"_s)->setText(u"kofi"_s);
        QVERIFY(searchAndOpen(w, id));
        QListView *view = w.conversationView()->findChild<QListView *>(u"supportMessages"_s);
        QVERIFY(view && view->model()->rowCount() > 0);
        const QModelIndex row = view->model()->index(view->model()->rowCount() - 1, 0);
        const QVariantMap map =
            row.data(models::MessageListModel::AttachmentsRole).toList().value(0).toMap();
        const QString thumb = ui::MediaCache::keyFor(map, ui::MediaCache::Size::Thumb);
        (void)view->viewport()->grab(); // painting asks for the thumbnail
        QTRY_VERIFY_WITH_TIMEOUT(
            !w.mediaCache()->image(thumb, ui::MediaCache::Size::Thumb).isNull(), 10000);
        QVERIFY(!w.mediaCache()->hasFailed(thumb));

        ui::ImageViewer *viewer = ui::ImageViewer::open(*w.mediaCache(), row, 0, &w);
        QVERIFY(viewer);
        QCOMPARE(viewer->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->fullImage().isNull(), 10000);
        QCOMPARE(viewer->fullImage().size(), QSize(300, 200));
        viewer->close();

        QSignalSpy exported(&w, &ui::SupportWindow::exportFinished);
        const QString htmlPath = m_dir.filePath(u"images.html"_s);
        w.exportTo(htmlPath, u"html"_s);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile file(htmlPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.contains("data:image/png;base64,"));
        QVERIFY(html.contains("wall.png"));
    }

    // (a) A participant reports a message while their client cannot reach
    // the server; it is filed once after reconnecting and shows in the queue
    // once. (b) Enter opens the conversation at that message, older pages
    // read as needed. (c) Resolved, it moves to Resolved; the list, the read
    // and the resolve are in the audit log, recorded before the answers.
    void reportFiledOfflineIsOpenedAndResolved()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const Login support = fx.login(u"support"_s);
        const QString id = fx.directConversation(ama, kofi);
        const HttpResult bad = fx.post(messagesPath(id), kofi.token,
                                       test::textMessage(u"Pay me cash, skip the fee"_s));
        QCOMPARE(bad.status, 201);
        const QString reported = bad.json.value("id"_L1).toString();
        // More than a support page (100) after it: the view must read back to it.
        for (int i = 0; i < 120; ++i)
            QCOMPARE(fx.post(messagesPath(id), i % 2 ? ama.token : kofi.token,
                             test::textMessage(u"later %1"_s.arg(i)))
                         .status,
                     201);

        FaultProxy proxy(QHostAddress::LocalHost, fx.port());
        QVERIFY(proxy.listen());
        auto a = SignedInClient::create(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())), ama.token,
                                        ama.userId, u"Ama Mensah"_s,
                                        m_dir.filePath(u"ama-reports.sqlite3"_s));
        QVERIFY(a);
        proxy.setRefuse(true);
        proxy.dropAll();
        QTRY_VERIFY(!a->session->connection().isConnected());
        const auto queued = a->session->report(id, reported, u"off_platform_payment"_s,
                                               u"Asked me to pay\nhim directly"_s);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error()));
        QCOMPARE(a->stack->cache->pendingCount(), 1);
        QVERIFY(adminReports(fx, support).isEmpty());
        proxy.setRefuse(false);
        QTRY_COMPARE_WITH_TIMEOUT(a->stack->cache->pendingCount(), 0, 15000);
        const QJsonArray filed = adminReports(fx, support);
        QCOMPARE(filed.size(), 1);
        const QString reportId = filed.first().toObject().value("id"_L1).toString();

        auto s = openSupport(fx);
        ui::SupportWindow &w = *s->window;
        ui::SupportReportsView *reports = w.reports();
        QAbstractItemModel *model = reports->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(reports, &ui::SupportReportsView::refreshed);
        w.tabs()->setCurrentWidget(reports);
        QVERIFY(refreshed.wait(10000));
        const QDateTime listedBy = QDateTime::currentDateTimeUtc();
        QCOMPARE(reports->statusText(), QString());
        QCOMPARE(model->rowCount(), 1); // once
        QCOMPARE(model->index(0, 0).data(SupportReportsModel::IdRole).toString(), reportId);
        QCOMPARE(cell(model, 0, SupportReportsModel::ReasonColumn),
                 SupportReportsModel::tr("Payment outside the platform"));
        QCOMPARE(cell(model, 0, SupportReportsModel::NoteColumn),
                 u"Asked me to pay him directly"_s); // one line
        QVERIFY(!cell(model, 0, SupportReportsModel::CreatedColumn).isEmpty());
        QVERIFY(reports->openButton()->isEnabled());
        QVERIFY(reports->resolveButton()->isEnabled());
        QVERIFY(!reports->moreButton()->isVisible());
        shot(&w, u"support-reports"_s);

        // (b) Enter on the report: its conversation, at the reported message.
        QSignalSpy focused(w.conversationView(), &ui::SupportConversationView::focused);
        reports->table()->setFocus();
        QTest::keyClick(reports->table(), Qt::Key_Return);
        QVERIFY(focused.wait(15000));
        const QDateTime viewedBy = QDateTime::currentDateTimeUtc();
        const QModelIndex at = focused.last().at(0).value<QModelIndex>();
        QVERIFY(at.isValid());
        QCOMPARE(at.data(models::MessageListModel::IdRole).toString(), reported);
        QCOMPARE(w.tabs()->currentWidget(), w.conversationView());
        QCOMPARE(w.conversationView()->conversationId(), id);
        QListView *view = w.conversationView()->view();
        QCOMPARE(w.conversationView()->delegate()->highlighted(),
                 at.data(models::MessageListModel::LocalIdRole).toLongLong());
        QVERIFY(view->viewport()->rect().intersects(view->visualRect(at)));
        // The reporter's name is known now that their conversation was read.
        QCOMPARE(cell(model, 0, SupportReportsModel::ReporterColumn), u"Ama Mensah"_s);
        shot(&w, u"support-report-opened"_s);

        // (c) Resolve it: a resolution is required, at most 1000 characters.
        w.tabs()->setCurrentWidget(reports);
        reports->resolveButton()->click();
        ui::ResolveReportDialog *dialog = reports->resolveDialog();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->resolveButton()->isEnabled());
        QVERIFY(!reports->resolveButton()->isEnabled()); // one dialog at a time
        dialog->setResolution(QString(ui::ResolveReportDialog::maxResolution + 1, u'x'));
        QVERIFY(!dialog->resolveButton()->isEnabled());
        dialog->setResolution(u"Warned Kofi: payments stay on Kora."_s);
        QVERIFY(dialog->resolveButton()->isEnabled());
        shot(dialog, u"support-resolve-dialog"_s);
        QSignalSpy resolved(reports, &ui::SupportReportsView::resolved);
        dialog->resolveButton()->click();
        QVERIFY(resolved.wait(10000));
        QCOMPARE(resolved.last().at(0).toString(), reportId);
        const QDateTime resolvedBy = QDateTime::currentDateTimeUtc();
        QCOMPARE(model->rowCount(), 0);
        reports->resolvedFilter()->click();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(SupportReportsModel::StatusRole).toString(),
                 u"resolved"_s);
        QCOMPARE(cell(model, 0, SupportReportsModel::ResolutionColumn),
                 u"Warned Kofi: payments stay on Kora."_s);
        QVERIFY(!reports->table()->isColumnHidden(SupportReportsModel::ResolutionColumn));
        QVERIFY(!reports->resolveButton()->isEnabled());
        shot(&w, u"support-reports-resolved"_s);
        const QJsonObject stored = adminReports(fx, support).first().toObject();
        QCOMPARE(stored.value("status"_L1).toString(), u"resolved"_s);
        const QDateTime resolvedAt = proto::parseTime(stored.value("resolvedAt"_L1));

        // The audit log: the window's lists (Open, then Resolved), the read and the resolve, each
        // recorded before the answer came back.
        QDateTime firstList, firstView, resolve;
        int lists = 0;
        for (const QJsonValue &v : auditEntries(fx, support)) {
            const QJsonObject e = v.toObject();
            const QString action = e.value("action"_L1).toString();
            const QDateTime time = proto::parseTime(e.value("at"_L1));
            if (action == u"reports"_s &&
                e.value("detail"_L1).toString().contains(u"status="_s)) { // the window's, not ours
                ++lists;
                firstList = time; // newest first: the last one seen is the first
            } else if (action == u"view"_s && e.value("conversationId"_L1).toString() == id) {
                firstView = time;
            } else if (action == u"resolve"_s) {
                QCOMPARE(e.value("conversationId"_L1).toString(), id);
                QCOMPARE(e.value("detail"_L1).toString(), u"report="_s + reportId);
                resolve = time;
            }
        }
        QCOMPARE(lists, 2);
        QVERIFY(firstList.isValid() && firstList <= listedBy);
        QVERIFY(firstView.isValid() && firstList <= firstView && firstView <= viewedBy);
        QVERIFY(resolve.isValid() && resolve <= resolvedAt && resolvedAt <= resolvedBy);
        // The audit log view says so in words.
        QSignalSpy auditShown(w.auditLog(), &ui::AuditLogView::refreshed);
        w.tabs()->setCurrentWidget(w.auditLog());
        QVERIFY(auditShown.wait(10000));
        QStringList actions;
        for (int row = 0; row < w.auditLog()->table()->rowCount(); ++row)
            actions.append(w.auditLog()->table()->item(row, 2)->text());
        QCOMPARE(actions.value(0), ui::AuditLogView::actionText(u"reports"_s));
        QVERIFY(actions.contains(ui::AuditLogView::actionText(u"resolve"_s)));
        QVERIFY(actions.contains(ui::AuditLogView::actionText(u"view"_s)));
    }

    // (d) A resolve the server never gets (the network is gone) or refuses
    // (someone resolved it meanwhile) says so and keeps the report in the
    // queue, with the resolution written still there for the next try.
    void refusedResolveKeepsTheReport()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const Login support = fx.login(u"support"_s);
        const QString id = fx.directConversation(ama, kofi);
        const HttpResult filed = fx.post(u"/api/v1/reports"_s, kofi.token,
                                         {{u"conversationId"_s, id}, {u"reason"_s, u"spam"_s}});
        QCOMPARE(filed.status, 201);
        const QString reportId = filed.json.value("id"_L1).toString();
        for (const QString &reason : {u"other"_s, u"scam"_s})
            QCOMPARE(fx.post(u"/api/v1/reports"_s, ama.token,
                             {{u"conversationId"_s, id}, {u"reason"_s, reason}})
                         .status,
                     201);

        FaultProxy proxy(QHostAddress::LocalHost, fx.port());
        QVERIFY(proxy.listen());
        QApplication::setLayoutDirection(Qt::RightToLeft);
        auto s = openSupport(fx, QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())));
        ui::SupportWindow &w = *s->window;
        ui::SupportReportsView *reports = w.reports();
        reports->setPageSize(2);
        QAbstractItemModelTester tester(reports->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(reports, &ui::SupportReportsView::refreshed);
        w.tabs()->setCurrentWidget(reports);
        QVERIFY(refreshed.wait(10000));
        // Newest first, two a page, "Load more" for the rest (nothing twice).
        QCOMPARE(reports->model()->rowCount(), 2);
        QCOMPARE(cell(reports->model(), 0, SupportReportsModel::ReasonColumn),
                 SupportReportsModel::tr("Scam"));
        QCOMPARE(cell(reports->model(), 1, SupportReportsModel::ReasonColumn),
                 SupportReportsModel::tr("Other"));
        QVERIFY(reports->moreButton()->isVisible());
        reports->moreButton()->click();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(reports->model()->rowCount(), 3);
        QVERIFY(!reports->moreButton()->isVisible());
        QCOMPARE(reports->model()->index(2, 0).data(SupportReportsModel::IdRole).toString(),
                 reportId);
        reports->table()->setCurrentIndex(reports->model()->index(2, 0));
        QCOMPARE(cell(reports->model(), 2, SupportReportsModel::ReporterColumn),
                 SupportReportsModel::tr("A participant")); // nobody read yet
        // Right to left, the buttons' order is mirrored: Resolve… is leftmost.
        QVERIFY(reports->resolveButton()->mapTo(&w, QPoint()).x() <
                reports->openButton()->mapTo(&w, QPoint()).x());
        shot(&w, u"support-reports-rtl"_s);

        proxy.setRefuse(true);
        proxy.dropAll();
        QSignalSpy failed(reports, &ui::SupportReportsView::resolveFailed);
        reports->resolveButton()->click();
        QVERIFY(reports->resolveDialog());
        reports->resolveDialog()->setResolution(u"Removed the advert."_s);
        reports->resolveDialog()->resolveButton()->click();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.last().at(0).toString(), reportId);
        QVERIFY(reports->statusText().contains(failed.last().at(1).toString()));
        QCOMPARE(reports->model()->rowCount(), 3);
        QCOMPARE(reports->model()->index(2, 0).data(SupportReportsModel::IdRole).toString(),
                 reportId);
        QTRY_VERIFY(reports->resolveButton()->isEnabled());
        QCOMPARE(adminReports(fx, support).first().toObject().value("status"_L1).toString(),
                 u"open"_s);
        shot(&w, u"support-resolve-failed-rtl"_s);
        QApplication::setLayoutDirection(Qt::LeftToRight);

        // Back online, but someone else resolved it meanwhile: refused too.
        proxy.setRefuse(false);
        QCOMPARE(fx.request("PATCH", u"/api/v1/admin/reports/"_s + reportId, support.token,
                            {{u"status"_s, u"resolved"_s}, {u"resolution"_s, u"Done"_s}})
                     .status,
                 200);
        reports->resolveButton()->click();
        QVERIFY(reports->resolveDialog());
        QCOMPARE(reports->resolveDialog()->resolution(), u"Removed the advert."_s); // kept
        reports->resolveDialog()->resolveButton()->click();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).toString(),
                 ui::SupportReportsView::describeError({proto::code::Conflict, {}}));
        QVERIFY(reports->statusText().contains(failed.last().at(1).toString()));
        QCOMPARE(reports->model()->rowCount(), 3);
        QCOMPARE(reports->model()->index(2, 0).data(SupportReportsModel::IdRole).toString(),
                 reportId);
    }

    void supportLoginOpensTheSupportWindowWithoutASocket()
    {
        // No keychain here (the token stays in memory): nothing waits on a secret service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "disabled:");
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        app::LaunchOptions options;
        options.server = fx.url();
        options.profile = u"tst-support-%1"_s.arg(QCoreApplication::applicationPid());
        options.email = u"support@demo.kora"_s;
        options.password = u"demo-password"_s;
        app::AppController controller(options);
        QSignalSpy shown(&controller, &app::AppController::mainWindowShown);
        controller.start();
        QVERIFY(shown.wait(15000));
        QVERIFY(controller.supportWindow());
        QVERIFY(!controller.mainWindow());
        QVERIFY(controller.supportWindow()->isVisible());
        QVERIFY(controller.supportWindow()->banner()->isVisible());
        // Support mode never opens the realtime link: no receipts, typing or presence can leave.
        QCOMPARE(controller.session()->socket().state(), net::SocketIoClient::State::Disconnected);
        QFile::remove(controller.settings().fileName());
    }

    void exportRefusedWhenNotAudited()
    {
        // The export is refused when the server does not record it (here: the
        // support token is no longer accepted); no file is written.
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const QString id = fx.directConversation(ama, kofi);
        auto support = openSupport(fx);
        ui::SupportWindow &w = *support->window;
        w.searchPane()->textField()->setText(u"kofi"_s);
        QVERIFY(searchAndOpen(w, id));
        support->client->stack->api.setToken(u"not-a-token"_s);
        QSignalSpy exported(&w, &ui::SupportWindow::exportFinished);
        const QString path = m_dir.filePath(u"refused.html"_s);
        w.exportTo(path, u"html"_s);
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.last().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void olderPagesLoadWhenScrolledUp()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), yaw = fx.login(u"yaw"_s);
        const QString id = fx.directConversation(yaw, ama);
        for (int i = 0; i < 130; ++i)
            QCOMPARE(fx.post(messagesPath(id), i % 2 ? ama.token : yaw.token,
                             test::textMessage(u"line %1"_s.arg(i)))
                         .status,
                     201);
        auto support = openSupport(fx);
        ui::SupportWindow &w = *support->window;
        w.resize(900, 600);
        w.searchPane()->textField()->setText(u"line 129"_s);
        QVERIFY(searchAndOpen(w, id));
        const qint64 cachedAtOpen = w.cache()->messageCount(id);
        QVERIFY(cachedAtOpen < 130 + 10);
        // Scroll to the top until the first message is there.
        QListView *view = w.conversationView()->view();
        models::MessageListModel *model = w.conversationView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                view->scrollToTop();
                return model->index(0, 0).data(models::MessageListModel::SeqRole).toLongLong() == 1;
            }(),
            20000);
        QVERIFY(w.cache()->messageCount(id) > cachedAtOpen);
    }

    void systemMessageLiveInClientCacheAndUnread()
    {
        ServerFixture fx;
        QVERIFY2(fx.ok(), qPrintable(fx.error()));
        const Login ama = fx.login(u"ama"_s), kofi = fx.login(u"kofi"_s);
        const QString id = fx.directConversation(ama, kofi);
        std::vector<std::unique_ptr<app::Session>> sessions;
        for (const auto &[who, login] : {std::pair{u"ama"_s, ama}, std::pair{u"kofi"_s, kofi}}) {
            app::Session::Config config;
            config.server = fx.url();
            config.token = login.token;
            config.user.id = login.userId;
            config.user.name = who;
            config.cachePath = m_dir.filePath(who + u"-client/cache.sqlite3"_s);
            config.socketOptions.watchNetwork = false;
            auto created = app::Session::create(std::move(config));
            QVERIFY2(created, qPrintable(created ? QString() : created.error()));
            QSignalSpy synced(&(*created)->sync(), &models::SyncEngine::syncFinished);
            (*created)->start();
            QVERIFY(synced.wait(10000));
            sessions.push_back(std::move(*created));
        }
        QList<qint64> unreadBefore;
        for (const auto &s : sessions)
            unreadBefore.append(s->cache().conversation(id)->conversation.unreadCount);

        const HttpResult posted = postSystem(
            fx, {{u"conversationId"_s, id}, {u"body"_s, u"Booking confirmed for Tue 14:00"_s}});
        QCOMPARE(posted.status, 201);
        const QString messageId = posted.json.value("id"_L1).toString();
        for (int i = 0; i < int(sessions.size()); ++i) {
            models::Cache &cache = sessions[i]->cache();
            QTRY_VERIFY(cache.hasMessage(messageId));
            const auto newest = cache.messages(id, 1);
            QCOMPARE(newest.last().message.kind, u"system"_s);
            QCOMPARE(newest.last().message.body, u"Booking confirmed for Tue 14:00"_s);
            QTRY_COMPARE(cache.conversation(id)->conversation.unreadCount, unreadBefore[i] + 1);
        }

        // How the regular client shows it: centred, distinct (looked at in the screenshot).
        QSettings settings(m_dir.filePath(u"main.ini"_s), QSettings::IniFormat);
        auto window = std::make_unique<ui::MainWindow>(sessions[0]->services(), settings);
        window->resize(1000, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        shot(window.get(), u"client-list-system-unread"_s);
        window->openConversation(id);
        QCOMPARE(window->currentConversationId(), id);
        auto *messages = window->findChild<QListView *>(u"chatMessages"_s);
        QVERIFY(messages);
        QTRY_VERIFY(messages->model() && messages->model()->rowCount() > 0);
        shot(window.get(), u"client-system-message"_s);
        window.reset();
    }

    void transcriptEmbedsThumbnailsAndAttachmentNames()
    {
        proto::Conversation c;
        c.id = u"c1"_s;
        proto::Participant p;
        p.user.id = u"u1"_s;
        p.user.name = u"<Ama>"_s;
        c.participants = {p};
        proto::Message m;
        m.seq = 1;
        m.senderId = u"u1"_s;
        m.kind = u"image"_s;
        m.createdAt = QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC);
        proto::Attachment a;
        a.name = u"site <photo>.png"_s;
        a.mime = u"image/png"_s;
        a.size = 2048;
        m.attachments = {a};
        ui::TranscriptExporter::Options options;
        options.exportedBy = u"Support & Co"_s;
        options.thumbnail = [](const proto::Attachment &) {
            QImage image(400, 200, QImage::Format_RGB32);
            image.fill(Qt::red);
            return image;
        };
        const QString html = ui::TranscriptExporter::html(c, {m}, options);
        QVERIFY(html.contains(u"&lt;Ama&gt;"_s));
        QVERIFY(html.contains(u"site &lt;photo&gt;.png"_s));
        QVERIFY(html.contains(u"Support &amp; Co"_s));
        QVERIFY(html.contains(u"<img src=\"data:image/png;base64,"_s));
        QVERIFY(html.contains(u"width=\"240\" height=\"120\""_s));
        QVERIFY(html.contains(u"2026-11-23 12:00:00 UTC"_s));
        QVERIFY(!html.contains(u"<Ama>"_s));
    }
};

QTEST_MAIN(TestSupportWindow)
#include "tst_supportwindow.moc"
