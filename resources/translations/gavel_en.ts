<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>gavel::AgendaImporter</name>
    <message numerus="yes">
        <location filename="../../app/core/agenda/agendaimporter.cpp" line="+417"/>
        <location line="+37"/>
        <location filename="../../app/core/agenda/datedmeetings.cpp" line="+97"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>and %n more table(s)</source>
        <translation>
            <numerusform>and %n more table</numerusform>
            <numerusform>and %n more tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n item(s) end with their presenter&apos;s name, which is not kept in the title: %1</source>
        <translation>
            <numerusform>%n item ends with its presenter&apos;s name, which is not kept in the title: %1</numerusform>
            <numerusform>%n items end with their presenter&apos;s name, which is not kept in the title: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) have presenter or duration lines under them (%1): read as the item&apos;s speakers and minutes, not as its parts</source>
        <translation>
            <numerusform>%n item has presenter or duration lines under it (%1): read as the item&apos;s speakers and minutes, not as its parts</numerusform>
            <numerusform>%n items have presenter or duration lines under them (%1): read as the items&apos; speakers and minutes, not as their parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+173"/>
        <source>no heading names the agenda: the label %1 and the %n list(s) right after it, joined</source>
        <translation>
            <numerusform>no heading names the agenda: the label %1 and the list right after it</numerusform>
            <numerusform>no heading names the agenda: the label %1 and the %n lists right after it, joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>no heading names the agenda: the label %1 and the %n one-line paragraph(s) right after it, one item each</source>
        <translation>
            <numerusform>no heading names the agenda: the label %1 and the one-line paragraph right after it, an item</numerusform>
            <numerusform>no heading names the agenda: the label %1 and the %n one-line paragraphs right after it, one item each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>no heading names the agenda: the list from %1, %n of whose entries state a duration</source>
        <translation>
            <numerusform>no heading names the agenda: the list from %1, %n of whose entries states a duration</numerusform>
            <numerusform>no heading names the agenda: the list from %1, %n of whose entries state a duration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>no heading names the agenda: the title&apos;s %n sub-heading(s), each short enough to be a topic</source>
        <translation>
            <numerusform>no heading names the agenda: the title&apos;s %n sub-heading, short enough to be a topic</numerusform>
            <numerusform>no heading names the agenda: the title&apos;s %n sub-headings, each short enough to be a topic</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%n list(s), joined</source>
        <translation>
            <numerusform>%n list, joined</numerusform>
            <numerusform>%n lists, joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>the section under %1: %n item(s), one per table row</source>
        <translation>
            <numerusform>the section under %1: %n item, one per table row</numerusform>
            <numerusform>the section under %1: %n items, one per table row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>the section under %1: %n item(s) from %2</source>
        <translation>
            <numerusform>the section under %1: %n item from %2</numerusform>
            <numerusform>the section under %1: %n items from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>the section under %1: %n item(s) from %2, then one per sub-heading</source>
        <translation>
            <numerusform>the section under %1: %n item from %2, then one per sub-heading</numerusform>
            <numerusform>the section under %1: %n items from %2, then one per sub-heading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+116"/>
        <source>%1: none of the %n dated meeting(s) in the file has an agenda</source>
        <translation>
            <numerusform>%1: the one dated meeting in the file has no agenda</numerusform>
            <numerusform>%1: none of the %n dated meetings in the file has an agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1, the meeting on the date asked for, of %n dated meeting(s)</source>
        <translation>
            <numerusform>%1, the meeting on the date asked for, of %n dated meeting</numerusform>
            <numerusform>%1, the meeting on the date asked for, of %n dated meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, the most recent of %n dated meeting(s) that has an agenda</source>
        <translation>
            <numerusform>%1, the only dated meeting, which has an agenda</numerusform>
            <numerusform>%1, the most recent of %n dated meetings that has an agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n item(s) of the meeting under %1: %2</source>
        <translation>
            <numerusform>%n item of the meeting under %1: %2</numerusform>
            <numerusform>%n items of the meeting under %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-143"/>
        <source>the section under %1: %n item(s), one per sub-heading</source>
        <translation>
            <numerusform>the section under %1: %n item, one per sub-heading</numerusform>
            <numerusform>the section under %1: %n items, one per sub-heading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/core/agenda/agendametadata.cpp" line="+389"/>
        <source>%n name(s) under the label %1</source>
        <translation>
            <numerusform>%n name under the label %1</numerusform>
            <numerusform>%n names under the label %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::AgendaModel</name>
    <message numerus="yes">
        <location filename="../../app/core/meeting/agendamodel.cpp" line="+371"/>
        <location line="+2"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::IssuesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/issuesdialog.cpp" line="+135"/>
        <source>%n items.</source>
        <translation>
            <numerusform>%n item.</numerusform>
            <numerusform>%n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::LiveMeeting</name>
    <message numerus="yes">
        <location filename="../../app/core/meeting/livemeeting.cpp" line="+199"/>
        <source>Add %n minutes</source>
        <translation>
            <numerusform>Add %n minute</numerusform>
            <numerusform>Add %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Take off %n minutes</source>
        <translation>
            <numerusform>Take off %n minute</numerusform>
            <numerusform>Take off %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+203"/>
        <source>Take %n lines of the notes as a decision</source>
        <translation>
            <numerusform>Take %n line of the notes as a decision</numerusform>
            <numerusform>Take %n lines of the notes as a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="+625"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>Opened the meeting of %1, the most recent with an agenda of the %n dated meeting(s) in %2. Open the file again before the meeting starts to choose another.</source>
        <translation>
            <numerusform>Opened the meeting of %1, the one dated meeting in %2.</numerusform>
            <numerusform>Opened the meeting of %1, the most recent with an agenda of the %n dated meetings in %2. Open the file again before the meeting starts to choose another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+436"/>
        <source>Skipped %n damaged sessions of this series: %1</source>
        <translation>
            <numerusform>Skipped %n damaged session of this series: %1</numerusform>
            <numerusform>Skipped %n damaged sessions of this series: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Read %n agenda and minutes files of this series in %1: people they name before this meeting are not marked new</source>
        <translation>
            <numerusform>Read %n agenda or minutes file of this series in %1: people it names before this meeting are not marked new</numerusform>
            <numerusform>Read %n agenda and minutes files of this series in %1: people they name before this meeting are not marked new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::MeetingChoiceDialog</name>
    <message numerus="yes">
        <location filename="../../ui/meetingchoicedialog.cpp" line="+23"/>
        <source>%1 keeps %n dated meeting(s). Which one do you want to run?</source>
        <translation>
            <numerusform>%1 keeps %n dated meeting. Do you want to run it?</numerusform>
            <numerusform>%1 keeps %n dated meetings. Which one do you want to run?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gavel::RepositoryDialog</name>
    <message numerus="yes">
        <location filename="../../ui/repositorydialog.cpp" line="+143"/>
        <source>%n agendas in %1.</source>
        <translation>
            <numerusform>%n agenda in %1.</numerusform>
            <numerusform>%n agendas in %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
