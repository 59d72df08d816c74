#pragma once

#include <QWidget>

namespace gavel::test {

// The widget of that object name inside `window`; a test that does not find it stops there.
template<typename T> T *find(QWidget *window, const char *name)
{
    T *w = window->findChild<T *>(QLatin1String(name));
    if (!w) {
        qFatal("no %s in the window", name);
    }
    return w;
}

} // namespace gavel::test
