// What a screen reader is told, read through QAccessible as an assistive technology reads it:
// names, roles, what an agenda row and a roster row say, and where the keyboard goes. The
// expected words were worked out by hand from the sample agenda (2022-04-14: item 1 planned at
// 5 min, item 3 at 10) and the fake clock's times, not copied from the program's output.

#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "seriesdialog.h"
#include "stagewindow.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "widgetsupport.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>
#include <QTreeWidget>

#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <memory>

using namespace gavel;
using test::find;

namespace {

QAccessibleInterface *accessible(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    if (!iface) {
        qFatal("no accessible interface for %s", qPrintable(object->objectName()));
    }
    return iface;
}

QString nameOf(QObject *object)
{
    return accessible(object)->text(QAccessible::Name);
}

// What a screen reader reads for a cell of an item view, as it reads it: through the view's table.
QString cellName(QAbstractItemView *view, int row, int column)
{
    QAccessibleTableInterface *table = accessible(view)->tableInterface();
    if (!table) {
        qFatal("%s is no table to assistive technologies", qPrintable(view->objectName()));
    }
    QAccessibleInterface *cell = table->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QStringLiteral("<no cell>");
}

// Every widget of `window` shown that the keyboard can reach, which a screen reader would
// announce without a name; each named by its object name and class, to be found.
QStringList unnamedFocusable(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->window() != window || !w->isVisibleTo(window)) {
            continue;
        }
        // A spin box's or a combo box's own line edit: the box around it is what is announced.
        QWidget *owner = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner)) {
            w = owner;
        }
        // On Linux a combo box's name is the text it shows: what it is for comes from its label
        // (a buddy), else its description.
        const bool unlabelledCombo = qobject_cast<QComboBox *>(w)
            && accessible(w)->relations(QAccessible::Label).isEmpty()
            && accessible(w)->text(QAccessible::Description).isEmpty();
        // A field without a label of its own takes its group's title: "Next meeting" says not what it holds.
        const auto *group = qobject_cast<QGroupBox *>(w->parentWidget());
        const bool namedByGroupOnly = group && nameOf(w) == group->title() && !qobject_cast<QAbstractButton *>(w);
        if (nameOf(w).trimmed().isEmpty() || unlabelledCombo || namedByGroupOnly) {
            unnamed.append(
                QStringLiteral("%1 (%2) in %3")
                    .arg(w->objectName(), QLatin1String(w->metaObject()->className()), window->windowTitle()));
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFocusableWidgetIsNamed();
    void theChairsControlsSayWhatTheyAre();
    void agendaRowsSayTheItemInEachState();
    void rosterRowsSayThePersonAndTheirStatus();
    void tabLeavesTheNotesAndTypesNoTab();
    void theRosterMovesByPerson();
    void theHeaderFiguresAndTheTimerAreReachedByKeys();
    void enteringAListSaysTheRowTheKeysActOn();

private:
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void advance(qint64 ms);
    QString agendaRow(int row) { return cellName(find<QTreeView>(m_window.get(), "agendaView"), row, 0); }

    FakeClock m_clock {test::testStartMs()}; // 18:55
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibility::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_clock.setNowMs(test::testStartMs());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_window = test::showConsole(&m_clock, *m_home);
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(test::sampleAgenda()));
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_home.reset();
}

void TestAccessibility::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestAccessibility::advance(qint64 ms)
{
    m_clock.advance(ms);
    m_window->meeting()->evaluate(); // what the tick does
}

void TestAccessibility::everyFocusableWidgetIsNamed()
{
    key(Qt::Key_F5); // running: the inline rows and the controls of a meeting show
    // What shows only on demand: an action item's fields, the time so far, the pasted list.
    m_window->findChild<QAction *>(QStringLiteral("actionActionItem"))->trigger();
    m_window->findChild<QAction *>(QStringLiteral("actionSetElapsed"))->trigger();
    find<QPushButton>(m_window.get(), "pasteToggle")->click();
    QStringList unnamed = unnamedFocusable(m_window.get());

    for (const char *action :
         {"actionMinutesWindow", "actionHistory", "actionPreferences", "actionShortcuts", "actionStage"}) {
        m_window->findChild<QAction *>(QLatin1String(action))->trigger();
    }
    int windows = 0;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (w->isWindow() && w->isVisible() && w->windowType() != Qt::Popup) {
            unnamed += unnamedFocusable(w);
            ++windows;
        }
    }
    QCOMPARE(windows, 5); // Minutes, History, Preferences, Shortcuts, stage
    SeriesDialog series(QStringLiteral("PFCC"), QStringLiteral("PFCC"), {}, m_home->path());
    series.show();
    unnamed += unnamedFocusable(&series);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void TestAccessibility::theChairsControlsSayWhatTheyAre()
{
    QWidget *w = m_window.get();
    QCOMPARE(nameOf(find<QTreeView>(w, "agendaView")), QStringLiteral("Agenda"));
    QCOMPARE(accessible(find<QTreeView>(w, "agendaView"))->role(), QAccessible::Tree);
    QCOMPARE(nameOf(find<QTableView>(w, "rosterView")), QStringLiteral("Roster"));
    QCOMPARE(accessible(find<QTableView>(w, "rosterView"))->role(), QAccessible::Table);

    // The notes and the roster's filter are named by the labels beside them, their buddies.
    auto *notes = find<QPlainTextEdit>(w, "notesEdit");
    QCOMPARE(nameOf(notes), QStringLiteral("Notes"));
    QCOMPARE(accessible(notes)->role(), QAccessible::EditableText);
    auto *filter = find<QLineEdit>(w, "rosterFilter");
    QCOMPARE(nameOf(filter), QStringLiteral("Check in:"));
    QCOMPARE(accessible(filter)->role(), QAccessible::EditableText);
    QStringList buddies;
    for (QLabel *label : w->findChildren<QLabel *>()) {
        if (label->buddy() == notes || label->buddy() == filter) {
            buddies.append(label->text());
        }
    }
    buddies.sort();
    QCOMPARE(buddies, (QStringList {QStringLiteral("Check in:"), QStringLiteral("Notes:")}));

    auto *timer = find<TimerDisplay>(w, "timerDisplay");
    QCOMPARE(nameOf(timer), QStringLiteral("Timer"));
    QCOMPARE(nameOf(find<QProgressBar>(timer, "timerProgress")), QStringLiteral("Time used"));
    QCOMPARE(accessible(find<QProgressBar>(timer, "timerProgress"))->role(), QAccessible::ProgressBar);
    QCOMPARE(nameOf(find<QSpinBox>(w, "setDurationSpin")), QStringLiteral("This item has no duration:"));
    QCOMPARE(accessible(find<QSpinBox>(w, "setDurationSpin"))->role(), QAccessible::SpinBox);
    QCOMPARE(nameOf(find<QTimeEdit>(w, "elapsedEdit")), QStringLiteral("Time so far on this item:"));

    // An action item's fields: what it is (named by the bar's label, which says which kind), who, by when.
    m_window->findChild<QAction *>(QStringLiteral("actionActionItem"))->trigger();
    QCOMPARE(nameOf(find<QLineEdit>(w, "entryText")), QStringLiteral("Action item:"));
    m_window->findChild<QAction *>(QStringLiteral("actionDecision"))->trigger();
    QCOMPARE(nameOf(find<QLineEdit>(w, "entryText")), QStringLiteral("Decision:"));
    QCOMPARE(nameOf(find<QLineEdit>(w, "entryOwner")), QStringLiteral("Owner"));
    QCOMPARE(nameOf(find<QDateEdit>(w, "entryDue")), QStringLiteral("Due date"));
    QCOMPARE(nameOf(find<QTreeWidget>(w, "itemDecisions")), QStringLiteral("Decisions and action items of this item"));

    // The other windows' fields: the next meeting's date and time (one label for the two), a
    // preference, F1's list.
    for (const char *action : {"actionMinutesWindow", "actionPreferences", "actionShortcuts"}) {
        m_window->findChild<QAction *>(QLatin1String(action))->trigger();
    }
    QCOMPARE(nameOf(find<QDateEdit>(w, "nextDate")), QStringLiteral("Date of the next meeting"));
    QCOMPARE(nameOf(find<QTimeEdit>(w, "nextTime")), QStringLiteral("Time of the next meeting"));
    QCOMPARE(nameOf(find<QSpinBox>(w, "warningSeconds")), QStringLiteral("Warning before the end:"));
    QCOMPARE(nameOf(find<QTreeWidget>(w, "shortcutTable")), QStringLiteral("Commands"));
}

void TestAccessibility::agendaRowsSayTheItemInEachState()
{
    // Before the start: the number, the title, the plan and what the item is to the meeting.
    QCOMPARE(agendaRow(0), QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, next"));
    QCOMPARE(agendaRow(1), QStringLiteral("2 每人一句话的自我介绍, 5 minutes planned, upcoming"));
    // An item added without a duration counts at the default length (5 min).
    auto *agenda = find<QTreeView>(m_window.get(), "agendaView");
    agenda->setFocus();
    agenda->setCurrentIndex(agenda->model()->index(0, 0));
    key(Qt::Key_Insert);
    key(Qt::Key_Return); // keeps the title proposed
    QCOMPARE(agendaRow(1), QStringLiteral("2 New item, no duration, counted at 5 minutes, upcoming"));
    m_window->meetingActions()->undo()->trigger();
    QCOMPARE(agendaRow(1), QStringLiteral("2 每人一句话的自我介绍, 5 minutes planned, upcoming"));

    key(Qt::Key_F5);
    QCOMPARE(agendaRow(0), QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, now"));
    // 5:25 into a 5-minute item: 25 s over, in words (the state column's symbol says "▶ Now").
    advance((5 * 60 + 25) * 1000);
    QCOMPARE(agendaRow(0),
             QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, now, 25 seconds over"));
    advance(95 * 1000); // 7:00
    QCOMPARE(agendaRow(0),
             QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, now, 2 minutes over"));
    key(Qt::Key_F5); // pause
    QCOMPARE(
        agendaRow(0),
        QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, now, paused, 2 minutes over"));
    key(Qt::Key_F5); // resume
    key(Qt::Key_PageDown, Qt::AltModifier); // next
    QCOMPARE(agendaRow(0),
             QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, done, 2 minutes over"));
    QCOMPARE(agendaRow(1), QStringLiteral("2 每人一句话的自我介绍, 5 minutes planned, now"));
    QCOMPARE(agendaRow(2), QStringLiteral("3 飞桨框架近期开源贡献进展, 10 minutes planned, next"));

    // Item 3 skipped from the agenda; after the end, item 5 was never reached.
    // Picked with a click on its title: the keyboard is on the row's first cell, which says it all.
    const QRect title = agenda->visualRect(agenda->model()->index(2, AgendaModel::TitleColumn));
    QTest::mouseClick(agenda->viewport(), Qt::LeftButton, Qt::NoModifier, title.center());
    QCOMPARE(agenda->currentIndex(), agenda->model()->index(2, 0));
    agenda->setFocus();
    key(Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(agendaRow(2), QStringLiteral("3 飞桨框架近期开源贡献进展, 10 minutes planned, skipped"));
    m_window->meetingActions()->end()->trigger();
    QCOMPARE(agendaRow(1), QStringLiteral("2 每人一句话的自我介绍, 5 minutes planned, done"));
    // Rows as shown: item 4's four parts (speakers, without durations of their own) come before item 5.
    QCOMPARE(agendaRow(4), QStringLiteral("4.1 S-HuaBomb"));
    QCOMPARE(agendaRow(8), QStringLiteral("5 自由发言，可以提想法、提问和讨论, 10 minutes planned, not reached"));
    // The state cell says the state in words too.
    QCOMPARE(cellName(agenda, 2, AgendaModel::StateColumn), QStringLiteral("skipped"));
}

void TestAccessibility::rosterRowsSayThePersonAndTheirStatus()
{
    auto *filter = find<QLineEdit>(m_window.get(), "rosterFilter");
    auto *roster = find<QTableView>(m_window.get(), "rosterView");
    const auto statusCellOf = [roster](const QString &name) {
        for (int row = 0; row < roster->model()->rowCount(); ++row) {
            if (roster->model()->index(row, 1).data().toString().startsWith(name)) {
                return cellName(roster, row, 0);
            }
        }
        return QStringLiteral("<%1 not in the list>").arg(name);
    };
    QCOMPARE(statusCellOf(QStringLiteral("张军")), QStringLiteral("张军, expected"));

    // Checked in at 18:55, before the start. No earlier meeting of the series: a first meeting.
    key(Qt::Key_R, Qt::AltModifier);
    QTest::keyClicks(filter, QStringLiteral("jzhang"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(statusCellOf(QStringLiteral("张军")),
             QStringLiteral("张军, present, checked in 18:55, first meeting in the series"));
    // The name cell says the ★ in words.
    for (int row = 0; row < roster->model()->rowCount(); ++row) {
        if (roster->model()->index(row, 1).data().toString().startsWith(QStringLiteral("张军"))) {
            QCOMPARE(cellName(roster, row, 1), QStringLiteral("张军, first meeting in the series"));
        }
    }

    // Started at 18:55; in at 19:07, past the 5 minutes' grace: 12 minutes late.
    key(Qt::Key_F5, Qt::ControlModifier);
    advance(12 * 60 * 1000);
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("sigure"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(statusCellOf(QStringLiteral("SigureMo")),
             QStringLiteral("SigureMo, late, 12 minutes, first meeting in the series"));
}

void TestAccessibility::tabLeavesTheNotesAndTypesNoTab()
{
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    key(Qt::Key_N, Qt::AltModifier); // Go to the notes
    QCOMPARE(QApplication::focusWidget(), notes);
    QTest::keyClicks(notes, QStringLiteral("# Decided"));
    QTest::keyClick(notes, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != notes);
    QCOMPARE(notes->toPlainText(), QStringLiteral("# Decided"));
    key(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), notes);
    QCOMPARE(notes->toPlainText(), QStringLiteral("# Decided"));
}

void TestAccessibility::theRosterMovesByPerson()
{
    auto *filter = find<QLineEdit>(m_window.get(), "rosterFilter");
    auto *roster = find<QTableView>(m_window.get(), "rosterView");
    QCOMPARE(roster->selectionBehavior(), QAbstractItemView::SelectRows);
    key(Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(filter, Qt::Key_Down); // into the list, on its first person
    QCOMPARE(QApplication::focusWidget(), roster);
    QCOMPARE(roster->currentIndex().row(), 0);
    QCOMPARE(roster->currentIndex().column(), 0);
    // Left and Right stay on the person's first cell, which says who and how; Down is the next person.
    QTest::keyClick(roster, Qt::Key_Right);
    QTest::keyClick(roster, Qt::Key_Right);
    QCOMPARE(roster->currentIndex().column(), 0);
    QTest::keyClick(roster, Qt::Key_Down);
    QCOMPARE(roster->currentIndex().row(), 1);
    QCOMPARE(roster->currentIndex().column(), 0);
    const QString name = roster->model()->index(1, 1).data().toString();
    QCOMPARE(cellName(roster, 1, 0), name + QStringLiteral(", expected"));
    QTest::keyClick(roster, Qt::Key_End);
    QCOMPARE(roster->currentIndex().row(), roster->model()->rowCount() - 1);
    QCOMPARE(roster->currentIndex().column(), 0);
    QTest::keyClick(roster, Qt::Key_Home);
    QCOMPARE(roster->currentIndex().row(), 0);
    // A click on a name keeps the keyboard on the row's first cell too.
    const QRect nameCell = roster->visualRect(roster->model()->index(2, 1));
    QTest::mouseClick(roster->viewport(), Qt::LeftButton, Qt::NoModifier, nameCell.center());
    QCOMPARE(roster->currentIndex().row(), 2);
    QCOMPARE(roster->currentIndex().column(), 0);
    QTest::keyClick(roster, Qt::Key_Home);
    // Tab leaves the list instead of walking its cells.
    QTest::keyClick(roster, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != roster);
    QCOMPARE(roster->currentIndex().row(), 0);
}

void TestAccessibility::theHeaderFiguresAndTheTimerAreReachedByKeys()
{
    key(Qt::Key_F5);
    advance(3 * 60 * 1000);
    // Tab from the agenda back through the header: every figure is reached, and read as it shows.
    auto *agenda = find<QTreeView>(m_window.get(), "agendaView");
    agenda->setFocus();
    QStringList reached;
    for (int i = 0; i < 12 && !reached.contains(QStringLiteral("elapsedLabel")); ++i) {
        key(Qt::Key_Tab, Qt::ShiftModifier);
        QWidget *focus = QApplication::focusWidget();
        reached.append(focus->objectName());
        if (auto *label = qobject_cast<QLabel *>(focus)) {
            QCOMPARE(nameOf(label), label->text());
        }
    }
    for (const char *figure : {"elapsedLabel", "plannedEndLabel", "projectedEndLabel", "scheduleLabel"}) {
        QVERIFY2(reached.contains(QLatin1String(figure)), qPrintable(reached.join(QStringLiteral(", "))));
    }
    QCOMPARE(nameOf(find<QLabel>(m_window.get(), "elapsedLabel")), QStringLiteral("Elapsed 3 min"));

    // Tab from the agenda reaches the timer, before the notes.
    agenda->setFocus();
    reached.clear();
    for (int i = 0; i < 12 && QApplication::focusWidget()->objectName() != QLatin1String("notesEdit"); ++i) {
        key(Qt::Key_Tab);
        reached.append(QApplication::focusWidget()->objectName());
    }
    QVERIFY2(reached.contains(QStringLiteral("timerDigits")), qPrintable(reached.join(QStringLiteral(", "))));

    // And from anywhere, View > Go to the Timer (Alt+T), a command in F1's list as every command is.
    // The keyboard lands on the digits, read as the time left: 3 of the first item's 5 minutes gone.
    find<QPlainTextEdit>(m_window.get(), "notesEdit")->setFocus();
    key(Qt::Key_T, Qt::AltModifier);
    auto *digits = find<QLabel>(find<TimerDisplay>(m_window.get(), "timerDisplay"), "timerDigits");
    QCOMPARE(QApplication::focusWidget(), digits);
    QCOMPARE(digits->text(), QStringLiteral("02:00"));
    QCOMPARE(nameOf(digits), QStringLiteral("2 minutes left"));
    m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    auto *commands = m_window->findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(commands);
    QVERIFY(!commands->findItems(QStringLiteral("Go to the Timer"), Qt::MatchExactly).isEmpty());
}

void TestAccessibility::enteringAListSaysTheRowTheKeysActOn()
{
    // Events reach handlers only while accessibility is on, as with a screen reader.
    QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility();
    QVERIFY(platform);
    platform->setActive(true);
    static QStringList *focused = nullptr; // what each focus event names, in order
    QStringList names;
    focused = &names;
    QAccessible::UpdateHandler previous = QAccessible::installUpdateHandler([](QAccessibleEvent *event) {
        if (focused && event->type() == QAccessible::Focus && event->accessibleInterface()) {
            focused->append(event->accessibleInterface()->text(QAccessible::Name));
        }
    });

    // Down from the roster's filter into the list: the last word is the person, not the table.
    key(Qt::Key_R, Qt::AltModifier);
    QTest::keyClicks(find<QLineEdit>(m_window.get(), "rosterFilter"), QStringLiteral("sigure"));
    names.clear();
    key(Qt::Key_Down);
    QTRY_COMPARE(names.value(names.size() - 1), QStringLiteral("SigureMo, expected"));
    QVERIFY2(names.contains(QStringLiteral("Roster")), qPrintable(names.join(QStringLiteral(" | "))));
    // Tab into the list with no one picked (the filter emptied): its first person.
    key(Qt::Key_Up); // back to the filter
    key(Qt::Key_Escape);
    names.clear();
    key(Qt::Key_Tab);
    auto *roster = find<QTableView>(m_window.get(), "rosterView");
    QCOMPARE(QApplication::focusWidget(), roster);
    const QString first = roster->model()->index(0, 1).data().toString();
    QTRY_COMPARE(names.value(names.size() - 1), first + QStringLiteral(", expected"));

    // Go to the agenda from the notes: the item it lands on.
    key(Qt::Key_N, Qt::AltModifier);
    names.clear();
    key(Qt::Key_G, Qt::AltModifier);
    QTRY_COMPARE(names.value(names.size() - 1),
                 QStringLiteral("1 宣布Paddle Frawework Contributor Club成立, 5 minutes planned, next"));

    QAccessible::installUpdateHandler(previous);
    platform->setActive(false);
    focused = nullptr;
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
