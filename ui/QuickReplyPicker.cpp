#include "QuickReplyPicker.h"

#include "DesignSystem.h"
#include "QuickReplies.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace kora::ui {

using models::QuickReplies;

namespace {
// A row as "Title — first line of the text", so the choice is clear.
class SummaryFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, role);
        const QString title =
            QSortFilterProxyModel::data(index, QuickReplies::TitleRole).toString();
        const QString line = QSortFilterProxyModel::data(index, QuickReplies::TextRole)
                                 .toString()
                                 .section(QLatin1Char('\n'), 0, 0);
        return title.isEmpty() ? line : QuickReplyPicker::tr("%1 — %2").arg(title, line);
    }
};
} // namespace

QuickReplyPicker::QuickReplyPicker(QuickReplies &replies, QWidget *parent)
    : QFrame(parent)
    , m_replies(replies)
{
    setObjectName(QStringLiteral("composerQuickReplyPicker"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceXs, theme::spaceXs, theme::spaceXs, theme::spaceXs);
    layout->setSpacing(theme::space2xs);
    m_filter = new SummaryFilter(this);
    m_filter->setSourceModel(&m_replies);
    m_filter->setFilterRole(QuickReplies::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("composerQuickReplyList"));
    m_list->setAccessibleName(tr("Quick replies"));
    m_list->setModel(m_filter);
    m_list->setFocusPolicy(Qt::NoFocus); // the text field keeps it
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list);
    m_hint = new QLabel(this);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto *manage = new QPushButton(tr("Manage quick replies…"), this);
    manage->setObjectName(QStringLiteral("composerQuickReplyManage"));
    manage->setFlat(true);
    manage->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(manage, 0, Qt::AlignLeading);
    connect(manage, &QPushButton::clicked, this, &QuickReplyPicker::manageRequested);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT picked(index.data(QuickReplies::TextRole).toString());
    });
    hide();
}

void QuickReplyPicker::showFor(const QString &query)
{
    m_filter->setFilterFixedString(QuickReplies::fold(query));
    const int rows = count();
    if (rows > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_filter->index(0, 0));
    m_list->setVisible(rows > 0);
    // As many rows as there are, up to five, so the chat stays in view.
    const int row =
        m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : fontMetrics().height() + 6;
    m_list->setFixedHeight(qMin(rows, 5) * row + 2 * m_list->frameWidth() + 2);
    if (m_replies.rowCount() == 0)
        m_hint->setText(tr("No quick replies yet. Save the answers you give often and insert "
                           "them with / and a word from them."));
    else if (rows == 0)
        m_hint->setText(tr("No quick reply matches “%1”.").arg(query));
    m_hint->setVisible(rows == 0);
    show();
}

int QuickReplyPicker::count() const
{
    return m_filter->rowCount();
}

void QuickReplyPicker::moveCurrent(int delta)
{
    const int rows = count();
    if (rows == 0)
        return;
    const int now = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    m_list->setCurrentIndex(m_filter->index((now + delta + rows) % rows, 0));
}

QString QuickReplyPicker::currentText() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(QuickReplies::TextRole).toString() : QString();
}

} // namespace kora::ui
