#include "personcompleter.h"

#include <QLineEdit>
#include <QSet>
#include <QStringListModel>

namespace gavel {

PersonCompleter::PersonCompleter(QLineEdit *field)
    : QCompleter(field)
    , m_model(new QStringListModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    field->setCompleter(this);
}

void PersonCompleter::setPeople(const QList<Attendee> &roster, const QList<Person> &others)
{
    QList<Person> people;
    people.reserve(roster.size() + others.size());
    for (const Attendee &a : roster) {
        people.append({a.name, a.github});
    }
    people += others;
    QStringList lines;
    QSet<QString> seen;
    for (const Person &p : people) {
        const QString key = p.github.isEmpty() ? QStringLiteral("name:") + p.name.simplified().toCaseFolded()
                                               : QStringLiteral("gh:") + p.github.toCaseFolded();
        const QString line = textFor(p);
        if (line.isEmpty() || seen.contains(key)) {
            continue;
        }
        seen.insert(key);
        lines.append(line);
    }
    // The same people leave the model alone: a check-in must not reset an open list.
    if (lines != m_model->stringList()) {
        m_model->setStringList(lines);
    }
}

QString PersonCompleter::textFor(const Person &person)
{
    const QString name = person.name.simplified();
    if (person.github.isEmpty()) {
        return name;
    }
    return name.isEmpty() ? QLatin1Char('@') + person.github : QStringLiteral("%1 @%2").arg(name, person.github);
}

} // namespace gavel
