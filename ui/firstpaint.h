#pragma once

// For the start-up benchmark (bench/bench_startup): when GAVEL_EXIT_AFTER_FIRST_PAINT is set,
// the window's first painted frame prints "first-paint" on stdout and quits the application,
// so the benchmark can time exec to first frame and read the process's peak memory. Header
// only: the benchmark's floor program (a bare QMainWindow) uses the very same hook.

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace gavel {

class FirstPaintExit : public QObject
{
public:
    // Installs the hook on `window` when the environment asks for it; otherwise does nothing.
    static void installIfAsked(QWidget *window)
    {
        if (qEnvironmentVariableIsSet("GAVEL_EXIT_AFTER_FIRST_PAINT")) {
            window->installEventFilter(new FirstPaintExit(window));
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Queued: by the time it runs, the painted frame has been flushed to the screen.
            QTimer::singleShot(0, watched, [] {
                std::fputs("first-paint\n", stdout);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    explicit FirstPaintExit(QObject *parent)
        : QObject(parent)
    { }

    bool m_painted = false;
};

} // namespace gavel
