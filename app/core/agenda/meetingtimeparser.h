#pragma once

#include "agenda/meeting.h"

namespace gavel {

// Reads a meeting time as agendas write it after their time label:
// "2022-4-14 19：00", "2025/1/23 19:00-21:00 (GMT+08:00) 中国标准时间 - 北京",
// "September 5, 2024, 19:00-20:00 (GMT+08:00)". Parts it cannot find stay invalid.
MeetingTime parseMeetingTime(const QString &value);

// "+08:00" for 28800 seconds.
QString formatUtcOffset(int seconds);

} // namespace gavel
