#include "statusbar.h"

#include <QEvent>
#include <QLoggingCategory>
#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

namespace gavel {

// What the status bar says, in the log when asked (QT_LOGGING_RULES="gavel.status.info=true"):
// for support, and for tests that run the real app and read what its window said.
Q_LOGGING_CATEGORY(lcStatus, "gavel.status", QtWarningMsg)

StatusBar::StatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextFormat(Qt::PlainText);
    // Width is given, never asked for: the permanent widgets keep theirs, the message elides.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->installEventFilter(this);
    // Permanent, first and stretching: the widgets added after it stand to its right.
    addPermanentWidget(m_message, 1);
    connect(this, &QStatusBar::messageChanged, this, [this](const QString &message) {
        showElided();
        if (!message.isEmpty()) {
            qCInfo(lcStatus).noquote() << message;
        }
    });
}

void StatusBar::showElided()
{
    const QString full = currentMessage();
    const QString shown = m_message->fontMetrics().elidedText(full, Qt::ElideRight, m_message->contentsRect().width());
    m_message->setToolTip(shown == full ? QString() : full);
    m_message->setAccessibleName(full);
    m_message->setText(shown);
}

bool StatusBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_message && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)) {
        showElided();
    }
    return QStatusBar::eventFilter(watched, event);
}

void StatusBar::paintEvent(QPaintEvent *)
{
    // As QStatusBar paints, without the message: the label shows it, elided.
    QPainter p(this);
    QStyleOption opt;
    opt.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &opt, &p, this);
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (w->isVisible() && !qobject_cast<QSizeGrip *>(w)) {
            QStyleOption item;
            item.rect = w->geometry().adjusted(-2, -1, 2, 1);
            item.palette = palette();
            item.state = QStyle::State_None;
            style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &item, &p, w);
        }
    }
}

} // namespace gavel
