#pragma once

#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QString>
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

// The main window a chair sees, on the test's clock, shown and active; its settings and
// sessions live below `home` (never the real home). Null when the window never became active.
inline std::unique_ptr<MainWindow> shownMainWindow(const Clock *clock, const QString &home)
{
    keepHomeIn(home);
    qputenv("GAVEL_HOME", QFile::encodeName(home + QStringLiteral("/sessions")));
    auto window = std::make_unique<MainWindow>(clock);
    window->setAskForSeries(false);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get())) {
        return nullptr;
    }
    return window;
}

} // namespace gavel::test
