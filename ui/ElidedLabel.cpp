#include "ElidedLabel.h"

#include <QEvent>

namespace kora::ui {

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    alignToLayout();
}

void ElidedLabel::alignToLayout()
{
    // QLabel aligns plain text by the text's direction; absolute, by the layout's.
    setAlignment(Qt::AlignAbsolute | Qt::AlignVCenter |
                 (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft));
}

void ElidedLabel::setFullText(const QString &text)
{
    m_full = text;
    setToolTip(text);
    updateGeometry(); // the size hint follows the text: let the layout know
    elide();
}

// One line, whatever it says (empty included): a row of these keeps its height.
int ElidedLabel::lineHeight() const
{
    const QMargins m = contentsMargins();
    return fontMetrics().height() + m.top() + m.bottom() + 2 * margin();
}

QSize ElidedLabel::minimumSizeHint() const
{
    return QSize(0, lineHeight());
}

QSize ElidedLabel::sizeHint() const
{
    return QSize(fontMetrics().horizontalAdvance(m_full) + 2, lineHeight());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        elide();
    else if (event->type() == QEvent::LayoutDirectionChange)
        alignToLayout();
}

void ElidedLabel::elide()
{
    setText(fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, width())));
}

} // namespace kora::ui
