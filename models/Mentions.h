#pragma once

#include "protocol/Conversation.h"

#include <QList>
#include <QString>

namespace kora::models {

// An @mention in a message body: "@Ama Mensah" or "@Ama" naming someone in
// the conversation, at a word start and followed by no letter or digit (so
// "@Amazing" names nobody). Where two people's names both fit, the longer
// one wins ("@Ama Mensah" over "@Ama").
struct Mention
{
    int start = 0;  // the '@', in UTF-16 units
    int length = 0; // '@' and the name
    QString userId;
};

QList<Mention> findMentions(const QString &text, const QList<proto::Participant> &people);
// Whether `text` mentions `userId` among `people`.
bool mentions(const QString &text, const QList<proto::Participant> &people, const QString &userId);
// What a completion inserts for someone: "@" and their name, then a space.
QString mentionText(const QString &name);

} // namespace kora::models
