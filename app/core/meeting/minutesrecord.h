#pragma once

#include "meeting/minutesdata.h"

namespace gavel::minutesrecord {

// The minutes' record as the chair keeps it during the meeting: decisions, action items, the
// next meeting, the place and the language. Each edit returns false (or 0) when it changes
// nothing; ids count on from the largest in use.
int addDecision(MinutesData &m, int itemId, const QString &text); // the new id, or 0
bool editDecision(MinutesData &m, int id, const QString &text);
bool removeDecision(MinutesData &m, int id);
int addAction(MinutesData &m, int itemId, const QString &text, const QString &owner, const QString &ownerGithub,
              const QDate &due); // the new id, or 0
bool editAction(MinutesData &m, const ActionItem &action);
bool removeAction(MinutesData &m, int id);
bool setNextMeeting(MinutesData &m, const NextMeetingPlan &plan);
bool setPlace(MinutesData &m, const QString &place);
bool setLanguage(MinutesData &m, const QString &language); // "zh" or "en"
bool setChoices(MinutesData &m, const MinutesChoices &choices);

} // namespace gavel::minutesrecord
