#include "stagewindow.h"

#include "accessiblefactory.h"
#include "agenda/people.h"
#include "elidedlabel.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "timerdisplay.h"
#include "typescale.h"
#include "widgethelpers.h"

#include <QEvent>
#include <QKeyEvent>
#include <QTextLayout>
#include <QVBoxLayout>

namespace gavel {

namespace {

// The size the stage is laid out for; a smaller window scales its words down, a larger one up.
constexpr QSize UsualSize(960, 600);
// The title's sizes, largest first, against its role's: it steps down before it is elided.
constexpr double TitleSteps[] = {1.0, 0.85, 0.72, 0.6};

ElidedLabel *stageLabel(const char *name, int maxLines, QWidget *parent)
{
    auto *label = new ElidedLabel(maxLines, parent);
    label->setObjectName(QLatin1String(name));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

QFont scaled(const QFont &base, typescale::Role role, double factor)
{
    QFont f = typescale::font(base, role);
    f.setPointSizeF(f.pointSizeF() * factor);
    return f;
}

// How many lines `text` wraps to at `width`, as a word-wrapped label lays it out.
int wrappedLines(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return lines;
}

} // namespace

StageWindow::StageWindow(LiveMeeting *meeting, MeetingActions *actions, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_meeting(meeting)
    , m_layout(new QVBoxLayout(this))
    , m_meetingTitle(stageLabel("stageMeetingTitle", 1, this))
    , m_title(stageLabel("stageTitle", 2, this))
    , m_speakers(stageLabel("stageSpeakers", 1, this))
    , m_timer(new TimerDisplay(meeting, TimerDisplay::Size::Stage, this))
    , m_next(stageLabel("stageNext", 1, this))
{
    accessible::installFactory(); // a window to screen readers, named by its title
    setObjectName(QStringLiteral("stageWindow"));
    // Exactly this: the application sets no display name for Qt to append (see main.cpp).
    setWindowTitle(tr("Gavel: Stage"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    actions->addTo(this);

    m_layout->addWidget(m_meetingTitle);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_speakers);
    m_layout->addWidget(m_timer, 1);
    m_layout->addWidget(m_next);

    connect(m_meeting, &LiveMeeting::changed, this, &StageWindow::refresh);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &StageWindow::refresh);
    fitToScreen(this, UsualSize);
    fitText();
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

void StageWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitText();
}

void StageWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitText();
}

void StageWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    if (changesTextSize(event)) {
        m_scale = 0;
        m_titleFittedWidth = -1;
        fitText();
    }
}

void StageWindow::refresh()
{
    const LiveMeeting::Phase phase = m_meeting->phase();
    m_meetingTitle->setFullText(m_meeting->meeting().title);
    const int shownId = phase == LiveMeeting::Phase::NotStarted ? m_meeting->nextId() : m_meeting->currentId();
    const AgendaItem *shown = m_meeting->item(shownId);
    if (phase == LiveMeeting::Phase::Ended) {
        m_title->setFullText(tr("Thank you: the meeting has ended"));
    } else if (phase == LiveMeeting::Phase::NotStarted) {
        m_title->setFullText(shown ? tr("Starting soon: %1").arg(shown->title) : QString());
    } else {
        m_title->setFullText(shown ? shown->title : QString());
    }
    m_speakers->setFullText(shown && phase != LiveMeeting::Phase::Ended && !shown->speakers.isEmpty()
                                ? people::speakersLabel(*shown)
                                : QString());
    m_speakers->setVisible(!m_speakers->fullText().isEmpty());
    const AgendaItem *next = phase == LiveMeeting::Phase::NotStarted || phase == LiveMeeting::Phase::Ended
        ? nullptr
        : m_meeting->item(m_meeting->nextId());
    m_next->setFullText(next ? tr("Next: %1").arg(next->title) : QString());
    m_next->setVisible(next != nullptr);
    fitTitle();
}

void StageWindow::fitText()
{
    // Not before it is shown: the window is made with the main one, and its bold Chinese title
    // measured at several sizes would open a second CJK face before the first frame.
    if (!isVisible()) {
        return;
    }
    // In steps of 5%, so dragging the window's edge does not build a font at every pixel.
    const double exact = qMin(double(width()) / UsualSize.width(), double(height()) / UsualSize.height());
    const double scale = qBound(0.6, qRound(exact * 20) / 20.0, 2.0);
    if (scale != m_scale) {
        m_scale = scale;
        m_layout->setContentsMargins(qRound(32 * scale), qRound(24 * scale), qRound(32 * scale), qRound(24 * scale));
        m_layout->setSpacing(qRound(12 * scale));
        m_meetingTitle->setFont(scaled(font(), typescale::Role::Heading, scale));
        m_next->setFont(scaled(font(), typescale::Role::StageLine, scale));
        m_timer->setTextScale(scale);
        m_titleFittedWidth = -1;
    }
    fitTitle();
}

void StageWindow::fitTitle()
{
    if (!isVisible()) {
        return; // fitted when shown (fitText)
    }
    const QMargins margins = m_layout->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right();
    const QString text = m_title->fullText();
    if (width <= 0 || (width == m_titleFittedWidth && text == m_titleFittedText)) {
        return;
    }
    m_titleFittedWidth = width;
    m_titleFittedText = text;
    // The largest size at which the whole title takes two lines; past the smallest, it is elided.
    QFont f;
    for (const double step : TitleSteps) {
        f = scaled(font(), typescale::Role::StageTitle, m_scale * step);
        if (wrappedLines(text, f, width) <= 2) {
            break;
        }
    }
    if (m_title->font() != f) {
        m_title->setFont(f);
    }
    // The speakers are never larger than the title they belong to.
    QFont speakers = scaled(font(), typescale::Role::StageLine, m_scale);
    speakers.setPointSizeF(qMin(speakers.pointSizeF(), f.pointSizeF()));
    if (m_speakers->font() != speakers) {
        m_speakers->setFont(speakers);
    }
}

} // namespace gavel
