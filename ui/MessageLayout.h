#pragma once

#include "MessageGeometry.h"

#include <QCache>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStyleOptionViewItem>

class QAbstractItemModel;
class QModelIndex;

namespace kora::ui {

// Sizes and places everything a message row shows (MessageGeometry), for
// painting, size hints and hit-testing alike. Geometries are cached per row
// (its LocalIdRole) and width; a row's entry is dropped when the model says
// its data changed (dataChanged, rows removed, reset, layout changed) and
// recomputed when a neighbour it depends on (the sender above it, whether a
// row follows) differs, or when the font, direction or day changes. Text
// layouts are cached apart, per row, text, font and width, so a row whose
// neighbour changed is not laid out again.
class MessageLayout : public QObject
{
    Q_OBJECT
public:
    explicit MessageLayout(QObject *parent = nullptr);
    ~MessageLayout() override;

    // The geometry of index in option.rect (font and direction from option).
    MessageGeometry geometry(const QStyleOptionViewItem &option, const QModelIndex &index);
    void clear();
    // Groups: the first bubble of each run of someone else's messages starts
    // with the sender's name (false by default: a pair knows who is who).
    // Names over the first bubble of each run of one sender's messages: a
    // group's (others only), or the support view's (`ownToo`: both sides).
    void setSenderNames(bool on, bool ownToo = false);
    bool senderNames() const { return m_senderNames; }

private:
    struct Key
    {
        qint64 localId = 0;
        int width = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.localId == b.localId && a.width == b.width;
        }
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.localId, key.width);
        }
    };
    // What a row's geometry depends on outside the row itself.
    struct Neighbours
    {
        QVariant previousSender;
        bool hasPrevious = false;
        bool previousSystem = false;
        bool hasNext = false;
        bool operator==(const Neighbours &o) const
        {
            return hasPrevious == o.hasPrevious && hasNext == o.hasNext &&
                   previousSystem == o.previousSystem && previousSender == o.previousSender;
        }
    };
    struct Entry
    {
        MessageGeometry geometry; // for a row rect at (0, 0)
        Neighbours neighbours;
        quint32 revision = 0;
    };

    MessageGeometry compute(const QStyleOptionViewItem &option, const QModelIndex &index);
    std::shared_ptr<const MessageText> text(const QModelIndex &index, const QString &text,
                                            const QFont &font, int width, bool markup);
    static Neighbours neighboursOf(const QModelIndex &index);
    void watch(const QAbstractItemModel *model);
    void rowsChanged(const QModelIndex &parent, int first, int last);

    bool m_senderNames = false;
    bool m_ownSenderNames = false;
    QCache<Key, Entry> m_rows{1000};
    QHash<qint64, quint32> m_revisions; // bumped when a row's data changes
    QCache<QString, std::shared_ptr<const MessageText>> m_texts{600};
    QPointer<const QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QFont m_font;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    QDate m_day;
};

} // namespace kora::ui
