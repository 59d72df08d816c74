#include "meetingchoicedialog.h"

#include "widgethelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gavel {

MeetingChoiceDialog::MeetingChoiceDialog(const QString &fileName, const QList<DatedMeeting> &meetings,
                                         const QDate &preselected, QWidget *parent)
    : QDialog(parent)
    , m_meetings(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("meetingChoiceDialog"));
    setWindowTitle(tr("Choose a Meeting"));
    auto *intro = noteLabel(
        tr("%1 keeps %n dated meeting(s). Which one do you want to run?", nullptr, int(meetings.size())).arg(fileName),
        this);
    intro->setObjectName(QStringLiteral("meetingChoiceIntro"));

    m_meetings->setObjectName(QStringLiteral("meetingList"));
    m_meetings->setColumnCount(3);
    m_meetings->setHeaderLabels({tr("Date"), tr("Heading"), tr("Items")});
    m_meetings->setRootIsDecorated(false);
    m_meetings->setUniformRowHeights(true);
    m_meetings->setAllColumnsShowFocus(true);
    m_meetings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_meetings->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_meetings->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_meetings->header()->setStretchLastSection(false);
    m_meetings->setMinimumHeight(m_meetings->fontMetrics().height() * 12);
    const QLocale locale;
    QTreeWidgetItem *current = nullptr;
    QTreeWidgetItem *firstWithAgenda = nullptr;
    for (const DatedMeeting &meeting : meetings) {
        const QString items = meeting.items > 0 ? tr("%n item(s)", nullptr, meeting.items) : tr("no agenda");
        auto *row = new QTreeWidgetItem(m_meetings,
                                        {locale.toString(meeting.date, QLocale::LongFormat), meeting.heading, items});
        row->setData(0, Qt::UserRole, meeting.date);
        row->setData(0, Qt::AccessibleTextRole,
                     tr("%1, %2").arg(locale.toString(meeting.date, QLocale::LongFormat), items));
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (meeting.items == 0) {
            row->setFlags(row->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        } else {
            firstWithAgenda = firstWithAgenda ? firstWithAgenda : row;
            current = !current && meeting.date == preselected ? row : current;
        }
    }
    current = current ? current : firstWithAgenda;
    auto *listLabel = new QLabel(tr("&Meetings, newest first:"), this);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open Meeting"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openMeetingButton"));
    m_open->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_meetings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        if (row->flags() & Qt::ItemIsEnabled) {
            accept();
        }
    });
    connect(m_meetings, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *row) { m_open->setEnabled(row && (row->flags() & Qt::ItemIsEnabled)); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_meetings, 1);
    layout->addWidget(buttons);
    labelFor(listLabel, m_meetings);
    // An item view takes no name from its buddy: screen readers get the label's words directly.
    m_meetings->setAccessibleName(tr("Meetings, newest first"));

    if (current) {
        m_meetings->setCurrentItem(current);
        m_meetings->scrollToItem(current);
    }
    m_open->setEnabled(current != nullptr);
    m_meetings->setFocus();
    resize(560, 420);
}

QDate MeetingChoiceDialog::date() const
{
    const QTreeWidgetItem *row = m_meetings->currentItem();
    return row && (row->flags() & Qt::ItemIsEnabled) ? row->data(0, Qt::UserRole).toDate() : QDate();
}

} // namespace gavel
