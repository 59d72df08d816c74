#include "notespane.h"

#include "flowlayout.h"
#include "meeting/livemeeting.h"
#include "meeting/roster.h"
#include "minutesitemsview.h"
#include "personcompleter.h"
#include "shortcutsdialog.h"
#include "typescale.h"
#include "widgethelpers.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtMath>

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
    , m_top(new QWidget(this))
    , m_choice(new QComboBox(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_items(new MinutesItemsView(meeting, 0, this))
    , m_entryBar(new QWidget(this))
    , m_entryLabel(new QLabel(this))
    , m_entryText(new QLineEdit(this))
    , m_entryOwner(new QLineEdit(this))
    , m_entryHasDue(new QCheckBox(tr("Due"), this))
    , m_entryDue(new QDateEdit(this))
{
    m_choice->setObjectName(QStringLiteral("notesItem"));
    m_follow->setObjectName(QStringLiteral("notesFollow"));
    m_editor->setObjectName(QStringLiteral("notesEdit"));
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Follow the current item: the notes move on with the meeting"));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_choice->setMinimumContentsLength(12);
    m_editor->setPlaceholderText(tr("Notes for this item: Markdown, @handles and #123 are kept as written."));
    m_editor->setFont(typescale::font(m_editor->font(), typescale::Role::Reading));
    // Notes are Markdown: they need no tab characters, and Tab / Shift+Tab leave them.
    m_editor->setTabChangesFocus(true);
    m_follow->setAccessibleName(tr("Follow the current item"));
    // "Notes:" is the text's label; on Linux a combo box is named by the text it shows, so what
    // it is for is told as its description.
    m_choice->setAccessibleName(tr("Notes shown"));
    m_choice->setAccessibleDescription(tr("Which notes the text below holds: the general notes or an item's"));

    // No mnemonic here: Alt+N is the window's "Go to Notes", straight into the text.
    // The rows above and below the text wrap when the pane is narrow: they never widen it.
    auto *label = new QLabel(tr("Notes:"), m_top);
    m_choice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *top = new FlowLayout(m_top);
    top->addWidget(label);
    top->addWidget(m_choice);
    top->addWidget(m_follow);
    labelFor(label, m_editor);
    m_items->setObjectName(QStringLiteral("itemDecisions"));
    // The list under the text gives way to it (see fitItemsList); it scrolls instead.
    m_items->setMinimumHeight(m_items->fontMetrics().height() + 12); // a row
    m_items->installEventFilter(this);
    m_entryText->setObjectName(QStringLiteral("entryText"));
    m_entryOwner->setObjectName(QStringLiteral("entryOwner"));
    m_entryHasDue->setObjectName(QStringLiteral("entryHasDue"));
    m_entryDue->setObjectName(QStringLiteral("entryDue"));
    m_entryOwner->setPlaceholderText(tr("Owner: name or @handle"));
    m_entryOwner->setAccessibleName(tr("Owner"));
    m_entryDue->setAccessibleName(tr("Due date"));
    m_entryDue->setCalendarPopup(true);
    m_entryDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_entryDue->setEnabled(false);
    connect(m_entryHasDue, &QCheckBox::toggled, m_entryDue, &QWidget::setEnabled);
    auto *record = new QPushButton(tr("Record"), m_entryBar);
    record->setAutoDefault(false);
    connect(record, &QPushButton::clicked, this, &NotesPane::recordEntry);
    // Two lines in a narrow pane: what was decided or is to be done, and who and by when.
    m_entryText->setMinimumWidth(m_entryText->fontMetrics().averageCharWidth() * 16);
    m_entryOwner->setMinimumWidth(m_entryOwner->fontMetrics().averageCharWidth() * 12);
    auto *entryLayout = new FlowLayout(m_entryBar);
    entryLayout->addWidget(m_entryLabel);
    entryLayout->addWidget(m_entryText);
    entryLayout->addWidget(record);
    entryLayout->addWidget(m_entryOwner);
    entryLayout->addWidget(m_entryHasDue);
    entryLayout->addWidget(m_entryDue);
    labelFor(m_entryLabel, m_entryText); // "Decision:" or "Action item:", as the bar says
    m_entryBar->hide();
    for (QWidget *field : {static_cast<QWidget *>(m_entryText), static_cast<QWidget *>(m_entryOwner),
                           static_cast<QWidget *>(m_entryDue)}) {
        field->installEventFilter(this);
    }
    auto *owners = new PersonCompleter(m_entryOwner);
    connect(m_meeting, &LiveMeeting::attendanceChanged, this,
            [this, owners] { owners->setPeople(m_meeting->attendees()); });

    // Chords from the notes (they type nothing): the time, a decision, an action item. Their keys
    // work only in the notes; from a menu they work from anywhere.
    const auto command = [this](const QString &text, const QKeySequence &keys, const char *name,
                                const QString &keywords, void (NotesPane::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        ShortcutsDialog::setKeywords(action, keywords);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_commands.append(action);
    };
    command(tr("Insert the &Time"), QKeySequence(Qt::CTRL | Qt::Key_T), "actionTimeStamp", tr("time stamp clock now"),
            &NotesPane::insertTimeStamp);
    command(tr("Record a &Decision"), QKeySequence(Qt::CTRL | Qt::Key_D), "actionDecision",
            tr("decision decided resolution agreed minutes"), &NotesPane::startDecision);
    command(tr("Record an &Action Item"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), "actionActionItem",
            tr("action item task todo owner due follow-up minutes"), &NotesPane::startAction);
    // The editor's own menu (cut, copy, paste, ...) with these three below.
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = m_editor->createStandardContextMenu(pos);
        menu->setObjectName(QStringLiteral("notesContextMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addSeparator();
        menu->addActions(m_commands);
        menu->popup(m_editor->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_top);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_entryBar);
    layout->addWidget(m_items);

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
            m_writing = true;
            m_meeting->setNotes(m_shown, m_editor->toPlainText());
            m_writing = false;
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
        measureLines();
    });
    connect(m_meeting, &LiveMeeting::notesChanged, this, [this](int id) {
        if (!m_writing) {
            followNotes(id);
        }
    });
    connect(m_meeting, &LiveMeeting::agendaChanged, this, &NotesPane::reloadChoices);
    connect(m_meeting, &LiveMeeting::changed, this, [this] {
        if (m_follow->isChecked()) {
            followCurrent();
        }
    });
    reloadChoices();
    followCurrent();
    measureLines();
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
    } else {
        followNotes(id);
    }
    return doc;
}

void NotesPane::followNotes(int id)
{
    QTextDocument *doc = m_documents.value(id);
    if (!doc || doc->toPlainText() == m_meeting->notes(id)) {
        return;
    }
    // The typing history no longer fits the text: it starts afresh. The cursor keeps its place.
    const bool shown = doc == m_editor->document();
    const int position = m_editor->textCursor().position();
    const bool loading = m_loading;
    m_loading = true;
    doc->setPlainText(m_meeting->notes(id));
    if (shown) {
        QTextCursor cursor(doc);
        cursor.setPosition(qMin(position, doc->characterCount() - 1));
        m_editor->setTextCursor(cursor);
    }
    m_loading = loading;
}

void NotesPane::insertTimeStamp()
{
    m_editor->setFocus();
    m_editor->insertPlainText(QStringLiteral("[%1] ").arg(m_meeting->now().toString(QStringLiteral("HH:mm"))));
}

QString NotesPane::lineOrSelection() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (cursor.hasSelection()) {
        return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' ')).simplified();
    }
    return cursor.block().text().simplified();
}

void NotesPane::startDecision()
{
    if (!m_editor->hasFocus() || !takeDecision()) {
        showEntry(Entry::Decision);
    }
}

bool NotesPane::takeDecision()
{
    if (m_shown < 0) {
        return false;
    }
    // Lines as the notes count them ('\n'), from the line of the selection's start to that of
    // its end; a selection ending at the start of a line leaves that line alone.
    const QString text = m_editor->toPlainText();
    const QTextCursor cursor = m_editor->textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const int first = int(QStringView(text).left(start).count(QLatin1Char('\n')));
    int last = int(QStringView(text).left(end).count(QLatin1Char('\n')));
    if (last > first && text.at(end - 1) == QLatin1Char('\n')) {
        --last;
    }
    if (!m_meeting->takeDecisionFromNotes(m_shown, first, last)) {
        return false;
    }
    // Typing goes on where the lines were.
    const int lineStart = start == 0 ? 0 : int(text.lastIndexOf(QLatin1Char('\n'), start - 1)) + 1;
    QTextCursor at(m_editor->document());
    at.setPosition(qMin(lineStart, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(at);
    return true;
}

void NotesPane::startAction()
{
    showEntry(Entry::Action);
}

void NotesPane::showEntry(Entry entry)
{
    // Already typing an entry: the chord only switches its kind, it never wipes the text.
    const bool typing = m_entryBar->isVisible() && m_entryBar->isAncestorOf(QApplication::focusWidget());
    const QString keep = m_entryText->text();
    m_entry = entry;
    const bool action = entry == Entry::Action;
    m_entryLabel->setText(action ? tr("Action item:") : tr("Decision:"));
    m_entryText->setPlaceholderText(action ? tr("What is to be done; Enter records it, Escape cancels")
                                           : tr("What was decided; Enter records it, Escape cancels"));
    m_entryText->setText(typing ? keep : lineOrSelection());
    m_entryOwner->setVisible(action);
    m_entryHasDue->setVisible(action);
    m_entryDue->setVisible(action);
    m_entryOwner->clear();
    m_entryHasDue->setChecked(false);
    m_entryDue->setDate(m_meeting->now().date().addDays(14));
    m_entryBar->show();
    fitItemsList();
    if (!typing) {
        m_entryText->setFocus();
        m_entryText->selectAll();
    }
}

void NotesPane::recordEntry()
{
    const QString text = m_entryText->text().simplified();
    if (text.isEmpty()) {
        closeEntry();
        return;
    }
    const int itemId = m_shown < 0 ? 0 : m_shown;
    if (m_entry == Entry::Decision) {
        m_meeting->addDecision(itemId, text);
    } else if (m_entry == Entry::Action) {
        // "Name @handle", "@handle" or a name: the handle links the owner in the minutes.
        const std::optional<Person> owner = attendance::personFromText(m_entryOwner->text(), m_meeting->attendees());
        m_meeting->addAction(itemId, text, owner ? owner->name : QString(), owner ? owner->github : QString(),
                             m_entryHasDue->isChecked() ? m_entryDue->date() : QDate());
    }
    closeEntry();
}

void NotesPane::closeEntry()
{
    m_entry = Entry::None;
    m_entryBar->hide();
    fitItemsList();
    m_editor->setFocus();
}

void NotesPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitItemsList();
}

void NotesPane::fitItemsList()
{
    // Eight lines of notes stay in sight under the rows above and the bar below; the list of
    // decisions and actions gives way first and scrolls, down to a row.
    const int gap = layout()->spacing();
    int taken = m_top->layout()->heightForWidth(width()) + 2 * gap;
    if (m_entryBar->isVisibleTo(this)) {
        taken += m_entryBar->layout()->heightForWidth(width()) + gap;
    }
    m_items->setMaximumHeight(qBound(m_items->minimumHeight(), height() - taken - editorHeight(8), 120));
}

int NotesPane::editorHeight(int lines) const
{
    return lines * m_lineHeight + 2 * m_editor->frameWidth() + 2 * int(m_editor->document()->documentMargin());
}

void NotesPane::measureLines()
{
    // A line of Chinese is set in the CJK face, taller than the Latin one the font's metrics
    // give: eight lines are measured as the meeting's own words lay out (its title), so a
    // Chinese meeting's notes get the room of eight Chinese lines. The title is on screen
    // already, so this opens no face the window had not.
    QTextLayout line(m_meeting->meeting().title, m_editor->font());
    line.beginLayout();
    const QTextLine first = line.createLine();
    line.endLayout();
    const int height = qMax(m_editor->fontMetrics().lineSpacing(), first.isValid() ? qCeil(first.height()) : 0);
    if (height != m_lineHeight) {
        m_lineHeight = height;
        updateGeometry();
        fitItemsList();
    }
}

QSize NotesPane::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    const int gap = layout()->spacing();
    const QMargins margins = layout()->contentsMargins();
    int height = margins.top() + m_top->layout()->heightForWidth(width()) + gap + editorHeight(8) + margins.bottom();
    if (m_items->isVisibleTo(this)) {
        height += gap + m_items->minimumHeight();
    }
    size.setHeight(qMax(size.height(), height));
    return size;
}

bool NotesPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_items && (event->type() == QEvent::Show || event->type() == QEvent::Hide)) {
        updateGeometry(); // the list's row comes or goes below the eight lines
        return false;
    }
    if (event->type() == QEvent::KeyPress && m_entryBar->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(watched == m_entryOwner && m_entryOwner->completer()->popup()->isVisible())) {
            recordEntry();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeEntry();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPane::showItem(int id)
{
    if (id == m_shown) {
        return;
    }
    m_items->setItemId(id);
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
