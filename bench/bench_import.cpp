// Imports every agenda and minutes file of the corpus and prints the time per file
// (median of repeated runs), then a generated 100,000-item agenda. Numbers, not verdicts:
// run it on a quiet machine and compare runs with each other.

#include "agenda/agendaimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace gavel;

namespace {

double medianMicroseconds(const QByteArray &bytes, const QString &name, int runs, int *items)
{
    std::vector<double> times;
    times.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = AgendaImporter::importBytes(bytes, name);
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        *items = result.ok() ? int(result.meeting.items.size()) : -1;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(GAVEL_CORPUS_DIR);
    const int runs = 50;

    QStringList files;
    QDirIterator it(corpus, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "bench_import: no Markdown files under %s\n", qPrintable(corpus));
        return 1;
    }

    std::printf("%-52s %8s %6s %12s\n", "file", "bytes", "items", "median_us");
    double total = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_import: cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        int items = 0;
        const double us = medianMicroseconds(bytes, path, runs, &items);
        total += us;
        std::printf("%-52s %8lld %6d %12.1f\n", qPrintable(QDir(corpus).relativeFilePath(path)),
                    static_cast<long long>(bytes.size()), items, us);
    }
    std::printf("%-52s %8s %6s %12.1f\n", "corpus total (one import of each file)", "", "", total);

    QByteArray big = "# Many\n\n## Agenda\n\n";
    for (int i = 0; i < 100000; ++i) {
        big += "- item " + QByteArray::number(i) + " @someone (5 min)\n";
    }
    int items = 0;
    const double us = medianMicroseconds(big, QStringLiteral("generated"), 5, &items);
    std::printf("%-52s %8lld %6d %12.1f\n", "generated 100,000-item agenda", static_cast<long long>(big.size()), items,
                us);

    // Hostile shapes for the rules that look along a line or across the document: each must stay
    // linear in the document's size.
    QByteArray handles = "# Sync\n\n## Agenda\n\n- Topic ";
    QByteArray names = "# Sync\n\n## Agenda\n\n- Topic - ";
    QByteArray sections = "# Big\n\n";
    for (int i = 0; i < 100000; ++i) {
        handles += "I (@a" + QByteArray::number(i % 10) + ") said ";
        names += "Ann and ";
    }
    for (int i = 0; i < 4000; ++i) {
        sections += "## Topic " + QByteArray::number(i) + "\n\nNote: " + QByteArray::number(i)
            + "\n\n- We talked about topic " + QByteArray::number(i) + " at length today.\n\n";
    }
    const QList<std::pair<const char *, QByteArray>> hostile {
        {"hostile: one entry of 100,000 mentions", handles + "\n"},
        {"hostile: a title ending in 100,000 names", names + "Bo\n"},
        {"hostile: 4,000 sections, no agenda heading", sections},
    };
    for (const auto &[name, bytes] : hostile) {
        const double hostileUs = medianMicroseconds(bytes, QString::fromLatin1(name), 3, &items);
        std::printf("%-52s %8lld %6d %12.1f\n", name, static_cast<long long>(bytes.size()), items, hostileUs);
    }
    return 0;
}
