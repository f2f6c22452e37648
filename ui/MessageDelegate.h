#pragma once

#include "MediaCache.h"
#include "MessageGeometry.h"
#include "MessagePainter.h"

#include <QPointer>
#include <QStyledItemDelegate>
#include <QTime>
#include <QUrl>

#include <optional>

class QAbstractItemView;

class QListView;

namespace kora::ui {

class MessageLayout;

// Paints one chat message (a row of models::MessageListModel) as a bubble:
// own messages on the trailing side, others' on the leading side, system
// messages centred; with the date separator and the "unread messages" marker
// of the row above it, the time, the edited mark and the delivery ticks. The
// body is always laid out as plain text (QTextLayout, never HTML); http(s)
// links are coloured and opened only on a click. The delegate wires its parts
// to the view: MessageLayout (geometry, cached per row and width, so
// scrolling does not lay rows out again), MessagePainter and MessageHitTester.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    // The caption or text the bubble of this row draws, exactly (plain text;
    // empty for attachments without a caption).
    static QString displayedText(const QModelIndex &index);
    // A time of day as bubbles show it (the locale's short format, no seconds).
    static QString timeText(const QTime &time);
    // The tooltip over a bubble's time: the full date and time, and for my own
    // messages how far they got ("Thursday 3 December 2026 at 14:02 · Read").
    static QString metaToolTip(const QModelIndex &index);
    // How far my message got: "Sent", "Delivered", "Read", "Waiting to be
    // sent", "Not sent" (with the reason when asked); "" for others' and deleted.
    static QString deliveryText(const QModelIndex &index, bool withReason);
    // What a screen reader says for a row, in one sentence: "Kofi Asante,
    // 14:02: Great. The tiles arrive Saturday." and, for mine, "Read."
    static QString accessibleText(const QModelIndex &index);
    // http(s) links in a body: {start, length} in UTF-16 units.
    static QList<QPair<int, int>> findLinks(const QString &text);

    // Mouse tracking, hand cursor over links and click handling on the view's
    // viewport (links, Retry, Discard).
    void attach(QAbstractItemView *view);
    // Sets a message list view up the way the delegate paints it (per-pixel
    // scrolling, variable heights, no selection, window background) and
    // attaches a new delegate to it.
    static MessageDelegate *install(QListView *view);
    void clearCache();
    // Groups: sender names over the first bubble of each run of others' messages.
    void setSenderNames(bool on, bool ownToo = false);
    // The people an @mention may name here (a group's; none: nothing marked).
    void setMentionPeople(const QList<proto::Participant> &people, const QString &me);
    const MentionPeople &mentionPeople() const { return m_mentions; }
    // The row (LocalIdRole) painted highlighted, 0 for none: a reply's original jumped to.
    void setHighlighted(qint64 localId);
    qint64 highlighted() const { return m_highlighted; }
    // Where image attachments come from (not owned); the view repaints when
    // one arrives. Without one, images stay placeholders.
    void setMediaCache(MediaCache *cache);
    MediaCache *mediaCache() const { return m_media; }

    // Attachments of a row: the images (shown as thumbnails) and the other files.
    static bool isImageAttachment(const QVariantMap &attachment);
    // Where each attachment of a row is drawn, in view coordinates, in
    // AttachmentsRole order (for tests and the viewer's "next/previous").
    QList<QRect> attachmentRects(const QModelIndex &index) const;
    // Where a group bubble's sender name is drawn, in view coordinates (null: none).
    QRect senderNameRect(const QModelIndex &index) const;
    // Where a group sender's avatar is drawn beside their run's first bubble (null: none).
    QRect avatarRect(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    enum class Hit { None, Link, Retry, Discard, Image, File, CancelUpload, Quote, Reaction };
    struct HitResult
    {
        Hit hit = Hit::None;
        QUrl url;
        int attachment = -1; // index in AttachmentsRole for Image and File
        int reaction = -1;   // index in ReactionsRole for Reaction
    };
    HitResult hitTest(const QStyleOptionViewItem &option, const QModelIndex &index,
                      const QPoint &pos) const;
    // What a click on `hit` of a row does (the signals below).
    void activate(const QModelIndex &index, const HitResult &hit);

    // The buttons a row paints, in reading order (the quote, images and
    // files, Retry, Discard, an upload's Cancel, reaction chips), with where
    // they are (view coordinates) and a name for the keyboard and screen
    // readers ("Retry", "Image tiles.jpg", "👍 2").
    struct Control
    {
        HitResult hit;
        QRect rect;
        QString name;
    };
    QList<Control> controlsOf(const QModelIndex &index) const;
    // The control of a row the keyboard is on (a ring around it); -1 for none.
    void setFocusedControl(const QModelIndex &index, int control);
    // Where Retry, Discard, an upload's Cancel or a reply's quote of a row is
    // (view coordinates; null when the row has none).
    QRect actionRect(const QModelIndex &index, Hit action) const;
    // The bubble of a row and its reaction chips (view coordinates).
    QRect bubbleRect(const QModelIndex &index) const;
    QList<QRect> reactionRects(const QModelIndex &index) const;
    // Where a row's delivery ticks are (null: none, as for others' and deleted messages).
    QRect tickRect(const QModelIndex &index) const;
    // Whether a click on a chip toggles it (reactionActivated); off by default
    // (the support window's chips only say who reacted).
    void setReactionsEnabled(bool enabled) { m_reactionsEnabled = enabled; }

    // How a row's body is shown (its layout and, with `pos`, where its top
    // left is in view coordinates); null when the row is not laid out.
    std::shared_ptr<const MessageText> shownText(const QModelIndex &index,
                                                 QPointF *pos = nullptr) const;
    // Scrolls the code block of a row under `pos` (view coordinates) sideways
    // by `by` pixels; false when there is none there or it is at its end.
    bool scrollCode(const QModelIndex &index, const QPoint &pos, qreal by);
    qreal codeScroll(const QModelIndex &index, int block) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(const QString &clientId);
    void discardRequested(const QString &clientId);
    void cancelUploadRequested(const QString &clientId);
    // A click on an image thumbnail or a file row of a row.
    void imageActivated(const QModelIndex &index, int attachment);
    // A click on a reply's quote of its original.
    void quoteActivated(const QModelIndex &index);
    void fileActivated(const QModelIndex &index, int attachment);
    // A click on a reaction chip (with setReactionsEnabled).
    void reactionActivated(const QModelIndex &index, const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MentionPeople m_mentions;
    CodeScroll m_codeScroll;
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    // A row's geometry (`index` of the view's model or of the one under it).
    std::optional<MessageGeometry> geometryOf(const QModelIndex &index) const;

    MessageLayout *m_layout; // child
    QPointer<QAbstractItemView> m_view;
    QPointer<MediaCache> m_media;
    QPointer<QWidget> m_viewport; // compared in eventFilter without touching m_view
    QPersistentModelIndex m_pressed;
    qint64 m_highlighted = 0;
    bool m_reactionsEnabled = false;
    QPersistentModelIndex m_focusRow;
    int m_focusControl = -1;
};

} // namespace kora::ui
