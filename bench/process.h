#pragma once

// Starting a program for a benchmark and reading what it cost: wall time from exec to a line it
// prints, CPU time over a stretch, peak memory. POSIX (posix_spawn, wait4, /proc), so the
// figures are the kernel's, not a wrapper's. Header only.

#include "generate.h"

#include <QByteArray>
#include <QFile>
#include <QProcessEnvironment>
#include <QStringList>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace gavel::bench {

inline double monotonicMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A program running under the benchmark, its stdout on a pipe and its stderr in a file.
class Child
{
public:
    Child(const QString &program, const QStringList &args, const QProcessEnvironment &env, const QString &logPath)
        : m_log(logPath)
    {
        int out[2];
        if (pipe(out) != 0) {
            fail(QStringLiteral("pipe failed"));
        }
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, out[0]);
        const QByteArray log = QFile::encodeName(logPath);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

        std::vector<QByteArray> argBytes {QFile::encodeName(program)};
        for (const QString &a : args) {
            argBytes.push_back(a.toLocal8Bit());
        }
        std::vector<char *> argv;
        for (QByteArray &a : argBytes) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        std::vector<QByteArray> envBytes;
        for (const QString &e : env.toStringList()) {
            envBytes.push_back(e.toLocal8Bit());
        }
        std::vector<char *> envp;
        for (QByteArray &e : envBytes) {
            envp.push_back(e.data());
        }
        envp.push_back(nullptr);

        m_startedMs = monotonicMs();
        if (posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(), envp.data()) != 0) {
            fail(QStringLiteral("cannot start %1").arg(program));
        }
        posix_spawn_file_actions_destroy(&actions);
        close(out[1]);
        m_out = out[0];
    }

    ~Child()
    {
        if (m_pid > 0) {
            kill(m_pid, SIGKILL);
            finish();
        }
        if (m_out >= 0) {
            close(m_out);
        }
    }

    double startedMs() const { return m_startedMs; }
    pid_t pid() const { return m_pid; }

    // Waits up to `timeoutMs` for a line on stdout; returns when it came (monotonicMs), or < 0.
    double waitForLine(const QByteArray &line, int timeoutMs)
    {
        const double deadline = monotonicMs() + timeoutMs;
        while (monotonicMs() < deadline) {
            if (m_seen.contains(line)) {
                return m_lineAtMs;
            }
            pollfd fd {m_out, POLLIN, 0};
            if (poll(&fd, 1, 50) > 0) {
                char buffer[4096];
                const ssize_t n = read(m_out, buffer, sizeof buffer);
                if (n <= 0) {
                    return -1; // it exited without saying it
                }
                m_lineAtMs = monotonicMs();
                m_seen.append(buffer, int(n));
            }
        }
        return m_seen.contains(line) ? m_lineAtMs : -1;
    }

    // CPU time the process has used so far (user + system), from /proc/<pid>/stat.
    double cpuMs() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
        if (!stat.open(QIODevice::ReadOnly)) {
            return -1;
        }
        const QByteArray text = stat.readAll();
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13) {
            return -1;
        }
        return (fields[11].toDouble() + fields[12].toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }

    void terminate() { kill(m_pid, SIGTERM); }

    // Waits for the process to end; its peak resident memory in KiB, and whether it exited 0.
    bool finish(long *peakKiB = nullptr)
    {
        int status = 0;
        rusage usage {};
        if (wait4(m_pid, &status, 0, &usage) < 0) {
            return false;
        }
        m_pid = -1;
        if (peakKiB) {
            *peakKiB = usage.ru_maxrss;
        }
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

    QString log() const
    {
        QFile file(m_log);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    pid_t m_pid = -1;
    int m_out = -1;
    double m_startedMs = 0;
    double m_lineAtMs = 0;
    QByteArray m_seen;
    QString m_log;
};

// An Xvfb server for the benchmark when no display is set (a display is used as it is).
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        if (!qEnvironmentVariableIsEmpty("DISPLAY")) {
            m_name = qEnvironmentVariable("DISPLAY");
            return;
        }
        int fds[2];
        if (pipe(fds) != 0) {
            fail(QStringLiteral("pipe failed"));
        }
        const QByteArray fd = QByteArray::number(fds[1]);
        const char *argv[]
            = {"Xvfb", "-displayfd", fd.constData(), "-screen", "0", "1280x800x24", "-nolisten", "tcp", nullptr};
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        if (posix_spawnp(&m_server, "Xvfb", &actions, nullptr, const_cast<char **>(argv), environ) != 0) {
            fail(QStringLiteral("no display and no Xvfb to start one (packaging/install-deps.sh installs it)"));
        }
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        QByteArray number;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') {
            number.append(c);
        }
        close(fds[0]);
        if (number.isEmpty()) {
            fail(QStringLiteral("Xvfb did not start"));
        }
        m_name = QStringLiteral(":") + QString::fromLatin1(number);
    }

    ~VirtualDisplay()
    {
        if (m_server > 0) {
            kill(m_server, SIGTERM);
            waitpid(m_server, nullptr, 0);
        }
    }

    QString name() const { return m_name; }

private:
    pid_t m_server = -1;
    QString m_name;
};

// The environment a measured program runs in: its own home, no settings, the display.
inline QProcessEnvironment benchEnvironment(const QString &display, const QString &home, const QString &config)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("GAVEL_HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), config);
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

template<typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? T() : values[values.size() / 2];
}

} // namespace gavel::bench
