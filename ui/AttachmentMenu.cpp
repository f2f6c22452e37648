#include "AttachmentMenu.h"

#include "ChatPane.h"
#include "ImagePrep.h"
#include "MediaCache.h"
#include "MessageListModel.h"

#include <QCursor>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QUrl>

// The strings stay in ChatPane's translation context (ChatPane::tr).

namespace kora::ui {

using models::MessageListModel;

AttachmentMenu::AttachmentMenu(MediaCache &media, QWidget *parent)
    : m_media(media)
    , m_parent(parent)
{}

void AttachmentMenu::save(const QModelIndex &index, int attachment, const QString &path,
                          const std::function<void(const QString &)> &done)
{
    const QVariantMap map =
        index.data(MessageListModel::AttachmentsRole).toList().value(attachment).toMap();
    const QString local = map.value(QStringLiteral("localPath")).toString();
    const QString source = !local.isEmpty() && QFileInfo::exists(local)
                               ? QUrl::fromLocalFile(local).toString()
                               : map.value(QStringLiteral("url")).toString();
    if (source.isEmpty()) {
        done(ChatPane::tr("The file is not available."));
        return;
    }
    m_media.saveTo(source, path, m_parent, done);
}

void AttachmentMenu::exec(const QModelIndex &index, int attachment)
{
    const QVariantMap map =
        index.data(MessageListModel::AttachmentsRole).toList().value(attachment).toMap();
    const QString name =
        models::ImagePrep::sanitizeName(map.value(QStringLiteral("name")).toString());
    const QPersistentModelIndex persistent(index);
    QWidget *parent = m_parent;
    QMenu menu(parent);
    menu.addAction(ChatPane::tr("Open"), parent, [this, persistent, attachment, name] {
        // Opened from a private copy, under the name it was sent with (sanitised).
        const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                                .filePath(QStringLiteral("opened/") +
                                          QString::number(QDateTime::currentMSecsSinceEpoch()));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name);
        save(persistent, attachment, path, [path](const QString &error) {
            if (error.isEmpty())
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
            else
                qWarning("kora.ui: cannot open an attachment: %s", qPrintable(error));
        });
    });
    menu.addAction(ChatPane::tr("Save as…"), parent, [this, parent, persistent, attachment, name] {
        const QString path = QFileDialog::getSaveFileName(
            parent, ChatPane::tr("Save file"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .filePath(name));
        if (path.isEmpty())
            return;
        QPointer<QWidget> guard(parent);
        save(persistent, attachment, path, [guard](const QString &error) {
            if (!error.isEmpty() && guard)
                QMessageBox::warning(guard, ChatPane::tr("Save file"),
                                     ChatPane::tr("The file could not be saved: %1").arg(error));
        });
    });
    menu.exec(QCursor::pos());
}

} // namespace kora::ui
