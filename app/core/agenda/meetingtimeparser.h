#pragma once

#include "agenda/meeting.h"

namespace gavel {

// Reads a meeting time as agendas write it after their time label or in a heading:
// "2022-4-14 19：00", "2025/1/23 19:00-21:00 (GMT+08:00) 中国标准时间 - 北京",
// "September 5, 2024, 19:00-20:00 (GMT+08:00)", "10:00 to 17:00 JST on 29 September 2026",
// "Thursday, June 26th, 2025 at 9:00am PST", "Tuesday August 4th, 2026 at 18 CEST".
// Parts it cannot find stay invalid. `context` is text around the value (its label): an
// abbreviation that names several zones is read only when the context settles it (CST is
// China Standard Time in a Chinese agenda and unread elsewhere).
MeetingTime parseMeetingTime(const QString &value, const QString &context = {});

// "+08:00" for 28800 seconds.
QString formatUtcOffset(int seconds);

} // namespace gavel
