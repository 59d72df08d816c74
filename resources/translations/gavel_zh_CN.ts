<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ScheduleWords</name>
    <message>
        <location filename="../../app/core/meeting/schedulewords.cpp" line="+14"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 over</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2 here</source>
        <translation>%1 · 本地 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ran %1</source>
        <translation>共进行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started · scheduled for %1 %2</source>
        <translation>未开始 · 计划于 %1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starts %1 · in %2</source>
        <translation>%1 开始 · 还有 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts %1 · due now</source>
        <translation>%1 开始 · 现在就该开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts %1 · %2 late</source>
        <translation>%1 开始 · 已晚 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned end %1</source>
        <translation>计划结束 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projected end %1</source>
        <translation>预计结束 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● On plan</source>
        <translation>● 与计划一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ %1 over plan</source>
        <translation>▼ 超出计划 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ %1 under plan</source>
        <translation>▲ 少于计划 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>● On time</source>
        <translation>● 准时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▼ Behind by %1</source>
        <translation>▼ 落后 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▲ Ahead by %1</source>
        <translation>▲ 提前 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ Runs past the %1 hard stop</source>
        <translation>⚠ 将超过 %1 的最晚结束时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hard stop %1</source>
        <translation>最晚结束 %1</translation>
    </message>
</context>
<context>
    <name>gavel</name>
    <message>
        <location filename="../../app/commandline.cpp" line="+93"/>
        <source>unknown --format “%1”: use md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --language “%1”: use zh or en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --layout “%1”: use classic (2022) or agenda (the later one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-minutes needs -o &lt;file&gt; to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 export needs the offscreen platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the PDF could not be produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>unknown --format “”: use md, html or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/storage/atomicfile.cpp" line="+35"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than the disk or the system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk reported an input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 does not exist: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist and cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 does not exist and cannot be made: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/storage/readfile.cpp" line="+29"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link that loops (it leads back to itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a symbolic link to %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file is larger than %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the file is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::AgendaImporter</name>
    <message>
        <location filename="../../app/core/agenda/agendaimporter.cpp" line="+37"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>; an agenda is a small text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1: the agenda section “%2” has no list of items and no sub-headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no agenda found: no heading with “议程” or “Agenda” and no list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/agenda/agendatext.cpp" line="+15"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than 5 MB (%1 bytes); an agenda is a small text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text; save the agenda as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UTF-16 text without a byte-order mark; save the agenda as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary data (it contains NUL bytes), not a Markdown text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not valid UTF-8 text (line %1); save the agenda as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::AgendaModel</name>
    <message>
        <location filename="../../app/core/meeting/agendamodel.cpp" line="+205"/>
        <location line="+288"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-285"/>
        <source>— (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 minute over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 second over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 minute planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no duration, counted at 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no duration, counted at %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 in the agenda, %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 in the agenda, %2 taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sum of its parts, which run in turn: set their durations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duration in the agenda: counts up, planned at the default length. Double-click to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ran over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>❚❚ Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⤼ Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::AgendaPane</name>
    <message>
        <location filename="../../ui/agendapane.cpp" line="+59"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Jump to Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go to run this item now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip or Unskip Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip unskip drop postpone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Item After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add insert new item topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add insert new part child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Dura&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set duration time minutes planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move reorder up earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move reorder down later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indent (Make Part of the Item Above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indent nest part sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdent unnest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New sub-item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::AlertPlayer</name>
    <message>
        <location filename="../../ui/alertplayer.cpp" line="+65"/>
        <source>the sound plugin %1 is not installed (looked in %2)</source>
        <translation>声音插件 %1 未安装（查找位置：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the sound plugin could not be loaded (%1)</source>
        <translation>无法加载声音插件（%1）</translation>
    </message>
</context>
<context>
    <name>gavel::Announcer</name>
    <message>
        <location filename="../../ui/announcer.cpp" line="+17"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Not saved: %1. Gavel keeps trying.</source>
        <translation>未保存：%1。Gavel 会继续尝试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time is up for %1</source>
        <translation>%1时间到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap up: under %1 left for %2</source>
        <translation>请收尾：%2剩余不到 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The meeting has ended; it ran %1</source>
        <translation>会议已结束，共进行 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resumed: %1</source>
        <translation>已继续：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Now: %1, %2</source>
        <translation>当前议题：%1，时长 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now: %1, no duration set</source>
        <translation>当前议题：%1，未设时长</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Checked in: %1, %2 late</source>
        <translation>已签到：%1，迟到 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in: %1</source>
        <translation>已签到：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in %1 people: %2</source>
        <translation>已签到 %1 人：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 more</source>
        <translation>%1，还有 %2 人</translation>
    </message>
</context>
<context>
    <name>gavel::Attendance</name>
    <message>
        <location filename="../../app/core/meeting/attendee.cpp" line="+22"/>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice-chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::AttendanceCsv</name>
    <message>
        <location filename="../../app/core/storage/attendancecsv.cpp" line="+136"/>
        <source>; an attendance list of thousands is far smaller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::Banner</name>
    <message>
        <location filename="../../ui/banner.cpp" line="+35"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>gavel::CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="-77"/>
        <source>Gavel runs a live community meeting from its Markdown agenda: a countdown per item, attendance and minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the agenda imported from &lt;file&gt; as JSON and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Write the minutes of the session &lt;session&gt; (session.json) to the file given with -o, without opening a window, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export-minutes: md, html or pdf (default: from the output&apos;s extension, else md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export-minutes: the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --export-minutes: zh or en (default: the session&apos;s choice, else the agenda&apos;s language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export-minutes: leave out the planned-versus-actual timing section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --export-minutes: add the planned-versus-actual timing section (default: as the session chose in the Minutes window, else without).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --export-minutes: classic (the 2022 layout: 会议概况, 会议分享与讨论, 下次会议安排) or agenda (the later one: the agenda as a numbered list). Default: the session&apos;s choice, else its series&apos;, else classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda (.md) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>gavel: give one file to open, not %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::CurrentItemPanel</name>
    <message>
        <location filename="../../ui/currentitempanel.cpp" line="+50"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set duration</source>
        <translation>设置时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This item has no duration:</source>
        <translation>此议题未设时长：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set time so far</source>
        <translation>设置已用时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time so far on this item:</source>
        <translation>此议题已用时：</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>First up</source>
        <translation>首个议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda is empty</source>
        <translation>议程为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting has ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Now · paused</source>
        <translation>当前 · 已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next: %1 · %2 min</source>
        <translation>下一项：%1 · %2 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to run: %1</source>
        <translation>待进行议题：%1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: nothing · this is the last item</source>
        <translation>下一项：无 · 这是最后一个议题</translation>
    </message>
</context>
<context>
    <name>gavel::HistoryWindow</name>
    <message>
        <location filename="../../ui/historywindow.cpp" line="+80"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendance by meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People by meeting (★ new: first meeting in the series):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People who attended every meeting in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the people with perfect attendance in the range as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the people with perfect attendance in the range as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perfect attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A new name for this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series to merge this one into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mer&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Attendance History – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>These sessions could not be read and are left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings attended / meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the roster, not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First meeting in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ new, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First meeting in the series (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended %1 of %2 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No meetings recorded in this series yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 at the latest meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 newcomers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (@%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First attended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First attended %1; in the series since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“From” is after “To”: no meetings in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings were held in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody attended the 1 meeting in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody attended all %1 meetings in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended the 1 meeting in the range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended all %1 meetings in the range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Perfect Attendance as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Perfect Attendance as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the perfect attendance report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::JsonFields</name>
    <message>
        <location filename="../../app/core/storage/jsonfields.cpp" line="+24"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+31"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms is over %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is more than %2 days from the meeting (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::LiveHeader</name>
    <message>
        <location filename="../../ui/liveheader.cpp" line="+23"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Wall clock, in the meeting&apos;s time zone</source>
        <translation>会议所在时区的当前时间</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Untitled meeting</source>
        <translation>未命名会议</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chair: %1</source>
        <translation>主席：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vacant</source>
        <translation>空缺</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vice-chair: %1</source>
        <translation>副主席：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Join link&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;入会链接&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting ID %1</source>
        <translation>会议号 %1</translation>
    </message>
</context>
<context>
    <name>gavel::LiveMeeting</name>
    <message>
        <location filename="../../app/core/meeting/livemeeting.cpp" line="+16"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Start meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+59"/>
        <source>End meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jump to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take off 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Take off %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unskip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set duration of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+50"/>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Undo check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check in %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendance (1 person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendance (%1 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Record a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Take a line of the notes as a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Take %n lines of the notes as a decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete an action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the meeting place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the minutes&apos; language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change how the minutes are written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::MainWindow</name>
    <message>
        <location filename="../../ui/appnames.h" line="+20"/>
        <location filename="../../ui/mainwindow.cpp" line="+138"/>
        <source>Gavel</source>
        <translation>Gavel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="-27"/>
        <source>Free some space on that disk.</source>
        <translation>请在该磁盘上腾出一些空间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk was mounted read-only; make it writable again.</source>
        <translation>该磁盘以只读方式挂载；请让它重新可写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give yourself permission to write in that folder.</source>
        <translation>请给自己在该文件夹中写入的权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnect the disk that holds it, or make the folder again here.</source>
        <translation>请重新连接存放它的磁盘，或在此处重新创建该文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk may be failing or unplugged; check it.</source>
        <translation>磁盘可能出现故障或已被拔出；请检查。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The file on disk holds the latest state, but the disk did not confirm it</source>
        <translation>磁盘上的文件已是最新状态，但磁盘没有确认写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file on disk is as it was</source>
        <translation>磁盘上的文件保持原样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1. Everything is kept in memory. %2; Gavel keeps trying and saves as soon as it can. %3</source>
        <translation>未保存：%1。所有内容都保留在内存中。%2；Gavel 会继续尝试，一旦可以就立即保存。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the Folder Again</source>
        <translation>重新创建文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving works again: everything is on disk.</source>
        <translation>保存已恢复正常：所有内容都已写入磁盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preferences not saved: %1. They hold until Gavel quits.</source>
        <translation>首选项未保存：%1。在 Gavel 退出前仍然有效。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an agenda to begin.</source>
        <translation>打开一份议程即可开始。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open a meeting agenda (%1) or drop a Markdown file here.</source>
        <translation>打开会议议程（%1），或将 Markdown 文件拖放到这里。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open agenda session file load</source>
        <translation>打开 议程 会话文件 加载 open agenda session file load</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export Attendance (CSV)…</source>
        <translation>导出出勤记录 (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>save attendance roster spreadsheet</source>
        <translation>保存 出勤 参会名单 表格 save attendance roster spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Attendance (CSV)…</source>
        <translation>导入出勤记录 (CSV)(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load attendance roster spreadsheet</source>
        <translation>加载 出勤 参会名单 表格 load attendance roster spreadsheet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;Minutes (Markdown)</source>
        <translation>导出会议纪要 (Markdown)(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save write minutes decisions actions</source>
        <translation>保存 写入 纪要 决议 待办事项 save write minutes decisions actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Minutes (&amp;HTML)</source>
        <translation>导出会议纪要 (HTML)(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save write minutes web page</source>
        <translation>保存 写入 纪要 网页 save write minutes web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Minutes (&amp;PDF)</source>
        <translation>导出会议纪要 (PDF)(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save write minutes print</source>
        <translation>保存 写入 纪要 打印 save write minutes print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Timing Report (CSV)</source>
        <translation>导出计时报告 (CSV)(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save time planned actual overrun spreadsheet</source>
        <translation>保存 时间 计划 实际 超时 表格 save time planned actual overrun spreadsheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quit exit close</source>
        <translation>退出 关闭 quit exit close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settings options warning default length grace sound folder</source>
        <translation>设置 选项 提醒 默认时长 迟到 宽限 声音 文件夹 settings options warning default length grace sound folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meeting</source>
        <translation>会议(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Set &amp;Time So Far…</source>
        <translation>设置已用时(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>elapsed forgot to start correct timer clock late start</source>
        <translation>已用时 忘记开始 修正 计时器 时钟 晚开始 elapsed forgot to start correct timer clock late start</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Minutes and Next Meeting…</source>
        <translation>会议纪要与下次会议(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>decisions actions items place recording language layout next chair topics</source>
        <translation>决议 待办事项 地点 录制 语言 格式 下次会议 主席 议题 decisions actions items place recording language layout next chair topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare Ne&amp;xt Meeting</source>
        <translation>准备下次会议(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next agenda calendar invite ics write</source>
        <translation>下次会议 议程 日历 邀请 写入 next agenda calendar invite ics write</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agenda</source>
        <translation>议程(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>N&amp;otes</source>
        <translation>笔记(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ro&amp;ster</source>
        <translation>参会名单(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage View</source>
        <translation>大屏视图(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>stage share screen presenter big timer second screen</source>
        <translation>大屏 共享屏幕 分享人 大计时器 第二屏幕 stage share screen presenter big timer second screen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Stage View &amp;Full Screen</source>
        <translation>大屏视图全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to &amp;Notes</source>
        <translation>转到笔记(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>focus type write notes</source>
        <translation>聚焦 输入 书写 笔记 focus type write notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to A&amp;genda</source>
        <translation>转到议程(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>focus agenda items current</source>
        <translation>聚焦 议程 议题 当前 focus agenda items current</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Timer</source>
        <translation>转到计时器(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>focus timer countdown remaining time left read screen reader</source>
        <translation>聚焦 计时器 倒计时 剩余时间 朗读 读屏 focus timer countdown remaining time left read screen reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;Roster</source>
        <translation>转到参会名单(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>focus attendance check in people find name</source>
        <translation>聚焦 出勤 签到 参会者 查找 姓名 focus attendance check in people find name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance &amp;History</source>
        <translation>出勤历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attendance history series perfect attendance report newcomers</source>
        <translation>出勤 历史 会议系列 全勤 报告 新人 attendance history series perfect attendance report newcomers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Commands and Shortcuts</source>
        <translation>命令与快捷键(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>help keyboard keys find command</source>
        <translation>帮助 键盘 按键 查找 命令 help keyboard keys find command</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Gavel</source>
        <translation>关于 Gavel(&amp;A)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is open already.</source>
        <translation>%1 已经打开。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+99"/>
        <location line="+32"/>
        <source>Could not open the agenda: %1</source>
        <translation>无法打开议程：%1</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>“%1” is running. Pause it and open %2?</source>
        <translation>“%1”正在进行。要暂停它并打开 %2 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Open</source>
        <translation>暂停并打开</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+84"/>
        <source>Not opened: the meeting that is open could not be saved (%1). Fix that first, so nothing is lost.</source>
        <translation>未打开：当前打开的会议无法保存（%1）。请先解决这个问题，以免丢失内容。</translation>
    </message>
    <message numerus="yes">
        <location line="-60"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gavel was closed %1 ago while this meeting ran. After more than 30 minutes away it resumed paused where Gavel was closed: press F5 to continue.</source>
        <translation>Gavel 在会议进行中关闭，已过去 %1。由于离开超过 30 分钟，会议已在 Gavel 关闭时的位置恢复，并处于暂停状态：按 F5 继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The meeting kept running after Gavel was closed %1 ago; its times count on.</source>
        <translation>Gavel 关闭后的 %1 里，会议一直在进行；计时照常累计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meeting is paused, as it was when Gavel was closed: press F5 to continue.</source>
        <translation>此会议已暂停，与 Gavel 关闭时一样：按 F5 继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gavel stopped unexpectedly %1 ago while this meeting ran. It resumed paused where it was last seen: press F5 to continue.</source>
        <translation>Gavel 在会议进行中意外停止，已过去 %1。会议已在最后记录的位置恢复，并处于暂停状态：按 F5 继续。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gavel stopped unexpectedly %1 ago; this meeting is paused, as it was: press F5 to continue.</source>
        <translation>Gavel 意外停止，已过去 %1；此会议保持当时的暂停状态：按 F5 继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gavel stopped unexpectedly %1 ago while this meeting ran; it resumed from its saved times.</source>
        <translation>Gavel 在会议进行中意外停止，已过去 %1；会议已按保存的时间恢复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This meeting has ended; it is shown as it finished.</source>
        <translation>此会议已结束；显示的是它结束时的状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the session: %1. The file is left as it is.</source>
        <translation>无法打开会话文件：%1。该文件保持原样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its agenda to start afresh.</source>
        <translation>打开它的议程即可重新开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start fresh from the agenda %1, keeping the damaged file as %2?</source>
        <translation>要从议程 %1 重新开始，并将损坏的文件保留为 %2 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Fresh</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not start fresh: %1</source>
        <translation>无法重新开始：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Started fresh from %1. The damaged session is kept as %2.</source>
        <translation>已从 %1 重新开始。损坏的会话文件保留为 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing opened.</source>
        <translation>未打开任何文件。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Resumed %1 from its session in %2</source>
        <translation>已从 %2 中的会话文件恢复 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened %1 · session in %2</source>
        <translation>已打开 %1 · 会话文件位于 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>⚠ Not saved</source>
        <translation>⚠ 未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved %1 · %2</source>
        <translation>已于 %1 保存 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New session · saved at the first change · %1</source>
        <translation>新会话 · 首次更改时保存 · %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open Agenda or Session</source>
        <translation>打开议程或会话文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agendas and sessions (*.md *.markdown *.json);;Markdown agendas (*.md *.markdown);;Sessions (*.json)</source>
        <translation>议程和会话文件 (*.md *.markdown *.json);;Markdown 议程 (*.md *.markdown);;会话文件 (*.json)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>About Gavel</source>
        <translation>关于 Gavel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Gavel %1&lt;/h3&gt;&lt;p&gt;Run a live community meeting from its Markdown agenda: a countdown per item, attendance and minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gavel %1&lt;/h3&gt;&lt;p&gt;按 Markdown 议程实时主持社区会议：为每个议题倒计时，并记录出勤与会议纪要。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Skipped a damaged session of this series: %1</source>
        <translation>已跳过此会议系列中一个损坏的会话文件：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Skipped %n damaged sessions of this series: %1</source>
        <translation>
            <numerusform>已跳过此会议系列中 %n 个损坏的会话文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Left out of this series&apos; history, as they could not be read: %1</source>
        <translation>以下文件无法读取，未计入此会议系列的历史：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read an agenda or minutes file of this series in %1: people it names before this meeting are not marked new</source>
        <translation>已读取 %1 中此会议系列的一份议程或纪要文件：其中在本次会议之前出现过的人不会标为新人</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Read %n agenda and minutes files of this series in %1: people they name before this meeting are not marked new</source>
        <translation>
            <numerusform>已读取 %1 中此会议系列的 %n 份议程和纪要文件：其中在本次会议之前出现过的人不会标为新人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open a meeting first: the history is its series&apos;.</source>
        <translation>请先打开一场会议：历史记录属于它所在的会议系列。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The series is renamed or merged once this meeting has ended: its session is being written now.</source>
        <translation>本次会议结束后才能重命名或合并会议系列：它的会话文件正在写入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not moved: the open meeting could not be saved (%1).</source>
        <translation>未移动：当前打开的会议无法保存（%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The series was not moved, nothing was lost: %1</source>
        <translation>会议系列未移动，没有丢失任何内容：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The meetings of “%1” are now in “%2”: %3.</source>
        <translation>“%1”的会议现已移入“%2”：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none moved</source>
        <translation>没有移动任何会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” already has a meeting on %2; those stay in “%3”.</source>
        <translation>“%1”在 %2 已有会议；这些会议仍留在“%3”中。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+21"/>
        <location line="+49"/>
        <location line="+58"/>
        <source>Open a meeting first.</source>
        <translation>请先打开一场会议。</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Export Attendance</source>
        <translation>导出出勤记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance exported to %1</source>
        <translation>出勤记录已导出到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export the attendance: %1</source>
        <translation>无法导出出勤记录：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import Attendance</source>
        <translation>导入出勤记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not import the attendance: %1</source>
        <translation>无法导入出勤记录：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported attendance from %1: 1 person updated or added</source>
        <translation>已从 %1 导入出勤记录：更新或新增了 1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported attendance from %1: %2 people updated or added</source>
        <translation>已从 %1 导入出勤记录：更新或新增了 %2 人</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>timing report</source>
        <translation>计时报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The series&apos; minutes layout could not be read (%1); the minutes were written in the layout chosen in the Minutes window.</source>
        <translation>无法读取会议系列自己的纪要格式（%1）；纪要已按“会议纪要与下次会议”窗口中选择的格式写出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The series&apos; minutes layout %1 has a mistake on line %2 (%3); the minutes were written in the layout chosen in the Minutes window.</source>
        <translation>会议系列的纪要格式 %1 第 %2 行有错误（%3）；纪要已按“会议纪要与下次会议”窗口中选择的格式写出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading the series&apos; agendas and minutes first…</source>
        <translation>正在先读取此会议系列的议程和纪要…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not prepare the next meeting from this one.</source>
        <translation>无法根据本次会议准备下次会议。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next agenda and calendar invite</source>
        <translation>下次会议议程和日历邀请</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Folder for This Series&apos; Minutes and Agendas</source>
        <translation>此会议系列的纪要和议程文件夹</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The series&apos; export folder was not saved: %1. It is used until Gavel quits.</source>
        <translation>会议系列的导出文件夹未保存：%1。在 Gavel 退出前仍会使用它。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write the %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote the %1: %2</source>
        <translation>已写入%1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 exists and was not written by this meeting. Replace it with the %2?</source>
        <translation>%1 已存在，且不是本次会议写入的。要用%2替换它吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting could not be saved:
%1

Close anyway and lose the changes since the last save?</source>
        <translation>会议无法保存：
%1

仍要关闭，并丢失上次保存以来的更改吗？</translation>
    </message>
</context>
<context>
    <name>gavel::MeetingActions</name>
    <message>
        <location filename="../../ui/meetingactions.cpp" line="+19"/>
        <location line="+71"/>
        <source>&amp;Start Meeting</source>
        <translation>开始会议(&amp;S)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>start pause resume begin timer clock</source>
        <translation>开始 暂停 继续 计时器 时钟 start pause resume begin timer clock</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>&amp;Next Item</source>
        <translation>下一议题(&amp;N)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>next item advance move on forward</source>
        <translation>下一个 议题 前进 继续 next item advance move on forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Item</source>
        <translation>上一议题(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>previous item back</source>
        <translation>上一个 议题 返回 previous item back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a Minute</source>
        <translation>加一分钟(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more time extend longer plus overtime</source>
        <translation>加时 延长 增加 超时 more time extend longer plus overtime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &amp;Off a Minute</source>
        <translation>减一分钟(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>less time shorten minus</source>
        <translation>减时 缩短 减少 less time shorten minus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estart Item</source>
        <translation>重新开始议题(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restart reset timer time again from zero</source>
        <translation>重新开始 重置 计时器 时间 归零 restart reset timer time again from zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip Current Item</source>
        <translation>跳过当前议题(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip drop postpone not discussed</source>
        <translation>跳过 放弃 推迟 未讨论 skip drop postpone not discussed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En&amp;d Meeting</source>
        <translation>结束会议(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end finish stop close meeting</source>
        <translation>结束 完成 停止 关闭 会议 end finish stop close meeting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>undo revert mistake back</source>
        <translation>撤销 还原 错误 返回 undo revert mistake back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>redo again</source>
        <translation>重做 再次 redo again</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting Ended</source>
        <translation>会议已结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Item (ends the meeting)</source>
        <translation>下一议题（结束会议）(&amp;N)</translation>
    </message>
</context>
<context>
    <name>gavel::MinutesItemsView</name>
    <message>
        <location filename="../../ui/minutesitemsview.cpp" line="+44"/>
        <source>Decisions and action items of the meeting</source>
        <translation>本次会议的决议和待办事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions and action items of this item</source>
        <translation>此议题的决议和待办事项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision or action</source>
        <translation>决议或待办事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>General</source>
        <translation>总体</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ Decision</source>
        <translation>✔ 决议</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>☑ Action, done</source>
        <translation>☑ 待办事项，已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☐ Action</source>
        <translation>☐ 待办事项</translation>
    </message>
</context>
<context>
    <name>gavel::MinutesWindow</name>
    <message>
        <location filename="../../ui/minuteswindow.cpp" line="+41"/>
        <source>List the attendees&apos; &amp;names</source>
        <translation>列出参会者姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items never &amp;reached: marked 未讨论 / Not discussed (else left out)</source>
        <translation>从未进行到的议题：标为“未讨论 / Not discussed”（否则不写入）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the timing table (&amp;planned against actual minutes)</source>
        <translation>添加计时表（计划与实际分钟数对比）(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>已确定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Minutes and Next Meeting</source>
        <translation>会议纪要与下次会议</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>2022: 会议概况 · 会议分享与讨论 · 下次会议安排</source>
        <translation>2022 年版：会议概况 · 会议分享与讨论 · 下次会议安排</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later: the agenda as a numbered list, notes under each item</source>
        <translation>之后的版本：议程为编号列表，各议题下附笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to the recording (录制文件), written when given</source>
        <translation>录制文件链接，填写后写入纪要</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date of the next meeting</source>
        <translation>下次会议日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the next meeting</source>
        <translation>下次会议时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>线上会议 / Online</source>
        <translation>线上会议 / Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the agenda</source>
        <translation>跟随议程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name @handle</source>
        <translation>姓名 @用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name @handle, or empty</source>
        <translation>姓名 @用户名，或留空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics, separated by ; — e.g. Type hints @handle (20 min)</source>
        <translation>议题，用 ; 分隔 —— 例如：类型提示 @用户名 (20 min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>会议纪要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy into the Series to Edit</source>
        <translation>复制到会议系列中以便编辑(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;yout:</source>
        <translation>格式(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange…</source>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported to:</source>
        <translation>导出到：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rec&amp;ording:</source>
        <translation>录制(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decisions (Ctrl+D) and action items (Ctrl+Shift+A) recorded from the notes. F2 edits, Delete removes, Space ticks an action done.</source>
        <translation>从笔记中记录的决议（Ctrl+D）和待办事项（Ctrl+Shift+A）。F2 编辑，Delete 删除，Space 将待办事项勾选为已完成。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export &amp;Markdown</source>
        <translation>导出 Markdown(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;HTML</source>
        <translation>导出 HTML(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF</source>
        <translation>导出 PDF(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timing Report (CSV)</source>
        <translation>计时报告 (CSV)(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Next meeting</source>
        <translation>下次会议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Date and time:</source>
        <translation>日期和时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chair:</source>
        <translation>主席(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vice-chair:</source>
        <translation>副主席(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topics:</source>
        <translation>议题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare the Next Agenda and &amp;Invite</source>
        <translation>准备下次会议议程和邀请(&amp;I)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>asked at the first export</source>
        <translation>首次导出时询问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (a meeting of another year goes to that year&apos;s folder beside it)</source>
        <translation>%1（其他年份的会议放在旁边该年份的文件夹中）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder for This Series&apos; Minutes and Agendas</source>
        <translation>此会议系列的纪要和议程文件夹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>⚠ The series&apos; choice was not saved: %1. This meeting keeps it.</source>
        <translation>⚠ 会议系列的选择未保存：%1。本次会议仍沿用它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a meeting first: the copy goes into its series&apos; folder.</source>
        <translation>请先打开一场会议：副本会放入它所在会议系列的文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Could not copy the layout: %1</source>
        <translation>⚠ 无法复制格式：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The series&apos; own layout is used: %1. Edit it in any text editor; each export reads it again. Remove it to go back to the layout chosen here.</source>
        <translation>正在使用会议系列自己的格式：%1。可用任意文本编辑器编辑它；每次导出都会重新读取。删除它即可恢复使用此处选择的格式。</translation>
    </message>
</context>
<context>
    <name>gavel::NotesPane</name>
    <message>
        <location filename="../../ui/notespane.cpp" line="+53"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow the current item: the notes move on with the meeting</source>
        <translation>跟随当前议题：笔记随会议进程切换</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for this item: Markdown, @handles and #123 are kept as written.</source>
        <translation>此议题的笔记：Markdown、@用户名 和 #123 都会按原样保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow the current item</source>
        <translation>跟随当前议题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes shown</source>
        <translation>显示的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which notes the text below holds: the general notes or an item&apos;s</source>
        <translation>下方文本是哪部分笔记：总体笔记或某个议题的笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Owner: name or @handle</source>
        <translation>负责人：姓名或 @用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Insert the &amp;Time</source>
        <translation>插入时间(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time stamp clock now</source>
        <translation>时间戳 时钟 现在 time stamp clock now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a &amp;Decision</source>
        <translation>记录决议(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decision decided resolution agreed minutes</source>
        <translation>决议 决定 议决 同意 纪要 decision decided resolution agreed minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an &amp;Action Item</source>
        <translation>记录待办事项(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action item task todo owner due follow-up minutes</source>
        <translation>待办事项 任务 待办 负责人 截止 跟进 纪要 action item task todo owner due follow-up minutes</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Action item:</source>
        <translation>待办事项：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision:</source>
        <translation>决议：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done; Enter records it, Escape cancels</source>
        <translation>要做什么；Enter 记录，Escape 取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was decided; Enter records it, Escape cancels</source>
        <translation>决定了什么；Enter 记录，Escape 取消</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>General notes</source>
        <translation>总体笔记</translation>
    </message>
</context>
<context>
    <name>gavel::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="+61"/>
        <source>&amp;Play a sound at the warning and when time is up</source>
        <translation>在提醒时和时间到时播放声音(&amp;P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warning</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long before the end of an item its timer shows the warning</source>
        <translation>议题结束前多久，计时器显示提醒</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+45"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>The length the timer allows an agenda item that states no duration</source>
        <translation>议程中未写时长的议题，计时器为其分配的时长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Off by default: your microphone would carry the sound into the call.</source>
        <translation>默认关闭：你的麦克风会把声音传进会议。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Test sound</source>
        <translation>试听声音(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays the warning chime, then the time-up chimes, whether or not sounds are on</source>
        <translation>无论声音是否开启，都先播放提醒铃声，再播放时间到铃声</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Warning before the end:</source>
        <translation>结束前提醒(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default &amp;length of items without a duration:</source>
        <translation>未设时长议题的默认时长(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Who checks in later than this after the start is marked late; you can always change it</source>
        <translation>会议开始后超过这个时间才签到的人会标为迟到；你随时可以更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance and the next meeting</source>
        <translation>出勤与下次会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late after the start plus:</source>
        <translation>开始后多久算迟到：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next agenda&apos;s date, unless the meeting decided another</source>
        <translation>下次议程的日期，除非会议另有决定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next meeting after:</source>
        <translation>下次会议间隔：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Empty means the default folder, Gavel in your Documents folder (%1). The GAVEL_HOME environment variable, when set, overrides this folder.</source>
        <translation>留空表示使用默认文件夹，即“文档”文件夹中的 Gavel（%1）。如果设置了 GAVEL_HOME 环境变量，它会覆盖此文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is set now: sessions are saved in %1.</source>
        <translation>GAVEL_HOME 现已设置：会话文件保存在 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sessions folder:</source>
        <translation>会话文件夹(&amp;S)：</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Sessions Folder</source>
        <translation>会话文件夹</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No sound: %1.</source>
        <translation>没有声音：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This build of Gavel lacks its alert sounds.</source>
        <translation>此版本的 Gavel 缺少提醒声音。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sound output was found on this computer.</source>
        <translation>这台电脑上没有找到声音输出设备。</translation>
    </message>
</context>
<context>
    <name>gavel::RosterModel</name>
    <message>
        <location filename="../../app/core/meeting/rostermodel.cpp" line="+109"/>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://github.com/%1 (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First meeting in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>%1, first meeting in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>+%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+102"/>
        <source>−%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>present, checked in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late, 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late, %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left early at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>✓ Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Late (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↩ Left early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::RosterPane</name>
    <message>
        <location filename="../../ui/rosterpane.cpp" line="+35"/>
        <source>Check in a pasted list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name or @handle · Enter checks in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark &amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance check in here joined arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance late latecomer arrived joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Left &amp;Early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance left early leave gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark E&amp;xcused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance excused apology apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance absent missing no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Ex&amp;pected (clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance clear reset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open GitHub &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>github profile handle link browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste names, @handles or GitHub links from the chat: one per line, or separated by commas, 、 or spaces. Ctrl+Return checks them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 present of %2 expected · %3 late · %4 new ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not on the roster. Enter adds “%1” as a walk-in and checks them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Already checked in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing to check in: paste names or @handles first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added as walk-ins %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already here %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::Series</name>
    <message>
        <location filename="../../app/core/series/seriesnames.cpp" line="+41"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::SeriesDialog</name>
    <message>
        <location filename="../../ui/seriesdialog.cpp" line="+23"/>
        <source>Meeting Series</source>
        <translation>会议系列</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a new meeting. Which series does it belong to? The series keeps attendance history across meetings.</source>
        <translation>“%1”是一场新会议。它属于哪个会议系列？会议系列会记录各次会议的出勤历史。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Series:</source>
        <translation>会议系列(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved in:</source>
        <translation>保存位置：</translation>
    </message>
</context>
<context>
    <name>gavel::SeriesHistory</name>
    <message>
        <location filename="../../app/core/series/serieshistory.cpp" line="+299"/>
        <source>Perfect attendance %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meetings were held in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings held in the range: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody attended every meeting in the range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="+31"/>
        <source>No command matches the filter.</source>
        <translation>没有与筛选条件匹配的命令。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commands and Shortcuts</source>
        <translation>命令与快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every command of the menus. Meeting controls are chords that work in every window and never type text. When no text field has focus, single keys work too: F5 starts or pauses, Shift+F5 ends, PageDown / PageUp (a presenter clicker) move to the next / previous item.</source>
        <translation>菜单中的所有命令。会议控制命令使用组合键，在每个窗口中都有效，且不会输入文字。当没有文本框获得焦点时，单个按键也有效：F5 开始或暂停，Shift+F5 结束，PageDown / PageUp（演示翻页器）切换到下一个 / 上一个议题。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What to do, e.g. decision, late, set time, or a key</source>
        <translation>要做什么，例如 决议、迟到、已用时，或一个按键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>gavel::StageWindow</name>
    <message>
        <location filename="../../ui/stagewindow.cpp" line="+69"/>
        <source>Gavel: Stage</source>
        <translation>Gavel：大屏视图</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Thank you: the meeting has ended</source>
        <translation>谢谢大家：会议已结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting soon: %1</source>
        <translation>即将开始：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: %1</source>
        <translation>下一项：%1</translation>
    </message>
</context>
<context>
    <name>gavel::TimeBar</name>
    <message>
        <location filename="../../ui/timerdisplay.cpp" line="+82"/>
        <source>%1% of the item&apos;s time used</source>
        <translation>此议题的时间已用 %1%</translation>
    </message>
</context>
<context>
    <name>gavel::TimerDisplay</name>
    <message>
        <location line="+24"/>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time used</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timer, as on the main window</source>
        <translation>计时器，与主窗口相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer state, as on the main window</source>
        <translation>计时器状态，与主窗口相同</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Not started yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not started · F5 starts the meeting</source>
        <translation>未开始 · 按 F5 开始会议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>■ Meeting ended · it ran %1</source>
        <translation>■ 会议已结束 · 共进行 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>↑ Counting up · no duration set (planned at %1 min)</source>
        <translation>↑ 正计时 · 未设时长（按 %1 分钟计划）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>‼ Time is up · overtime %1</source>
        <translation>‼ 时间到 · 超时 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Wrap up · under %1 left</source>
        <translation>⚠ 请收尾 · 剩余不到 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>▶ On the clock · %1 min planned</source>
        <translation>▶ 计时中 · 计划 %1 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ 已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>❚❚ Paused · F5 resumes</source>
        <translation>❚❚ 已暂停 · 按 F5 继续</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 planned, not started</source>
        <translation>计划 %1，未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meeting ended, it ran %1</source>
        <translation>会议已结束，共进行 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 so far</source>
        <translation>已用时 %1</translation>
    </message>
</context>
<context>
    <name>gavel::attendancecsv</name>
    <message>
        <location filename="../../app/core/storage/attendancecsv.cpp" line="-85"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the file is empty: a roster needs a header row (name, github, source, status, checked_in_at, minutes_late, left_at) and a row per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: the column %2 appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: no header row: the first row needs a “name” or a “github” column (the columns are name, github, source, status, checked_in_at, minutes_late, left_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>neither a name nor a github handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad timestamp %1 (expected ISO 8601 with a UTC offset, like 2026-11-25T19:07:30+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::csv</name>
    <message>
        <location filename="../../app/core/storage/csv.cpp" line="+56"/>
        <source>line %1: binary data (a NUL byte), not CSV text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: not valid UTF-8 text; save the file as CSV in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the file is UTF-16 text; save it as CSV in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>line %1: text after the closing quote of a field (a quote inside a quoted field is written twice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::documentindex</name>
    <message>
        <location filename="../../app/core/series/documentindex.cpp" line="+112"/>
        <source>documents: roles holds “%1”, which is no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>documents: people[%1] is not a name and a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>documents: files[%1] has no path, or a date, person or role the index does not hold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::seriesindex</name>
    <message>
        <location filename="../../app/core/series/seriesindex.cpp" line="+72"/>
        <source>%1: made again from the sessions (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The series index was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+153"/>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a series index of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statuses holds “%1”, which is no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>people[%1] is not a name and a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>meetings[%1] refers to a date, title, person or status the index does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: no such folder; the series&apos; agendas and minutes in it were not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::seriesmove</name>
    <message>
        <location filename="../../app/core/series/seriesmove.cpp" line="+84"/>
        <source>the series needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is that series already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: the copy does not read back as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::sessionfile</name>
    <message>
        <location filename="../../app/core/storage/sessionfile.cpp" line="+39"/>
        <source>%1: not a valid session file: it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a valid session file: %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a valid session file: it holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/core/storage/sessionreader.cpp" line="+49"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a time of day (HH:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agenda is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is used by another item too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 minutes is over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>“%1” is not a meeting state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item is current, but the meeting is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>item %1 is not in the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>item %1 is not one that runs: its parts run in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>item %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 days the meeting&apos;s times may span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s is over 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>neither a name nor a GitHub handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a source Gavel knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not an attendance status Gavel knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is neither “omit” nor “mark”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a Gavel session file (its schema is “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Gavel session file (it has no “schema”: “gavel-session”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>session format version %1 is newer than this Gavel reads (up to %2); open it with a newer Gavel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a time Gavel could have saved at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a time a meeting ran at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gavel::widgethelpers</name>
    <message>
        <location filename="../../ui/widgethelpers.h" line="+148"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
</TS>
