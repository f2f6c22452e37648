#pragma once

#include "protocol/Conversation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>

namespace kora::ui {

// A conversation's transcript for a dispute file: the participants, the job,
// who exported it and when, then every message with its UTC time, sender,
// body, attachments (names, sizes, image thumbnails when given) and the
// system messages, in seq order. Written as a self-contained HTML file or as
// a PDF (the same HTML through QTextDocument and QPdfWriter). Every piece of
// user text is HTML-escaped: a body is shown, never interpreted.
class TranscriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(kora::ui::TranscriptExporter)
public:
    struct Options
    {
        QString exportedBy;
        QDateTime exportedAt;
        // A thumbnail for an image attachment, or a null image (name only).
        std::function<QImage(const proto::Attachment &)> thumbnail;
    };

    static QString html(const proto::Conversation &conversation,
                        const QList<proto::Message> &messages, const Options &options);
    // Both return an error text, empty on success.
    static QString writeHtml(const QString &path, const QString &html);
    static QString writePdf(const QString &path, const QString &html, const QString &title);
    // Transcript times: unambiguous, in UTC.
    static QString timeText(const QDateTime &time);
};

} // namespace kora::ui
