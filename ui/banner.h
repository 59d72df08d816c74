#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace gavel {

// A non-blocking message across the top of the window: it never steals focus and
// stays until dismissed or replaced, so the chair is not interrupted mid-meeting.
class Banner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Info, Error };

    explicit Banner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    // With a button that runs `action` (and hides the banner): a question that blocks nothing.
    void showQuestion(const QString &text, const QString &actionText, const std::function<void()> &action,
                      Kind kind = Kind::Info);
    QString text() const;

protected:
    bool event(QEvent *event) override;

private:
    // Tinted for its kind in the theme it is shown in, again when the theme changes.
    void tint();

    Kind m_kind = Kind::Info;
    bool m_tinting = false;
    QPushButton *m_action = nullptr;
    std::function<void()> m_onAction;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace gavel
