#pragma once

#include "protocol/Conversation.h"

#include <QListWidget>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;

namespace kora::ui {

// @mention completion in a group's composer: typing "@" and the start of
// someone's name (any of its words, any case) lists who fits above the
// cursor; Up/Down pick, Enter or Tab put "@Full Name " in place of what was
// typed (one undo step), Esc or a space with no match closes it. The list
// never takes the focus: typing goes on in the composer. Nobody to mention
// (a direct conversation): nothing shows.
class MentionCompleter : public QObject
{
    Q_OBJECT
public:
    MentionCompleter(QPlainTextEdit *editor, QObject *parent = nullptr);
    ~MentionCompleter() override;

    // Who may be mentioned; `me` is left out.
    void setPeople(const QList<proto::Participant> &people, const QString &me);
    bool isShown() const;
    QStringList shownNames() const; // in the order listed
    QListWidget *popup() const { return m_popup; }

private:
    void update();
    void complete();
    void hide();
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Where the "@…" being typed starts, or -1.
    int mentionStart(QString *typed) const;

    QPlainTextEdit *m_editor;
    QPointer<QListWidget> m_popup;
    QList<proto::Participant> m_people;
    int m_start = -1;
    int m_dismissed = -1; // the '@' Esc closed the list for
};

} // namespace kora::ui
