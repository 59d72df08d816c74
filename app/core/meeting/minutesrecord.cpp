#include "meeting/minutesrecord.h"

namespace gavel::minutesrecord {

int addDecision(MinutesData &m, int itemId, const QString &text)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty()) {
        return 0;
    }
    int id = 1;
    for (const Decision &d : std::as_const(m.decisions)) {
        id = qMax(id, d.id + 1);
    }
    m.decisions.append({id, itemId, clean});
    return id;
}

bool editDecision(MinutesData &m, int id, const QString &text)
{
    const QString clean = text.trimmed();
    for (Decision &d : m.decisions) {
        if (d.id == id && !clean.isEmpty() && d.text != clean) {
            d.text = clean;
            return true;
        }
    }
    return false;
}

bool removeDecision(MinutesData &m, int id)
{
    return m.decisions.removeIf([id](const Decision &d) { return d.id == id; }) > 0;
}

int addAction(MinutesData &m, int itemId, const QString &text, const QString &owner, const QString &ownerGithub,
              const QDate &due)
{
    const QString clean = text.trimmed();
    if (clean.isEmpty()) {
        return 0;
    }
    int id = 1;
    for (const ActionItem &a : std::as_const(m.actions)) {
        id = qMax(id, a.id + 1);
    }
    ActionItem a;
    a.id = id;
    a.itemId = itemId;
    a.text = clean;
    a.owner = owner.trimmed();
    a.ownerGithub = ownerGithub.trimmed();
    a.due = due;
    m.actions.append(a);
    return id;
}

bool editAction(MinutesData &m, const ActionItem &action)
{
    for (ActionItem &a : m.actions) {
        if (a.id == action.id && !(a == action) && !action.text.trimmed().isEmpty()) {
            a = action;
            a.text = action.text.trimmed();
            return true;
        }
    }
    return false;
}

bool removeAction(MinutesData &m, int id)
{
    return m.actions.removeIf([id](const ActionItem &a) { return a.id == id; }) > 0;
}

bool setNextMeeting(MinutesData &m, const NextMeetingPlan &plan)
{
    if (plan == m.next) {
        return false;
    }
    m.next = plan;
    return true;
}

bool setPlace(MinutesData &m, const QString &place)
{
    if (place.trimmed() == m.place) {
        return false;
    }
    m.place = place.trimmed();
    return true;
}

bool setChoices(MinutesData &m, const MinutesChoices &choices)
{
    MinutesChoices clean = choices;
    clean.recording = clean.recording.simplified();
    if (clean == m.choices) {
        return false;
    }
    m.choices = clean;
    return true;
}

bool setLanguage(MinutesData &m, const QString &language)
{
    if (language == m.language || (language != QLatin1String("zh") && language != QLatin1String("en"))) {
        return false;
    }
    m.language = language;
    return true;
}

} // namespace gavel::minutesrecord
