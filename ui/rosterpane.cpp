#include "rosterpane.h"

#include "shortcutsdialog.h"
#include "widgethelpers.h"

#include "meeting/livemeeting.h"
#include "meeting/roster.h"
#include "meeting/rostermodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace gavel {

RosterPane::RosterPane(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_model(new RosterModel(meeting, this))
    , m_proxy(new RosterFilter(this))
    , m_counts(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_walkIn(new QLabel(this))
    , m_pasteToggle(new QPushButton(tr("Check in a pasted list…"), this))
    , m_pasteBox(new QWidget(this))
    , m_paste(new QPlainTextEdit(this))
    , m_pasteResult(new QLabel(this))
{
    m_counts->setObjectName(QStringLiteral("rosterCounts"));
    m_filter->setObjectName(QStringLiteral("rosterFilter"));
    m_view->setObjectName(QStringLiteral("rosterView"));
    m_walkIn->setObjectName(QStringLiteral("walkInHint"));
    m_pasteToggle->setObjectName(QStringLiteral("pasteToggle"));
    m_paste->setObjectName(QStringLiteral("pasteEdit"));
    m_pasteResult->setObjectName(QStringLiteral("pasteResult"));

    m_counts->setWordWrap(true);
    m_filter->setPlaceholderText(tr("Name or @handle · Enter checks in"));
    addClearButton(m_filter);
    m_filter->installEventFilter(this);

    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // roster order until the chair sorts
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    // Sized from the widest texts the columns show, not by measuring 5,000 rows at every keystroke.
    fitColumns();
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &RosterPane::fitColumns);
    header->setSectionResizeMode(RosterModel::NameColumn, QHeaderView::Stretch);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setColumnHidden(RosterModel::GithubColumn, true); // the name column is narrow enough already
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Roster"));
    // The keyboard moves by person, not by cell: Tab leaves the list (Left and Right stay, below).
    m_view->setTabKeyNavigation(false);
    new RowFocus(m_view);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this); // its width decides which columns are shown
    // Page keys page through this list: they never move the meeting on from here.
    m_view->setProperty("gavelKeepsPageKeys", true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The same commands are the roster's menu in the window's menu bar: they act on the person
    // picked in the list, else on the top match of the filter.
    const struct
    {
        const char *text;
        const char *keywords;
        Attendee::Status status;
    } statuses[] = {
        {QT_TR_NOOP("Mark &Present"), QT_TR_NOOP("attendance check in here joined arrived"), Attendee::Status::Present},
        {QT_TR_NOOP("Mark &Late"), QT_TR_NOOP("attendance late latecomer arrived joined"), Attendee::Status::Late},
        {QT_TR_NOOP("Mark Left &Early"), QT_TR_NOOP("attendance left early leave gone"), Attendee::Status::LeftEarly},
        {QT_TR_NOOP("Mark E&xcused"), QT_TR_NOOP("attendance excused apology apologies"), Attendee::Status::Excused},
        {QT_TR_NOOP("Mark &Absent"), QT_TR_NOOP("attendance absent missing no-show"), Attendee::Status::Absent},
        {QT_TR_NOOP("Mark Expec&ted (clear)"), QT_TR_NOOP("attendance clear reset status"), Attendee::Status::Expected},
    };
    for (const auto &s : statuses) {
        auto *action = new QAction(tr(s.text), m_view);
        ShortcutsDialog::setKeywords(action, tr(s.keywords));
        const int status = int(s.status);
        connect(action, &QAction::triggered, this, [this, status] { setStatus(status); });
        m_view->addAction(action);
    }
    auto *profile = new QAction(tr("Open GitHub Pro&file"), m_view);
    ShortcutsDialog::setKeywords(profile, tr("github profile handle link browser"));
    connect(profile, &QAction::triggered, this, [this] {
        const int row = m_proxy->mapToSource(m_view->currentIndex()).row();
        if (row >= 0 && row < m_meeting->attendees().size() && !m_meeting->attendees().at(row).github.isEmpty()) {
            QDesktopServices::openUrl(
                QUrl(QStringLiteral("https://github.com/") + m_meeting->attendees().at(row).github));
        }
    });
    m_view->addAction(profile);
    connect(m_view, &QTableView::doubleClicked, profile, &QAction::trigger);

    m_walkIn->setWordWrap(true);
    m_walkIn->hide();

    m_paste->setPlaceholderText(tr("Paste names, @handles or GitHub links from the chat: one per line, or "
                                   "separated by commas, 、 or spaces. Ctrl+Return checks them in."));
    m_paste->setMaximumHeight(110);
    m_paste->setAccessibleName(tr("Names to check in"));
    m_paste->setTabChangesFocus(true);
    m_pasteResult->setWordWrap(true);
    m_pasteResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *pasteApply = new QPushButton(tr("Check in all"), m_pasteBox);
    pasteApply->setObjectName(QStringLiteral("pasteApply"));
    auto *pasteLayout = new QVBoxLayout(m_pasteBox);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    pasteLayout->addWidget(m_paste);
    pasteLayout->addWidget(pasteApply, 0, Qt::AlignRight);
    m_pasteBox->hide();
    m_pasteToggle->setCheckable(true);
    m_pasteToggle->setFocusPolicy(Qt::TabFocus);
    connect(m_pasteToggle, &QPushButton::toggled, this, [this](bool on) {
        m_pasteBox->setVisible(on);
        if (on) {
            m_paste->setFocus();
        }
    });
    connect(pasteApply, &QPushButton::clicked, this, &RosterPane::checkInPasted);
    auto *pasteKey
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_paste, nullptr, nullptr, Qt::WidgetShortcut);
    connect(pasteKey, &QShortcut::activated, this, &RosterPane::checkInPasted);

    // Named by a label of its own: the placeholder only describes it.
    auto *filterLabel = new QLabel(tr("Check in:"), this);
    labelFor(filterLabel, m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addLayout(filterRow);
    layout->addWidget(m_walkIn);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pasteToggle);
    layout->addWidget(m_pasteBox);
    layout->addWidget(m_pasteResult);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        // A row picked before this text no longer says whom Enter means: the top match does.
        m_view->selectionModel()->clearCurrentIndex();
        m_view->clearSelection();
        updateWalkInHint();
    });
    connect(m_meeting, &LiveMeeting::attendanceChanged, this, &RosterPane::updateCounts);
    connect(m_meeting, &LiveMeeting::loaded, m_pasteResult, &QLabel::clear);
    updateCounts();
}

QList<QAction *> RosterPane::commands() const
{
    return m_view->actions();
}

QString RosterPane::countsText() const
{
    return m_counts->text();
}

void RosterPane::updateCounts()
{
    int present = 0;
    int late = 0;
    int excused = 0;
    int newcomers = 0;
    for (const Attendee &a : m_meeting->attendees()) {
        present += a.attended() ? 1 : 0;
        late += a.status == Attendee::Status::Late ? 1 : 0;
        excused += a.status == Attendee::Status::Excused ? 1 : 0;
        newcomers += a.attended() && m_meeting->isNewcomer(a) ? 1 : 0;
    }
    const int expected = int(m_meeting->attendees().size()) - excused;
    m_counts->setText(
        tr("%1 present of %2 expected · %3 late · %4 new ★").arg(present).arg(expected).arg(late).arg(newcomers));
    m_counts->setAccessibleName(m_counts->text());
}

void RosterPane::updateWalkInHint()
{
    const QString text = m_filter->text().simplified();
    const bool none = !text.isEmpty() && m_proxy->rowCount() == 0;
    m_walkIn->setVisible(none);
    if (none) {
        m_walkIn->setText(tr("Not on the roster. Enter adds “%1” as a walk-in and checks them in.").arg(text));
    }
}

QString RosterPane::currentKey() const
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() && m_proxy->rowCount() > 0) {
        index = m_proxy->index(0, 0);
    }
    return index.isValid() ? index.siblingAtColumn(0).data(RosterModel::KeyRole).toString() : QString();
}

void RosterPane::enterPressed()
{
    const QString text = m_filter->text().simplified();
    if (text.isEmpty()) {
        return;
    }
    if (m_proxy->rowCount() > 0) {
        // The match the chair picked, else the first one not checked in yet.
        QModelIndex index = m_view->currentIndex();
        for (int row = 0; !index.isValid() && row < m_proxy->rowCount(); ++row) {
            const QModelIndex candidate = m_proxy->index(row, 0);
            if (!m_meeting->attendees().at(m_proxy->mapToSource(candidate).row()).attended()) {
                index = candidate;
            }
        }
        if (!index.isValid()) {
            // Everyone who matches is already here: say so instead of doing nothing.
            sayAlreadyHere(m_proxy->index(0, 0));
            m_filter->selectAll();
            return;
        }
        m_meeting->checkIn(index.siblingAtColumn(0).data(RosterModel::KeyRole).toString());
    } else if (const std::optional<Person> person = attendance::walkInFromText(text, m_meeting->attendees())) {
        m_meeting->addWalkIn(person->name, person->github);
    }
    m_filter->clear();
    m_view->setCurrentIndex({});
}

void RosterPane::sayAlreadyHere(const QModelIndex &index)
{
    const Attendee &here = m_meeting->attendees().at(m_proxy->mapToSource(index).row());
    m_walkIn->setText(tr("Already checked in: %1").arg(here.displayName()));
    m_walkIn->show();
}

void RosterPane::checkInCurrent()
{
    if (!m_filter->text().simplified().isEmpty()) {
        // Picked from the matches: as Enter in the filter, which is ready for the next name.
        enterPressed();
        m_filter->setFocus();
        return;
    }
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        return;
    }
    if (m_meeting->attendees().at(m_proxy->mapToSource(index).row()).attended()) {
        sayAlreadyHere(index);
        return;
    }
    const QString key = index.siblingAtColumn(0).data(RosterModel::KeyRole).toString();
    m_meeting->checkIn(key);
    selectKey(key);
}

void RosterPane::toggleCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid()) {
        const QString key = index.siblingAtColumn(0).data(RosterModel::KeyRole).toString();
        m_meeting->toggleAttendance(key);
        selectKey(key);
    }
}

void RosterPane::selectKey(const QString &key)
{
    // Stay on the same person, wherever a sorted list has moved them.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(RosterModel::KeyRole).toString() == key) {
            m_view->setCurrentIndex(m_proxy->index(row, 0));
            break;
        }
    }
}

void RosterPane::setStatus(int status)
{
    const QString key = currentKey();
    if (!key.isEmpty()) {
        const int row = m_view->currentIndex().row();
        m_meeting->setAttendanceStatus(key, Attendee::Status(status));
        m_view->setCurrentIndex(m_proxy->index(qMax(0, row), 0));
    }
}

void RosterPane::checkInPasted()
{
    const QList<Person> people = attendance::parsePasted(m_paste->toPlainText(), m_meeting->attendees());
    if (people.isEmpty()) {
        m_pasteResult->setText(tr("Nothing to check in: paste names or @handles first."));
        return;
    }
    const LiveMeeting::CheckInResult result = m_meeting->checkInMany(people);
    QStringList lines;
    if (!result.matched.isEmpty()) {
        lines.append(tr("Checked in %1: %2").arg(result.matched.size()).arg(result.matched.join(QStringLiteral(", "))));
    }
    if (!result.added.isEmpty()) {
        lines.append(
            tr("Added as walk-ins %1: %2").arg(result.added.size()).arg(result.added.join(QStringLiteral(", "))));
    }
    if (!result.alreadyHere.isEmpty()) {
        lines.append(tr("Already here %1: %2")
                         .arg(result.alreadyHere.size())
                         .arg(result.alreadyHere.join(QStringLiteral(", "))));
    }
    m_pasteResult->setText(lines.join(QLatin1Char('\n')));
    m_paste->clear();
}

bool RosterPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        showColumnsThatFit();
    }
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter: enterPressed(); return true;
        case Qt::Key_Down:
            if (m_proxy->rowCount() > 0) {
                m_view->setFocus();
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            }
            return true;
        case Qt::Key_Escape: m_filter->clear(); return true;
        default: break;
        }
    } else if (watched == m_view) {
        switch (key->key()) {
        case Qt::Key_Space: toggleCurrent(); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                checkInCurrent();
                return true;
            }
            break;
        case Qt::Key_Up:
            if (m_view->currentIndex().row() <= 0) {
                m_filter->setFocus(); // back up to the filter, to type the next name
                return true;
            }
            break;
        case Qt::Key_Left:
        case Qt::Key_Right:
            // A row is a person: the keyboard stays on its first cell, which says who and how.
            return true;
        case Qt::Key_Home:
        case Qt::Key_End:
            if (m_proxy->rowCount() > 0) {
                m_view->setCurrentIndex(m_proxy->index(key->key() == Qt::Key_Home ? 0 : m_proxy->rowCount() - 1, 0));
            }
            return true;
        default:
            // Typing a letter in the list goes on in the filter, where names are typed.
            if (!key->text().isEmpty() && key->text().at(0).isPrint() && key->modifiers() == Qt::NoModifier) {
                m_filter->setFocus();
                m_filter->insert(key->text());
                return true;
            }
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RosterPane::fitColumns()
{
    m_columnWidths
        = gavel::fitColumns(m_view, m_view->horizontalHeader(),
                            {RosterModel::StatusColumn, RosterModel::SourceColumn, RosterModel::CheckInColumn},
                            RosterModel::WidestTextsRole);
    // The status and a dozen characters of the name, whatever the status says: the pane is
    // never narrower than that.
    m_view->setMinimumWidth(m_view->horizontalHeader()->sectionSize(RosterModel::StatusColumn) + nameRoom()
                            + 2 * m_view->frameWidth()
                            + m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view));
    showColumnsThatFit();
}

int RosterPane::nameRoom() const
{
    // "About twelve characters": twelve letters of a handle, beside the cell's margins.
    return m_view->fontMetrics().horizontalAdvance(QString(12, QLatin1Char('n'))) + cellMargins(m_view);
}

void RosterPane::showColumnsThatFit()
{
    // Where they come from and when they came in, as long as the name keeps its dozen
    // characters (the name column stretches); "From" goes last.
    gavel::showColumnsThatFit(m_view->horizontalHeader(),
                              m_view->viewport()->width()
                                  - m_view->horizontalHeader()->sectionSize(RosterModel::StatusColumn) - nameRoom(),
                              {{RosterModel::SourceColumn, m_columnWidths.value(RosterModel::SourceColumn)},
                               {RosterModel::CheckInColumn, m_columnWidths.value(RosterModel::CheckInColumn)}});
}

void RosterPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateCounts();
        updateWalkInHint();
    }
    if (changesTextSize(event)) {
        fitColumns();
    }
}

} // namespace gavel
