#include "mainwindow.h"

#include "agendaimporter.h"
#include "agendamodel.h"
#include "banner.h"
#include "meetingheader.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace gavel {

namespace {

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
    return bindings.isEmpty() ? QList<QKeySequence>{fallback} : bindings;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new Banner(this))
    , m_pages(new QStackedWidget(this))
    , m_header(new MeetingHeader(this))
    , m_agendaView(new QTreeView(this))
    , m_rosterView(new QListWidget(this))
    , m_rosterTitle(new QLabel(this))
    , m_agendaModel(new AgendaModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Gavel"));
    setAcceptDrops(true);

    auto *empty = new QLabel(tr("Open a meeting agenda (%1) or drop a Markdown file here.")
                                 .arg(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O))
                                          .constFirst()
                                          .toString(QKeySequence::NativeText)),
                             this);
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    m_agendaView->setModel(m_agendaModel);
    m_agendaView->setAlternatingRowColors(true);
    m_agendaView->setUniformRowHeights(true);
    m_agendaView->setAllColumnsShowFocus(true);
    m_agendaView->header()->setStretchLastSection(false);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::NumberColumn, QHeaderView::ResizeToContents);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::SpeakersColumn, QHeaderView::Interactive);
    m_agendaView->header()->setSectionResizeMode(AgendaModel::PlannedColumn, QHeaderView::ResizeToContents);
    m_agendaView->header()->resizeSection(AgendaModel::SpeakersColumn, 180);
    QFont agendaFont = m_agendaView->font();
    agendaFont.setPointSizeF(agendaFont.pointSizeF() * 1.15);
    m_agendaView->setFont(agendaFont);

    m_rosterView->setObjectName(QStringLiteral("rosterView"));
    m_rosterTitle->setObjectName(QStringLiteral("rosterTitle"));
    QFont bold = m_rosterTitle->font();
    bold.setBold(true);
    m_rosterTitle->setFont(bold);

    auto *rosterPane = new QWidget(this);
    auto *rosterLayout = new QVBoxLayout(rosterPane);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addWidget(m_rosterTitle);
    rosterLayout->addWidget(m_rosterView);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_agendaView);
    splitter->addWidget(rosterPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *meetingPage = new QWidget(this);
    auto *meetingLayout = new QVBoxLayout(meetingPage);
    meetingLayout->setContentsMargins(12, 12, 12, 12);
    meetingLayout->setSpacing(12);
    meetingLayout->addWidget(m_header);
    meetingLayout->addWidget(splitter, 1);

    m_pages->addWidget(empty);
    m_pages->addWidget(meetingPage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    createActions();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 720);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Agenda…"), this, &MainWindow::showOpenDialog);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcuts(standardOr(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Gavel"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Agenda"), QFileInfo(m_currentFile).absolutePath(),
                                                      tr("Markdown agendas (*.md *.markdown);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Gavel"),
                       tr("<h3>Gavel %1</h3><p>Run a live community meeting from its Markdown agenda: "
                          "a countdown per item, attendance and minutes.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

bool MainWindow::openFile(const QString &path)
{
    const ImportResult result = AgendaImporter::importFile(path);
    if (!result.ok()) {
        m_banner->showMessage(tr("Could not open the agenda: %1").arg(result.error), Banner::Kind::Error);
        statusBar()->showMessage(tr("Could not open %1").arg(QFileInfo(path).fileName()));
        return false;
    }
    m_banner->hide();
    m_currentFile = QFileInfo(path).absoluteFilePath();
    setMeeting(result.meeting);
    statusBar()->showMessage(tr("Opened %1 (agenda items: %2)")
                                 .arg(QDir::toNativeSeparators(m_currentFile))
                                 .arg(result.meeting.items.size()));
    return true;
}

void MainWindow::setMeeting(const Meeting &meeting)
{
    m_header->setMeeting(meeting);
    m_agendaModel->setItems(meeting.items);
    m_agendaView->expandAll();

    m_rosterView->clear();
    for (const Person &person : meeting.roster) {
        auto *row = new QListWidgetItem(describePerson(person), m_rosterView);
        if (!person.github.isEmpty()) {
            row->setToolTip(QStringLiteral("https://github.com/") + person.github);
        }
    }
    m_rosterTitle->setText(tr("Invited (%1)").arg(meeting.roster.size()));
    setWindowTitle(meeting.title.isEmpty() ? tr("Gavel") : meeting.title);
    m_pages->setCurrentIndex(1);
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
