// A running meeting: what it costs while the chair does nothing, and how quickly the chair's
// actions apply on a large agenda.
//   1. CPU per minute, as a share of one core, of the floor (a label updated five times a
//      second), Gavel running the sample meeting, and Gavel running a 1,000-item agenda; one
//      after another, measured from /proc over SECONDS (default 60) after a settling time.
//   2. In this process, the real window on a 1,000-item agenda: the time from a chair's action
//      to the window repainted (Next Item, Previous Item, Add a Minute, a check-in from the
//      roster, one key typed into the notes), p50, p95 and the worst of many.
// Goals: running <= 0.5% of a core at any size; every action applied within 16 ms.
// Runs on a virtual display (Xvfb, started here when no DISPLAY is set). Prints, asserts nothing.
//
//   bench_running [SECONDS]

#include "mainwindow.h"
#include "process.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace gavel;
using namespace gavel::bench;

namespace {

struct Timed
{
    const char *label;
    std::vector<double> ms;
};

// Runs `action` and everything it set off, up to the window repainted: the posted events, then
// the paint of what changed (and only that), done now rather than at the display's next frame.
double timeAction(QWidget &window, const std::function<void()> &action)
{
    const double begin = monotonicMs();
    action();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QEvent paintNow(QEvent::UpdateRequest);
    QCoreApplication::sendEvent(window.windowHandle(), &paintNow);
    return monotonicMs() - begin;
}

void print(const Timed &t)
{
    std::vector<double> sorted = t.ms;
    std::sort(sorted.begin(), sorted.end());
    const auto at = [&](double q) { return sorted[std::min(sorted.size() - 1, size_t(q * double(sorted.size())))]; };
    std::printf("  %-34s %8.2f %8.2f %8.2f   (%zu times)\n", t.label, at(0.5), at(0.95), sorted.back(), sorted.size());
}

} // namespace

int main(int argc, char *argv[])
{
    const int seconds = argc > 1 ? qMax(1, atoi(argv[1])) : 60;
    VirtualDisplay display;
    qputenv("DISPLAY", display.name().toLocal8Bit());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QTemporaryDir scratch;
    const QString root = scratch.path();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root + QStringLiteral("/config-self")));
    qputenv("GAVEL_HOME", QFile::encodeName(root + QStringLiteral("/home-self")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(root)); // private (0700), as Qt wants it
    QApplication app(argc, argv);

    const QString bin = QCoreApplication::applicationDirPath();
    const QString sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
    const QString thousand = root + QStringLiteral("/release-train-1000-items.md");
    // Dated as the sample is, so both meet the same clock: only the size differs.
    writeFile(thousand, generatedAgenda(1000, QDate(2022, 4, 14)));

    // ---- 1. CPU while running, one program at a time, each alone on the display ----
    struct Running
    {
        const char *label;
        QString program;
        QStringList args;
        QString home;
    };
    const std::vector<Running> running = {
        {"floor (a label at 5 Hz)", bin + QStringLiteral("/bench_floor"), {}, root},
        {"Gavel, sample meeting, running",
         bin + QStringLiteral("/gavel"),
         {sample},
         root + QStringLiteral("/home-sample")},
        {"Gavel, 1,000 items, running",
         bin + QStringLiteral("/gavel"),
         {thousand},
         root + QStringLiteral("/home-1000")},
    };
    writeSessionFor(running[1].home, sample, true);
    writeSessionFor(running[2].home, thousand, true);
    std::printf("CPU while a meeting runs and nobody touches anything, %d s each, one after another, display %s\n"
                "(the X server's own drawing is not counted)\n",
                seconds, qPrintable(display.name()));
    std::printf("  %-34s %14s %14s\n", "", "% of a core", "ms per minute");
    for (const Running &r : running) {
        QTemporaryDir config(root + QStringLiteral("/config-XXXXXX"));
        Child child(r.program, r.args, benchEnvironment(display.name(), r.home, config.path()),
                    config.filePath(QStringLiteral("log.txt")));
        QThread::sleep(5); // start-up and the first layout are not the running meeting
        const double cpuAtStart = child.cpuMs();
        if (cpuAtStart < 0) {
            fail(QStringLiteral("%1 is not running; its log:\n%2").arg(QLatin1String(r.label), child.log()));
        }
        const double begin = monotonicMs();
        QThread::sleep(unsigned(seconds));
        const double wall = monotonicMs() - begin;
        const double used = child.cpuMs() - cpuAtStart;
        if (used < 0) {
            fail(QStringLiteral("%1 stopped while measured; its log:\n%2").arg(QLatin1String(r.label), child.log()));
        }
        std::printf("  %-34s %14.3f %14.1f\n", r.label, 100.0 * used / wall, used * 60000.0 / wall);
        std::fflush(stdout);
        child.terminate();
        child.finish();
    }

    // ---- 2. The chair's actions on a 1,000-item agenda, in this process ----
    writeSessionFor(qEnvironmentVariable("GAVEL_HOME"), thousand, true);
    MainWindow window;
    window.setAskForSeries(false);
    window.resize(1280, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail(QStringLiteral("the window did not show"));
    }
    window.openFile(thousand);
    QCoreApplication::processEvents();
    auto *next = window.findChild<QAction *>(QStringLiteral("actionNext"));
    auto *previous = window.findChild<QAction *>(QStringLiteral("actionPrevious"));
    auto *addMinute = window.findChild<QAction *>(QStringLiteral("actionAddMinute"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("rosterFilter"));
    auto *notes = window.findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
    if (!next || !previous || !addMinute || !filter || !notes) {
        fail(QStringLiteral("the window lacks an action or pane the benchmark drives"));
    }
    Timed tNext {"Next Item", {}};
    Timed tPrevious {"Previous Item", {}};
    Timed tMinute {"Add a Minute", {}};
    Timed tCheckIn {"check-in (name + Return)", {}};
    Timed tNote {"a key typed into the notes", {}};
    for (int i = 0; i < 100; ++i) {
        tNext.ms.push_back(timeAction(window, [&] { next->trigger(); }));
        tMinute.ms.push_back(timeAction(window, [&] { addMinute->trigger(); }));
        if (i % 4 == 3) {
            tPrevious.ms.push_back(timeAction(window, [&] { previous->trigger(); }));
        }
    }
    for (int i = 0; i < 40; ++i) {
        const QString name = QStringLiteral("contributor%1").arg(i);
        filter->setFocus();
        filter->setText(name);
        QCoreApplication::processEvents();
        tCheckIn.ms.push_back(timeAction(window, [&] { QTest::keyClick(filter, Qt::Key_Return); }));
    }
    notes->setFocus();
    for (int i = 0; i < 200; ++i) {
        const char key = "the chair types a note "[i % 23];
        tNote.ms.push_back(timeAction(window, [&] { QTest::keyClick(notes, key); }));
    }
    std::printf("a chair's action to the repainted window, 1,000-item agenda, ms\n");
    std::printf("  %-34s %8s %8s %8s\n", "", "p50", "p95", "worst");
    for (const Timed *t : {&tNext, &tPrevious, &tMinute, &tCheckIn, &tNote}) {
        print(*t);
    }
    std::printf("goals: running <= 0.5%% of a core at any size; every action within 16 ms\n");
    return 0;
}
