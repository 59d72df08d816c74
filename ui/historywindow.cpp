#include "historywindow.h"
#include "widgethelpers.h"

#include "series/seriesnames.h"
#include "storage/atomicfile.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gavel {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

// Sorts by the value stored under SortRole (a number or a folded text) when there is one.
class SortItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;

    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(SortRole);
        const QVariant theirs = other.data(SortRole);
        if (mine.isValid() && theirs.isValid()) {
            return QVariant::compare(mine, theirs) == QPartialOrdering::Less;
        }
        return QTableWidgetItem::operator<(other);
    }
};

// The order of a meeting cell when the column is sorted: attended first.
int statusRank(std::optional<Attendee::Status> status)
{
    if (!status) {
        return 0;
    }
    switch (*status) {
    case Attendee::Status::Present: return 5;
    case Attendee::Status::Late: return 4;
    case Attendee::Status::LeftEarly: return 3;
    case Attendee::Status::Excused: return 2;
    case Attendee::Status::Absent: return 1;
    case Attendee::Status::Expected: return 1;
    }
    return 0;
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

HistoryWindow::HistoryWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_summary(noteLabel(QString(), this))
    , m_errors(noteLabel(QString(), this))
    , m_table(new QTableWidget(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_perfectNote(noteLabel(QString(), this))
    , m_perfectList(new QListWidget(this))
    , m_exportCsv(plainButton(tr("Export &CSV…"), this))
    , m_exportMarkdown(plainButton(tr("Export &Markdown…"), this))
    , m_newName(new QLineEdit(this))
    , m_mergeInto(new QComboBox(this))
    , m_status(noteLabel(QString(), this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Attendance History"));
    setWindowModality(Qt::NonModal);

    auto *close = new QAction(tr("Close"), this);
    close->setShortcut(QKeySequence::Close);
    close->setShortcutContext(Qt::WindowShortcut);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);

    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_errors->setObjectName(QStringLiteral("historyErrors"));
    m_errors->hide();

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // people() order until a click
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Attendance by meeting"));
    auto *tableLabel = new QLabel(tr("&People by meeting (★ new: first meeting in the series):"), this);
    tableLabel->setBuddy(m_table);

    // ---- perfect attendance ----
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &HistoryWindow::updatePerfect);
    }
    m_from->setObjectName(QStringLiteral("perfectFrom"));
    m_to->setObjectName(QStringLiteral("perfectTo"));
    m_perfectNote->setObjectName(QStringLiteral("perfectNote"));
    m_perfectList->setObjectName(QStringLiteral("perfectList"));
    m_perfectList->setAccessibleName(tr("People who attended every meeting in the range"));
    m_exportCsv->setObjectName(QStringLiteral("exportPerfectCsv"));
    m_exportCsv->setToolTip(tr("Save the people with perfect attendance in the range as a spreadsheet (CSV)"));
    m_exportMarkdown->setObjectName(QStringLiteral("exportPerfectMarkdown"));
    m_exportMarkdown->setToolTip(tr("Save the people with perfect attendance in the range as Markdown"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExportFile(Format::Csv); });
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { askExportFile(Format::Markdown); });
    m_status->setObjectName(QStringLiteral("historyStatus"));

    auto *perfect = new QGroupBox(tr("Perfect attendance"), this);
    auto *rangeRow = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From:"), perfect);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), perfect);
    toLabel->setBuddy(m_to);
    rangeRow->addWidget(fromLabel);
    rangeRow->addWidget(m_from);
    rangeRow->addWidget(toLabel);
    rangeRow->addWidget(m_to);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_exportCsv);
    rangeRow->addWidget(m_exportMarkdown);
    auto *perfectLayout = new QVBoxLayout(perfect);
    perfectLayout->addLayout(rangeRow);
    perfectLayout->addWidget(m_perfectNote);
    perfectLayout->addWidget(m_perfectList, 1);

    // ---- the series itself: a better name, or one series of two ----
    m_newName->setObjectName(QStringLiteral("seriesNewName"));
    m_newName->setPlaceholderText(tr("A new name for this series"));
    m_mergeInto->setObjectName(QStringLiteral("seriesMergeInto"));
    m_mergeInto->setAccessibleName(tr("The series to merge this one into"));
    QPushButton *rename = plainButton(tr("&Rename"), this);
    rename->setObjectName(QStringLiteral("renameSeries"));
    QPushButton *merge = plainButton(tr("Mer&ge"), this);
    merge->setObjectName(QStringLiteral("mergeSeries"));
    connect(rename, &QPushButton::clicked, this, [this] {
        if (!m_newName->text().trimmed().isEmpty()) {
            emit moveRequested(m_seriesName, m_newName->text().trimmed());
        }
    });
    connect(m_newName, &QLineEdit::returnPressed, rename, &QPushButton::click);
    connect(merge, &QPushButton::clicked, this, [this] {
        if (m_mergeInto->currentIndex() >= 0) {
            emit moveRequested(m_seriesName, m_mergeInto->currentText());
        }
    });
    auto *seriesBox = new QGroupBox(tr("This series"), this);
    auto *seriesRow = new QHBoxLayout(seriesBox);
    auto *renameLabel = new QLabel(tr("Re&name to:"), seriesBox);
    renameLabel->setBuddy(m_newName);
    auto *mergeLabel = new QLabel(tr("Merge &into:"), seriesBox);
    mergeLabel->setBuddy(m_mergeInto);
    seriesRow->addWidget(renameLabel);
    seriesRow->addWidget(m_newName, 1);
    seriesRow->addWidget(rename);
    seriesRow->addSpacing(12);
    seriesRow->addWidget(mergeLabel);
    seriesRow->addWidget(m_mergeInto, 1);
    seriesRow->addWidget(merge);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(seriesBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 3);
    layout->addWidget(perfect, 2);
    layout->addWidget(m_status);

    resize(900, 640);
}

void HistoryWindow::showSeries(const QString &seriesFolder, const QString &seriesName,
                               const QList<SeriesDocument> &documents)
{
    m_seriesFolder = seriesFolder;
    m_seriesName = seriesName;
    m_loadErrors.clear();
    m_history = SeriesHistory::fromMeetings(SeriesHistory::load(seriesFolder, &m_loadErrors).meetings(), documents);
    setWindowTitle(tr("Attendance History – %1").arg(seriesName));
    m_newName->setText(seriesName);
    m_mergeInto->clear();
    for (const QString &other : series::existingSeries(QFileInfo(seriesFolder).absolutePath())) {
        if (other != QFileInfo(seriesFolder).fileName()) {
            m_mergeInto->addItem(other);
        }
    }
    // Nothing to merge into while this is the only series.
    findChild<QPushButton *>(QStringLiteral("mergeSeries"))->setEnabled(m_mergeInto->count() > 0);
    m_mergeInto->setEnabled(m_mergeInto->count() > 0);
    m_status->clear();

    showErrors();
    fillTable();

    const QList<SeriesHistory::RecordedMeeting> &meetings = m_history.meetings();
    const QDate first = meetings.isEmpty() ? QDate::currentDate() : meetings.first().date;
    const QDate last = meetings.isEmpty() ? QDate::currentDate() : meetings.last().date;
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    updatePerfect();
}

void HistoryWindow::showErrors()
{
    if (m_loadErrors.isEmpty()) {
        m_errors->clear();
        m_errors->hide();
    } else {
        m_errors->setText(tr("These sessions could not be read and are left out:") + QLatin1Char('\n')
                          + m_loadErrors.join(QLatin1Char('\n')));
        m_errors->show();
    }
}

void HistoryWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The words it composes itself (the title with the series, the table, the summary), in the
    // language now chosen; the rest is translated again by the application (ui/retranslation).
    if (event->type() == QEvent::LanguageChange && !m_seriesName.isEmpty()) {
        setWindowTitle(tr("Attendance History – %1").arg(m_seriesName));
        showErrors();
        fillTable();
        updatePerfect();
    }
}

void HistoryWindow::fillTable()
{
    const QList<SeriesHistory::RecordedMeeting> &meetings = m_history.meetings();
    const QList<SeriesHistory::PersonRecord> people = m_history.people();
    const int held = int(meetings.size());
    const int dateColumn = 2;
    const int totalColumn = dateColumn + held;

    m_table->setSortingEnabled(false); // or every item set would re-sort the rows
    m_table->clear();
    m_table->setColumnCount(totalColumn + 1);
    m_table->setRowCount(int(people.size()));

    m_table->setHorizontalHeaderItem(0, new QTableWidgetItem(tr("Name")));
    m_table->setHorizontalHeaderItem(1, new QTableWidgetItem(tr("GitHub")));
    QList<QHash<QString, Attendee::Status>> statuses;
    for (int c = 0; c < held; ++c) {
        const SeriesHistory::RecordedMeeting &meeting = meetings[c];
        auto *header = new QTableWidgetItem(meeting.date.toString(Qt::ISODate));
        header->setToolTip(meeting.title);
        m_table->setHorizontalHeaderItem(dateColumn + c, header);
        statuses.append(SeriesHistory::statuses(meeting));
    }
    auto *totalHeader = new QTableWidgetItem(tr("Total"));
    totalHeader->setToolTip(tr("Meetings attended / meetings held"));
    m_table->setHorizontalHeaderItem(totalColumn, totalHeader);

    for (int row = 0; row < people.size(); ++row) {
        const SeriesHistory::PersonRecord &person = people[row];
        const QString name = person.name.isEmpty() ? person.github : person.name;
        auto *nameItem = new SortItem(name);
        nameItem->setData(SortRole, name.toCaseFolded());
        m_table->setItem(row, 0, nameItem);
        auto *githubItem = new SortItem(person.github.isEmpty() ? QString() : QStringLiteral("@") + person.github);
        githubItem->setData(SortRole, person.github.toCaseFolded());
        m_table->setItem(row, 1, githubItem);

        for (int c = 0; c < held; ++c) {
            const SeriesHistory::RecordedMeeting &meeting = meetings[c];
            const auto found = statuses[c].constFind(person.key);
            const std::optional<Attendee::Status> status
                = found == statuses[c].constEnd() ? std::nullopt : std::optional<Attendee::Status>(*found);
            QString text = tr("–");
            QString tip = tr("Not on the roster");
            if (status) {
                tip = attendance::statusText(*status);
                switch (*status) {
                case Attendee::Status::Present: text = tr("✓"); break;
                case Attendee::Status::Late: text = tr("late"); break;
                case Attendee::Status::LeftEarly: text = tr("left"); break;
                case Attendee::Status::Excused: text = tr("excused"); break;
                case Attendee::Status::Expected: tip = tr("On the roster, not checked in"); break;
                case Attendee::Status::Absent: break;
                }
            }
            int rank = statusRank(status);
            if (m_history.isNewcomerAt(person, meeting.date)) {
                rank += 10; // newcomers sort before the regulars of their first meeting
                if (status == Attendee::Status::Present) {
                    text = tr("★ new");
                    tip = tr("First meeting in the series");
                } else {
                    text = tr("★ new, %1").arg(text);
                    tip = tr("First meeting in the series (%1)").arg(tip);
                }
            }
            auto *cell = new SortItem(text);
            cell->setToolTip(tip);
            cell->setData(Qt::AccessibleTextRole, tip); // "–" and "✓" read badly aloud
            cell->setData(SortRole, rank);
            cell->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, dateColumn + c, cell);
        }

        const int attended = int(person.attended.size());
        auto *total = new SortItem(tr("%1 / %2").arg(attended).arg(held));
        total->setToolTip(tr("Attended %1 of %2 meetings").arg(attended).arg(held));
        total->setData(Qt::AccessibleTextRole, total->toolTip());
        total->setData(SortRole, attended);
        total->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, totalColumn, total);
    }
    m_table->setSortingEnabled(true); // keeps the column the chair sorted by, if any
    m_table->resizeColumnsToContents();

    const int newcomers = meetings.isEmpty() ? 0 : int(m_history.newcomersAt(meetings.last().date).size());
    if (meetings.isEmpty()) {
        m_summary->setText(tr("No meetings recorded in this series yet."));
    } else {
        m_summary->setText(tr("%1 · %2 · %3 at the latest meeting")
                               .arg(held == 1 ? tr("1 meeting") : tr("%1 meetings").arg(held),
                                    people.size() == 1 ? tr("1 person") : tr("%1 people").arg(people.size()),
                                    newcomers == 1 ? tr("1 newcomer") : tr("%1 newcomers").arg(newcomers)));
    }
}

void HistoryWindow::updatePerfect()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    const qsizetype held = m_history.meetingsBetween(from, to).size();
    const QList<SeriesHistory::PersonRecord> perfect = m_history.perfectAttendance(from, to);

    m_perfectList->clear();
    for (const SeriesHistory::PersonRecord &person : perfect) {
        const QString name = person.name.isEmpty() ? person.github : person.name;
        auto *item = new QListWidgetItem(person.github.isEmpty() ? name : tr("%1 (@%2)").arg(name, person.github),
                                         m_perfectList);
        QString tip = tr("First attended %1").arg(person.first().toString(Qt::ISODate));
        if (person.firstSeen.isValid() && person.firstSeen < person.first()) {
            tip = tr("First attended %1; in the series since %2")
                      .arg(person.first().toString(Qt::ISODate), person.firstSeen.toString(Qt::ISODate));
        }
        item->setToolTip(tip);
    }

    if (from > to) {
        m_perfectNote->setText(tr("“From” is after “To”: no meetings in this range."));
    } else if (held == 0) {
        m_perfectNote->setText(tr("No meetings were held in this range."));
    } else if (perfect.isEmpty()) {
        m_perfectNote->setText(held == 1 ? tr("Nobody attended the 1 meeting in the range.")
                                         : tr("Nobody attended all %1 meetings in the range.").arg(held));
    } else {
        m_perfectNote->setText(held == 1 ? tr("Attended the 1 meeting in the range:")
                                         : tr("Attended all %1 meetings in the range:").arg(held));
    }
}

void HistoryWindow::askExportFile(Format format)
{
    const bool csv = format == Format::Csv;
    QPointer<QFileDialog> &dialog = csv ? m_csvDialog : m_markdownDialog;
    // Not QFileDialog::getSaveFileName(): that would be modal, and the meeting's shortcuts must
    // keep working while the chair looks for a place to save.
    if (!dialog) {
        dialog = new QFileDialog(
            this, csv ? tr("Export Perfect Attendance as CSV") : tr("Export Perfect Attendance as Markdown"));
        dialog->setObjectName(csv ? QStringLiteral("exportPerfectCsvDialog")
                                  : QStringLiteral("exportPerfectMarkdownDialog"));
        dialog->setWindowModality(Qt::NonModal);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("Markdown files (*.md)"));
        dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("md"));
        connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString &path) {
            if (csv) {
                exportPerfectCsv(path);
            } else {
                exportPerfectMarkdown(path);
            }
        });
    }
    QString folder = m_exportFolder.isEmpty() ? m_seriesFolder : m_exportFolder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    const QString name = SeriesHistory::perfectAttendanceFileName(m_from->date(), m_to->date(),
                                                                  csv ? QStringLiteral("csv") : QStringLiteral("md"));
    dialog->setDirectory(folder);
    dialog->selectFile(QDir(folder).filePath(name));
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

QString HistoryWindow::exportPerfectCsv(const QString &path)
{
    return writeReport(path, m_history.perfectAttendanceCsv(m_from->date(), m_to->date()));
}

QString HistoryWindow::exportPerfectMarkdown(const QString &path)
{
    return writeReport(path, m_history.perfectAttendanceMarkdown(m_from->date(), m_to->date()).toUtf8());
}

QString HistoryWindow::writeReport(const QString &path, const QByteArray &contents)
{
    const QString error = writeFileAtomically(path, contents).error;
    if (error.isEmpty()) {
        m_exportFolder = QFileInfo(path).absolutePath();
        m_status->setText(tr("Saved the perfect attendance report to %1.").arg(shownPath(path)));
    } else {
        m_status->setText(tr("The report was not saved: %1").arg(error));
    }
    return error;
}

} // namespace gavel
