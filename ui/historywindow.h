#pragma once

#include "series/serieshistory.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QFileDialog;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace gavel {

// The attendance history of a series, in a window of its own (never modal: the meeting's
// shortcuts keep working): who came to which meeting, with totals and newcomers, and the
// perfect-attendance report over a date range with its CSV and Markdown exports.
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(QWidget *parent = nullptr);
    // documents: the series' agendas and minutes as last read (SeriesHistory::documents()): who
    // they name before a meeting is no newcomer at it.
    void showSeries(const QString &seriesFolder, const QString &seriesName,
                    const QList<SeriesDocument> &documents = {});

    const SeriesHistory &history() const { return m_history; }
    QStringList loadErrors() const { return m_loadErrors; }

    // Write the perfect-attendance report for the range shown to a file (what the export
    // dialogs do once a file is chosen); the result is shown in the status line. Returns
    // an empty string on success, else why it failed (naming the file).
    QString exportPerfectCsv(const QString &path);
    QString exportPerfectMarkdown(const QString &path);

signals:
    // Rename the series shown (to a new name), or merge it into another (an existing name).
    void moveRequested(const QString &from, const QString &to);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showErrors();
    enum class Format { Csv, Markdown };

    void fillTable();
    void updatePerfect();
    void askExportFile(Format format);
    QString writeReport(const QString &path, const QByteArray &contents);

    SeriesHistory m_history;
    QStringList m_loadErrors;
    QString m_seriesFolder;
    QString m_seriesName;
    QString m_exportFolder; // where the last export went

    QLabel *m_summary;
    QLabel *m_errors;
    QTableWidget *m_table;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_perfectNote;
    QListWidget *m_perfectList;
    QPushButton *m_exportCsv;
    QPushButton *m_exportMarkdown;
    QLineEdit *m_newName;
    QComboBox *m_mergeInto;
    QLabel *m_status;
    QPointer<QFileDialog> m_csvDialog;
    QPointer<QFileDialog> m_markdownDialog;
};

} // namespace gavel
