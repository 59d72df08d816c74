#pragma once

#include <QLabel>
#include <QStatusBar>

namespace gavel {

// The main window's status bar. Its passing message (showMessage) is shown by a label beside
// the permanent widgets, elided to the room left with the whole text in the tooltip: a long
// message never runs under the save state, nor is it cut mid-word.
class StatusBar : public QStatusBar
{
public:
    explicit StatusBar(QWidget *parent);

    QLabel *messageLabel() const { return m_message; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showElided();

    QLabel *m_message;
};

} // namespace gavel
