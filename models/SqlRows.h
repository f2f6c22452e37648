#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace kora::models {

// The rows of a statement the cache keeps prepared: valid until that same
// statement runs again.
class SqlRows
{
public:
    explicit SqlRows(QSqlQuery *query)
        : m_query(query)
    {}
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant lastInsertId() const { return m_query->lastInsertId(); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlQuery *m_query;
};

} // namespace kora::models
