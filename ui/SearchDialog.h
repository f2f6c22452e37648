#pragma once

#include "UiServices.h"

#include <QDialog>
#include <QStyledItemDelegate>

class QLabel;
class QPushButton;
class QLineEdit;
class QListView;
class QTimer;

namespace kora::models {
class SearchResults;
}

namespace kora::ui {

// A search result: the conversation's name over the first of its results,
// then the sender and the date, then the message with the words searched
// for in bold (only the text near the first of them when it is long).
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setWords(const QStringList &words) { m_words = words; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the words searched for start in `text` (a word's start, any
    // case): [start, length) of each.
    static QList<std::pair<int, int>> matches(const QString &text, const QStringList &words);
    // The part of `text` shown: from a little before the first match, with "…".
    static QString snippet(const QString &text, const QStringList &words, int before = 24);

private:
    QStringList m_words;
};

// Search messages (Ctrl+Shift+F): one box over every conversation, the
// messages on this device first (offline too, and it says so), then what the
// server has in older history; results grouped by conversation. Enter or a
// double-click opens the conversation at the message (older pages are read
// as needed) and closes the dialog.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SearchDialog(const Services &services, QWidget *parent = nullptr);
    // Search in one conversation: moving through the results (Up/Down, or
    // Older/Newer) shows each in the chat at once; Enter closes.
    SearchDialog(const Services &services, const QString &conversationId,
                 QWidget *parent = nullptr);
    void setConversation(const QString &conversationId); // scoped dialogs only
    QPushButton *olderButton() const { return m_older; }
    QPushButton *newerButton() const { return m_newer; }
    ~SearchDialog() override;

    QLineEdit *searchEdit() const { return m_edit; }
    QListView *resultsView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    models::SearchResults *results() const { return m_results; }
    void openCurrent();

Q_SIGNALS:
    void openRequested(const QString &conversationId, const QString &messageId);

private:
    void build();
    void search();
    void updateStatus();
    void step(int by); // scoped: to an older (+1) or newer (-1) result
    bool eventFilter(QObject *watched, QEvent *event) override;

    Services m_services;
    models::SearchResults *m_results = nullptr;
    SearchResultDelegate *m_delegate = nullptr;
    QLineEdit *m_edit = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QString m_conversationId; // scoped to this one; empty: every conversation
    QPushButton *m_older = nullptr;
    QPushButton *m_newer = nullptr;
};

} // namespace kora::ui
