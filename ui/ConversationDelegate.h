#pragma once

#include <QDateTime>
#include <QLocale>
#include <QStyledItemDelegate>

namespace kora::ui {

// Paints one row of the conversation list (no widget per row): round avatar
// with an online dot, name and the peer's role, the job, a one-line preview
// (or the draft), the time of last activity, a clock for messages still in
// the outbox and an unread badge. Everything is measured from the fonts, drawn
// as plain text and mirrored for right-to-left layouts.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The texts a row shows, on one line and never interpreted as markup
    // ("<b>x</b>" stays "<b>x</b>").
    static QString titleText(const QModelIndex &index);
    static QString roleText(const QString &role); // "hirer" → "Hirer" (translated)
    static QString jobText(const QModelIndex &index);
    static QString membersText(const QModelIndex &index); // empty for a direct chat
    // The preview, or "Draft: …" when there is a draft.
    static QString previewText(const QModelIndex &index);
    // "Draft: " when the row has a draft, else empty (painted in the accent colour).
    static QString draftPrefix(const QModelIndex &index);
    // Today: the time; within the last week: the weekday; else a short date.
    static QString activityText(const QDateTime &when,
                                const QDateTime &now = QDateTime::currentDateTime(),
                                const QLocale &locale = QLocale());
    static QString badgeText(int unread); // "" for 0, "99+" above 99
    // What a screen reader says for the row.
    static QString accessibleText(const QModelIndex &index);
    // Newlines, tabs and other separators as spaces, runs collapsed.
    static QString oneLine(const QString &text);

private:
    struct Metrics;
    Metrics metrics(const QStyleOptionViewItem &option) const;
};

} // namespace kora::ui
