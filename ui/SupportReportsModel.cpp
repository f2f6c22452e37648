#include "SupportReportsModel.h"

#include "SupportSearchPane.h"

#include <QLocale>

namespace kora::ui {
namespace {

// The note or resolution on one line: a table row has room for one.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

SupportReportsModel::SupportReportsModel(models::SupportClient &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    // A reporter's name becomes known once one of their conversations is read.
    connect(&m_client, &models::SupportClient::namesLearned, this, [this] {
        if (m_reports.isEmpty())
            return;
        Q_EMIT dataChanged(index(0, ReporterColumn), index(rowCount() - 1, ReporterColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    });
}

QString SupportReportsModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("spam"))
        return tr("Spam");
    if (reason == QLatin1String("scam"))
        return tr("Scam");
    if (reason == QLatin1String("off_platform_payment"))
        return tr("Payment outside the platform");
    if (reason == QLatin1String("harassment"))
        return tr("Harassment");
    return tr("Other");
}

QString SupportReportsModel::reporterText(const models::SupportReport &report) const
{
    QString name = report.reporterName;
    if (name.isEmpty())
        name = m_client.userName(report.reporterId);
    return name.isEmpty() ? tr("A participant") : name;
}

int SupportReportsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int SupportReportsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant SupportReportsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const models::SupportReport &r = m_reports.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case ConversationIdRole:
        return r.conversationId;
    case MessageIdRole:
        return r.messageId;
    case ReasonRole:
        return r.reason;
    case StatusRole:
        return r.status;
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const bool full = role != Qt::DisplayRole;
    switch (index.column()) {
    case ReasonColumn: {
        const QString reason = reasonText(r.reason);
        if (!full)
            return reason;
        return r.messageId.isEmpty() ? tr("%1 (the conversation)").arg(reason)
                                     : tr("%1 (one message)").arg(reason);
    }
    case ReporterColumn:
        if (role == Qt::ToolTipRole && r.reporterName.isEmpty() &&
            m_client.userName(r.reporterId).isEmpty())
            return tr("Not known yet: open the report to see who it is (user %1)")
                .arg(r.reporterId);
        return reporterText(r);
    case CreatedColumn:
        if (role == Qt::ToolTipRole)
            return QLocale().toString(r.createdAt.toLocalTime(), QLocale::LongFormat);
        // Digits first: without a mark a right-to-left layout would reorder the parts.
        return QLocale().textDirection() == Qt::LeftToRight
                   ? QString(QChar(0x200E) + dateTimeText(r.createdAt))
                   : dateTimeText(r.createdAt);
    case NoteColumn:
        if (r.note.isEmpty())
            return full ? tr("No note") : QString();
        return full ? r.note : oneLine(r.note);
    case ResolutionColumn:
        if (r.resolution.isEmpty())
            return {};
        if (!full)
            return oneLine(r.resolution);
        return r.resolvedAt.isValid()
                   ? tr("%1 (resolved %2)").arg(r.resolution, dateTimeText(r.resolvedAt))
                   : r.resolution;
    default:
        return {};
    }
}

QVariant SupportReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReasonColumn:
        return tr("Reason");
    case ReporterColumn:
        return tr("Reported by");
    case CreatedColumn:
        return tr("When");
    case NoteColumn:
        return tr("Note");
    case ResolutionColumn:
        return tr("Resolution");
    default:
        return {};
    }
}

void SupportReportsModel::setReports(const QList<models::SupportReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

void SupportReportsModel::append(const QList<models::SupportReport> &reports)
{
    QList<models::SupportReport> fresh;
    for (const models::SupportReport &r : reports) {
        if (rowOf(r.id) < 0)
            fresh.append(r); // a page that overlaps the one before adds nothing twice
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(fresh.size()) - 1);
    m_reports.append(fresh);
    endInsertRows();
}

bool SupportReportsModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_reports.removeAt(row);
    endRemoveRows();
    return true;
}

const models::SupportReport *SupportReportsModel::report(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports.at(row) : nullptr;
}

int SupportReportsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace kora::ui
