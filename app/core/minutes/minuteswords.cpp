#include "minutes/minuteswords.h"

namespace gavel::minuteswords {

const Words &wordsFor(const QString &language)
{
    static const Words zh {
        QStringLiteral(" 会议纪要"),
        QStringLiteral("会议概况"),
        QStringLiteral("会议时间"),
        QStringLiteral("会议地点"),
        QStringLiteral("线上会议"),
        QStringLiteral("参会人"),
        QStringLiteral("本次会议共有%1名成员参会。"),
        QStringLiteral("本次会议未记录参会人。"),
        QStringLiteral("本次会议由%1主持。"),
        QStringLiteral("主持人"),
        QStringLiteral("参会名单"),
        QStringLiteral("会议分享与讨论"),
        QStringLiteral("决定"),
        QStringLiteral("待办"),
        QStringLiteral("负责人："),
        QStringLiteral("截止日期："),
        QStringLiteral("、"),
        QStringLiteral("，"),
        QStringLiteral("："),
        QStringLiteral("（"),
        QStringLiteral("）"),
        QStringLiteral("下次会议安排"),
        QStringLiteral("下次会议时间"),
        QStringLiteral("下次会议主席"),
        QStringLiteral("下次会议副主席"),
        QStringLiteral("备注"),
        QStringLiteral("待定"),
        QStringLiteral("其他"),
        QStringLiteral("时间统计"),
        QStringLiteral("议题"),
        QStringLiteral("计划（分钟）"),
        QStringLiteral("实际（分钟）"),
        QStringLiteral("超时（分钟）"),
        QStringLiteral("合计"),
        QStringLiteral("本次会议由轮值主席%1主持。"),
        QStringLiteral("空缺"),
        QStringLiteral("确定下次会议的时间为%1。并确定"),
        QStringLiteral("下次会议的时间待定。"),
        QStringLiteral("下次会议的主席为：%1，副主席为：%2"),
        QStringLiteral("，主题为：%1"),
        QStringLiteral("。"),
        QStringLiteral("；"),
    };
    static const Words en {
        QStringLiteral(" Meeting Minutes"),
        QStringLiteral("Overview"),
        QStringLiteral("Time"),
        QStringLiteral("Place"),
        QStringLiteral("Online"),
        QStringLiteral("Attendees"),
        QStringLiteral("%1 members attended."),
        QStringLiteral("No attendance was recorded."),
        QStringLiteral("%1"),
        QStringLiteral("Chair"),
        QStringLiteral("Attendee list"),
        QStringLiteral("Discussion"),
        QStringLiteral("Decisions"),
        QStringLiteral("Action items"),
        QStringLiteral("owner: "),
        QStringLiteral("due "),
        QStringLiteral(", "),
        QStringLiteral(", "),
        QStringLiteral(": "),
        QStringLiteral(" ("),
        QStringLiteral(")"),
        QStringLiteral("Next meeting"),
        QStringLiteral("Time"),
        QStringLiteral("Chair"),
        QStringLiteral("Vice-chair"),
        QStringLiteral("Note"),
        QStringLiteral("to be decided"),
        QStringLiteral("Other notes"),
        QStringLiteral("Timing"),
        QStringLiteral("Item"),
        QStringLiteral("Planned (min)"),
        QStringLiteral("Actual (min)"),
        QStringLiteral("Overrun (min)"),
        QStringLiteral("Total"),
        QStringLiteral("The rotating chair %1 chaired the meeting."),
        QStringLiteral("vacant"),
        QStringLiteral("The next meeting is on %1."),
        QStringLiteral("The time of the next meeting is to be decided."),
        QStringLiteral(" Its chair is %1, its vice-chair %2"),
        QStringLiteral("; its topics: %1"),
        QStringLiteral("."),
        QStringLiteral("; "),
    };
    return language == QLatin1String("en") ? en : zh;
}

QString resolveLanguage(const SessionData &session, const QString &language)
{
    for (const QString &choice : {language, session.minutes.language}) {
        const QString lower = choice.trimmed().toLower();
        if (lower == QLatin1String("zh") || lower == QLatin1String("en")) {
            return lower;
        }
    }
    return agendaLanguage(session.meeting);
}

} // namespace gavel::minuteswords
