#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QListView;
class QMenu;
class QModelIndex;

namespace kora::models {
class MessageListModel;
}

namespace kora::ui {

class Composer;
class MessageDelegate;

// Replies in the chat pane (protocol 7.1): Reply in a message's context menu,
// Ctrl+R on the message picked with the keyboard in the list, both handing
// the message to the composer's reply bar; and a click on a reply's quote,
// which scrolls to the original and highlights it for a moment, reading older
// pages (from the cache, then the server) until the window holds it.
class ReplyActions : public QObject
{
    Q_OBJECT
public:
    static constexpr int highlightMs = 1600;
    static constexpr int maxPages = 200; // pages read back looking for a message (10,000 rows)

    ReplyActions(QListView *view, MessageDelegate *delegate, Composer *composer, bool supportMode,
                 QObject *parent = nullptr);

    void setModel(models::MessageListModel *model);
    // A message that can be answered: acknowledged (it has an id), not a system line.
    bool canReply(const QModelIndex &index) const;
    void replyTo(const QModelIndex &index);
    void addTo(QMenu &menu, const QModelIndex &index);
    // Scrolls to the message with this id and highlights it (for a moment,
    // or until the next jump with `keepHighlight`); false when it is not in
    // the window yet (older pages are then read until it is).
    // Whether a jump is still reading older pages for its message.
    bool isSearching() const { return !m_wanted.isEmpty(); }
    bool jumpTo(const QString &messageId, bool keepHighlight = false);

Q_SIGNALS:
    void jumped(const QModelIndex &index);   // the original is on screen, highlighted
    void notFound(const QString &messageId); // not in the history that can be read

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int rowOf(const QString &messageId) const;
    void show(int row);
    void continueSearch();

    QListView *m_view;
    MessageDelegate *m_delegate;
    Composer *m_composer;
    bool m_supportMode;
    QPointer<models::MessageListModel> m_model;
    QString m_wanted; // an original being looked for in older pages
    int m_pagesRead = 0;
    bool m_keepHighlight = false;
    QTimer m_highlight;
};

} // namespace kora::ui
