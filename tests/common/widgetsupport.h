#pragma once

#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace gavel::test {

// The widget of that object name inside `window`; a test that does not find it stops there.
template<typename T> T *find(QObject *window, const char *name)
{
    T *w = window->findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no %s in the window", name);
    }
    return w;
}

// A key as a chair presses it: to the widget that has the keyboard focus, else to `window`.
inline void keyToFocus(QWidget *window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// The bundled sample meeting (2022-04-14): its date is far from the tests' clock, so its meeting
// starts when F5 is pressed.
inline QString sampleAgenda()
{
    return QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
}

// 2026-11-25 18:55 local, when the window tests start: five minutes before a meeting scheduled
// at 19:00 would start.
inline qint64 testStartMs()
{
    return QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch();
}

// `window` (never asking for a series) shown, at `size` when one is given, and active; null
// when it never became active.
inline std::unique_ptr<MainWindow> shownActive(std::unique_ptr<MainWindow> window, const QSize &size = {})
{
    window->setAskForSeries(false);
    if (size.isValid()) {
        window->resize(size);
    }
    window->show();
    QApplication::setActiveWindow(window.get());
    return QTest::qWaitForWindowActive(window.get()) ? std::move(window) : nullptr;
}

// The main window a chair sees, on the test's clock; its settings and its sessions (in
// `home`/sessions) live below `home`, never in the real home.
inline std::unique_ptr<MainWindow> shownMainWindow(const Clock *clock, const QString &home)
{
    keepHomeIn(home);
    qputenv("GAVEL_HOME", QFile::encodeName(home + QStringLiteral("/sessions")));
    return shownActive(std::make_unique<MainWindow>(clock));
}

// The chair's console on `clock`, its sessions right in `home`, at the smallest laptop screen
// the layout is made for (tst_layout).
inline std::unique_ptr<MainWindow> showConsole(const Clock *clock, const QTemporaryDir &home)
{
    qputenv("GAVEL_HOME", QFile::encodeName(home.path()));
    return shownActive(std::make_unique<MainWindow>(clock), QSize(1024, 700));
}

} // namespace gavel::test
