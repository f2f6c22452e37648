#pragma once

#include <QFrame>

class QLabel;
class QListView;
class QSortFilterProxyModel;

namespace kora::models {
class QuickReplies;
}

namespace kora::ui {

// The list that opens above the composer's field while the text is "/" and
// a word: the saved replies whose title or text holds the word (case and
// accents folded), Up/Down to choose, Enter or Tab to insert, Esc to close.
// The composer forwards those keys (the field keeps the focus).
class QuickReplyPicker : public QFrame
{
    Q_OBJECT
public:
    QuickReplyPicker(models::QuickReplies &replies, QWidget *parent = nullptr);

    // Filters by `query` and shows the list (or a hint when nothing matches).
    void showFor(const QString &query);
    QListView *list() const { return m_list; }
    QLabel *hint() const { return m_hint; }
    int count() const;
    void moveCurrent(int delta);
    // The text of the current reply ("" when none).
    QString currentText() const;

Q_SIGNALS:
    void picked(const QString &text); // a click or Enter on a reply
    void manageRequested();

private:
    models::QuickReplies &m_replies;
    QSortFilterProxyModel *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace kora::ui
