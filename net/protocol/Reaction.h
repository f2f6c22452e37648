#pragma once

#include "../Expected.h"
#include "ApiError.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kora::proto {

// One emoji on a message and who put it there, in the order they did
// (protocol 7.2). A message lists its reactions in order of first use.
struct Reaction
{
    QString emoji;
    QStringList userIds;

    QJsonObject toJson() const;
    static Reaction fromJson(const QJsonObject &object);

    static constexpr int maxEmojiBytes = 32; // UTF-8
    static constexpr int maxPerMessage = 20; // distinct emoji
    // `text` if it is one emoji: a single grapheme cluster of at most 32
    // bytes of UTF-8 that holds a pictographic symbol (a letter, digit,
    // punctuation or space alone is not one); else an `invalid` error.
    static Expected<QString, ApiError> validateEmoji(const QString &text);
};

// {messageId?, emoji, on}: the socket event `react` (REST takes the id and
// the emoji from the path, and `on` from the method).
struct ReactRequest
{
    QString messageId;
    QString emoji;
    bool on = true;
    static Expected<ReactRequest, ApiError> parse(const QJsonObject &o);
};

} // namespace kora::proto
