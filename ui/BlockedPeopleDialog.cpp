#include "BlockedPeopleDialog.h"

#include "BlockList.h"
#include "ClientSession.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kora::ui {

namespace {
constexpr int UserIdRole = Qt::UserRole + 1;
}

BlockedPeopleDialog::BlockedPeopleDialog(const Services &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("blockedPeopleDialog"));
    setWindowTitle(tr("Blocked people"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("People you block cannot write to you, react or see you typing "
                                "in your conversation with them. They are not told."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("blockedPeopleList"));
    m_list->setAccessibleName(tr("Blocked people"));
    row->addWidget(m_list, 1);
    m_unblock = new QPushButton(tr("&Unblock"), this);
    m_unblock->setObjectName(QStringLiteral("blockedPeopleUnblock"));
    row->addWidget(m_unblock, 0, Qt::AlignTop);
    layout->addLayout(row, 1);
    m_empty = new QLabel(tr("You have not blocked anyone."), this);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("blockedPeopleMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_unblock, &QPushButton::clicked, this, &BlockedPeopleDialog::unblockCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_unblock->setEnabled(row >= 0); });
    connect(&m_services.session.blocks(), &models::BlockList::changed, this,
            &BlockedPeopleDialog::refresh);
    refresh();
    resize(420, 320);
}

void BlockedPeopleDialog::refresh()
{
    const QString current =
        m_list->currentItem() ? m_list->currentItem()->data(UserIdRole).toString() : QString();
    QList<QPair<QString, QString>> people; // name, id
    const QHash<QString, QString> &blocked = m_services.session.blocks().blocked();
    for (auto it = blocked.begin(); it != blocked.end(); ++it)
        people.append({it.value().isEmpty() ? tr("Someone") : it.value(), it.key()});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(people.begin(), people.end(),
              [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_list->clear();
    for (const auto &[name, id] : std::as_const(people)) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setData(UserIdRole, id);
        if (id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->setVisible(!people.isEmpty());
    m_unblock->setVisible(!people.isEmpty());
    m_unblock->setEnabled(m_list->currentItem() != nullptr);
    m_empty->setVisible(people.isEmpty());
}

void BlockedPeopleDialog::unblockCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(UserIdRole).toString();
    const QString name = item->text();
    m_unblock->setEnabled(false);
    m_services.session.blocks().setBlocked(
        id, name, false, this, [this, name](models::Result<bool> result) {
            m_unblock->setEnabled(m_list->currentItem() != nullptr);
            m_message->setText(
                result ? tr("%1 is unblocked.").arg(name)
                       : tr("Could not unblock %1: %2").arg(name, result.error().message));
            m_message->show();
        });
}

} // namespace kora::ui
