#pragma once

#include "series/seriesdocument.h"
#include "web/fetch.h"

#include <QDate>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace gavel {

namespace issueagenda {
struct Issues;
struct Query;
} // namespace issueagenda

namespace publish {
struct Limits;
struct Request;
} // namespace publish

class AgendaModel;
class AgendaPane;
class AlertPlayer;
class Announcer;
class Banner;
class Clock;
class CurrentItemPanel;
class HistoryLoader;
class HistoryWindow;
class ReadingWindow;
class IssuesDialog;
class MinutesWindow;
class LiveHeader;
class LiveMeeting;
struct LoadedHistory;
class MeetingActions;
class NotesPane;
class OpenUrlDialog;
class PreferencesDialog;
class PublishDialog;
class RepositoryDialog;
class RosterPane;
class SessionClaim;
class SessionStore;
class ShortcutsDialog;
class StageWindow;
class TokenKeeper;
class TokenStore;

// The chair's console: agenda (left), the current item with its big timer and the notes
// (centre), the people expected (right), the meeting's clock facts on top.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // clock: the time source (tests pass a FakeClock); nullptr uses the system clock.
    explicit MainWindow(const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an agenda (.md) or a session (.json). A new agenda becomes a session in its
    // series (asked for when no meeting runs); an agenda whose session exists resumes it.
    // On failure the open meeting stays and a banner says why.
    // An http(s) address is fetched first, without blocking the window; its copy is kept in
    // the sessions' folder and opened as the file would be (false until then).
    bool openFile(const QString &path);
    // Whether the last file asked for was open in another Gavel, which was brought forward instead.
    bool handedOver() const { return m_handedOver; }
    // Tests and scripted runs: never ask for the series, take the proposed or matching one.
    void setAskForSeries(bool ask) { m_askForSeries = ask; }

    LiveMeeting *meeting() const { return m_meeting; }
    SessionStore *store() const { return m_store; }
    MeetingActions *meetingActions() const { return m_actions; }
    StageWindow *stageWindow() const { return m_stage; }
    // Reads the series' history, its agendas and minutes included, off the GUI thread (nullptr
    // before the first meeting is opened).
    HistoryLoader *historyLoader(); // made at the first reading of the community's files
    // Tests: where File > Publish Minutes keeps the GitHub token (not owned), instead of the
    // system keychain, which is otherwise asked for at the first use, never at start-up.
    void setTokenStore(TokenStore *store);
    // Tests: how long Publish Minutes waits for a new fork, and how often it asks.
    void setPublishLimits(const publish::Limits &limits);

signals:
    // The meeting asked for is open in another Gavel, which came forward instead (also when a
    // fetched agenda's meeting turns out to be open there, after openFile returned).
    void sessionHandedOver();

protected:
    void closeEvent(QCloseEvent *event) override;
    // Another interface language: the texts the window composes are composed again.
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // Where an agenda being opened came from: the web address it was fetched from, and the
    // repository folder it was listed in (remembered by the series of the meeting opened).
    struct Origin
    {
        QString address;
        QString repository;
        QString repositoryFolder;
    };

    void createActions();
    void createLayout();
    bool openLocal(const QString &path, const Origin &origin);
    bool openConfirmed(const QString &path, const Origin &origin = {});
    // Fetches the agenda at origin.address under `context` (this window when null; deleting it
    // cancels), checks that it imports, keeps its copy and opens that; `done` gets the error
    // (also said in the banner), empty when the copy goes on to be opened.
    void openAddress(const Origin &origin, QObject *context = nullptr, const web::Progress &progress = {},
                     const std::function<void(const QString &error)> &done = {});
    // agendaPath: where a fresh start would begin if the session is damaged (default: its own record).
    bool openSession(const QString &path, const QString &agendaPath = QString());
    bool openAgenda(const QString &path, const Origin &origin = {});
    // The open meeting's series keeps the repository folder its agenda was listed in.
    void rememberRepository(const Origin &origin);
    void showOpenUrlDialog();
    void showRepositoryDialog();
    void showIssuesDialog();
    // File > Publish Minutes: the open meeting's minutes as a pull request to its series' repository.
    void showPublishDialog();
    // The request for the meeting at `sessionPath` (open, or on disk) with the dialog's fields;
    // `final`: with the minutes as File > Export Minutes writes them now.
    publish::Request publishRequest(const QString &sessionPath, const QString &repository, const QString &folder,
                                    const QString &base, bool nextAgenda, bool final);
    TokenKeeper *tokenKeeper(); // made at the first use
    // Writes the agenda gathered from issues below the sessions and opens it: the error, or empty.
    QString openIssueAgenda(const issueagenda::Query &query, const issueagenda::Issues &issues);
    void afterOpen(const QString &path);
    // Claims the session for this window; false when another Gavel has it (brought forward then).
    bool claimSession(const QString &sessionPath);
    void bringForward();
    // A session that cannot be read is left as it is; with its agenda known, the banner offers
    // to start fresh, keeping the damaged file beside the new one.
    void offerFreshStart(const QString &sessionPath, const QString &agendaPath, const QString &error);
    void startFresh(const QString &sessionPath, const QString &agendaPath);
    void updateSaveStatus();
    void showOpenDialog();
    void updateRecentMenu();
    void toggleStage(bool fullScreen);
    void showShortcuts();
    void showPreferences();
    void applySettings();
    void showAbout();
    void onAlert(int alert, int itemId);
    void clearAlertWhenItsCauseIsGone();
    // The series' regulars join the roster now; who is new follows once the series' agendas and
    // minutes in the export folder are read (on a worker: onHistoryLoaded).
    void loadSeriesHistory();
    void readSeriesDocuments();
    void onHistoryLoaded(const LoadedHistory &loaded);
    void showMinutesWindow();
    void exportMinutes(const QString &format);
    // Where the open series' minutes and next agendas go (empty: to be asked at the first export).
    QString exportFolder() const;
    void setExportFolder(const QString &folder);
    // Renames a series or merges it into another (the history window's); the open meeting, if
    // of that series, is saved, moved along and reopened.
    void moveSeries(const QString &from, const QString &to);
    // The minutes in the series' layout (its own copy when it has one; a copy that does not
    // render is told in a banner, and the chosen built-in layout is used).
    QString minutesInSeriesLayout(const struct SessionData &session, const QString &language);
    // Once the series' agendas and minutes are read (the newcomers to introduce follow from them).
    void prepareNextMeeting();
    void writeNextMeeting();
    // Runs `then` with the export folder, asking for it first when none is set (the answer is
    // remembered, and the series' agendas and minutes there are read).
    void withExportFolder(const std::function<void(const QString &)> &then);
    // Writes into the minutes folder (asked for once): a file this session did not write is
    // never overwritten without the chair saying so in the banner.
    void writeExport(const QString &fileName, const QByteArray &contents, const QString &what);
    void writeExports(const QList<QPair<QString, QByteArray>> &files, const QString &what);
    void writeExportsTo(const QString &folder, const QList<QPair<QString, QByteArray>> &files, const QString &what);
    void showHistory();
    void showReading();
    void exportAttendance();
    void importAttendance();
    // A non-modal file dialog: a meeting's shortcuts keep working while it is open.
    void askForFile(bool save, const QString &title, const QString &filter, const QString &suggested,
                    const std::function<void(const QString &)> &done);
    void updateTitle();

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    LiveMeeting *m_meeting;
    SessionStore *m_store;
    AgendaModel *m_agendaModel;
    MeetingActions *m_actions;
    AlertPlayer *m_alerts;
    Announcer *m_announcer = nullptr;
    Banner *m_banner;
    Banner *m_saveBanner;
    SessionClaim *m_claim;
    QStackedWidget *m_pages = nullptr;
    LiveHeader *m_header = nullptr;
    AgendaPane *m_agendaPane = nullptr;
    CurrentItemPanel *m_current = nullptr;
    NotesPane *m_notes = nullptr;
    RosterPane *m_roster = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_centreSplitter = nullptr;
    QLabel *m_saveStatus = nullptr;
    // The alert the status bar says now, to take it back when its cause goes.
    QString m_alertMessage;
    int m_alertKind = 0;
    int m_alertItem = 0;
    QMenu *m_recentMenu = nullptr;
    StageWindow *m_stage = nullptr;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<PreferencesDialog> m_preferences;
    QPointer<HistoryWindow> m_history;
    QPointer<ReadingWindow> m_reading;
    QPointer<OpenUrlDialog> m_openUrl;
    QPointer<RepositoryDialog> m_repositoryDialog;
    QPointer<IssuesDialog> m_issuesDialog;
    QPointer<PublishDialog> m_publishDialog;
    TokenKeeper *m_tokenKeeper = nullptr;
    std::unique_ptr<publish::Limits> m_publishLimits; // tests' only
    HistoryLoader *m_historyLoader = nullptr; // made at the first opening
    quint64 m_historyTicket = 0; // the reading whose result the open meeting takes
    bool m_historyPending = false; // that reading is not back yet
    bool m_prepareNextWhenRead = false; // the chair asked for the next meeting meanwhile
    QDate m_historyDate; // the open meeting's date: who appeared before it is no newcomer
    QList<SeriesDocument> m_seriesDocuments; // the open series' agendas and minutes, as last read
    QPointer<MinutesWindow> m_minutesWindow;
    QList<QAction *> m_allActions;
    QString m_currentFile;
    bool m_askForSeries = true;
    bool m_handedOver = false;
};

} // namespace gavel
