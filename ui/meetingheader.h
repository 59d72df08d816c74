#pragma once

#include "meeting.h"

#include <QWidget>

class QLabel;

namespace gavel {

// The meeting at a glance: title, when, who chairs, how to join, how long it is planned.
class MeetingHeader : public QWidget
{
    Q_OBJECT

public:
    explicit MeetingHeader(QWidget *parent = nullptr);

    void setMeeting(const Meeting &meeting);

private:
    QLabel *m_title = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_people = nullptr;
    QLabel *m_join = nullptr;
};

QString describePerson(const std::optional<Person> &person);

} // namespace gavel
