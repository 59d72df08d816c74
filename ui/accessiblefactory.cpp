#include "accessiblefactory.h"

#include "timerdisplay.h"

#include <QAccessibleWidget>

namespace gavel::accessible {

namespace {

// Its value as a share of 100 and in words; it sends no events of its own (see TimeBar). Not as
// its description: screen readers keep a description they were told, and it would go stale.
class TimeBarInterface : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit TimeBarInterface(TimeBar *bar)
        : QAccessibleWidget(bar, QAccessible::ProgressBar)
    { }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface) {
            return static_cast<QAccessibleValueInterface *>(this);
        }
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value) {
            return bar()->valueText();
        }
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return bar()->percent(); }
    void setCurrentValue(const QVariant &) override { }
    QVariant maximumValue() const override { return 100; }
    QVariant minimumValue() const override { return 0; }
    QVariant minimumStepSize() const override { return 1; }

private:
    TimeBar *bar() const { return static_cast<TimeBar *>(widget()); }
};

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    // A window of its own (the stage view, the minutes, the history) is a window to a screen
    // reader, as the main window and the dialogs are; Qt would make a plain widget a filler.
    if (className == QLatin1String("QWidget") && static_cast<QWidget *>(object)->isWindow()) {
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Window);
    }
    if (className == QLatin1String("gavel::TimeBar")) {
        return new TimeBarInterface(static_cast<TimeBar *>(object));
    }
    if (className == QLatin1String("gavel::Announcer")) {
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Notification);
    }
    return nullptr;
}

} // namespace

void installFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory(factory);
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace gavel::accessible
