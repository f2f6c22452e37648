// bench-search: prints figures, asserts nothing. The client cache's message
// search (Cache::searchMessages over the FTS5 index, issue 13):
//  1. ingest: --messages text messages over --conversations conversations
//     stored in batches, into a cache with the index and, in the same run,
//     into one whose index triggers were dropped (what the index costs);
//  2. search: --queries word-prefix queries (one or two words, 3-6 letters)
//     asking for the first 20 results, newest first: p50 / p99 / max.
#include "Cache.h"
#include "protocol/Json.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream out(stdout);

// A vocabulary of made-up words plus a few real ones, the same every run.
QStringList vocabulary(int size)
{
    QStringList words{QStringLiteral("kitchen"),  QStringLiteral("grout"),
                      QStringLiteral("plumbing"), QStringLiteral("Saturday"),
                      QStringLiteral("invoice"),  QStringLiteral("tiles"),
                      QStringLiteral("Oxford"),   QStringLiteral("café")};
    QRandomGenerator rng(7);
    while (words.size() < size) {
        QString w;
        const int length = 3 + int(rng.bounded(7));
        for (int i = 0; i < length; ++i)
            w.append(QChar(u'a' + char16_t(rng.bounded(26))));
        words.append(w);
    }
    return words;
}

double ingest(kora::models::Cache &cache, int messages, int conversations, const QStringList &words)
{
    QRandomGenerator rng(11);
    QList<qint64> seqs(conversations, 0);
    QElapsedTimer timer;
    timer.start();
    constexpr int batch = 500;
    for (int done = 0; done < messages; done += batch) {
        QList<kora::proto::Message> list;
        for (int i = done; i < qMin(messages, done + batch); ++i) {
            const int c = int(rng.bounded(conversations));
            kora::proto::Message m;
            m.id = kora::proto::newOrderedUuid();
            m.clientId = kora::proto::newOrderedUuid();
            m.conversationId = QStringLiteral("c%1").arg(c);
            m.seq = m.updatedSeq = ++seqs[c];
            m.senderId = QStringLiteral("peer");
            m.kind = QStringLiteral("text");
            QStringList body;
            const int n = 6 + int(rng.bounded(12));
            for (int w = 0; w < n; ++w)
                body.append(words.at(int(rng.bounded(int(words.size())))));
            m.body = body.join(u' ');
            m.createdAt = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000 + i * 1000LL, Qt::UTC);
            list.append(m);
        }
        if (auto stored = cache.storeMessages(list, true); !stored) {
            out << "store failed: " << stored.error() << Qt::endl;
            return 0;
        }
    }
    return messages / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption messagesOption(QStringLiteral("messages"),
                                      QStringLiteral("Messages cached."), QStringLiteral("n"),
                                      QStringLiteral("1000000"));
    QCommandLineOption conversationsOption(QStringLiteral("conversations"),
                                           QStringLiteral("Conversations."), QStringLiteral("n"),
                                           QStringLiteral("1000"));
    QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries timed."),
                                     QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions({messagesOption, conversationsOption, queriesOption});
    parser.process(app);
    const int messages = qMax(1000, parser.value(messagesOption).toInt());
    const int conversations = qMax(1, parser.value(conversationsOption).toInt());
    const int queries = qMax(10, parser.value(queriesOption).toInt());
    const QStringList words = vocabulary(20'000);

    QTemporaryDir dir;
    // Without the index: the same schema, its triggers dropped.
    {
        const QString path = dir.filePath(QStringLiteral("plain.sqlite3"));
        auto plain = kora::models::Cache::open(path);
        if (!plain) {
            out << "cannot open a cache: " << plain.error() << Qt::endl;
            return 1;
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            raw.open();
            for (const char *drop :
                 {"DROP TRIGGER messages_fts_insert", "DROP TRIGGER messages_fts_delete",
                  "DROP TRIGGER messages_fts_update"})
                QSqlQuery(raw).exec(QString::fromLatin1(drop));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const double rate = ingest(**plain, messages, conversations, words);
        out << "ingest without the index: " << qRound(rate) << " msg/s" << Qt::endl;
    }
    auto cache = kora::models::Cache::open(dir.filePath(QStringLiteral("indexed.sqlite3")));
    if (!cache) {
        out << "cannot open a cache: " << cache.error() << Qt::endl;
        return 1;
    }
    const double rate = ingest(**cache, messages, conversations, words);
    out << "ingest with the index:    " << qRound(rate) << " msg/s (" << messages << " messages, "
        << conversations << " conversations)" << Qt::endl;

    QRandomGenerator rng(13);
    QList<double> ms;
    qint64 found = 0;
    for (int q = 0; q < queries; ++q) {
        QStringList terms;
        const int n = 1 + int(rng.bounded(2));
        for (int t = 0; t < n; ++t) {
            const QString w = words.at(int(rng.bounded(int(words.size()))));
            terms.append(w.left(qMin(int(w.size()), 3 + int(rng.bounded(4)))));
        }
        QElapsedTimer timer;
        timer.start();
        found += (*cache)->searchMessages(terms.join(u' '), 20).size();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms.at(qMin(int(ms.size()) - 1, int(p * ms.size()))); };
    out << "search, first 20 results: p50 " << at(0.5) << " ms, p99 " << at(0.99) << " ms, max "
        << ms.last() << " ms over " << queries << " queries (" << found / queries
        << " results each on average)" << Qt::endl;
    return 0;
}
