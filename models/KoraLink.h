#pragma once

#include "Expected.h"

#include <QString>

namespace kora::models {

// A kora:// link from a marketplace page ("Message this worker", "Contact
// hirer"), parsed strictly: an allow-list of two forms, everything else is
// refused with a reason the user can read.
//   kora://conversation/<conversation id>[/message/<message id>]
//   kora://chat?user=<user id>[&jobId=<id>[&jobTitle=<text>]]
// (the message form is Kora's own "Copy link to message": the conversation
// opens at that message)
// Ids are the server's UUIDs; jobId is the marketplace's (letters, digits and
// . _ : -, at most 200); jobTitle is plain text of at most 200 characters
// (no control or bidi-override characters, no < or >). Query values are
// percent-decoded once ('+' is a space); the scheme, host and path never are.
// A trailing '/' after the host or id is accepted (some browsers add one).
struct KoraLink
{
    enum class Kind { Conversation, Chat };

    Kind kind = Kind::Conversation;
    QString conversationId; // Conversation
    QString messageId;      // Conversation, may be empty: the message to show
    QString userId;         // Chat
    QString jobId;          // Chat, may be empty
    QString jobTitle;       // Chat, may be empty (only with a jobId)

    static constexpr qsizetype MaxLength = 2048;
    static constexpr qsizetype MaxJobId = 200;
    static constexpr qsizetype MaxJobTitle = 200;

    // A link or the reason it is refused (translated, names no more of the
    // link than is safe to show).
    static Expected<KoraLink, QString> parse(const QString &text);
    // Whether `text` is meant as a link (starts with "kora:"), so the command
    // line can tell a link from a stray argument.
    static bool looksLikeLink(const QString &text);
    static bool isUuid(const QString &text);

    // The canonical form (lowercase ids, values re-encoded).
    QString toString() const;

    bool operator==(const KoraLink &) const = default;
};

} // namespace kora::models
