#include "agenda/agendaimporter.h"
#include "common/testsupport.h"
#include "fakeclock.h"
#include "minutes/meetingtitle.h"
#include "minutes/nextagenda.h"
#include "timezoneguard.h"

#include <QRegularExpression>
#include <QTest>

#include <libical/ical.h>

#include <memory>

using namespace gavel;

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

// When the invites are made, as the app's clock says: 2022-04-15 03:20:45.250 UTC (11:20:45 in
// Beijing). 1970 to 2022: 52 years of 365 days and 13 leap days (1972 ... 2020), 18993 days;
// January to March 2022 another 31 + 28 + 31 and 14 days of April: day 19097.
const FakeClock inviteClock(19097 * DayMs + (3 * 3600 + 20 * 60 + 45) * 1000 + 250);

// The next meeting prepared as the app does it: the layout from the agenda the session came from,
// the invite made at inviteClock's time.
nextmeeting::Draft prepareNext(const SessionData &session, const QList<Person> &newcomers,
                               const QList<QStringList> &earlierAgendas, int intervalDays = 14)
{
    return nextmeeting::prepare(session, nextmeeting::readSourceAgenda(session), newcomers, earlierAgendas,
                                inviteClock.now(), intervalDays);
}

} // namespace

namespace {

const QString firstAgenda = QStringLiteral("pfcc-2022/2022-04-14-meeting-agenda.md");

Person person(const QString &name, const QString &github)
{
    return Person {name, github};
}

// The session of the very first PFCC meeting, as the app holds it after importing its agenda.
SessionData sessionFrom(const QString &relative)
{
    const QString path = test::corpusFile(relative);
    const ImportResult imported = AgendaImporter::importFile(path);
    if (!imported.ok()) {
        qFatal("%s", qPrintable(imported.error));
    }
    SessionData session;
    session.series = QStringLiteral("Paddle Frawework Contributor Club");
    session.sourceAgenda = path;
    session.meeting = imported.meeting;
    return session;
}

QStringList titlesOf(const QString &relative)
{
    QStringList titles;
    for (const AgendaItem &item : sessionFrom(relative).meeting.items) {
        titles << item.title;
    }
    return titles;
}

// 2022-04-28, the next meeting's date: 19097 - 14 + 27 = day 19110.
constexpr qint64 April28 = 19110 * 24LL * 3600; // in seconds, as libical counts

struct FreeComponent
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};

// An invite read back with libical, the way a calendar app reads it.
class Invite
{
public:
    explicit Invite(const QString &ics)
        : m_calendar(icalparser_parse_string(ics.toUtf8().constData()))
    {
        if (m_calendar && icalcomponent_isa(m_calendar.get()) == ICAL_VCALENDAR_COMPONENT) {
            m_event = icalcomponent_get_first_component(m_calendar.get(), ICAL_VEVENT_COMPONENT);
        }
    }
    icalcomponent *calendar() const { return m_calendar.get(); }
    icalcomponent *event() const { return m_event; }

    // A property of the calendar or of its event, as the file writes it ("20220428T190000",
    // "20220415T032045Z"); TEXT values unescaped. "<none>" when there is none.
    QString value(icalproperty_kind kind) const
    {
        icalproperty *p = property(kind);
        if (!p) {
            return QStringLiteral("<none>");
        }
        if (icalvalue_isa(icalproperty_get_value(p)) == ICAL_TEXT_VALUE) {
            return QString::fromUtf8(icalvalue_get_text(icalproperty_get_value(p)));
        }
        char *text = icalproperty_get_value_as_string_r(p);
        const QString out = QString::fromUtf8(text);
        icalmemory_free_buffer(text);
        return out;
    }
    // The TZID parameter of a property; "<none>" when it has none.
    QString tzid(icalproperty_kind kind) const
    {
        icalproperty *p = property(kind);
        icalparameter *id = p ? icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER) : nullptr;
        return id ? QString::fromUtf8(icalparameter_get_tzid(id)) : QStringLiteral("<none>");
    }
    // The TZIDs of the file's VTIMEZONE components.
    QStringList timeZones() const
    {
        QStringList ids;
        for (icalcomponent *c = icalcomponent_get_first_component(m_calendar.get(), ICAL_VTIMEZONE_COMPONENT); c;
             c = icalcomponent_get_next_component(m_calendar.get(), ICAL_VTIMEZONE_COMPONENT)) {
            icalproperty *id = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY);
            ids << (id ? QString::fromUtf8(icalproperty_get_tzid(id)) : QStringLiteral("<no TZID>"));
        }
        return ids;
    }
    // A DTSTART or DTEND as seconds since the epoch: its TZID resolved through the file's own
    // VTIMEZONE, never libical's zone data. -1: no such property; -2: a TZID without its
    // VTIMEZONE; -3: a floating time.
    qint64 utcSeconds(icalproperty_kind kind) const
    {
        icalproperty *p = property(kind);
        if (!p) {
            return -1;
        }
        const icaltimetype t = icalvalue_get_datetime(icalproperty_get_value(p));
        const QString id = tzid(kind);
        const icaltimezone *zone = nullptr;
        if (id != QLatin1String("<none>")) {
            zone = icalcomponent_get_timezone(m_calendar.get(), id.toUtf8().constData());
            if (!zone) {
                return -2;
            }
        } else if (icaltime_is_utc(t)) {
            zone = icaltimezone_get_utc_timezone();
        } else {
            return -3;
        }
        return icaltime_as_timet_with_zone(t, zone);
    }

private:
    icalproperty *property(icalproperty_kind kind) const
    {
        icalproperty *p = m_calendar ? icalcomponent_get_first_property(m_calendar.get(), kind) : nullptr;
        return p ? p : (m_event ? icalcomponent_get_first_property(m_event, kind) : nullptr);
    }

    std::unique_ptr<icalcomponent, FreeComponent> m_calendar;
    icalcomponent *m_event = nullptr;
};

// What RFC 5545 3.1 asks of the bytes: CRLF line ends, content lines of at most 75 octets folded
// between whole UTF-8 characters. Empty when all is well, else the first line that is not.
QString lineProblem(const QString &ics)
{
    const QByteArray bytes = ics.toUtf8();
    if (!bytes.endsWith("\r\n")) {
        return QStringLiteral("no CRLF at the end");
    }
    const QList<QByteArray> lines = bytes.chopped(2).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.endsWith('\r') && &line != &lines.last()) {
            return QStringLiteral("a bare LF after: ") + QString::fromUtf8(line);
        }
        const QByteArray content = line.endsWith('\r') ? line.chopped(1) : line;
        if (content.contains('\r')) {
            return QStringLiteral("a bare CR in: ") + QString::fromUtf8(content);
        }
        if (content.size() > 75) {
            return QStringLiteral("over 75 octets: ") + QString::fromUtf8(content);
        }
        if (QString::fromUtf8(content).toUtf8() != content) {
            return QStringLiteral("a UTF-8 character cut by the fold: ") + QString::fromUtf8(content);
        }
    }
    return {};
}

// The file with its folded lines joined again (RFC 5545 3.1).
QString unfolded(const QString &ics)
{
    return QString(ics).remove(QStringLiteral("\r\n "));
}

// The roster of the first agenda, copied from the file by hand.
QList<Person> firstRoster()
{
    QList<Person> out;
    const QStringList handles = {
        QStringLiteral("TCChenlong"),        QStringLiteral("luotao1"),          QStringLiteral("Ligoml"),
        QStringLiteral("S-HuaBomb"),         QStringLiteral("guguguzi"),         QStringLiteral("gsq7474741"),
        QStringLiteral("SigureMo"),          QStringLiteral("chenyanlann"),      QStringLiteral("GeYuYao-hub"),
        QStringLiteral("isLinXu"),           QStringLiteral("yangguohao"),       QStringLiteral("Li-fAngyU"),
        QStringLiteral("BrilliantYuKaimin"), QStringLiteral("jinyouzhi"),        QStringLiteral("thunder95"),
        QStringLiteral("Liyulingyue"),       QStringLiteral("xiaoguoguo626807"), QStringLiteral("Asthestarsfalll"),
        QStringLiteral("liqitong-a"),        QStringLiteral("unseenme"),         QStringLiteral("greatv"),
    };
    for (const QString &h : handles) {
        out << person(h == u"luotao1" ? QStringLiteral("Tao Luo") : h, h);
    }
    return out;
}

} // namespace

class TestNextMeeting : public QObject
{
    Q_OBJECT

private slots:
    void chairFromThePlan()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.minutes.next.chair = person(QStringLiteral("高翔"), QStringLiteral("jeff41404"));
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QVERIFY(draft.meeting.chair);
        QCOMPARE(*draft.meeting.chair, person(QStringLiteral("高翔"), QStringLiteral("jeff41404")));
        QVERIFY(!draft.meeting.viceChair);
    }

    void planDecidesViceChairAndDate()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.minutes.next.chair = person(QStringLiteral("高翔"), QStringLiteral("jeff41404"));
        session.minutes.next.viceChair = person(QStringLiteral("骆涛"), QStringLiteral("luotao1"));
        session.minutes.next.date = QDate(2022, 4, 29);
        session.minutes.next.time = QTime(20, 30);
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QVERIFY(draft.meeting.viceChair);
        QCOMPARE(*draft.meeting.viceChair, person(QStringLiteral("骆涛"), QStringLiteral("luotao1")));
        QCOMPARE(draft.meeting.time.date, QDate(2022, 4, 29));
        QCOMPARE(draft.meeting.time.start, QTime(20, 30));
        QVERIFY(draft.markdown.contains(QStringLiteral("- 本次会议时间：2022-04-29 20:30\n")));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("- 本次会议副主席：骆涛（[luotao1](https://github.com/luotao1)）\n")));
        QCOMPARE(draft.agendaFileName, QStringLiteral("2022-04-29-meeting-agenda.md"));
        QCOMPARE(draft.icsFileName, QStringLiteral("2022-04-29-meeting.ics"));
    }

    void chairIsThisViceChairWithoutAPlan()
    {
        const nextmeeting::Draft draft = prepareNext(sessionFrom(firstAgenda), {}, {});
        QVERIFY(draft.meeting.chair);
        QCOMPARE(*draft.meeting.chair, person(QStringLiteral("高翔"), QStringLiteral("jeff41404")));
        QVERIFY(!draft.meeting.viceChair);
    }

    void chairIsThisChairWithoutViceChair()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.meeting.viceChair.reset();
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QVERIFY(draft.meeting.chair);
        QCOMPARE(*draft.meeting.chair, person(QStringLiteral("张军"), QStringLiteral("jzhang533")));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("- 本次会议主席：张军（[jzhang533](https://github.com/jzhang533)）\n")));
    }

    void dates()
    {
        const SessionData session = sessionFrom(firstAgenda);
        const nextmeeting::Draft twoWeeks = prepareNext(session, {}, {});
        QCOMPARE(twoWeeks.meeting.time.date, QDate(2022, 4, 28));
        QCOMPARE(twoWeeks.agendaFileName, QStringLiteral("2022-04-28-meeting-agenda.md"));
        QCOMPARE(twoWeeks.icsFileName, QStringLiteral("2022-04-28-meeting.ics"));
        const nextmeeting::Draft weekly = prepareNext(session, {}, {}, 7);
        QCOMPARE(weekly.meeting.time.date, QDate(2022, 4, 21));
        QCOMPARE(weekly.meeting.time.start, QTime(19, 0));
        QCOMPARE(weekly.agendaFileName, QStringLiteral("2022-04-21-meeting-agenda.md"));
        const nextmeeting::Draft monthly = prepareNext(session, {}, {}, 28);
        QCOMPARE(monthly.meeting.time.date, QDate(2022, 5, 12));
    }

    void nextAgendaReimports()
    {
        SessionData session = sessionFrom(firstAgenda);
        ActionItem open;
        open.text = QStringLiteral("整理缺少单测的 API 清单");
        open.owner = QStringLiteral("Tao Luo");
        open.ownerGithub = QStringLiteral("luotao1");
        open.due = QDate(2022, 4, 27);
        ActionItem done = open;
        done.text = QStringLiteral("建立 PFCC 微信群");
        done.done = true;
        ActionItem noHandle;
        noHandle.text = QStringLiteral("预约 Wave Summit 场地");
        noHandle.owner = QStringLiteral("小王");
        session.minutes.actions = {open, done, noHandle};
        const QList<Person> newcomers = {person(QStringLiteral("fuqianya"), QStringLiteral("fuqianya")),
                                         person(QStringLiteral("李勇超"), QStringLiteral("liyongchao911")),
                                         person(QStringLiteral("LielinJiang"), QStringLiteral("LielinJiang"))};
        const nextmeeting::Draft draft = prepareNext(session, newcomers, {});

        const ImportResult again = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
        QVERIFY2(again.ok(), qPrintable(again.error));
        const Meeting &m = again.meeting;
        QCOMPARE(m.title, QStringLiteral("Paddle Frawework Contributor Club 第二次会议"));
        QCOMPARE(m.time.date.toString(Qt::ISODate) + QLatin1Char('T') + m.time.start.toString(QStringLiteral("HH:mm")),
                 QStringLiteral("2022-04-28T19:00"));
        QVERIFY(!m.time.end.isValid());
        QVERIFY(!m.time.utcOffsetSeconds);
        QVERIFY(m.chair);
        QCOMPARE(*m.chair, person(QStringLiteral("高翔"), QStringLiteral("jeff41404")));
        QVERIFY(!m.viceChair);
        QCOMPARE(m.roster.size(), 21);
        QCOMPARE(m.roster, firstRoster());
        QCOMPARE(m.join.url, QStringLiteral("https://meeting.tencent.com/dm/0H8LXZlYY37s"));
        QCOMPARE(m.join.meetingId, QStringLiteral("173-625-627"));

        QCOMPARE(m.items.size(), 4);
        QCOMPARE(m.items[0].title, QStringLiteral("新人介绍：fuqianya 李勇超 LielinJiang"));
        QCOMPARE(m.items[0].minutes, std::optional<int>(5));
        QCOMPARE(
            m.items[0].speakers,
            QStringList({QStringLiteral("fuqianya"), QStringLiteral("liyongchao911"), QStringLiteral("LielinJiang")}));
        QCOMPARE(m.items[1].title, QStringLiteral("上次会议待办"));
        QCOMPARE(m.items[1].minutes, std::optional<int>(5));
        QCOMPARE(m.items[1].children.size(), 2);
        QCOMPARE(m.items[1].children[0].title,
                 QStringLiteral("整理缺少单测的 API 清单（负责人：Tao Luo，截止：2022-04-27）"));
        QCOMPARE(m.items[1].children[0].speakers, QStringList {QStringLiteral("luotao1")});
        QCOMPARE(m.items[1].children[1].title, QStringLiteral("预约 Wave Summit 场地（负责人：小王）"));
        // The same closing items as the real 2022-04-28 agenda ends with.
        QCOMPARE(m.items[2].title, QStringLiteral("自由发言，可以提想法、提问和讨论"));
        QCOMPARE(m.items[2].minutes, std::optional<int>(10));
        QCOMPARE(m.items[3].title, QStringLiteral("确定下次会议的主席与副主席，以及召开时间 和 部分议题预告"));
        QCOMPARE(m.items[3].minutes, std::optional<int>(3));
        QVERIFY(m.items[3].children.isEmpty()); // this meeting's topic preview is not carried

        const Meeting real = sessionFrom(QStringLiteral("pfcc-2022/2022-04-28-meeting-agenda.md")).meeting;
        QCOMPARE(m.items[2].title, real.items[real.items.size() - 2].title);
        QCOMPARE(m.items[3].title, real.items.last().title);
        QCOMPARE(m.items[3].minutes, real.items.last().minutes);

        // The draft holds what the file says.
        QCOMPARE(draft.meeting.title, m.title);
        QCOMPARE(draft.meeting.items, m.items);
        QCOMPARE(draft.meeting.roster, m.roster);
    }

    void markdownLayoutOfTheFirstAgenda()
    {
        SessionData session = sessionFrom(firstAgenda);
        ActionItem open;
        open.text = QStringLiteral("补齐 *paddle.abs* 单测");
        open.owner = QStringLiteral("SigureMo");
        open.ownerGithub = QStringLiteral("SigureMo");
        session.minutes.actions = {open};
        const nextmeeting::Draft draft
            = prepareNext(session, {person(QStringLiteral("fuqianya"), QStringLiteral("fuqianya"))}, {});
        const QStringList lines = draft.markdown.split(QLatin1Char('\n'));
        const QStringList head = {
            QStringLiteral("# Paddle Frawework Contributor Club 第二次会议"),
            QString(),
            QStringLiteral("- 本次会议时间：2022-04-28 19:00"),
            QStringLiteral("- 本次会议接入方式："),
            QStringLiteral("  - 腾讯会议：173-625-627"),
            QStringLiteral("  - [点击链接入会](https://meeting.tencent.com/dm/0H8LXZlYY37s)，或添加至会议列表"),
            QStringLiteral("- 本次会议主席：高翔（[jeff41404](https://github.com/jeff41404)）"),
            QStringLiteral("- 本次会议副主席："),
            QString(),
            QStringLiteral("- 本次拟参会Paddle Framework Contributor列表："),
            QStringLiteral("    - [TCChenlong](https://github.com/TCChenlong)"),
            QStringLiteral("    - [Tao Luo](https://github.com/luotao1)"),
        };
        QCOMPARE(lines.mid(0, head.size()), head);
        const QStringList tail = {
            QStringLiteral("    - [greatv](https://github.com/greatv)"),
            QString(),
            QStringLiteral("# 会议议程"),
            QString(),
            QStringLiteral("- 新人介绍：[fuqianya](https://github.com/fuqianya)（5 minutes）"),
            QStringLiteral("- 上次会议待办（5 minutes）"),
            QStringLiteral("  - 补齐 \\*paddle.abs\\* 单测（负责人：[SigureMo](https://github.com/SigureMo)）"),
            QStringLiteral("- 自由发言，可以提想法、提问和讨论（10 minutes）"),
            QStringLiteral("- 确定下次会议的主席与副主席，以及召开时间 和 部分议题预告（3 minutes）"),
            QString(),
        };
        QCOMPARE(lines.mid(lines.size() - tail.size()), tail);
        const ImportResult again = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
        QVERIFY(again.ok());
        QCOMPARE(again.meeting.items[1].children[0].title,
                 QStringLiteral("补齐 *paddle.abs* 单测（负责人：SigureMo）"));
    }

    void laterLayoutWithTimeZone()
    {
        // 2025: "## 会议议程", numbered items, "mins", the offset in the time line, a range.
        SessionData session = sessionFrom(QStringLiteral("pfcc-2025/2025-05-12-meeting-agenda.md"));
        session.meeting.items.append({0, QStringLiteral("自由发言"), 10, {}, {}, {}, {}, {}});
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QVERIFY2(draft.markdown.contains(QStringLiteral("- 本次会议时间：2025-05-26 19:00-20:00 (GMT+08:00)\n")),
                 qPrintable(draft.markdown));
        QVERIFY(draft.markdown.contains(QStringLiteral("\n## 会议议程\n\n1. 自由发言（10 mins）\n")));
        QCOMPARE(draft.meeting.title, QStringLiteral("Paddle Framework Contributor Club 五十六次会议议程"));
        QCOMPARE(draft.meeting.time.utcOffsetSeconds, std::optional<int>(8 * 3600));
        QCOMPARE(draft.meeting.time.end, QTime(20, 0));
        // No vice-chair, so this chair again.
        QVERIFY(draft.meeting.chair);
        QCOMPARE(draft.meeting.chair->github, QStringLiteral("sunzhongkai588"));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("- 本次会议主席：[sunzhongkai588](https://github.com/sunzhongkai588)\n")));
    }

    void englishLayout()
    {
        const QString markdown
            = QStringLiteral("# Example Contributor Club 12th Meeting\n\n"
                             "- Meeting Time: September 5, 2024, 19:00-20:00 (GMT+08:00)\n"
                             "- Chair of the Meeting: Wang Xiaoming ([wang-demo](https://github.com/wang-demo))\n"
                             "- Vice Chair of the Meeting: Li Hua ([li-demo](https://github.com/li-demo))\n"
                             "- Member list:\n"
                             "  - [a-demo](https://github.com/a-demo)\n\n"
                             "## Meeting Agenda\n\n"
                             "1. Presentation by [@lin-demo](https://github.com/lin-demo) (15 minutes)\n"
                             "2. Open Discussion (5 minutes)\n");
        const ImportResult imported = AgendaImporter::importMarkdown(markdown, QStringLiteral("en.md"));
        QVERIFY(imported.ok());
        SessionData session;
        session.meeting = imported.meeting;
        const nextmeeting::Draft draft
            = prepareNext(session, {person(QStringLiteral("New Person"), QStringLiteral("new-demo"))}, {});
        const QString expected
            = QStringLiteral("# Example Contributor Club 13th Meeting\n\n"
                             "- Meeting Time: 2024-09-19 19:00-20:00 (GMT+08:00)\n"
                             "- Chair: Li Hua ([li-demo](https://github.com/li-demo))\n"
                             "- Vice Chair:\n\n"
                             "- Member list:\n"
                             "    - [a-demo](https://github.com/a-demo)\n\n"
                             "## Agenda\n\n"
                             "1. Welcome new members: [New Person](https://github.com/new-demo) (5 min)\n"
                             "2. Open Discussion (5 min)\n");
        QCOMPARE(draft.markdown, expected);
        QCOMPARE(draft.meeting.roster, QList<Person> {person(QStringLiteral("a-demo"), QStringLiteral("a-demo"))});
        QVERIFY(draft.meeting.chair);
        QCOMPARE(draft.meeting.chair->name, QStringLiteral("Li Hua"));
        QCOMPARE(draft.meeting.items.size(), 2);
        QCOMPARE(draft.meeting.items[0].speakers, QStringList {QStringLiteral("new-demo")});
    }

    void closingItemsRecurAcrossTheSeries()
    {
        // The 2022-05-12 agenda, compared with the two agendas before it.
        const SessionData session = sessionFrom(QStringLiteral("pfcc-2022/2022-05-12-meeting-agenda.md"));
        const QList<QStringList> earlier
            = {titlesOf(firstAgenda), titlesOf(QStringLiteral("pfcc-2022/2022-04-28-meeting-agenda.md"))};
        const nextmeeting::Draft draft = prepareNext(session, {}, earlier);
        QCOMPARE(draft.meeting.items.size(), 2);
        QCOMPARE(draft.meeting.items[0].title, QStringLiteral("自由发言，可以提想法、提问和讨论"));
        QCOMPARE(draft.meeting.items[1].title,
                 QStringLiteral("确定下次会议的主席与副主席，以及召开时间 和 部分议题预告"));

        // Spacing, numbering and durations do not matter; a title never seen before does not recur.
        const QList<QStringList> numbered
            = {{QStringLiteral("1. 自由发言，可以提想法、提问和讨论 (5 min)"),
                QStringLiteral("确定下次会议的主席与副主席，以及召开时间和部分议题预告")}};
        QCOMPARE(prepareNext(session, {}, numbered).meeting.items.size(), 2);
        const QList<QStringList> unrelated = {{QStringLiteral("开场"), QStringLiteral("自由讨论")}};
        QCOMPARE(prepareNext(session, {}, unrelated).meeting.items.size(), 0);
    }

    void oneOffLastItemIsSkipped()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.meeting.items.append({0, QStringLiteral("合影留念"), 2, {}, {}, {}, {}, {}});
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QCOMPARE(draft.meeting.items.size(), 2);
        QCOMPARE(draft.meeting.items[0].title, QStringLiteral("自由发言，可以提想法、提问和讨论"));
    }

    void ordinal_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("第一次") << QStringLiteral("Paddle Frawework Contributor Club 第一次会议")
                                << QStringLiteral("Paddle Frawework Contributor Club 第二次会议");
        QTest::newRow("五十次") << QStringLiteral("Paddle Framework Contributor Club 五十次会议议程")
                                << QStringLiteral("Paddle Framework Contributor Club 五十一次会议议程");
        QTest::newRow("第九次") << QStringLiteral("第九次会议") << QStringLiteral("第十次会议");
        QTest::newRow("第十次") << QStringLiteral("第十次会议") << QStringLiteral("第十一次会议");
        QTest::newRow("第十九次") << QStringLiteral("第十九次会议") << QStringLiteral("第二十次会议");
        QTest::newRow("二十九次") << QStringLiteral("PFCC 二十九次例会") << QStringLiteral("PFCC 三十次例会");
        QTest::newRow("九十八次") << QStringLiteral("九十八次会议") << QStringLiteral("九十九次会议");
        QTest::newRow("九十九次") << QStringLiteral("九十九次会议") << QStringLiteral("一百次会议");
        QTest::newRow("一百次") << QStringLiteral("第一百次会议") << QStringLiteral("第一百零一次会议");
        QTest::newRow("第12次") << QStringLiteral("2024年第12次会议") << QStringLiteral("2024年第13次会议");
        QTest::newRow("12th") << QStringLiteral("Example Contributor Club 12th Meeting")
                              << QStringLiteral("Example Contributor Club 13th Meeting");
        QTest::newRow("1st") << QStringLiteral("1st Meeting") << QStringLiteral("2nd Meeting");
        QTest::newRow("2nd") << QStringLiteral("2nd Meeting") << QStringLiteral("3rd Meeting");
        QTest::newRow("3rd") << QStringLiteral("3rd Meeting") << QStringLiteral("4th Meeting");
        QTest::newRow("10th") << QStringLiteral("10th Meeting") << QStringLiteral("11th Meeting");
        QTest::newRow("11th") << QStringLiteral("11th Meeting") << QStringLiteral("12th Meeting");
        QTest::newRow("20th") << QStringLiteral("20th Meeting") << QStringLiteral("21st Meeting");
        QTest::newRow("21ST") << QStringLiteral("21ST MEETING") << QStringLiteral("22ND MEETING");
        QTest::newRow("111th") << QStringLiteral("111th Meeting") << QStringLiteral("112th Meeting");
        QTest::newRow("#7") << QStringLiteral("Weekly Sync #7") << QStringLiteral("Weekly Sync #8");
        QTest::newRow("No. 9") << QStringLiteral("Community Call No. 9") << QStringLiteral("Community Call No. 10");
        QTest::newRow("none") << QStringLiteral("Community Call") << QStringLiteral("Community Call");
        QTest::newRow("none zh") << QStringLiteral("PFCC 例会") << QStringLiteral("PFCC 例会");
        QTest::newRow("empty") << QString() << QString();
    }

    void ordinal()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(meetingtitle::advanceOrdinal(title), expected);
    }

    void chineseNumerals_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("1") << 1 << QStringLiteral("一");
        QTest::newRow("9") << 9 << QStringLiteral("九");
        QTest::newRow("10") << 10 << QStringLiteral("十");
        QTest::newRow("11") << 11 << QStringLiteral("十一");
        QTest::newRow("19") << 19 << QStringLiteral("十九");
        QTest::newRow("20") << 20 << QStringLiteral("二十");
        QTest::newRow("50") << 50 << QStringLiteral("五十");
        QTest::newRow("51") << 51 << QStringLiteral("五十一");
        QTest::newRow("99") << 99 << QStringLiteral("九十九");
        QTest::newRow("100") << 100 << QStringLiteral("一百");
        QTest::newRow("101") << 101 << QStringLiteral("一百零一");
        QTest::newRow("110") << 110 << QStringLiteral("一百一十");
        QTest::newRow("999") << 999 << QStringLiteral("九百九十九");
        QTest::newRow("1010") << 1010 << QStringLiteral("一千零一十");
    }

    void chineseNumerals()
    {
        QFETCH(int, number);
        QFETCH(QString, text);
        QCOMPARE(meetingtitle::chineseNumeral(number), text);
        QCOMPARE(meetingtitle::parseChineseNumeral(text), number);
    }

    void chineseNumeralVariants()
    {
        QCOMPARE(meetingtitle::parseChineseNumeral(QStringLiteral("两")), 2);
        QCOMPARE(meetingtitle::parseChineseNumeral(QStringLiteral("一〇一")), 101); // digit by digit
        QCOMPARE(meetingtitle::parseChineseNumeral(QStringLiteral("一十")), 10);
        QCOMPARE(meetingtitle::parseChineseNumeral(QStringLiteral("次")), 0);
        QCOMPARE(meetingtitle::parseChineseNumeral(QString()), 0);
    }

    void icsWithAStatedOffsetIsInUtc()
    {
        const QString markdown = QStringLiteral("# Example Club 12th Meeting; planning, review\n\n"
                                                "- Meeting Time: 2024-09-05 19:00-20:00 (GMT+08:00)\n"
                                                "- How to Join:\n"
                                                "  - Meeting ID: 123-456-789\n"
                                                "  - Password: a;b\n"
                                                "  - [Join the meeting](https://meeting.tencent.com/dm/EXAMPLE12345)\n"
                                                "- Chair: Wang Xiaoming ([wang-demo](https://github.com/wang-demo))\n"
                                                "- Vice Chair: Li Hua ([li-demo](https://github.com/li-demo))\n\n"
                                                "## Agenda\n\n"
                                                "1. Open Discussion (5 min)\n");
        const ImportResult imported = AgendaImporter::importMarkdown(markdown, QStringLiteral("en.md"));
        QVERIFY(imported.ok());
        QCOMPARE(imported.meeting.join.password, QStringLiteral("a;b"));
        QCOMPARE(imported.meeting.join.meetingId, QStringLiteral("123-456-789"));
        SessionData session;
        session.series = QStringLiteral("Example Club");
        session.meeting = imported.meeting;
        // Made on 2024-09-06 at 02:15:30 UTC: 1970 to 2024 is 54 years of 365 days and 13 leap days
        // (19723 days), January to August 2024 another 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 = 244,
        // and 5 days of September: day 19972.
        FakeClock clock(19972 * DayMs + (2 * 3600 + 15 * 60 + 30) * 1000);
        const nextmeeting::Draft draft = nextmeeting::prepare(session, QString(), {}, {}, clock.now());
        QVERIFY(draft.markdown.contains(QStringLiteral("- Meeting Time: 2024-09-19 19:00-20:00 (GMT+08:00)\n")));

        const Invite invite(draft.ics);
        QVERIFY2(invite.event(), qPrintable(draft.ics));
        QCOMPARE(invite.value(ICAL_VERSION_PROPERTY), QStringLiteral("2.0"));
        QCOMPARE(invite.value(ICAL_PRODID_PROPERTY), QStringLiteral("-//Gavel//Gavel//EN"));
        QCOMPARE(invite.value(ICAL_CALSCALE_PROPERTY), QStringLiteral("GREGORIAN"));
        QCOMPARE(invite.value(ICAL_METHOD_PROPERTY), QStringLiteral("PUBLISH"));
        QVERIFY2(QRegularExpression(QStringLiteral("^2024-09-19-[0-9a-f]{16}@gavel$"))
                     .match(invite.value(ICAL_UID_PROPERTY))
                     .hasMatch(),
                 qPrintable(invite.value(ICAL_UID_PROPERTY)));
        QCOMPARE(invite.value(ICAL_DTSTAMP_PROPERTY), QStringLiteral("20240906T021530Z")); // when it was made
        // A stated offset is no place: UTC times, no TZID, no VTIMEZONE. 19:00 and 20:00 at +08:00.
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20240919T110000Z"));
        QCOMPARE(invite.value(ICAL_DTEND_PROPERTY), QStringLiteral("20240919T120000Z"));
        QCOMPARE(invite.tzid(ICAL_DTSTART_PROPERTY), QStringLiteral("<none>"));
        QCOMPARE(invite.tzid(ICAL_DTEND_PROPERTY), QStringLiteral("<none>"));
        QCOMPARE(invite.timeZones(), QStringList());
        QCOMPARE(invite.value(ICAL_SUMMARY_PROPERTY), QStringLiteral("Example Club 13th Meeting; planning, review"));
        QCOMPARE(invite.value(ICAL_DESCRIPTION_PROPERTY),
                 QStringLiteral("Chair: Li Hua (li-demo)\nJoin: https://meeting.tencent.com/dm/EXAMPLE12345\n"
                                "Meeting ID: 123-456-789\nPassword: a;b"));
        QCOMPARE(invite.value(ICAL_URL_PROPERTY), QStringLiteral("https://meeting.tencent.com/dm/EXAMPLE12345"));

        // On disk: TEXT escaped, lines folded as RFC 5545 asks, no invented zone name.
        QVERIFY(unfolded(draft.ics).contains(
            QStringLiteral("\r\nSUMMARY:Example Club 13th Meeting\\; planning\\, review\r\n")));
        QCOMPARE(lineProblem(draft.ics), QString());
        QVERIFY(!draft.ics.contains(QStringLiteral("UTC+")));
        QVERIFY(draft.ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
        QVERIFY(draft.ics.endsWith(QStringLiteral("END:VCALENDAR\r\n")));

        // Made an hour later, the same invite but for its stamp.
        clock.advance(3600 * 1000);
        const QString later = nextmeeting::prepare(session, QString(), {}, {}, clock.now()).ics;
        QCOMPARE(Invite(later).value(ICAL_DTSTAMP_PROPERTY), QStringLiteral("20240906T031530Z"));
        QCOMPARE(QString(later).replace(QStringLiteral("DTSTAMP:20240906T031530Z"),
                                        QStringLiteral("DTSTAMP:20240906T021530Z")),
                 draft.ics);
    }

    void icsInTheComputersNamedZoneWhenNoneIsStated()
    {
        // The first agenda states no offset: the invite names this computer's zone, set here to
        // Beijing time for a reproducible file.
        const test::TimeZoneGuard tz("Asia/Shanghai");
        const nextmeeting::Draft draft = prepareNext(sessionFrom(firstAgenda), {}, {});
        const Invite invite(draft.ics);
        QVERIFY2(invite.event(), qPrintable(draft.ics));
        QCOMPARE(invite.timeZones(), QStringList {QStringLiteral("Asia/Shanghai")});
        // Made at 11:20:45.250 in Beijing: 03:20:45 UTC, whole seconds.
        QCOMPARE(invite.value(ICAL_DTSTAMP_PROPERTY), QStringLiteral("20220415T032045Z"));
        QCOMPARE(invite.tzid(ICAL_DTSTART_PROPERTY), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20220428T190000"));
        // No end stated: the start plus the next agenda's planned minutes. It holds the items this
        // agenda closed with that recur: 自由发言 (10 minutes) and 确定下次会议的主席与副主席 (3 minutes).
        QVERIFY(draft.markdown.contains(QStringLiteral("- 自由发言，可以提想法、提问和讨论（10 minutes）\n")));
        QCOMPARE(invite.tzid(ICAL_DTEND_PROPERTY), QStringLiteral("Asia/Shanghai"));
        QCOMPARE(invite.value(ICAL_DTEND_PROPERTY), QStringLiteral("20220428T191300"));
        // The file's own VTIMEZONE puts 19:00 in Beijing at 11:00 UTC.
        QCOMPARE(invite.utcSeconds(ICAL_DTSTART_PROPERTY), April28 + 11 * 3600);
        QCOMPARE(invite.utcSeconds(ICAL_DTEND_PROPERTY), April28 + 11 * 3600 + 13 * 60);

        QCOMPARE(invite.value(ICAL_SUMMARY_PROPERTY), QStringLiteral("Paddle Frawework Contributor Club 第二次会议"));
        QCOMPARE(invite.value(ICAL_DESCRIPTION_PROPERTY),
                 QStringLiteral("主席：高翔（jeff41404）\n入会链接：https://meeting.tencent.com/dm/0H8LXZlYY37s\n"
                                "腾讯会议：173-625-627"));
        QCOMPARE(invite.value(ICAL_URL_PROPERTY), QStringLiteral("https://meeting.tencent.com/dm/0H8LXZlYY37s"));
        QCOMPARE(lineProblem(draft.ics), QString());
        QVERIFY(!draft.ics.contains(QStringLiteral("UTC+")));
        // The plain IANA name, not libical's own prefixed one.
        QVERIFY(!draft.ics.contains(QStringLiteral("freeassociation")));
        // Reproducible: the same session at the same time gives the same file.
        QCOMPARE(prepareNext(sessionFrom(firstAgenda), {}, {}).ics, draft.ics);
    }

    void icsZoneKeepsItsDaylightSavingTime()
    {
        // Berlin is on summer time (+02:00) from 27 March 2022: 19:00 is 17:00 UTC.
        const test::TimeZoneGuard tz("Europe/Berlin");
        const Invite invite(prepareNext(sessionFrom(firstAgenda), {}, {}).ics);
        QCOMPARE(invite.timeZones(), QStringList {QStringLiteral("Europe/Berlin")});
        QCOMPARE(invite.tzid(ICAL_DTSTART_PROPERTY), QStringLiteral("Europe/Berlin"));
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20220428T190000"));
        QCOMPARE(invite.utcSeconds(ICAL_DTSTART_PROPERTY), April28 + 17 * 3600);
        QCOMPARE(invite.value(ICAL_DTSTAMP_PROPERTY), QStringLiteral("20220415T032045Z"));
    }

    void icsOnAComputerInUtcIsInUtc()
    {
        const test::TimeZoneGuard tz("UTC");
        const nextmeeting::Draft draft = prepareNext(sessionFrom(firstAgenda), {}, {});
        const Invite invite(draft.ics);
        QCOMPARE(invite.timeZones(), QStringList());
        QCOMPARE(invite.tzid(ICAL_DTSTART_PROPERTY), QStringLiteral("<none>"));
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20220428T190000Z"));
        QCOMPARE(invite.value(ICAL_DTEND_PROPERTY), QStringLiteral("20220428T191300Z"));
        QVERIFY2(!draft.ics.contains(QStringLiteral("UTC+")), qPrintable(draft.ics));
    }

    void icsEndFollowsTheNextAgenda()
    {
        const test::TimeZoneGuard tz("Asia/Shanghai");
        SessionData session = sessionFrom(firstAgenda);
        QCOMPARE(session.meeting.plannedMinutes(), 63); // this meeting's length plays no part

        // A newcomer to introduce adds a 5-minute item: 10 + 3 + 5.
        const nextmeeting::Draft withNewcomer
            = prepareNext(session, {person(QStringLiteral("Ada"), QStringLiteral("ada"))}, {});
        QCOMPARE(Invite(withNewcomer.ics).value(ICAL_DTEND_PROPERTY), QStringLiteral("20220428T191800"));

        // A next agenda that plans no minutes has no end: the event ends at its start.
        for (AgendaItem &item : session.meeting.items) {
            item.minutes.reset();
        }
        const nextmeeting::Draft unplanned = prepareNext(session, {}, {});
        QCOMPARE(unplanned.meeting.plannedMinutes(), 0);
        const Invite invite(unplanned.ics);
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20220428T190000"));
        QCOMPARE(invite.value(ICAL_DTEND_PROPERTY), QStringLiteral("<none>"));
    }

    void icsWithoutAStartTimeIsAllDay()
    {
        const test::TimeZoneGuard tz("Asia/Shanghai");
        SessionData session = sessionFrom(firstAgenda);
        session.meeting.time.start = QTime();
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        const Invite invite(draft.ics);
        QCOMPARE(invite.value(ICAL_DTSTART_PROPERTY), QStringLiteral("20220428"));
        QCOMPARE(invite.value(ICAL_DTEND_PROPERTY), QStringLiteral("20220429"));
        QVERIFY(unfolded(draft.ics).contains(QStringLiteral("\r\nDTSTART;VALUE=DATE:20220428\r\n")));
        QCOMPARE(invite.timeZones(), QStringList()); // nothing refers to one
        QCOMPARE(invite.value(ICAL_DTSTAMP_PROPERTY), QStringLiteral("20220415T032045Z"));
    }

    void dateInTitleFollows()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.meeting.title = QStringLiteral("PFCC 例会 2022-04-14");
        QCOMPARE(prepareNext(session, {}, {}).meeting.title, QStringLiteral("PFCC 例会 2022-04-28"));
    }

    void topicsAreSplitOnLinesAndSemicolons_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QStringList>("topics");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("one") << QStringLiteral("  Type hints（20 mins） ")
                             << QStringList {QStringLiteral("Type hints（20 mins）")};
        QTest::newRow("semicolons") << QStringLiteral("类型提示；稀疏算子; Dynamic shapes")
                                    << QStringList {QStringLiteral("类型提示"), QStringLiteral("稀疏算子"),
                                                    QStringLiteral("Dynamic shapes")};
        QTest::newRow("lines as a list") << QStringLiteral("- 飞桨 3.0 发布\r\n2. 新人介绍\n\n* PR 评审")
                                         << QStringList {QStringLiteral("飞桨 3.0 发布"), QStringLiteral("新人介绍"),
                                                         QStringLiteral("PR 评审")};
        QTest::newRow("empty parts") << QStringLiteral(";；\n ; A ;") << QStringList {QStringLiteral("A")};
        QTest::newRow("numbers that are no marker")
            << QStringLiteral("3D 渲染; 1.5 版本回顾")
            << QStringList {QStringLiteral("3D 渲染"), QStringLiteral("1.5 版本回顾")};
    }

    void topicsAreSplitOnLinesAndSemicolons()
    {
        QFETCH(QString, note);
        QFETCH(QStringList, topics);
        NextMeetingPlan plan;
        plan.note = note;
        QCOMPARE(plan.topics(), topics);
    }

    void topicsBecomeItemsInTheLaterLayout()
    {
        // A small agenda in the 2025 PFCC style: "## 会议议程", numbers, "mins", "@[handle](…)".
        const QString markdown
            = QStringLiteral("# PFCC 五十六次会议议程\n\n"
                             "- 本次会议时间：2025/5/26 19:00-20:00 (GMT+08:00)\n"
                             "- 本次会议主席：[sunzhongkai588](https://github.com/sunzhongkai588)\n"
                             "- 本次会议副主席：[Ligoml](https://github.com/Ligoml)\n\n"
                             "## 会议议程\n\n"
                             "1. 新人介绍：[zhaop-l](https://github.com/zhaop-l)（3 mins）\n"
                             "2. 算子切分推导规则开发 @[Yeenyeong](https://github.com/Yeenyeong) （15 mins）\n"
                             "3. 自由发言（10 mins）\n");
        const ImportResult imported = AgendaImporter::importMarkdown(markdown, QStringLiteral("2025-05-26.md"));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        SessionData session;
        session.meeting = imported.meeting;
        ActionItem open;
        open.text = QStringLiteral("整理 API 清单");
        session.minutes.actions = {open};
        // As typed in the Topics field: a duration in brackets, a bare one, an @handle, a topic
        // that is the closing item already, and text that must stay text.
        session.minutes.next.note = QStringLiteral("类型提示 @SigureMo（20 mins）；# 标题 <script>alert(1)</script>\n"
                                                   "动态形状 - 30 min; 自由发言");
        const nextmeeting::Draft draft = nextmeeting::prepare(
            session, markdown, {person(QStringLiteral("Wang Wu"), QStringLiteral("wangwu-demo"))}, {},
            inviteClock.now());
        const QString expected = QStringLiteral("# PFCC 五十七次会议议程\n\n"
                                                "- 本次会议时间：2025-06-09 19:00-20:00 (GMT+08:00)\n"
                                                "- 本次会议主席：[Ligoml](https://github.com/Ligoml)\n"
                                                "- 本次会议副主席：\n\n"
                                                "## 会议议程\n\n"
                                                "1. 新人介绍：[Wang Wu](https://github.com/wangwu-demo)（5 mins）\n"
                                                "2. 上次会议待办（5 mins）\n"
                                                "   - 整理 API 清单\n"
                                                "3. 类型提示 @[SigureMo](https://github.com/SigureMo)（20 mins）\n"
                                                "4. \\# 标题 \\<script\\>alert(1)\\</script\\>\n"
                                                "5. 动态形状（30 mins）\n"
                                                "6. 自由发言（10 mins）\n");
        QCOMPARE(draft.markdown.split(QLatin1Char('\n')),
                 expected.split(QLatin1Char('\n'))); // line by line: a difference is named

        // Read back, the agenda holds the topics as the chair typed them, with their minutes and people.
        const ImportResult again = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
        QVERIFY2(again.ok(), qPrintable(again.error));
        const QList<AgendaItem> &items = again.meeting.items;
        QCOMPARE(items.size(), 6);
        QCOMPARE(items[2].title, QStringLiteral("类型提示 @SigureMo"));
        QCOMPARE(items[2].minutes, std::optional<int>(20));
        QCOMPARE(items[2].speakers, QStringList {QStringLiteral("SigureMo")});
        QCOMPARE(items[3].title, QStringLiteral("# 标题 <script>alert(1)</script>"));
        QCOMPARE(items[3].minutes, std::optional<int>());
        QVERIFY(items[3].children.isEmpty());
        QCOMPARE(items[4].title, QStringLiteral("动态形状"));
        QCOMPARE(items[4].minutes, std::optional<int>(30));
        QCOMPARE(items[5].title, QStringLiteral("自由发言"));
        QCOMPARE(draft.meeting.items, items);
    }

    void topicPeopleAreWrittenAsTheAgendaWritesThem()
    {
        // An agenda that states its offset (the later style) but writes people "[@name](…)", not
        // "@[name](…)": a topic's @handle follows the agenda, and so does the unit.
        const QString markdown
            = QStringLiteral("# Example Contributor Club 12th Meeting\n\n"
                             "- Meeting Time: 2024-09-05 19:00-20:00 (GMT+08:00)\n"
                             "- Chair: Wang Xiaoming ([wang-demo](https://github.com/wang-demo))\n\n"
                             "## Meeting Agenda\n\n"
                             "1. Presentation by [@lin-demo](https://github.com/lin-demo) (15 minutes)\n"
                             "2. Open Discussion (5 minutes)\n");
        const ImportResult imported = AgendaImporter::importMarkdown(markdown, QStringLiteral("en.md"));
        QVERIFY(imported.ok());
        SessionData session;
        session.meeting = imported.meeting;
        session.minutes.next.note = QStringLiteral("Release review @lin-demo (10 minutes)");
        const nextmeeting::Draft draft = nextmeeting::prepare(session, markdown, {}, {}, inviteClock.now());
        QVERIFY2(draft.markdown.endsWith(QStringLiteral("\n## Meeting Agenda\n\n"
                                                        "1. Release review [lin-demo](https://github.com/lin-demo) "
                                                        "(10 minutes)\n"
                                                        "2. Open Discussion (5 minutes)\n")),
                 qPrintable(draft.markdown));
        QCOMPARE(draft.meeting.items.size(), 2);
        QCOMPARE(draft.meeting.items[0].title, QStringLiteral("Release review lin-demo"));
        QCOMPARE(draft.meeting.items[0].speakers, QStringList {QStringLiteral("lin-demo")});
        QCOMPARE(draft.meeting.items[0].minutes, std::optional<int>(10));
    }

    void topicsInTheFirstLayout()
    {
        // The 2022 agendas: bullets, "minutes", people as plain links; topics come after the
        // newcomers and before the closing items.
        SessionData session = sessionFrom(firstAgenda);
        session.minutes.next.note
            = QStringLiteral("- API 单测 @SigureMo（10 分钟）\n- 性能优化 [Roadmap](javascript:alert(1))");
        const nextmeeting::Draft draft
            = prepareNext(session, {person(QStringLiteral("fuqianya"), QStringLiteral("fuqianya"))}, {});
        const QStringList lines = draft.markdown.split(QLatin1Char('\n'));
        const QStringList tail = {
            QStringLiteral("# 会议议程"),
            QString(),
            QStringLiteral("- 新人介绍：[fuqianya](https://github.com/fuqianya)（5 minutes）"),
            QStringLiteral("- API 单测 [SigureMo](https://github.com/SigureMo)（10 minutes）"),
            QStringLiteral("- 性能优化 \\[Roadmap\\](javascript:alert(1))"),
            QStringLiteral("- 自由发言，可以提想法、提问和讨论（10 minutes）"),
            QStringLiteral("- 确定下次会议的主席与副主席，以及召开时间 和 部分议题预告（3 minutes）"),
            QString(),
        };
        QCOMPARE(lines.mid(lines.size() - tail.size()), tail);
        const ImportResult again = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.meeting.items.size(), 5);
        QCOMPARE(again.meeting.items[1].title, QStringLiteral("API 单测 SigureMo"));
        QCOMPARE(again.meeting.items[1].minutes, std::optional<int>(10));
        QCOMPARE(again.meeting.items[1].speakers, QStringList {QStringLiteral("SigureMo")});
        QCOMPARE(again.meeting.items[2].title, QStringLiteral("性能优化 [Roadmap](javascript:alert(1))"));
        QVERIFY(again.meeting.items[2].speakers.isEmpty());
    }

    void topicsThatLookLikeMarkdownStayText_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("title"); // the item read back from the written agenda
        QTest::newRow("heading") << QStringLiteral("# x") << QStringLiteral("# x");
        QTest::newRow("script") << QStringLiteral("<script>alert('x')</script>")
                                << QStringLiteral("<script>alert('x')</script>");
        // One list marker is the field's own (a pasted list); a second one is text.
        QTest::newRow("bullet in a bullet") << QStringLiteral("- - x") << QStringLiteral("- x");
        QTest::newRow("number in a number") << QStringLiteral("1. 2) y") << QStringLiteral("2) y");
        QTest::newRow("plus") << QStringLiteral("+ + z") << QStringLiteral("+ z");
        QTest::newRow("quote") << QStringLiteral("> quoted") << QStringLiteral("> quoted");
        QTest::newRow("rule") << QStringLiteral("---") << QStringLiteral("---");
        QTest::newRow("setext") << QStringLiteral("===") << QStringLiteral("===");
        QTest::newRow("emphasis and code")
            << QStringLiteral("**bold** _it_ `code` ~~del~~ a|b") << QStringLiteral("**bold** _it_ `code` ~~del~~ a|b");
        QTest::newRow("link and image") << QStringLiteral("![img](http://x/y.png) [a](http://x)")
                                        << QStringLiteral("![img](http://x/y.png) [a](http://x)");
        QTest::newRow("backslash") << QStringLiteral("C:\\path\\*") << QStringLiteral("C:\\path\\*");
        QTest::newRow("fence") << QStringLiteral("```cpp") << QStringLiteral("```cpp");
    }

    void topicsThatLookLikeMarkdownStayText()
    {
        QFETCH(QString, note);
        QFETCH(QString, title);
        SessionData session = sessionFrom(QStringLiteral("pfcc-2025/2025-05-12-meeting-agenda.md"));
        session.meeting.items.append({0, QStringLiteral("自由发言"), 10, {}, {}, {}, {}, {}});
        session.minutes.next.note = note;
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        const ImportResult again = AgendaImporter::importMarkdown(draft.markdown, draft.agendaFileName);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.meeting.title, QStringLiteral("Paddle Framework Contributor Club 五十六次会议议程"));
        QCOMPARE(again.meeting.items.size(), 2);
        QCOMPARE(again.meeting.items[0].title, title);
        QVERIFY(again.meeting.items[0].children.isEmpty());
        QCOMPARE(again.meeting.items[1].title, QStringLiteral("自由发言"));
    }

    void withoutSourceFileTheLayoutFollowsTheStyle()
    {
        SessionData session = sessionFrom(firstAgenda);
        session.sourceAgenda.clear();
        const nextmeeting::Draft draft = prepareNext(session, {}, {});
        QVERIFY(draft.markdown.contains(QStringLiteral("\n- 本次拟参会人员列表：\n")));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("\n# 会议议程\n\n- 自由发言，可以提想法、提问和讨论（10 minutes）\n")));
        QCOMPARE(draft.meeting.roster.size(), 21);
    }
};

QTEST_GUILESS_MAIN(TestNextMeeting)
#include "tst_nextmeeting.moc"
