#include "currentitempanel.h"

#include "agenda/people.h"
#include "elidedlabel.h"
#include "flowlayout.h"
#include "meeting/livemeeting.h"
#include "timerdisplay.h"
#include "typescale.h"
#include "widgethelpers.h"

#include <QAction>
#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace gavel {

CurrentItemPanel::CurrentItemPanel(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_caption(new QLabel(this))
    , m_title(new ElidedLabel(2, this))
    , m_speakers(new ElidedLabel(1, this))
    , m_description(new ElidedLabel(1, this))
    , m_timer(new TimerDisplay(meeting, TimerDisplay::Size::Panel, this))
    , m_next(new ElidedLabel(2, this))
    , m_durationRow(new QWidget(this))
    , m_duration(new QSpinBox(this))
    , m_elapsedRow(new QWidget(this))
    , m_elapsed(new QTimeEdit(this))
    , m_controls(new QWidget(this))
{
    m_caption->setObjectName(QStringLiteral("currentCaption"));
    m_title->setObjectName(QStringLiteral("currentTitle"));
    m_speakers->setObjectName(QStringLiteral("currentSpeakers"));
    m_description->setObjectName(QStringLiteral("currentDescription"));
    m_next->setObjectName(QStringLiteral("nextLabel"));
    QFont caption = typescale::font(m_caption->font(), typescale::Role::Reading);
    caption.setCapitalization(QFont::AllUppercase);
    m_caption->setFont(caption);
    m_title->setFont(typescale::font(m_title->font(), typescale::Role::Title));
    m_next->setFont(typescale::font(m_next->font(), typescale::Role::Reading));
    m_description->setFont(typescale::font(m_description->font(), typescale::Role::Reading));

    // Inline: give an item without a duration one.
    m_duration->setObjectName(QStringLiteral("setDurationSpin"));
    m_duration->setRange(1, 600);
    m_duration->setSuffix(tr(" min"));
    auto *setDuration = new QPushButton(tr("Set duration"), m_durationRow);
    setDuration->setObjectName(QStringLiteral("setDurationButton"));
    // Rows that wrap: what shows as the meeting goes on never widens the middle of the window.
    auto *durationLayout = new FlowLayout(m_durationRow);
    auto *durationLabel = new QLabel(tr("This item has no duration:"), m_durationRow);
    durationLayout->addWidget(durationLabel);
    durationLayout->addWidget(m_duration);
    durationLayout->addWidget(setDuration);
    labelFor(durationLabel, m_duration);
    const auto applyDuration = [this] { m_meeting->setPlannedMinutes(m_meeting->currentId(), m_duration->value()); };
    connect(setDuration, &QPushButton::clicked, this, applyDuration);
    connect(m_duration, &QSpinBox::editingFinished, this, [this, applyDuration] {
        if (m_duration->hasFocus()) {
            applyDuration();
        }
    });

    // Inline: correct the time so far ("I forgot to start the timer").
    m_elapsed->setObjectName(QStringLiteral("elapsedEdit"));
    m_elapsed->setDisplayFormat(QStringLiteral("H:mm:ss"));
    auto *applyElapsed = new QPushButton(tr("Set time so far"), m_elapsedRow);
    applyElapsed->setObjectName(QStringLiteral("setElapsedButton"));
    auto *cancelElapsed = new QPushButton(tr("Cancel"), m_elapsedRow);
    auto *elapsedLayout = new FlowLayout(m_elapsedRow);
    auto *elapsedLabel = new QLabel(tr("Time so far on this item:"), m_elapsedRow);
    elapsedLayout->addWidget(elapsedLabel);
    elapsedLayout->addWidget(m_elapsed);
    elapsedLayout->addWidget(applyElapsed);
    elapsedLayout->addWidget(cancelElapsed);
    labelFor(elapsedLabel, m_elapsed);
    m_elapsedRow->hide();
    const auto apply = [this] {
        m_meeting->setElapsed(m_meeting->currentId(), qint64(m_elapsed->time().msecsSinceStartOfDay()));
        m_elapsedRow->hide();
    };
    connect(applyElapsed, &QPushButton::clicked, this, apply);
    connect(cancelElapsed, &QPushButton::clicked, m_elapsedRow, &QWidget::hide);
    // Return applies, Escape cancels: the chair never needs the mouse for it.
    auto *applyKey = new QShortcut(QKeySequence(Qt::Key_Return), m_elapsed, nullptr, nullptr, Qt::WidgetShortcut);
    connect(applyKey, &QShortcut::activated, this, apply);
    auto *applyEnter = new QShortcut(QKeySequence(Qt::Key_Enter), m_elapsed, nullptr, nullptr, Qt::WidgetShortcut);
    connect(applyEnter, &QShortcut::activated, this, apply);
    auto *cancelKey = new QShortcut(QKeySequence(Qt::Key_Escape), m_elapsed, nullptr, nullptr, Qt::WidgetShortcut);
    connect(cancelKey, &QShortcut::activated, m_elapsedRow, &QWidget::hide);

    new FlowLayout(m_controls); // "Start Meeting" becomes "Pause": the buttons wrap, the pane keeps its width

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_title);
    layout->addWidget(m_speakers);
    layout->addWidget(m_description);
    layout->addWidget(m_timer, 1);
    // Reachable from the keyboard (Tab, or View > Go to the Timer): its digits take the focus.
    layout->addWidget(m_durationRow);
    layout->addWidget(m_elapsedRow);
    layout->addWidget(m_controls);
    layout->addWidget(m_next);

    connect(m_meeting, &LiveMeeting::changed, this, &CurrentItemPanel::refresh);
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &CurrentItemPanel::refresh);
    refresh();
}

void CurrentItemPanel::addControls(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_controls);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Buttons never take the keyboard focus away from where the chair is typing.
        button->setFocusPolicy(Qt::NoFocus);
        m_controls->layout()->addWidget(button);
    }
}

QSize CurrentItemPanel::minimumSizeHint() const
{
    // The rows that wrap (the buttons, the inline fields) take more lines in a narrow pane: the
    // splitter is told, so it never presses the timer's digits under its status.
    if (m_minimumHintWidth == width()) {
        return m_minimumHint;
    }
    QSize size = QWidget::minimumSizeHint();
    if (const auto *box = qobject_cast<const QBoxLayout *>(layout())) {
        size.setHeight(qMax(size.height(), box->minimumHeightForWidth(width())));
    }
    m_minimumHint = size;
    m_minimumHintWidth = width();
    return size;
}

bool CurrentItemPanel::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        m_minimumHintWidth = -1; // a row changed: asked again, the hint is worked out again
    } else if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    return QWidget::event(event);
}

void CurrentItemPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) {
        updateGeometry(); // another width, another height the rows need
    }
}

void CurrentItemPanel::editElapsed()
{
    // The time so far of the item running now (the one the chair forgot to start).
    const int id = m_meeting->currentId();
    if (!m_meeting->isActive() || !id) {
        return;
    }
    m_elapsed->setTime(QTime::fromMSecsSinceStartOfDay(int(qMin<qint64>(m_meeting->elapsedMs(id), 86399000))));
    m_elapsedRow->show();
    m_elapsed->setFocus();
}

void CurrentItemPanel::refresh()
{
    const int id = m_meeting->currentId();
    const AgendaItem *current = m_meeting->item(id);
    const LiveMeeting::Phase phase = m_meeting->phase();
    const int nextId = m_meeting->nextId();
    const AgendaItem *next = m_meeting->item(nextId);

    if (phase == LiveMeeting::Phase::NotStarted) {
        m_caption->setText(tr("First up"));
        m_title->setFullText(next ? next->title : tr("The agenda is empty"));
        m_speakers->setFullText(next ? people::speakersLabel(*next) : QString());
    } else if (phase == LiveMeeting::Phase::Ended) {
        m_caption->setText(tr("Finished"));
        m_title->setFullText(tr("The meeting has ended"));
        m_speakers->setFullText(QString());
    } else {
        m_caption->setText(phase == LiveMeeting::Phase::Paused ? tr("Now · paused") : tr("Now"));
        m_title->setFullText(current ? current->title : QString());
        m_speakers->setFullText(current ? people::speakersLabel(*current) : QString());
    }
    m_speakers->setVisible(!m_speakers->fullText().isEmpty());
    // The item's description under its title, its entries on one line (a label's entry, "部分议题：",
    // runs on into the next): the rest is in the tooltip, so a long one never presses the timer.
    const AgendaItem *shown = phase == LiveMeeting::Phase::NotStarted ? next
        : phase == LiveMeeting::Phase::Ended                          ? nullptr
                                                                      : current;
    QString described;
    for (const QString &line :
         shown ? shown->description.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList()) {
        const QString separator = described.isEmpty() || described.endsWith(QChar(0xFF1A)) // a full-width colon
            ? QString()
            : described.endsWith(QLatin1Char(':')) ? QStringLiteral(" ") : QStringLiteral(" · ");
        described += separator + line.trimmed();
    }
    m_description->setFullText(described);
    m_description->setVisible(!m_description->fullText().isEmpty());

    if (phase != LiveMeeting::Phase::Ended && next && phase != LiveMeeting::Phase::NotStarted) {
        m_next->setFullText(
            tr("Next: %1 · %2 min").arg(next->title).arg((m_meeting->allowedMs(nextId) + 59999) / 60000));
    } else if (phase == LiveMeeting::Phase::NotStarted) {
        m_next->setFullText(tr("Items to run: %1").arg(m_meeting->runOrder().size()));
    } else if (phase != LiveMeeting::Phase::Ended) {
        m_next->setFullText(tr("Next: nothing · this is the last item"));
    } else {
        m_next->setFullText(QString());
    }

    const bool untimed = m_meeting->isActive() && id && !m_meeting->isTimed(id);
    if (untimed && !m_durationRow->isVisible()) {
        m_duration->setValue(m_meeting->defaultMinutes());
    }
    m_durationRow->setVisible(untimed);
    if (!m_meeting->isActive()) {
        m_elapsedRow->hide();
    }
}

} // namespace gavel
