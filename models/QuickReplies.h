#pragma once

#include "Expected.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace kora::models {

class Cache;

struct QuickReply
{
    QString id;    // local, stable across reorders
    QString title; // optional: what the list and "/" search show first
    QString text;  // may hold placeholders: {name}, {first_name}, {job}
    bool operator==(const QuickReply &other) const = default;
};

// The signed-in account's saved replies, in the order the user gave them:
// kept in its cache (so per account and offline), changed only here, every
// change written before the model shows it (a failed write changes nothing
// and says why). Exported and imported as JSON
// {"format":"kora-quick-replies","version":1,"replies":[{title,text}]}.
// Placeholders are filled from the conversation a reply is inserted into.
class QuickReplies : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role : int {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TextRole,
        // "title text" folded for case- and accent-insensitive matching.
        SearchRole,
    };
    Q_ENUM(Role)

    static constexpr int maxCount = 200;
    static constexpr int maxTitle = 80;  // code points
    static constexpr int maxText = 4000; // as a message
    static constexpr int maxImportBytes = 2 * 1024 * 1024;

    // `cache` is not owned and must outlive the model.
    explicit QuickReplies(Cache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<QuickReply> &replies() const { return m_replies; }
    int indexOf(const QString &id) const;

    // Each returns the error in words, changing nothing, when the text is
    // empty or too long, the list is full, or the cache cannot be written.
    Expected<QString, QString> add(const QString &title, const QString &text); // the new id
    Expected<bool, QString> update(const QString &id, const QString &title, const QString &text);
    Expected<bool, QString> remove(const QString &id);
    Expected<bool, QString> move(int from, int to);

    QByteArray exportJson() const;
    // Appends the replies of an export not already here (same title and
    // text); the number added. All or nothing: a file that is not an export,
    // holds an invalid reply or would overfill the list adds none.
    Expected<int, QString> importJson(const QByteArray &json);

    // What {name}, {first_name} and {job} stand for in one conversation.
    struct Context
    {
        QString name; // the other person's (or the group's) name
        QString jobId;
        QString jobTitle;
    };
    // `text` with the placeholders filled; one with no value stays as written,
    // so the user sees what is missing before sending.
    static QString fill(const QString &text, const Context &context);
    static QString fold(const QString &text); // lower case, accents taken off

private:
    Expected<bool, QString> save(const QList<QuickReply> &replies);
    static QString validate(const QString &title, const QString &text);

    Cache &m_cache;
    QList<QuickReply> m_replies;
};

} // namespace kora::models
