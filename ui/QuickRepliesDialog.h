#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace kora::models {
class QuickReplies;
}

namespace kora::ui {

// One quick reply written or changed: a title (optional), the text, and
// which placeholders the text may hold.
class QuickReplyEditor : public QDialog
{
    Q_OBJECT
public:
    QuickReplyEditor(const QString &title, const QString &text, QWidget *parent = nullptr);
    QString title() const;
    QString text() const;
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *saveButton() const { return m_save; }

private:
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_save = nullptr;
};

// The account's saved replies (Kora menu ▸ Quick replies…, or from the
// composer): add, edit, delete, reorder, import and export as JSON. Every
// change is saved at once; one that cannot be says why below the list.
class QuickRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    QuickRepliesDialog(models::QuickReplies &replies, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLabel *message() const { return m_message; }
    QuickReplyEditor *editor() const { return m_editor; } // while one is open
    QPushButton *button(const QString &objectName) const;

    // What the buttons do, without the file dialogs (for tests and drops).
    bool exportTo(const QString &path);
    bool importFrom(const QString &path);

private:
    void openEditor(const QString &id);
    void moveCurrent(int delta);
    void removeCurrent();
    void chooseImport();
    void chooseExport();
    void say(const QString &text, bool error);
    void refreshButtons();
    QString currentId() const;

    models::QuickReplies &m_replies;
    QListView *m_list = nullptr;
    QLabel *m_message = nullptr;
    QPointer<QuickReplyEditor> m_editor;
};

} // namespace kora::ui
