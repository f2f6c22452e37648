#include "TranscriptExporter.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace kora::ui {
namespace {

QString escaped(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return out;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString imageTag(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    const QImage small = image.width() > 240 || image.height() > 240
                             ? image.scaled(240, 240, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image;
    small.save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%3\">")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(small.width())
        .arg(small.height());
}

} // namespace

QString TranscriptExporter::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString TranscriptExporter::html(const proto::Conversation &c,
                                 const QList<proto::Message> &messages, const Options &options)
{
    QHash<QString, QString> names;
    QStringList people;
    for (const proto::Participant &p : c.participants) {
        names.insert(p.user.id, p.user.name);
        people.append(escaped(p.user.name) + QStringLiteral(" <span class=\"muted\">(") +
                      escaped(p.user.role) + QStringLiteral(", ") + escaped(p.user.id) +
                      QStringLiteral(")</span>"));
    }
    const QString title = tr("Conversation transcript");
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>"
                          "body{font-family:sans-serif;font-size:10pt;}"
                          ".muted{color:#666;}"
                          "table{border-collapse:collapse;width:100%;}"
                          "td{vertical-align:top;padding:3px 6px;border-bottom:1px solid #ddd;}"
                          ".system td{background:#f3f0e6;font-style:italic;}"
                          "</style></head><body>\n")
               .arg(title.toHtmlEscaped());
    out += QStringLiteral("<h1>%1</h1>\n<table width=\"100%\" cellspacing=\"0\">")
               .arg(title.toHtmlEscaped());
    const auto row = [&out](const QString &label, const QString &value) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n")
                   .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Conversation"), escaped(c.id));
    if (!c.title.isEmpty())
        row(tr("Title"), escaped(c.title));
    row(tr("Participants"), people.join(QStringLiteral("<br>")));
    if (!c.jobId.isEmpty() || !c.jobTitle.isEmpty())
        row(tr("Job"), escaped(c.jobTitle) +
                           (c.jobId.isEmpty() ? QString()
                                              : QStringLiteral(" <span class=\"muted\">(") +
                                                    escaped(c.jobId) + QStringLiteral(")</span>")));
    row(tr("Started"), escaped(timeText(c.createdAt)));
    row(tr("Messages"), QString::number(messages.size()));
    row(tr("Exported"),
        escaped(tr("%1 by %2").arg(timeText(options.exportedAt), options.exportedBy)));
    out += QStringLiteral("</table>\n<h2>%1</h2>\n<table width=\"100%\" cellspacing=\"0\">\n")
               .arg(tr("Messages").toHtmlEscaped());

    for (const proto::Message &m : messages) {
        const bool system = m.kind == QLatin1String("system");
        QString who = system ? tr("System") : names.value(m.senderId);
        if (who.isEmpty())
            who = tr("Unknown (%1)").arg(m.senderId);
        QString body;
        if (m.deleted) {
            body = QStringLiteral("<i>%1</i>").arg(tr("Message deleted").toHtmlEscaped());
        } else {
            body = escaped(m.body);
            for (const proto::Attachment &a : m.attachments) {
                if (!body.isEmpty())
                    body += QStringLiteral("<br>");
                const QImage thumb = options.thumbnail && a.mime.startsWith(QLatin1String("image/"))
                                         ? options.thumbnail(a)
                                         : QImage();
                if (!thumb.isNull())
                    body += imageTag(thumb) + QStringLiteral("<br>");
                body +=
                    QStringLiteral("<span class=\"muted\">%1</span>")
                        .arg(escaped(
                            tr("Attachment: %1 (%2, %3)").arg(a.name, a.mime, sizeText(a.size))));
            }
        }
        QString meta = escaped(timeText(m.createdAt));
        if (m.editedAt.isValid())
            meta += QStringLiteral("<br><span class=\"muted\">%1</span>")
                        .arg(escaped(tr("edited %1").arg(timeText(m.editedAt))));
        out += QStringLiteral("<tr%1><td class=\"muted\" style=\"white-space:nowrap\">#%2</td>"
                              "<td style=\"white-space:nowrap\">%3</td>"
                              "<td style=\"white-space:nowrap\"><b>%4</b></td>"
                              "<td width=\"100%\">%5</td></tr>\n")
                   .arg(system ? QStringLiteral(" class=\"system\"") : QString())
                   .arg(m.seq)
                   .arg(meta, escaped(who), body);
    }
    out += QStringLiteral("</table>\n</body></html>\n");
    return out;
}

QString TranscriptExporter::writeHtml(const QString &path, const QString &html)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(html.toUtf8());
    if (!file.commit())
        return file.errorString();
    return {};
}

QString TranscriptExporter::writePdf(const QString &path, const QString &html, const QString &title)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return probe.errorString();
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Kora"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    return {};
}

} // namespace kora::ui
