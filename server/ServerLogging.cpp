#include "ServerLogging.h"

#include <QMutex>
#include <QRegularExpression>

#include <cstdio>

Q_LOGGING_CATEGORY(lcServer, "kora.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServerDb, "kora.server.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "kora.server.realtime", QtInfoMsg)

namespace {
QLatin1StringView levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QLatin1StringView("debug");
    case QtInfoMsg:
        return QLatin1StringView("info");
    case QtWarningMsg:
        return QLatin1StringView("warn");
    case QtCriticalMsg:
        return QLatin1StringView("error");
    case QtFatalMsg:
        return QLatin1StringView("fatal");
    }
    return QLatin1StringView("info");
}

void appendQuoted(QString &out, QStringView text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1StringView("\\\"");
            break;
        case '\\':
            out += QLatin1StringView("\\\\");
            break;
        case '\n':
            out += QLatin1StringView("\\n");
            break;
        case '\r':
            out += QLatin1StringView("\\r");
            break;
        case '\t':
            out += QLatin1StringView("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x2028 ||
                c.unicode() == 0x2029)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

QMutex writing; // records from several threads never interleave

void writeRecord(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line =
        logfmtLine(type, context.category, message, QDateTime::currentDateTimeUtc()).toUtf8() +
        '\n';
    const QMutexLocker lock(&writing);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

QString logfmtLine(QtMsgType type, const char *category, const QString &message,
                   const QDateTime &at)
{
    QString line;
    line.reserve(message.size() + 80);
    line += QLatin1StringView("ts=");
    line += at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    line += QLatin1StringView(" level=");
    line += levelName(type);
    line += QLatin1StringView(" cat=");
    const QString cat = QString::fromUtf8(category && *category ? category : "default");
    // A category is a dotted name; anything else in one is quoted too.
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (bare.match(cat).hasMatch())
        line += cat;
    else
        appendQuoted(line, cat);
    line += QLatin1StringView(" msg=");
    appendQuoted(line, message);
    return line;
}

void installStructuredLogging()
{
    qInstallMessageHandler(writeRecord);
}
