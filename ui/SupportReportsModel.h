#pragma once

#include "SupportClient.h"

#include <QAbstractTableModel>

namespace kora::ui {

// Support's reports, newest first, one row each: reason, who reported it,
// when, the note on one line (the whole note in the tooltip) and, once
// resolved, the resolution. Names come from the SupportClient as it learns
// them (a reporter nobody has seen yet shows as "a participant").
class SupportReportsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column : int { ReasonColumn, ReporterColumn, CreatedColumn, NoteColumn, ResolutionColumn };
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        ConversationIdRole,
        MessageIdRole,
        ReasonRole, // the protocol's name
        StatusRole,
    };
    static constexpr int columns = ResolutionColumn + 1;

    explicit SupportReportsModel(models::SupportClient &client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setReports(const QList<models::SupportReport> &reports);
    void append(const QList<models::SupportReport> &reports); // an older page
    bool remove(const QString &id);
    const QList<models::SupportReport> &reports() const { return m_reports; }
    const models::SupportReport *report(int row) const;
    int rowOf(const QString &id) const;

    // The reason as support staff read it ("Spam", "Payment outside the platform"…).
    static QString reasonText(const QString &reason);
    QString reporterText(const models::SupportReport &report) const;

private:
    models::SupportClient &m_client;
    QList<models::SupportReport> m_reports;
};

} // namespace kora::ui
