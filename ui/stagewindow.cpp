#include "stagewindow.h"

#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "timerdisplay.h"
#include "typescale.h"
#include "widgethelpers.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace gavel {

namespace {

QLabel *scaledLabel(const char *name, typescale::Role role, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setFont(typescale::font(label->font(), role));
    return label;
}

} // namespace

StageWindow::StageWindow(LiveMeeting *meeting, MeetingActions *actions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_meeting(meeting)
    , m_meetingTitle(scaledLabel("stageMeetingTitle", typescale::Role::Heading, this))
    , m_title(scaledLabel("stageTitle", typescale::Role::StageTitle, this))
    , m_speakers(scaledLabel("stageSpeakers", typescale::Role::StageLine, this))
    , m_timer(new TimerDisplay(meeting, TimerDisplay::Size::Stage, this))
    , m_next(scaledLabel("stageNext", typescale::Role::StageLine, this))
{
    setObjectName(QStringLiteral("stageWindow"));
    setWindowTitle(tr("Gavel: Stage"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    actions->addTo(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_meetingTitle);
    layout->addWidget(m_title);
    layout->addWidget(m_speakers);
    layout->addWidget(m_timer, 1);
    layout->addWidget(m_next);

    connect(m_meeting, &LiveMeeting::changed, this, &StageWindow::refresh);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &StageWindow::refresh);
    fitToScreen(this, QSize(960, 600));
    refresh();
}

void StageWindow::showStage(bool fullScreen)
{
    if (fullScreen) {
        showFullScreen();
    } else {
        if (isFullScreen()) {
            showNormal();
        }
        show();
    }
}

void StageWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void StageWindow::refresh()
{
    const LiveMeeting::Phase phase = m_meeting->phase();
    m_meetingTitle->setText(m_meeting->meeting().title);
    const int shownId = phase == LiveMeeting::Phase::NotStarted ? m_meeting->nextId() : m_meeting->currentId();
    const AgendaItem *shown = m_meeting->item(shownId);
    if (phase == LiveMeeting::Phase::Ended) {
        m_title->setText(tr("Thank you: the meeting has ended"));
    } else if (phase == LiveMeeting::Phase::NotStarted) {
        m_title->setText(shown ? tr("Starting soon: %1").arg(shown->title) : QString());
    } else {
        m_title->setText(shown ? shown->title : QString());
    }
    m_speakers->setText(shown && phase != LiveMeeting::Phase::Ended && !shown->speakers.isEmpty()
                            ? QLatin1Char('@') + shown->speakers.join(QStringLiteral(", @"))
                            : QString());
    m_speakers->setVisible(!m_speakers->text().isEmpty());
    const AgendaItem *next = phase == LiveMeeting::Phase::NotStarted || phase == LiveMeeting::Phase::Ended
        ? nullptr
        : m_meeting->item(m_meeting->nextId());
    m_next->setText(next ? tr("Next: %1").arg(next->title) : QString());
    m_next->setVisible(next != nullptr);
}

} // namespace gavel
