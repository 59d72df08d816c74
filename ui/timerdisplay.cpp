#include "timerdisplay.h"

#include "accessiblefactory.h"
#include "meeting/schedulewords.h"
#include "meeting/timeformat.h"
#include "typescale.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyleOptionProgressBar>
#include <QVBoxLayout>

namespace gavel {

namespace {

struct Colours
{
    QColor text;
    QColor background;
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// `from` moved a share `t` of the way to `to`.
QColor mixed(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

Colours coloursFor(LiveMeeting::TimerState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case LiveMeeting::TimerState::Warning:
        return dark ? Colours {QColor(0xff, 0xc2, 0x4d), QColor(0x3d, 0x2e, 0x00)}
                    : Colours {QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xf1, 0xcc)};
    case LiveMeeting::TimerState::Overtime:
        return dark ? Colours {QColor(0xff, 0x7b, 0x7b), QColor(0x4a, 0x12, 0x17)}
                    : Colours {QColor(0xa8, 0x00, 0x1d), QColor(0xfd, 0xe0, 0xe3)};
    case LiveMeeting::TimerState::CountUp:
        return dark ? Colours {QColor(0x8d, 0xb4, 0xff), QColor(0x16, 0x24, 0x40)}
                    : Colours {QColor(0x1d, 0x3f, 0xb0), QColor(0xe4, 0xec, 0xfd)};
    default:
        // A dark theme's Base is darker than its window: the panel would sink into it. A lighter
        // surface stands out, as the light theme's white panel does on its grey window.
        return {palette.color(QPalette::WindowText),
                dark ? mixed(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.14)
                     : palette.color(QPalette::Base)};
    }
}

} // namespace

TimeBar::TimeBar(QWidget *parent)
    : QProgressBar(parent)
{
    accessible::installFactory();
    setRange(0, 1000);
    setTextVisible(false);
}

void TimeBar::setShare(double share)
{
    const int permille = qBound(0, int(share * 1000), 1000);
    if (permille != m_permille) {
        m_permille = permille;
        update();
    }
}

QString TimeBar::valueText() const
{
    return tr("%1% of the item's time used").arg(percent());
}

void TimeBar::initStyleOption(QStyleOptionProgressBar *option) const
{
    QProgressBar::initStyleOption(option);
    // QProgressBar's own value stays unset: setting it would send an accessibility event each time.
    option->progress = m_permille;
}

TimerDisplay::TimerDisplay(LiveMeeting *meeting, Size size, QWidget *parent)
    : QFrame(parent)
    , m_meeting(meeting)
    , m_size(size)
    , m_digits(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new TimeBar(this))
{
    setObjectName(size == Size::Stage ? QStringLiteral("stageTimer") : QStringLiteral("timerDisplay"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_digits->setObjectName(QStringLiteral("timerDigits"));
    m_status->setObjectName(QStringLiteral("timerStatus"));
    m_progress->setObjectName(QStringLiteral("timerProgress"));
    setAccessibleName(tr("Timer"));
    m_digits->setAlignment(Qt::AlignCenter);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    QFont digitsFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    digitsFont.setBold(true);
    m_digits->setFont(digitsFont);
    // The stage's digits take the room its lines leave them, down to a small window's.
    m_digits->setMinimumHeight(size == Size::Stage ? 48 : 64);
    // The digits grow to the room they are given (fitDigits), so they must not ask for it: sized
    // by their text, they would hold the pane at its widest and push the panes beside it.
    m_digits->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_progress->setAccessibleName(tr("Time used"));
    if (size == Size::Stage) {
        // The stage shows the room what the panel shows the chair: it names what it is, once,
        // and sends nothing as the time runs (the panel's digits say it).
        m_digits->setAccessibleName(tr("Timer, as on the main window"));
        m_status->setAccessibleName(tr("Timer state, as on the main window"));
    } else {
        // The keyboard comes to the digits (Tab, View > Go to the Timer): a screen reader reads
        // their name, the time left in words. The frame hands its focus on and draws the ring.
        m_digits->setFocusPolicy(Qt::TabFocus);
        setFocusProxy(m_digits);
        m_digits->installEventFilter(this);
    }
    setTextScale(1.0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->addWidget(m_digits, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    m_flashTimer.setInterval(250);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        if (--m_flashSteps <= 0) {
            m_flashTimer.stop();
        }
        refresh();
    });
    // Before the start and during a pause nothing it shows moves: the tick has nothing to do.
    connect(m_meeting, &LiveMeeting::ticked, this, [this] {
        if (m_meeting->phase() == LiveMeeting::Phase::Running) {
            refresh();
        }
    });
    connect(m_meeting, &LiveMeeting::changed, this, &TimerDisplay::refresh);
    refresh();
}

QString TimerDisplay::digits() const
{
    return m_digits->text();
}

QString TimerDisplay::status() const
{
    return m_status->text();
}

void TimerDisplay::setTextScale(double factor)
{
    const bool stage = m_size == Size::Stage;
    QFont status = typescale::font(font(), stage ? typescale::Role::StageTimer : typescale::Role::Reading);
    status.setPointSizeF(status.pointSizeF() * factor);
    m_status->setFont(status);
    m_progress->setFixedHeight(qMax(6, qRound((stage ? 18 : 10) * factor)));
}

void TimerDisplay::flash()
{
    m_flashSteps = 8;
    m_flashTimer.start();
    refresh();
}

void TimerDisplay::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    refresh();
}

bool TimerDisplay::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    // A new theme (the desktop switched to dark, say): the application's palette changed, or
    // this widget's. applyColours' own palette change is not news.
    const QEvent::Type type = event->type();
    if ((type == QEvent::ApplicationPaletteChange || type == QEvent::PaletteChange || type == QEvent::StyleChange)
        && !m_applyingColours) {
        m_coloursShown = -1;
        refresh();
    }
    if (type == QEvent::LanguageChange) {
        refresh(); // the status line's words
    }
    return handled;
}

bool TimerDisplay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_digits && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)) {
        update(); // the ring
    }
    return QFrame::eventFilter(watched, event);
}

void TimerDisplay::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!m_digits->hasFocus()) {
        return;
    }
    // A ring in the digits' own colour: it shows against every state's background, and by its
    // shape, not its colour.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_digits->palette().color(m_digits->foregroundRole()), 2, Qt::DashLine));
    painter.drawRoundedRect(QRectF(m_digits->geometry()).adjusted(1, 1, -1, -1), 6, 6);
}

void TimerDisplay::refresh()
{
    // A hidden timer (the stage view when closed) does no work on the tick; showing it repaints.
    if (!isVisible()) {
        return;
    }
    const LiveMeeting::Phase phase = m_meeting->phase();
    const LiveMeeting::TimerState state = m_meeting->timerState();
    const bool paused = phase == LiveMeeting::Phase::Paused;
    const int current = m_meeting->currentId();
    QString digits;
    QString status;
    double progress = 0;
    switch (phase) {
    case LiveMeeting::Phase::NotStarted: {
        const int first = m_meeting->nextId();
        digits = first ? timeformat::duration(m_meeting->allowedMs(first)) : QStringLiteral("--:--");
        // The stage is shared with the attendees: no key hints for them.
        status = m_size == Size::Stage ? tr("Not started yet") : tr("Not started · F5 starts the meeting");
        break;
    }
    case LiveMeeting::Phase::Ended:
        digits = timeformat::duration(m_meeting->meetingElapsedMs());
        status = tr("■ Meeting ended · it ran %1").arg(ScheduleWords::minutes(m_meeting->meetingElapsedMs()));
        break;
    default: {
        const qint64 remaining = m_meeting->remainingMs();
        progress = m_meeting->progress();
        switch (state) {
        case LiveMeeting::TimerState::CountUp:
            digits = timeformat::duration(m_meeting->elapsedMs(current));
            status = tr("↑ Counting up · no duration set (planned at %1 min)").arg(m_meeting->defaultMinutes());
            break;
        case LiveMeeting::TimerState::Overtime:
            digits = timeformat::countdown(remaining);
            status = tr("‼ Time is up · overtime %1").arg(timeformat::duration(-remaining));
            break;
        case LiveMeeting::TimerState::Warning:
            digits = timeformat::countdown(remaining);
            // "under 1 min left", not "under 01:00 left": a span of minutes, not a clock time.
            status = tr("⚠ Wrap up · under %1 left")
                         .arg(m_meeting->warningSeconds() % 60
                                  ? tr("%1 s").arg(m_meeting->warningSeconds())
                                  : ScheduleWords::minutes(qint64(m_meeting->warningSeconds()) * 1000));
            break;
        default:
            digits = timeformat::countdown(remaining);
            status = tr("▶ On the clock · %1 min planned").arg((m_meeting->allowedMs(current) + 59999) / 60000);
            break;
        }
        if (paused) {
            // Paused, and only that: the running state's words would say the clock runs.
            status = m_size == Size::Stage ? tr("❚❚ Paused") : tr("❚❚ Paused · F5 resumes");
        }
        break;
    }
    }
    // Most ticks change nothing shown (the digits move once a second): only changes are applied.
    if (digits != m_digits->text()) {
        if (m_size == Size::Panel) {
            // Named before the text is set: a label with a name sends no event of its own for
            // its text, so this is the one event a second while the timer runs.
            const QString spoken = spokenDigits();
            if (spoken != m_digits->accessibleName()) {
                m_digits->setAccessibleName(spoken);
            }
        }
        m_digits->setText(digits);
        fitDigits();
    }
    m_status->setText(status); // QLabel ignores the same text
    m_progress->setShare(progress);
    const bool inverted = m_flashTimer.isActive() && m_flashSteps % 2 == 1;
    const int colours = int(state) * 4 + (paused ? 2 : 0) + (inverted ? 1 : 0);
    if (colours != m_coloursShown) {
        m_coloursShown = colours;
        applyColours(state, paused, inverted);
    }

    if (status != m_lastStatus && m_size == Size::Panel) {
        // Read when a screen reader comes to it; the moments themselves are spoken by the Announcer.
        m_lastStatus = status;
        m_status->setAccessibleName(status);
    }
}

QString TimerDisplay::spokenDigits() const
{
    switch (m_meeting->phase()) {
    case LiveMeeting::Phase::NotStarted: {
        const int first = m_meeting->nextId();
        return first ? tr("%1 planned, not started").arg(ScheduleWords::spoken(m_meeting->allowedMs(first)))
                     : tr("Not started");
    }
    case LiveMeeting::Phase::Ended:
        return tr("Meeting ended, it ran %1").arg(ScheduleWords::spoken(m_meeting->meetingElapsedMs()));
    default:
        if (m_meeting->timerState() == LiveMeeting::TimerState::CountUp) {
            return tr("%1 so far").arg(ScheduleWords::spoken(m_meeting->elapsedMs(m_meeting->currentId())));
        }
        return ScheduleWords::spokenCountdown(m_meeting->remainingMs());
    }
}

void TimerDisplay::applyColours(LiveMeeting::TimerState state, bool paused, bool inverted)
{
    // The theme's own palette, not this widget's: that one carries the last state's tint.
    const QPalette theme = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    // Paused, the state's tint goes: the clock stands still, and dimmed text keeps 4.5:1 only on
    // the neutral panel (the words say the pause; the digits' sign still says overtime).
    Colours c = coloursFor(paused ? LiveMeeting::TimerState::Normal : state, theme);
    if (inverted) {
        std::swap(c.text, c.background);
    }
    const QScopedValueRollback<bool> applying(m_applyingColours, true);
    // Only the roles the state sets, so every other role still follows the theme, and a change
    // of theme reaches this widget as a palette change.
    QPalette pal;
    pal.setResolveMask(0);
    pal.setColor(QPalette::Window, c.background);
    // Paused: dimmed towards the background (the theme's placeholder grey is 4:1 on white).
    pal.setColor(QPalette::WindowText, paused ? mixed(c.text, c.background, 0.3) : c.text);
    setPalette(pal);
    m_digits->setPalette(pal);
    m_status->setPalette(pal);
    QPalette bar;
    bar.setResolveMask(0);
    bar.setColor(QPalette::Highlight, c.text);
    if (isDark(theme)) {
        // The track between the panel and the bar's own colour: it reads on the panel, the bar on it.
        bar.setColor(QPalette::Base, mixed(c.background, c.text, 0.3));
    }
    m_progress->setPalette(bar);
}

void TimerDisplay::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitDigits();
}

void TimerDisplay::fitDigits()
{
    // As large as the label allows, never clipped: digits are what the room reads from across
    // the table. Measured on zeros of the text's length, so the size changes with the length
    // (05:00, +01:05:00), not every second, and is worked out again only then or on a resize.
    QString sample = m_digits->text();
    for (QChar &c : sample) {
        c = c.isDigit() ? QLatin1Char('0') : c;
    }
    if (sample.size() < 5) {
        sample = QStringLiteral("00:00");
    }
    const QSize room = m_digits->contentsRect().size();
    if (room.isEmpty() || (room == m_fittedRoom && sample.size() == m_fittedLength)) {
        return;
    }
    m_fittedRoom = room;
    m_fittedLength = int(sample.size());
    QFont f = m_digits->font();
    const auto fits = [&](int pixels) {
        f.setPixelSize(pixels);
        const QFontMetrics metrics(f);
        return metrics.horizontalAdvance(sample) <= room.width() * 0.95 && metrics.height() <= room.height();
    };
    // Text grows about in proportion to its size: one guess from a measure, then steps down.
    f.setPixelSize(100);
    const QFontMetrics at100(f);
    int pixels = qBound(12,
                        int(100
                            * qMin(room.width() * 0.95 / qMax(1, at100.horizontalAdvance(sample)),
                                   double(room.height()) / qMax(1, at100.height()))),
                        1000);
    while (pixels > 12 && !fits(pixels)) {
        --pixels;
    }
    if (m_digits->font().pixelSize() != pixels) {
        f.setPixelSize(pixels);
        m_digits->setFont(f);
    }
}

} // namespace gavel
