#pragma once

#include "agenda/meeting.h"
#include "meeting/attendee.h"

#include <QCompleter>
#include <QList>

class QLineEdit;
class QStringListModel;

namespace gavel {

// Completes a field that names one person ("Tao Luo @luotao1") from the people the meeting
// knows: any part of a name or handle, in any case, offers the whole line, and choosing it fills
// the field with it, which attendance::personFromText reads back as that person.
class PersonCompleter : public QCompleter
{
    Q_OBJECT

public:
    // Completes `field` from now on; the field owns it.
    explicit PersonCompleter(QLineEdit *field);

    // One line a person: the roster's, then the others, in the order given; someone listed twice
    // (the same handle in any case, else the same name) is offered once, as first given.
    void setPeople(const QList<Attendee> &roster, const QList<Person> &others = {});

    // "Name @handle"; "@handle" without a name; the name alone without a handle.
    static QString textFor(const Person &person);

private:
    QStringListModel *m_model;
};

} // namespace gavel
