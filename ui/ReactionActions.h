#pragma once

#include "EmojiPicker.h"
#include "QuickReactionBar.h"
#include "UiServices.h"

#include <QLabel>
#include <QObject>
#include <QPersistentModelIndex>
#include <QPoint>
#include <QPointer>
#include <QTimer>

class QListView;
class QMenu;
class QModelIndex;

namespace kora::proto {
struct ApiError;
}

namespace kora::models {
class MessageListModel;
}

namespace kora::ui {

class MessageDelegate;

// Reactions in the chat pane (protocol 7.2): a click on a chip under a
// bubble toggles it; the quick bar over the bubble the mouse is on; React in
// a message's context menu (the quick emoji and More…); Ctrl+E on the
// message picked with the keyboard opens the picker. Toggles go through the
// outbox (ClientSession::react: shown at once, sent in order, offline too);
// one the server refuses rolls back and says so in a notice over the list
// that goes away by itself. None of it in support mode, nor on deleted,
// system or unsent messages.
class ReactionActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int noticeMs = 6000;

    ReactionActions(QListView *view, MessageDelegate *delegate, const Services &services,
                    QObject *parent = nullptr);
    ~ReactionActions() override;

    void setModel(models::MessageListModel *model);
    bool canReact(const QModelIndex &index) const;
    // Puts my `emoji` on the message, or takes it back when it is mine already.
    void toggle(const QModelIndex &index, const QString &emoji);
    void addTo(QMenu &menu, const QModelIndex &index);
    // The picker for this message, its corner at `globalPos` (default: under the bubble).
    void openPicker(const QModelIndex &index, const QPoint &globalPos = {});
    // The quick bar over this row's bubble (what hovering it does).
    void showBar(const QModelIndex &index);

    QuickReactionBar *bar() const { return m_bar; }
    EmojiPicker *picker() const { return m_picker; }
    QLabel *notice() const { return m_notice; }
    // A short notice over the bottom of the list, for a few seconds (also
    // the pane's other actions say what happened with it).
    void showNotice(const QString &text);

Q_SIGNALS:
    // From the hover toolbar: answer this message; open its menu at `globalPos`.
    void replyRequested(const QModelIndex &index);
    void actionsRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hideBar();
    void onRefused(const QString &messageId, const QString &emoji, bool on,
                   const proto::ApiError &error);
    static QStringList mine(const QModelIndex &index);

    QListView *m_view;
    MessageDelegate *m_delegate;
    const Services &m_services;
    QPointer<models::MessageListModel> m_model;
    // Children of the view and its viewport: gone before this object when the pane goes.
    QPointer<QWidget> m_viewport;
    QPointer<QuickReactionBar> m_bar;
    QPointer<EmojiPicker> m_picker; // a popup
    QPointer<QLabel> m_notice;
    QPersistentModelIndex m_barRow;
    QPersistentModelIndex m_pickerRow;
    QTimer m_noticeTimer;
};

} // namespace kora::ui
