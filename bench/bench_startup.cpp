// Start-up: from exec to the first painted window, and the peak memory on the way, of
//   - the floor: a bare QMainWindow program (bench_floor), the least a Qt Widgets window costs;
//   - Gavel opening the sample meeting (a session of it exists, as on the chair's second open);
//   - Gavel opening a generated agenda of 1,000 items;
//   - Gavel opening the sample meeting in a series with 300 earlier meetings.
// Each is run N times (default 15), alternating, on a virtual display (Xvfb, started here when
// no DISPLAY is set); the programs quit after their first frame (GAVEL_EXIT_AFTER_FIRST_PAINT).
// Prints medians and the ratios the goals are stated in:
//   sample <= 1.5x the floor; peak memory <= 45 MiB; 1,000 items <= 2x the sample;
//   300 earlier meetings <= +10 ms over the sample.
// A benchmark: it prints numbers, it asserts nothing.
//
//   bench_startup [RUNS]
//   bench_startup --prepare FOLDER   only writes the homes and agendas into FOLDER and prints
//                                    how to start each case by hand (for a profiler)

#include "process.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace gavel;
using namespace gavel::bench;

namespace {

struct Case
{
    const char *label;
    QString program;
    QStringList args;
    QString home;
    std::vector<double> ms;
    std::vector<long> peakKiB;
};

void runOnce(Case &c, const QString &display, const QString &scratch)
{
    QTemporaryDir config(scratch + QStringLiteral("/config-XXXXXX"));
    QProcessEnvironment env = benchEnvironment(display, c.home, config.path());
    env.insert(QStringLiteral("GAVEL_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    Child child(c.program, c.args, env, config.filePath(QStringLiteral("log.txt")));
    const double painted = child.waitForLine("first-paint", 30000);
    if (painted < 0) {
        fail(QStringLiteral("%1 did not paint within 30 s; its log:\n%2").arg(QLatin1String(c.label), child.log()));
    }
    long peak = 0;
    if (!child.finish(&peak)) {
        fail(QStringLiteral("%1 did not exit cleanly after its first frame; its log:\n%2")
                 .arg(QLatin1String(c.label), child.log()));
    }
    c.ms.push_back(painted - child.startedMs());
    c.peakKiB.push_back(peak);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool prepareOnly = argc > 2 && qstrcmp(argv[1], "--prepare") == 0;
    const int runs = argc > 1 && !prepareOnly ? qMax(1, atoi(argv[1])) : 15;
    const QString bin = QCoreApplication::applicationDirPath();
    const QString gavelExe = bin + QStringLiteral("/gavel");
    const QString floorExe = bin + QStringLiteral("/bench_floor");
    const QString sample = QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");

    QTemporaryDir scratch;
    const QString root = prepareOnly ? QDir(QString::fromLocal8Bit(argv[2])).absolutePath() : scratch.path();
    // Each Gavel case has a home of its own; the sessions exist, so nothing asks for a series.
    const QString sampleHome = root + QStringLiteral("/home-sample");
    writeSessionFor(sampleHome, sample, false);
    const QString thousandHome = root + QStringLiteral("/home-1000");
    const QString thousand = root + QStringLiteral("/release-train-1000-items.md");
    writeFile(thousand, generatedAgenda(1000, QDate(2022, 4, 14))); // dated as the sample is
    writeSessionFor(thousandHome, thousand, false);
    const QString seriesHome = root + QStringLiteral("/home-series");
    writeEarlierMeetings(seriesHome, sample, 300);
    writeSessionFor(seriesHome, sample, false);

    if (prepareOnly) {
        std::printf("GAVEL_HOME=%s %s %s\n", qPrintable(sampleHome), qPrintable(gavelExe), qPrintable(sample));
        std::printf("GAVEL_HOME=%s %s %s\n", qPrintable(thousandHome), qPrintable(gavelExe), qPrintable(thousand));
        std::printf("GAVEL_HOME=%s %s %s\n", qPrintable(seriesHome), qPrintable(gavelExe), qPrintable(sample));
        return 0;
    }
    VirtualDisplay display;
    std::vector<Case> cases = {
        {"floor (bare QMainWindow)", floorExe, {}, root, {}, {}},
        {"Gavel, sample meeting", gavelExe, {sample}, sampleHome, {}, {}},
        {"Gavel, 1,000-item agenda", gavelExe, {thousand}, thousandHome, {}, {}},
        {"Gavel, sample, 300 earlier meetings", gavelExe, {sample}, seriesHome, {}, {}},
    };
    // One warm-up each (the disk cache), then the runs, alternating so drift hits all alike.
    for (Case &c : cases) {
        runOnce(c, display.name(), root);
        c.ms.clear();
        c.peakKiB.clear();
    }
    for (int i = 0; i < runs; ++i) {
        for (size_t k = 0; k < cases.size(); ++k) {
            runOnce(cases[(k + size_t(i)) % cases.size()], display.name(), root);
        }
    }

    const double floorMs = median(cases[0].ms);
    const double sampleMs = median(cases[1].ms);
    std::printf("start-up to the first painted frame, median of %d alternating runs, display %s\n", runs,
                qPrintable(display.name()));
    std::printf("  %-38s %10s %10s %12s\n", "", "ms", "x floor", "peak MiB");
    for (const Case &c : cases) {
        const double ms = median(c.ms);
        std::printf("  %-38s %10.1f %10.2f %12.1f\n", c.label, ms, ms / floorMs, median(c.peakKiB) / 1024.0);
    }
    std::printf("goals: sample <= 1.50x floor (is %.2fx); sample peak <= 45 MiB (is %.1f);\n", sampleMs / floorMs,
                median(cases[1].peakKiB) / 1024.0);
    std::printf("       1,000 items <= 2x sample (is %.2fx); 300 earlier meetings <= +10 ms (is %+.1f ms, %+.1f MiB)\n",
                median(cases[2].ms) / sampleMs, median(cases[3].ms) - sampleMs,
                (median(cases[3].peakKiB) - median(cases[1].peakKiB)) / 1024.0);
    return 0;
}
