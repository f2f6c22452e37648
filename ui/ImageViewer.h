#pragma once

#include <QAbstractItemModel>
#include <QDialog>
#include <QImage>
#include <QPointer>

class QLabel;
class QToolButton;

namespace kora::ui {

class MediaCache;
class ImageCanvas;

// The images of a conversation, one at a time: zoom (wheel, + and −), fit,
// 1:1, drag to pan, next and previous (arrows), Save as…, Copy; Esc closes.
// The thumbnail shows while the full image loads.
class ImageViewer : public QDialog
{
    Q_OBJECT
public:
    struct Item
    {
        QString fullKey;  // MediaCache key of the full image
        QString thumbKey; // and of its thumbnail
        QString name;
        QString url; // the server file ("" while only local)
        QString localPath;
        QSize size; // as recorded (width × height)
    };

    ImageViewer(MediaCache &media, QList<Item> items, int current, QWidget *parent = nullptr);
    // Every image attachment of a message model's rows, in order (next and
    // previous walk them); `current` is set to the one at (index, attachment).
    static QList<Item> imagesOf(const QAbstractItemModel &model, const QModelIndex &index,
                                int attachment, int &current);
    // Opens a viewer window over those images (nullptr when there are none).
    static ImageViewer *open(MediaCache &media, const QModelIndex &index, int attachment,
                             QWidget *parent);

    int current() const { return m_current; }
    int count() const { return int(m_items.size()); }
    const Item &item() const { return m_items.at(m_current); }
    // The full image once loaded (null before).
    QImage fullImage() const { return m_full; }
    double zoom() const;
    bool isFitting() const;
    QString statusText() const;
    // Writes the file's bytes (as sent) to path; done(error) once ("" when saved).
    void saveTo(const QString &path, const std::function<void(const QString &error)> &done = {});

public Q_SLOTS:
    void showIndex(int index);
    void next();
    void previous();
    void zoomIn();
    void zoomOut();
    void fit();
    void actualSize();
    void copy();
    void saveAs();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void onReady(const QString &key);
    void onFailed(const QString &key, const QString &message);
    void updateButtons();

    MediaCache &m_media;
    QList<Item> m_items;
    int m_current = 0;
    QImage m_full;
    ImageCanvas *m_canvas = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
};

} // namespace kora::ui
