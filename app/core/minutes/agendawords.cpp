#include "minutes/agendawords.h"

namespace gavel::agendawords {

Labels labelsFor(bool zh)
{
    if (zh) {
        return {QStringLiteral("本次会议时间"),
                QStringLiteral("本次会议接入方式"),
                QStringLiteral("腾讯会议"),
                QStringLiteral("会议号"),
                QStringLiteral("会议密码"),
                QStringLiteral("[点击链接入会](%1)，或添加至会议列表"),
                QStringLiteral("本次会议主席"),
                QStringLiteral("本次会议副主席"),
                QStringLiteral("本次拟参会人员列表"),
                QStringLiteral("会议议程"),
                QStringLiteral("新人介绍"),
                QStringLiteral("上次会议待办"),
                QStringLiteral("："),
                QStringLiteral("（"),
                QStringLiteral("）"),
                QStringLiteral("，")};
    }
    // "Member list" rather than "Members": the importer looks for a roster label it knows.
    return {QStringLiteral("Meeting Time"),
            QStringLiteral("How to Join"),
            QStringLiteral("Meeting ID"), // the importer knows no "Tencent Meeting" label
            QStringLiteral("Meeting ID"),
            QStringLiteral("Password"),
            QStringLiteral("[Join the meeting](%1)"),
            QStringLiteral("Chair"),
            QStringLiteral("Vice Chair"),
            QStringLiteral("Member list"),
            QStringLiteral("Agenda"),
            QStringLiteral("Welcome new members"),
            QStringLiteral("Open action items from last time"),
            QStringLiteral(": "),
            QStringLiteral(" ("),
            QStringLiteral(")"),
            QStringLiteral(", ")};
}

bool isTencent(const JoinInfo &join)
{
    return join.url.isEmpty() || join.url.contains(QLatin1String("tencent"))
        || join.url.contains(QLatin1String("voovmeeting"));
}

} // namespace gavel::agendawords
