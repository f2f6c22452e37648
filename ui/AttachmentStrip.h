#pragma once

#include "ImagePrep.h"

#include <QImage>
#include <QScrollArea>

class QHBoxLayout;

namespace kora::ui {

// The files waiting to be sent, above the composer: a thumbnail (or type
// icon) and the name of each, "Preparing…" while ImagePrep works, and a
// remove button per item.
class AttachmentStrip : public QScrollArea
{
    Q_OBJECT
public:
    explicit AttachmentStrip(QWidget *parent = nullptr);

    // A new item in its "preparing" state; returns its id.
    int addPending(const QString &name);
    void setPrepared(int id, const models::ImagePrep::Prepared &file);
    void remove(int id); // deletes a prepared file's staged copy
    void clear(bool deleteFiles = true);

    int count() const { return int(m_items.size()); }
    bool isBusy() const;
    bool contains(int id) const;
    QList<models::ImagePrep::Prepared> files() const; // the prepared ones, in order
    QList<int> ids() const;
    QString nameOf(int id) const;
    QSize sizeHint() const override;

Q_SIGNALS:
    void removeRequested(int id); // the user pressed an item's remove button
    void changed();

private:
    struct Item
    {
        int id = 0;
        QWidget *widget = nullptr;
        bool ready = false;
        models::ImagePrep::Prepared file;
        QString name;
    };
    QWidget *makeTile(Item &item);
    void refreshTile(Item &item);

    QWidget *m_inner = nullptr;
    QHBoxLayout *m_row = nullptr;
    QList<Item> m_items;
    int m_nextId = 1;
};

} // namespace kora::ui
