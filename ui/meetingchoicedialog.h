#pragma once

#include "agenda/agendaimporter.h"

#include <QDate>
#include <QDialog>

class QTreeWidget;
class QPushButton;

namespace gavel {

// Asks which meeting of an agenda file that keeps several dated ones to open, before a meeting
// starts: the meetings newest first, each with its number of items, the one Gavel would read
// preselected. A meeting without an agenda is listed but cannot be chosen.
class MeetingChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    MeetingChoiceDialog(const QString &fileName, const QList<DatedMeeting> &meetings, const QDate &preselected,
                        QWidget *parent = nullptr);

    QDate date() const; // the meeting chosen

private:
    QTreeWidget *m_meetings;
    QPushButton *m_open;
};

} // namespace gavel
