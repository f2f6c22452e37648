#pragma once

#include <QAbstractItemModel>
#include <QDateTime>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace kora::ui {

class MediaCache;
class ImageCanvas;
class FittedLabel;

// The images of a conversation, one at a time, over the window that asked
// (a child covering it, not a window of its own): a dark translucent
// backdrop, the image centred, a dark toolbar with the sender, the date,
// the position and the zoom level, the message's caption under the image.
// Zoom (wheel, + and −), fit (0), 1:1 (1), drag to pan, next and previous
// (arrows, mirrored right to left), Save as… (Ctrl+S), Copy (Ctrl+C); Esc,
// a click on the backdrop or Close closes it and gives focus back to where
// it was. The thumbnail shows while the full image loads.
class ImageViewer : public QWidget
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
        QSize size;       // as recorded (width × height)
        QString sender;   // who sent it ("You" for one's own)
        QDateTime sentAt; // when (local time)
        QString caption;  // the message's text ("" when none)
    };

    // Covers host's window (host itself when it is one).
    ImageViewer(MediaCache &media, QList<Item> items, int current, QWidget *host);
    ~ImageViewer() override;
    // Every image attachment of a message model's rows, in order (next and
    // previous walk them); `current` is set to the one at (index, attachment).
    static QList<Item> imagesOf(const QAbstractItemModel &model, const QModelIndex &index,
                                int attachment, int &current);
    // Opens a viewer over host's window, with focus (nullptr when there are no images).
    static ImageViewer *open(MediaCache &media, const QModelIndex &index, int attachment,
                             QWidget *host);

    int current() const { return m_current; }
    int count() const { return int(m_items.size()); }
    const Item &item() const { return m_items.at(m_current); }
    // The full image once loaded (null before).
    QImage fullImage() const { return m_full; }
    double zoom() const;
    bool isFitting() const;
    QString statusText() const;
    // What the toolbar and the caption show.
    QString zoomText() const;
    QString positionText() const;
    QString senderText() const;
    QString dateText() const;
    QString captionText() const;
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
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    bool handleKey(const QKeyEvent &key);
    static bool isViewerKey(const QKeyEvent &key);
    void refresh();
    void onReady(const QString &key);
    void onFailed(const QString &key, const QString &message);
    void updateButtons();
    void updateZoomText();
    void updateDirection();
    void placeArrows();
    void fitBar();

    QPointer<MediaCache> m_media; // null once its pane is gone
    QList<Item> m_items;
    int m_current = 0;
    QImage m_full;
    QPointer<QWidget> m_returnFocus; // where focus was before the viewer opened
    QObject *m_window = nullptr;     // the window watched for resizes (compared only)
    ImageCanvas *m_canvas = nullptr;
    QWidget *m_bar = nullptr;
    FittedLabel *m_sender = nullptr;
    FittedLabel *m_date = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_zoom = nullptr;
    QLabel *m_status = nullptr;
    FittedLabel *m_caption = nullptr;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_copy = nullptr;
    QToolButton *m_save = nullptr;
    QList<QWidget *> m_zoomGroup; // what a narrow toolbar drops first
    QList<QWidget *> m_fileGroup; // and then
};

} // namespace kora::ui
