#pragma once

#include "SupportClient.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QRadioButton;
class QTableView;

namespace kora::ui {

class ResolveReportDialog;
class SupportReportsModel;

// Support's reports queue (protocol 7.4): Open or Resolved, newest first,
// "Load more" while the server has older ones. Enter, a double click or
// "Open conversation" asks for the report's conversation to be shown at the
// reported message (reportActivated); "Resolve…" asks for a resolution and
// resolves an open report, which then leaves the Open list. Whatever goes
// wrong is said in the view; a resolution that could not be sent is kept
// for the next try.
class SupportReportsView : public QWidget
{
    Q_OBJECT
public:
    explicit SupportReportsView(models::SupportClient &client, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    SupportReportsModel *model() const { return m_model; }
    QRadioButton *openFilter() const { return m_openFilter; }
    QRadioButton *resolvedFilter() const { return m_resolvedFilter; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *resolveButton() const { return m_resolve; }
    QPushButton *moreButton() const { return m_more; }
    ResolveReportDialog *resolveDialog() const;
    QString statusText() const;
    bool hasLoaded() const { return m_loaded; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int reports) { m_pageSize = qBound(1, reports, 200); }
    // "open" or "resolved": what the list shows.
    QString statusFilter() const;
    // Says something went wrong (plain text, in the error colour).
    void showError(const QString &text);
    void showStatus(const QString &text);

    // How a refused request reads to support staff.
    static QString describeError(const proto::ApiError &error);

public Q_SLOTS:
    void refresh();
    void loadMore();
    void openCurrent();
    void askToResolve();

Q_SIGNALS:
    void refreshed(); // a page arrived, or could not be loaded (see statusText())
    void reportActivated(const kora::models::SupportReport &report);
    void resolved(const QString &id);
    void resolveFailed(const QString &id, const QString &message);

private:
    void load(bool more);
    void resolve(const QString &id, const QString &resolution);
    void updateButtons();
    void layOutColumns();
    const models::SupportReport *current() const;

    models::SupportClient &m_client;
    SupportReportsModel *m_model;
    QRadioButton *m_openFilter;
    QRadioButton *m_resolvedFilter;
    QPushButton *m_refresh;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_open;
    QPushButton *m_resolve;
    QPointer<QDialog> m_dialog;
    QHash<QString, QString> m_drafts; // report id → resolution not yet accepted by the server
    QSet<QString> m_resolving;        // report ids being resolved
    bool m_loaded = false;
    bool m_hasMore = false;
    int m_generation = 0;
    int m_pageSize = 50;
};

} // namespace kora::ui
