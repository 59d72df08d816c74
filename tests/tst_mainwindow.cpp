// The main window on real widgets (offscreen): open the sample, see what the chair sees;
// a bad file leaves the open meeting alone and says why in a banner, not a dialog.

#include "banner.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace gavel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void opensTheSample();
    void badFileKeepsTheMeeting();
    void quitShortcutClosesTheWindow();

private:
    const QString m_sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
};

template<typename T>
T *child(QWidget &window, const char *name)
{
    T *w = window.findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no %s in the window", name);
    }
    return w;
}

void TestMainWindow::opensTheSample()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(child<QLabel>(window, "emptyState")->isVisible());

    QVERIFY(window.openFile(m_sample));
    QCOMPARE(child<QLabel>(window, "meetingTitle")->text(), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    const QString people = child<QLabel>(window, "meetingPeople")->text();
    QVERIFY2(people.contains(QStringLiteral("Chair: 张军 (@jzhang533)")), qPrintable(people));
    QVERIFY2(people.contains(QStringLiteral("Vice-chair: 高翔 (@jeff41404)")), qPrintable(people));
    QVERIFY2(child<QLabel>(window, "meetingWhen")->text().contains(QStringLiteral("63 min planned")),
             qPrintable(child<QLabel>(window, "meetingWhen")->text()));
    QVERIFY(child<QLabel>(window, "meetingJoin")->text().contains(QStringLiteral("173-625-627")));

    QTreeView *agenda = child<QTreeView>(window, "agendaView");
    QVERIFY(agenda->isVisible());
    QCOMPARE(agenda->model()->rowCount(), 6);
    QVERIFY(agenda->isExpanded(agenda->model()->index(3, 0)));

    QListWidget *roster = child<QListWidget>(window, "rosterView");
    QCOMPARE(roster->count(), 21);
    QCOMPARE(roster->item(1)->text(), QStringLiteral("Tao Luo (@luotao1)"));
    QCOMPARE(child<QLabel>(window, "rosterTitle")->text(), QStringLiteral("Invited (21)"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
}

void TestMainWindow::badFileKeepsTheMeeting()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.md"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\x89PNG\r\n\x1a\n\0\0\0", 11);
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.openFile(m_sample));
    QVERIFY(!window.openFile(bad));

    Banner *banner = child<Banner>(window, "banner");
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(bad) && banner->text().contains(QStringLiteral("binary data")),
             qPrintable(banner->text()));
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // What was open is still there.
    QCOMPARE(child<QLabel>(window, "meetingTitle")->text(), QStringLiteral("Paddle Frawework Contributor Club 第一次会议"));
    QCOMPARE(window.currentFile(), QFileInfo(m_sample).absoluteFilePath());

    QVERIFY(window.openFile(m_sample));
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::quitShortcutClosesTheWindow()
{
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
