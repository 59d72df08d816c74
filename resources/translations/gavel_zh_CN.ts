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
        <location filename="../../app/commandline.cpp" line="+118"/>
        <source>%1: no open issue or pull request is labelled “%2”</source>
        <translation>%1：没有带“%2”标签的开放 Issue 或拉取请求</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--publish-minutes needs --repo &lt;owner/name&gt; and --dir &lt;folder&gt;</source>
        <translation>--publish-minutes 需要用 --repo &lt;所有者/名称&gt; 和 --dir &lt;文件夹&gt; 指定仓库和文件夹</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the meeting has no date to name the minutes by</source>
        <translation>%1：会议没有日期，无法为会议纪要命名</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no GitHub token: set GAVEL_GITHUB_TOKEN, or sign in from File &gt; Publish Minutes</source>
        <translation>没有 GitHub 令牌：请设置 GAVEL_GITHUB_TOKEN，或在“文件 &gt; 发布会议纪要”中登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no GitHub token: set GAVEL_GITHUB_TOKEN, or sign in from File &gt; Publish Minutes (the keychain: %1)</source>
        <translation>没有 GitHub 令牌：请设置 GAVEL_GITHUB_TOKEN，或在“文件 &gt; 发布会议纪要”中登录（钥匙串：%1）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown --format “%1”: use md, html or pdf</source>
        <translation>未知的 --format “%1”：请使用 md、html 或 pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown --language “%1”: use zh or en</source>
        <translation>未知的 --language “%1”：请使用 zh 或 en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown --layout “%1”: use classic (2022) or agenda (the later one)</source>
        <translation>未知的 --layout “%1”：请使用 classic（2022 年的版式）或 agenda（之后的版式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--export-minutes needs -o &lt;file&gt; to write to</source>
        <translation>--export-minutes 需要用 -o &lt;文件&gt; 指定要写入的文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 export needs the offscreen platform</source>
        <translation>导出 %1 需要 offscreen 平台</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the PDF could not be produced</source>
        <translation>%1：无法生成 PDF</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>--agenda-from-issues needs --label &lt;label&gt;</source>
        <translation>--agenda-from-issues 需要用 --label &lt;标签&gt; 指定标签</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown --format “”: use md, html or pdf</source>
        <translation>未知的 --format “”：请使用 md、html 或 pdf</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/atomicfile.cpp" line="+36"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than the disk or the system allows</source>
        <translation>文件超出了磁盘或系统允许的大小</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the system gave no reason</source>
        <translation>系统没有给出原因</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 does not exist: %3</source>
        <translation>%1：文件夹 %2 不存在：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist and cannot be made</source>
        <translation>%1：文件夹 %2 不存在，也无法创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the folder %2 does not exist and cannot be made: %3</source>
        <translation>%1：文件夹 %2 不存在，也无法创建：%3</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/readfile.cpp" line="+30"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a symbolic link that loops (it leads back to itself)</source>
        <translation>符号链接形成了循环（指回它自身）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a symbolic link to %1, which does not exist</source>
        <translation>指向 %1 的符号链接，但目标不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is a folder, not a file</source>
        <translation>%1：是文件夹，不是文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a regular file</source>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the file is larger than %2 (%3 bytes)</source>
        <translation>%1：文件大于 %2（%3 字节）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the file is larger than %2</source>
        <translation>%1：文件大于 %2</translation>
    </message>
</context>
<context>
    <name>gavel::AgendaImporter</name>
    <message>
        <location filename="../../app/core/agenda/agendaimporter.cpp" line="+118"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+291"/>
        <source>%1 passed over: its section holds only fields (a label, a colon, a value)</source>
        <translation>%1 已跳过：其下只有字段（标签、冒号、值）</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+37"/>
        <location filename="../../app/core/agenda/datedmeetings.cpp" line="+97"/>
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the sub-entries of %1 carry no duration and no speaker, so they are what the item is about, not timed parts</source>
        <translation>%1 的子条目都没有时长和分享人，因此作为该议题的说明，而不是计时的分项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>topic column %1</source>
        <translation>议题列 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration column %1</source>
        <translation>时长列 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>presenter column %1</source>
        <translation>分享人列 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the table under %1: %2</source>
        <translation>%1 下的表格：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more table(s)</source>
        <translation>
            <numerusform>另有 %n 个表格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n item(s) end with their presenter&apos;s name, which is not kept in the title: %1</source>
        <translation>
            <numerusform>%n 个议题以分享人姓名结尾，姓名不保留在标题中：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) have presenter or duration lines under them (%1): read as the item&apos;s speakers and minutes, not as its parts</source>
        <translation>
            <numerusform>%n 个议题下有分享人或时长行（%1）：读作该议题的分享人和时长，而非其子项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the section under %1 in it</source>
        <translation>其中 %1 下的部分</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the lists after the label %1 in it</source>
        <translation>其中标签 %1 之后的列表</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its lists (no agenda heading or label in it)</source>
        <translation>其中的列表（没有议程标题或标签）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the date of the meeting&apos;s heading %1 with the time of day of the document&apos;s schedule %2</source>
        <translation>会议标题 %1 的日期，时刻取自文档的会议安排 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the meeting&apos;s heading %1; the time line %2 names another date, so its time of day is not taken</source>
        <translation>会议标题 %1 的日期；时间行 %2 写的是另一个日期，因此不采用其时刻</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the date of the meeting&apos;s heading %1; no time of day is stated for it</source>
        <translation>会议标题 %1 的日期；未写明当天的时刻</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>no heading names the agenda: the label %1 and the %n list(s) right after it, joined</source>
        <translation>
            <numerusform>没有标题指明议程：取标签 %1 及紧随其后的 %n 个列表，合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no heading names the agenda: the label %1 and the %n one-line paragraph(s) right after it, one item each</source>
        <translation>
            <numerusform>没有标题指明议程：取标签 %1 及紧随其后的 %n 个单行段落，每段一个议题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the agenda ends at %1, a field or a paragraph of prose</source>
        <translation>议程止于 %1：它是字段或一段叙述文字</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>no heading names the agenda: the list from %1, %n of whose entries state a duration</source>
        <translation>
            <numerusform>没有标题指明议程：取从 %1 开始的列表，其中 %n 项写有时长</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>no heading names the agenda: the title&apos;s %n sub-heading(s), each short enough to be a topic</source>
        <translation>
            <numerusform>没有标题指明议程：取标题下的 %n 个子标题，每个都简短到可作议题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no heading names the agenda: the list from %1, the first whose entries read as items (neither fields, links nor prose)</source>
        <translation>没有标题指明议程：取从 %1 开始的列表，它是第一个条目像议题的列表（不是字段、链接或叙述）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; an agenda is a small text file</source>
        <translation>；议程应是一个小的文本文件</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+173"/>
        <source>the first heading, %1</source>
        <translation>第一个标题 %1</translation>
    </message>
    <message>
        <location line="-587"/>
        <location line="+473"/>
        <source>%1 passed over: it names a section that is no agenda</source>
        <translation>跳过 %1：它指的不是议程部分</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 passed over: no list and no sub-heading under it</source>
        <translation>跳过 %1：其下没有列表，也没有子标题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its list</source>
        <translation>其列表</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n list(s), joined</source>
        <translation>
            <numerusform>%n 个列表（合并）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the section under %1: %n item(s), one per table row</source>
        <translation>
            <numerusform>%1 下的部分：%n 个议题，每个表格行一个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the section under %1: %n item(s) from %2</source>
        <translation>
            <numerusform>%1 下的部分：来自%2的 %n 个议题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the section under %1: %n item(s) from %2, then one per sub-heading</source>
        <translation>
            <numerusform>%1 下的部分：%n 个议题，先是%2中的条目，再是每个子标题一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what precedes its first item, %1, is the document&apos;s preamble (its details), not items</source>
        <translation>第一个议题 %1 之前的内容是文档的开头信息（会议详情），不是议题</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: no meeting on %2; the file holds one meeting, on %3</source>
        <translation>%1：%2 没有会议；该文件只有一次会议，在 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no meeting on %2; the file holds one meeting and names no date</source>
        <translation>%1：%2 没有会议；该文件只有一次会议，且未写明日期</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: no meeting on %2; the file has %3</source>
        <translation>%1：%2 没有会议；该文件中的会议日期有 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the meeting on %2 has no agenda: no list under an agenda heading or label</source>
        <translation>%1：%2 的会议没有议程：议程标题或标签下没有列表</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: none of the %n dated meeting(s) in the file has an agenda</source>
        <translation>
            <numerusform>%1：文件中的 %n 次会议都没有议程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1, the meeting on the date asked for, of %n dated meeting(s)</source>
        <translation>
            <numerusform>%1，%n 次会议中指定日期的那一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, the most recent of %n dated meeting(s) that has an agenda</source>
        <translation>
            <numerusform>%1，%n 次会议中有议程的最近一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s) of the meeting under %1: %2</source>
        <translation>
            <numerusform>%1 下会议的 %n 个议题：%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-143"/>
        <source>the section under %1: %n item(s), one per sub-heading</source>
        <translation>
            <numerusform>%1 下的部分：%n 个议题，每个子标题一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="-756"/>
        <source>%1 from the end of %2</source>
        <translation>%2 末尾的 %1</translation>
    </message>
    <message>
        <location line="+769"/>
        <source>the section ends at %1, a heading of its level or higher</source>
        <translation>该部分止于 %1：同级或更高级的标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the section ends at %1: it names a section that is no agenda</source>
        <translation>该部分止于 %1：它指的不是议程部分</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the agenda section “%2” has no list of items and no sub-headings</source>
        <translation>%1：议程部分“%2”既没有议题列表，也没有子标题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no agenda found: no heading with “议程” or “Agenda” and no list of items</source>
        <translation>%1：未找到议程：没有含“议程”或“Agenda”的标题，也没有议题列表</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>no heading names the agenda: the document&apos;s last list, from %1</source>
        <translation>没有标题指明议程：取文档的最后一个列表，从 %1 开始</translation>
    </message>
    <message>
        <location filename="../../app/core/agenda/agendatext.cpp" line="+15"/>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is larger than 5 MB (%1 bytes); an agenda is a small text file</source>
        <translation>文件大于 5 MB（%1 字节）；议程应是一个小的文本文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not valid %1 text; save the agenda as UTF-8</source>
        <translation>不是有效的 %1 文本；请将议程另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>UTF-16 text without a byte-order mark; save the agenda as UTF-8</source>
        <translation>没有字节顺序标记（BOM）的 UTF-16 文本；请将议程另存为 UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary data (it contains NUL bytes), not a Markdown text file</source>
        <translation>二进制数据（含有 NUL 字节），不是 Markdown 文本文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not valid UTF-8 text (line %1); save the agenda as UTF-8</source>
        <translation>不是有效的 UTF-8 文本（第 %1 行）；请将议程另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../app/core/agenda/agendametadata.cpp" line="+141"/>
        <source>the password from the line %1</source>
        <translation>密码来自 %1 这一行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the line %1</source>
        <translation>来自 %1 这一行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line %1 (a vice-chair label)</source>
        <translation>来自 %1 这一行（副主席标签）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the line %1 (a chair label)</source>
        <translation>来自 %1 这一行（主席标签）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the line %1 (a time label)</source>
        <translation>来自 %1 这一行（时间标签）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the heading %1, a date with a time of day (no line states the time)</source>
        <translation>来自标题 %1：带时刻的日期（没有一行写明时间）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the start plus the length in the line %1</source>
        <translation>开始时间加上 %1 这一行写的时长</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the line %1 after the agenda, whose whole label is a chair word</source>
        <translation>来自议程之后的 %1 这一行：其标签只是主席一词</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the meeting ID from the line %1</source>
        <translation>会议号来自 %1 这一行</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>a link to a meeting service (%1) in the line %2</source>
        <translation>%2 这一行中指向会议服务（%1）的链接</translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>%n name(s) under the label %1</source>
        <translation>
            <numerusform>标签 %1 下的 %n 个名字</numerusform>
        </translation>
    </message>
    <message>
        <location line="+213"/>
        <source>no link to a known meeting service: the link after a join label in the line %1</source>
        <translation>没有指向已知会议服务的链接：取 %1 这一行入会标签后的链接</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the topic line: the first heading only names a section</source>
        <translation>来自会议主题一行：第一个标题只是部分的名称</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the front matter&apos;s title field</source>
        <translation>来自文件头（front matter）的 title 字段</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the front matter&apos;s date field (the text gives no time)</source>
        <translation>来自文件头（front matter）的 date 字段（正文没有写时间）</translation>
    </message>
</context>
<context>
    <name>gavel::AgendaModel</name>
    <message>
        <location filename="../../app/core/meeting/agendamodel.cpp" line="+206"/>
        <location line="+286"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>— (%1)</source>
        <translation>— (%1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>1 minute over</source>
        <translation>超时 1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes over</source>
        <translation>超时 %1 分钟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 second over</source>
        <translation>超时 1 秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 seconds over</source>
        <translation>超时 %1 秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 minute planned</source>
        <translation>计划 1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes planned</source>
        <translation>计划 %1 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no duration, counted at 1 minute</source>
        <translation>未设时长，按 1 分钟计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no duration, counted at %1 minutes</source>
        <translation>未设时长，按 %1 分钟计</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>now</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counting up</source>
        <translation>正计时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>upcoming</source>
        <translation>待进行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not reached</source>
        <translation>未进行到</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 in the agenda, %2 added</source>
        <translation>议程中为 %1，已增加 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 in the agenda, %2 taken off</source>
        <translation>议程中为 %1，已减少 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sum of its parts, which run in turn: set their durations.</source>
        <translation>各子议题时长之和，子议题依次进行：请分别设置它们的时长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duration in the agenda: counts up, planned at the default length. Double-click to set one.</source>
        <translation>议程中没有写时长：正计时，按默认时长计划。双击可设置时长。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ran over by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>❚❚ Paused</source>
        <translation>❚❚ 已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Now</source>
        <translation>▶ 进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⤼ Skipped</source>
        <translation>⤼ 已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Upcoming</source>
        <translation>待进行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reached</source>
        <translation>未进行到</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speakers</source>
        <translation>分享人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gavel::AgendaPane</name>
    <message>
        <location filename="../../ui/agendapane.cpp" line="+59"/>
        <source>Agenda</source>
        <translation>议程</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Jump to Item</source>
        <translation>跳到所选议题(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>go to run this item now</source>
        <translation>跳到 转到 开始 进行 此议题 所选议题 go to run this item now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip or Unskip Item</source>
        <translation>跳过或取消跳过议题(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skip unskip drop postpone</source>
        <translation>跳过 取消跳过 不讲 推迟 skip unskip drop postpone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add Item After</source>
        <translation>在其后添加议题(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add insert new item topic</source>
        <translation>添加 插入 新建 议题 add insert new item topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Sub-item</source>
        <translation>添加子议题(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add insert new part child</source>
        <translation>添加 插入 新建 子议题 add insert new part child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename Item</source>
        <translation>重命名议题(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rename edit title</source>
        <translation>重命名 编辑 标题 rename edit title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Dura&amp;tion</source>
        <translation>设置时长(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set duration time minutes planned length</source>
        <translation>设置 时长 时间 分钟 计划 set duration time minutes planned length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move reorder up earlier</source>
        <translation>上移 调整顺序 提前 move reorder up earlier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move reorder down later</source>
        <translation>下移 调整顺序 推后 move reorder down later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Indent (Make Part of the Item Above)</source>
        <translation>缩进（成为上一议题的子议题）(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indent nest part sub-item</source>
        <translation>缩进 嵌套 子议题 indent nest part sub-item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outdent</source>
        <translation>取消缩进(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outdent unnest</source>
        <translation>取消缩进 提升层级 outdent unnest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Item</source>
        <translation>删除议题(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete remove item</source>
        <translation>删除 移除 议题 delete remove item</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>New item</source>
        <translation>新议题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New sub-item</source>
        <translation>新子议题</translation>
    </message>
</context>
<context>
    <name>gavel::AlertPlayer</name>
    <message>
        <location filename="../../ui/alertplayer.cpp" line="+47"/>
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
        <location line="+7"/>
        <source>Checked in %1 people: %2</source>
        <translation>已签到 %1 人：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <comment>between the names read out</comment>
        <translation>、</translation>
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
        <translation>受邀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chair</source>
        <translation>主席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vice-chair</source>
        <translation>副主席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>分享人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newcomer</source>
        <translation>新人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular</source>
        <translation>老成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>临时加入</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Expected</source>
        <translation>待签到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left early</source>
        <translation>提前离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
</context>
<context>
    <name>gavel::AttendanceCsv</name>
    <message>
        <location filename="../../app/core/storage/attendancecsv.cpp" line="+137"/>
        <source>; an attendance list of thousands is far smaller</source>
        <translation>；即使有数千人，签到名单也远比这小</translation>
    </message>
</context>
<context>
    <name>gavel::Banner</name>
    <message>
        <location filename="../../ui/banner.cpp" line="+38"/>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>gavel::CommandLine</name>
    <message>
        <location filename="../../app/commandline.cpp" line="-184"/>
        <source>Gavel runs a live community meeting from its Markdown agenda: a countdown per item, attendance and minutes.</source>
        <translation>Gavel 依照 Markdown 议程实时主持社区会议：每个议题一个倒计时，还有签到和会议纪要。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print the agenda imported from &lt;file&gt; as JSON and exit.</source>
        <translation>以 JSON 格式输出从 &lt;文件&gt; 导入的议程，然后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <location line="+76"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>With --print-agenda: say on stderr, line by line, which heading, lists, lines and rules gave each field.</source>
        <translation>与 --print-agenda 一起使用：在标准错误输出中逐行说明每个字段来自哪个标题、列表、行和规则。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For a file that keeps several dated meetings: read the one on &lt;date&gt; (YYYY-MM-DD), not the most recent.</source>
        <translation>对于包含多次会议的文件：读取 &lt;date&gt;（YYYY-MM-DD）那一次，而不是最近一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the minutes of the session &lt;session&gt; (session.json) to the file given with -o, without opening a window, and exit.</source>
        <translation>不打开窗口，将会话 &lt;会话&gt;（session.json）的会议纪要写入 -o 指定的文件，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>With --export-minutes: md, html or pdf (default: from the output&apos;s extension, else md).</source>
        <translation>配合 --export-minutes 使用：md、html 或 pdf（默认：按输出文件的扩展名，否则为 md）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export-minutes or --agenda-from-issues: the file to write.</source>
        <translation>配合 --export-minutes 或 --agenda-from-issues 使用：要写入的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --export-minutes: zh or en (default: the session&apos;s choice, else the agenda&apos;s language).</source>
        <translation>配合 --export-minutes 使用：zh 或 en（默认：会话中的选择，否则为议程的语言）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --export-minutes: leave out the planned-versus-actual timing section.</source>
        <translation>配合 --export-minutes 使用：省略“计划与实际用时”一节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With --export-minutes: add the planned-versus-actual timing section (default: as the session chose in the Minutes window, else without).</source>
        <translation>配合 --export-minutes 使用：加入“计划与实际用时”一节（默认：按会话在纪要窗口中的选择，否则不加入）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --export-minutes: classic (the 2022 layout: 会议概况, 会议分享与讨论, 下次会议安排) or agenda (the later one: the agenda as a numbered list). Default: the session&apos;s choice, else its series&apos;, else classic.</source>
        <translation>配合 --export-minutes 使用：classic（2022 年的版式：会议概况、会议分享与讨论、下次会议安排）或 agenda（之后的版式：以编号列表列出议程）。默认：会话中的选择，否则为其会议系列的选择，否则为 classic。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an agenda of the open issues and pull requests labelled --label in the GitHub repository &lt;owner/name&gt;, or across the organisation &lt;owner&gt;, to -o (default: stdout), and exit. The API is $GAVEL_GITHUB_API (default https://api.github.com); $GAVEL_GITHUB_TOKEN, when set, is sent as the token.</source>
        <translation>将 GitHub 仓库 &lt;所有者/名称&gt;（或整个组织 &lt;所有者&gt;）中带 --label 标签的开放 Issue 和拉取请求写成议程，输出到 -o（默认：标准输出），然后退出。API 地址为 $GAVEL_GITHUB_API（默认 https://api.github.com）；设置了 $GAVEL_GITHUB_TOKEN 时，将其作为令牌发送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repository</source>
        <translation>仓库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --agenda-from-issues: the label (&quot;meeting agenda&quot;).</source>
        <translation>配合 --agenda-from-issues 使用：标签（如 &quot;meeting agenda&quot;）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a pull request adding the minutes of the session &lt;session&gt; (session.json) to the GitHub repository --repo, in the folder --dir, from a fork of it unless the token&apos;s account owns it, print its address and exit. Publishing again updates the same pull request. The token is $GAVEL_GITHUB_TOKEN, else the one signed in with in the window.</source>
        <translation>向 GitHub 仓库 --repo 提交一个拉取请求，把会话 &lt;会话&gt;（session.json）的会议纪要加入文件夹 --dir（除非令牌的账号就是仓库所有者，否则从它的复刻提交），输出拉取请求的地址，然后退出。再次发布会更新同一个拉取请求。令牌取自 $GAVEL_GITHUB_TOKEN，否则使用在窗口中登录时保存的令牌。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With --publish-minutes: the community&apos;s repository.</source>
        <translation>配合 --publish-minutes 使用：社区的仓库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/name</source>
        <translation>所有者/名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --publish-minutes: the folder of the minutes in the repository.</source>
        <translation>配合 --publish-minutes 使用：会议纪要在仓库中的文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --publish-minutes: the branch the pull request is for (default: the repository&apos;s default branch).</source>
        <translation>配合 --publish-minutes 使用：拉取请求的目标分支（默认：仓库的默认分支）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --publish-minutes: add the next meeting&apos;s agenda to the same pull request, in the folder of its own year.</source>
        <translation>配合 --publish-minutes 使用：把下次会议的议程也放进同一个拉取请求，放在它所在年份的文件夹中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda (.md) or session (session.json) to open.</source>
        <translation>要打开的议程（.md）或会话文件（session.json）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--date “%1”: give the meeting&apos;s date as YYYY-MM-DD</source>
        <translation>--date “%1”：请以 YYYY-MM-DD 格式给出会议日期</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>gavel: give one file to open, not %1
</source>
        <translation>gavel: 只能指定一个要打开的文件，而不是 %1 个
</translation>
    </message>
</context>
<context>
    <name>gavel::CurrentItemPanel</name>
    <message>
        <location filename="../../ui/currentitempanel.cpp" line="+54"/>
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
        <location line="+108"/>
        <source>First up</source>
        <translation>首个议题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agenda is empty</source>
        <translation>议程为空</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+23"/>
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
        <location filename="../../ui/historywindow.cpp" line="+81"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Markdown…</source>
        <translation>导出 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance History</source>
        <translation>出勤记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attendance by meeting</source>
        <translation>各次会议的出勤情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People by meeting (★ new: first meeting in the series):</source>
        <translation>各次会议的参会者（★ 新人：首次参加本系列会议）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>People who attended every meeting in the range</source>
        <translation>该时间段内全勤的参会者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the people with perfect attendance in the range as a spreadsheet (CSV)</source>
        <translation>将该时间段内全勤的参会者保存为电子表格（CSV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the people with perfect attendance in the range as Markdown</source>
        <translation>将该时间段内全勤的参会者保存为 Markdown</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Perfect attendance</source>
        <translation>全勤</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A new name for this series</source>
        <translation>本会议系列的新名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The series to merge this one into</source>
        <translation>要并入的会议系列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mer&amp;ge</source>
        <translation>合并(&amp;G)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This series</source>
        <translation>本会议系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name to:</source>
        <translation>重命名为(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge &amp;into:</source>
        <translation>并入(&amp;I)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+46"/>
        <source>Attendance History – %1</source>
        <translation>出勤记录 – %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>These sessions could not be read and are left out:</source>
        <translation>以下会话文件无法读取，已略过：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings attended / meetings held</source>
        <translation>参加次数 / 会议总次数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the roster</source>
        <translation>不在参会名单中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>早退</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the roster, not checked in</source>
        <translation>在参会名单中，未签到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>★ new</source>
        <translation>★ 新人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First meeting in the series</source>
        <translation>首次参加本系列会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>★ new, %1</source>
        <translation>★ 新人，%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First meeting in the series (%1)</source>
        <translation>首次参加本系列会议（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended %1 of %2 meetings</source>
        <translation>参加了 %2 次会议中的 %1 次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No meetings recorded in this series yet.</source>
        <translation>本会议系列还没有会议记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 · %3 at the latest meeting</source>
        <translation>%1 · %2 · 最近一次会议有 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 meeting</source>
        <translation>1 次会议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 meetings</source>
        <translation>%1 次会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 person</source>
        <translation>1 人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 newcomer</source>
        <translation>1 位新人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 newcomers</source>
        <translation>%1 位新人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First attended %1</source>
        <translation>首次参加：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First attended %1; in the series since %2</source>
        <translation>首次参加：%1；自 %2 起出现在本系列中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“From” is after “To”: no meetings in this range.</source>
        <translation>“从”晚于“到”：这个时间段内没有会议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meetings were held in this range.</source>
        <translation>该时间段内没有举行会议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody attended the 1 meeting in the range.</source>
        <translation>该时间段内仅有的 1 次会议无人参加。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody attended all %1 meetings in the range.</source>
        <translation>无人参加了该时间段内全部 %1 次会议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attended the 1 meeting in the range:</source>
        <translation>参加了该时间段内的 1 次会议：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended all %1 meetings in the range:</source>
        <translation>参加了该时间段内全部 %1 次会议：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Perfect Attendance as CSV</source>
        <translation>将全勤名单导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Perfect Attendance as Markdown</source>
        <translation>将全勤名单导出为 Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 文件 (*.md)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Saved the perfect attendance report to %1.</source>
        <translation>全勤名单已保存到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report was not saved: %1</source>
        <translation>全勤名单未保存：%1</translation>
    </message>
</context>
<context>
    <name>gavel::IssuesDialog</name>
    <message>
        <location filename="../../ui/issuesdialog.cpp" line="+23"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agenda From Issues</source>
        <translation>从 Issue 生成议程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meeting agenda</source>
        <translation>meeting agenda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Repository or organisation:</source>
        <translation>仓库或组织(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Items of the agenda:</source>
        <translation>议程的议题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as &amp;New Meeting</source>
        <translation>作为新会议打开(&amp;N)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Gathering the open issues and pull requests labelled “%1” in %2…</source>
        <translation>正在收集 %2 中带有“%1”标签的开放 Issue 和拉取请求…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pull request</source>
        <translation>拉取请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open issue or pull request has that label.</source>
        <translation>没有带此标签的开放 Issue 或拉取请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 item.</source>
        <translation>1 个议题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n items.</source>
        <translation>
            <numerusform>%n 个议题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::JsonFields</name>
    <message>
        <location filename="../../app/core/storage/jsonfields.cpp" line="+25"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+31"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not a text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not true or false</source>
        <translation>不是 true 或 false</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+39"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+42"/>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 超出了 %2 到 %3 的范围</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ms is over %2</source>
        <translation>%1 毫秒超过了 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms is negative</source>
        <translation>%1 毫秒是负数</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is more than %2 days from the meeting (%3)</source>
        <translation>%1 距会议（%3）超过 %2 天</translation>
    </message>
</context>
<context>
    <name>gavel::KeychainPlugin</name>
    <message>
        <location filename="../../app/plugins/keychain/keychainplugin.cpp" line="+72"/>
        <source>QtKeychain error %1</source>
        <translation>QtKeychain 错误 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QtKeychain: %1</source>
        <translation>QtKeychain：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no keychain service answered within %1 s</source>
        <translation>%1 秒内没有钥匙串服务应答</translation>
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
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Start meeting</source>
        <translation>开始会议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+59"/>
        <source>End meeting</source>
        <translation>结束会议</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Next item</source>
        <translation>下一议题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous item</source>
        <translation>上一议题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Jump to %1</source>
        <translation>跳到%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add 1 minute</source>
        <translation>增加 1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add %n minutes</source>
        <translation>
            <numerusform>增加 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take off 1 minute</source>
        <translation>减少 1 分钟</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Take off %n minutes</source>
        <translation>
            <numerusform>减少 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart %1</source>
        <translation>重新开始%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unskip %1</source>
        <translation>取消跳过%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skip %1</source>
        <translation>跳过%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set time of %1</source>
        <translation>设置%1的已用时</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rename %1</source>
        <translation>重命名%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set duration of %1</source>
        <translation>设置%1的时长</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+50"/>
        <source>Check in %1</source>
        <translation>为 %1 签到</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Undo check-in of %1</source>
        <translation>撤销 %1 的签到</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 as %2</source>
        <translation>将 %1 标为%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check in %1 people</source>
        <translation>为 %1 人签到</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendance (1 person)</source>
        <translation>导入签到记录（1 人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendance (%1 people)</source>
        <translation>导入签到记录（%1 人）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Record a decision</source>
        <translation>记录决议</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Take a line of the notes as a decision</source>
        <translation>将笔记中的一行记为决议</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Take %n lines of the notes as a decision</source>
        <translation>
            <numerusform>将笔记中的 %n 行记为决议</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit a decision</source>
        <translation>编辑决议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete a decision</source>
        <translation>删除决议</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record an action item</source>
        <translation>记录待办事项</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit an action item</source>
        <translation>编辑待办事项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete an action item</source>
        <translation>删除待办事项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the next meeting</source>
        <translation>设置下次会议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the meeting place</source>
        <translation>设置会议地点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change the minutes&apos; language</source>
        <translation>更改纪要的语言</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change how the minutes are written</source>
        <translation>更改纪要的撰写方式</translation>
    </message>
</context>
<context>
    <name>gavel::MainWindow</name>
    <message>
        <location filename="../../ui/appnames.h" line="+21"/>
        <location filename="../../ui/mainwindow.cpp" line="+155"/>
        <source>Gavel</source>
        <translation>Gavel</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="-28"/>
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
        <location line="+48"/>
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
        <location line="+22"/>
        <source>Open a meeting agenda (%1) or one on the web (%2), or drop a Markdown file here.</source>
        <translation>打开会议议程（%1）或网上的议程（%2），也可以将 Markdown 文件拖放到这里。</translation>
    </message>
    <message>
        <location line="+76"/>
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
        <source>Open &amp;URL…</source>
        <translation>打开网址(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open agenda web address link download fetch github internet</source>
        <translation>打开 议程 网址 链接 下载 获取 网络 open agenda web address link download fetch github internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;From Repository…</source>
        <translation>从仓库打开(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open agenda github repository folder series list download fetch</source>
        <translation>打开 议程 仓库 文件夹 系列 列表 下载 获取 open agenda github repository folder series list download fetch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agenda From Issues…</source>
        <translation>从 Issue 生成议程(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new agenda github issues pull requests label organisation gather</source>
        <translation>新建 议程 拉取请求 标签 组织 收集 new agenda github issues pull requests label organisation gather</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Pu&amp;blish Minutes…</source>
        <translation>发布会议纪要(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish upload minutes next agenda github pull request repository fork branch token sign in</source>
        <translation>发布 上传 会议纪要 下次 议程 拉取请求 仓库 复刻 分支 令牌 登录 publish upload minutes next agenda github pull request repository fork branch token sign in</translation>
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
        <location line="+4"/>
        <source>&amp;How It Was Read</source>
        <translation>议程读取说明(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explain why read import rules heading section agenda file</source>
        <translation>说明 为什么 读取 导入 规则 标题 部分 议程 文件 explain why read import rules heading section agenda file</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>full screen whole screen window maximise hide desktop</source>
        <translation>全屏 整个屏幕 窗口 最大化 隐藏桌面 full screen whole screen window maximise hide desktop</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+37"/>
        <location line="+238"/>
        <source>%1 is open already.</source>
        <translation>%1 已经打开。</translation>
    </message>
    <message>
        <location line="-229"/>
        <location line="+35"/>
        <location line="+126"/>
        <location line="+61"/>
        <source>Could not open the agenda: %1</source>
        <translation>无法打开议程：%1</translation>
    </message>
    <message>
        <location line="-216"/>
        <source>“%1” is running. Pause it and open %2?</source>
        <translation>“%1”正在进行。要暂停它并打开 %2 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause and Open</source>
        <translation>暂停并打开</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+111"/>
        <source>Not opened: the meeting that is open could not be saved (%1). Fix that first, so nothing is lost.</source>
        <translation>未打开：当前打开的会议无法保存（%1）。请先解决这个问题，以免丢失内容。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The series&apos; repository folder was not saved: %1</source>
        <translation>该系列的仓库文件夹未能保存：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
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
        <location line="+14"/>
        <source>Started fresh from %1. The damaged session is kept as %2.</source>
        <translation>已从 %1 重新开始。损坏的会话文件保留为 %2。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Opened the meeting of %1, the most recent with an agenda of the %n dated meeting(s) in %2. Open the file again before the meeting starts to choose another.</source>
        <translation>
            <numerusform>已打开 %1 的会议，即 %2 中 %n 次会议里有议程的最近一次。如需选择其他会议，请在会议开始前再次打开该文件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+35"/>
        <source>Nothing opened.</source>
        <translation>未打开任何文件。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This meeting is open in another Gavel window: that window is brought to the front.</source>
        <translation>此会议已在另一个 Gavel 窗口中打开：已将那个窗口切换到前台。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This meeting is open in another Gavel that does not answer (%1). Close that one to open it here.</source>
        <translation>此会议已在另一个没有响应的 Gavel 中打开（%1）。请先关闭那个 Gavel，再在这里打开。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brought to the front: this meeting was opened again, and it is open here.</source>
        <translation>已切换到前台：此会议被再次打开，它就在这个窗口中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Resumed %1 from its session in %2</source>
        <translation>已从 %2 中的会话文件恢复 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened %1 · session in %2</source>
        <translation>已打开 %1 · 会话文件位于 %2</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+18"/>
        <location line="+26"/>
        <source>Stopped fetching %1: nothing was opened.</source>
        <translation>已停止获取 %1：没有打开任何内容。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Open a meeting first: its minutes are what is published.</source>
        <translation>请先打开一次会议：发布的是它的会议纪要。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The pull request was open already and now has these minutes: %1</source>
        <translation>拉取请求已存在，现已更新为这份会议纪要：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published: the minutes are in a new pull request, %1</source>
        <translation>已发布：会议纪要在新的拉取请求中，%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(The series&apos; repository was not saved: %1)</source>
        <translation>（该系列的仓库未能保存：%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in &amp;Browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Could not write the agenda: %1</source>
        <translation>无法写入议程：%1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <source>Open a meeting first: this tells how its agenda file was read.</source>
        <translation>请先打开一场会议：这里说明它的议程文件是如何读取的。</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+20"/>
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
    <name>gavel::MeetingChoiceDialog</name>
    <message>
        <location filename="../../ui/meetingchoicedialog.cpp" line="+21"/>
        <source>Choose a Meeting</source>
        <translation>选择会议</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 keeps %n dated meeting(s). Which one do you want to run?</source>
        <translation>
            <numerusform>%1 包含 %n 次会议。要主持哪一次？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>议题</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个议题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no agenda</source>
        <translation>无议程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Meetings, newest first:</source>
        <translation>会议（最新在前）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open Meeting</source>
        <translation>打开会议(&amp;O)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Meetings, newest first</source>
        <translation>会议（最新在前）</translation>
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
    <name>gavel::OpenUrlDialog</name>
    <message>
        <location filename="../../ui/openurldialog.cpp" line="+20"/>
        <source>Open URL</source>
        <translation>打开网址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Markdown agenda on the web, or its page on GitHub. Gavel keeps a copy, so the meeting opens again without the network.</source>
        <translation>网上的 Markdown 议程，或它在 GitHub 上的页面。Gavel 会保留一份副本，没有网络也能再次打开这次会议。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type or paste the agenda&apos;s web address.</source>
        <translation>请输入或粘贴议程的网址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a web address: it should begin with https://.</source>
        <translation>%1 不是网址：网址应以 https:// 开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
</context>
<context>
    <name>gavel::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="+66"/>
        <source>&amp;Play a sound at the warning and when time is up</source>
        <translation>在提醒时和时间到时播放声音(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+25"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Empty means the default folder, Gavel in your Documents folder (%1). The GAVEL_HOME environment variable, when set, overrides this folder.</source>
        <translation>留空表示使用默认文件夹，即“文档”文件夹中的 Gavel（%1）。如果设置了 GAVEL_HOME 环境变量，它会覆盖此文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is set now: sessions are saved in %1.</source>
        <translation>GAVEL_HOME 现已设置：会话文件保存在 %1。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Sessions</source>
        <translation>会话文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sessions folder:</source>
        <translation>会话文件夹(&amp;S)：</translation>
    </message>
    <message>
        <location line="+117"/>
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
    <name>gavel::PublishDialog</name>
    <message>
        <location filename="../../ui/publishdialog.cpp" line="+58"/>
        <location line="+185"/>
        <source>&amp;Sign In…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>&amp;Use This Token</source>
        <translation>使用此令牌(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also the &amp;next meeting&apos;s agenda</source>
        <translation>同时发布下次会议的议程(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Publish Minutes</source>
        <translation>发布会议纪要</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paste a fine-grained personal access token (&lt;a href=&quot;https://github.com/settings/personal-access-tokens/new&quot;&gt;create one on GitHub&lt;/a&gt;) with access to your fork and the community&apos;s repository, or to all repositories so that Gavel can make the fork. Permissions, each read and write: Contents, Pull requests, and Administration (to make the fork). An organisation may have to approve the token first. A classic token with the public_repo scope works too.</source>
        <translation>粘贴一个细粒度个人访问令牌（&lt;a href=&quot;https://github.com/settings/personal-access-tokens/new&quot;&gt;在 GitHub 上创建&lt;/a&gt;），授予它访问你的复刻和社区仓库的权限，或访问所有仓库，以便 Gavel 创建复刻。以下权限均需读写：Contents、Pull requests，以及 Administration（用于创建复刻）。组织可能需要先批准该令牌。具有 public_repo 范围的经典令牌也可以使用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub account</source>
        <translation>GitHub 账号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the repository&apos;s default branch</source>
        <translation>仓库的默认分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base branch:</source>
        <translation>目标分支(&amp;B)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pull request</source>
        <translation>拉取请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch:</source>
        <translation>分支：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+57"/>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Looking for the token…</source>
        <translation>正在查找令牌…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token comes from the environment (GAVEL_GITHUB_TOKEN): it is used instead of one kept by Gavel.</source>
        <translation>令牌来自环境变量（GAVEL_GITHUB_TOKEN）：将使用它，而不是 Gavel 保存的令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No system keychain could be used (%1): a token is kept in memory only, until Gavel quits.</source>
        <translation>无法使用系统钥匙串（%1）：令牌只保存在内存中，直到 Gavel 退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>The token is kept in the system keychain.</source>
        <translation>令牌保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+61"/>
        <source>C&amp;hange Token…</source>
        <translation>更换令牌(&amp;H)…</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+32"/>
        <source>Checking the token with GitHub…</source>
        <translation>正在向 GitHub 验证令牌…</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+44"/>
        <source>Signed in to GitHub as %1.</source>
        <translation>已以 %1 的身份登录 GitHub。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Not signed in: %1</source>
        <translation>未登录：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paste the token into the Token field first.</source>
        <translation>请先将令牌粘贴到“令牌”栏中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The token could not be checked with GitHub, so it was not kept: %1</source>
        <translation>无法向 GitHub 验证令牌，因此未保存：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain could be used (%1): the token is kept in memory only, until Gavel quits, and is asked for again next time.</source>
        <translation>无法使用系统钥匙串（%1）：令牌只保存在内存中，直到 Gavel 退出，下次需要重新输入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+37"/>
        <source>Type the repository, as owner/name.</source>
        <translation>请输入仓库，格式为 owner/name。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>%1, into the default branch of %2</source>
        <translation>%1，合并到 %2 的默认分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, into %2 of %3</source>
        <translation>%1，合并到 %3 的 %2 分支</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sign in first: paste a token above.</source>
        <translation>请先登录：在上方粘贴令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publishing, %1…</source>
        <translation>正在发布，%1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped at %1: nothing more was sent. A file already committed stays on its branch, where publishing again finds it.</source>
        <translation>已在%1停止：没有再发送任何内容。已提交的文件留在其分支上，再次发布时会找到它。</translation>
    </message>
</context>
<context>
    <name>gavel::ReadingWindow</name>
    <message>
        <location filename="../../ui/readingwindow.cpp" line="+66"/>
        <source>How the Agenda Was Read</source>
        <translation>议程读取说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This meeting has no agenda file to read.</source>
        <translation>这场会议没有可读取的议程文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How Gavel reads %1 now, a line for each rule that gave a field:</source>
        <translation>Gavel 现在如何读取 %1（每条规则一行，说明每个字段的来源）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gavel cannot read %1 now:</source>
        <translation>Gavel 现在无法读取 %1：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the agenda was read</source>
        <translation>议程读取说明</translation>
    </message>
</context>
<context>
    <name>gavel::RepositoryDialog</name>
    <message>
        <location filename="../../ui/repositorydialog.cpp" line="+30"/>
        <source>&amp;List</source>
        <translation>列出(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open From Repository</source>
        <translation>从仓库打开</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Repository:</source>
        <translation>仓库(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Agendas, newest first:</source>
        <translation>议程，最新的在前(&amp;A)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Listing the agendas in %1…</source>
        <translation>正在列出 %1 中的议程…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No agendas in %1.</source>
        <translation>%1 中没有议程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 agenda in %1.</source>
        <translation>%1 中有 1 份议程。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n agendas in %1.</source>
        <translation>
            <numerusform>%1 中有 %n 份议程。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
</context>
<context>
    <name>gavel::RosterModel</name>
    <message>
        <location filename="../../app/core/meeting/rostermodel.cpp" line="+109"/>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>https://github.com/%1 (double-click to open)</source>
        <translation>https://github.com/%1（双击打开）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First meeting in the series</source>
        <translation>首次参加本系列会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked in at %1</source>
        <translation>于 %1 签到</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+48"/>
        <source>%1, first meeting in the series</source>
        <translation>%1，首次参加本系列会议</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>+%1 min</source>
        <translation>+%1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+102"/>
        <source>−%1 min</source>
        <translation>−%1 分钟</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>present, checked in %1</source>
        <translation>出席，%1 签到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late, 1 minute</source>
        <translation>迟到 1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>late, %1 minutes</source>
        <translation>迟到 %1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left early at %1</source>
        <translation>%1 提前离开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left early</source>
        <translation>提前离开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected</source>
        <translation>待签到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>✓ Present</source>
        <translation>✓ 出席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Late (%1 min)</source>
        <translation>✓ 迟到（%1 分钟）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Late</source>
        <translation>✓ 迟到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↩ Left early</source>
        <translation>↩ 提前离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– Excused</source>
        <translation>– 请假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Absent</source>
        <translation>✗ 缺席</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>· Expected</source>
        <translation>· 待签到</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In at</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>gavel::RosterPane</name>
    <message>
        <location filename="../../ui/rosterpane.cpp" line="+35"/>
        <source>Check in a pasted list…</source>
        <translation>粘贴名单签到…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name or @handle · Enter checks in</source>
        <translation>姓名或 @用户名 · 按 Enter 签到</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roster</source>
        <translation>参会名单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark &amp;Present</source>
        <translation>标为出席(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance check in here joined arrived</source>
        <translation>出勤 签到 出席 已到 已加入 attendance check in here joined arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Late</source>
        <translation>标为迟到(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance late latecomer arrived joined</source>
        <translation>出勤 迟到 晚到 已到 已加入 attendance late latecomer arrived joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Left &amp;Early</source>
        <translation>标为提前离开(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance left early leave gone</source>
        <translation>出勤 提前离开 早退 离开 attendance left early leave gone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark E&amp;xcused</source>
        <translation>标为请假(&amp;X)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance excused apology apologies</source>
        <translation>出勤 请假 告假 attendance excused apology apologies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;Absent</source>
        <translation>标为缺席(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance absent missing no-show</source>
        <translation>出勤 缺席 未到 attendance absent missing no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark Expec&amp;ted (clear)</source>
        <translation>标为待签到（清除状态）(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attendance clear reset status</source>
        <translation>出勤 清除 重置 状态 attendance clear reset status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open GitHub Pro&amp;file</source>
        <translation>打开 GitHub 主页(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>github profile handle link browser</source>
        <translation>GitHub 主页 用户名 链接 浏览器 github profile handle link browser</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Paste names, @handles or GitHub links from the chat: one per line, or separated by commas, 、 or spaces. Ctrl+Return checks them in.</source>
        <translation>粘贴聊天中的姓名、@用户名或 GitHub 链接：每行一个，或用逗号、顿号（、）或空格分隔。按 Ctrl+Return 为他们签到。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names to check in</source>
        <translation>要签到的姓名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check in all</source>
        <translation>全部签到</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check in:</source>
        <translation>签到：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 present of %2 expected · %3 late · %4 new ★</source>
        <translation>应到 %2 人，实到 %1 人 · 迟到 %3 人 · 新人 %4 人 ★</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not on the roster. Enter adds “%1” as a walk-in and checks them in.</source>
        <translation>不在参会名单中。按 Enter 将“%1”作为临时参会者加入并签到。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Already checked in: %1</source>
        <translation>已签到：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Nothing to check in: paste names or @handles first.</source>
        <translation>没有可签到的人：请先粘贴姓名或 @用户名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked in %1: %2</source>
        <translation>已签到 %1 人：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added as walk-ins %1: %2</source>
        <translation>临时加入 %1 人：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already here %1: %2</source>
        <translation>早已在场 %1 人：%2</translation>
    </message>
</context>
<context>
    <name>gavel::Series</name>
    <message>
        <location filename="../../app/core/series/seriesnames.cpp" line="+41"/>
        <source>Meetings</source>
        <translation>例会</translation>
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
        <location filename="../../app/core/series/serieshistory.cpp" line="+300"/>
        <source>Perfect attendance %1 – %2</source>
        <translation>全勤名单 %1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No meetings were held in the range.</source>
        <translation>该时间段内没有举行会议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings held in the range: %1</source>
        <translation>该时间段内举行的会议：%1 次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody attended every meeting in the range.</source>
        <translation>该时间段内无人全勤。</translation>
    </message>
</context>
<context>
    <name>gavel::ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcutsdialog.cpp" line="+32"/>
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
        <translation>命令列表</translation>
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
        <location filename="../../ui/stagewindow.cpp" line="+70"/>
        <source>Gavel: Stage</source>
        <translation>Gavel：大屏视图</translation>
    </message>
    <message>
        <location line="+71"/>
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
        <location line="+122"/>
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
    <name>gavel::TokenKeeper</name>
    <message>
        <location filename="../../ui/tokenkeeper.cpp" line="+34"/>
        <source>the keychain gave no reason</source>
        <translation>钥匙串未说明原因</translation>
    </message>
</context>
<context>
    <name>gavel::TransferStatus</name>
    <message>
        <location filename="../../ui/transferstatus.cpp" line="+16"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled: nothing was opened.</source>
        <translation>已取消：没有打开任何内容。</translation>
    </message>
</context>
<context>
    <name>gavel::attendancecsv</name>
    <message>
        <location filename="../../app/core/storage/attendancecsv.cpp" line="-85"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>the file is empty: a roster needs a header row (name, github, source, status, checked_in_at, minutes_late, left_at) and a row per person</source>
        <translation>文件为空：参会名单需要一个表头行（name, github, source, status, checked_in_at, minutes_late, left_at），并且每人一行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: the column %2 appears twice in the header</source>
        <translation>第 %1 行：表头中的列%2出现了两次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: no header row: the first row needs a “name” or a “github” column (the columns are name, github, source, status, checked_in_at, minutes_late, left_at)</source>
        <translation>第 %1 行：没有表头行：第一行需要有“name”或“github”列（各列为 name, github, source, status, checked_in_at, minutes_late, left_at）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>neither a name nor a github handle</source>
        <translation>既没有姓名，也没有 GitHub 用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown source %1</source>
        <translation>未知的来源%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bad timestamp %1 (expected ISO 8601 with a UTC offset, like 2026-11-25T19:07:30+08:00)</source>
        <translation>无效的时间戳%1（应为带 UTC 偏移的 ISO 8601 格式，例如 2026-11-25T19:07:30+08:00）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown status %1</source>
        <translation>未知的状态%1</translation>
    </message>
</context>
<context>
    <name>gavel::csv</name>
    <message>
        <location filename="../../app/core/storage/csv.cpp" line="+57"/>
        <source>line %1: binary data (a NUL byte), not CSV text</source>
        <translation>第 %1 行：二进制数据（含有 NUL 字节），不是 CSV 文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: not valid UTF-8 text; save the file as CSV in UTF-8</source>
        <translation>第 %1 行：不是有效的 UTF-8 文本；请将文件另存为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the file is UTF-16 text; save it as CSV in UTF-8</source>
        <translation>文件是 UTF-16 文本；请将它另存为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>第 %1 行：带引号的字段直到文件末尾都没有闭合</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>line %1: text after the closing quote of a field (a quote inside a quoted field is written twice)</source>
        <translation>第 %1 行：字段的右引号后面还有文字（带引号的字段里，引号要写两遍）</translation>
    </message>
</context>
<context>
    <name>gavel::documentindex</name>
    <message>
        <location filename="../../app/core/series/documentindex.cpp" line="+113"/>
        <source>documents: roles holds “%1”, which is no role</source>
        <translation>documents：roles 中的“%1”不是角色</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>documents: people[%1] is not a name and a handle</source>
        <translation>documents：people[%1] 不是一对姓名与用户名</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>documents: files[%1] has no path, or a date, person or role the index does not hold</source>
        <translation>documents：files[%1] 没有路径，或引用了索引中没有的日期、人员或角色</translation>
    </message>
</context>
<context>
    <name>gavel::github</name>
    <message>
        <location filename="../../app/core/web/github.cpp" line="+110"/>
        <source>a time GitHub did not say</source>
        <translation>GitHub 未说明的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub&apos;s rate limit is used up until %1; try again then</source>
        <translation>GitHub 的请求限额已用完，%1 恢复；请届时再试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub&apos;s rate limit is used up until %1; try again then, or set GAVEL_GITHUB_TOKEN for a higher limit</source>
        <translation>GitHub 的请求限额已用完，%1 恢复；请届时再试，或设置 GAVEL_GITHUB_TOKEN 以获得更高的限额</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub asks to wait %1 s before the next request (a secondary rate limit)%2</source>
        <translation>GitHub 要求等待 %1 秒后再发下一个请求（次级限额）%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub refused the token (HTTP 401)%1: it may be mistyped, expired or revoked</source>
        <translation>GitHub 拒绝了令牌（HTTP 401）%1：它可能输错了、已过期或已被撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub asks for a token (HTTP 401)%1: set GAVEL_GITHUB_TOKEN</source>
        <translation>GitHub 要求提供令牌（HTTP 401）%1：请设置 GAVEL_GITHUB_TOKEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub refused the request (HTTP 403)%1</source>
        <translation>GitHub 拒绝了请求（HTTP 403）%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not found on GitHub (HTTP 404): no such repository, organisation or folder, or the token may not see it</source>
        <translation>在 GitHub 上未找到（HTTP 404）：没有这个仓库、组织或文件夹，或者令牌无权查看</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found on GitHub (HTTP 404): no such repository, organisation or folder, or a private one (set GAVEL_GITHUB_TOKEN)</source>
        <translation>在 GitHub 上未找到（HTTP 404）：没有这个仓库、组织或文件夹，或者它是私有的（请设置 GAVEL_GITHUB_TOKEN）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub could not use the request (HTTP 422)%1</source>
        <translation>GitHub 无法处理该请求（HTTP 422）%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered HTTP %1%2</source>
        <translation>服务器返回 HTTP %1%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not on GitHub&apos;s API host %1; the token is sent nowhere else</source>
        <translation>不在 GitHub 的 API 主机 %1 上；令牌不会发往别处</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the answer is not JSON</source>
        <translation>返回的内容不是 JSON</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the answer holds no list</source>
        <translation>返回的内容中没有列表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the pages do not end (more than %1, or a page links back)</source>
        <translation>分页没有尽头（超过 %1 页，或某页链接回前面）</translation>
    </message>
</context>
<context>
    <name>gavel::issueagenda</name>
    <message>
        <location filename="../../app/core/web/issueagenda.cpp" line="+118"/>
        <source>“%1” is not a GitHub repository (owner/name) or organisation</source>
        <translation>“%1”不是 GitHub 仓库（所有者/名称）或组织</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no label given</source>
        <translation>没有给出标签</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a label: a label is one line of at most 100 characters</source>
        <translation>“%1”不是标签：标签是一行、最多 100 个字符</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>(no title)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s search gives at most %1 results and %2 match: the agenda has the first %1 only. A narrower label, or one repository, gives them all.</source>
        <translation>GitHub 的搜索最多返回 %1 条结果，而匹配的有 %2 条：议程只含前 %1 条。换用更具体的标签或单个仓库即可全部列出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GitHub&apos;s search stopped before it had looked everywhere: some issues may be missing. Try again in a moment.</source>
        <translation>GitHub 的搜索未查遍所有位置就停止了：可能缺少部分 Issue。请稍后再试。</translation>
    </message>
</context>
<context>
    <name>gavel::publish</name>
    <message>
        <location filename="../../app/core/web/publish.cpp" line="+117"/>
        <source>GitHub named no account for the token</source>
        <translation>GitHub 没有给出该令牌对应的账号</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>GitHub&apos;s answer names no fork</source>
        <translation>GitHub 的回复中没有复刻的名称</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the fork %1 did not appear within %2 s; publish again in a minute</source>
        <translation>复刻 %1 在 %2 秒内没有出现；请过一分钟再发布</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub named no default branch for %1</source>
        <translation>GitHub 没有给出 %1 的默认分支</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no branch %2</source>
        <translation>%1 没有分支 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GitHub named no commit for %1</source>
        <translation>GitHub 没有给出 %1 的提交</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>GitHub says a pull request exists for the branch but lists none open</source>
        <translation>GitHub 说该分支已有拉取请求，却没有列出打开的拉取请求</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>step 1 (account)</source>
        <translation>第 1 步（账号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step 2 (fork)</source>
        <translation>第 2 步（复刻）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step 3 (base branch)</source>
        <translation>第 3 步（目标分支）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step 4 (branch)</source>
        <translation>第 4 步（分支）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step 5 (file)</source>
        <translation>第 5 步（文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step 6 (pull request)</source>
        <translation>第 6 步（拉取请求）</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>**%1**, of the meeting on %2, written with Gavel.</source>
        <translation>**%1**，%2 的会议，由 Gavel 生成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance: %1 of %2 expected (%3 late)</source>
        <translation>出席：应到 %2 人，实到 %1 人（迟到 %3 人）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions:</source>
        <translation>决定：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next meeting&apos;s agenda: %1</source>
        <translation>下次会议议程：%1</translation>
    </message>
</context>
<context>
    <name>gavel::repositoryfolder</name>
    <message>
        <location filename="../../app/core/web/repositoryfolder.cpp" line="+51"/>
        <source>“%1” is not a GitHub repository (owner/name)</source>
        <translation>“%1”不是 GitHub 仓库（所有者/名称）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder of the repository</source>
        <translation>“%1”不是该仓库中的文件夹</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
</context>
<context>
    <name>gavel::seriesindex</name>
    <message>
        <location filename="../../app/core/series/seriesindex.cpp" line="+73"/>
        <source>%1: made again from the sessions (%2)</source>
        <translation>%1：已根据会话文件重新生成（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The series index was not saved: %1</source>
        <translation>会议系列索引未保存：%1</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a series index of this version</source>
        <translation>不是此版本的会议系列索引</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>statuses holds “%1”, which is no status</source>
        <translation>statuses 中的“%1”不是出勤状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>people[%1] is not a name and a handle</source>
        <translation>people[%1] 不是一对姓名与用户名</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>meetings[%1] refers to a date, title, person or status the index does not hold</source>
        <translation>meetings[%1] 引用了索引中没有的日期、标题、人员或状态</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: no such folder; the series&apos; agendas and minutes in it were not read</source>
        <translation>%1：文件夹不存在；其中该会议系列的议程和纪要未被读取</translation>
    </message>
</context>
<context>
    <name>gavel::seriesmove</name>
    <message>
        <location filename="../../app/core/series/seriesmove.cpp" line="+85"/>
        <source>the series needs a name</source>
        <translation>会议系列需要一个名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no such series</source>
        <translation>%1：没有这个会议系列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is that series already</source>
        <translation>“%1”就是这个会议系列本身</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: the copy does not read back as written</source>
        <translation>%1：副本读回的内容与写入的不一致</translation>
    </message>
</context>
<context>
    <name>gavel::sessionfile</name>
    <message>
        <location filename="../../app/core/storage/sessionfile.cpp" line="+40"/>
        <source>%1: not a valid session file: it is empty</source>
        <translation>%1：不是有效的会话文件：文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not a valid session file: %2 at byte %3</source>
        <translation>%1：不是有效的会话文件：第 %3 字节处出错：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a valid session file: it holds no JSON object</source>
        <translation>%1：不是有效的会话文件：其中没有 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: cannot be renamed to %2: %3</source>
        <translation>%1：无法重命名为 %2：%3</translation>
    </message>
    <message>
        <location filename="../../app/core/storage/sessionreader.cpp" line="+50"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a time of day (HH:mm)</source>
        <translation>“%1”不是一天中的时刻（HH:mm）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agenda is nested more than %1 levels deep</source>
        <translation>议程嵌套超过了 %1 层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an agenda item</source>
        <translation>不是议题</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is used by another item too</source>
        <translation>%1 也被另一个议题使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 minutes is over 24 hours</source>
        <translation>%1 分钟超过了 24 小时</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>“%1” is not a meeting state</source>
        <translation>“%1”不是会议状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no item is current, but the meeting is %1</source>
        <translation>没有当前议题，但会议状态为 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>item %1 is not in the agenda</source>
        <translation>议题 %1 不在议程中</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>item %1 is not one that runs: its parts run in turn</source>
        <translation>议题 %1 本身不计时：它的子议题依次进行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>item %1 is listed twice</source>
        <translation>议题 %1 出现了两次</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the %1 days the meeting&apos;s times may span</source>
        <translation>会议时间可跨越的 %1 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 s is over 24 hours</source>
        <translation>%1 秒超过了 24 小时</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>neither a name nor a GitHub handle</source>
        <translation>既没有姓名，也没有 GitHub 用户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a source Gavel knows</source>
        <translation>“%1”不是 Gavel 认识的来源</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not an attendance status Gavel knows</source>
        <translation>“%1”不是 Gavel 认识的出勤状态</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1” is neither “omit” nor “mark”</source>
        <translation>“%1”既不是“omit”也不是“mark”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a Gavel session file (its schema is “%1”)</source>
        <translation>不是 Gavel 会话文件（其 schema 为“%1”）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a Gavel session file (it has no “schema”: “gavel-session”)</source>
        <translation>不是 Gavel 会话文件（其中没有 “schema”: “gavel-session”）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>session format version %1 is newer than this Gavel reads (up to %2); open it with a newer Gavel</source>
        <translation>会话文件格式版本 %1 比此版本 Gavel 能读取的更新（最高 %2）；请用更新版本的 Gavel 打开</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a time Gavel could have saved at</source>
        <translation>%1 不可能是 Gavel 保存文件的时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a time a meeting ran at</source>
        <translation>%1 不可能是会议进行的时间</translation>
    </message>
</context>
<context>
    <name>gavel::tokens</name>
    <message>
        <location filename="../../app/core/web/tokenstore.cpp" line="+56"/>
        <source>the keychain plugin %1 could not be loaded (%2)</source>
        <translation>无法加载钥匙串插件 %1（%2）</translation>
    </message>
</context>
<context>
    <name>gavel::web</name>
    <message>
        <location filename="../../app/core/web/fetch.cpp" line="+44"/>
        <source>could not fetch it: %1</source>
        <translation>无法获取：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered HTTP %1 %2</source>
        <translation>服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>larger than %1 MB; an agenda is a small text file</source>
        <translation>超过 %1 MB；议程应是一个小的文本文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server sent nothing for %1 s</source>
        <translation>服务器 %1 秒内没有发送任何数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 redirects</source>
        <translation>重定向超过 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>redirected to %1: %2</source>
        <translation>被重定向到 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the web plugin %1 could not be loaded (%2)</source>
        <translation>无法加载网络插件 %1（%2）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not a valid web address</source>
        <translation>不是有效的网址</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only https is fetched (plain http only from this computer&apos;s loopback address)</source>
        <translation>只通过 https 获取（普通 http 仅限本机回环地址）</translation>
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
