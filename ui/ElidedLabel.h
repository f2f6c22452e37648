#pragma once

#include <QLabel>

namespace kora::ui {

// A one-line plain-text label that elides instead of growing the window; the
// full text is its tooltip. Its text starts at the UI's leading edge (the
// right in a right-to-left layout), whatever the text's own direction: an
// English status line under a name in an Arabic UI sits under the name, not
// at the far edge.
class ElidedLabel : public QLabel
{
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();
    void alignToLayout();
    int lineHeight() const;
    QString m_full;
};

} // namespace kora::ui
