#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>

namespace gavel {

// How the app names itself on the desktop. It sets no display name on purpose: Qt appends
// " — <display name>" to every window title that does not end with it, which made the stage
// view "Gavel: Stage — Gavel". Each window's title says what it needs; the main window's ends
// with mainWindowTitle's " — Gavel".
inline void setApplicationNames()
{
    // The installed desktop entry (packaging/<id>.desktop): Wayland's app id, the window's icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(GAVEL_APP_ID));
}

inline QString mainWindowTitle(const QString &meetingTitle)
{
    const QString app = QCoreApplication::translate("gavel::MainWindow", "Gavel");
    return meetingTitle.isEmpty() ? app : meetingTitle + QStringLiteral(" — ") + app;
}

} // namespace gavel
