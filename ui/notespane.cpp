#include "notespane.h"

#include "livemeeting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QVBoxLayout>

namespace gavel {

namespace {

void addItems(QComboBox *combo, const QList<AgendaItem> &items, const QString &prefix)
{
    for (int row = 0; row < items.size(); ++row) {
        const QString number = prefix + QString::number(row + 1);
        combo->addItem(QStringLiteral("%1  %2").arg(number, items[row].title), items[row].id);
        addItems(combo, items[row].children, number + QLatin1Char('.'));
    }
}

} // namespace

NotesPane::NotesPane(LiveMeeting *meeting, QWidget *parent)
    : QWidget(parent)
    , m_meeting(meeting)
    , m_choice(new QComboBox(this))
    , m_follow(new QCheckBox(tr("Follow the current item"), this))
    , m_editor(new QPlainTextEdit(this))
{
    m_choice->setObjectName(QStringLiteral("notesItem"));
    m_follow->setObjectName(QStringLiteral("notesFollow"));
    m_editor->setObjectName(QStringLiteral("notesEdit"));
    m_follow->setChecked(true);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(20);
    m_editor->setPlaceholderText(tr("Notes for this item: Markdown, @handles and #123 are kept as written."));
    QFont f = m_editor->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_editor->setFont(f);

    // No mnemonic here: Alt+N is the window's "Go to Notes", straight into the text.
    auto *label = new QLabel(tr("Notes:"), this);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_choice, 1);
    top->addWidget(m_follow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);

    connect(m_choice, &QComboBox::activated, this, [this](int index) {
        m_follow->setChecked(false);
        showItem(m_choice->itemData(index).toInt());
    });
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            followCurrent();
        }
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading && m_shown >= 0) {
            m_meeting->setNotes(m_shown, m_editor->toPlainText());
        }
    });
    connect(m_meeting, &LiveMeeting::loaded, this, [this] {
        // A new session brings new texts: drop the documents of the old one.
        m_loading = true;
        auto *blank = new QTextDocument(m_editor);
        blank->setDocumentLayout(new QPlainTextDocumentLayout(blank));
        m_editor->setDocument(blank);
        qDeleteAll(m_documents);
        m_documents.clear();
        m_shown = -1;
        m_follow->setChecked(true); // a new meeting starts following its current item
        m_loading = false;
    });
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &NotesPane::reloadChoices);
    connect(m_meeting, &LiveMeeting::changed, this, [this] {
        if (m_follow->isChecked()) {
            followCurrent();
        }
    });
    reloadChoices();
    followCurrent();
}

QTextDocument *NotesPane::documentFor(int id)
{
    QTextDocument *doc = m_documents.value(id);
    if (!doc) {
        doc = new QTextDocument(this);
        doc->setDocumentLayout(new QPlainTextDocumentLayout(doc));
        doc->setDefaultFont(m_editor->font());
        doc->setPlainText(m_meeting->notes(id));
        doc->setUndoRedoEnabled(true);
        doc->clearUndoRedoStacks();
        m_documents.insert(id, doc);
    } else if (doc->toPlainText() != m_meeting->notes(id)) {
        doc->setPlainText(m_meeting->notes(id)); // a session was (re)loaded
    }
    return doc;
}

void NotesPane::showItem(int id)
{
    if (id == m_shown) {
        return;
    }
    m_loading = true;
    m_shown = id;
    m_editor->setDocument(documentFor(id));
    m_editor->moveCursor(QTextCursor::End);
    const int index = m_choice->findData(id);
    m_choice->setCurrentIndex(index);
    m_loading = false;
}

void NotesPane::followCurrent()
{
    int id = m_meeting->currentId();
    if (!id && m_meeting->phase() == LiveMeeting::Phase::NotStarted) {
        id = 0; // before the start: general notes
    }
    if (!m_meeting->item(id)) {
        id = 0;
    }
    showItem(id);
}

void NotesPane::reloadChoices()
{
    m_choice->clear();
    m_choice->addItem(tr("General notes"), 0);
    addItems(m_choice, m_meeting->meeting().items, QString());
    const int keep = m_shown < 0 ? 0 : m_shown;
    m_shown = -1;
    if (m_follow->isChecked()) {
        followCurrent();
    } else {
        showItem(m_meeting->item(keep) ? keep : 0);
    }
}

} // namespace gavel
