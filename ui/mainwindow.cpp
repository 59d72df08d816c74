#include "mainwindow.h"

#include "agenda/agendaimporter.h"
#include "agendapane.h"
#include "alertplayer.h"
#include "announcer.h"
#include "appnames.h"
#include "banner.h"
#include "clickerfilter.h"
#include "currentitempanel.h"
#include "historywindow.h"
#include "issuesdialog.h"
#include "liveheader.h"
#include "meeting/agendamodel.h"
#include "meeting/clock.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "meetingchoicedialog.h"
#include "minutes/minutesexport.h"
#include "minutes/minuteslayout.h"
#include "minutes/minuteswords.h"
#include "minutes/nextagenda.h"
#include "minutes/timingreport.h"
#include "minuteswindow.h"
#include "notespane.h"
#include "openurldialog.h"
#include "preferencesdialog.h"
#include "publishdialog.h"
#include "readingwindow.h"
#include "repositorydialog.h"
#include "rosterpane.h"
#include "series/historyloader.h"
#include "series/serieshistory.h"
#include "series/seriesindexwriter.h"
#include "series/serieslayout.h"
#include "series/seriesmove.h"
#include "series/seriesnames.h"
#include "series/seriessettings.h"
#include "seriesdialog.h"
#include "sessionclaim.h"
#include "shortcutsdialog.h"
#include "stagewindow.h"
#include "statusbar.h"
#include "storage/atomicfile.h"
#include "storage/attendancecsv.h"
#include "storage/readfile.h"
#include "storage/sessionstore.h"
#include "storage/settings.h"
#include "timerdisplay.h"
#include "tokenkeeper.h"
#include "typescale.h"
#include "typingguard.h"
#include "web/fetch.h"
#include "web/issueagenda.h"
#include "web/publish.h"
#include "web/repositoryfolder.h"
#include "widgethelpers.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace gavel {

namespace {

// Every command of the menu bar, in the order of its menus, for F1's list (the files of Open
// Recent are no commands: they come and go).
QList<QAction *> menuCommands(const QList<QAction *> &actions, const QMenu *skip)
{
    QList<QAction *> commands;
    for (QAction *action : actions) {
        if (QMenu *menu = action->menu()) {
            if (menu != skip) {
                commands += menuCommands(menu->actions(), skip);
            }
        } else if (!action->isSeparator()) {
            commands.append(action);
        }
    }
    return commands;
}

QString localFileFrom(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls()) {
        return {};
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            return url.toLocalFile();
        }
    }
    return {};
}

// The platform's binding for a standard key, or the usual one where the platform has none
// (the offscreen and minimal platforms know no standard keys).
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    return bindings.isEmpty() ? QList<QKeySequence> {fallback} : bindings;
}

// What the chair can do about a write that failed.
QString whatToDo(WriteFailure failure)
{
    switch (failure) {
    case WriteFailure::DiskFull: return MainWindow::tr("Free some space on that disk.");
    case WriteFailure::ReadOnly: return MainWindow::tr("The disk was mounted read-only; make it writable again.");
    case WriteFailure::PermissionDenied: return MainWindow::tr("Give yourself permission to write in that folder.");
    case WriteFailure::MissingFolder:
        return MainWindow::tr("Reconnect the disk that holds it, or make the folder again here.");
    case WriteFailure::DiskError: return MainWindow::tr("The disk may be failing or unplugged; check it.");
    case WriteFailure::None:
    case WriteFailure::Other: break;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(const Clock *clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ownClock(clock ? nullptr : new SystemClock)
    , m_clock(clock ? clock : m_ownClock.get())
    , m_meeting(new LiveMeeting(m_clock, this))
    , m_store(new SessionStore(m_meeting, this))
    , m_agendaModel(new AgendaModel(m_meeting, this))
    , m_actions(new MeetingActions(m_meeting, this))
    , m_alerts(new AlertPlayer(this))
    , m_banner(new Banner(this))
    , m_saveBanner(new Banner(this))
    , m_claim(new SessionClaim(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gavel"));
    setAcceptDrops(true);
    m_saveBanner->setObjectName(QStringLiteral("saveBanner"));

    // The series' index follows the session's saves (who came, what was on the agenda).
    new SeriesIndexWriter(m_store, this);

    createLayout();
    createActions();
    applySettings();

    m_stage = new StageWindow(m_meeting, m_actions, this);
    m_announcer = new Announcer(m_meeting, this);
    TypingGuard::install(); // before the clicker's filter, which asks it
    qApp->installEventFilter(
        new ClickerFilter(m_actions->next(), m_actions->previous(), m_actions->startPause(), m_actions->end(), this));

    connect(m_meeting, &LiveMeeting::alert, this,
            [this](LiveMeeting::Alert alert, int itemId) { onAlert(int(alert), itemId); });
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &MainWindow::updateTitle);
    connect(m_claim, &SessionClaim::openedAgain, this, &MainWindow::bringForward);
    connect(m_meeting, &LiveMeeting::changed, this, &MainWindow::clearAlertWhenItsCauseIsGone);
    connect(m_store, &SessionStore::saved, this, &MainWindow::updateSaveStatus);
    connect(m_store, &SessionStore::saveFailed, this, [this](const QString &error) {
        const QString onDisk = m_store->lastWriteReplaced()
            ? tr("The file on disk holds the latest state, but the disk did not confirm it")
            : tr("The file on disk is as it was");
        const QString text = tr("Not saved: %1. Everything is kept in memory. %2; Gavel keeps trying and saves as "
                                "soon as it can. %3")
                                 .arg(error, onDisk, whatToDo(m_store->lastFailure()));
        if (m_store->lastFailure() == WriteFailure::MissingFolder) {
            m_saveBanner->showQuestion(
                text, tr("Make the Folder Again"),
                [this] {
                    if (!m_store->saveMakingFolders()) {
                        m_saveBanner->show(); // the store told why in saveFailed
                    }
                },
                Banner::Kind::Error);
        } else {
            m_saveBanner->showMessage(text, Banner::Kind::Error);
        }
        updateSaveStatus();
        m_announcer->announceSaveFailed(error, m_store->path());
    });
    connect(m_store, &SessionStore::saveRecovered, this, [this] {
        m_saveBanner->hide();
        statusBar()->showMessage(tr("Saving works again: everything is on disk."), 8000);
    });

    Settings::setWriteFailureHandler([this](const QString &error) {
        m_banner->showMessage(tr("Preferences not saved: %1. They hold until Gavel quits.").arg(error),
                              Banner::Kind::Error);
    });
    Settings settings;
    restoreGeometry(settings.windowState(QStringLiteral("geometry")));
    fitToScreen(this, size()); // a size saved on a larger screen fits this one
    m_mainSplitter->restoreState(settings.windowState(QStringLiteral("mainSplitter")));
    m_centreSplitter->restoreState(settings.windowState(QStringLiteral("centreSplitter")));
    for (QSplitter *splitter : {m_mainSplitter, m_centreSplitter}) {
        connect(splitter, &QSplitter::splitterMoved, this,
                [splitter] { Settings().setWindowState(splitter->objectName(), splitter->saveState()); });
    }
    statusBar()->showMessage(tr("Open an agenda to begin."));
}

MainWindow::~MainWindow()
{
    // Torn down without a close (the session ending): what is not on disk yet goes there now.
    m_store->saveNow();
    // Hidden now, while the clock and the meeting are still here: a view being hidden reads its
    // model, and the clock (a member) is gone before the base class would hide the window.
    for (QWidget *window : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (window->isWindow()) {
            window->hide();
        }
    }
    hide();
    Settings::setWriteFailureHandler(nullptr);
    qApp->removeEventFilter(findChild<ClickerFilter *>());
}

void MainWindow::createLayout()
{
    auto *empty
        = new QLabel(tr("Open a meeting agenda (%1) or one on the web (%2), or drop a Markdown file here.")
                         .arg(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O))
                                  .constFirst()
                                  .toString(QKeySequence::NativeText),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O).toString(QKeySequence::NativeText)),
                     this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setFont(typescale::font(empty->font(), typescale::Role::Reading));

    m_header = new LiveHeader(m_meeting, this);
    m_agendaPane = new AgendaPane(m_meeting, m_agendaModel, this);
    m_current = new CurrentItemPanel(m_meeting, this);
    m_notes = new NotesPane(m_meeting, this);
    m_roster = new RosterPane(m_meeting, this);

    m_centreSplitter = new QSplitter(Qt::Vertical, this);
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_centreSplitter->addWidget(m_current);
    m_centreSplitter->addWidget(m_notes);
    m_centreSplitter->setStretchFactor(0, 3);
    m_centreSplitter->setStretchFactor(1, 2);
    m_centreSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_agendaPane);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->addWidget(m_roster);
    m_mainSplitter->setStretchFactor(0, 4);
    m_mainSplitter->setStretchFactor(1, 5);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    // The agenda first: its titles are the words a chair reads most; the roster keeps a dozen
    // characters of each name (its own minimum). Resizing the window keeps these proportions.
    m_mainSplitter->setSizes({560, 400, 280});

    auto *meetingPage = new QWidget(this);
    auto *meetingLayout = new QVBoxLayout(meetingPage);
    meetingLayout->setContentsMargins(12, 10, 12, 6);
    meetingLayout->setSpacing(10);
    meetingLayout->addWidget(m_header);
    meetingLayout->addWidget(m_mainSplitter, 1);

    // On a screen smaller than the panes need (a scale factor of 2 on a 1920x1080 screen leaves
    // 960x540) the meeting scrolls inside the window, which stays on screen with its status bar.
    auto *meetingScroll = new QScrollArea(this);
    meetingScroll->setObjectName(QStringLiteral("meetingScroll"));
    meetingScroll->setWidget(meetingPage);
    meetingScroll->setWidgetResizable(true);
    meetingScroll->setFrameShape(QFrame::NoFrame);
    meetingScroll->setFocusPolicy(Qt::NoFocus);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(empty);
    m_pages->addWidget(meetingScroll);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_saveBanner);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    setStatusBar(new StatusBar(this));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    statusBar()->addPermanentWidget(m_saveStatus);
    fitToScreen(this, QSize(1280, 800));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const auto keywords = &ShortcutsDialog::setKeywords;
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    keywords(open, tr("open agenda session file load"));
    open->setShortcuts(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    updateRecentMenu();
    file->addSeparator();
    QAction *openUrl = file->addAction(tr("Open &URL…"), this, &MainWindow::showOpenUrlDialog);
    openUrl->setObjectName(QStringLiteral("actionOpenUrl"));
    openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    keywords(openUrl, tr("open agenda web address link download fetch github internet"));
    QAction *openRepository = file->addAction(tr("Open &From Repository…"), this, &MainWindow::showRepositoryDialog);
    openRepository->setObjectName(QStringLiteral("actionOpenFromRepository"));
    keywords(openRepository, tr("open agenda github repository folder series list download fetch"));
    QAction *fromIssues = file->addAction(tr("&Agenda From Issues…"), this, &MainWindow::showIssuesDialog);
    fromIssues->setObjectName(QStringLiteral("actionAgendaFromIssues"));
    keywords(fromIssues, tr("new agenda github issues pull requests label organisation gather"));
    file->addSeparator();
    QAction *exportCsv = file->addAction(tr("&Export Attendance (CSV)…"), this, &MainWindow::exportAttendance);
    exportCsv->setObjectName(QStringLiteral("actionExportAttendance"));
    keywords(exportCsv, tr("save attendance roster spreadsheet"));
    QAction *importCsv = file->addAction(tr("&Import Attendance (CSV)…"), this, &MainWindow::importAttendance);
    importCsv->setObjectName(QStringLiteral("actionImportAttendance"));
    keywords(importCsv, tr("load attendance roster spreadsheet"));
    file->addSeparator();
    QAction *exportMd
        = file->addAction(tr("Export &Minutes (Markdown)"), this, [this] { exportMinutes(QStringLiteral("md")); });
    exportMd->setObjectName(QStringLiteral("actionExportMinutes"));
    exportMd->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    keywords(exportMd, tr("save write minutes decisions actions"));
    keywords(file->addAction(tr("Export Minutes (&HTML)"), this, [this] { exportMinutes(QStringLiteral("html")); }),
             tr("save write minutes web page"));
    keywords(file->addAction(tr("Export Minutes (&PDF)"), this, [this] { exportMinutes(QStringLiteral("pdf")); }),
             tr("save write minutes print"));
    keywords(
        file->addAction(tr("Export &Timing Report (CSV)"), this, [this] { exportMinutes(QStringLiteral("timing")); }),
        tr("save time planned actual overrun spreadsheet"));
    QAction *publishMinutes = file->addAction(tr("Pu&blish Minutes…"), this, &MainWindow::showPublishDialog);
    publishMinutes->setObjectName(QStringLiteral("actionPublishMinutes"));
    keywords(publishMinutes,
             tr("publish upload minutes next agenda github pull request repository fork branch token sign in"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);
    keywords(quit, tr("quit exit close"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->undo());
    edit->addAction(m_actions->redo());
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferences->setMenuRole(QAction::PreferencesRole);
    keywords(preferences, tr("settings options warning default length grace sound folder"));

    QMenu *meeting = menuBar()->addMenu(tr("&Meeting"));
    meeting->addAction(m_actions->startPause());
    meeting->addAction(m_actions->next());
    meeting->addAction(m_actions->previous());
    meeting->addSeparator();
    meeting->addAction(m_actions->addMinute());
    meeting->addAction(m_actions->removeMinute());
    meeting->addAction(m_actions->restart());
    QAction *setElapsed = meeting->addAction(tr("Set &Time So Far…"), m_current, &CurrentItemPanel::editElapsed);
    setElapsed->setObjectName(QStringLiteral("actionSetElapsed"));
    keywords(setElapsed, tr("elapsed forgot to start correct timer clock late start"));
    meeting->addAction(m_actions->skipCurrent());
    meeting->addSeparator();
    meeting->addAction(m_actions->end());
    meeting->addSeparator();
    QAction *minutesWindow = meeting->addAction(tr("&Minutes and Next Meeting…"), this, &MainWindow::showMinutesWindow);
    minutesWindow->setObjectName(QStringLiteral("actionMinutesWindow"));
    minutesWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    keywords(minutesWindow, tr("decisions actions items place recording language layout next chair topics"));
    QAction *prepareNext = meeting->addAction(tr("Prepare Ne&xt Meeting"), this, &MainWindow::prepareNextMeeting);
    prepareNext->setObjectName(QStringLiteral("actionPrepareNext"));
    keywords(prepareNext, tr("next agenda calendar invite ics write"));
    m_actions->addTo(this);

    QMenu *agenda = menuBar()->addMenu(tr("&Agenda"));
    agenda->addActions(m_agendaPane->editActions());
    agenda->insertSeparator(m_agendaPane->editActions().at(2));
    agenda->addSeparator();
    QAction *reading = agenda->addAction(tr("&How It Was Read"), this, &MainWindow::showReading);
    reading->setObjectName(QStringLiteral("actionHowRead"));
    keywords(reading, tr("explain why read import rules heading section agenda file"));

    // The notes' chords, as their keys work only in the notes; from here they work from anywhere.
    QMenu *notes = menuBar()->addMenu(tr("N&otes"));
    notes->setObjectName(QStringLiteral("notesMenu"));
    notes->addActions(m_notes->commands());

    QMenu *roster = menuBar()->addMenu(tr("Ro&ster"));
    roster->setObjectName(QStringLiteral("rosterMenu"));
    roster->addActions(m_roster->commands());
    roster->insertSeparator(m_roster->commands().constLast());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *stage = view->addAction(tr("&Stage View"), this, [this] { toggleStage(false); });
    stage->setObjectName(QStringLiteral("actionStage"));
    stage->setShortcut(QKeySequence(Qt::Key_F6));
    stage->setShortcutContext(Qt::ApplicationShortcut);
    keywords(stage, tr("stage share screen presenter big timer second screen"));
    QAction *stageFull = view->addAction(tr("Stage View &Full Screen"), this, [this] { toggleStage(true); });
    stageFull->setObjectName(QStringLiteral("actionStageFullScreen"));
    stageFull->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    stageFull->setShortcutContext(Qt::ApplicationShortcut);
    keywords(stageFull, tr("stage share screen presenter big timer second screen"));
    // The platform's key for it (F11 on Linux); Shift+F6 stays the stage's.
    QAction *fullScreen = view->addAction(tr("F&ull Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(standardOr(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    keywords(fullScreen, tr("full screen whole screen window maximise hide desktop"));
    connect(fullScreen, &QAction::triggered, this, [this, fullScreen] {
        setWindowState(windowState() ^ Qt::WindowFullScreen);
        fullScreen->setChecked(isFullScreen());
    });
    // The window manager may end full screen too: the tick follows the window.
    connect(view, &QMenu::aboutToShow, fullScreen, [this, fullScreen] { fullScreen->setChecked(isFullScreen()); });
    view->addSeparator();
    QAction *focusNotes = view->addAction(tr("Go to &Notes"), this, [this] { m_notes->editor()->setFocus(); });
    focusNotes->setObjectName(QStringLiteral("actionFocusNotes"));
    focusNotes->setShortcut(QKeySequence(Qt::ALT | Qt::Key_N));
    keywords(focusNotes, tr("focus type write notes"));
    QAction *focusAgenda = view->addAction(tr("Go to A&genda"), m_agendaPane, &AgendaPane::focusCurrent);
    focusAgenda->setObjectName(QStringLiteral("actionFocusAgenda"));
    focusAgenda->setShortcut(QKeySequence(Qt::ALT | Qt::Key_G));
    keywords(focusAgenda, tr("focus agenda items current"));
    QAction *focusTimer = view->addAction(tr("Go to the &Timer"), this,
                                          [this] { m_current->timer()->setFocus(Qt::ShortcutFocusReason); });
    focusTimer->setObjectName(QStringLiteral("actionFocusTimer"));
    focusTimer->setShortcut(QKeySequence(Qt::ALT | Qt::Key_T));
    keywords(focusTimer, tr("focus timer countdown remaining time left read screen reader"));
    QAction *focusRoster = view->addAction(tr("Go to the &Roster"), this, [this] {
        m_roster->filter()->setFocus();
        m_roster->filter()->selectAll();
    });
    focusRoster->setObjectName(QStringLiteral("actionFocusRoster"));
    focusRoster->setShortcut(QKeySequence(Qt::ALT | Qt::Key_R));
    keywords(focusRoster, tr("focus attendance check in people find name"));
    view->addSeparator();
    QAction *history = view->addAction(tr("Attendance &History"), this, &MainWindow::showHistory);
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    keywords(history, tr("attendance history series perfect attendance report newcomers"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Commands and Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    keywords(shortcuts, tr("help keyboard keys find command"));
    QAction *about = help->addAction(tr("&About Gavel"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    m_current->addControls({m_actions->startPause(), m_actions->previous(), m_actions->next(),
                            m_actions->removeMinute(), m_actions->addMinute()});

    m_allActions = menuCommands(menuBar()->actions(), m_recentMenu);
}

void MainWindow::applySettings()
{
    Settings settings;
    m_meeting->setWarningSeconds(settings.warningSeconds());
    m_meeting->setDefaultMinutes(settings.defaultItemMinutes());
    m_meeting->setLateGraceMinutes(settings.lateGraceMinutes());
    m_alerts->setEnabled(settings.soundEnabled());
}

bool MainWindow::openFile(const QString &path, const QDate &meetingDate)
{
    m_handedOver = false;
    if (web::isWebAddress(path)) {
        openAddress({path, {}, {}, meetingDate});
        return false;
    }
    return openLocal(path, {{}, {}, {}, meetingDate});
}

bool MainWindow::openLocal(const QString &path, const Origin &origin)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // A file of several dated meetings opened again before its meeting starts asks which
    // meeting: another may be wanted.
    const bool otherMeetingMayBeWanted = m_store->sourceMeetingDate().isValid() && !m_meeting->isActive()
        && origin.meetingDate != m_store->sourceMeetingDate();
    if (m_store->isOpen() && ((absolute == m_currentFile && !otherMeetingMayBeWanted) || absolute == m_store->path())) {
        // Its session is open already, with every change since: nothing to read again.
        statusBar()->showMessage(tr("%1 is open already.").arg(QFileInfo(path).fileName()), 8000);
        rememberRepository(origin);
        return true;
    }
    if (m_meeting->isActive()) {
        // A file that is no agenda (a picture dropped by mistake) is said at once: nothing to ask.
        if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            const ImportResult check = AgendaImporter::importFile(path, {origin.meetingDate});
            if (!check.ok()) {
                m_banner->showMessage(tr("Could not open the agenda: %1").arg(check.error), Banner::Kind::Error);
                return false;
            }
        }
        // A misclick must not swap out the meeting that is running: ask, without blocking it.
        m_banner->showQuestion(
            tr("“%1” is running. Pause it and open %2?").arg(m_meeting->meeting().title, QFileInfo(path).fileName()),
            tr("Pause and Open"), [this, path, origin] {
                m_meeting->pause();
                openConfirmed(path, origin);
            });
        return false;
    }
    return openConfirmed(path, origin);
}

void MainWindow::openAddress(const Origin &origin, QObject *context, const web::Progress &progress,
                             const std::function<void(const QString &)> &done)
{
    const QString address = origin.address;
    statusBar()->showMessage(tr("Fetching %1…").arg(address));
    const auto received = [this, origin, address, done](const web::Fetched &fetched) {
        statusBar()->clearMessage();
        QString error = fetched.error;
        QString copy;
        if (fetched.ok()) {
            // Read before it is kept: what is no agenda never replaces an earlier copy.
            const ImportResult check = AgendaImporter::importBytes(fetched.body, address, {origin.meetingDate});
            error = check.error;
            if (check.ok()) {
                copy = web::keepCopy(sessionfile::rootFolder(), address, fetched.body, &error);
            }
        }
        if (copy.isEmpty()) {
            // Nothing already open is touched.
            const QString text = tr("Could not open the agenda: %1").arg(error);
            m_banner->showMessage(text, Banner::Kind::Error);
            if (done) {
                done(text);
            }
            return;
        }
        if (done) {
            done(QString()); // the dialog that asked closes before the meeting opens
        }
        m_handedOver = false;
        openLocal(copy, origin);
    };
    web::fetch(address, context ? context : this, received, {}, progress);
}

bool MainWindow::openConfirmed(const QString &path, const Origin &origin)
{
    if (m_store->isOpen() && !m_store->saveNow()) {
        m_banner->showMessage(tr("Not opened: the meeting that is open could not be saved (%1). Fix that first, so "
                                 "nothing is lost.")
                                  .arg(m_store->lastError()),
                              Banner::Kind::Error);
        return false;
    }
    m_chosenMeetingIsOpen = false;
    const bool ok
        = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? openSession(path) : openAgenda(path, origin);
    if (ok && !m_chosenMeetingIsOpen) {
        afterOpen(path);
    }
    if (ok) {
        rememberRepository(origin);
    }
    return ok;
}

void MainWindow::rememberRepository(const Origin &origin)
{
    if (origin.repository.isEmpty() || !m_store->isOpen()) {
        return;
    }
    // <root>/<series>/<date>/session.json: the series' folder is above the meeting's.
    const QString seriesFolder = series::folderOf(m_store->path());
    seriessettings::Values values = seriessettings::load(seriesFolder);
    if (values.repository == origin.repository && values.repositoryFolder == origin.repositoryFolder) {
        return;
    }
    values.repository = origin.repository;
    values.repositoryFolder = origin.repositoryFolder;
    QString error;
    if (!seriessettings::save(seriesFolder, values, &error)) {
        m_banner->showMessage(tr("The series' repository folder was not saved: %1").arg(error), Banner::Kind::Error);
    }
}

bool MainWindow::openSession(const QString &path, const QString &agendaPath)
{
    SessionData session;
    QString error;
    if (!sessionfile::load(path, &session, &error)) {
        offerFreshStart(path, agendaPath.isEmpty() ? sessionfile::sourceAgendaOf(path) : agendaPath, error);
        return false;
    }
    if (!claimSession(path)) {
        return false;
    }
    const SessionStore::Recovery recovery = m_store->open(QFileInfo(path).absoluteFilePath(), session);
    m_banner->hide();
    const qint64 minutes = recovery.gapMs / 60000;
    const QString away = recovery.gapMs < 60000 ? tr("%n s", nullptr, int(recovery.gapMs / 1000))
        : minutes < 120                         ? tr("%n min", nullptr, int(minutes))
                                                : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    if (recovery.closedNormally && recovery.pausedAfterGap) {
        m_banner->showMessage(tr("Gavel was closed %1 ago while this meeting ran. After more than 30 minutes away it "
                                 "resumed paused where Gavel was closed: press F5 to continue.")
                                  .arg(away),
                              Banner::Kind::Info);
    } else if (recovery.closedNormally && m_meeting->phase() == LiveMeeting::Phase::Running) {
        m_banner->showMessage(
            tr("The meeting kept running after Gavel was closed %1 ago; its times count on.").arg(away),
            Banner::Kind::Info);
    } else if (recovery.closedNormally) {
        m_banner->showMessage(tr("This meeting is paused, as it was when Gavel was closed: press F5 to continue."),
                              Banner::Kind::Info);
    } else if (recovery.pausedAfterGap) {
        m_banner->showMessage(tr("Gavel stopped unexpectedly %1 ago while this meeting ran. It resumed paused where it "
                                 "was last seen: press F5 to continue.")
                                  .arg(away),
                              Banner::Kind::Info);
    } else if (recovery.wasRunning && m_meeting->phase() == LiveMeeting::Phase::Paused) {
        m_banner->showMessage(
            tr("Gavel stopped unexpectedly %1 ago; this meeting is paused, as it was: press F5 to continue.").arg(away),
            Banner::Kind::Info);
    } else if (recovery.wasRunning) {
        m_banner->showMessage(tr("Gavel stopped unexpectedly %1 ago while this meeting ran; it resumed from its saved "
                                 "times.")
                                  .arg(away),
                              Banner::Kind::Info);
    } else if (m_meeting->phase() == LiveMeeting::Phase::Ended) {
        m_banner->showMessage(tr("This meeting has ended; it is shown as it finished."), Banner::Kind::Info);
    }
    return true;
}

void MainWindow::offerFreshStart(const QString &sessionPath, const QString &agendaPath, const QString &error)
{
    const QString text = tr("Could not open the session: %1. The file is left as it is.").arg(error);
    if (agendaPath.isEmpty() || !QFileInfo(agendaPath).isFile()) {
        m_banner->showMessage(text + QLatin1Char(' ') + tr("Open its agenda to start afresh."), Banner::Kind::Error);
        return;
    }
    const QString kept = QFileInfo(sessionPath).completeBaseName() + QStringLiteral(".damaged-<time>.")
        + QFileInfo(sessionPath).suffix();
    m_banner->showQuestion(
        text + QLatin1Char(' ')
            + tr("Start fresh from the agenda %1, keeping the damaged file as %2?")
                  .arg(QFileInfo(agendaPath).fileName(), kept),
        tr("Start Fresh"), [this, sessionPath, agendaPath] { startFresh(sessionPath, agendaPath); },
        Banner::Kind::Error);
}

void MainWindow::startFresh(const QString &sessionPath, const QString &agendaPath)
{
    const ImportResult result = AgendaImporter::importFile(agendaPath, {sessionfile::sourceMeetingDateOf(sessionPath)});
    if (!result.ok()) {
        m_banner->showMessage(tr("Could not open the agenda: %1").arg(result.error), Banner::Kind::Error);
        return;
    }
    if (m_store->isOpen() && !m_store->saveNow()) {
        m_banner->showMessage(tr("Not opened: the meeting that is open could not be saved (%1). Fix that first, so "
                                 "nothing is lost.")
                                  .arg(m_store->lastError()),
                              Banner::Kind::Error);
        return;
    }
    QString error;
    const QString kept = sessionfile::keepDamaged(sessionPath, m_clock->now(), &error);
    if (kept.isEmpty()) {
        m_banner->showMessage(tr("Could not start fresh: %1").arg(error), Banner::Kind::Error);
        return;
    }
    if (!claimSession(sessionPath)) {
        return;
    }
    SessionData session;
    // <root>/<series>/<date>/session.json: the series is the folder's.
    session.series = QFileInfo(QFileInfo(sessionPath).absolutePath()).dir().dirName();
    session.sourceAgenda = QFileInfo(agendaPath).absoluteFilePath();
    session.sourceMeetingDate = result.chosenMeeting;
    session.meeting = result.meeting;
    m_store->open(QFileInfo(sessionPath).absoluteFilePath(), session);
    afterOpen(agendaPath);
    m_banner->showMessage(tr("Started fresh from %1. The damaged session is kept as %2.")
                              .arg(QFileInfo(agendaPath).fileName(), QDir::toNativeSeparators(kept)),
                          Banner::Kind::Info);
}

bool MainWindow::openAgenda(const QString &path, const Origin &origin)
{
    ImportResult result = AgendaImporter::importFile(path, {origin.meetingDate});
    if (result.ok() && !result.meetings.isEmpty() && !origin.meetingDate.isValid()) {
        // A file that keeps several dated meetings: which one. Asking is fine before a meeting;
        // while one is open the most recent with an agenda is read and the status bar says so.
        if (m_askForMeeting && !m_meeting->isActive()) {
            // The file open again: its meeting preselected, else the one Gavel would read.
            const QDate preselected = m_store->isOpen() && QFileInfo(path).absoluteFilePath() == m_currentFile
                ? m_store->sourceMeetingDate()
                : result.chosenMeeting;
            MeetingChoiceDialog dialog(QFileInfo(path).fileName(), result.meetings, preselected, this);
            if (dialog.exec() != QDialog::Accepted || !dialog.date().isValid()) {
                statusBar()->showMessage(tr("Nothing opened."), 5000);
                return false;
            }
            if (dialog.date() != result.chosenMeeting) {
                result = AgendaImporter::importFile(path, {dialog.date()});
            }
        } else {
            statusBar()->showMessage(
                tr("Opened the meeting of %1, the most recent with an agenda of the %n dated "
                   "meeting(s) in %2. Open the file again before the meeting starts to choose another.",
                   nullptr, int(result.meetings.size()))
                    .arg(QLocale().toString(result.chosenMeeting, QLocale::LongFormat), QFileInfo(path).fileName()),
                10000);
        }
    }
    if (!result.ok()) {
        m_banner->showMessage(tr("Could not open the agenda: %1").arg(result.error), Banner::Kind::Error);
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
        return false;
    }
    if (m_store->isOpen() && QFileInfo(path).absoluteFilePath() == m_currentFile && result.chosenMeeting.isValid()
        && result.chosenMeeting == m_store->sourceMeetingDate()) {
        // The meeting chosen is the one open, with every change since: nothing to read again.
        statusBar()->showMessage(tr("%1 is open already.").arg(QFileInfo(path).fileName()), 8000);
        m_chosenMeetingIsOpen = true;
        return true;
    }
    const QString root = sessionfile::rootFolder();
    const series::Place place = series::placeOf(root, result.meeting, m_clock->now().date());
    QString seriesName = place.series;
    // Asking is fine before a meeting; while one runs nothing modal may interrupt it. A meeting
    // already in its series needs no question: it is resumed.
    if (m_askForSeries && !place.known && !m_meeting->isActive()) {
        SeriesDialog dialog(result.meeting.title, place.proposal, place.existing, root, this);
        if (dialog.exec() != QDialog::Accepted || dialog.series().isEmpty()) {
            statusBar()->showMessage(tr("Nothing opened."), 5000);
            return false;
        }
        seriesName = dialog.series();
    }
    const QString sessionPath = sessionfile::sessionPath(root, seriesName, place.date);
    if (QFileInfo::exists(sessionPath)) {
        // This meeting was opened before: take it up where it was, with the chair's edits.
        if (!openSession(sessionPath, QFileInfo(path).absoluteFilePath())) {
            return false;
        }
        return true;
    }
    if (!claimSession(sessionPath)) {
        return false;
    }
    SessionData session;
    session.series = seriesName;
    session.sourceAgenda = QFileInfo(path).absoluteFilePath();
    session.sourceAddress = origin.address; // the copy reopens offline; the address says where it came from
    session.sourceMeetingDate = result.chosenMeeting; // the agenda reread reads this meeting again
    session.meeting = result.meeting;
    m_store->open(sessionPath, session);
    m_banner->hide();
    return true;
}

bool MainWindow::claimSession(const QString &sessionPath)
{
    if (m_claim->claim(sessionPath) != SessionClaim::Result::HeldElsewhere) {
        return true;
    }
    // Never two Gavels writing one session: the one that has it comes forward instead.
    m_handedOver = SessionClaim::handOver(sessionPath);
    if (m_handedOver) {
        emit sessionHandedOver();
        statusBar()->showMessage(
            tr("This meeting is open in another Gavel window: that window is brought to the front."), 10000);
    } else {
        m_banner->showMessage(tr("This meeting is open in another Gavel that does not answer (%1). Close that one to "
                                 "open it here.")
                                  .arg(QDir::toNativeSeparators(sessionPath)),
                              Banner::Kind::Error);
    }
    return false;
}

void MainWindow::bringForward()
{
    if (isMinimized()) {
        setWindowState(windowState() & ~Qt::WindowMinimized); // full screen stays full screen
    }
    show();
    raise();
    activateWindow();
    statusBar()->showMessage(tr("Brought to the front: this meeting was opened again, and it is open here."), 10000);
}

void MainWindow::afterOpen(const QString &path)
{
    // The series' regulars follow from files on disk: merging them is no change to save.
    m_store->applyWithoutSaving([this] { loadSeriesHistory(); });
    m_currentFile = QFileInfo(path).absoluteFilePath();
    Settings().addRecentFile(m_currentFile);
    updateRecentMenu();
    m_pages->setCurrentIndex(1);
    updateTitle();
    // A session saved before is taken up where it was, with the chair's edits: the status bar
    // says so (no banner: nothing needs doing about it).
    const QString opened
        = m_store->lastSaved().isValid() ? tr("Resumed %1 from its session in %2") : tr("Opened %1 · session in %2");
    // An agenda fetched from the web is named by its address: the copy is Gavel's own.
    const QString source
        = m_store->sourceAddress().isEmpty() ? QDir::toNativeSeparators(m_currentFile) : m_store->sourceAddress();
    statusBar()->showMessage(opened.arg(source, QDir::toNativeSeparators(m_store->path())), 10000);
    updateSaveStatus();
}

void MainWindow::updateSaveStatus()
{
    const QFileInfo file(m_store->path());
    // The series and date folders say which session this is.
    const QString where
        = QFileInfo(file.absolutePath()).absoluteDir().dirName() + QLatin1Char('/') + file.absoluteDir().dirName();
    m_saveStatus->setToolTip(QDir::toNativeSeparators(m_store->path()));
    if (!m_store->lastError().isEmpty()) {
        m_saveStatus->setText(tr("⚠ Not saved"));
    } else if (m_store->lastSaved().isValid()) {
        m_saveStatus->setText(tr("Saved %1 · %2").arg(m_store->lastSaved().toString(QStringLiteral("HH:mm")), where));
    } else {
        m_saveStatus->setText(tr("New session · saved at the first change · %1").arg(where));
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(mainWindowTitle(m_meeting->meeting().title));
}

void MainWindow::showOpenDialog()
{
    const QString start = m_currentFile.isEmpty() ? QDir::homePath() : QFileInfo(m_currentFile).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Agenda or Session"), start,
        tr("Agendas and sessions (*.md *.markdown *.json);;Markdown agendas (*.md *.markdown);;Sessions (*.json)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::showOpenUrlDialog()
{
    // A dialog closed is deleted on the next turn of the event loop: a new one then.
    if (!m_openUrl || !m_openUrl->isVisible()) {
        m_openUrl = new OpenUrlDialog(
            [this](const QString &address, QObject *context, const web::Progress &progress,
                   const std::function<void(const QString &)> &done) {
                openAddress({address, {}, {}, {}}, context, progress, done);
            },
            this);
        m_openUrl->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_openUrl, &OpenUrlDialog::cancelled, this, [this](const QString &address) {
            statusBar()->showMessage(tr("Stopped fetching %1: nothing was opened.").arg(address), 8000);
        });
        // Where the open meeting's agenda came from, to fetch it again or edit it.
        m_openUrl->setAddress(m_store->isOpen() ? m_store->sourceAddress() : QString());
    }
    m_openUrl->show();
    m_openUrl->raise();
    m_openUrl->activateWindow();
}

void MainWindow::showRepositoryDialog()
{
    if (m_repositoryDialog && m_repositoryDialog->isVisible()) {
        m_repositoryDialog->show();
        m_repositoryDialog->raise();
        m_repositoryDialog->activateWindow();
        return;
    }
    m_repositoryDialog = new RepositoryDialog(
        [this](const repositoryfolder::Folder &folder, const QString &address, QObject *context,
               const web::Progress &progress, const std::function<void(const QString &)> &done) {
            openAddress({address, folder.repository, folder.path, {}}, context, progress, done);
        },
        this);
    m_repositoryDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_repositoryDialog, &RepositoryDialog::cancelled, this, [this](const QString &address) {
        statusBar()->showMessage(tr("Stopped fetching %1: nothing was opened.").arg(address), 8000);
    });
    // The open series' own folder, else the folder its agenda was fetched from.
    QString repository;
    QString folder;
    if (m_store->isOpen()) {
        const seriessettings::Values values = seriessettings::load(series::folderOf(m_store->path()));
        repository = values.repository;
        folder = values.repositoryFolder;
        if (repository.isEmpty() && !m_store->sourceAddress().isEmpty()) {
            const repositoryfolder::Folder from = repositoryfolder::fromAddress(m_store->sourceAddress());
            if (from.isValid()) {
                repository = from.repository;
                folder = from.path;
            }
        }
    }
    m_repositoryDialog->show();
    m_repositoryDialog->activateWindow();
    m_repositoryDialog->setFolder(repository, folder, m_clock->now().date().year());
}

void MainWindow::showIssuesDialog()
{
    if (!m_issuesDialog || !m_issuesDialog->isVisible()) {
        m_issuesDialog
            = new IssuesDialog([this](const issueagenda::Query &query,
                                      const issueagenda::Issues &issues) { return openIssueAgenda(query, issues); },
                               this);
        m_issuesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_issuesDialog->show();
    m_issuesDialog->raise();
    m_issuesDialog->activateWindow();
}

void MainWindow::setTokenStore(TokenStore *store)
{
    tokenKeeper()->setStore(store);
}

void MainWindow::setPublishLimits(const publish::Limits &limits)
{
    m_publishLimits = std::make_unique<publish::Limits>(limits);
}

TokenKeeper *MainWindow::tokenKeeper()
{
    if (!m_tokenKeeper) {
        m_tokenKeeper = new TokenKeeper(github::Api::fromEnvironment().base.host(), this);
    }
    return m_tokenKeeper;
}

void MainWindow::showPublishDialog()
{
    if (m_publishDialog && m_publishDialog->isVisible()) {
        m_publishDialog->show();
        m_publishDialog->raise();
        m_publishDialog->activateWindow();
        return;
    }
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first: its minutes are what is published."), 8000);
        return;
    }
    // The meeting open now, even if another is opened while the dialog is up.
    const QString sessionPath = m_store->path();
    m_publishDialog = new PublishDialog(
        [this, sessionPath](const PublishDialog::Fields &fields, bool final) {
            return publishRequest(sessionPath, fields.repository, fields.folder, fields.base, fields.nextAgenda, final);
        },
        tokenKeeper(), this);
    m_publishDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_publishLimits) {
        m_publishDialog->setLimits(*m_publishLimits);
    }
    connect(m_publishDialog, &PublishDialog::published, this,
            [this, sessionPath](const publish::Outcome &outcome, const PublishDialog::Fields &fields) {
                // Only now, once it worked, does the series remember where its minutes go.
                const QString seriesFolder = series::folderOf(sessionPath);
                seriessettings::Values values = seriessettings::load(seriesFolder);
                QString error;
                if (values.repository != fields.repository || values.repositoryFolder != fields.folder) {
                    values.repository = fields.repository;
                    values.repositoryFolder = fields.folder;
                    seriessettings::save(seriesFolder, values, &error);
                }
                QString text = outcome.existed
                    ? tr("The pull request was open already and now has these minutes: %1").arg(outcome.url)
                    : tr("Published: the minutes are in a new pull request, %1").arg(outcome.url);
                if (!error.isEmpty()) {
                    text += QLatin1Char(' ') + tr("(The series' repository was not saved: %1)").arg(error);
                }
                const QUrl url(outcome.url);
                m_banner->showQuestion(
                    text, tr("Open in &Browser"), [url] { QDesktopServices::openUrl(url); }, Banner::Kind::Info);
            });

    // The series' repository and folder, else those its agenda was fetched from; a folder of
    // another year (pfcc/meetings/2025) becomes the meeting's year's.
    PublishDialog::Fields fields;
    const seriessettings::Values values = seriessettings::load(series::folderOf(sessionPath));
    fields.repository = values.repository;
    fields.folder = values.repositoryFolder;
    if (fields.repository.isEmpty() && !m_store->sourceAddress().isEmpty()) {
        const repositoryfolder::Folder from = repositoryfolder::fromAddress(m_store->sourceAddress());
        if (from.isValid()) {
            fields.repository = from.repository;
            fields.folder = from.path;
        }
    }
    const QDate date = publishRequest(sessionPath, fields.repository, fields.folder, {}, false, false).date;
    const QString meetingsYear = repositoryfolder::inYear(fields.folder, date.year());
    if (!meetingsYear.isEmpty()) {
        fields.folder = meetingsYear;
    }
    m_publishDialog->setFields(fields);
    m_publishDialog->show();
    m_publishDialog->raise();
    m_publishDialog->activateWindow();
}

publish::Request MainWindow::publishRequest(const QString &sessionPath, const QString &repository,
                                            const QString &folder, const QString &base, bool nextAgenda, bool final)
{
    const bool open = m_store->isOpen() && m_store->path() == sessionPath;
    SessionData session;
    QString error;
    if (open) {
        session = m_store->data();
    } else if (!sessionfile::load(sessionPath, &session, &error)) {
        return {};
    }
    publish::Request request
        = publish::fromSession(session, sessionPath, repository, folder, base, nextAgenda, m_clock->now());
    if (final && open) {
        // Exactly what File > Export Minutes (Markdown) writes: the series' own layout included.
        request.minutes = minutesInSeriesLayout(session, minuteswords::resolveLanguage(session, QString())).toUtf8();
    }
    return request;
}

QString MainWindow::openIssueAgenda(const issueagenda::Query &query, const issueagenda::Issues &issues)
{
    const QDate today = m_clock->now().date();
    const QString path = issueagenda::keptPath(sessionfile::rootFolder(), query, today);
    const QString error = writeFileAtomically(path, issueagenda::markdown(query, issues, today), Folders::Create).error;
    if (!error.isEmpty()) {
        return tr("Could not write the agenda: %1").arg(error);
    }
    // Opened as a file would be (while a meeting runs, the banner asks first), once the dialog
    // that asked has closed: the series may be asked for.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
    return QString();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        // 1 to 9 are the keys; a tenth file has none ("&10" would be a second 1).
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QString::number(i + 1);
        QAction *action = m_recentMenu->addAction(number + QLatin1Char(' ') + QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            Settings().clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::toggleStage(bool fullScreen)
{
    if (m_stage->isVisible() && !fullScreen && !m_stage->isFullScreen()) {
        m_stage->hide();
        return;
    }
    m_stage->showStage(fullScreen);
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_allActions, this);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow(); // F1, then type what to do: the filter has the keyboard
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        m_preferences = new PreferencesDialog(this);
        m_preferences->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_preferences, &PreferencesDialog::settingsChanged, this, &MainWindow::applySettings);
    }
    m_preferences->show();
    m_preferences->raise();
}

void MainWindow::showAbout()
{
    // Not modal: an About box must never block a meeting's shortcuts.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Gavel"),
                                tr("<h3>Gavel %1</h3><p>Run a live community meeting from its Markdown agenda: "
                                   "a countdown per item, attendance and minutes.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::onAlert(int alert, int itemId)
{
    const auto kind = LiveMeeting::Alert(alert);
    m_current->timer()->flash();
    m_stage->timer()->flash();
    m_alerts->play(kind);
    m_alertMessage = Announcer::alertWords(*m_meeting, kind, itemId);
    m_announcer->announce(m_alertMessage);
    m_alertKind = alert;
    m_alertItem = itemId;
    statusBar()->showMessage(m_alertMessage, 15000);
}

void MainWindow::clearAlertWhenItsCauseIsGone()
{
    if (m_alertMessage.isEmpty()) {
        return;
    }
    if (statusBar()->currentMessage() != m_alertMessage) {
        m_alertMessage.clear(); // gone by itself, or another message took its place
        return;
    }
    if (!m_meeting->alertHolds(LiveMeeting::Alert(m_alertKind), m_alertItem)) {
        m_alertMessage.clear();
        statusBar()->clearMessage();
    }
}

void MainWindow::loadSeriesHistory()
{
    // <root>/<series>/<YYYY-MM-DD>/session.json: the series folder holds the series' memory.
    QStringList errors;
    const QString seriesFolder = series::folderOf(m_store->path());
    const SeriesHistory history = SeriesHistory::load(seriesFolder, &errors);
    m_historyDate = series::dateOf(m_store->path(), m_meeting->meeting());
    history.applyTo(*m_meeting, m_historyDate);
    if (!errors.isEmpty()) {
        const int count = int(errors.size());
        const QString skipped = count == 1 ? tr("Skipped a damaged session of this series: %1")
                                           : tr("Skipped %n damaged sessions of this series: %1", nullptr, count);
        statusBar()->showMessage(skipped.arg(errors.join(QStringLiteral("; "))), 20000);
    }
    m_seriesDocuments.clear();
    m_prepareNextWhenRead = false; // asked for the meeting open before
    readSeriesDocuments();
}

void MainWindow::readSeriesDocuments()
{
    if (!m_store->isOpen()) {
        return;
    }
    if (exportFolder().isEmpty()) {
        // No folder of the community's files yet: the sessions, read as the meeting opened, are
        // all there is to know (no worker, no second reading of the index at start-up).
        m_historyTicket = 0;
        m_historyPending = false;
        return;
    }
    // The community's own agendas and minutes, in the folder the minutes go to: a first reading
    // of a big folder takes a while, so it is read on a worker and only the result comes back.
    m_historyPending = true;
    m_historyTicket = historyLoader()->load(series::folderOf(m_store->path()), exportFolder());
}

HistoryLoader *MainWindow::historyLoader()
{
    if (!m_historyLoader) {
        m_historyLoader = new HistoryLoader(this);
        connect(m_historyLoader, &HistoryLoader::loaded, this, &MainWindow::onHistoryLoaded);
    }
    return m_historyLoader;
}

void MainWindow::onHistoryLoaded(const LoadedHistory &loaded)
{
    if (loaded.ticket != m_historyTicket) {
        return; // asked again since: that answer is the one to take
    }
    m_historyPending = false;
    if (!m_store->isOpen() || loaded.seriesFolder != series::folderOf(m_store->path())) {
        m_prepareNextWhenRead = false;
        return; // the meeting was closed
    }
    m_seriesDocuments = loaded.history.documents();
    // Who is known follows from files on disk: no change to save.
    m_store->applyWithoutSaving([&] { m_meeting->setPastAttendees(loaded.history.knownBefore(m_historyDate)); });
    if (!loaded.errors.isEmpty()) {
        statusBar()->showMessage(tr("Left out of this series' history, as they could not be read: %1")
                                     .arg(loaded.errors.join(QStringLiteral("; "))),
                                 20000);
    } else if (loaded.documentsRead > 0) {
        const QString read = loaded.documentsRead == 1
            ? tr("Read an agenda or minutes file of this series in %1: people it names before this meeting are "
                 "not marked new")
            : tr("Read %n agenda and minutes files of this series in %1: people they name before this meeting are "
                 "not marked new",
                 nullptr, loaded.documentsRead);
        statusBar()->showMessage(read.arg(QDir::toNativeSeparators(exportFolder())), 10000);
    }
    if (m_prepareNextWhenRead) {
        m_prepareNextWhenRead = false;
        writeNextMeeting();
    }
}

void MainWindow::showHistory()
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first: the history is its series'."), 8000);
        return;
    }
    if (!m_history) {
        m_history = new HistoryWindow(this);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryWindow::moveRequested, this, &MainWindow::moveSeries);
    }
    m_history->showSeries(series::folderOf(m_store->path()), m_store->series(), m_seriesDocuments);
    m_history->show();
    m_history->raise();
}

void MainWindow::showReading()
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first: this tells how its agenda file was read."), 8000);
        return;
    }
    if (!m_reading) {
        m_reading = new ReadingWindow(this);
        m_reading->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reading->showAgenda(m_store->sourceAgenda(), m_store->sourceMeetingDate());
    m_reading->show();
    m_reading->raise();
}

void MainWindow::moveSeries(const QString &from, const QString &to)
{
    if (m_meeting->isActive()) {
        m_banner->showMessage(tr("The series is renamed or merged once this meeting has ended: its session is "
                                 "being written now."),
                              Banner::Kind::Info);
        return;
    }
    const QString root = sessionfile::rootFolder();
    const bool openHere = m_store->isOpen()
        && QDir::cleanPath(series::folderOf(m_store->path()))
            == QDir::cleanPath(QDir(root).filePath(sessionfile::folderName(from)));
    const QString openPath = m_store->path();
    if (openHere) {
        if (!m_store->saveNow()) {
            m_banner->showMessage(tr("Not moved: the open meeting could not be saved (%1).").arg(m_store->lastError()),
                                  Banner::Kind::Error);
            return;
        }
        m_store->close();
    }
    const seriesmove::Result moved = seriesmove::move(root, from, to);
    QString reopen = openPath;
    if (moved.ok() && openHere && moved.moved.contains(QFileInfo(openPath).absoluteDir().dirName())) {
        reopen = sessionfile::sessionPath(root, to,
                                          QDate::fromString(QFileInfo(openPath).absoluteDir().dirName(), Qt::ISODate));
    }
    if (openHere) {
        openConfirmed(reopen);
    }
    if (!moved.ok()) {
        m_banner->showMessage(tr("The series was not moved, nothing was lost: %1").arg(moved.error),
                              Banner::Kind::Error);
        return;
    }
    QString said
        = tr("The meetings of “%1” are now in “%2”: %3.")
              .arg(from, to, moved.moved.isEmpty() ? tr("none moved") : moved.moved.join(QStringLiteral(", ")));
    if (!moved.kept.isEmpty()) {
        said += QLatin1Char(' ')
            + tr("“%1” already has a meeting on %2; those stay in “%3”.")
                  .arg(to, moved.kept.join(QStringLiteral(", ")), from);
        m_banner->showMessage(said, Banner::Kind::Info);
    }
    statusBar()->showMessage(said, 15000);
    if (m_history) {
        const bool stays = !moved.kept.isEmpty();
        m_history->showSeries(QDir(root).filePath(sessionfile::folderName(stays && !openHere ? from : to)),
                              stays && !openHere ? from : to);
    }
}

void MainWindow::askForFile(bool save, const QString &title, const QString &filter, const QString &suggested,
                            const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(this, title, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setWindowModality(Qt::NonModal);
    if (save) {
        dialog->selectFile(suggested);
    }
    connect(dialog, &QFileDialog::fileSelected, this, done);
    dialog->show();
}

void MainWindow::exportAttendance()
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first."), 8000);
        return;
    }
    // Named by the meeting's date, as the minutes are.
    const QString suggested
        = QFileInfo(m_store->path())
              .absoluteDir()
              .filePath(minutesexport::datedFileName(m_store->data(), QStringLiteral("attendance.csv")));
    askForFile(true, tr("Export Attendance"), tr("CSV files (*.csv)"), suggested, [this](const QString &path) {
        const QString error = writeFileAtomically(path, attendancecsv::exportRoster(*m_meeting)).error;
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Attendance exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
        } else {
            m_banner->showMessage(tr("Could not export the attendance: %1").arg(error), Banner::Kind::Error);
        }
    });
}

void MainWindow::importAttendance()
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first."), 8000);
        return;
    }
    const QString folder = QFileInfo(m_store->path()).absolutePath();
    askForFile(
        false, tr("Import Attendance"), tr("CSV files (*.csv);;All files (*)"), folder, [this](const QString &path) {
            QList<Attendee> rows;
            QString error;
            if (!attendancecsv::importRosterFile(path, &rows, &error)) {
                // error names the file, and the line and what is wrong
                m_banner->showMessage(tr("Could not import the attendance: %1").arg(error), Banner::Kind::Error);
                return;
            }
            const int changed = m_meeting->importAttendance(rows);
            const QString file = QDir::toNativeSeparators(path);
            statusBar()->showMessage(
                changed == 1
                    ? tr("Imported attendance from %1: 1 person updated or added").arg(file)
                    : tr("Imported attendance from %1: %2 people updated or added").arg(file, QString::number(changed)),
                10000);
        });
}

void MainWindow::showMinutesWindow()
{
    if (!m_minutesWindow) {
        m_minutesWindow = new MinutesWindow(m_meeting, this);
        m_minutesWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_minutesWindow, &MinutesWindow::exportRequested, this, &MainWindow::exportMinutes);
        connect(m_minutesWindow, &MinutesWindow::prepareNextRequested, this, &MainWindow::prepareNextMeeting);
        connect(m_minutesWindow, &MinutesWindow::exportFolderChosen, this, &MainWindow::setExportFolder);
    }
    const QString seriesFolder = m_store->isOpen() ? series::folderOf(m_store->path()) : QString();
    m_minutesWindow->setSeries(seriesFolder, exportFolder());
    // Everyone the series has seen may chair next, not only this meeting's roster.
    QList<Person> known;
    if (!seriesFolder.isEmpty()) {
        for (const SeriesHistory::PersonRecord &p : SeriesHistory::load(seriesFolder).people()) {
            known.append({p.name, p.github});
        }
    }
    m_minutesWindow->setSeriesPeople(known);
    m_minutesWindow->show();
    m_minutesWindow->raise();
}

void MainWindow::exportMinutes(const QString &format)
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first."), 8000);
        return;
    }
    const SessionData session = m_store->data();
    if (format == QLatin1String("timing")) {
        writeExport(timingreport::fileName(session), timingreport::csv(session), tr("timing report"));
        return;
    }
    const QString language = minuteswords::resolveLanguage(session, QString());
    const QString markdown = minutesInSeriesLayout(session, language);
    if (format == QLatin1String("html")) {
        writeExport(minutesexport::fileName(session, format), minutesexport::htmlOf(markdown, language).toUtf8(),
                    tr("minutes"));
    } else if (format == QLatin1String("pdf")) {
        writeExport(minutesexport::fileName(session, format), minutesexport::pdfOf(markdown), tr("minutes"));
    } else {
        writeExport(minutesexport::fileName(session), markdown.toUtf8(), tr("minutes"));
    }
}

QString MainWindow::minutesInSeriesLayout(const SessionData &session, const QString &language)
{
    const QString seriesFolder = series::folderOf(m_store->path());
    SessionData written = session;
    if (written.minutes.choices.layout.isEmpty()) {
        written.minutes.choices.layout = minuteslayout::id(serieslayout::forSeries(seriesFolder, exportFolder()));
    }
    // The series' own copy of a layout, when the chair made one: read afresh at each export.
    const QString ownPath = serieslayout::ownTemplatePath(seriesFolder, language);
    QString own;
    if (QFileInfo::exists(ownPath)) {
        QByteArray bytes;
        QString error;
        if (readWholeFile(ownPath, 1024 * 1024, &bytes, &error) == ReadFailure::None) {
            own = QString::fromUtf8(bytes);
        } else {
            m_banner->showMessage(tr("The series' minutes layout could not be read (%1); the minutes were written in "
                                     "the layout chosen in the Minutes window.")
                                      .arg(error),
                                  Banner::Kind::Error);
        }
    }
    const minutesexport::Minutes minutes
        = minutesexport::write(written, language, written.minutes.choices.timingTable, own);
    if (!minutes.templateError.isEmpty()) {
        m_banner->showMessage(tr("The series' minutes layout %1 has a mistake on line %2 (%3); the minutes were "
                                 "written in the layout chosen in the Minutes window.")
                                  .arg(QDir::toNativeSeparators(ownPath))
                                  .arg(minutes.templateLine)
                                  .arg(minutes.templateError),
                              Banner::Kind::Error);
    }
    return minutes.markdown;
}

void MainWindow::prepareNextMeeting()
{
    if (!m_store->isOpen()) {
        statusBar()->showMessage(tr("Open a meeting first."), 8000);
        return;
    }
    // The newcomers it introduces depend on the series' agendas and minutes in the export
    // folder: the folder first (asked for on first use), and their reading done.
    withExportFolder([this](const QString &) {
        if (m_historyPending) {
            m_prepareNextWhenRead = true;
            statusBar()->showMessage(tr("Reading the series' agendas and minutes first…"));
            return;
        }
        writeNextMeeting();
    });
}

void MainWindow::writeNextMeeting()
{
    const SessionData session = m_store->data();
    const SeriesHistory history = SeriesHistory::load(series::folderOf(m_store->path()));
    const nextmeeting::Draft draft = nextmeeting::prepare(
        session, nextmeeting::readSourceAgenda(session), m_meeting->newcomersPresent(),
        history.agendasOtherThan(m_store->path()), m_clock->now(), Settings().nextMeetingIntervalDays());
    if (draft.markdown.isEmpty()) {
        m_banner->showMessage(tr("Could not prepare the next meeting from this one."), Banner::Kind::Error);
        return;
    }
    writeExports({{draft.agendaFileName, draft.markdown.toUtf8()}, {draft.icsFileName, draft.ics.toUtf8()}},
                 tr("next agenda and calendar invite"));
}

void MainWindow::writeExport(const QString &fileName, const QByteArray &contents, const QString &what)
{
    writeExports({{fileName, contents}}, what);
}

QString MainWindow::exportFolder() const
{
    if (!m_store->isOpen()) {
        return {};
    }
    // The series' own, else the one folder earlier versions kept for every series.
    const QString own = seriessettings::load(series::folderOf(m_store->path())).exportFolder;
    return own.isEmpty() ? Settings().minutesFolder() : own;
}

void MainWindow::writeExports(const QList<QPair<QString, QByteArray>> &files, const QString &what)
{
    withExportFolder([this, files, what](const QString &folder) { writeExportsTo(folder, files, what); });
}

void MainWindow::withExportFolder(const std::function<void(const QString &)> &then)
{
    const QString folder = exportFolder();
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        then(folder);
        return;
    }
    // Asked once for the series, remembered: typically its folder in a clone of the community's
    // repository. The Minutes window changes it.
    auto *dialog = new QFileDialog(this, tr("Folder for This Series' Minutes and Agendas"),
                                   QFileInfo(m_store->sourceAgenda()).absolutePath());
    dialog->setObjectName(QStringLiteral("exportFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setWindowModality(Qt::NonModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this, then](const QString &chosen) {
        setExportFolder(chosen); // and the series' agendas and minutes there are read
        then(chosen);
    });
    dialog->show();
}

void MainWindow::setExportFolder(const QString &folder)
{
    const QString seriesFolder = series::folderOf(m_store->path());
    seriessettings::Values values = seriessettings::load(seriesFolder);
    values.exportFolder = QDir::cleanPath(folder);
    QString error;
    if (!seriessettings::save(seriesFolder, values, &error)) {
        m_banner->showMessage(
            tr("The series' export folder was not saved: %1. It is used until Gavel quits.").arg(error),
            Banner::Kind::Error);
        Settings().setMinutesFolder(folder);
    }
    readSeriesDocuments(); // the series' agendas and minutes are there
    if (m_minutesWindow) {
        m_minutesWindow->setSeries(seriesFolder, exportFolder());
    }
}

void MainWindow::writeExportsTo(const QString &folder, const QList<QPair<QString, QByteArray>> &files,
                                const QString &what)
{
    const auto write = [this, folder, files, what] {
        QStringList written;
        for (const auto &[name, contents] : files) {
            // A meeting of another year goes beside, into that year's folder.
            const QString target = seriessettings::folderForFile(folder, name);
            const QString path = QDir(target).filePath(name);
            const QString error
                = writeFileAtomically(path, contents, target == folder ? Folders::MustExist : Folders::Create).error;
            if (!error.isEmpty()) {
                m_banner->showMessage(tr("Could not write the %1: %2").arg(what, error), Banner::Kind::Error);
                return;
            }
            m_store->recordWritten(path);
            written.append(QDir::toNativeSeparators(path));
        }
        statusBar()->showMessage(tr("Wrote the %1: %2").arg(what, written.join(QStringLiteral(", "))), 15000);
    };
    // One question for all the files this meeting did not write.
    QStringList foreign;
    for (const auto &file : files) {
        const QString path = QDir(seriessettings::folderForFile(folder, file.first)).filePath(file.first);
        if (QFileInfo::exists(path) && !m_store->hasWritten(path)) {
            foreign.append(QDir::toNativeSeparators(path));
        }
    }
    if (!foreign.isEmpty()) {
        m_banner->showQuestion(tr("%1 exists and was not written by this meeting. Replace it with the %2?")
                                   .arg(foreign.join(QStringLiteral(", ")), what),
                               tr("Replace"), write);
        return;
    }
    write();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
        updateSaveStatus();
        updateRecentMenu();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_store->isOpen() && !m_store->saveNow()) {
        // The one case worth a question: closing now would lose what is not on disk.
        const auto answer = QMessageBox::warning(this, tr("Not Saved"),
                                                 tr("The meeting could not be saved:\n%1\n\nClose anyway and lose the "
                                                    "changes since the last save?")
                                                     .arg(m_store->lastError()),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    // A meeting still open is recorded as closed normally, not as a crash, when it is reopened.
    m_store->close();
    Settings settings;
    settings.setWindowState(QStringLiteral("geometry"), saveGeometry());
    settings.setWindowState(m_mainSplitter->objectName(), m_mainSplitter->saveState());
    settings.setWindowState(m_centreSplitter->objectName(), m_centreSplitter->saveState());
    m_stage->close();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileFrom(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileFrom(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openFile(path);
    }
}

} // namespace gavel
