#include "historywindow.h"

namespace gavel {

HistoryWindow::HistoryWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
}

void HistoryWindow::showSeries(const QString &, const QString &)
{
}

} // namespace gavel
