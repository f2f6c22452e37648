#pragma once

#include <QPlainTextEdit>

namespace kora::ui {

// The text field of the composer: plain text only (pasted rich text becomes
// plain), Enter sends, Shift+Enter breaks the line, Up in an empty field asks
// to edit the last own message, Esc cancels an edit. Grows up to six lines.
// Pasted or dropped files and images are handed to the composer as attachments.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void sendRequested();
    void editLastRequested();
    void cancelRequested();
    void attachmentsPasted(const QMimeData *source); // direct: source lives during the call

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void updateHeight();
};

} // namespace kora::ui
