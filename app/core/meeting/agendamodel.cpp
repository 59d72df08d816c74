#include "meeting/agendamodel.h"

#include "agenda/agendatree.h"
#include "agenda/durations.h"
#include "agenda/people.h"
#include "meeting/livemeeting.h"
#include "meeting/timeformat.h"

#include <QFont>
#include <QMimeData>
#include <QRegularExpression>

namespace gavel {

AgendaModel::AgendaModel(LiveMeeting *meeting, QObject *parent)
    : QAbstractItemModel(parent)
    , m_meeting(meeting)
{
    m_nodes.push_back({});
    rebuild();
    refreshShownTimes();
    connect(m_meeting, &LiveMeeting::agendaChanged, this, [this] {
        // A rename or a new duration keeps the tree's shape: update the rows in place, so open
        // editors, selection and the keyboard focus stay where they are. Anything else resets.
        std::vector<Node> before = m_nodes;
        rebuild();
        const bool sameShape = std::equal(
            before.begin(), before.end(), m_nodes.begin(), m_nodes.end(),
            [](const Node &a, const Node &b) { return a.id == b.id && a.parent == b.parent && a.row == b.row; });
        if (sameShape) {
            refreshColumns(0, ColumnCount - 1);
            return;
        }
        std::swap(before, m_nodes);
        beginResetModel();
        m_nodes = std::move(before);
        endResetModel();
        refreshShownTimes();
    });
    // A chair's action can change any column (the current row turns bold); a tick only the
    // times, and never the columns that may have an editor open, which a refresh would reset.
    connect(m_meeting, &LiveMeeting::changed, this, [this] { refreshColumns(0, ColumnCount - 1); });
    connect(m_meeting, &LiveMeeting::ticked, this, &AgendaModel::refreshRunningTimes);
}

void AgendaModel::rebuild()
{
    m_nodes.clear();
    m_nodes.push_back({});
    m_nodeOf.clear();
    addNodes(m_meeting->meeting().items, 0);
    m_actualShown.assign(m_nodes.size(), QString());
}

void AgendaModel::refreshShownTimes()
{
    for (size_t i = 1; i < m_nodes.size(); ++i) {
        m_actualShown[i] = actualText(m_nodes[i].id);
    }
    updateWidest();
}

void AgendaModel::updateWidest()
{
    // Character counts and the largest figures, in one pass over what the rows show: enough to
    // size the columns without measuring a row (digits are as wide as each other).
    Widest widest;
    for (size_t i = 1; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        widest.numberChars = qMax(widest.numberChars, int(node.number.size()));
        widest.actualChars = qMax(widest.actualChars, int(m_actualShown[i].size()));
        // The longest duration, and the default length when an item has none: "888 min", "— (10)".
        const AgendaItem *item = m_meeting->item(node.id);
        QString planned = plannedText(node.id);
        QString &kind = item && item->minutes ? widest.planned : widest.plannedDefault;
        if (planned.size() > kind.size()) {
            // Digits are as wide as each other: the widest "888 min" stands for every 3-digit one.
            for (QChar &c : planned) {
                if (c.isDigit()) {
                    c = QLatin1Char('8');
                }
            }
            kind = std::move(planned);
        }
    }
    if (!(widest == m_widest)) {
        m_widest = widest;
        emit headerDataChanged(Qt::Horizontal, NumberColumn, ColumnCount - 1);
    }
}

void AgendaModel::addNodes(const QList<AgendaItem> &items, int parent)
{
    for (int row = 0; row < items.size(); ++row) {
        Node node;
        node.id = items[row].id;
        node.parent = parent;
        node.row = row;
        const QString prefix = parent == 0 ? QString() : m_nodes[size_t(parent)].number + QLatin1Char('.');
        node.number = prefix + QString::number(row + 1);
        const int index = int(m_nodes.size());
        m_nodes.push_back(node);
        m_nodeOf.insert(node.id, index);
        m_nodes[size_t(parent)].children.push_back(index);
        addNodes(items[row].children, index);
    }
}

void AgendaModel::refreshColumns(int first, int last)
{
    // After a change anything may show differently; the rows report it, sibling runs at a time.
    refreshShownTimes();
    for (size_t parent = 0; parent < m_nodes.size(); ++parent) {
        const std::vector<int> &children = m_nodes[parent].children;
        if (!children.empty()) {
            emit dataChanged(createIndex(0, first, quintptr(children.front())),
                             createIndex(int(children.size()) - 1, last, quintptr(children.back())));
        }
    }
}

void AgendaModel::refreshRunningTimes()
{
    // Only the current item and its parents count time; only a changed text is repainted.
    if (m_meeting->phase() != LiveMeeting::Phase::Running) {
        return;
    }
    for (int id = m_meeting->currentId(); id; id = m_meeting->facts().parentOf(id)) {
        const auto node = m_nodeOf.constFind(id);
        if (node == m_nodeOf.cend()) {
            return;
        }
        QString text = actualText(id);
        if (text != m_actualShown[size_t(*node)]) {
            if (text.size() > m_widest.actualChars) {
                // Past an hour, or past ten: the column widens, once.
                m_widest.actualChars = int(text.size());
                emit headerDataChanged(Qt::Horizontal, ActualColumn, ActualColumn);
            }
            m_actualShown[size_t(*node)] = std::move(text);
            const QModelIndex cell = createIndex(m_nodes[size_t(*node)].row, ActualColumn, quintptr(*node));
            emit dataChanged(cell, cell);
        }
    }
}

QModelIndex AgendaModel::indexOf(int itemId, int column) const
{
    const auto node = m_nodeOf.constFind(itemId);
    if (node == m_nodeOf.cend()) {
        return {};
    }
    return createIndex(m_nodes[size_t(*node)].row, column, quintptr(*node));
}

int AgendaModel::itemId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[index.internalId()].id : 0;
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0)) {
        return {};
    }
    const size_t parentNode = parent.isValid() ? size_t(parent.internalId()) : 0;
    const auto &children = m_nodes[parentNode].children;
    if (row < 0 || row >= int(children.size())) {
        return {};
    }
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid()) {
        return {};
    }
    const int parentNode = m_nodes[child.internalId()].parent;
    if (parentNode <= 0) {
        return {};
    }
    return createIndex(m_nodes[size_t(parentNode)].row, 0, quintptr(parentNode));
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(m_nodes[parent.isValid() ? size_t(parent.internalId()) : 0].children.size());
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString AgendaModel::plannedText(int id) const
{
    const RunFacts &facts = m_meeting->facts();
    const AgendaItem *item = m_meeting->item(id);
    // What the item has now, minutes added or taken off included: what its timer counts down.
    const qint64 minutes = m_meeting->allowedMs(id) / 60000;
    if (item && (item->minutes || facts.hasTimedParts(id))) {
        return tr("%1 min").arg(minutes);
    }
    // Counted at the default length: "— (10)".
    return facts.runs(id) || facts.hasTimedParts(id) ? tr("— (%1)").arg(minutes) : QString();
}

QString AgendaModel::actualText(int id) const
{
    const RunFacts &facts = m_meeting->facts();
    if (!facts.runs(id) && !facts.hasTimedParts(id)) {
        return QString();
    }
    const qint64 elapsed = m_meeting->elapsedMs(id);
    if (elapsed <= 0 && m_meeting->state(id) != LiveMeeting::ItemState::Current) {
        return QString();
    }
    const qint64 over = elapsed - m_meeting->allowedMs(id);
    // A "+" marks an item that ran over; by how much is in the tooltip.
    return m_meeting->isTimed(id) && over > 0 ? timeformat::duration(elapsed) + QLatin1Char('+')
                                              : timeformat::duration(elapsed);
}

namespace {

// "1 minute", "25 seconds": how far an item ran over, as said aloud (under a minute in seconds).
QString spokenOverrun(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes > 0) {
        return minutes == 1 ? AgendaModel::tr("1 minute over") : AgendaModel::tr("%1 minutes over").arg(minutes);
    }
    const qint64 seconds = qMax<qint64>(1, ms / 1000);
    return seconds == 1 ? AgendaModel::tr("1 second over") : AgendaModel::tr("%1 seconds over").arg(seconds);
}

} // namespace

QString AgendaModel::spokenPlanned(int id) const
{
    const AgendaItem *item = m_meeting->item(id);
    const RunFacts &facts = m_meeting->facts();
    const qint64 minutes = m_meeting->allowedMs(id) / 60000;
    if (item && (item->minutes || facts.hasTimedParts(id))) {
        return minutes == 1 ? tr("1 minute planned") : tr("%1 minutes planned").arg(minutes);
    }
    if (!facts.runs(id)) {
        return {};
    }
    return minutes == 1 ? tr("no duration, counted at 1 minute")
                        : tr("no duration, counted at %1 minutes").arg(minutes);
}

QString AgendaModel::spokenState(int id) const
{
    const RunFacts &facts = m_meeting->facts();
    const bool runs = facts.runs(id) || facts.hasTimedParts(id);
    const qint64 over = m_meeting->elapsedMs(id) - m_meeting->allowedMs(id);
    const bool ranOver = m_meeting->isTimed(id) && over > 0;
    QStringList words;
    switch (m_meeting->state(id)) {
    case LiveMeeting::ItemState::Current:
        words.append(tr("now"));
        if (m_meeting->phase() == LiveMeeting::Phase::Paused) {
            words.append(tr("paused"));
        }
        if (!m_meeting->isTimed(id)) {
            words.append(tr("counting up"));
        }
        break;
    case LiveMeeting::ItemState::Done: words.append(tr("done")); break;
    case LiveMeeting::ItemState::Skipped: words.append(tr("skipped")); break;
    case LiveMeeting::ItemState::Upcoming:
        if (runs) {
            words.append(m_meeting->nextId() == id ? tr("next") : tr("upcoming"));
        }
        break;
    case LiveMeeting::ItemState::NotReached:
        if (runs) {
            words.append(tr("not reached"));
        }
        break;
    }
    if (ranOver && !words.isEmpty()) {
        words.append(spokenOverrun(over));
    }
    return words.join(QStringLiteral(", "));
}

QString AgendaModel::spokenRow(int itemId) const
{
    const auto node = m_nodeOf.constFind(itemId);
    const AgendaItem *item = m_meeting->item(itemId);
    if (node == m_nodeOf.cend() || !item) {
        return {};
    }
    QStringList parts {m_nodes[size_t(*node)].number + QLatin1Char(' ') + item->title};
    for (const QString &part : {spokenPlanned(itemId), spokenState(itemId)}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node &node = m_nodes[index.internalId()];
    const AgendaItem *item = m_meeting->item(node.id);
    if (!item) {
        return {};
    }
    const LiveMeeting::ItemState state = m_meeting->state(node.id);
    const RunFacts &facts = m_meeting->facts();
    const bool runs = facts.runs(node.id) || facts.hasTimedParts(node.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return node.number;
        case TitleColumn: return item->title;
        case SpeakersColumn: return people::speakersLabel(*item);
        case PlannedColumn: return plannedText(node.id);
        case ActualColumn: return actualText(node.id);
        case StateColumn:
            if ((state == LiveMeeting::ItemState::Upcoming || state == LiveMeeting::ItemState::NotReached) && !runs) {
                return QString();
            }
            return stateLabel(state, m_meeting->phase() == LiveMeeting::Phase::Paused, m_meeting->nextId() == node.id);
        }
        break;
    case Qt::EditRole:
        if (index.column() == TitleColumn) {
            return item->title;
        }
        if (index.column() == PlannedColumn) {
            // The minutes shown, which setting them keeps.
            const qint64 extra = m_meeting->allowedMs(node.id) - m_meeting->plannedMs(node.id);
            return item->minutes || extra ? QString::number(m_meeting->allowedMs(node.id) / 60000) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == SpeakersColumn) {
            // The whole title and its speakers: a narrow pane elides the one and hides the other.
            QStringList parts {item->title};
            const QString speakers = index.siblingAtColumn(SpeakersColumn).data().toString();
            if (!speakers.isEmpty()) {
                parts.append(speakers);
            }
            if (!item->text.isEmpty()) {
                parts.append(QString()); // a blank line before the item's text
                parts.append(item->text);
            }
            if (!item->description.isEmpty()) {
                parts.append(QString()); // the entries written under it, one a line
                parts.append(item->description);
            }
            return parts.join(QLatin1Char('\n'));
        }
        if (index.column() == PlannedColumn && m_meeting->allowedMs(node.id) != m_meeting->plannedMs(node.id)) {
            const qint64 planned = m_meeting->plannedMs(node.id) / 60000;
            const qint64 allowed = m_meeting->allowedMs(node.id) / 60000;
            return allowed > planned
                ? tr("%1 in the agenda, %2 added")
                      .arg(tr("%n min", nullptr, int(planned)), tr("%n min", nullptr, int(allowed - planned)))
                : tr("%1 in the agenda, %2 taken off")
                      .arg(tr("%n min", nullptr, int(planned)), tr("%n min", nullptr, int(planned - allowed)));
        }
        if (index.column() == PlannedColumn && facts.hasTimedParts(node.id)) {
            return tr("The sum of its parts, which run in turn: set their durations.");
        }
        if (index.column() == PlannedColumn && !item->minutes && runs) {
            return tr("No duration in the agenda: counts up, planned at the default length. Double-click to set one.");
        }
        if (index.column() == ActualColumn && runs) {
            const qint64 over = m_meeting->elapsedMs(node.id) - m_meeting->allowedMs(node.id);
            if (m_meeting->isTimed(node.id) && over > 0) {
                return tr("Ran over by %1").arg(timeformat::duration(over));
            }
        }
        break;
    case Qt::AccessibleTextRole:
        // The row's first cell, where the keyboard is, says the whole item; the symbols of the
        // state column ("▶ Now") read badly aloud.
        if (index.column() == NumberColumn) {
            return spokenRow(node.id);
        }
        if (index.column() == StateColumn) {
            return spokenState(node.id);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedColumn || index.column() == ActualColumn || index.column() == NumberColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::FontRole:
        if (state == LiveMeeting::ItemState::Current || state == LiveMeeting::ItemState::Skipped) {
            QFont font;
            font.setBold(state == LiveMeeting::ItemState::Current);
            font.setStrikeOut(state == LiveMeeting::ItemState::Skipped && index.column() == TitleColumn);
            return font;
        }
        break;
    case ItemIdRole: return node.id;
    case PlannedMinutesRole: return item->minutes ? QVariant(*item->minutes) : QVariant();
    case StateRole: return int(state);
    case FreeTextRole: return item->text;
    }
    return {};
}

bool AgendaModel::parseMinutes(const QString &text, std::optional<int> *minutes)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:(\\d{1,3})\\s*(?:h|hours?|小时)\\s*)?(?:(\\d{1,4})\\s*(?:m|min|mins|minutes?|分钟)?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-") || trimmed == QStringLiteral("—")) {
        *minutes = std::nullopt;
        return true;
    }
    const QRegularExpressionMatch m = re.match(trimmed);
    if (!m.hasMatch() || (m.capturedLength(1) == 0 && m.capturedLength(2) == 0)) {
        return false;
    }
    const int total = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    if (total > durations::maxMinutes) {
        return false; // over 24 hours is no duration
    }
    *minutes = total;
    return true;
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const int id = itemId(index);
    if (index.column() == TitleColumn) {
        return m_meeting->renameItem(id, value.toString());
    }
    if (index.column() == PlannedColumn) {
        std::optional<int> minutes;
        return parseMinutes(value.toString(), &minutes) && m_meeting->setPlannedMinutes(id, minutes);
    }
    return false;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    const AgendaItem *item = m_meeting->item(itemId(index));
    // A parent whose parts have durations is planned by them: its own cell is not edited.
    if (index.column() == TitleColumn
        || (index.column() == PlannedColumn && item && !agendatree::hasTimedChildren(*item))) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

QString AgendaModel::stateLabel(LiveMeeting::ItemState state, bool paused, bool next)
{
    switch (state) {
    case LiveMeeting::ItemState::Current: return paused ? tr("❚❚ Paused") : tr("▶ Now");
    case LiveMeeting::ItemState::Done: return tr("✓ Done");
    case LiveMeeting::ItemState::Skipped: return tr("⤼ Skipped");
    case LiveMeeting::ItemState::Upcoming: return next ? tr("Next") : tr("Upcoming");
    case LiveMeeting::ItemState::NotReached: return tr("Not reached");
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == WidestTextsRole) {
        switch (section) {
        case NumberColumn: return QStringList {QString(m_widest.numberChars, QLatin1Char('8'))};
        case PlannedColumn: {
            // "888 min" at least: a duration set or changed during the meeting does not move the columns.
            QStringList texts {tr("%1 min").arg(888)};
            for (const QString &text : {m_widest.planned, m_widest.plannedDefault}) {
                if (!text.isEmpty()) {
                    texts.append(text);
                }
            }
            return texts;
        }
        case ActualColumn:
            // "00:00+" at least, before anything has run too: starting the meeting, or an item
            // running over (its "+"), does not move the columns.
            return QStringList {QString(qMax(m_widest.actualChars - 1, 5), QLatin1Char('8')) + QLatin1Char('+')};
        case StateColumn: {
            using State = LiveMeeting::ItemState;
            return QStringList {stateLabel(State::Current, true, false),    stateLabel(State::Current, false, false),
                                stateLabel(State::Done, false, false),      stateLabel(State::Skipped, false, false),
                                stateLabel(State::Upcoming, false, true),   stateLabel(State::Upcoming, false, false),
                                stateLabel(State::NotReached, false, false)};
        }
        }
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn: return tr("#");
    case TitleColumn: return tr("Item");
    case SpeakersColumn: return tr("Speakers");
    case PlannedColumn: return tr("Planned");
    case ActualColumn: return tr("Actual");
    case StateColumn: return tr("State");
    }
    return {};
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {QLatin1String(mimeType)};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty()) {
        return nullptr;
    }
    auto *data = new QMimeData;
    data->setData(QLatin1String(mimeType), QByteArray::number(itemId(indexes.first())));
    data->setText(indexes.first().siblingAtColumn(TitleColumn).data().toString());
    return data;
}

int AgendaModel::draggedId(const QMimeData *data) const
{
    return data && data->hasFormat(QLatin1String(mimeType)) ? data->data(QLatin1String(mimeType)).toInt() : 0;
}

bool AgendaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                  const QModelIndex &parent) const
{
    const int id = draggedId(data);
    const AgendaItem *dragged = m_meeting->item(id);
    if (action != Qt::MoveAction || !dragged) {
        return false;
    }
    return !agendatree::contains(*dragged, itemId(parent)); // never into itself
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                               const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const QModelIndex target = parent.siblingAtColumn(0);
    return m_meeting->moveItem(draggedId(data), itemId(target), row < 0 ? rowCount(target) : row);
}

} // namespace gavel
