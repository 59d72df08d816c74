#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace gavel {

// How Gavel read the meeting's agenda file: the lines `gavel --print-agenda --explain` prints
// (which heading, lists, lines and rules gave the title, the items, the time, the chair, the
// roster), in a window of its own that never blocks the meeting. The file is read again when
// the window is shown, so what it says is about the file as it is now. A dialog for its keys
// (Escape closes it), never modal.
class ReadingWindow : public QDialog
{
    Q_OBJECT

public:
    explicit ReadingWindow(QWidget *parent = nullptr);

    // Reads `agendaPath` again and shows how; an empty path says the meeting has no agenda file.
    // `meetingDate`: the meeting the session runs, of a file that keeps several (else invalid).
    void showAgenda(const QString &agendaPath, const QDate &meetingDate = {});
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QString m_path;
    QDate m_date;
    QLabel *m_heading;
    QPlainTextEdit *m_lines;
};

} // namespace gavel
