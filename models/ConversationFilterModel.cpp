#include "ConversationFilterModel.h"

#include "ConversationListModel.h"

namespace kora::models {

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // No sort column: rows keep the source order; filtering follows source changes.
    setDynamicSortFilter(true);
}

void ConversationFilterModel::setArchived(bool archived)
{
    if (m_archived == archived)
        return;
    m_archived = archived;
    invalidateFilter();
    Q_EMIT archivedChanged(archived);
}

void ConversationFilterModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    m_terms = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT searchTextChanged(text);
}

QString ConversationFilterModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break;
        default:
            folded.append(c.isSpace() ? QChar(QLatin1Char(' ')) : c);
        }
    }
    return folded.toCaseFolded();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ConversationListModel::ArchivedRole).toBool() != m_archived)
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack =
        fold(index.data(ConversationListModel::TitleRole).toString() + QLatin1Char(' ') +
             index.data(ConversationListModel::JobTitleRole).toString());
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace kora::models
