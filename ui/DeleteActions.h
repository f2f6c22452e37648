#pragma once

#include "UiServices.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QFrame;
class QLabel;
class QListView;
class QMenu;
class QMessageBox;
class QModelIndex;
class QPushButton;
class QWidget;

namespace kora::ui {

// Deleting one of my messages in the chat pane: "Delete for everyone…" in
// its context menu, or Delete on the message picked with the keyboard (on a
// refused one, which never went out, Delete discards it without asking). It
// asks once ("Delete for everyone?"), then hands the delete to the outbox
// (ClientSession::deleteForEveryone), which shows the message deleted at once
// and holds the delete for a few seconds; meanwhile a bar over the bottom of
// the messages offers Undo, which takes it back before the server hears of it.
class DeleteActions : public QObject
{
    Q_OBJECT
public:
    // `window` parents the question; the bar floats over `view`'s bottom edge.
    DeleteActions(QListView *view, const Services &services, QWidget *window,
                  QObject *parent = nullptr);

    // The conversation shown (a change hides the bar; the delete goes on).
    void setConversation(const QString &conversationId);
    // Mine, sent (it has an id), not deleted, not a system line, not in support mode.
    bool canDelete(const QModelIndex &index) const;
    void addTo(QMenu &menu, const QModelIndex &index);
    // Asks "Delete for everyone?" (window-modal); Delete there deletes.
    void askToDelete(const QModelIndex &index);
    // Deletes without asking (what the question's Delete does), with the Undo bar.
    void deleteMessage(const QString &conversationId, const QString &messageId);
    // Undo on the bar: takes back the last delete if it has not gone out yet.
    void undo();

    QMessageBox *question() const { return m_question; } // while open
    QFrame *undoBar() const { return m_bar; }
    QString undoText() const; // what the bar says now

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showBar(const QString &text, bool undoable);
    void placeBar();

    QListView *m_view;
    const Services &m_services;
    QWidget *m_window;
    QPointer<QMessageBox> m_question;
    QFrame *m_bar;
    QLabel *m_barText;
    QPushButton *m_undoButton;
    QTimer m_barTimer;
    QString m_conversationId;
    QString m_lastDelete; // the outbox entry Undo takes back
};

} // namespace kora::ui
