#pragma once

#include <QSortFilterProxyModel>

namespace kora::models {

// The conversations shown in one list: the active or the archived ones,
// narrowed by a search over title and job title (every word must occur,
// ignoring case and diacritics). Keeps the source's order (newest first).
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(bool archived READ archived WRITE setArchived NOTIFY archivedChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
public:
    explicit ConversationFilterModel(QObject *parent = nullptr);

    bool archived() const { return m_archived; }
    void setArchived(bool archived);
    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

    // Case-folded, with combining marks removed after NFD ("José" → "jose").
    static QString fold(const QString &text);

Q_SIGNALS:
    void archivedChanged(bool archived);
    void searchTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_archived = false;
    QString m_searchText;
    QStringList m_terms; // folded words of the search text
};

} // namespace kora::models
