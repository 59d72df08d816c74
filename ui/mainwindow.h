#pragma once

#include "meeting.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace gavel {

class AgendaModel;
class Banner;
class MeetingHeader;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Imports an agenda; on failure the current meeting stays and a banner says why.
    bool openFile(const QString &path);
    QString currentFile() const { return m_currentFile; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void showOpenDialog();
    void showAbout();
    void setMeeting(const Meeting &meeting);

    Banner *m_banner = nullptr;
    QStackedWidget *m_pages = nullptr;
    MeetingHeader *m_header = nullptr;
    QTreeView *m_agendaView = nullptr;
    QListWidget *m_rosterView = nullptr;
    QLabel *m_rosterTitle = nullptr;
    AgendaModel *m_agendaModel = nullptr;
    QString m_currentFile;
};

} // namespace gavel
