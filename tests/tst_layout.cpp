// The main window on a chair's laptop: at 1024x700 (and larger) the words that matter keep their
// room. Widths are read from the widgets in a pinned font (DejaVu Sans 9 pt: offscreen and Xvfb
// measure text differently); the minimums are the ("about twelve characters" of a name)
// or what the longest word of a column measures in that font, never a width copied from a run.

#include "elidedlabel.h"
#include "fakeclock.h"
#include "mainwindow.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "meeting/rostermodel.h"
#include "minuteswindow.h"
#include "stagewindow.h"
#include "testsupport.h"
#include "widgetsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace gavel;
using test::find;

class TestLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void agendaTitleGetsTheMostRoom_data();
    void agendaTitleGetsTheMostRoom();
    void rosterNamesKeepTwelveCharacters_data();
    void rosterNamesKeepTwelveCharacters();
    void panesAndColumnsStayPutThroughTheMeeting();
    void notesKeepEightLinesWithDecisionsListed();
    void newcomerRoundLeavesTheNotesTheirRoom();
    void descriptionShowsUnderTheCurrentItem();
    void minutesGiveTheDecisionTextTheRoom();
    void windowsStayOnAScreenSmallerThanThePanesNeed();

private:
    void openSampleAt(const QSize &size);
    QList<int> paneWidths();
    // Eight numbered lines of `line` in the notes, scrolled to the top.
    static void writeEightLines(QPlainTextEdit *notes, const QString &line);
    // The lines of the notes wholly in sight: not scrolled away, not cut at the bottom.
    static int linesInSight(QPlainTextEdit *notes);
    QList<int> columnWidths(QHeaderView *header);
    // What a cell's delegate keeps beside its text.
    static int textMargins(const QWidget *view)
    {
        return 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
    }

    const QString m_sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
    std::unique_ptr<QTemporaryDir> m_home;
    FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch()};
    std::unique_ptr<MainWindow> m_window;
};

void TestLayout::initTestCase()
{
    QVERIFY2(QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")), "the pinned font is not installed");
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
}

void TestLayout::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    test::keepHomeIn(m_home->path());
    qputenv("GAVEL_HOME", m_home->filePath(QStringLiteral("sessions")).toUtf8());
    m_clock.setNowMs(QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch());
    m_window = std::make_unique<MainWindow>(&m_clock);
    m_window->setAskForSeries(false);
}

void TestLayout::cleanup()
{
    m_window.reset();
    m_home.reset();
}

void TestLayout::writeEightLines(QPlainTextEdit *notes, const QString &line)
{
    QStringList eight;
    for (int i = 1; i <= 8; ++i) {
        eight << QStringLiteral("%1. ").arg(i) + line;
    }
    notes->setFocus();
    notes->setPlainText(eight.join(QLatin1Char('\n')));
    notes->moveCursor(QTextCursor::Start);
}

int TestLayout::linesInSight(QPlainTextEdit *notes)
{
    int lines = 0;
    for (QTextBlock block = notes->document()->begin(); block.isValid(); block = block.next()) {
        const QRect rect = notes->cursorRect(QTextCursor(block)); // the line, in the viewport
        lines += rect.top() >= 0 && rect.bottom() <= notes->viewport()->height() ? 1 : 0;
    }
    return lines;
}

void TestLayout::openSampleAt(const QSize &size)
{
    m_window->resize(size);
    m_window->show();
    QApplication::setActiveWindow(m_window.get()); // the notes' chords want the active window
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_sample));
    QApplication::processEvents();
    QCOMPARE(m_window->size(), size);
}

QList<int> TestLayout::paneWidths()
{
    QApplication::processEvents(); // the layouts settle
    return find<QSplitter>(m_window.get(), "mainSplitter")->sizes();
}

QList<int> TestLayout::columnWidths(QHeaderView *header)
{
    QList<int> widths;
    for (int i = 0; i < header->count(); ++i) {
        widths.append(header->isSectionHidden(i) ? 0 : header->sectionSize(i));
    }
    return widths;
}

void TestLayout::agendaTitleGetsTheMostRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestLayout::agendaTitleGetsTheMostRoom()
{
    QFETCH(QSize, size);
    openSampleAt(size);
    auto *view = find<QTreeView>(m_window.get(), "agendaView");
    QHeaderView *header = view->header();
    const int title = header->sectionSize(AgendaModel::TitleColumn);
    const QString widths = QStringLiteral("columns %1 in a view of %2 px")
                               .arg([&] {
                                   QStringList list;
                                   for (int w : columnWidths(header)) {
                                       list.append(QString::number(w));
                                   }
                                   return list.join(QLatin1Char(' '));
                               }())
                               .arg(view->viewport()->width());

    // The title is the widest column, and holds twelve letters of a title beside a sub-item's
    // branches, with the cell's margins.
    for (int column = 0; column < AgendaModel::ColumnCount; ++column) {
        if (column != AgendaModel::TitleColumn) {
            QVERIFY2(title > header->sectionSize(column), qPrintable(widths));
        }
    }
    QVERIFY2(title >= view->fontMetrics().horizontalAdvance(QStringLiteral("Paddle Frawe")) + 2 * view->indentation()
                     + textMargins(view),
             qPrintable(widths));
    // Every column is seen whole: no sideways scrolling, and each header's word fits ("Item", not "Iten").
    QVERIFY2(!view->horizontalScrollBar()->isVisible(), qPrintable(widths));
    QVERIFY2(header->length() <= view->viewport()->width(), qPrintable(widths));
    for (int column = 0; column < AgendaModel::ColumnCount; ++column) {
        if (header->isSectionHidden(column)) {
            QCOMPARE(column, int(AgendaModel::SpeakersColumn)); // only the speakers give way, to the title
            continue;
        }
        const QString word = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(word),
                 qPrintable(word + QLatin1Char(' ') + widths));
    }
    // On the wide screen the speakers are shown, a long handle of the agenda whole.
    if (size.width() >= 1920) {
        QVERIFY2(!header->isSectionHidden(AgendaModel::SpeakersColumn), qPrintable(widths));
        QVERIFY2(header->sectionSize(AgendaModel::SpeakersColumn)
                     >= view->fontMetrics().horizontalAdvance(QStringLiteral("@S-HuaBomb")) + textMargins(view),
                 qPrintable(widths));
    }
    // The state column holds its longest word in the bold of the current row.
    QFont bold = view->font();
    bold.setBold(true);
    for (const QString &word : {QStringLiteral("Upcoming"), QStringLiteral("❚❚ Paused"), QStringLiteral("⤼ Skipped")}) {
        QVERIFY2(header->sectionSize(AgendaModel::StateColumn) >= QFontMetrics(bold).horizontalAdvance(word),
                 qPrintable(word + QLatin1Char(' ') + widths));
    }
    // The window holds the meeting without scrolling it.
    auto *page = find<QScrollArea>(m_window.get(), "meetingScroll");
    QVERIFY(!page->verticalScrollBar()->isVisible());
    QVERIFY(!page->horizontalScrollBar()->isVisible());
    // A long title is elided in its row, the whole of it in the tooltip.
    const QModelIndex first = view->model()->index(0, AgendaModel::TitleColumn);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(view->textElideMode(), Qt::ElideRight);
    // Item 4.1 of the agenda links its speaker: the title's tooltip names them, where the pane
    // is too narrow for their column.
    const QModelIndex part = view->model()->index(0, AgendaModel::TitleColumn, view->model()->index(3, 0));
    QCOMPARE(part.data(Qt::ToolTipRole).toString(), QStringLiteral("S-HuaBomb\n@S-HuaBomb"));
}

void TestLayout::rosterNamesKeepTwelveCharacters_data()
{
    agendaTitleGetsTheMostRoom_data();
}

void TestLayout::rosterNamesKeepTwelveCharacters()
{
    QFETCH(QSize, size);
    openSampleAt(size);
    LiveMeeting *meeting = m_window->meeting();
    QVERIFY(meeting->start());
    m_clock.advance(12 * 60 * 1000);
    meeting->evaluate();
    QVERIFY(meeting->checkIn(QStringLiteral("gh:tcchenlong"))); // 12 minutes after the start: late
    QVERIFY(meeting->setAttendanceStatus(QStringLiteral("gh:ligoml"), Attendee::Status::LeftEarly));
    QApplication::processEvents();

    auto *view = find<QTableView>(m_window.get(), "rosterView");
    QHeaderView *header = view->horizontalHeader();
    const QModelIndex late
        = view->model()->index(meeting->attendeeIndex(QStringLiteral("gh:tcchenlong")), RosterModel::StatusColumn);
    QVERIFY2(late.data().toString().contains(QStringLiteral("Late (12 min)")), qPrintable(late.data().toString()));
    const int name = header->sectionSize(RosterModel::NameColumn);
    const QString widths = QStringLiteral("name %1, status %2 in a view of %3 px")
                               .arg(name)
                               .arg(header->sectionSize(RosterModel::StatusColumn))
                               .arg(view->viewport()->width());
    // Every name of up to twelve characters is shown whole ("TCChenlong", "Liyulingyue"), in the
    // bold of the present; the status says all it says.
    QFont bold = view->font();
    bold.setBold(true);
    int names = 0;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString shown = view->model()->index(row, RosterModel::NameColumn).data().toString();
        if (shown.size() <= 12) {
            ++names;
            QVERIFY2(name >= QFontMetrics(bold).horizontalAdvance(shown) + textMargins(view),
                     qPrintable(shown + QLatin1Char(' ') + widths));
        }
        const QString status = view->model()->index(row, RosterModel::StatusColumn).data().toString();
        QVERIFY2(header->sectionSize(RosterModel::StatusColumn) >= QFontMetrics(bold).horizontalAdvance(status),
                 qPrintable(status + QLatin1Char(' ') + widths));
    }
    QVERIFY(names >= 15); // most of the roster
    QVERIFY2(header->length() <= view->viewport()->width(), qPrintable(widths));
}

void TestLayout::panesAndColumnsStayPutThroughTheMeeting()
{
    openSampleAt(QSize(1024, 700));
    LiveMeeting *meeting = m_window->meeting();
    auto *agenda = find<QTreeView>(m_window.get(), "agendaView")->header();
    auto *roster = find<QTableView>(m_window.get(), "rosterView")->horizontalHeader();
    auto *digits = find<QWidget>(m_window.get(), "timerDigits");
    auto *progress = find<QWidget>(m_window.get(), "timerProgress");
    const QList<int> panes = paneWidths();
    const QList<int> agendaColumns = columnWidths(agenda);
    const QList<int> rosterColumns = columnWidths(roster);
    const auto same = [&](const char *when) {
        const QList<int> now = paneWidths();
        for (int i = 0; i < panes.size(); ++i) {
            QVERIFY2(qAbs(now[i] - panes[i]) <= 2,
                     qPrintable(QStringLiteral("%1: panes %2 %3 %4, were %5 %6 %7")
                                    .arg(QLatin1String(when))
                                    .arg(now[0])
                                    .arg(now[1])
                                    .arg(now[2])
                                    .arg(panes[0])
                                    .arg(panes[1])
                                    .arg(panes[2])));
        }
        QVERIFY2(columnWidths(agenda) == agendaColumns, when);
        QVERIFY2(columnWidths(roster) == rosterColumns, when);
        // The middle keeps the height its rows need: the digits stand clear of the bar under them.
        QVERIFY2(digits->geometry().bottom() < progress->geometry().top(), when);
    };

    QVERIFY(meeting->start());
    same("started");
    m_clock.advance(4 * 60 * 1000 + 30 * 1000);
    meeting->evaluate();
    same("wrap up");
    m_clock.advance(9 * 60 * 1000); // 8:30 over the five minutes planned
    meeting->evaluate();
    QCOMPARE(meeting->timerState(), LiveMeeting::TimerState::Overtime);
    same("overtime");
    QVERIFY(meeting->pause());
    same("paused");
    QVERIFY(meeting->resume());
    QVERIFY(meeting->checkIn(QStringLiteral("gh:tcchenlong")));
    same("someone late");
    // An item without a duration asks for one inline; the notes open the decision bar.
    const int untimed = meeting->addItem(0, 1, QStringLiteral("没有时长的议题"));
    QVERIFY(meeting->jumpTo(untimed));
    QCOMPARE(meeting->timerState(), LiveMeeting::TimerState::CountUp);
    same("untimed item");
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    notes->setFocus();
    QTest::keyClick(notes, Qt::Key_D, Qt::ControlModifier);
    QVERIFY(find<QWidget>(m_window.get(), "entryText")->isVisible());
    same("decision bar");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(notes, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(find<QWidget>(m_window.get(), "entryOwner")->isVisible());
    same("action bar");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(meeting->endMeeting());
    same("ended");
}

void TestLayout::notesKeepEightLinesWithDecisionsListed()
{
    openSampleAt(QSize(1024, 700));
    LiveMeeting *meeting = m_window->meeting();
    QVERIFY(meeting->start());
    const int item = meeting->currentId();
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(meeting->addDecision(item, QStringLiteral("决定 %1：每两周一次例会").arg(i)));
        QVERIFY(meeting->addAction(item, QStringLiteral("Action %1").arg(i), QStringLiteral("张军"),
                                   QStringLiteral("jzhang533"), QDate()));
    }
    QApplication::processEvents(); // the list is rebuilt on a queued signal
    QApplication::processEvents();
    auto *listed = find<QTreeWidget>(m_window.get(), "itemDecisions");
    QTRY_COMPARE(listed->topLevelItemCount(), 8);
    QVERIFY(listed->isVisible());
    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    // Eight lines of the chair's Chinese, each set in the CJK face (taller than the Latin one):
    // all eight are in sight, the first not scrolled away, the last not cut.
    writeEightLines(notes, QStringLiteral("会议纪要放在社区仓库"));
    const auto visibleLines = [notes] { return linesInSight(notes); };
    QApplication::processEvents();
    const int lines = visibleLines();
    QVERIFY2(lines >= 8, qPrintable(QStringLiteral("%1 lines of notes in %2 px").arg(lines).arg(notes->height())));
    // ... without the window scrolling the meeting to make that room.
    QVERIFY(!find<QScrollArea>(m_window.get(), "meetingScroll")->verticalScrollBar()->isVisible());

    // An item without a duration asks for one in a row of its own, which takes some of that
    // room for a while; back on a timed item, the notes have it again.
    const int untimed = meeting->addItem(0, 1, QStringLiteral("没有时长的议题"));
    QVERIFY(meeting->jumpTo(untimed));
    QTRY_VERIFY(find<QWidget>(m_window.get(), "setDurationButton")->isVisible());
    QVERIFY(meeting->jumpTo(item));
    QTRY_VERIFY2(visibleLines() >= 8, qPrintable(QString::number(visibleLines())));
}

void TestLayout::newcomerRoundLeavesTheNotesTheirRoom()
{
    // The community's 2025-12-11 agenda opens with a round of twelve newcomers: the current
    // item's title takes two lines and its speakers a third. With decisions listed, the notes
    // keep eight lines of Chinese, and the window does not scroll the meeting to give them.
    m_window->resize(1024, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openFile(test::corpusFile(QStringLiteral("pfcc-2025/2025-12-11-meeting-agenda.md"))));
    LiveMeeting *meeting = m_window->meeting();
    QVERIFY(meeting->start());
    const int item = meeting->currentId();
    QVERIFY(meeting->item(item)->speakers.size() >= 9);
    QVERIFY(meeting->addDecision(item, QStringLiteral("新人加入 PFCC 微信群")));
    QVERIFY(meeting->addAction(item, QStringLiteral("为新人分配快乐开源任务"), QString(), QString(), QDate()));
    QApplication::processEvents();
    QApplication::processEvents();
    QTRY_VERIFY(find<QWidget>(m_window.get(), "itemDecisions")->isVisible());
    QVERIFY(find<QWidget>(m_window.get(), "currentSpeakers")->isVisible());
    auto *title = find<QLabel>(m_window.get(), "currentTitle");
    QVERIFY2(title->height() >= 2 * title->fontMetrics().lineSpacing(), "the title has its two lines");

    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    writeEightLines(notes, QStringLiteral("新同学介绍了自己的方向"));
    QApplication::processEvents();
    const int lines = linesInSight(notes);
    QVERIFY2(lines >= 8, qPrintable(QStringLiteral("%1 lines of notes in %2 px").arg(lines).arg(notes->height())));
    QVERIFY(!find<QScrollArea>(m_window.get(), "meetingScroll")->verticalScrollBar()->isVisible());
}

void TestLayout::descriptionShowsUnderTheCurrentItem()
{
    // The sample's last item has three untimed topics under "部分议题：" in the agenda: they are
    // its description, shown under its title while it runs, on one line, and the notes
    // keep their eight lines of Chinese at 1024x700.
    openSampleAt(QSize(1024, 700));
    LiveMeeting *meeting = m_window->meeting();
    QVERIFY(meeting->start());
    auto *description = find<ElidedLabel>(m_window.get(), "currentDescription");
    QVERIFY(!description->isVisible()); // the first item has none
    const QList<int> order = meeting->runOrder();
    const int last = order.last();
    QCOMPARE(meeting->item(last)->title, QStringLiteral("确定下次会议的主席与副主席，以及召开时间 和 部分议题预告"));
    QVERIFY(meeting->jumpTo(last));
    QApplication::processEvents();
    QTRY_VERIFY(description->isVisible());
    QVERIFY2(description->fullText().startsWith(QStringLiteral("部分议题：API 单测：在飞桨开发早期")),
             qPrintable(description->fullText()));
    QVERIFY(description->fullText().contains(QStringLiteral(" · 性能优化：")));
    QVERIFY(description->fullText().contains(QStringLiteral(" · 硬件适配：")));
    // Far longer than a line of the pane: cut with "…", the whole in the tooltip.
    QVERIFY2(description->text().endsWith(QChar(0x2026)), qPrintable(description->text()));
    QCOMPARE(description->toolTip(), description->fullText());

    auto *notes = find<QPlainTextEdit>(m_window.get(), "notesEdit");
    writeEightLines(notes, QStringLiteral("下次会议介绍重点方向"));
    QApplication::processEvents();
    const int lines = linesInSight(notes);
    QVERIFY2(lines >= 8, qPrintable(QStringLiteral("%1 lines of notes in %2 px").arg(lines).arg(notes->height())));
    QVERIFY(!find<QScrollArea>(m_window.get(), "meetingScroll")->verticalScrollBar()->isVisible());
}

void TestLayout::minutesGiveTheDecisionTextTheRoom()
{
    openSampleAt(QSize(1024, 700));
    LiveMeeting *meeting = m_window->meeting();
    QVERIFY(meeting->start());
    const QString decision
        = QStringLiteral("决定：飞桨框架贡献者俱乐部每两周举行一次例会，会议纪要由轮值主席负责整理并在会后三天内"
                         "提交到社区仓库，下一次会议的议程在会前一周公布。");
    QVERIFY(meeting->addDecision(meeting->currentId(), decision));
    m_window->findChild<QAction *>(QStringLiteral("actionMinutesWindow"))->trigger();
    auto *window = m_window->findChild<MinutesWindow *>(QStringLiteral("minutesWindow"));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *overview = find<QTreeWidget>(window, "decisionsOverview");
    QVERIFY(overview);
    QTRY_COMPARE(overview->topLevelItemCount(), 1);
    QHeaderView *header = overview->header();
    const int text = header->sectionSize(1);
    const int item = header->sectionSize(4);
    QVERIFY2(text > 2 * item, qPrintable(QStringLiteral("text %1, item %2").arg(text).arg(item)));
    // The decision wraps: its row is taller than one line, and all of it is shown.
    const auto rowHeight = [&] { return overview->visualItemRect(overview->topLevelItem(0)).height(); };
    QTRY_VERIFY2(rowHeight() >= 2 * overview->fontMetrics().lineSpacing(), qPrintable(QString::number(rowHeight())));
}

void TestLayout::windowsStayOnAScreenSmallerThanThePanesNeed()
{
    // The offscreen screen is 800 pixels wide, less than the panes need side by side: as a scale factor
    // of 2 leaves 960x540 of a 1920x1080 screen. The window opens at its usual size or the
    // screen's room, and the meeting scrolls inside it.
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.width() < 1024, "the offscreen screen is larger than expected");
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(m_sample));
    QApplication::processEvents();
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(m_window->width())
                            .arg(m_window->height())
                            .arg(available.width())
                            .arg(available.height())));
    auto *page = find<QScrollArea>(m_window.get(), "meetingScroll");
    QVERIFY(page->horizontalScrollBar()->isVisible() || page->verticalScrollBar()->isVisible());

    m_window->findChild<QAction *>(QStringLiteral("actionStage"))->trigger();
    StageWindow *stage = m_window->stageWindow();
    QVERIFY(stage);
    QVERIFY(QTest::qWaitForWindowExposed(stage));
    QVERIFY(available.contains(stage->frameGeometry()));
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
