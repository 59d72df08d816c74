#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace gavel {

// What the series' history keeps of one of the community's own agendas or minutes (a Markdown
// file in a clone of its repository): the meeting's date and everyone the file names, with the
// part they had in it.
struct SeriesDocument
{
    enum class Kind { Agenda, Minutes };
    // The agenda's parts as the roster knows them; Named: only mentioned (a link or @handle).
    enum class Role { Chair, ViceChair, Invited, Speaker, Newcomer, Named };

    struct Named
    {
        QString name;
        QString github;
        Role role = Role::Named;

        bool operator==(const Named &o) const { return name == o.name && github == o.github && role == o.role; }
    };

    QString path; // absolute
    QDate date;
    Kind kind = Kind::Agenda;
    QList<Named> people; // each person once, in the order the file names them, roles first

    bool operator==(const SeriesDocument &o) const
    {
        return path == o.path && date == o.date && kind == o.kind && people == o.people;
    }
};

} // namespace gavel
