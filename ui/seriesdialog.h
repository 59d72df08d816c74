#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace gavel {

// Asks which meeting series a new agenda belongs to, before the meeting starts: the series
// folders already there, with the one proposed from the title preselected.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    SeriesDialog(const QString &title, const QString &proposal, const QStringList &existing, const QString &root,
                 QWidget *parent = nullptr);

    QString series() const;

private:
    QComboBox *m_series;
    QLabel *m_where;
    QString m_root;
};

} // namespace gavel
