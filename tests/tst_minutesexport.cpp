// The minutes Gavel writes from a session, checked against the real minutes of the first
// PFCC meeting (../shared/corpus/pfcc-2022/2022-04-14-meeting-minutes.md).
//
// The recorded session is that meeting as a chair would have run it in Gavel: the real
// agenda, the real minutes' sentences typed as notes under the matching items, 22 people
// checked in, and what Gavel knows besides. The expected files in tests/fixtures/minutes/ were
// written by hand from the real minutes. Where they differ from the real file, and why:
//   - title: the agenda's title ("…第一次会议") with 纪要 after it, as the series wrote every
//     later title ("第二次会议纪要"), where this first file wrote "第一次会议会议纪要";
//   - 会议时间: the actual start and end from the run, "2022-04-14 19:00 - 20:10" in ASCII
//     (the real file: "2022-4-14 19：00 - 20：10");
//   - 参会人: the count sentence and "本次会议由轮值主席…主持" are kept; the sentence about who the
//     members are (Gavel cannot know it) and the doubled "本次" are not; the chair is linked
//     with a full-width closing parenthesis; no list of names (as no real PFCC minutes have);
//   - item headings are the agenda's titles ("框架贡献者贡献的2~3个议题",
//     "自由发言，可以提想法、提问和讨论", "确定下次会议的主席与副主席，…") where the real
//     minutes renamed them ("飞桨框架贡献者的议题分享", "自由发言和讨论", "下次会议安排");
//   - the speakers' bullets are their items' notes as "- [handle](link)：notes", with the
//     spacing around "：" normalised and the line break inside `paddle.linalg.corrcoef` gone;
//   - 决定 / 待办 under items: the decision and the two action items are Gavel's, the real
//     minutes had none;
//   - 下次会议安排 is the community's sentence, with the date the chair set where the real file
//     said "两周后的同一个时间段" and without its comma after 并确定; the vice-chair is written
//     骆涛（[luotao1](…)) with the handle as link text (the real file: [Tao Luo](…));
//   - the closing words (the real "## 期待下次再相聚") are the general notes, under "## 其他",
//     each of their two lines a bullet;
//   - "## 时间统计", planned against actual minutes, is new.
// The English file has the same content under English headings.

#include "testsupport.h"

#include "agenda/agendaimporter.h"
#include "agenda/agendatree.h"
#include "minutes/minutesexport.h"
#include "minutes/minuteshtml.h"
#include "minutes/timingreport.h"
#include "storage/sessionfile.h"

#include <QDateTime>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>

using namespace gavel;
using namespace gavel::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(GAVEL_SOURCE_DIR "/tests/fixtures/minutes/") + name;
}

// Beijing time, as the meeting was held (the agenda states no offset: the minutes show the
// computer's local time, which the test sets to Asia/Shanghai).
qint64 beijing(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

int idOf(const QList<AgendaItem> &items, const QString &title)
{
    for (const AgendaItem &item : items) {
        if (item.title == title) {
            return item.id;
        }
        if (const int id = idOf(item.children, title)) {
            return id;
        }
    }
    return 0;
}

Attendee present(const QString &name, const QString &github)
{
    Attendee a;
    a.name = name;
    a.github = github;
    a.status = Attendee::Status::Present;
    return a;
}

// The normalised text of a document: compatibility forms folded, whitespace collapsed.
// pdftotext maps some glyphs of the CJK fonts back to radicals (⼀ U+2F00 for 一, ⻜ U+2EDC for
// 飞) because the fonts share one glyph between them: NFKC folds the Kangxi radicals, the
// table below the supplement's simplified forms.
QString normalized(const QString &text)
{
    static const QHash<QChar, QChar> radicals {
        {QChar(0x2EC5), QChar(0x89C1)}, {QChar(0x2EC6), QChar(0x89D2)}, {QChar(0x2EC8), QChar(0x8BA0)},
        {QChar(0x2ECB), QChar(0x8F66)}, {QChar(0x2ED3), QChar(0x957F)}, {QChar(0x2ED4), QChar(0x95E8)},
        {QChar(0x2EDA), QChar(0x9875)}, {QChar(0x2EDB), QChar(0x98CE)}, {QChar(0x2EDC), QChar(0x98DE)},
        {QChar(0x2EDD), QChar(0x98DF)}, {QChar(0x2EE2), QChar(0x9A6C)}, {QChar(0x2EE4), QChar(0x9B3C)},
        {QChar(0x2EE8), QChar(0x9EA6)}, {QChar(0x2EEC), QChar(0x9F50)}, {QChar(0x2EEE), QChar(0x9F7F)},
        {QChar(0x2EF0), QChar(0x9F99)}, {QChar(0x2EF3), QChar(0x9F9F)},
    };
    QString t = text;
    for (QChar &c : t) {
        c = radicals.value(c, c);
    }
    return t.normalized(QString::NormalizationForm_KC).simplified();
}

// The text pdftotext (poppler-utils) reads from a PDF, normalised, with no whitespace at all:
// lines wrap on the page. Empty, with the reason in *error, when it cannot be read.
QString pdfText(const QByteArray &pdf, QString *error)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("minutes.pdf")));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *error = QStringLiteral("cannot write the PDF to a temporary file");
        return {};
    }
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file.fileName(), QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0) {
        *error = QStringLiteral("pdftotext (poppler-utils) did not run");
        return {};
    }
    return normalized(QString::fromUtf8(pdftotext.readAllStandardOutput())).remove(QLatin1Char(' '));
}

// What a reader of the page sees: the text of the HTML, tags gone, character references read.
QString visibleText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

// Every href and src value in the HTML, however it is quoted.
QStringList urlAttributes(const QString &html)
{
    static const QRegularExpression attribute(
        QStringLiteral("\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList values;
    QRegularExpressionMatchIterator it = attribute.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        values << m.captured(1) + m.captured(2) + m.captured(3);
    }
    return values;
}

} // namespace

class TestMinutesExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chineseMatchesTheRealMinutes();
    void englishFromTheSameContent();
    void languageFollowsTheSessionThenTheAgenda();
    void withoutTimingReport();
    void savedSessionGivesTheSameMinutes();
    void notesKeptAsTyped();
    void unknownsSayToBeDecided();
    void timingCsvBytes();
    void fileNames();
    void htmlHasTheContent();
    void htmlIsACompleteDocument();
    void htmlShowsRawHtmlAsText();
    void htmlLinksOnlyToSafeUrls();
    void urlsThatMayStayLive_data();
    void urlsThatMayStayLive();
    void pdfHasTheText();
    void pdfShowsImagesAsTheirAltText();

private:
    SessionData firstMeeting() const;
    QString m_expectedZh;
    QString m_expectedEn;
};

void TestMinutesExport::initTestCase()
{
    qputenv("TZ", "Asia/Shanghai");
    m_expectedZh = QString::fromUtf8(readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.md"))));
    m_expectedEn = QString::fromUtf8(readAll(fixture(QStringLiteral("2022-04-14-meeting-minutes.expected.en.md"))));
    // Text files: they end with one newline, as the export does.
    QVERIFY(m_expectedZh.endsWith(QStringLiteral("|\n")) && !m_expectedZh.endsWith(QStringLiteral("\n\n")));
    QVERIFY(m_expectedEn.endsWith(QStringLiteral("|\n")) && !m_expectedEn.endsWith(QStringLiteral("\n\n")));
}

SessionData TestMinutesExport::firstMeeting() const
{
    const ImportResult imported
        = AgendaImporter::importFile(corpusFile(QStringLiteral("pfcc-2022/2022-04-14-meeting-agenda.md")));
    if (!imported.ok()) {
        qFatal("cannot import the first PFCC agenda: %s", qPrintable(imported.error));
    }
    SessionData s;
    s.series = QStringLiteral("Paddle Frawework Contributor Club");
    s.meeting = imported.meeting;
    agendatree::assignIds(s.meeting.items);
    const QList<AgendaItem> &items = s.meeting.items;
    const int founded = idOf(items, QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    const int intro = idOf(items, QStringLiteral("每人一句话的自我介绍"));
    const int progress = idOf(items, QStringLiteral("飞桨框架近期开源贡献进展"));
    const int talks = idOf(items, QStringLiteral("框架贡献者贡献的2~3个议题"));
    const int free = idOf(items, QStringLiteral("自由发言，可以提想法、提问和讨论"));
    const int next = idOf(items, QStringLiteral("确定下次会议的主席与副主席，以及召开时间 和 部分议题预告"));
    Q_ASSERT(founded && intro && progress && talks && free && next);

    // Ran 19:00 to 20:10; the items took 6 + 12 + 9 + 28.5 + 11 + 3.5 = 70 minutes.
    s.run.phase = RunState::Phase::Ended;
    s.run.startedAt = beijing(2022, 4, 14, 19, 0);
    s.run.endedAt = beijing(2022, 4, 14, 20, 10);
    qint64 at = s.run.startedAt;
    const QList<QPair<int, qint64>> took {{founded, 6 * 60000},        {intro, 12 * 60000}, {progress, 9 * 60000},
                                          {talks, 28 * 60000 + 30000}, {free, 11 * 60000},  {next, 3 * 60000 + 30000}};
    for (const auto &[id, ms] : took) {
        ItemRun r;
        r.startedAt = at;
        r.elapsedMs = ms;
        at += ms;
        r.endedAt = at;
        r.done = true;
        s.run.items.insert(id, r);
    }
    s.savedAt = s.run.endedAt + 5 * 60000;

    // The real minutes' sentences, as typed under each item.
    s.notes.insert(
        founded,
        QStringLiteral("本次会议上宣布了Paddle Frawework Contributor Club（PFCC）的正式成立，张军（[jzhang533]"
                       "(https://github.com/jzhang533))介绍了PFCC成立的目的，和未来具体开展的方式。"));
    s.notes.insert(
        intro,
        QStringLiteral("所有参与的飞桨框架的贡献者都开麦做了简要的自我介绍。参会的贡献者背景广泛，有大二在读的"
                       "本科生，也有研三在读的研究生，同时，也有来自于企业的技术专家。有两三名同学因为不方便直接"
                       "开麦做自我介绍，也通过语音留言或者他人转述的方式跟大家做了介绍。"));
    s.notes.insert(
        progress,
        QStringLiteral("梦柳（[Ligoml](https://github.com/Ligoml)）向大家介绍了飞桨框架近期的开源贡献的进展。"
                       "介绍了即将发布的v2.3版本的版本计划，以及个人贡献者为这个版本做出的贡献的情况；同时，"
                       "向大家介绍了向飞桨框架贡献的三种方式。"));
    s.notes.insert(talks,
                   QStringLiteral("本次会议，有四名为飞桨框架做出贡献的贡献者向大家介绍了给飞桨框架贡献的经验。\n"));
    s.notes.insert(idOf(items, QStringLiteral("S-HuaBomb")),
                   QStringLiteral("向大家介绍了自己给飞桨贡献 `paddle.nn.HingeEmbeddingLoss` 的经历。（[#37540]"
                                  "(https://github.com/PaddlePaddle/Paddle/pull/37540)）"));
    s.notes.insert(idOf(items, QStringLiteral("GeYuYao-hub")),
                   QStringLiteral("向大家介绍了自己参与飞桨黑客松活动，评测飞桨文档的经历。"));
    s.notes.insert(idOf(items, QStringLiteral("xiaoguoguo626807")),
                   QStringLiteral("向大家介绍了给飞桨贡献 `tril_indices` kernel的经历。（[#41639]"
                                  "(https://github.com/PaddlePaddle/Paddle/pull/41639)）同时，分享了贡献代码时的经验，"
                                  "并与大家进行了交流和讨论。"));
    s.notes.insert(idOf(items, QStringLiteral("liqitong-a")),
                   QStringLiteral("向大家介绍了自己给飞桨贡献 `paddle.linalg.corrcoef` API的经历。（[#40690]"
                                  "(https://github.com/PaddlePaddle/Paddle/pull/40690)）"));
    s.notes.insert(
        free,
        QStringLiteral("参会的飞桨框架的贡献者积极的就开发飞桨框架过程中碰到的具体问题，包括编译、注册OP、开发"
                       "kernel、CI系统等方面进行了经验分享和交流。部分的讨论在会后也通过新建issue的方式展开更多"
                       "的线上交流。（[#41827](https://github.com/PaddlePaddle/Paddle/issues/41827), [#41837]"
                       "(https://github.com/PaddlePaddle/Paddle/issues/41837), [#41979]"
                       "(https://github.com/PaddlePaddle/Paddle/issues/41979)）。"));
    s.notes.insert(next, QStringLiteral("确定下次会议的时间为两周后的同一个时间段。"));
    s.notes.insert(
        0,
        QStringLiteral("下次会议我们会和大家深入介绍飞桨接下来会开展的一些重点工作和技术方向，大家可以根据兴趣"
                       "选择合适自己的方向进行开发，希望我们一起让飞桨越来越好！\n同时，我们也会在微信群里进行"
                       "随时的交流。\n\n"));

    // The chair and vice-chair, the 21 invitees but greatv (absent): 22 attended.
    s.attendees << present(QStringLiteral("张军"), QStringLiteral("jzhang533"))
                << present(QStringLiteral("高翔"), QStringLiteral("jeff41404"));
    for (const Person &p : s.meeting.roster) {
        Attendee a = present(p.name, p.github);
        if (p.github == QLatin1String("greatv")) {
            a.status = Attendee::Status::Absent;
        } else if (p.github == QLatin1String("unseenme")) {
            a.status = Attendee::Status::Late;
        } else if (p.github == QLatin1String("thunder95")) {
            a.status = Attendee::Status::LeftEarly;
        }
        s.attendees << a;
    }

    s.minutes.decisions << Decision {1, founded, QStringLiteral("PFCC 每两周召开一次线上会议，由成员轮值担任主席。")};
    s.minutes.actions << ActionItem {1,
                                     free,
                                     QStringLiteral("把会上讨论的编译、注册OP、CI问题整理成issue"),
                                     QStringLiteral("Tao Luo"),
                                     QStringLiteral("luotao1"),
                                     QDate(2022, 4, 21),
                                     false};
    s.minutes.actions << ActionItem {2,
                                     next,
                                     QStringLiteral("在微信群里发布下次会议的议题预告"),
                                     QStringLiteral("高翔"),
                                     QStringLiteral("jeff41404"),
                                     QDate(2022, 4, 27),
                                     true};
    s.minutes.next.date = QDate(2022, 4, 28);
    s.minutes.next.time = QTime(19, 0);
    s.minutes.next.chair = Person {QStringLiteral("高翔"), QStringLiteral("jeff41404")};
    s.minutes.next.viceChair = Person {QStringLiteral("骆涛"), QStringLiteral("luotao1")};
    return s;
}

void TestMinutesExport::chineseMatchesTheRealMinutes()
{
    const SessionData session = firstMeeting();
    QCOMPARE(agendaLanguage(session.meeting), QStringLiteral("zh"));
    QCOMPARE(minutesexport::markdown(session), m_expectedZh);
    QCOMPARE(minutesexport::markdown(session, QStringLiteral("zh"), true), m_expectedZh);
}

void TestMinutesExport::englishFromTheSameContent()
{
    QCOMPARE(minutesexport::markdown(firstMeeting(), QStringLiteral("en")), m_expectedEn);
}

void TestMinutesExport::languageFollowsTheSessionThenTheAgenda()
{
    SessionData session = firstMeeting();
    session.minutes.language = QStringLiteral("en");
    QCOMPARE(minutesexport::markdown(session), m_expectedEn);
    // The argument wins over the session's choice.
    QCOMPARE(minutesexport::markdown(session, QStringLiteral("zh")), m_expectedZh);

    // An English agenda gives English minutes.
    SessionData english;
    english.meeting.title = QStringLiteral("Docs WG sync");
    english.meeting.items << AgendaItem {1, QStringLiteral("Roadmap"), 10, {}, {}, {}, {}, {}};
    QVERIFY(
        minutesexport::markdown(english).startsWith(QStringLiteral("# Docs WG sync Meeting Minutes\n\n## Overview\n")));
}

void TestMinutesExport::withoutTimingReport()
{
    const QString zh = minutesexport::markdown(firstMeeting(), QStringLiteral("zh"), false);
    const int timing = m_expectedZh.indexOf(QStringLiteral("\n\n## 时间统计"));
    QVERIFY(timing > 0);
    QCOMPARE(zh, m_expectedZh.left(timing + 1));
}

void TestMinutesExport::savedSessionGivesTheSameMinutes()
{
    // Through the session file and back: nothing the minutes use is lost.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("session.json"));
    QCOMPARE(sessionfile::save(path, firstMeeting()).error, QString());
    SessionData loaded;
    QString error;
    QVERIFY2(sessionfile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(minutesexport::markdown(loaded), m_expectedZh);

    // The session tst_exportcli exports through the command line is this one.
    SessionData cliSession;
    QVERIFY2(sessionfile::load(fixture(QStringLiteral("2022-04-14-session.json")), &cliSession, &error),
             qPrintable(error));
    QCOMPARE(minutesexport::markdown(cliSession), m_expectedZh);
    QCOMPARE(minutesexport::markdown(cliSession, QStringLiteral("en")), m_expectedEn);
}

void TestMinutesExport::notesKeptAsTyped()
{
    SessionData s;
    s.meeting.title = QStringLiteral("Sync");
    s.meeting.items << AgendaItem {1, QStringLiteral("Reviews"), 5, {}, {}, {}, {}, {}};
    s.notes.insert(
        1, QStringLiteral("@alice-demo will look at #123 and PaddlePaddle/Paddle#456.\n  - second line *as is*"));
    s.minutes.place = QStringLiteral("Zoom");
    const QString md = minutesexport::markdown(s, QStringLiteral("en"));
    QVERIFY2(
        md.contains(QStringLiteral(
            "### Reviews\n\n- @alice-demo will look at #123 and PaddlePaddle/Paddle#456.\n  - second line *as is*\n")),
        qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("- Place: Zoom\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("- Attendees: No attendance was recorded.\n")), qPrintable(md));
    // Not run: no timing section.
    QVERIFY(!md.contains(QStringLiteral("## Timing")));
}

void TestMinutesExport::unknownsSayToBeDecided()
{
    SessionData s;
    s.meeting.title = QStringLiteral("周会");
    const QString md = minutesexport::markdown(s);
    QVERIFY2(md.contains(QStringLiteral("- 会议时间：待定\n")), qPrintable(md));
    QVERIFY2(md.contains(
                 QStringLiteral("### 下次会议安排\n\n下次会议的时间待定。下次会议的主席为：待定，副主席为：待定。\n")),
             qPrintable(md));
    // A decision of the meeting as a whole and the general notes.
    s.minutes.decisions << Decision {1, 0, QStringLiteral("改为每周一次")};
    s.minutes.actions << ActionItem {1, 0, QStringLiteral("更新日历"), QStringLiteral("小王"), {}, {}, false};
    QVERIFY2(minutesexport::markdown(s).endsWith(QStringLiteral(
                 "## 其他\n\n### 决定\n\n- 改为每周一次\n\n### 待办\n\n- [ ] 更新日历（负责人：小王）\n")),
             qPrintable(minutesexport::markdown(s)));
}

void TestMinutesExport::timingCsvBytes()
{
    SessionData s;
    s.meeting.title = QStringLiteral("Sync");
    s.meeting.items << AgendaItem {1, QStringLiteral("Intro"), 5, {}, {}, {}, {}, {}}
                    << AgendaItem {2, QStringLiteral("Demo, part 1"), 10, {}, {}, {}, {}, {}}
                    << AgendaItem {3, QStringLiteral("Q&A"), std::nullopt, {}, {}, {}, {}, {}}
                    << AgendaItem {4, QStringLiteral("=Wrap-up"), 2, {}, {}, {}, {}, {}};
    s.run.phase = RunState::Phase::Ended;
    s.run.startedAt = 1'000'000;
    s.run.endedAt = s.run.startedAt + 19 * 60000;
    s.run.items[1].elapsedMs = 4 * 60000 + 30000;
    s.run.items[2].elapsedMs = 12 * 60000 + 30000;
    s.run.items[3].skipped = true; // did not run: not in the report
    s.run.items[4].elapsedMs = 90000;
    for (int id : {1, 2, 4}) {
        s.run.items[id].done = true;
    }
    const QByteArray expected = "\xEF\xBB\xBF"
                                "item,planned_minutes,actual_minutes,overrun_minutes\r\n"
                                "Intro,5,4.5,0\r\n"
                                "\"Demo, part 1\",10,12.5,2.5\r\n"
                                "'=Wrap-up,2,1.5,0\r\n"
                                "Total,17,18.5,2.5\r\n";
    QCOMPARE(timingreport::csv(s), expected);

    // Children that carry the durations run in turn and are reported one by one.
    SessionData nested;
    nested.meeting.items << AgendaItem {1,
                                        QStringLiteral("Talks"),
                                        std::nullopt,
                                        {},
                                        {},
                                        {AgendaItem {2, QStringLiteral("A"), 3, {}, {}, {}, {}, {}},
                                         AgendaItem {3, QStringLiteral("B"), 4, {}, {}, {}, {}, {}}},
                                        {},
                                        {}};
    nested.run.phase = RunState::Phase::Ended;
    nested.run.startedAt = 1'000'000;
    nested.run.endedAt = nested.run.startedAt + 8 * 60000;
    nested.run.items[2].elapsedMs = 3 * 60000;
    nested.run.items[3].elapsedMs = 5 * 60000;
    QCOMPARE(timingreport::csv(nested),
             QByteArray("\xEF\xBB\xBF"
                        "item,planned_minutes,actual_minutes,overrun_minutes\r\n"
                        "Talks / A,3,3,0\r\n"
                        "Talks / B,4,5,1\r\n"
                        "Total,7,8,1\r\n"));
}

void TestMinutesExport::fileNames()
{
    const SessionData session = firstMeeting();
    QCOMPARE(minutesexport::fileName(session), QStringLiteral("2022-04-14-meeting-minutes.md"));
    QCOMPARE(timingreport::fileName(session), QStringLiteral("2022-04-14-meeting-timing.csv"));
    QCOMPARE(minutesexport::fileName(session, QStringLiteral("pdf")), QStringLiteral("2022-04-14-meeting-minutes.pdf"));
    QCOMPARE(minutesexport::fileName(session, QStringLiteral(".html")),
             QStringLiteral("2022-04-14-meeting-minutes.html"));

    // No date in the agenda: the day it actually started.
    SessionData undated = session;
    undated.meeting.time = {};
    undated.run.startedAt = beijing(2022, 4, 15, 7, 30);
    QCOMPARE(minutesexport::fileName(undated), QStringLiteral("2022-04-15-meeting-minutes.md"));
}

void TestMinutesExport::htmlHasTheContent()
{
    const QString html = minutesexport::html(firstMeeting());
    QVERIFY2(html.contains(QStringLiteral("charset=\"utf-8\""), Qt::CaseInsensitive)
                 || html.contains(QStringLiteral("charset=utf-8"), Qt::CaseInsensitive),
             qPrintable(html.left(400)));
    const QString text = normalized(html);
    const QStringList expected {
        QStringLiteral("Paddle Frawework Contributor Club 第一次会议纪要"),
        QStringLiteral("会议概况"),
        QStringLiteral("本次会议共有22名成员参会"),
        QStringLiteral("href=\"https://github.com/jzhang533\""),
        QStringLiteral("会议分享与讨论"),
        QStringLiteral("宣布Paddle Frawework Contributor Club成立"),
        QStringLiteral("每人一句话的自我介绍"),
        QStringLiteral("飞桨框架近期开源贡献进展"),
        QStringLiteral("框架贡献者贡献的2~3个议题"),
        QStringLiteral("xiaoguoguo626807"),
        QStringLiteral("自由发言,可以提想法、提问和讨论"),
        QStringLiteral("下次会议安排"),
        QStringLiteral("高翔"),
        QStringLiteral("骆涛"),
        QStringLiteral("时间统计"),
        QStringLiteral("9.5"),
    };
    int from = 0;
    for (const QString &line : expected) {
        const int at = text.indexOf(normalized(line), from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: %1").arg(line)));
        from = at;
    }
    QVERIFY(html.contains(QStringLiteral("<h1")));
    QVERIFY(html.contains(QStringLiteral("<table")));
}

void TestMinutesExport::htmlIsACompleteDocument()
{
    const QString zh = minutesexport::html(firstMeeting());
    QVERIFY2(
        zh.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")),
        qPrintable(zh.left(200)));
    QVERIFY(zh.contains(QStringLiteral("<title>Paddle Frawework Contributor Club 第一次会议纪要</title>")));
    QCOMPARE(zh.count(QStringLiteral("<style")), 1);
    QCOMPARE(zh.count(QStringLiteral("<body>")), 1);
    QVERIFY(zh.endsWith(QStringLiteral("</body>\n</html>\n")));
    // Not QTextDocument's markup, and nothing fetched or run.
    QVERIFY(!zh.contains(QStringLiteral("-qt-")));
    QVERIFY(!zh.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!zh.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!zh.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    // Task items as a browser shows them: a checkbox each, ticked when done.
    QVERIFY(zh.contains(
        QStringLiteral("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                       "disabled>把会上讨论的编译、注册OP、CI问题整理成issue")));
    QVERIFY(zh.contains(
        QStringLiteral("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" "
                       "disabled checked>在微信群里发布下次会议的议题预告")));

    const QString en = minutesexport::html(firstMeeting(), QStringLiteral("en"));
    QVERIFY2(en.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n")), qPrintable(en.left(200)));
    QVERIFY(en.contains(QStringLiteral("<title>Paddle Frawework Contributor Club 第一次会议 Meeting Minutes</title>")));
}

void TestMinutesExport::htmlShowsRawHtmlAsText()
{
    SessionData s = firstMeeting();
    s.meeting.title = QStringLiteral("Club </title><script>alert(1)</script>");
    const int talks = idOf(s.meeting.items, QStringLiteral("框架贡献者贡献的2~3个议题"));
    const QString note = QStringLiteral("Tried <script>alert(2)</script> and <img src=x onerror=alert(3)> here.");
    s.notes.insert(talks, note);
    s.notes.insert(0, QStringLiteral("<div>\n<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>\n</div>"));
    const QString html = minutesexport::html(s, QStringLiteral("en"));

    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<div"), Qt::CaseInsensitive));
    // One title element, holding the agenda's title as text.
    QCOMPARE(html.count(QStringLiteral("<title>")), 1);
    QCOMPARE(html.count(QStringLiteral("</title>")), 1);
    QVERIFY2(html.contains(QStringLiteral(
                 "<title>Club &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; Meeting Minutes</title>")),
             qPrintable(html.left(800)));
    // The reader sees what was typed, as text.
    const QString body = html.mid(html.indexOf(QStringLiteral("<body>")));
    QVERIFY(body.contains(QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")));
    const QString seen = visibleText(body);
    QVERIFY2(seen.contains(QStringLiteral("Club </title><script>alert(1)</script> Meeting Minutes")), qPrintable(seen));
    QVERIFY2(seen.contains(note), qPrintable(seen));
    QVERIFY2(seen.contains(QStringLiteral("<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>")), qPrintable(seen));

    // The PDF shows the same text.
    QString error;
    const QString pdf = pdfText(minutesexport::pdf(s, QStringLiteral("en")), &error);
    QVERIFY2(!pdf.isEmpty(), qPrintable(error));
    QVERIFY2(pdf.contains(QStringLiteral("Club</title><script>alert(1)</script>MeetingMinutes")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QStringLiteral("Tried<script>alert(2)</script>and<imgsrc=xonerror=alert(3)>here.")),
             qPrintable(pdf));
}

void TestMinutesExport::htmlLinksOnlyToSafeUrls()
{
    SessionData s = firstMeeting();
    const int free = idOf(s.meeting.items, QStringLiteral("自由发言，可以提想法、提问和讨论"));
    s.notes.insert(
        free,
        QStringLiteral("[click](javascript:alert(1)), [c2](JaVaScRiPt:alert(1)), [c3]( javascript:alert(1)) "
                       "and ![i](data:text/html;base64,xx).\n"
                       "Also <javascript:alert(4)>, [c5](javascript&#58;alert(5)), "
                       "[c6](vbscript:msgbox(6)), [c7], ![i2](VBScript:x) and [c8](<javascript:alert(8)>).\n"
                       "See [the site](https://www.paddlepaddle.org.cn/) or [write](mailto:pfcc@example.org).\n"
                       "\n"
                       "[c7]: javascript:alert(7)"));
    s.minutes.choices.attendeeList = true; // the attendees' links are checked too
    const QString html = minutesexport::html(s);

    const QStringList urls = urlAttributes(html);
    QVERIFY(urls.size() > 20); // the roster's links and the notes' are there to check
    for (const QString &url : urls) {
        const QString bare = url.simplified().remove(QLatin1Char(' '));
        QVERIFY2(!bare.contains(QStringLiteral("script"), Qt::CaseInsensitive), qPrintable(url));
        QVERIFY2(!bare.startsWith(QStringLiteral("data"), Qt::CaseInsensitive), qPrintable(url));
    }
    // Safe links stay live.
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://www.paddlepaddle.org.cn/\">the site</a>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"mailto:pfcc@example.org\">write</a>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://github.com/jzhang533\">张军</a>")));
    // The others keep their text, as plain text.
    const QString seen = visibleText(html.mid(html.indexOf(QStringLiteral("<body>"))));
    for (const QString &text : {QStringLiteral("click, c2, c3 and"), QStringLiteral("c5, c6, [c7],"),
                                QStringLiteral("and c8."), QStringLiteral("javascript:alert(4)")}) {
        QVERIFY2(seen.contains(text), qPrintable(text + QStringLiteral(" in: ") + seen));
    }
    // The Markdown itself carries no such link: its words stay, the link is gone.
    const QString md = minutesexport::markdown(s);
    QVERIFY2(md.contains(QStringLiteral("click, c2, c3 and i.")), qPrintable(md));
    QVERIFY2(!md.contains(QStringLiteral("](javascript"), Qt::CaseInsensitive), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\\[c7]: javascript:alert(7)")), qPrintable(md));
}

void TestMinutesExport::urlsThatMayStayLive_data()
{
    QTest::addColumn<QString>("value"); // as it stands between the quotes of href="…"
    QTest::addColumn<bool>("live");

    QTest::newRow("https") << QStringLiteral("https://github.com/PaddlePaddle/Paddle/pull/37540") << true;
    QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
    QTest::newRow("HTTPS in capitals") << QStringLiteral("HTTPS://EXAMPLE.ORG/") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:pfcc@example.org") << true;
    QTest::newRow("fragment") << QStringLiteral("#overview") << true;
    QTest::newRow("relative path") << QStringLiteral("2022-04-14-meeting-minutes.md") << true;
    QTest::newRow("query with &amp;") << QStringLiteral("?page=2&amp;sort=new") << true;
    QTest::newRow("colon after a slash is a path") << QStringLiteral("docs/a:b") << true;
    // A browser parses no scheme out of "%6A...": it is a relative path.
    QTest::newRow("percent-encoded letter") << QStringLiteral("%6Aavascript:alert(1)") << true;

    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("mixed case") << QStringLiteral("JaVaScRiPt:alert(1)") << false;
    QTest::newRow("leading space") << QStringLiteral(" javascript:alert(1)") << false;
    QTest::newRow("leading control") << QStringLiteral("\x01\x1Fjavascript:alert(1)") << false;
    QTest::newRow("tab inside") << QStringLiteral("java\tscript:alert(1)") << false;
    QTest::newRow("newline inside") << QStringLiteral("java\nscript:alert(1)") << false;
    QTest::newRow("decimal colon") << QStringLiteral("javascript&#58;alert(1)") << false;
    QTest::newRow("named colon") << QStringLiteral("javascript&colon;alert(1)") << false;
    QTest::newRow("hex letter") << QStringLiteral("&#x6A;avascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << false;
    QTest::newRow("DATA") << QStringLiteral("DATA:image/svg+xml,x") << false;
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
}

void TestMinutesExport::urlsThatMayStayLive()
{
    QFETCH(QString, value);
    QFETCH(bool, live);
    QCOMPARE(minuteshtml::isSafeUrl(value), live);
}

void TestMinutesExport::pdfHasTheText()
{
    const QByteArray pdf = minutesexport::pdf(firstMeeting());
    QVERIFY(pdf.startsWith("%PDF-"));
    QString error;
    const QString text = pdfText(pdf, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    const QStringList expected {
        QStringLiteral("Paddle Frawework Contributor Club 第一次会议纪要"),
        QStringLiteral("会议概况"),
        QStringLiteral("会议时间：2022-04-14 19:00 - 20:10"),
        QStringLiteral("本次会议共有22名成员参会。本次会议由轮值主席张军（jzhang533）主持。"),
        QStringLiteral("会议分享与讨论"),
        QStringLiteral("宣布Paddle Frawework Contributor Club成立"),
        QStringLiteral("每人一句话的自我介绍"),
        QStringLiteral("飞桨框架近期开源贡献进展"),
        QStringLiteral("梦柳（Ligoml）"),
        QStringLiteral("框架贡献者贡献的2~3个议题"),
        QStringLiteral("HuaBomb"), // "S-" may end a line: pdftotext drops that hyphen
        QStringLiteral("liqitong-a"),
        QStringLiteral("自由发言，可以提想法、提问和讨论"),
        QStringLiteral("☐ 把会上讨论的编译、注册OP、CI问题整理成issue"), // open
        QStringLiteral("确定下次会议的主席与副主席，以及召开时间 和 部分议题预告"),
        QStringLiteral("☑ 在微信群里发布下次会议的议题预告"), // done
        QStringLiteral("下次会议安排"),
        QStringLiteral("下次会议的主席为：高翔（jeff41404），副主席为：骆涛（luotao1）。"),
        QStringLiteral("同时，我们也会在微信群里进行随时的交流。"),
        QStringLiteral("时间统计"),
    };
    int from = 0;
    for (const QString &line : expected) {
        const QString wanted = normalized(line).remove(QLatin1Char(' '));
        const int at = text.indexOf(wanted, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: %1\nin: %2").arg(wanted, text)));
        from = at + wanted.size();
    }
    QCOMPARE(text.count(QStringLiteral("☐")), 1);
    QCOMPARE(text.count(QStringLiteral("☑")), 1);
}

void TestMinutesExport::pdfShowsImagesAsTheirAltText()
{
    // An agenda may name a picture on the chair's disk: the PDF, published with the minutes, shows
    // the words in its place and never the picture.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString picture = dir.filePath(QStringLiteral("private.png"));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(picture));
    SessionData s = firstMeeting();
    s.notes.insert(0, QStringLiteral("![the private diagram](%1)").arg(picture));

    const QString html = minutesexport::html(s);
    QVERIFY2(html.contains(QStringLiteral("<img src=\"%1\" alt=\"the private diagram\">").arg(picture)),
             qPrintable(html.right(2000)));
    const QByteArray pdf = minutesexport::pdf(s);
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QString error;
    const QString text = pdfText(pdf, &error);
    QVERIFY2(text.contains(QStringLiteral("theprivatediagram")), qPrintable(text));
}

QTEST_MAIN(TestMinutesExport)
#include "tst_minutesexport.moc"
