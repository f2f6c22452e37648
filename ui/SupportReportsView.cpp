#include "SupportReportsView.h"

#include "DesignSystem.h"
#include "ResolveReportDialog.h"
#include "SupportReportsModel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kora::ui {

SupportReportsView::SupportReportsView(models::SupportClient &client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new SupportReportsModel(client, this))
{
    setObjectName(QStringLiteral("supportReports"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme::spaceM, theme::spaceM, theme::spaceM, theme::spaceM);

    auto *bar = new QHBoxLayout;
    auto *intro = new QLabel(tr("Conversations and messages that participants reported, newest "
                                "first. Opening one is logged."),
                             this);
    intro->setWordWrap(true);
    bar->addWidget(intro, 1);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("reportsRefresh"));
    bar->addWidget(m_refresh, 0, Qt::AlignTop);
    layout->addLayout(bar);

    auto *filters = new QHBoxLayout;
    m_openFilter = new QRadioButton(tr("Open"), this);
    m_openFilter->setObjectName(QStringLiteral("reportsOpenFilter"));
    m_openFilter->setChecked(true);
    m_resolvedFilter = new QRadioButton(tr("Resolved"), this);
    m_resolvedFilter->setObjectName(QStringLiteral("reportsResolvedFilter"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_openFilter);
    group->addButton(m_resolvedFilter);
    filters->addWidget(m_openFilter);
    filters->addWidget(m_resolvedFilter);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportsTable"));
    m_table->setAccessibleName(tr("Reports"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // the trailing end, right to left too
    m_table->setTabKeyNavigation(false);       // Tab leaves the list for the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_more = new QPushButton(tr("Load more"), this);
    m_more->setObjectName(QStringLiteral("reportsMore"));
    m_more->hide();
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    m_open = new QPushButton(tr("Open conversation"), this);
    m_open->setObjectName(QStringLiteral("reportsOpen"));
    m_open->setToolTip(tr("Shows the conversation at the reported message (Enter)"));
    buttons->addWidget(m_open);
    m_resolve = new QPushButton(tr("Resolve…"), this);
    m_resolve->setObjectName(QStringLiteral("reportsResolve"));
    buttons->addWidget(m_resolve);
    layout->addLayout(buttons);

    setTabOrder(m_refresh, m_openFilter);
    setTabOrder(m_openFilter, m_resolvedFilter);
    setTabOrder(m_resolvedFilter, m_table);
    setTabOrder(m_table, m_more);
    setTabOrder(m_more, m_open);
    setTabOrder(m_open, m_resolve);

    connect(m_refresh, &QPushButton::clicked, this, &SupportReportsView::refresh);
    connect(m_more, &QPushButton::clicked, this, &SupportReportsView::loadMore);
    connect(m_open, &QPushButton::clicked, this, &SupportReportsView::openCurrent);
    connect(m_resolve, &QPushButton::clicked, this, &SupportReportsView::askToResolve);
    connect(m_table, &QTableView::activated, this, &SupportReportsView::openCurrent);
    connect(m_openFilter, &QRadioButton::toggled, this, &SupportReportsView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupportReportsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SupportReportsView::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SupportReportsView::updateButtons);
    layOutColumns();
    updateButtons();
}

QString SupportReportsView::statusFilter() const
{
    return m_openFilter->isChecked() ? QStringLiteral("open") : QStringLiteral("resolved");
}

ResolveReportDialog *SupportReportsView::resolveDialog() const
{
    return qobject_cast<ResolveReportDialog *>(m_dialog.data());
}

QString SupportReportsView::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

void SupportReportsView::showStatus(const QString &text)
{
    m_status->setPalette(palette());
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void SupportReportsView::showError(const QString &text)
{
    QPalette red = palette();
    red.setColor(QPalette::WindowText, theme::failure(red));
    m_status->setPalette(red);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString SupportReportsView::describeError(const proto::ApiError &error)
{
    if (error.code == proto::code::Conflict)
        return tr("Someone has resolved this report already. Refresh to see how.");
    if (error.code == proto::code::NotFound)
        return tr("The server does not know this report.");
    if (error.code == proto::code::Forbidden || error.code == proto::code::Unauthorized)
        return tr("This account may not do that any more. Sign in again.");
    if (error.code == models::clientCode::Unreachable ||
        error.code == models::clientCode::Network || error.code == models::clientCode::Timeout)
        return tr("Kora cannot reach the server. Check the connection and try again.");
    if (error.code == proto::code::Internal)
        return tr("The server could not record this in the audit log, so nothing was done.");
    return error.message.isEmpty() ? error.code : error.message;
}

const models::SupportReport *SupportReportsView::current() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->report(index.row()) : nullptr;
}

void SupportReportsView::updateButtons()
{
    const models::SupportReport *report = current();
    m_open->setEnabled(report != nullptr);
    m_resolve->setEnabled(report && report->isOpen() && !m_resolving.contains(report->id) &&
                          !m_dialog);
    m_more->setVisible(m_hasMore);
}

void SupportReportsView::refresh()
{
    load(false);
}

void SupportReportsView::loadMore()
{
    load(true);
}

void SupportReportsView::load(bool more)
{
    const int generation = ++m_generation;
    const QString status = statusFilter();
    const QList<models::SupportReport> &shown = m_model->reports();
    const QDateTime before = more && !shown.isEmpty() ? shown.last().createdAt : QDateTime();
    showStatus(tr("Loading…"));
    m_refresh->setEnabled(false);
    m_more->setEnabled(false);
    m_client.reports(
        status, before, m_pageSize, this,
        [this, more, generation](models::Result<models::ReportPage> page) {
            if (generation != m_generation)
                return;
            m_refresh->setEnabled(true);
            m_more->setEnabled(true);
            if (!page) {
                showError(tr("Could not load the reports: %1").arg(describeError(page.error())));
                Q_EMIT refreshed();
                return;
            }
            const QString selected = current() ? current()->id : QString();
            if (more)
                m_model->append(page->reports);
            else
                m_model->setReports(page->reports);
            m_loaded = true;
            m_hasMore = page->hasMore;
            if (const int row = m_model->rowOf(selected); row >= 0)
                m_table->setCurrentIndex(m_model->index(row, 0));
            else if (!more && m_model->rowCount() > 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            layOutColumns();
            if (m_model->rowCount() == 0)
                showStatus(m_openFilter->isChecked() ? tr("No open reports.")
                                                     : tr("No resolved reports."));
            else
                showStatus({});
            updateButtons();
            Q_EMIT refreshed();
        });
}

void SupportReportsView::layOutColumns()
{
    // A model reset forgets the header's per-column modes: set them each time.
    QHeaderView *header = m_table->horizontalHeader();
    const bool open = m_openFilter->isChecked();
    m_table->setColumnHidden(SupportReportsModel::ResolutionColumn, open);
    for (int column = 0; column < SupportReportsModel::columns; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    m_table->resizeColumnsToContents();
    // Long names and translations must not push the note out of sight.
    for (int column :
         {int(SupportReportsModel::ReasonColumn), int(SupportReportsModel::ReporterColumn),
          int(SupportReportsModel::NoteColumn)})
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    // The note (the resolution, when shown) takes the room that is left.
    header->setSectionResizeMode(open ? SupportReportsModel::NoteColumn
                                      : SupportReportsModel::ResolutionColumn,
                                 QHeaderView::Stretch);
}

void SupportReportsView::openCurrent()
{
    if (const models::SupportReport *report = current())
        Q_EMIT reportActivated(*report);
}

void SupportReportsView::askToResolve()
{
    const models::SupportReport *report = current();
    if (!report || !report->isOpen() || m_dialog || m_resolving.contains(report->id))
        return;
    const QString id = report->id;
    auto *dialog = new ResolveReportDialog(
        tr("%1, reported by %2")
            .arg(SupportReportsModel::reasonText(report->reason), m_model->reporterText(*report)),
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setResolution(m_drafts.value(id)); // what a failed try had
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { resolve(id, dialog->resolution()); });
    connect(dialog, &QObject::destroyed, this, &SupportReportsView::updateButtons,
            Qt::QueuedConnection);
    m_dialog = dialog;
    updateButtons();
    dialog->open();
    dialog->editor()->setFocus();
}

void SupportReportsView::resolve(const QString &id, const QString &resolution)
{
    m_drafts.insert(id, resolution); // kept until the server has it
    m_resolving.insert(id);
    updateButtons();
    showStatus(tr("Resolving the report…"));
    m_client.resolveReport(id, resolution, this,
                           [this, id](models::Result<models::SupportReport> done) {
                               m_resolving.remove(id);
                               if (!done) {
                                   const QString message = describeError(done.error());
                                   showError(tr("The report was not resolved: %1").arg(message));
                                   updateButtons();
                                   Q_EMIT resolveFailed(id, message);
                                   return;
                               }
                               m_drafts.remove(id);
                               // It leaves the Open list; the Resolved list shows it when chosen.
                               if (m_openFilter->isChecked())
                                   m_model->remove(id);
                               showStatus(tr("Report resolved. It is listed under Resolved now."));
                               updateButtons();
                               Q_EMIT resolved(id);
                           });
}

} // namespace kora::ui
