// The roster worked from the keyboard on the real main window (offscreen): Down then Enter in
// the list checks in the person picked there. Who is where on the sample's roster is read from
// the list itself; the people named (TCChenlong, chenyanlann) were looked up in the sample agenda.

#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/livemeeting.h"
#include "meeting/rostermodel.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

using namespace gavel;

class TestRoster : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void downThenEnterChecksInThePickedPerson();
    void enterAfterTypingChecksInThePickedMatch();
    void enterInAnotherTextFieldChecksInNobody();

private:
    template<typename T> T *find(const char *name) { return test::find<T>(m_window.get(), name); }
    // The person on the list's current row, as the list shows them.
    const Attendee *current() const;
    int present() const;
    const Attendee *byHandle(const QString &handle) const;

    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
};

void TestRoster::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_window = test::shownMainWindow(&m_clock, m_home->path());
    QVERIFY(m_window);
    QVERIFY(m_window->openFile(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md")));
}

void TestRoster::cleanup()
{
    m_window.reset();
    m_home.reset();
}

const Attendee *TestRoster::current() const
{
    const auto *list = m_window->findChild<QTableView *>(QStringLiteral("rosterView"));
    const QString key = list->currentIndex().siblingAtColumn(0).data(RosterModel::KeyRole).toString();
    for (const Attendee &a : m_window->meeting()->attendees()) {
        if (a.key() == key) {
            return &a;
        }
    }
    return nullptr;
}

int TestRoster::present() const
{
    int count = 0;
    for (const Attendee &a : m_window->meeting()->attendees()) {
        count += a.attended() ? 1 : 0;
    }
    return count;
}

const Attendee *TestRoster::byHandle(const QString &handle) const
{
    for (const Attendee &a : m_window->meeting()->attendees()) {
        if (a.github == handle) {
            return &a;
        }
    }
    return nullptr;
}

void TestRoster::downThenEnterChecksInThePickedPerson()
{
    auto *filter = find<QLineEdit>("rosterFilter");
    auto *list = find<QTableView>("rosterView");
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), filter);
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 2);
    const Attendee *picked = current();
    QVERIFY(picked);
    const QString key = picked->key();
    const QString name = picked->displayName();
    QCOMPARE(present(), 0);

    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(present(), 1);
    QVERIFY(current());
    QCOMPARE(current()->key(), key); // the one picked, and the list stays on them
    QCOMPARE(current()->status, Attendee::Status::Present);
    QCOMPARE(QApplication::focusWidget(), list);
    // What the list shows for them says so.
    QCOMPARE(list->currentIndex().siblingAtColumn(RosterModel::StatusColumn).data().toString(),
             QStringLiteral("✓ Present"));

    // Enter again says they are here already and changes nothing.
    const int undoCount = m_window->meeting()->undoStack()->count();
    QTest::keyClick(list, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(m_window->meeting()->undoStack()->count(), undoCount);
    QCOMPARE(find<QLabel>("walkInHint")->text(), QStringLiteral("Already checked in: %1").arg(name));
    QVERIFY(find<QLabel>("walkInHint")->isVisible());

    // The next one down, from the keyboard alone.
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(present(), 2);
    QCOMPARE(current()->status, Attendee::Status::Present);
    QVERIFY(current()->key() != key);
}

void TestRoster::enterAfterTypingChecksInThePickedMatch()
{
    auto *filter = find<QLineEdit>("rosterFilter");
    auto *list = find<QTableView>("rosterView");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("chen"));
    // "chen" matches TCChenlong first, then chenyanlann: the chair picks the second.
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    QVERIFY(current());
    QCOMPARE(current()->github, QStringLiteral("chenyanlann"));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(byHandle(QStringLiteral("chenyanlann"))->status, Attendee::Status::Present);
    QCOMPARE(byHandle(QStringLiteral("TCChenlong"))->status, Attendee::Status::Expected);
    // Ready for the next name.
    QCOMPARE(filter->text(), QString());
    QCOMPARE(QApplication::focusWidget(), filter);
}

void TestRoster::enterInAnotherTextFieldChecksInNobody()
{
    auto *filter = find<QLineEdit>("rosterFilter");
    auto *list = find<QTableView>("rosterView");
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QVERIFY(list->currentIndex().isValid()); // a person is picked in the list
    // The chair moves to the notes and types: Return there is a new line, not a check-in.
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::AltModifier);
    auto *notes = find<QPlainTextEdit>("notesEdit");
    QCOMPARE(QApplication::focusWidget(), notes);
    QTest::keyClicks(notes, QStringLiteral("Welcome"));
    QTest::keyClick(notes, Qt::Key_Return);
    QTest::keyClicks(notes, QStringLiteral("everyone"));
    QCOMPARE(notes->toPlainText(), QStringLiteral("Welcome\neveryone"));
    QCOMPARE(present(), 0);
}

QTEST_MAIN(TestRoster)
#include "tst_roster.moc"
