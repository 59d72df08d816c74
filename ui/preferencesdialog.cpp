#include "preferencesdialog.h"
#include "widgethelpers.h"

#include "alertplayer.h"
#include "interfacelanguage.h"
#include "meeting/livemeeting.h"
#include "storage/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gavel {

namespace {

// Where sessions go when no folder is set and GAVEL_HOME is not set either.
QString defaultSessionsRoot()
{
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty()) {
        documents = QDir::homePath();
    }
    return QDir::cleanPath(documents + QStringLiteral("/Gavel"));
}

// A typed folder as it is stored: empty for the default, else absolute ("~" and relative
// paths are taken from the home folder, as a shell would).
QString normalizedFolder(const QString &typed)
{
    QString path = QDir::fromNativeSeparators(typed.trimmed());
    if (path.isEmpty()) {
        return {};
    }
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/"))) {
        path = QDir::homePath() + path.mid(1);
    }
    return QDir::cleanPath(QDir::home().absoluteFilePath(path));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_warningSeconds(new QSpinBox(this))
    , m_defaultMinutes(new QSpinBox(this))
    , m_lateGrace(new QSpinBox(this))
    , m_nextInterval(new QSpinBox(this))
    , m_soundEnabled(new QCheckBox(tr("&Play a sound at the warning and when time is up"), this))
    , m_testNote(new QLabel(this))
    , m_sessionsRoot(new QLineEdit(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setModal(false);

    // ---- timer ----
    m_warningSeconds->setObjectName(QStringLiteral("warningSeconds"));
    m_warningSeconds->setRange(0, 3600);
    m_warningSeconds->setSingleStep(15);
    m_warningSeconds->setSuffix(tr(" s"));
    m_warningSeconds->setSpecialValueText(tr("No warning"));
    m_warningSeconds->setKeyboardTracking(false); // typing 120 must not pass through 1 and 12
    m_warningSeconds->setToolTip(tr("How long before the end of an item its timer shows the warning"));
    connect(m_warningSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        Settings().setWarningSeconds(seconds);
        emit settingsChanged();
    });

    m_defaultMinutes->setObjectName(QStringLiteral("defaultMinutes"));
    m_defaultMinutes->setRange(1, 600);
    m_defaultMinutes->setSuffix(tr(" min"));
    m_defaultMinutes->setKeyboardTracking(false);
    m_defaultMinutes->setToolTip(tr("The length the timer allows an agenda item that states no duration"));
    connect(m_defaultMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        Settings().setDefaultItemMinutes(minutes);
        emit settingsChanged();
    });

    m_soundEnabled->setObjectName(QStringLiteral("soundEnabled"));
    m_soundNote = noteLabel(tr("Off by default: your microphone would carry the sound into the call."), this);
    m_soundNote->setObjectName(QStringLiteral("soundNote"));
    m_soundEnabled->setAccessibleDescription(m_soundNote->text());
    connect(m_soundEnabled, &QCheckBox::toggled, this, [this](bool enabled) {
        Settings().setSoundEnabled(enabled);
        emit settingsChanged();
    });

    QPushButton *test = plainButton(tr("&Test sound"), this);
    test->setObjectName(QStringLiteral("testSound"));
    test->setToolTip(tr("Plays the warning chime, then the time-up chimes, whether or not sounds are on"));
    connect(test, &QPushButton::clicked, this, &PreferencesDialog::testSound);
    m_testNote->setObjectName(QStringLiteral("testSoundNote"));
    m_testNote->setWordWrap(true);
    m_testNote->hide();
    test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(test);
    testRow->addWidget(m_testNote, 1);

    auto *timer = new QGroupBox(tr("Timer"), this);
    auto *timerForm = new QFormLayout(timer);
    timerForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *warningLabel = new QLabel(tr("&Warning before the end:"), timer);
    warningLabel->setBuddy(m_warningSeconds);
    timerForm->addRow(warningLabel, m_warningSeconds);
    auto *minutesLabel = new QLabel(tr("Default &length of items without a duration:"), timer);
    minutesLabel->setBuddy(m_defaultMinutes);
    timerForm->addRow(minutesLabel, m_defaultMinutes);
    timerForm->addRow(m_soundEnabled);
    timerForm->addRow(m_soundNote);
    timerForm->addRow(testRow);

    // ---- attendance ----
    m_lateGrace->setObjectName(QStringLiteral("lateGraceMinutes"));
    m_lateGrace->setRange(0, 240);
    m_lateGrace->setSuffix(tr(" min"));
    m_lateGrace->setKeyboardTracking(false);
    m_lateGrace->setToolTip(
        tr("Who checks in later than this after the start is marked late; you can always change it"));
    connect(m_lateGrace, &QSpinBox::valueChanged, this, [this](int minutes) {
        Settings().setLateGraceMinutes(minutes);
        emit settingsChanged();
    });
    auto *attendanceBox = new QGroupBox(tr("Attendance and the next meeting"), this);
    auto *attendanceForm = new QFormLayout(attendanceBox);
    attendanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *graceLabel = new QLabel(tr("Late after the start plus:"), attendanceBox);
    graceLabel->setBuddy(m_lateGrace);
    attendanceForm->addRow(graceLabel, m_lateGrace);
    m_nextInterval->setObjectName(QStringLiteral("nextMeetingInterval"));
    m_nextInterval->setRange(1, 365);
    m_nextInterval->setSuffix(tr(" days"));
    m_nextInterval->setKeyboardTracking(false);
    m_nextInterval->setToolTip(tr("The next agenda's date, unless the meeting decided another"));
    connect(m_nextInterval, &QSpinBox::valueChanged, this, [this](int days) {
        Settings().setNextMeetingIntervalDays(days);
        emit settingsChanged();
    });
    auto *intervalLabel = new QLabel(tr("Next meeting after:"), attendanceBox);
    intervalLabel->setBuddy(m_nextInterval);
    attendanceForm->addRow(intervalLabel, m_nextInterval);

    // ---- sessions ----
    m_sessionsRoot->setObjectName(QStringLiteral("sessionsRoot"));
    m_sessionsRoot->setPlaceholderText(QDir::toNativeSeparators(defaultSessionsRoot()));
    m_sessionsRoot->setClearButtonEnabled(true);
    connect(m_sessionsRoot, &QLineEdit::editingFinished, this, &PreferencesDialog::commitSessionsRoot);

    QPushButton *choose = plainButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseSessionsRoot"));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseSessionsRoot);

    m_sessionsNote = noteLabel(QString(), this);
    m_sessionsNote->setObjectName(QStringLiteral("sessionsRootNote"));
    showSessionsNote();

    auto *sessions = new QGroupBox(tr("Sessions"), this);
    auto *sessionsForm = new QFormLayout(sessions);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_sessionsRoot, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("&Sessions folder:"), sessions);
    folderLabel->setBuddy(m_sessionsRoot);
    sessionsForm->addRow(folderLabel, folderRow);
    sessionsForm->addRow(m_sessionsNote);

    // ---- closing: every change is already applied ----
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // ---- the interface's language: applies at once, to every window ----
    m_language->setObjectName(QStringLiteral("interfaceLanguage"));
    m_language->addItem(tr("System"), QString());
    // Each language by its own name, whatever the interface speaks now.
    m_language->addItem(QStringLiteral("English"), QString::fromLatin1(interfacelanguage::English));
    m_language->addItem(QStringLiteral("简体中文"), QString::fromLatin1(interfacelanguage::SimplifiedChinese));
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString language = m_language->currentData().toString();
        Settings().setInterfaceLanguage(language);
        interfacelanguage::use(language);
        emit settingsChanged();
    });
    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *languageLabel = new QLabel(tr("&Language:"), interfaceBox);
    languageLabel->setBuddy(m_language);
    interfaceForm->addRow(languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceBox);
    layout->addWidget(timer);
    layout->addWidget(attendanceBox);
    layout->addWidget(sessions);
    layout->addStretch(1);
    layout->addWidget(buttons);

    reload();
    resize(560, sizeHint().height());
}

void PreferencesDialog::reload()
{
    const Settings settings;
    const QSignalBlocker blockWarning(m_warningSeconds);
    const QSignalBlocker blockMinutes(m_defaultMinutes);
    const QSignalBlocker blockGrace(m_lateGrace);
    const QSignalBlocker blockInterval(m_nextInterval);
    const QSignalBlocker blockSound(m_soundEnabled);
    m_warningSeconds->setValue(settings.warningSeconds());
    m_defaultMinutes->setValue(settings.defaultItemMinutes());
    m_lateGrace->setValue(settings.lateGraceMinutes());
    m_nextInterval->setValue(settings.nextMeetingIntervalDays());
    m_soundEnabled->setChecked(settings.soundEnabled());
    m_sessionsRoot->setText(QDir::toNativeSeparators(settings.sessionsRoot()));
    const QSignalBlocker blockLanguage(m_language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.interfaceLanguage())));
}

void PreferencesDialog::showSessionsNote()
{
    QString note = tr("Empty means the default folder, Gavel in your Documents folder (%1). "
                      "The GAVEL_HOME environment variable, when set, overrides this folder.")
                       .arg(QDir::toNativeSeparators(defaultSessionsRoot()));
    const QString gavelHome = qEnvironmentVariable("GAVEL_HOME");
    if (!gavelHome.isEmpty()) {
        note += QLatin1Char(' ')
            + tr("It is set now: sessions are saved in %1.").arg(QDir::toNativeSeparators(QDir::cleanPath(gavelHome)));
    }
    m_sessionsNote->setText(note);
    m_sessionsRoot->setAccessibleDescription(note);
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        showSessionsNote();
    }
}

void PreferencesDialog::showEvent(QShowEvent *event)
{
    reload();
    QDialog::showEvent(event);
}

void PreferencesDialog::hideEvent(QHideEvent *event)
{
    // Closing with a value still being typed keeps it, as leaving the field would.
    m_warningSeconds->interpretText();
    m_defaultMinutes->interpretText();
    m_lateGrace->interpretText();
    m_nextInterval->interpretText();
    commitSessionsRoot();
    QDialog::hideEvent(event);
}

void PreferencesDialog::commitSessionsRoot()
{
    const QString folder = normalizedFolder(m_sessionsRoot->text());
    if (m_sessionsRoot->text() != QDir::toNativeSeparators(folder)) {
        m_sessionsRoot->setText(QDir::toNativeSeparators(folder));
    }
    Settings settings;
    if (folder == settings.sessionsRoot()) {
        return;
    }
    settings.setSessionsRoot(folder);
    emit settingsChanged();
}

void PreferencesDialog::chooseSessionsRoot()
{
    // Not QFileDialog::getExistingDirectory(): that would be modal, and the meeting's controls
    // must keep working while the chair looks for a folder.
    if (!m_folderDialog) {
        m_folderDialog = new QFileDialog(this, tr("Sessions Folder"));
        m_folderDialog->setObjectName(QStringLiteral("sessionsRootDialog"));
        m_folderDialog->setWindowModality(Qt::NonModal);
        m_folderDialog->setFileMode(QFileDialog::Directory);
        m_folderDialog->setOption(QFileDialog::ShowDirsOnly);
        connect(m_folderDialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
            m_sessionsRoot->setText(QDir::toNativeSeparators(folder));
            commitSessionsRoot();
        });
    }
    const QString current = normalizedFolder(m_sessionsRoot->text());
    QString start = current.isEmpty() ? defaultSessionsRoot() : current;
    // The folder may not exist yet: start from the nearest one above it that does.
    while (!QFileInfo(start).isDir()) {
        const QString up = QFileInfo(start).path();
        if (up == start) {
            start = QDir::homePath();
            break;
        }
        start = up;
    }
    m_folderDialog->setDirectory(start);
    m_folderDialog->show();
    m_folderDialog->raise();
    m_folderDialog->activateWindow();
}

void PreferencesDialog::testSound()
{
    QString why;
    AlertSound *sound = AlertPlayer::sound(&why);
    if (!sound) {
        m_testNote->setText(tr("No sound: %1.").arg(why));
        m_testNote->show();
        return;
    }
    if (!sound->hasSound(AlertSound::Kind::Warning) || !sound->hasSound(AlertSound::Kind::TimeUp)) {
        m_testNote->setText(tr("This build of Gavel lacks its alert sounds."));
        m_testNote->show();
        return;
    }
    if (!sound->hasAudioOutput()) {
        m_testNote->setText(tr("No sound output was found on this computer."));
        m_testNote->show();
        return;
    }
    m_testNote->hide();
    if (!m_testPlayer) {
        m_testPlayer = new AlertPlayer(this);
        m_testPlayer->setEnabled(true); // the test plays whatever the setting says
    }
    m_testPlayer->play(LiveMeeting::Alert::Warning);
    QTimer::singleShot(1200, m_testPlayer, [player = m_testPlayer] { player->play(LiveMeeting::Alert::TimeUp); });
}

} // namespace gavel
