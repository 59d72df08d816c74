#pragma once

#include <QWidget>

namespace gavel {

class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(QWidget *parent = nullptr);
    void showSeries(const QString &seriesFolder, const QString &seriesName);
};

} // namespace gavel
