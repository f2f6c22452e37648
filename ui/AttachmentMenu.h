#pragma once

#include <QModelIndex>
#include <QString>

#include <functional>

class QWidget;

namespace kora::ui {

class MediaCache;

// What a click on a file attachment of a message offers: Open (from a
// private copy, under its sanitised name) and Save as…; and the saving
// itself, from the own local copy when there is one, else downloaded.
class AttachmentMenu
{
public:
    AttachmentMenu(MediaCache &media, QWidget *parent);

    // Shows the menu at the cursor and does what is chosen.
    void exec(const QModelIndex &index, int attachment);
    // Writes attachment `attachment` of the message at `index` to `path`;
    // done(error) once, later ("" when saved).
    void save(const QModelIndex &index, int attachment, const QString &path,
              const std::function<void(const QString &error)> &done);

private:
    MediaCache &m_media;
    QWidget *m_parent;
};

} // namespace kora::ui
