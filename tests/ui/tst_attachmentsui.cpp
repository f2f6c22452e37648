// Attaching, sending and showing files in the chat pane, end to end: two
// clients against a real in-process kora-server (the sender behind a
// FaultProxy), under the offscreen platform. Drops (file URLs and image
// data), paste, the offline case, hostile files, the bubbles, the viewer.
// Set KORA_SCREENSHOT_DIR to keep PNGs of what the tests look at.
#include "AttachmentStrip.h"
#include "ChatPane.h"
#include "ClientStack.h"
#include "Composer.h"
#include "FaultProxy.h"
#include "ImageViewer.h"
#include "MediaCache.h"
#include "MessageDelegate.h"
#include "MessageListModel.h"
#include "ServerFixture.h"
#include "SignedInClient.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using kora::models::MessageListModel;
using kora::test::ServerFixture;
using kora::ui::AttachmentStrip;
using kora::ui::ChatPane;
using kora::ui::Composer;
using kora::ui::ImageViewer;
using kora::ui::MediaCache;
using kora::ui::MessageDelegate;

namespace {

using Session = SignedInClient; // with its pane

// A photo-like picture (noise does not compress away: uploads take a while).
QImage picture(int width, int height, int seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 state = quint32(seed) * 2654435761u + 1;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            state = state * 1664525u + 1013904223u;
            line[x] = qRgb(int(state >> 24), (x + seed * 40) % 256, y % 256);
        }
    }
    return image;
}

QVariantList attachmentsOf(const QModelIndex &index)
{
    return index.data(MessageListModel::AttachmentsRole).toList();
}

QString saveDir()
{
    return qEnvironmentVariable("KORA_SCREENSHOT_DIR");
}

// Grabs a widget; keeps the PNG when KORA_SCREENSHOT_DIR is set.
QImage look(QWidget *widget, const QString &name)
{
    const QImage image = widget->grab().toImage();
    if (!saveDir().isEmpty())
        image.save(QDir(saveDir()).filePath(name + QStringLiteral(".png")));
    return image;
}

bool drop(QWidget *target, QMimeData *data)
{
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
    return dropEvent.isAccepted();
}

} // namespace

class TestAttachmentsUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ServerFixture> fx;
    std::unique_ptr<FaultProxy> proxy;
    ServerFixture::Login ama, kofi;
    QString conversation;
    QTemporaryDir dir;
    int sessions = 0;

    QUrl proxyUrl() const { return proxy->url(); }

    std::unique_ptr<Session> session(const ServerFixture::Login &who, const QString &name,
                                     const QUrl &url = {}, bool connect = true)
    {
        auto s = SignedInClient::create(
            url.isEmpty() ? fx->url() : url, who.token, who.userId, name,
            dir.filePath(QStringLiteral("%1-%2/cache.sqlite3").arg(name).arg(++sessions)),
            connect ? SignedInClient::Connect::WaitForSync : SignedInClient::Connect::Open);
        if (!s)
            return nullptr;
        s->makeChatPane(560, 720);
        s->pane->setConversation(conversation);
        s->pane->show();
        return s;
    }

    QString writePng(const QString &name, const QImage &image)
    {
        const QString path = dir.filePath(name);
        return image.save(path, "PNG") ? path : QString();
    }

    // The newest message received from ama with `count` attachments, once there.
    static bool hasIncoming(const Session &k, int count, const QString &body)
    {
        if (k.model()->rowCount() == 0)
            return false;
        const QModelIndex last = k.last();
        return !last.data(MessageListModel::IsOwnRole).toBool() &&
               attachmentsOf(last).size() == count &&
               last.data(MessageListModel::BodyRole).toString() == body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        fx = std::make_unique<ServerFixture>();
        QVERIFY2(fx->ok(), qPrintable(fx->error()));
        ama = fx->login(QStringLiteral("ama"));
        kofi = fx->login(QStringLiteral("kofi"));
        conversation = fx->directConversation(ama, kofi);
        QVERIFY(!conversation.isEmpty());
        proxy = std::make_unique<FaultProxy>(QHostAddress::LocalHost, fx->port());
        QVERIFY(proxy->listen());
    }

    void droppedFileArrivesWithThumbnailAndFullImage()
    {
        auto a = session(ama, QStringLiteral("ama"), proxyUrl());
        auto k = session(kofi, QStringLiteral("kofi"));
        QVERIFY(a && k);
        QAbstractItemModelTester tester(a->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitForWindowExposed(a->pane.get()));
        const QString png = writePng(QStringLiteral("site.png"), picture(1200, 900, 1));
        QVERIFY(!png.isEmpty());

        // Dragging files over the pane shows the drop zone; dropping fills the strip.
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(png)});
        const QPoint at = a->pane->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(a->pane.get(), &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(a->pane->dropOverlay()->isVisible());
        look(a->pane.get(), QStringLiteral("drop-zone"));
        QDropEvent dropped(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(a->pane->dropOverlay(), &dropped);
        QVERIFY(dropped.isAccepted());
        QVERIFY(!a->pane->dropOverlay()->isVisible());
        QCOMPARE(a->strip()->count(), 1);
        QVERIFY(a->strip()->isVisible());
        // With a file waiting, the field asks for its caption.
        QCOMPARE(a->composer()->editor()->placeholderText(),
                 QStringLiteral("Add a caption (optional)…"));
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy(), 10000);
        QCOMPARE(a->strip()->files().first().width, 1200);
        QVERIFY(a->composer()->attachmentErrors().isEmpty());
        QTest::keyClicks(a->composer()->editor(), QStringLiteral("The wall before tiling"));
        look(a->pane.get(), QStringLiteral("preview-strip"));
        delete data;

        // Enter sends: the bubble shows at once with the local copy, the bar goes 0 → 100 %.
        QList<double> progress;
        QSet<int> sendingHeights; // the own row's height while it uploads
        connect(a->model(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &from, const QModelIndex &to) {
                    for (int row = from.row(); row <= to.row(); ++row) {
                        const double p = a->model()
                                             ->index(row, 0)
                                             .data(MessageListModel::UploadProgressRole)
                                             .toDouble();
                        if (p >= 0 && (progress.isEmpty() || progress.last() != p))
                            progress.append(p);
                        const QModelIndex index = a->model()->index(row, 0);
                        if (index.data(MessageListModel::StatusRole).toInt() ==
                            int(MessageListModel::Status::Sending)) {
                            QStyleOptionViewItem o;
                            o.initFrom(a->pane->messageView()->viewport());
                            sendingHeights.insert(
                                a->pane->messageDelegate()->sizeHint(o, index).height());
                        }
                    }
                });
        const int before = a->model()->rowCount();
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        QCOMPARE(a->model()->rowCount(), before + 1);
        QCOMPARE(a->strip()->count(), 0);
        QVERIFY(!a->strip()->isVisible());
        QCOMPARE(a->composer()->editor()->toPlainText(), QString());
        QCOMPARE(a->composer()->editor()->placeholderText(), QStringLiteral("Write a message…"));
        const QVariantMap own = attachmentsOf(a->last()).value(0).toMap();
        QVERIFY(QFileInfo::exists(own.value(QStringLiteral("localPath")).toString()));
        QCOMPARE(a->last().data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("The wall before tiling"));

        // Kofi: the message, its size known before any pixel arrives.
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 1, QStringLiteral("The wall before tiling")),
                                 15000);
        const QModelIndex row = k->last();
        const QVariantMap att = attachmentsOf(row).first().toMap();
        QCOMPARE(att.value(QStringLiteral("width")).toInt(), 1200);
        QCOMPARE(att.value(QStringLiteral("height")).toInt(), 900);
        QCOMPARE(att.value(QStringLiteral("mime")).toString(), QStringLiteral("image/jpeg"));
        QVERIFY(!att.value(QStringLiteral("thumbUrl")).toString().isEmpty());
        QCOMPARE(row.data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("The wall before tiling"));
        MessageDelegate *delegate = k->pane->messageDelegate();
        QStyleOptionViewItem option;
        option.initFrom(k->pane->messageView()->viewport());
        option.rect = k->pane->messageView()->visualRect(row);
        const QString thumbKey = MediaCache::keyFor(att, MediaCache::Size::Thumb);
        const QSize before_ = delegate->sizeHint(option, row);
        const QRect box = delegate->attachmentRects(row).value(0);
        QVERIFY(box.width() > 100);
        QVERIFY(qAbs(double(box.width()) / box.height() - 4.0 / 3.0) < 0.02); // its own ratio
        QTRY_VERIFY_WITH_TIMEOUT(
            !k->pane->mediaCache()->image(thumbKey, MediaCache::Size::Thumb).isNull(), 10000);
        const QImage thumb = k->pane->mediaCache()->image(thumbKey, MediaCache::Size::Thumb);
        QVERIFY(thumb.width() <= 1200);
        QVERIFY(qAbs(double(thumb.width()) / thumb.height() - 4.0 / 3.0) < 0.05);
        QCOMPARE(delegate->sizeHint(option, row), before_); // no jump when the pixels come
        QTRY_VERIFY_WITH_TIMEOUT(
            attachmentsOf(a->last()).value(0).toMap().value(QStringLiteral("id")).toString() ==
                att.value(QStringLiteral("id")).toString(),
            10000);
        // The bar went from the start to the end.
        QVERIFY2(!progress.isEmpty(), "no progress seen");
        QVERIFY(progress.first() < 1.0);
        QCOMPARE(progress.last(), 1.0);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        QCOMPARE(sendingHeights.size(), 1); // the bar moves, the row does not
        QTRY_COMPARE(a->last().data(MessageListModel::UploadProgressRole).toDouble(), -1.0);
        // Own images need no download once sent: the outbox copy was adopted.
        const QVariantMap ownSent = attachmentsOf(a->last()).value(0).toMap();
        const QString ownThumb = MediaCache::keyFor(ownSent, MediaCache::Size::Thumb);
        QVERIFY(!ownThumb.startsWith(QLatin1String("file:")));
        QTRY_VERIFY(!a->pane->mediaCache()->image(ownThumb, MediaCache::Size::Thumb).isNull());
        QCOMPARE(a->pane->mediaCache()->downloadsStarted(), 0);
        look(k->pane.get(), QStringLiteral("image-bubble-theirs"));
        look(a->pane.get(), QStringLiteral("image-bubble-own"));

        // A click on the thumbnail opens the full image.
        QSignalSpy activated(delegate, &MessageDelegate::imageActivated);
        k->pane->messageView()->doItemsLayout();
        k->pane->messageView()->scrollToBottom();
        const QPoint click = delegate->attachmentRects(k->last()).value(0).center();
        QVERIFY(k->pane->messageView()->viewport()->rect().contains(click));
        QTest::mouseClick(k->pane->messageView()->viewport(), Qt::LeftButton, {}, click);
        QCOMPARE(activated.size(), 1);
        auto *viewer = k->pane->findChild<ImageViewer *>();
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->fullImage().isNull(), 10000);
        QCOMPARE(viewer->fullImage().size(), QSize(1200, 900));
        const QPointer<ImageViewer> closing(viewer);
        viewer->close();
        QTRY_VERIFY(!closing || !closing->isVisible());

        // By keyboard: Enter on the message picked in the list opens it too.
        QListView *list = k->pane->messageView();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(list->model()->rowCount() - 1, 0));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_VERIFY([&] {
            for (ImageViewer *open : k->pane->findChildren<ImageViewer *>()) {
                if (open->isVisible())
                    return true;
            }
            return false;
        }());
        for (ImageViewer *open : k->pane->findChildren<ImageViewer *>())
            open->close();
    }

    void droppedImageDataAndPasteGoInOneMessage()
    {
        auto a = session(ama, QStringLiteral("ama"));
        auto k = session(kofi, QStringLiteral("kofi"));
        QVERIFY(a && k);
        // Image data (no file): a screenshot tool's drag.
        auto *data = new QMimeData;
        data->setImageData(picture(300, 200, 2));
        QVERIFY(drop(a->pane.get(), data));
        delete data;
        // A paste: Ctrl+V with an image on the clipboard.
        QApplication::clipboard()->setImage(picture(200, 400, 3));
        a->composer()->editor()->setFocus();
        QTest::keyClick(a->composer()->editor(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(a->strip()->count(), 2);
        QCOMPARE(a->composer()->editor()->toPlainText(), QString()); // no text pasted
        // Enter at once: if the files are still being prepared, they go when ready.
        const bool wasBusy = a->strip()->isBusy();
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        if (wasBusy && a->strip()->isBusy())
            QVERIFY(a->composer()->statusText().contains(QStringLiteral("as soon as")));
        QTRY_COMPARE_WITH_TIMEOUT(a->strip()->count(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 2, QString()), 15000);
        const QVariantList atts = attachmentsOf(k->last());
        QCOMPARE(QSize(atts[0].toMap().value(QStringLiteral("width")).toInt(),
                       atts[0].toMap().value(QStringLiteral("height")).toInt()),
                 QSize(300, 200));
        QCOMPARE(QSize(atts[1].toMap().value(QStringLiteral("width")).toInt(),
                       atts[1].toMap().value(QStringLiteral("height")).toInt()),
                 QSize(200, 400));
        QCOMPARE(k->last().data(MessageListModel::BodyRole).toString(), QString());
        // Two images side by side, no caption: the time sits on the image.
        const QList<QRect> rects = k->pane->messageDelegate()->attachmentRects(k->last());
        QCOMPARE(rects.size(), 2);
        QCOMPARE(rects[0].top(), rects[1].top());
        QVERIFY(rects[0].right() < rects[1].left());

        // The viewer walks the conversation's images; keys work.
        auto *viewer = k->pane->openImage(k->last(), 1);
        QVERIFY(viewer);
        const int count = viewer->count();
        QVERIFY(count >= 2);
        QCOMPARE(viewer->current(), count - 1);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->fullImage().isNull(), 10000);
        QCOMPARE(viewer->fullImage().size(), QSize(200, 400));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->current(), count - 2);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->fullImage().size() == QSize(300, 200), 10000);
        QVERIFY(viewer->isFitting());
        QTest::keyClick(viewer, Qt::Key_1);
        QCOMPARE(viewer->zoom(), 1.0);
        QTest::keyClick(viewer, Qt::Key_Plus);
        QCOMPARE(viewer->zoom(), 1.25);
        QTest::keyClick(viewer, Qt::Key_Minus);
        QCOMPARE(viewer->zoom(), 1.0);
        QTest::keyClick(viewer, Qt::Key_0);
        QVERIFY(viewer->isFitting());
        look(viewer, QStringLiteral("viewer"));
        // Copy and Save as give the image.
        QTest::keyClick(viewer, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(300, 200));
        bool saved = false;
        QString saveError;
        viewer->saveTo(dir.filePath(QStringLiteral("saved.jpg")), [&](const QString &error) {
            saved = true;
            saveError = error;
        });
        QTRY_VERIFY(saved);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));
        QCOMPARE(QImageReader(dir.filePath(QStringLiteral("saved.jpg"))).size(), QSize(300, 200));
        QPointer<ImageViewer> guard(viewer);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull()); // closed and gone
    }

    // The viewer over the window: who sent the image, when, its caption; the
    // zoom and the position in the toolbar; Tab round its buttons; Esc gives
    // focus back; right to left, dark.
    void viewerCoversTheWindowWithSenderDateAndCaption()
    {
        auto a = session(ama, QStringLiteral("ama"));
        auto k = session(kofi, QStringLiteral("kofi"));
        QVERIFY(a && k);
        const QString longCaption =
            QStringLiteral("The bathroom after grouting: the joints by the window are still "
                           "wet, so please do not use the shower before Monday. The spare "
                           "tiles are in the garage, next to the boiler; I will take the "
                           "buckets and the mixer on Tuesday when I come for the silicone. "
                           "If the grout looks patchy once dry, that is normal: it evens out "
                           "after the first clean with warm water and a soft sponge.");
        // One without a caption, one with a short one, one with a long one.
        const QStringList captions{QString(), QStringLiteral("The kitchen wall"), longCaption};
        for (int i = 0; i < captions.size(); ++i) {
            a->composer()->addFiles(
                {writePng(QStringLiteral("room%1.png").arg(i), picture(800, 600, 10 + i))});
            QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy(), 10000);
            if (!captions.at(i).isEmpty())
                QTest::keyClicks(a->composer()->editor(), captions.at(i));
            QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 1, captions.at(i)), 15000);
        }
        const QModelIndex first = k->model()->index(k->model()->rowCount() - 2, 0);
        const QModelIndex second = k->last();
        QCOMPARE(first.data(MessageListModel::BodyRole).toString(), captions.at(1));
        const QString amaName = first.data(MessageListModel::SenderNameRole).toString();
        QVERIFY(!amaName.isEmpty());
        const QDateTime sentAt =
            first.data(MessageListModel::CreatedAtRole).toDateTime().toLocalTime();
        QVERIFY(sentAt.isValid());

        // Focus in the messages, then the first image opens over the window.
        ChatPane *window = k->pane.get();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QListView *list = window->messageView();
        list->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), list);
        auto *viewer = window->openImage(first, 0);
        QVERIFY(viewer);
        QVERIFY(!viewer->isWindow()); // a child of the window, not one of its own
        QCOMPARE(viewer->parentWidget(), window->window());
        QCOMPARE(viewer->geometry(), window->rect());
        QVERIFY(viewer->isVisible());
        QVERIFY(viewer->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == viewer);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->fullImage().isNull(), 10000);
        QCOMPARE(viewer->senderText(), amaName);
        QVERIFY2(
            viewer->dateText().contains(QLocale().toString(sentAt.date(), QLocale::LongFormat)),
            qPrintable(viewer->dateText()));
        QVERIFY2(viewer->dateText().contains(MessageDelegate::timeText(sentAt.time())),
                 qPrintable(viewer->dateText()));
        QCOMPARE(viewer->captionText(), captions.at(1));
        auto *caption = viewer->findChild<QLabel *>(QStringLiteral("imageViewerCaption"));
        QVERIFY(caption && caption->isVisible());
        QCOMPARE(caption->text(), captions.at(1));
        const int count = viewer->count();
        QCOMPARE(viewer->current(), count - 2);
        QCOMPARE(viewer->positionText(), QStringLiteral("%1 of %2").arg(count - 1).arg(count));

        // 1:1 says 100 %, + says 125 %, 0 fits again.
        QTest::keyClick(viewer, Qt::Key_1);
        QCOMPARE(viewer->zoomText(), QStringLiteral("100 %"));
        QTest::keyClick(viewer, Qt::Key_Plus);
        QCOMPARE(viewer->zoomText(), QStringLiteral("125 %"));
        QTest::keyClick(viewer, Qt::Key_0);
        QVERIFY(viewer->isFitting());

        // It follows the window's size.
        const QSize size = window->size();
        window->resize(size + QSize(120, 60));
        QTRY_COMPARE(viewer->geometry(), window->rect());
        // Narrow: the zoom buttons go (the keys stay), Close stays inside.
        window->resize(340, size.height());
        QTRY_COMPARE(viewer->geometry(), window->rect());
        auto *closeButton = viewer->findChild<QToolButton *>(QStringLiteral("imageViewerClose"));
        auto *zoomInButton = viewer->findChild<QToolButton *>(QStringLiteral("imageViewerZoomIn"));
        QVERIFY(closeButton && zoomInButton);
        QCOMPARE(window->width(), 340);
        QVERIFY(!zoomInButton->isVisible());
        QTest::keyClick(viewer, Qt::Key_1);
        QCOMPARE(viewer->zoomText(), QStringLiteral("100 %"));
        QTest::keyClick(viewer, Qt::Key_0);
        auto *senderLabel = viewer->findChild<QLabel *>(QStringLiteral("imageViewerSender"));
        QVERIFY(senderLabel && senderLabel->width() > 60); // the name still has room
        QTRY_VERIFY(closeButton->isVisible());
        QTRY_VERIFY(closeButton->mapTo(viewer, QPoint(closeButton->width(), 0)).x() <=
                    viewer->width());
        look(window, QStringLiteral("viewer-window-narrow"));
        window->resize(size + QSize(120, 60));
        QTRY_COMPARE(viewer->geometry(), window->rect());
        QTRY_VERIFY(zoomInButton->isVisible());

        // Tab goes round the viewer's buttons only, each with a name.
        QSet<QWidget *> reached;
        viewer->setFocus();
        for (int i = 0; i < 12; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QVERIFY2(viewer->isAncestorOf(focus), qPrintable(focus->objectName()));
            QVERIFY2(!focus->accessibleName().isEmpty(), qPrintable(focus->objectName()));
            reached.insert(focus);
        }
        for (const char *name : {"imageViewerPrevious", "imageViewerNext", "imageViewerZoomOut",
                                 "imageViewerZoomIn", "imageViewerFit", "imageViewerActualSize",
                                 "imageViewerSave", "imageViewerCopy", "imageViewerClose"}) {
            auto *button = viewer->findChild<QToolButton *>(QLatin1String(name));
            QVERIFY2(button && reached.contains(button), name);
            QVERIFY(!button->icon().isNull());
        }
        // Where focus is shows: a ring on the dark toolbar.
        viewer->findChild<QToolButton *>(QStringLiteral("imageViewerFit"))
            ->setFocus(Qt::TabFocusReason);
        look(window, QStringLiteral("viewer-window-focus"));
        viewer->setFocus();
        look(window, QStringLiteral("viewer-window-light"));

        // Next: the second message's image and caption (long: cut, whole in the tooltip).
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->current(), count - 1);
        QCOMPARE(viewer->captionText(), longCaption);
        QVERIFY(caption->isVisible());
        QTRY_VERIFY(caption->text().count(QLatin1Char('\n')) <= 2); // three lines at most
        QCOMPARE(caption->toolTip(), longCaption);
        QVERIFY(caption->text().endsWith(QChar(0x2026))); // …
        QCOMPARE(viewer->positionText(), QStringLiteral("%1 of %2").arg(count).arg(count));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->fullImage().isNull(), 10000);
        QCOMPARE(viewer->senderText(), second.data(MessageListModel::SenderNameRole).toString());
        look(window, QStringLiteral("viewer-window-long-caption"));
        // The image before has no caption: none shows.
        QTest::keyClick(viewer, Qt::Key_Left);
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->current(), count - 3);
        QCOMPARE(viewer->captionText(), QString());
        QVERIFY(!caption->isVisible());
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->current(), count - 2);

        // Right to left: next is on the left, and Left goes to it.
        window->setLayoutDirection(Qt::RightToLeft);
        auto *prev = viewer->findChild<QToolButton *>(QStringLiteral("imageViewerPrevious"));
        auto *next = viewer->findChild<QToolButton *>(QStringLiteral("imageViewerNext"));
        QVERIFY(prev && next);
        QTRY_VERIFY(next->geometry().center().x() < prev->geometry().center().x());
        QVERIFY(next->geometry().center().x() < viewer->width() / 2);
        // The toolbar mirrors: the sender at the right, Close at the left.
        auto *sender = viewer->findChild<QLabel *>(QStringLiteral("imageViewerSender"));
        QVERIFY(sender);
        QTRY_VERIFY(sender->geometry().center().x() > viewer->width() / 2);
        QVERIFY(closeButton->mapTo(viewer, QPoint()).x() < viewer->width() / 2);
        look(window, QStringLiteral("viewer-window-rtl"));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->current(), count - 1);
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->current(), count - 2);
        window->setLayoutDirection(Qt::LeftToRight);
        QTRY_VERIFY(next->geometry().center().x() > prev->geometry().center().x());

        // Dark: the same dark canvas over a dark window.
        QPalette dark = window->palette();
        dark.setColor(QPalette::Window, QColor(32, 33, 36));
        dark.setColor(QPalette::WindowText, QColor(232, 234, 237));
        dark.setColor(QPalette::Base, QColor(43, 44, 48));
        dark.setColor(QPalette::Text, QColor(232, 234, 237));
        window->setPalette(dark);
        const QImage darkShot = look(window, QStringLiteral("viewer-window-dark"));
        QVERIFY(qGray(darkShot.pixel(darkShot.width() / 2, darkShot.height() - 4)) < 60);

        // Esc closes it and focus is back in the messages.
        const QPointer<ImageViewer> guard(viewer);
        QTest::keyClick(viewer, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        QTRY_COMPARE(QApplication::focusWidget(), list);
        // A click on the backdrop closes it too.
        viewer = window->openImage(first, 0);
        QVERIFY(viewer);
        const QPointer<ImageViewer> clicked(viewer);
        QTest::mouseClick(viewer, Qt::LeftButton, {},
                          QPoint(viewer->width() / 2, viewer->height() - 2));
        QTRY_VERIFY(clicked.isNull());
        QTRY_COMPARE(QApplication::focusWidget(), list);

        // A pane inside a bigger window: the viewer covers the whole window, and
        // goes when the pane (whose media cache it reads) goes first.
        QWidget host;
        auto *hostLayout = new QVBoxLayout(&host);
        hostLayout->setContentsMargins(0, 0, 0, 0);
        hostLayout->addWidget(new QLabel(QStringLiteral("a list beside the chat")));
        k->pane->setParent(&host);
        hostLayout->addWidget(k->pane.get());
        const auto unparent = qScopeGuard([&] {
            if (k->pane)
                k->pane->setParent(nullptr); // the session deletes it, not the host
        });
        host.resize(900, 700);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        viewer = k->pane->openImage(first, 0);
        QVERIFY(viewer);
        QCOMPARE(viewer->parentWidget(), &host);
        QCOMPARE(viewer->geometry(), host.rect());
        const QPointer<ImageViewer> orphan(viewer);
        k->pane.reset();
        QTRY_VERIFY(orphan.isNull());
    }

    void imageAttachedWhileTheServerIsDownIsDeliveredWhenItIsBack()
    {
        proxy->setRefuse(true);
        auto k = session(kofi, QStringLiteral("kofi"));
        auto a = session(ama, QStringLiteral("ama"), proxyUrl(), false);
        QVERIFY(a && k);
        const QString png = writePng(QStringLiteral("offline.png"), picture(640, 480, 4));
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(png)});
        QVERIFY(drop(a->pane.get(), data));
        delete data;
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy(), 10000);
        QTest::keyClicks(a->composer()->editor(), QStringLiteral("sent offline"));
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        QCOMPARE(a->last().data(MessageListModel::StatusRole).toInt(),
                 int(MessageListModel::Status::Sending));
        // Shown at once from the local copy.
        const QVariantMap own = attachmentsOf(a->last()).value(0).toMap();
        const QString key = MediaCache::keyFor(own, MediaCache::Size::Thumb);
        QVERIFY(key.startsWith(QLatin1String("file:")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !a->pane->mediaCache()->image(key, MediaCache::Size::Thumb).isNull(), 10000);
        look(a->pane.get(), QStringLiteral("image-bubble-pending"));

        // A second one, cancelled from its bubble before the link is back.
        a->composer()->addFiles({writePng(QStringLiteral("never.png"), picture(64, 64, 6))});
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy(), 10000);
        QTest::keyClicks(a->composer()->editor(), QStringLiteral("never sent"));
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        const int rows = a->model()->rowCount();
        a->pane->messageView()->doItemsLayout();
        a->pane->messageView()->scrollToBottom();
        const QRect cancel =
            a->pane->messageDelegate()->actionRect(a->last(), MessageDelegate::Hit::CancelUpload);
        QVERIFY(cancel.isValid());
        QTest::mouseClick(a->pane->messageView()->viewport(), Qt::LeftButton, {}, cancel.center());
        QTRY_COMPARE(a->model()->rowCount(), rows - 1);
        QCOMPARE(a->last().data(MessageListModel::BodyRole).toString(),
                 QStringLiteral("sent offline"));

        proxy->setRefuse(false);
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 1, QStringLiteral("sent offline")), 30000);
        const QVariantMap att = attachmentsOf(k->last()).first().toMap();
        QCOMPARE(att.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(att.value(QStringLiteral("height")).toInt(), 480);
        QTRY_COMPARE_WITH_TIMEOUT(a->last().data(MessageListModel::StatusRole).toInt() !=
                                      int(MessageListModel::Status::Sending),
                                  true, 10000);
    }

    void hostileFilesSayWhyAndTheRestGoes()
    {
        auto a = session(ama, QStringLiteral("ama"));
        auto k = session(kofi, QStringLiteral("kofi"));
        QVERIFY(a && k);
        const QString good = writePng(QStringLiteral("good.png"), picture(320, 240, 5));
        QFile corrupt(dir.filePath(QStringLiteral("broken.png")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write("\x89PNG\r\n\x1a\nthis is not really a png");
        corrupt.close();
        // A valid header (right CRC) declaring 60,000 × 60,000 pixels, then nothing:
        // refused before any decoding (tst_imageprep checks the exact reason).
        QFile bomb(dir.filePath(QStringLiteral("bomb.png")));
        QVERIFY(bomb.open(QIODevice::WriteOnly));
        bomb.write(QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"
                                       "0000ea600000ea600806000000"
                                       "80d27542"));
        bomb.close();
        QFile big(dir.filePath(QStringLiteral("huge.zip")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(26 * 1024 * 1024)); // sparse: over the 25 MB limit
        big.close();
        auto *data = new QMimeData;
        data->setUrls({QUrl::fromLocalFile(corrupt.fileName()), QUrl::fromLocalFile(good),
                       QUrl::fromLocalFile(bomb.fileName()), QUrl::fromLocalFile(big.fileName())});
        QVERIFY(drop(a->pane.get(), data));
        delete data;
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy() && a->strip()->count() == 1, 10000);
        const QStringList errors = a->composer()->attachmentErrors();
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("broken.png")));
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("bomb.png")));
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QStringLiteral("huge.zip")));
        for (const QString &e : errors)
            QVERIFY2(a->composer()->statusText().contains(e), qPrintable(e));
        look(a->pane.get(), QStringLiteral("hostile-errors"));
        // × removes one item (and its prepared copy); the rest stays.
        a->composer()->addFiles({writePng(QStringLiteral("extra.png"), picture(50, 50, 7))});
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy() && a->strip()->count() == 2, 10000);
        const QString extraCopy = a->strip()->files().last().path;
        QVERIFY(QFileInfo::exists(extraCopy));
        QList<QToolButton *> removeButtons;
        for (auto *b :
             a->strip()->findChildren<QToolButton *>(QStringLiteral("attachmentRemove"))) {
            if (b->parentWidget()->isVisibleTo(a->strip()))
                removeButtons.append(b);
        }
        QCOMPARE(removeButtons.size(), 2);
        QTest::mouseClick(removeButtons.last(), Qt::LeftButton);
        QCOMPARE(a->strip()->count(), 1);
        QVERIFY(!QFileInfo::exists(extraCopy));
        QVERIFY(!a->composer()->attachButton()->icon().isNull()); // the paperclip
        QTest::keyClicks(a->composer()->editor(), QStringLiteral("the good one"));
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 1, QStringLiteral("the good one")), 15000);
        QCOMPARE(attachmentsOf(k->last()).first().toMap().value(QStringLiteral("width")).toInt(),
                 320);
        QVERIFY(a->composer()->attachmentErrors().isEmpty()); // cleared by the send
    }

    void fileBubbleOpensAndSaves()
    {
        auto a = session(ama, QStringLiteral("ama"));
        auto k = session(kofi, QStringLiteral("kofi"));
        QVERIFY(a && k);
        const QByteArray text = "Quote: tiling 24 m², 1,200 EUR.\n";
        QFile quote(dir.filePath(QStringLiteral("Devis cuisine.txt")));
        QVERIFY(quote.open(QIODevice::WriteOnly));
        quote.write(text);
        quote.close();
        a->composer()->addFiles({quote.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(!a->strip()->isBusy(), 10000);
        QTest::keyClicks(a->composer()->editor(), QStringLiteral("the quote"));
        QTest::keyClick(a->composer()->editor(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(hasIncoming(*k, 1, QStringLiteral("the quote")), 15000);
        const QVariantMap att = attachmentsOf(k->last()).first().toMap();
        QCOMPARE(att.value(QStringLiteral("name")).toString(), QStringLiteral("Devis cuisine.txt"));
        QVERIFY(!MessageDelegate::isImageAttachment(att));
        const QRect rowRect = k->pane->messageDelegate()->attachmentRects(k->last()).value(0);
        QVERIFY(rowRect.height() > 30);
        bool done = false;
        QString error;
        const QString target = dir.filePath(QStringLiteral("received.txt"));
        k->pane->saveAttachment(k->last(), 0, target, [&](const QString &e) {
            done = true;
            error = e;
        });
        QTRY_VERIFY(done);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile saved(target);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), text);
        look(k->pane.get(), QStringLiteral("file-bubble"));

        // Right to left: others' bubbles, images included, on the right.
        for (ChatPane *pane : {k->pane.get(), a->pane.get()})
            pane->setLayoutDirection(Qt::RightToLeft);
        QTRY_VERIFY(k->pane->messageDelegate()->attachmentRects(k->last()).value(0).center().x() >
                    k->pane->messageView()->viewport()->width() / 2);
        QVERIFY(a->pane->messageDelegate()->attachmentRects(a->last()).value(0).center().x() <
                a->pane->messageView()->viewport()->width() / 2);
        look(k->pane.get(), QStringLiteral("bubbles-rtl-theirs"));
        look(a->pane.get(), QStringLiteral("bubbles-rtl-own"));
        // Dark.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(32, 33, 36));
        dark.setColor(QPalette::WindowText, QColor(232, 234, 237));
        dark.setColor(QPalette::Base, QColor(43, 44, 48));
        dark.setColor(QPalette::AlternateBase, QColor(53, 54, 58));
        dark.setColor(QPalette::Text, QColor(232, 234, 237));
        dark.setColor(QPalette::Button, QColor(53, 54, 58));
        dark.setColor(QPalette::ButtonText, QColor(232, 234, 237));
        dark.setColor(QPalette::Highlight, QColor(61, 123, 217));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(154, 160, 166));
        for (ChatPane *pane : {k->pane.get(), a->pane.get()}) {
            pane->setLayoutDirection(Qt::LeftToRight);
            pane->setPalette(dark);
        }
        const QImage darkShot = look(a->pane.get(), QStringLiteral("bubbles-dark-own"));
        look(k->pane.get(), QStringLiteral("bubbles-dark-theirs"));
        QVERIFY(qGray(darkShot.pixel(4, darkShot.height() / 2)) < 100); // the dark window shows
    }
};

QTEST_MAIN(TestAttachmentsUi)
#include "tst_attachmentsui.moc"
