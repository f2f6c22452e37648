// The kora:// link parser: the two accepted forms, and a table of hostile or
// broken links that must each be refused with a reason.
#include "KoraLink.h"

#include <QTest>

using namespace kora::models;
using namespace Qt::StringLiterals;

namespace {
const QString kId = QStringLiteral("0191d2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d");
const QString kUser = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
} // namespace

class TestKoraLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<QString>("jobTitle");
        const int conv = int(KoraLink::Kind::Conversation), chat = int(KoraLink::Kind::Chat);
        QTest::newRow("conversation")
            << u"kora://conversation/"_s + kId << conv << kId << QString() << QString();
        QTest::newRow("conversation, trailing slash, upper case")
            << u"KORA://Conversation/"_s + kId.toUpper() + u"/"_s << conv << kId << QString()
            << QString();
        QTest::newRow("conversation at a message")
            << u"kora://conversation/"_s + kId + u"/message/"_s + kUser.toUpper() + u"/"_s << conv
            << kId << QString() << QString();
        QTest::newRow("chat, user only")
            << u"kora://chat?user="_s + kUser << chat << kUser << QString() << QString();
        QTest::newRow("chat with job, %20 and +")
            << u"kora://chat/?jobTitle=Fix+the%20kitchen%20sink&user="_s + kUser +
                   u"&jobId=job-42.a:b_c"_s
            << chat << kUser << u"job-42.a:b_c"_s << u"Fix the kitchen sink"_s;
        QTest::newRow("chat, UTF-8 title, %25 decoded once")
            << u"kora://chat?user="_s + kUser + u"&jobId=7&jobTitle=Caf%C3%A9%20%2525"_s << chat
            << kUser << u"7"_s << u"Café %25"_s;
    }
    void accepted()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QFETCH(QString, jobId);
        QFETCH(QString, jobTitle);
        const auto link = KoraLink::parse(text);
        QVERIFY2(link, qPrintable(link ? QString() : link.error()));
        QCOMPARE(int(link->kind), kind);
        QCOMPARE(link->kind == KoraLink::Kind::Chat ? link->userId : link->conversationId, id);
        QCOMPARE(link->jobId, jobId);
        QCOMPARE(link->jobTitle, jobTitle);
        QCOMPARE(link->messageId, text.contains(u"/message/"_s) ? kUser : QString());
        // The canonical form reads back as the same link.
        const auto again = KoraLink::parse(link->toString());
        QVERIFY(again);
        QCOMPARE(*again, *link);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        const QString chat = u"kora://chat?user="_s + kUser;
        const QString form = u"The link's form is not one Kora accepts."_s;
        const QString malformed = u"The link's parameters are malformed."_s;
        const QString notUser = u"The link does not name a Kora user."_s;
        const QString notConv = u"The link does not name a conversation."_s;
        const QString title = u"The link's job title contains characters Kora does not accept."_s;
        const QString kind = u"Kora cannot open this kind of link."_s;
        const QString scheme = u"Only kora:// links can be opened in Kora."_s;
        const QString chars = u"The link contains spaces, control or non-ASCII characters."_s;

        QTest::newRow("empty") << QString() << scheme;
        QTest::newRow("https") << u"https://example.com/conversation/"_s + kId << scheme;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << scheme;
        QTest::newRow("file") << u"file:///etc/passwd"_s << scheme;
        QTest::newRow("no slashes") << u"kora:conversation/"_s + kId << scheme;
        QTest::newRow("kora:///..") << u"kora:///.."_s << kind;
        QTest::newRow("empty host") << u"kora:///conversation/"_s + kId << kind;
        QTest::newRow("unknown host") << u"kora://settings?reset=1"_s << kind;
        QTest::newRow("userinfo") << u"kora://evil@chat?user="_s + kUser << kind;
        QTest::newRow("port") << u"kora://chat:80?user="_s + kUser << kind;
        QTest::newRow("encoded host") << u"kora://%63hat?user="_s + kUser << kind;
        QTest::newRow("traversal") << u"kora://conversation/../../etc/passwd"_s << notConv;
        QTest::newRow("traversal after id")
            << u"kora://conversation/"_s + kId + u"/.."_s << notConv;
        QTest::newRow("encoded traversal") << u"kora://conversation/%2e%2e%2f%2e%2e"_s << notConv;
        QTest::newRow("encoded id")
            << u"kora://conversation/%30191d2c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d"_s << notConv;
        QTest::newRow("two ids") << u"kora://conversation/"_s + kId + u"/"_s + kId << notConv;
        const QString notMessage = u"The link does not name a message."_s;
        QTest::newRow("message, no id")
            << u"kora://conversation/"_s + kId + u"/message"_s << notConv;
        QTest::newRow("message, empty id")
            << u"kora://conversation/"_s + kId + u"/message/"_s << notConv;
        QTest::newRow("message, not a uuid")
            << u"kora://conversation/"_s + kId + u"/message/42"_s << notMessage;
        QTest::newRow("message, traversal")
            << u"kora://conversation/"_s + kId + u"/message/.."_s << notMessage;
        QTest::newRow("message, extra segment")
            << u"kora://conversation/"_s + kId + u"/message/"_s + kUser + u"/x"_s << notConv;
        QTest::newRow("other segment name")
            << u"kora://conversation/"_s + kId + u"/reply/"_s + kUser << notConv;
        QTest::newRow("not a uuid") << u"kora://conversation/42"_s << notConv;
        QTest::newRow("uuid with braces") << u"kora://conversation/{"_s + kId + u"}"_s << notConv;
        QTest::newRow("no id") << u"kora://conversation"_s << notConv;
        QTest::newRow("conversation with query")
            << u"kora://conversation/"_s + kId + u"?user="_s + kUser << form;
        QTest::newRow("fragment") << u"kora://conversation/"_s + kId + u"#x"_s << form;
        QTest::newRow("chat with a path") << u"kora://chat/x?user="_s + kUser << form;
        QTest::newRow("chat without query") << u"kora://chat"_s << notUser;
        QTest::newRow("chat without user") << u"kora://chat?jobId=1"_s << notUser;
        QTest::newRow("user not a uuid") << u"kora://chat?user=ama"_s << notUser;
        QTest::newRow("user traversal") << u"kora://chat?user=..%2F..%2Fadmin"_s << notUser;
        QTest::newRow("user encoded uuid plus junk")
            << u"kora://chat?user="_s + kUser + u"%00"_s << notUser;
        QTest::newRow("duplicate user")
            << chat + u"&user="_s + kUser << u"The link gives a parameter twice."_s;
        QTest::newRow("duplicate title")
            << chat + u"&jobId=1&jobTitle=a&jobTitle=b"_s << u"The link gives a parameter twice."_s;
        QTest::newRow("unknown key")
            << chat + u"&token=abc"_s << u"The link has a parameter Kora does not know."_s;
        QTest::newRow("key in other case")
            << u"kora://chat?USER="_s + kUser << u"The link has a parameter Kora does not know."_s;
        QTest::newRow("empty pair") << chat + u"&&jobId=1"_s << malformed;
        QTest::newRow("trailing &") << chat + u"&"_s << malformed;
        QTest::newRow("no =") << chat + u"&jobId"_s << malformed;
        QTest::newRow("empty key") << chat + u"&=1"_s << malformed;
        QTest::newRow("bad escape") << chat + u"&jobId=1&jobTitle=100%"_s << malformed;
        QTest::newRow("bad escape hex") << chat + u"&jobId=1&jobTitle=%zz"_s << malformed;
        QTest::newRow("not UTF-8") << chat + u"&jobId=1&jobTitle=%C3%28"_s << malformed;
        QTest::newRow("overlong UTF-8") << chat + u"&jobId=1&jobTitle=%C0%BC"_s << malformed;
        QTest::newRow("raw space") << chat + u"&jobId=1&jobTitle=a b"_s << chars;
        QTest::newRow("raw newline") << u"kora://conversation/"_s + kId + u"\n"_s << chars;
        QTest::newRow("raw NUL") << u"kora://chat\0?user="_s + kUser << chars;
        QTest::newRow("raw non-ASCII") << chat + u"&jobId=1&jobTitle=café"_s << chars;
        QTest::newRow("script in title")
            << chat + u"&jobId=1&jobTitle=%3Cscript%3Ealert(1)%3C%2Fscript%3E"_s << title;
        QTest::newRow("markup in title")
            << chat + u"&jobId=1&jobTitle=%3Cb%3Ehi%3C/b%3E"_s << title;
        QTest::newRow("NUL in title") << chat + u"&jobId=1&jobTitle=a%00b"_s << title;
        QTest::newRow("newline in title") << chat + u"&jobId=1&jobTitle=a%0D%0Ab"_s << title;
        QTest::newRow("escape in title") << chat + u"&jobId=1&jobTitle=a%1B%5B31m"_s << title;
        QTest::newRow("C1 control in title") << chat + u"&jobId=1&jobTitle=a%C2%85"_s << title;
        QTest::newRow("bidi override in title")
            << chat + u"&jobId=1&jobTitle=invoice%E2%80%AEfdp.exe"_s << title;
        QTest::newRow("empty title")
            << chat + u"&jobId=1&jobTitle=+++"_s << u"The link's job title is empty or too long."_s;
        QTest::newRow("title too long") << chat + u"&jobId=1&jobTitle="_s + QString(201, u'a')
                                        << u"The link's job title is empty or too long."_s;
        QTest::newRow("title without job id")
            << chat + u"&jobTitle=Sink"_s << u"The link gives a job title without a job id."_s;
        QTest::newRow("job id with slash")
            << chat + u"&jobId=a/../b"_s << u"The link's job id is not valid."_s;
        QTest::newRow("job id encoded space")
            << chat + u"&jobId=a%20b"_s << u"The link's job id is not valid."_s;
        QTest::newRow("job id empty")
            << chat + u"&jobId="_s << u"The link's job id is not valid."_s;
        QTest::newRow("job id too long")
            << chat + u"&jobId="_s + QString(201, u'1') << u"The link's job id is not valid."_s;
        QTest::newRow("huge link")
            << chat + u"&jobId=1&jobTitle="_s + QString(5000, u'a') << u"The link is too long."_s;
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto link = KoraLink::parse(text);
        QVERIFY2(!link, qPrintable(link ? link->toString() : QString()));
        QCOMPARE(link.error(), reason);
    }

    void looksLikeLink()
    {
        QVERIFY(KoraLink::looksLikeLink(u"kora://chat"_s));
        QVERIFY(KoraLink::looksLikeLink(u"KORA:x"_s));
        QVERIFY(!KoraLink::looksLikeLink(u"--profile"_s));
        QVERIFY(!KoraLink::looksLikeLink(u"korax://"_s));
    }
};

QTEST_GUILESS_MAIN(TestKoraLink)
#include "tst_koralink.moc"
