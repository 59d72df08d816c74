#pragma once

#include "mainwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace gavel::test {

// The bundled sample meeting (2022-04-14): its date is far from the tests' clock, so its meeting
// starts when F5 is pressed.
inline QString sampleAgenda()
{
    return QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md");
}

// 2026-11-25 18:55 local, when each console test starts: five minutes before a meeting scheduled
// at 19:00 would start.
inline qint64 testStartMs()
{
    return QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch();
}

// The chair's console on `clock`, its sessions in `home`, never asking for a series, shown at the
// smallest laptop screen the layout is made for (tst_layout) and active; nullptr if it never was.
inline std::unique_ptr<MainWindow> showConsole(const Clock *clock, const QTemporaryDir &home)
{
    qputenv("GAVEL_HOME", home.path().toUtf8());
    auto window = std::make_unique<MainWindow>(clock);
    window->setAskForSeries(false);
    window->resize(1024, 700);
    window->show();
    QApplication::setActiveWindow(window.get());
    return QTest::qWaitForWindowActive(window.get()) ? std::move(window) : nullptr;
}

} // namespace gavel::test
