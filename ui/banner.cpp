#include "banner.h"
#include "typescale.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QToolButton>

namespace gavel {

// What the banner says also goes to the log (stderr, the journal): support and scripts see it.
Q_LOGGING_CATEGORY(lcBanner, "gavel.banner")

Banner::Banner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("bannerSymbol"));
    m_icon->setFont(typescale::font(m_icon->font(), typescale::Role::Heading));
    m_icon->setAlignment(Qt::AlignCenter);
    m_label->setObjectName(QStringLiteral("bannerText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("bannerClose"));
    close->setAutoRaise(true);
    // Glyphs, not the style's icons: those read the icon theme and load image plugins at start-up.
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    close->setFocusPolicy(Qt::NoFocus);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);

    m_action = new QPushButton(this);
    m_action->setObjectName(QStringLiteral("bannerAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, [this] {
        const auto action = m_onAction;
        hide();
        if (action) {
            action();
        }
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    hide();
}

void Banner::showMessage(const QString &text, Kind kind)
{
    const bool error = kind == Kind::Error;
    m_icon->setText(error ? QStringLiteral("⚠") : QStringLiteral("ℹ"));
    m_kind = kind;
    tint();
    m_label->setText(text);
    setAccessibleName(error ? tr("Error: %1").arg(text) : text);
    if (error) {
        qCWarning(lcBanner).noquote() << text;
    } else {
        qCInfo(lcBanner).noquote() << text;
    }
    m_action->hide();
    m_onAction = nullptr;
    show();
}

void Banner::showQuestion(const QString &text, const QString &actionText, const std::function<void()> &action,
                          Kind kind)
{
    showMessage(text, kind);
    m_onAction = action;
    m_action->setText(actionText);
    m_action->show();
}

void Banner::tint()
{
    // The symbol and the words carry the meaning; the tint only reinforces it. The theme's own
    // palette decides light or dark, not this banner's, which carries the last tint.
    const QPalette theme = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const bool dark = theme.color(QPalette::Window).lightness() < 128;
    const bool error = m_kind == Kind::Error;
    QPalette pal;
    pal.setResolveMask(0); // every other role follows the theme
    pal.setColor(QPalette::Window,
                 error ? (dark ? QColor(0x5c, 0x1f, 0x1f) : QColor(0xfd, 0xe2, 0xe1))
                       : (dark ? QColor(0x1f, 0x3a, 0x5c) : QColor(0xe1, 0xee, 0xfd)));
    const QScopedValueRollback<bool> tinting(m_tinting, true);
    setPalette(pal);
}

bool Banner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) && !m_tinting) {
        tint(); // the desktop turned dark (or light) while it is shown
    }
    return handled;
}

QString Banner::text() const
{
    return m_label->text();
}

} // namespace gavel
