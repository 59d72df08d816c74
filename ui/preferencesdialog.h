#pragma once

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFileDialog;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gavel {

class AlertPlayer;

// The chair's preferences. A window of its own, never modal: the meeting goes on while it is
// open. Every edit applies at once: it is written to Settings and announced with
// settingsChanged(), so there is nothing to confirm, only a Close button.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Shows the values in Settings again (done each time the window is shown).
    void reload();

signals:
    void settingsChanged();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitSessionsRoot();
    void chooseSessionsRoot();
    void testSound();
    void showSessionsNote(); // the default folder and GAVEL_HOME, in the interface's language

    QSpinBox *m_warningSeconds = nullptr;
    QSpinBox *m_defaultMinutes = nullptr;
    QSpinBox *m_lateGrace = nullptr;
    QSpinBox *m_nextInterval = nullptr;
    QCheckBox *m_soundEnabled = nullptr;
    QLabel *m_soundNote = nullptr;
    QLabel *m_testNote = nullptr;
    QLineEdit *m_sessionsRoot = nullptr;
    QLabel *m_sessionsNote = nullptr;
    QComboBox *m_language;
    AlertPlayer *m_testPlayer = nullptr; // created on the first test
    QPointer<QFileDialog> m_folderDialog;
};

} // namespace gavel
