#pragma once

#include "storage/sessionfile.h"

#include <QString>

namespace gavel::minuteswords {

// The minutes are written in the meeting's language, chosen per session (or per export), not by
// the interface's locale: their words come from this table rather than from the translator.
struct Words
{
    QString titleSuffix;
    QString overview;
    QString time;
    QString place;
    QString online;
    QString attendees;
    QString attendedCount; // %1 = count
    QString noAttendance;
    QString chairedBy; // %1 = chair
    QString chair;
    QString attendeeList;
    QString discussion;
    QString decisions;
    QString actions;
    QString owner;
    QString due;
    QString listSeparator; // between attendees
    QString partSeparator; // between owner and due
    QString colon;
    QString openParen;
    QString closeParen;
    QString nextMeeting;
    QString nextTime;
    QString nextChair;
    QString nextViceChair;
    QString nextNote;
    QString undecided;
    QString other;
    QString timing;
    QString item;
    QString planned;
    QString actual;
    QString overrun;
    QString total;
    QString rotatingChair; // %1 = the chair
    QString vacant; // a vice-chair nobody holds
    QString nextOn; // %1 = when
    QString nextUndecided;
    QString nextChairs; // %1 = chair, %2 = vice-chair
    QString nextTopics; // %1 = the topics
    QString sentenceEnd;
    QString topicSeparator;
};

const Words &wordsFor(const QString &language); // "zh" or "en"
// The language asked for, else the session's choice, else the agenda's.
QString resolveLanguage(const SessionData &session, const QString &language);

} // namespace gavel::minuteswords
