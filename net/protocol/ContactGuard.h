#pragma once

#include <QList>
#include <QString>

// The contact-info guard (protocol 7.5): finds phone numbers, email
// addresses, web links and outside-messenger handles in a message body.
// Pure functions of the text, with no server types: the server applies them
// to what it stores, the client to what it is about to send, so the two
// never disagree.
namespace kora::proto {

enum class ContactKind { Phone, Email, Link, Handle };

struct ContactSpan
{
    qsizetype offset = 0; // in UTF-16 code units of the text (QString indices)
    qsizetype length = 0;
    ContactKind kind = ContactKind::Phone;

    qsizetype end() const { return offset + length; }
    bool operator==(const ContactSpan &other) const = default;
};

// The Message flags the guard sets (Message.flags).
namespace flag {
inline const QString ContactInfo = QStringLiteral("contact_info");
inline const QString ContactMasked = QStringLiteral("contact_masked");
} // namespace flag

// What replaces each span in mask mode.
inline const QString hiddenMark = QStringLiteral("[hidden]");

// "phone", "email", "link", "handle".
QString contactKindName(ContactKind kind);

// The detected spans, sorted by offset, never overlapping (overlapping finds
// are merged: a handle next to a number covers both).
QList<ContactSpan> detectContacts(const QString &text);

// `text` with each span replaced by hiddenMark.
QString maskContacts(const QString &text, const QList<ContactSpan> &spans);
inline QString maskContacts(const QString &text)
{
    return maskContacts(text, detectContacts(text));
}

} // namespace kora::proto
