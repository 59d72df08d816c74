// The chair's commands on the real window (offscreen), reached the way a chair reaches them:
// real key events on the focused widget, the menus, F1's list. The expected values are read
// off the bundled sample agenda by hand (items of 5, 5, 10, 30, 10 and 3 minutes; 23 people
// expected) and off the menus' texts in ui/.

#include "banner.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "meeting/rostermodel.h"
#include "shortcutsdialog.h"
#include "stagewindow.h"
#include "storage/settings.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "widgetsupport.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <functional>
#include <memory>

using namespace gavel;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void f1FindsCommandsByTheWordsAChairTypes_data();
    void f1FindsCommandsByTheWordsAChairTypes();
    void everyCommandOfTheMenusIsInF1WithItsKeys();
    void everyShortcutOfTheWindowIsInAMenu();
    void notesMenuAndContextMenuHoldTheNotesCommands();
    void altGThenCtrlMEditsTheCurrentItemsDuration();
    void plannedColumnShowsTheMinutesAfterAltEquals();
    void insertAddsAnItemOnlyFromTheAgenda();
    void ctrlKSkipsTheSelectedItemOnlyFromTheAgenda();
    void altShiftUpDownMovesTheSelectedItem();
    void rosterContextMenuSetsTheStatus();
    void openRecentListsAndReopensAnAgenda();
    void droppingAnAgendaOpensItAndAnythingElseIsSaid();
    void shiftF6ShowsTheStageFullScreenKeepingTheFocus();

private:
    template<typename T> T *find(const char *name) const { return test::find<T>(m_window.get(), name); }
    void openSample();
    // A key as a chair presses it: to the widget that has the keyboard focus.
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QTreeView *agenda() const { return find<QTreeView>("agendaView"); }
    QPlainTextEdit *notes() const { return find<QPlainTextEdit>("notesEdit"); }
    // The agenda's top-level titles, as the tree shows them.
    QStringList titles() const;
    QString cell(int row, int column) const { return agenda()->model()->index(row, column).data().toString(); }
    // F1's window, open, and the commands its list shows now.
    ShortcutsDialog *openF1();
    static QStringList shownCommands(ShortcutsDialog *dialog);
    struct ContextMenu
    {
        QString name;
        QStringList entries;
    };
    // Opens the context menu of `area` at `at` as the Menu key does, chooses the first entry
    // `pick` takes with the keyboard, and says what the menu held (it may run its own loop).
    ContextMenu chooseInContextMenu(QWidget *area, const QPoint &at, const std::function<bool(const QAction *)> &pick);

    const QString m_sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
    std::unique_ptr<QTemporaryDir> m_home;
    // 2026-11-25 18:55 local: five minutes before a meeting scheduled at 19:00 would start.
    FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
};

void TestCommands::init()
{
    m_clock.setNowMs(QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // Settings (the recent files) and sessions below the test's own folder, never the real home.
    m_window = test::shownMainWindow(&m_clock, m_home->path());
    QVERIFY(m_window);
}

void TestCommands::cleanup()
{
    m_window.reset();
    m_home.reset();
}

void TestCommands::openSample()
{
    QVERIFY(m_window->openFile(m_sample));
}

void TestCommands::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

QStringList TestCommands::titles() const
{
    QStringList out;
    for (int row = 0; row < agenda()->model()->rowCount(); ++row) {
        out.append(cell(row, AgendaModel::TitleColumn));
    }
    return out;
}

ShortcutsDialog *TestCommands::openF1()
{
    key(Qt::Key_F1);
    auto *dialog = m_window->findChild<ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
    if (dialog) {
        QApplication::setActiveWindow(dialog);
    }
    return dialog;
}

QStringList TestCommands::shownCommands(ShortcutsDialog *dialog)
{
    auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QStringList shown;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (!table->topLevelItem(i)->isHidden()) {
            shown.append(table->topLevelItem(i)->text(0));
        }
    }
    return shown;
}

TestCommands::ContextMenu TestCommands::chooseInContextMenu(QWidget *area, const QPoint &at,
                                                            const std::function<bool(const QAction *)> &pick)
{
    auto seen = std::make_shared<ContextMenu>();
    QTimer::singleShot(0, this, [seen, pick] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            return;
        }
        seen->name = menu->objectName();
        QAction *chosen = nullptr;
        for (QAction *action : menu->actions()) {
            seen->entries.append(action->text());
            chosen = chosen ? chosen : (pick(action) ? action : nullptr);
        }
        if (chosen) {
            menu->setActiveAction(chosen);
            QTest::keyClick(menu, Qt::Key_Return);
        } else {
            menu->close();
        }
    });
    QContextMenuEvent event(QContextMenuEvent::Keyboard, at, area->mapToGlobal(at));
    QApplication::sendEvent(area, &event);
    (void)QTest::qWaitFor([seen] { return !seen->entries.isEmpty(); }); // the caller checks what it held
    return *seen;
}

void TestCommands::f1FindsCommandsByTheWordsAChairTypes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("found");
    QTest::newRow("decision") << "decision" << QStringList {"Record a Decision"};
    QTest::newRow("part of a word") << "decis" << QStringList {"Record a Decision"};
    QTest::newRow("time") << "time" << QStringList {"Set Time So Far", "Insert the Time", "Add a Minute"};
    QTest::newRow("action") << "action" << QStringList {"Record an Action Item"};
    QTest::newRow("late") << "late" << QStringList {"Mark Late"};
    QTest::newRow("set time") << "set time" << QStringList {"Set Time So Far"};
    QTest::newRow("elapsed, in any case") << "ELAPSED" << QStringList {"Set Time So Far"};
    QTest::newRow("a key") << "ctrl+d" << QStringList {"Record a Decision"};
    QTest::newRow("a menu") << "roster" << QStringList {"Mark Present", "Mark Absent", "Go to the Roster"};
}

void TestCommands::f1FindsCommandsByTheWordsAChairTypes()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, found);
    openSample();
    ShortcutsDialog *dialog = openF1();
    QVERIFY(dialog && dialog->isVisible());
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutFilter"));
    const int all = int(shownCommands(dialog).size());
    QTest::keyClicks(filter, typed);
    const QStringList shown = shownCommands(dialog);
    for (const QString &command : std::as_const(found)) {
        QVERIFY2(shown.contains(command), qPrintable(command + QStringLiteral(" not in: ") + shown.join(", ")));
    }
    QVERIFY2(shown.size() < all / 2, qPrintable(shown.join(", "))); // a filter, not the whole list
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("shortcutNoMatch"))->isVisible());
}

void TestCommands::everyCommandOfTheMenusIsInF1WithItsKeys()
{
    openSample();
    ShortcutsDialog *dialog = openF1();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QSet<QString> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = table->topLevelItem(i);
        rows.insert(row->text(0) + QLatin1Char('|') + row->text(1) + QLatin1Char('|') + row->text(2));
    }
    // Every entry of every menu, but the files of Open Recent, by its name, keys and menu.
    const auto *recent = find<QMenu>("recentMenu");
    int checked = 0;
    std::function<void(const QMenu *, const QString &)> walk = [&](const QMenu *menu, const QString &path) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                if (action->menu() != recent) {
                    walk(action->menu(), path + QStringLiteral(" > ") + ShortcutsDialog::commandText(action->text()));
                }
                continue;
            }
            if (action->isSeparator() || !action->isVisible()) {
                continue;
            }
            const QString row = ShortcutsDialog::commandText(action->text()) + QLatin1Char('|')
                + ShortcutsDialog::shortcutText(action) + QLatin1Char('|') + path;
            QVERIFY2(rows.contains(row), qPrintable(QStringLiteral("missing from F1: ") + row));
            ++checked;
        }
    };
    for (QAction *top : m_window->menuBar()->actions()) {
        walk(top->menu(), ShortcutsDialog::commandText(top->text()));
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    QCOMPARE(table->topLevelItemCount(), checked); // and nothing else
    // Set Time So Far, in the Meeting menu, and the notes' chords, by the keys a menu shows.
    QVERIFY(rows.contains(QStringLiteral("Set Time So Far||Meeting")));
    QVERIFY(rows.contains(QStringLiteral("Record a Decision|Ctrl+D|Notes")));
    QVERIFY(rows.contains(QStringLiteral("Minutes and Next Meeting|Ctrl+Shift+M|Meeting")));
}

void TestCommands::everyShortcutOfTheWindowIsInAMenu()
{
    QSet<const QAction *> inMenus;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (const QAction *action : actions) {
            inMenus.insert(action);
            if (action->menu()) {
                walk(action->menu()->actions());
            }
        }
    };
    walk(m_window->menuBar()->actions());
    int withKeys = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty()) {
            continue;
        }
        ++withKeys;
        QVERIFY2(inMenus.contains(action),
                 qPrintable(QStringLiteral("in no menu: %1 (%2)")
                                .arg(action->text(), action->shortcut().toString(QKeySequence::NativeText))));
    }
    QVERIFY(withKeys > 30); // the meeting's, the agenda's, the notes', the files', the views'
}

void TestCommands::notesMenuAndContextMenuHoldTheNotesCommands()
{
    openSample();
    key(Qt::Key_F5);
    const QStringList three = {QStringLiteral("Insert the &Time"), QStringLiteral("Record a &Decision"),
                               QStringLiteral("Record an &Action Item")};
    QStringList inMenu;
    for (const QAction *action : find<QMenu>("notesMenu")->actions()) {
        inMenu.append(action->text());
    }
    QCOMPARE(inMenu, three);

    // The editor's context menu: its standard entries, then the three; a decision from there.
    key(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), notes());
    QTest::keyClicks(notes(), QStringLiteral("PFCC meets every two weeks"));
    const ContextMenu menu = chooseInContextMenu(notes()->viewport(), QPoint(5, 5), [](const QAction *action) {
        return action->objectName() == QLatin1String("actionDecision");
    });
    QCOMPARE(menu.name, QStringLiteral("notesContextMenu"));
    const QStringList &contextTexts = menu.entries;
    QVERIFY2(contextTexts.filter(QStringLiteral("Paste")).size() == 1, qPrintable(contextTexts.join(", ")));
    QCOMPARE(contextTexts.mid(contextTexts.size() - 3), three);
    QTRY_COMPARE(m_window->meeting()->minutes().decisions.size(), 1);
    QCOMPARE(m_window->meeting()->minutes().decisions[0].text, QStringLiteral("PFCC meets every two weeks"));
    QCOMPARE(notes()->toPlainText(), QString());

    // Ctrl+Shift+A from the notes opens the action item's entry, with the line typed.
    // The menu gone, the keyboard is back in the notes (offscreen, the window is activated by hand).
    QApplication::setActiveWindow(m_window.get());
    QTRY_COMPARE(QApplication::focusWidget(), notes());
    QTest::keyClicks(notes(), QStringLiteral("Write the README"));
    key(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *entry = find<QLineEdit>("entryText");
    QVERIFY(entry->isVisible());
    QCOMPARE(entry->text(), QStringLiteral("Write the README"));
    QCOMPARE(QApplication::focusWidget(), entry);
}

void TestCommands::altGThenCtrlMEditsTheCurrentItemsDuration()
{
    openSample();
    key(Qt::Key_F5);
    key(Qt::Key_PageDown, Qt::AltModifier);
    key(Qt::Key_PageDown, Qt::AltModifier); // now on item 3, 飞桨框架近期开源贡献进展, 10 minutes
    key(Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), notes());

    key(Qt::Key_G, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), agenda());
    QCOMPARE(agenda()->currentIndex().row(), 2);
    key(Qt::Key_M, Qt::ControlModifier);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && agenda()->isAncestorOf(editor));
    QCOMPARE(editor->text(), QStringLiteral("10"));
    QCOMPARE(agenda()->currentIndex().row(), 2);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("12"));
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits on the next turn of the event loop
    QTRY_COMPARE(cell(2, AgendaModel::PlannedColumn), QStringLiteral("12 min"));
    QCOMPARE(cell(0, AgendaModel::PlannedColumn), QStringLiteral("5 min")); // the first row is as it was
    QCOMPARE(find<TimerDisplay>("timerDisplay")->digits(), QStringLiteral("12:00"));
}

void TestCommands::plannedColumnShowsTheMinutesAfterAltEquals()
{
    openSample();
    key(Qt::Key_F5);
    key(Qt::Key_PageDown, Qt::AltModifier); // item 2, 5 minutes
    QCOMPARE(cell(1, AgendaModel::PlannedColumn), QStringLiteral("5 min"));
    // The timer, the Planned cell and its tooltip say the same minutes.
    const auto says = [this](const char *digits, const char *planned, const char *tooltip) {
        QCOMPARE(find<TimerDisplay>("timerDisplay")->digits(), QLatin1String(digits));
        QCOMPARE(cell(1, AgendaModel::PlannedColumn), QLatin1String(planned));
        QCOMPARE(agenda()->model()->index(1, AgendaModel::PlannedColumn).data(Qt::ToolTipRole).toString(),
                 QString::fromUtf8(tooltip));
    };
    key(Qt::Key_Equal, Qt::AltModifier);
    says("06:00", "6 min", "5 min in the agenda, 1 min added");
    QVERIFY(!QTest::currentTestFailed());
    key(Qt::Key_Minus, Qt::AltModifier);
    key(Qt::Key_Minus, Qt::AltModifier);
    says("04:00", "4 min", "5 min in the agenda, 1 min taken off");
    QVERIFY(!QTest::currentTestFailed());

    // Ctrl+M offers the minutes shown; setting a duration replaces the minute taken off.
    key(Qt::Key_G, Qt::AltModifier);
    key(Qt::Key_M, Qt::ControlModifier);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("4"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("8"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(1, AgendaModel::PlannedColumn), QStringLiteral("8 min"));
    QCOMPARE(find<TimerDisplay>("timerDisplay")->digits(), QStringLiteral("08:00"));
}

void TestCommands::insertAddsAnItemOnlyFromTheAgenda()
{
    openSample();
    key(Qt::Key_F5);
    // Typing is sacred: Insert in the notes or the roster's filter adds nothing to the agenda.
    key(Qt::Key_N, Qt::AltModifier);
    key(Qt::Key_Insert);
    key(Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("rosterFilter"));
    key(Qt::Key_Insert);
    QCOMPARE(agenda()->model()->rowCount(), 6);

    key(Qt::Key_G, Qt::AltModifier); // on item 1, the current one
    key(Qt::Key_Insert);
    QCOMPARE(agenda()->model()->rowCount(), 7);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor && agenda()->isAncestorOf(editor));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Welcome the newcomers"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(cell(1, AgendaModel::TitleColumn), QStringLiteral("Welcome the newcomers"));
    QCOMPARE(cell(2, AgendaModel::TitleColumn), QStringLiteral("每人一句话的自我介绍"));
}

void TestCommands::ctrlKSkipsTheSelectedItemOnlyFromTheAgenda()
{
    openSample();
    key(Qt::Key_F5);
    // In the notes Ctrl+K is the editor's own key: nothing is skipped.
    key(Qt::Key_N, Qt::AltModifier);
    QTest::keyClicks(notes(), QStringLiteral("keep this"));
    key(Qt::Key_Home);
    key(Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(cell(1, AgendaModel::StateColumn), QStringLiteral("Next"));

    key(Qt::Key_G, Qt::AltModifier);
    key(Qt::Key_Down); // item 2
    QCOMPARE(agenda()->currentIndex().row(), 1);
    key(Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(cell(1, AgendaModel::StateColumn), QStringLiteral("⤼ Skipped"));
    QCOMPARE(cell(2, AgendaModel::StateColumn), QStringLiteral("Next"));
    key(Qt::Key_K, Qt::ControlModifier); // again: back on the agenda
    QCOMPARE(cell(1, AgendaModel::StateColumn), QStringLiteral("Next"));
}

void TestCommands::altShiftUpDownMovesTheSelectedItem()
{
    openSample();
    const QStringList before = titles();
    QCOMPARE(before.size(), 6);
    key(Qt::Key_G, Qt::AltModifier); // before the start: on the first up, item 1
    QCOMPARE(agenda()->currentIndex().row(), 0);
    key(Qt::Key_Down);
    key(Qt::Key_Down); // item 3
    key(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(titles(), (QStringList {before[0], before[2], before[1], before[3], before[4], before[5]}));
    QCOMPARE(agenda()->currentIndex().row(), 1); // the keyboard stays on the moved item
    key(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    key(Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(titles(), (QStringList {before[0], before[1], before[3], before[2], before[4], before[5]}));
    QCOMPARE(cell(3, AgendaModel::NumberColumn), QStringLiteral("4"));

    // From the notes the same keys move the cursor, not the agenda.
    key(Qt::Key_N, Qt::AltModifier);
    key(Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(titles(), (QStringList {before[0], before[1], before[3], before[2], before[4], before[5]}));
}

void TestCommands::rosterContextMenuSetsTheStatus()
{
    openSample();
    key(Qt::Key_F5);
    key(Qt::Key_R, Qt::AltModifier);
    QTest::keyClicks(find<QLineEdit>("rosterFilter"), QStringLiteral("SigureMo"));
    key(Qt::Key_Down);
    auto *view = find<QTableView>("rosterView");
    QCOMPARE(QApplication::focusWidget(), view);
    QCOMPARE(view->currentIndex().siblingAtColumn(RosterModel::NameColumn).data().toString(),
             QStringLiteral("SigureMo"));

    // The Menu key's event, where the keyboard is.
    const QStringList entries
        = chooseInContextMenu(view->viewport(), view->visualRect(view->currentIndex()).center(),
                              [](const QAction *action) { return action->text() == QLatin1String("Mark &Late"); })
              .entries;
    QCOMPARE(entries.first(), QStringLiteral("Mark &Present"));
    QTRY_VERIFY2(view->currentIndex()
                     .siblingAtColumn(RosterModel::StatusColumn)
                     .data()
                     .toString()
                     .contains(QStringLiteral("Late")),
                 qPrintable(view->currentIndex().siblingAtColumn(RosterModel::StatusColumn).data().toString()));
    QVERIFY2(find<QLabel>("rosterCounts")->text().startsWith(QStringLiteral("1 present of 23 expected · 1 late")),
             qPrintable(find<QLabel>("rosterCounts")->text()));
    // The same entries are the Roster menu's.
    QStringList inMenu;
    for (const QAction *action : find<QMenu>("rosterMenu")->actions()) {
        if (!action->isSeparator()) {
            inMenu.append(action->text());
        }
    }
    QCOMPARE(inMenu, entries);
}

void TestCommands::openRecentListsAndReopensAnAgenda()
{
    openSample();
    QTemporaryDir other;
    const QString second = other.filePath(QStringLiteral("2022-04-28-meeting-agenda.md"));
    QVERIFY(test::writeAll(second,
                           "# PFCC 第二次会议\n\n- 本次会议时间：2022-4-28 19:00\n\n# 会议议程\n\n"
                           "- 新人介绍（5 minutes）\n- 讨论（20 minutes）\n"));
    QVERIFY(m_window->openFile(second));
    QCOMPARE(m_window->meeting()->meeting().title, QStringLiteral("PFCC 第二次会议"));

    // Gavel started again: the recent files are still there, the latest first.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
    m_window->show();
    auto *recent = find<QMenu>("recentMenu");
    QVERIFY(recent->isEnabled());
    QStringList entries;
    QAction *sample = nullptr;
    for (QAction *action : recent->actions()) {
        entries.append(action->text());
        if (action->text().endsWith(QStringLiteral("2022-04-14-meeting-agenda.md"))) {
            sample = action;
        }
    }
    QCOMPARE(entries.mid(0, 2),
             (QStringList {QStringLiteral("&1 2022-04-28-meeting-agenda.md"),
                           QStringLiteral("&2 2022-04-14-meeting-agenda.md")}));
    QVERIFY(sample);
    QCOMPARE(sample->toolTip(), QDir::toNativeSeparators(m_sample));
    sample->trigger();
    QCOMPARE(m_window->meeting()->meeting().title, QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Paddle Frawework Contributor Club 第一次会议 — Gavel"));
    // Opened, it is the latest.
    QCOMPARE(recent->actions().first()->text(), QStringLiteral("&1 2022-04-14-meeting-agenda.md"));
}

void TestCommands::droppingAnAgendaOpensItAndAnythingElseIsSaid()
{
    const auto drop = [this](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted()) {
            return false;
        }
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropped);
        return dropped.isAccepted();
    };
    QVERIFY(drop(m_sample));
    QCOMPARE(m_window->meeting()->meeting().title, QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QVERIFY(!find<QLabel>("emptyState")->isVisible());

    // Mid-meeting, a picture dropped by mistake: said at once, the meeting runs on untouched.
    key(Qt::Key_F5);
    key(Qt::Key_N, Qt::AltModifier);
    QTest::keyClicks(notes(), QStringLiteral("a note"));
    const RunState run = m_window->meeting()->run();
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("screenshot.md"));
    QVERIFY(test::writeAll(picture, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
    drop(picture);
    auto *banner = find<Banner>("banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("Could not open the agenda: "))
                 && banner->text().contains(picture),
             qPrintable(banner->text()));
    QCOMPARE(m_window->meeting()->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(m_window->meeting()->run(), run);
    QCOMPARE(m_window->meeting()->meeting().title, QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(notes()->toPlainText(), QStringLiteral("a note"));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // Something that is not a file (a link from a browser) is not taken.
    QMimeData link;
    link.setUrls({QUrl(QStringLiteral("https://github.com/PaddlePaddle/community"))});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &link, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted());
}

void TestCommands::shiftF6ShowsTheStageFullScreenKeepingTheFocus()
{
    openSample();
    key(Qt::Key_N, Qt::AltModifier);
    QTest::keyClicks(notes(), QStringLiteral("typed"));
    key(Qt::Key_F6, Qt::ShiftModifier);
    StageWindow *stage = m_window->stageWindow();
    QVERIFY(stage->isVisible());
    QVERIFY(stage->windowState() & Qt::WindowFullScreen);
    QCOMPARE(QApplication::focusWidget(), notes());
    QCOMPARE(notes()->toPlainText(), QStringLiteral("typed"));
    // F6 from full screen is the stage in a window again; F6 once more puts it away.
    key(Qt::Key_F6);
    QVERIFY(stage->isVisible());
    QVERIFY(!(stage->windowState() & Qt::WindowFullScreen));
    key(Qt::Key_F6);
    QVERIFY(!stage->isVisible());
    QCOMPARE(QApplication::focusWidget(), notes());
}

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
