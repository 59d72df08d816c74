// Importing a series' history from the community's agendas and minutes: the corpus's 55 files
// (2022 and 2025 as year folders) and a generated folder of 1,000, read the first time (every
// file), again (stamps only), and with one file changed; then what the GUI thread pays once
// the worker is done (who is known before the meeting, handed to the meeting and its roster),
// and the sessions-only reading the window does at each opening with those documents in the
// index. Prints milliseconds, medians of a few runs. A benchmark, not a test: nothing asserted.

#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "meeting/rostermodel.h"
#include "series/serieshistory.h"
#include "series/seriesindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace gavel;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double timeMs(const std::function<void()> &run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    return double(timer.nsecsElapsed()) / 1e6;
}

QStringList corpusFiles(const QString &corpus)
{
    QStringList out;
    for (const char *year : {"pfcc-2022", "pfcc-2025"}) {
        const QDir dir(QDir(corpus).filePath(QLatin1String(year)));
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
            out.append(dir.filePath(name));
        }
    }
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The corpus as a clone holds it: pfcc/meetings/2022 and 2025.
void copyCorpus(const QString &corpus, const QString &to)
{
    for (const QString &path : corpusFiles(corpus)) {
        const QString year = QFileInfo(path).fileName().left(4);
        QDir().mkpath(QDir(to).filePath(year));
        QFile::copy(path, QDir(to).filePath(year + QLatin1Char('/') + QFileInfo(path).fileName()));
    }
}

// `count` files in 20 year folders: the corpus's files in turn, each copy's handles made its
// own (a community whose people change over the years) and its date in the name moved on.
void generate(const QString &corpus, const QString &to, int count)
{
    const QStringList files = corpusFiles(corpus);
    static const QRegularExpression handle(QStringLiteral("github\\.com/([A-Za-z0-9-]{1,30})\\)"));
    for (int i = 0; i < count; ++i) {
        const QString source = files[i % files.size()];
        const QDate date = QDate(2006, 1, 5).addDays(7 * i);
        const QString year = QString::number(date.year());
        QDir().mkpath(QDir(to).filePath(year));
        QString text = QString::fromUtf8(readAll(source));
        text.replace(handle, QStringLiteral("github.com/\\1-g%1)").arg(i / files.size()));
        const QString name = date.toString(Qt::ISODate) + QFileInfo(source).fileName().mid(10);
        writeAll(QDir(to).filePath(year + QLatin1Char('/') + name), text.toUtf8());
    }
}

void measure(const char *label, const QString &repo, const QString &touched)
{
    std::vector<double> cold, warm, changed, gui, sessionsOnly;
    int filesRead = 0;
    int documents = 0;
    int known = 0;
    qint64 indexBytes = 0;
    for (int run = 0; run < 5; ++run) {
        QTemporaryDir root;
        const QString series = QDir(root.path()).filePath(QStringLiteral("PFCC"));
        QDir().mkpath(series);
        SeriesHistory history;
        cold.push_back(timeMs([&] { history = SeriesHistory::load(series, repo, nullptr, nullptr, &filesRead); }));
        documents = int(history.documents().size());
        warm.push_back(timeMs([&] { history = SeriesHistory::load(series, repo, nullptr); }));
        QFile file(touched);
        file.open(QIODevice::ReadWrite);
        file.setFileTime(QFileInfo(touched).lastModified().addSecs(60), QFileDevice::FileModificationTime);
        file.close();
        changed.push_back(timeMs([&] { history = SeriesHistory::load(series, repo, nullptr); }));
        indexBytes = QFileInfo(seriesindex::indexPath(series)).size();

        // What MainWindow::onHistoryLoaded does on the GUI thread, with a roster model listening.
        FixedClock clock(QDateTime(QDate(2025, 12, 11), QTime(19, 0)).toMSecsSinceEpoch());
        LiveMeeting live(&clock);
        Meeting meeting;
        meeting.title = QStringLiteral("PFCC");
        meeting.time.date = QDate(2025, 12, 11);
        for (int p = 0; p < 30; ++p) {
            meeting.roster.append(Person {QString(), QStringLiteral("person%1-demo").arg(p)});
        }
        live.load(meeting);
        RosterModel model(&live);
        gui.push_back(timeMs([&] {
            const QSet<QString> keys = history.knownBefore(QDate(2025, 12, 11));
            known = int(keys.size());
            live.setPastAttendees(keys);
        }));
        // The sessions-only reading MainWindow::loadSeriesHistory does first, on the GUI thread.
        sessionsOnly.push_back(timeMs([&] { SeriesHistory::load(series); }));
    }
    std::printf("%-26s %5d read %5d docs %6d keys  first %8.1f  again %6.1f  one changed %6.1f  "
                "GUI: apply %5.2f  sessions-only %5.2f  (index %lld KB)\n",
                label, filesRead, documents, known, median(cold), median(warm), median(changed), median(gui),
                median(sessionsOnly), indexBytes / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString corpus = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(GAVEL_CORPUS_DIR);
    if (corpusFiles(corpus).isEmpty()) {
        std::fprintf(stderr, "no corpus at %s\n", qPrintable(corpus));
        return 1;
    }
    std::printf("times in ms, median of 5 runs; \"first\", \"again\" and \"one changed\" run on the worker\n");
    QTemporaryDir small;
    copyCorpus(corpus, small.path());
    measure("corpus (2022, 2025)", small.path(),
            QDir(small.path()).filePath(QStringLiteral("2025/2025-10-16-meeting-minutes.md")));
    QTemporaryDir big;
    generate(corpus, big.path(), 1000);
    QStringList any = QDir(QDir(big.path()).filePath(QStringLiteral("2015"))).entryList(QDir::Files);
    measure("generated, 1,000 files", big.path(), QDir(big.path()).filePath(QStringLiteral("2015/") + any.first()));
    return 0;
}
