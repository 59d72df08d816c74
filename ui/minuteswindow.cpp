#include "minuteswindow.h"

#include "meeting/livemeeting.h"
#include "meeting/roster.h"
#include "minutes/minuteslayout.h"
#include "minutes/minuteswords.h"
#include "minutesitemsview.h"
#include "personcompleter.h"
#include "series/serieslayout.h"
#include "series/seriessettings.h"
#include "widgethelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace gavel {

MinutesWindow::MinutesWindow(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_meeting(meeting)
    , m_place(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_layout(new QComboBox(this))
    , m_ownLayout(new QLabel(this))
    , m_exportFolder(new QLabel(this))
    , m_recording(new QLineEdit(this))
    , m_attendeeList(new QCheckBox(tr("List the attendees' &names"), this))
    , m_markUnreached(new QCheckBox(tr("Items never &reached: marked 未讨论 / Not discussed (else left out)"), this))
    , m_timingTable(new QCheckBox(tr("Add the timing table (&planned against actual minutes)"), this))
    , m_overview(new MinutesItemsView(meeting, MinutesItemsView::allItems, this))
    , m_dateDecided(new QCheckBox(tr("Decided"), this))
    , m_date(new QDateEdit(this))
    , m_time(new QTimeEdit(this))
    , m_chair(new QLineEdit(this))
    , m_viceChair(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_chairCompleter(new PersonCompleter(m_chair))
    , m_viceChairCompleter(new PersonCompleter(m_viceChair))
    , m_applyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("minutesWindow"));
    setWindowTitle(tr("Minutes and Next Meeting"));
    m_place->setObjectName(QStringLiteral("minutesPlace"));
    m_language->setObjectName(QStringLiteral("minutesLanguage"));
    m_layout->setObjectName(QStringLiteral("minutesLayout"));
    m_ownLayout->setObjectName(QStringLiteral("minutesOwnLayout"));
    m_exportFolder->setObjectName(QStringLiteral("minutesExportFolder"));
    m_exportFolder->setWordWrap(true);
    m_exportFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recording->setObjectName(QStringLiteral("minutesRecording"));
    m_attendeeList->setObjectName(QStringLiteral("minutesAttendeeList"));
    m_markUnreached->setObjectName(QStringLiteral("minutesMarkUnreached"));
    m_timingTable->setObjectName(QStringLiteral("minutesTimingTable"));
    m_layout->addItem(tr("2022: 会议概况 · 会议分享与讨论 · 下次会议安排"),
                      minuteslayout::id(minuteslayout::Layout::Classic));
    m_layout->addItem(tr("Later: the agenda as a numbered list, notes under each item"),
                      minuteslayout::id(minuteslayout::Layout::Agenda));
    m_recording->setPlaceholderText(tr("Link to the recording (录制文件), written when given"));
    m_ownLayout->setWordWrap(true);
    m_ownLayout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setObjectName(QStringLiteral("decisionsOverview"));
    m_date->setObjectName(QStringLiteral("nextDate"));
    m_time->setObjectName(QStringLiteral("nextTime"));
    // One label stands for both ("Date and time:", a row): each is named apart.
    m_date->setAccessibleName(tr("Date of the next meeting"));
    m_time->setAccessibleName(tr("Time of the next meeting"));
    m_chair->setObjectName(QStringLiteral("nextChair"));
    m_viceChair->setObjectName(QStringLiteral("nextViceChair"));
    m_note->setObjectName(QStringLiteral("nextNote"));

    m_place->setPlaceholderText(tr("线上会议 / Online"));
    m_language->addItem(tr("Follow the agenda"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_chair->setPlaceholderText(tr("Name @handle"));
    m_viceChair->setPlaceholderText(tr("Name @handle, or empty"));
    // Each topic becomes an item of the next agenda.
    m_note->setPlaceholderText(tr("Topics, separated by ; — e.g. Type hints @handle (20 min)"));

    auto *minutes = new QGroupBox(tr("Minutes"), this);
    auto *minutesForm = new QFormLayout(minutes);
    minutesForm->addRow(tr("&Place:"), m_place);
    minutesForm->addRow(tr("&Language:"), m_language);
    auto *layoutRow = new QHBoxLayout;
    layoutRow->addWidget(m_layout, 1);
    QPushButton *copy = plainButton(tr("&Copy into the Series to Edit"), minutes);
    copy->setObjectName(QStringLiteral("copyLayout"));
    layoutRow->addWidget(copy);
    auto *layoutLabel = new QLabel(tr("La&yout:"), minutes);
    layoutLabel->setBuddy(m_layout); // the row is a layout: the label needs its buddy named
    minutesForm->addRow(layoutLabel, layoutRow);
    minutesForm->addRow(QString(), m_ownLayout);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    QPushButton *changeFolder = plainButton(tr("C&hange…"), minutes);
    changeFolder->setObjectName(QStringLiteral("changeExportFolder"));
    folderRow->addWidget(changeFolder);
    auto *folderLabel = new QLabel(tr("Exported to:"), minutes);
    folderLabel->setBuddy(changeFolder);
    minutesForm->addRow(folderLabel, folderRow);
    connect(changeFolder, &QPushButton::clicked, this, &MinutesWindow::chooseExportFolder);
    minutesForm->addRow(tr("Rec&ording:"), m_recording);
    minutesForm->addRow(QString(), m_attendeeList);
    minutesForm->addRow(QString(), m_markUnreached);
    minutesForm->addRow(QString(), m_timingTable);
    connect(copy, &QPushButton::clicked, this, &MinutesWindow::copyLayout);
    connect(m_layout, &QComboBox::activated, this, &MinutesWindow::chooseLayout);
    connect(m_recording, &QLineEdit::editingFinished, this, &MinutesWindow::applyChoices);
    connect(m_attendeeList, &QCheckBox::toggled, this, &MinutesWindow::applyChoices);
    connect(m_markUnreached, &QCheckBox::toggled, this, &MinutesWindow::applyChoices);
    connect(m_timingTable, &QCheckBox::toggled, this, &MinutesWindow::applyChoices);
    minutesForm->addRow(noteLabel(tr("Decisions (Ctrl+D) and action items (Ctrl+Shift+A) recorded from the notes. "
                                     "F2 edits, Delete removes, Space ticks an action done."),
                                  minutes));
    minutesForm->addRow(m_overview);
    auto *exports = new QHBoxLayout;
    const struct
    {
        const char *text;
        const char *format;
    } formats[] = {{QT_TR_NOOP("Export &Markdown"), "md"},
                   {QT_TR_NOOP("Export &HTML"), "html"},
                   {QT_TR_NOOP("Export P&DF"), "pdf"},
                   {QT_TR_NOOP("&Timing Report (CSV)"), "timing"}};
    for (const auto &f : formats) {
        QPushButton *button = plainButton(tr(f.text), minutes);
        const QString format = QLatin1String(f.format);
        connect(button, &QPushButton::clicked, this, [this, format] { emit exportRequested(format); });
        exports->addWidget(button);
    }
    minutesForm->addRow(exports);

    auto *next = new QGroupBox(tr("Next meeting"), this);
    auto *nextForm = new QFormLayout(next);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_time);
    dateRow->addWidget(m_dateDecided);
    dateRow->addStretch(1);
    nextForm->addRow(tr("Date and time:"), dateRow);
    nextForm->addRow(tr("&Chair:"), m_chair);
    nextForm->addRow(tr("&Vice-chair:"), m_viceChair);
    nextForm->addRow(tr("&Topics:"), m_note);
    QPushButton *prepare = plainButton(tr("Prepare the Next Agenda and &Invite"), next);
    prepare->setObjectName(QStringLiteral("prepareNext"));
    connect(prepare, &QPushButton::clicked, this, &MinutesWindow::prepareNextRequested);
    nextForm->addRow(prepare);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(minutes, 1);
    layout->addWidget(next);

    connect(m_place, &QLineEdit::editingFinished, this, [this] {
        if (!m_loading) {
            m_meeting->setPlace(m_place->text());
        }
    });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString language = m_language->itemData(index).toString();
        m_meeting->setMinutesLanguage(language.isEmpty() ? agendaLanguage(m_meeting->meeting()) : language);
    });
    // Saved a moment after typing stops, and when the field is left: well within two seconds.
    m_applyTimer->setSingleShot(true);
    m_applyTimer->setInterval(700);
    connect(m_applyTimer, &QTimer::timeout, this, &MinutesWindow::applyNext);
    for (QLineEdit *field : {m_chair, m_viceChair, m_note}) {
        connect(field, &QLineEdit::editingFinished, this, &MinutesWindow::applyNext);
        connect(field, &QLineEdit::textEdited, m_applyTimer, qOverload<>(&QTimer::start));
    }
    // A completion chosen from the list is the chair's choice at once, like a field left. The
    // field takes the text first: its own connection to the completer is made later, at focus-in.
    for (QLineEdit *field : {m_chair, m_viceChair}) {
        connect(field->completer(), qOverload<const QString &>(&QCompleter::activated), this,
                [this, field](const QString &text) {
                    field->setText(text);
                    applyNext();
                });
    }
    connect(m_date, &QDateEdit::editingFinished, this, &MinutesWindow::applyNext);
    connect(m_time, &QTimeEdit::editingFinished, this, &MinutesWindow::applyNext);
    connect(m_dateDecided, &QCheckBox::toggled, this, &MinutesWindow::applyNext);
    connect(m_meeting, &LiveMeeting::minutesChanged, this, &MinutesWindow::reload);
    connect(m_meeting, &LiveMeeting::loaded, this, &MinutesWindow::reload);
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &MinutesWindow::completePeople);
    connect(m_meeting, &LiveMeeting::loaded, this, &MinutesWindow::completePeople);
    auto *close = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    resize(760, 620);
    reload();
    completePeople();
}

std::optional<Person> MinutesWindow::personFrom(const QString &text) const
{
    return attendance::personFromText(text, m_meeting->attendees());
}

QString MinutesWindow::personText(const std::optional<Person> &person) const
{
    return person ? PersonCompleter::textFor(*person) : QString();
}

void MinutesWindow::setSeriesPeople(const QList<Person> &people)
{
    m_seriesPeople = people;
    completePeople();
}

void MinutesWindow::completePeople()
{
    // The meeting's roster first: this meeting's people are the likeliest chairs.
    m_chairCompleter->setPeople(m_meeting->attendees(), m_seriesPeople);
    m_viceChairCompleter->setPeople(m_meeting->attendees(), m_seriesPeople);
}

void MinutesWindow::applyNext()
{
    if (m_loading) {
        return;
    }
    NextMeetingPlan plan;
    if (m_dateDecided->isChecked()) {
        plan.date = m_date->date();
        plan.time = m_time->time();
    }
    plan.chair = personFrom(m_chair->text());
    plan.viceChair = personFrom(m_viceChair->text());
    plan.note = m_note->text().trimmed();
    m_meeting->setNextMeeting(plan);
}

void MinutesWindow::setSeries(const QString &seriesFolder, const QString &exportFolder)
{
    m_seriesFolder = seriesFolder;
    m_exportRoot = exportFolder;
    m_exportFolder->setProperty("folder", exportFolder);
    const bool yearFolder = seriessettings::folderForFile(exportFolder, QStringLiteral("1900-01-01")) != exportFolder;
    m_exportFolder->setText(exportFolder.isEmpty() ? tr("asked at the first export")
                                : yearFolder ? tr("%1 (a meeting of another year goes to that year's folder beside it)")
                                                   .arg(QDir::toNativeSeparators(exportFolder))
                                             : QDir::toNativeSeparators(exportFolder));
    reload();
}

void MinutesWindow::chooseExportFolder()
{
    auto *dialog = new QFileDialog(this, tr("Folder for This Series' Minutes and Agendas"),
                                   m_exportFolder->property("folder").toString());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setWindowModality(Qt::NonModal); // the meeting runs on
    connect(dialog, &QFileDialog::fileSelected, this, &MinutesWindow::exportFolderChosen);
    dialog->show();
}

void MinutesWindow::applyChoices()
{
    if (m_loading) {
        return;
    }
    MinutesChoices choices = m_meeting->minutes().choices;
    choices.recording = m_recording->text().trimmed();
    choices.attendeeList = m_attendeeList->isChecked();
    choices.markUnreached = m_markUnreached->isChecked();
    choices.timingTable = m_timingTable->isChecked();
    m_meeting->setMinutesChoices(choices);
}

void MinutesWindow::chooseLayout(int index)
{
    const QString id = m_layout->itemData(index).toString();
    MinutesChoices choices = m_meeting->minutes().choices;
    choices.layout = id;
    m_meeting->setMinutesChoices(choices);
    // The series' choice too: its next meetings are written the same way.
    QString error;
    if (!m_seriesFolder.isEmpty() && !serieslayout::choose(m_seriesFolder, *minuteslayout::fromId(id), &error)) {
        m_ownLayout->setText(tr("⚠ The series' choice was not saved: %1. This meeting keeps it.").arg(error));
        m_ownLayout->show();
    }
}

void MinutesWindow::copyLayout()
{
    if (m_seriesFolder.isEmpty()) {
        m_ownLayout->setText(tr("Open a meeting first: the copy goes into its series' folder."));
        m_ownLayout->show();
        return;
    }
    const QString language = m_meeting->minutesLanguage();
    const auto layout
        = minuteslayout::fromId(m_layout->currentData().toString()).value_or(minuteslayout::Layout::Classic);
    QString error;
    const QString path = serieslayout::copyBuiltin(m_seriesFolder, layout, language, &error);
    if (path.isEmpty()) {
        m_ownLayout->setText(tr("⚠ Could not copy the layout: %1").arg(error));
        m_ownLayout->show();
        return;
    }
    showOwnLayout();
}

void MinutesWindow::showOwnLayout()
{
    const QString path = m_seriesFolder.isEmpty()
        ? QString()
        : serieslayout::ownTemplatePath(m_seriesFolder, m_meeting->minutesLanguage());
    const bool own = !path.isEmpty() && QFileInfo::exists(path);
    m_layout->setEnabled(!own);
    m_ownLayout->setVisible(own);
    m_ownLayout->setText(own ? tr("The series' own layout is used: %1. Edit it in any text editor; each export "
                                  "reads it again. Remove it to go back to the layout chosen here.")
                                   .arg(QDir::toNativeSeparators(path))
                             : QString());
}

void MinutesWindow::reload()
{
    m_loading = true;
    const MinutesData &minutes = m_meeting->minutes();
    m_place->setText(minutes.place);
    m_language->setCurrentIndex(qMax(0, m_language->findData(minutes.language)));
    const QString layout = !minutes.choices.layout.isEmpty()
        ? minutes.choices.layout
        : minuteslayout::id(serieslayout::forSeries(m_seriesFolder, m_exportRoot));
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(layout)));
    if (!m_recording->hasFocus()) {
        m_recording->setText(minutes.choices.recording);
    }
    m_attendeeList->setChecked(minutes.choices.attendeeList);
    m_markUnreached->setChecked(minutes.choices.markUnreached);
    m_timingTable->setChecked(minutes.choices.timingTable);
    showOwnLayout();
    const NextMeetingPlan &next = minutes.next;
    const MeetingTime &t = m_meeting->meeting().time;
    m_dateDecided->setChecked(next.date.isValid());
    m_date->setDate(next.date.isValid() ? next.date
                                        : (t.date.isValid() ? t.date : m_meeting->now().date()).addDays(14));
    m_time->setTime(next.time.isValid() ? next.time : (t.start.isValid() ? t.start : QTime(19, 0)));
    // A field the chair is typing in keeps what is typed.
    const auto set = [](QLineEdit *field, const QString &text) {
        if (!field->hasFocus()) {
            field->setText(text);
        }
    };
    set(m_chair, personText(next.chair));
    set(m_viceChair, personText(next.viceChair));
    set(m_note, next.note);
    m_loading = false;
}

} // namespace gavel
