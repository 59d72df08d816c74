// The preferences and shortcuts windows, on real widgets (offscreen):
// what the chair sees and what reaches Settings. Settings live in the test's own home.

#include "preferencesdialog.h"
#include "shortcutsdialog.h"
#include "storage/settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace gavel;

namespace {

template<typename T> T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no %s in the window", name);
    }
    return w;
}

// The rows of the shortcuts table the chair can see: command and shortcut.
QList<QStringList> visibleRows(QTreeWidget *table)
{
    QList<QStringList> rows;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = table->topLevelItem(i);
        if (!row->isHidden()) {
            rows.append({row->text(0), row->text(1)});
        }
    }
    return rows;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void preferencesShowTheDefaults();
    void warningSecondsAreWrittenOnEdit();
    void defaultMinutesAreWrittenOnEdit();
    void soundCheckboxRoundTrips();
    void sessionsFolderIsWrittenOnEdit();
    void preferencesAreNotModal();
    void folderChooserIsNotModal();
    void labelsTakeTheFocusToTheirFields();

    void shortcutsListTheActions();
    void shortcutFilterHidesOtherRows();
    void shortcutsFollowChangedActions();
    void shortcutsWindowIsNotModalAndReadOnly();
    void commandTextDropsMnemonicsAndEllipsis();

private:
    std::unique_ptr<QTemporaryDir> m_home; // only when run outside CTest
};

void TestDialogs::initTestCase()
{
    // CTest gives each test a home of its own (and sets GAVEL_HOME); run by hand, make one.
    if (qEnvironmentVariableIsEmpty("GAVEL_HOME")) {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->path() + QStringLiteral("/config")));
    }
    // The sound stays inside the test as well: its runtime files go below the test's home, not
    // to /tmp, and no sound server is reached, so the test never makes a sound on a desktop.
    const QString runtime = QDir::homePath() + QStringLiteral("/runtime");
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    qputenv("PULSE_SERVER", "unix:" + QFile::encodeName(runtime) + "/no-sound-server");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Gavel"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    const QString home = QDir::homePath();
    const QString settingsFile = Settings::filePath();
    QVERIFY2(settingsFile.startsWith(home + QLatin1Char('/')),
             qPrintable(settingsFile + QStringLiteral(" is outside ") + home));
}

void TestDialogs::init()
{
    QFile::remove(Settings::filePath()); // every test starts from the defaults
}

void TestDialogs::preferencesShowTheDefaults()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QSpinBox>(dialog, "warningSeconds")->text(), QStringLiteral("60 s"));
    QCOMPARE(child<QSpinBox>(dialog, "defaultMinutes")->text(), QStringLiteral("5 min"));
    QVERIFY(!child<QCheckBox>(dialog, "soundEnabled")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "sessionsRoot")->text(), QString());
    // The reason the sound is off is in plain sight.
    QVERIFY(child<QLabel>(dialog, "soundNote")->isVisible());
    QVERIFY(child<QLabel>(dialog, "soundNote")->text().contains(QStringLiteral("microphone")));
    QVERIFY(child<QLabel>(dialog, "sessionsRootNote")->text().contains(QStringLiteral("GAVEL_HOME")));
}

void TestDialogs::warningSecondsAreWrittenOnEdit()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = child<QSpinBox>(dialog, "warningSeconds");
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("120"));
    // Typing 120 does not pass through 1 and 12 seconds on its way.
    QCOMPARE(changed.count(), 0);
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(Settings().warningSeconds(), 120);
    QCOMPARE(spin->text(), QStringLiteral("120 s"));
    QVERIFY(dialog.isVisible()); // Return applies the value; it does not close the window

    QTest::keyClick(spin, Qt::Key_Down); // one step is 15 seconds
    QCOMPARE(changed.count(), 2);
    QCOMPARE(Settings().warningSeconds(), 105);

    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("0"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(Settings().warningSeconds(), 0);
    QCOMPARE(spin->text(), QStringLiteral("No warning"));

    // A value still being typed when the window closes is kept.
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("45"));
    dialog.close();
    QCOMPARE(Settings().warningSeconds(), 45);
    QCOMPARE(changed.count(), 4);
}

void TestDialogs::defaultMinutesAreWrittenOnEdit()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = child<QSpinBox>(dialog, "defaultMinutes");
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("10"));
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(Settings().defaultItemMinutes(), 10);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(spin->text(), QStringLiteral("10 min"));
}

void TestDialogs::soundCheckboxRoundTrips()
{
    {
        PreferencesDialog dialog;
        QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *sound = child<QCheckBox>(dialog, "soundEnabled");
        QVERIFY(!sound->isChecked());
        QTest::keyClick(sound, Qt::Key_Space);
        QVERIFY(sound->isChecked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().soundEnabled(), true);
    }
    {
        PreferencesDialog dialog;
        QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *sound = child<QCheckBox>(dialog, "soundEnabled");
        QVERIFY(sound->isChecked());
        QTest::keyClick(sound, Qt::Key_Space);
        QVERIFY(!sound->isChecked());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().soundEnabled(), false);
    }
}

void TestDialogs::sessionsFolderIsWrittenOnEdit()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *folder = child<QLineEdit>(dialog, "sessionsRoot");
    folder->setFocus();
    QTest::keyClicks(folder, QStringLiteral("~/Meetings/Club"));
    QCOMPARE(changed.count(), 0); // not on every key
    QTest::keyClick(folder, Qt::Key_Return);
    const QString expected = QDir::homePath() + QStringLiteral("/Meetings/Club");
    QCOMPARE(Settings().sessionsRoot(), expected);
    QCOMPARE(folder->text(), QDir::toNativeSeparators(expected));
    QCOMPARE(changed.count(), 1);

    // Emptying the field goes back to the default.
    folder->selectAll();
    QTest::keyClick(folder, Qt::Key_Backspace);
    QTest::keyClick(folder, Qt::Key_Return);
    QCOMPARE(Settings().sessionsRoot(), QString());
    QCOMPARE(changed.count(), 2);
}

void TestDialogs::preferencesAreNotModal()
{
    QWidget mainWindow;
    mainWindow.show();
    auto *dialog = new PreferencesDialog(&mainWindow);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->windowModality(), Qt::NonModal);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

void TestDialogs::folderChooserIsNotModal()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::settingsChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "chooseSessionsRoot"), Qt::LeftButton);
    auto *chooser = child<QFileDialog>(dialog, "sessionsRootDialog");
    QVERIFY(chooser->isVisible());
    QVERIFY(!chooser->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    chooser->setDirectory(folder.path());
    chooser->selectFile(folder.path());
    static_cast<QDialog *>(chooser)->accept(); // as its Choose button does
    QCOMPARE(Settings().sessionsRoot(), QDir::cleanPath(folder.path()));
    QCOMPARE(child<QLineEdit>(dialog, "sessionsRoot")->text(), QDir::toNativeSeparators(folder.path()));
    QCOMPARE(changed.count(), 1);
}

void TestDialogs::labelsTakeTheFocusToTheirFields()
{
    PreferencesDialog dialog;
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(dialog, "warningSeconds"));
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(dialog, "defaultMinutes"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(dialog, "sessionsRoot"));
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier); // the check box's own mnemonic toggles it
    QTRY_VERIFY(child<QCheckBox>(dialog, "soundEnabled")->isChecked()); // a short animated click
    QCOMPARE(Settings().soundEnabled(), true);
}

void TestDialogs::shortcutsListTheActions()
{
    QAction start(QStringLiteral("&Start Meeting"));
    start.setShortcut(QKeySequence(Qt::Key_F5));
    QAction next(QStringLiteral("&Next Item"));
    next.setShortcuts({QKeySequence(Qt::ALT | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Right)});
    QAction open(QStringLiteral("&Open Agenda…"));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction about(QStringLiteral("&About Gavel")); // no shortcut: a command all the same
    QAction separator;
    separator.setSeparator(true);
    QAction end(QStringLiteral("&End Meeting…")); // a meeting command without a shortcut
    QAction hidden(QStringLiteral("Hidden"));
    hidden.setShortcut(QKeySequence(Qt::Key_F12));
    hidden.setVisible(false);
    QMenu recent(QStringLiteral("Open &Recent")); // a submenu is no command
    QMenu help(QStringLiteral("&Help"));
    help.addAction(&about);

    ShortcutsDialog dialog({&start, &next, &separator, &open, &about, &end, &hidden, recent.menuAction()});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTreeWidget>(dialog, "shortcutTable");
    QCOMPARE(table->headerItem()->text(0), QStringLiteral("Command"));
    QCOMPARE(table->headerItem()->text(1), QStringLiteral("Shortcut"));
    QCOMPARE(table->headerItem()->text(2), QStringLiteral("Menu"));
    const QList<QStringList> expected = {
        {QStringLiteral("Start Meeting"), QStringLiteral("F5")},
        {QStringLiteral("Next Item"), QStringLiteral("Alt+PgDown, Ctrl+Right")},
        {QStringLiteral("Open Agenda"), QStringLiteral("Ctrl+O")},
        {QStringLiteral("About Gavel"), QString()},
        {QStringLiteral("End Meeting"), QString()},
    };
    QCOMPARE(visibleRows(table), expected);
    QCOMPARE(table->topLevelItemCount(), 5);
    // The menu it is in, without its mnemonic.
    QCOMPARE(table->topLevelItem(3)->text(2), QStringLiteral("Help"));
    QCOMPARE(table->topLevelItem(0)->text(2), QString());
    QVERIFY(child<QLabel>(dialog, "shortcutNote")->text().contains(QStringLiteral("PageDown / PageUp")));
}

void TestDialogs::shortcutFilterHidesOtherRows()
{
    QAction start(QStringLiteral("&Start Meeting"));
    start.setShortcut(QKeySequence(Qt::Key_F5));
    QAction next(QStringLiteral("&Next Item"));
    next.setShortcut(QKeySequence(Qt::ALT | Qt::Key_PageDown));
    QAction open(QStringLiteral("&Open Agenda…"));
    open.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));

    ShortcutsDialog dialog({&start, &next, &open});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTreeWidget>(dialog, "shortcutTable");
    auto *filter = child<QLineEdit>(dialog, "shortcutFilter");
    auto *noMatch = child<QLabel>(dialog, "shortcutNoMatch");

    QTest::keyClicks(filter, QStringLiteral("nExT"));
    QCOMPARE(visibleRows(table), (QList<QStringList> {{QStringLiteral("Next Item"), QStringLiteral("Alt+PgDown")}}));
    QVERIFY(!noMatch->isVisible());

    // The keys are searched too.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("ctrl"));
    QCOMPARE(visibleRows(table), (QList<QStringList> {{QStringLiteral("Open Agenda"), QStringLiteral("Ctrl+O")}}));

    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("xyz"));
    QVERIFY(visibleRows(table).isEmpty());
    QVERIFY(noMatch->isVisible());

    filter->clear();
    QCOMPARE(visibleRows(table).size(), 3);
    QVERIFY(!noMatch->isVisible());
}

void TestDialogs::shortcutsFollowChangedActions()
{
    QAction undo(QStringLiteral("&Undo"));
    undo.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    ShortcutsDialog dialog({&undo});
    auto *table = child<QTreeWidget>(dialog, "shortcutTable");

    // Changed while the window was closed: shown when it opens.
    undo.setText(QStringLiteral("&Undo Next Item"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(visibleRows(table), (QList<QStringList> {{QStringLiteral("Undo Next Item"), QStringLiteral("Ctrl+Z")}}));

    // Changed while it is open: shown at once, the filter still applied.
    QTest::keyClicks(child<QLineEdit>(dialog, "shortcutFilter"), QStringLiteral("undo"));
    undo.setText(QStringLiteral("&Undo Skip"));
    QTRY_COMPARE(visibleRows(table), (QList<QStringList> {{QStringLiteral("Undo Skip"), QStringLiteral("Ctrl+Z")}}));
    undo.setText(QStringLiteral("Can't Undo"));
    undo.setShortcut(QKeySequence(Qt::Key_F9));
    QTRY_COMPARE(visibleRows(table), (QList<QStringList> {{QStringLiteral("Can't Undo"), QStringLiteral("F9")}}));
}

void TestDialogs::shortcutsWindowIsNotModalAndReadOnly()
{
    QAction start(QStringLiteral("&Start Meeting"));
    start.setShortcut(QKeySequence(Qt::Key_F5));
    ShortcutsDialog dialog({&start});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    auto *table = child<QTreeWidget>(dialog, "shortcutTable");
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!(table->topLevelItem(0)->flags() & Qt::ItemIsEditable));
    table->setCurrentItem(table->topLevelItem(0));
    QTest::keyClick(table, Qt::Key_F2);
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Start Meeting"));
    QCOMPARE(table->findChild<QLineEdit *>(), nullptr);
}

void TestDialogs::commandTextDropsMnemonicsAndEllipsis()
{
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("&Open Agenda…")), QStringLiteral("Open Agenda"));
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("Save &As...")), QStringLiteral("Save As"));
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("Q&&A &Round")), QStringLiteral("Q&A Round"));
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("&Pause\tSpace")), QStringLiteral("Pause"));
    // A mnemonic in brackets, as Chinese menus carry it, goes with its brackets (as in Qt's menus).
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("下一项(&N)")), QStringLiteral("下一项"));
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("打开议程(&O)…")), QStringLiteral("打开议程"));
    QCOMPARE(ShortcutsDialog::commandText(QStringLiteral("导出会议纪要 (PDF)(&P)")),
             QStringLiteral("导出会议纪要 (PDF)"));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
