#pragma once

#include <QFrame>

class QLabel;

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
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace gavel
