#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace gavel::test {

// The corpus of real agendas beside the repository (../shared/corpus).
inline QString corpusDir()
{
    const QString fromEnv = qEnvironmentVariable("GAVEL_CORPUS_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(GAVEL_CORPUS_DIR) : fromEnv);
}

inline QString corpusFile(const QString &relative)
{
    return corpusDir() + QLatin1Char('/') + relative;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test input %s: %s", qPrintable(path), qPrintable(file.errorString()));
    }
    return file.readAll();
}

// Points the home and the XDG folders below `folder`, so nothing of a test (settings, the file
// dialogs' state) reaches the real home.
inline void keepHomeIn(const QString &folder)
{
    qputenv("HOME", QFile::encodeName(folder));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(folder + QStringLiteral("/data")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(folder + QStringLiteral("/cache")));
    QStandardPaths::setTestModeEnabled(true);
}

// Writes a test's input file (an editor saving it, say); false when it could not.
inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

#ifdef GAVEL_EXECUTABLE
struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs the real gavel executable, as a user would from a shell. It is waited for in the event
// loop, so a server inside the test (tests/common/fakewebserver.h) can answer it meanwhile.
inline ProcessResult runGavel(const QStringList &arguments, int timeoutMs = 60000,
                              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(GAVEL_EXECUTABLE), arguments);
    ProcessResult result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
        result.err = "timed out";
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
#endif

} // namespace gavel::test
