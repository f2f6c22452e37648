#include "AuditLogView.h"

#include "DesignSystem.h"
#include "SupportSearchPane.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kora::ui {

AuditLogView::AuditLogView(models::SupportClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceM, theme::spaceM, theme::spaceM, theme::spaceM);
    auto *bar = new QHBoxLayout;
    auto *intro = new QLabel(tr("Every search, conversation opened, export, look at the reports "
                                "queue and report resolved by support staff, newest first."),
                             this);
    intro->setWordWrap(true);
    bar->addWidget(intro, 1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("auditRefresh"));
    bar->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit log"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Staff"), tr("Action"), tr("Conversation"), tr("Address"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(m_table, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    bottom->addWidget(m_status, 1);
    m_more = new QPushButton(tr("Older entries"), this);
    m_more->setObjectName(QStringLiteral("auditMore"));
    m_more->hide();
    bottom->addWidget(m_more);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &AuditLogView::refresh);
    connect(m_more, &QPushButton::clicked, this, &AuditLogView::loadMore);
}

QString AuditLogView::actionText(const QString &action)
{
    if (action == QLatin1String("view"))
        return tr("Viewed messages");
    if (action == QLatin1String("search"))
        return tr("Searched");
    if (action == QLatin1String("export"))
        return tr("Exported a transcript");
    if (action == QLatin1String("reports"))
        return tr("Read the reports queue");
    if (action == QLatin1String("resolve"))
        return tr("Resolved a report");
    return action;
}

void AuditLogView::refresh()
{
    load(false);
}

void AuditLogView::loadMore()
{
    load(true);
}

void AuditLogView::setConversationNamer(std::function<QString(const QString &)> namer)
{
    m_namer = std::move(namer);
}

void AuditLogView::load(bool more)
{
    const int generation = ++m_generation;
    const QDateTime before = more && !m_entries.isEmpty() ? m_entries.last().at : QDateTime();
    m_status->setText(tr("Loading…"));
    m_client.audit(
        before, 100, this, [this, more, generation](models::Result<models::AuditPage> page) {
            if (generation != m_generation)
                return;
            if (!page) {
                m_status->setText(tr("Could not load the audit log: %1").arg(page.error().message));
                Q_EMIT refreshed();
                return;
            }
            if (!more) {
                m_entries.clear();
                m_table->setRowCount(0);
            }
            for (const models::AuditRecord &e : page->entries) {
                m_entries.append(e);
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                const QString named =
                    e.conversationId.isEmpty() || !m_namer ? QString() : m_namer(e.conversationId);
                const QStringList cells{
                    dateTimeText(e.at),   e.actorName.isEmpty() ? e.actorId : e.actorName,
                    actionText(e.action), named.isEmpty() ? e.conversationId : named,
                    e.clientAddress,      e.detail};
                for (int column = 0; column < cells.size(); ++column) {
                    auto *item = new QTableWidgetItem(cells[column]); // plain text
                    item->setToolTip(column == 3 && !named.isEmpty()
                                         ? named + QLatin1Char('\n') + e.conversationId
                                         : cells[column]);
                    m_table->setItem(row, column, item);
                }
            }
            m_table->resizeColumnsToContents();
            // Names and ids can be long: the start tells them apart, the tooltip has all of it.
            m_table->setColumnWidth(3, qMin(m_table->columnWidth(3), 220));
            m_more->setVisible(page->hasMore);
            m_status->setText(tr("%n entry(ies) shown.", nullptr, int(m_entries.size())));
            Q_EMIT refreshed();
        });
}

} // namespace kora::ui
