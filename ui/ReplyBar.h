#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace kora::ui {

class ElidedLabel;

// The bar above the composer's text while a reply is being written:
// "Replying to <name>: <first line>" behind an accent bar on the leading
// edge, and a close button (Esc in the text field does the same).
class ReplyBar : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyBar(QWidget *parent = nullptr);

    void setTarget(const QString &senderName, const QString &line);
    QString text() const; // what it says, for tests and accessibility
    QToolButton *closeButton() const { return m_close; }

Q_SIGNALS:
    void closeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placeMargins(); // room for the accent bar on the leading edge
    QLabel *m_title = nullptr;
    ElidedLabel *m_line = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace kora::ui
