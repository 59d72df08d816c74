#include "rosterpane.h"

#include "liveheader.h"
#include "livemeeting.h"

#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QVBoxLayout>

namespace gavel {

RosterPane::RosterPane(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_title->setObjectName(QStringLiteral("rosterTitle"));
    m_list->setObjectName(QStringLiteral("rosterView"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_meeting, &LiveMeeting::loaded, this, &RosterPane::reload);
    reload();
}

void RosterPane::reload()
{
    const Meeting &meeting = m_meeting->meeting();
    m_list->clear();
    QSet<QString> seen;
    const auto add = [&](const Person &person, const QString &role) {
        const QString key = person.github.isEmpty() ? person.name : person.github.toLower();
        if (key.isEmpty() || seen.contains(key)) {
            return;
        }
        seen.insert(key);
        auto *row = new QListWidgetItem(
            role.isEmpty() ? personText(person) : tr("%1 · %2").arg(personText(person), role), m_list);
        if (!person.github.isEmpty()) {
            row->setToolTip(QStringLiteral("https://github.com/") + person.github);
        }
    };
    if (meeting.chair) {
        add(*meeting.chair, tr("chair"));
    }
    if (meeting.viceChair) {
        add(*meeting.viceChair, tr("vice-chair"));
    }
    for (const Person &person : meeting.roster) {
        add(person, QString());
    }
    m_title->setText(tr("Expected (%1)").arg(m_list->count()));
}

} // namespace gavel
