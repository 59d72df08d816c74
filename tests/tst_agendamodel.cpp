// The live agenda tree model over the sample meeting, checked by QAbstractItemModelTester:
// what each column shows, in-place edits and drag-and-drop moves as undoable commands.

#include "agenda/agendaimporter.h"
#include "fakeclock.h"
#include "meeting/agendamodel.h"
#include "meeting/livemeeting.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace gavel;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sampleTree();
    void liveColumns();
    void editInPlace();
    void parseMinutes_data();
    void parseMinutes();
    void dragAndDrop();
    void tickRepaintsOnlyTheRunningTimes_data();
    void tickRepaintsOnlyTheRunningTimes();
    void columnsSayTheirWidestTexts();

private:
    FakeClock m_clock {1'700'000'000'000};
    std::unique_ptr<LiveMeeting> m_live;
};

void TestAgendaModel::init()
{
    const ImportResult r
        = AgendaImporter::importFile(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    m_live = std::make_unique<LiveMeeting>(&m_clock);
    m_live->load(r.meeting);
}

void TestAgendaModel::sampleTree()
{
    AgendaModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AgendaModel::ColumnCount));
    QCOMPARE(model.index(0, AgendaModel::NumberColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, AgendaModel::TitleColumn).data().toString(),
             QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(model.index(0, AgendaModel::PlannedColumn).data().toString(), QStringLiteral("5 min"));
    // Before the start, the first item is what comes next.
    QCOMPARE(model.index(0, AgendaModel::StateColumn).data().toString(), QStringLiteral("Next"));

    // - 框架贡献者贡献的2~3个议题（30 minutes） runs as one: its four speakers have no durations.
    const QModelIndex talks = model.index(3, 0);
    QCOMPARE(model.rowCount(talks), 4);
    const QModelIndex second = model.index(1, AgendaModel::NumberColumn, talks);
    QCOMPARE(second.data().toString(), QStringLiteral("4.2"));
    QCOMPARE(second.siblingAtColumn(AgendaModel::SpeakersColumn).data().toString(), QStringLiteral("@GeYuYao-hub"));
    QCOMPARE(second.siblingAtColumn(AgendaModel::PlannedColumn).data().toString(), QString());
    QCOMPARE(model.parent(second), talks);
    QCOMPARE(model.itemId(model.indexOf(model.itemId(second))), model.itemId(second));

    // The last item's "部分议题：" and its three topics carry no duration and no speaker (issue 19):
    // they are the item's description, shown in its tooltip, not parts.
    const QModelIndex last = model.index(5, 0);
    QCOMPARE(model.rowCount(last), 0);
    QVERIFY(last.siblingAtColumn(AgendaModel::TitleColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("\n部分议题：\nAPI 单测：")));
}

void TestAgendaModel::liveColumns()
{
    AgendaModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_live->start());
    m_clock.advance(6 * 60 * 1000 + 5000); // 6:05 on a 5-minute item
    QCOMPARE(model.index(0, AgendaModel::StateColumn).data().toString(), QStringLiteral("▶ Now"));
    // 6:05 on a 5-minute item: marked as over, by how much in the tooltip.
    QCOMPARE(model.index(0, AgendaModel::ActualColumn).data().toString(), QStringLiteral("06:05+"));
    QCOMPARE(model.index(0, AgendaModel::ActualColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Ran over by 01:05"));
    QCOMPARE(model.index(1, AgendaModel::StateColumn).data().toString(), QStringLiteral("Next"));
    QCOMPARE(model.index(2, AgendaModel::StateColumn).data().toString(), QStringLiteral("Upcoming"));
    QVERIFY(model.index(0, AgendaModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(m_live->next());
    QCOMPARE(model.index(0, AgendaModel::StateColumn).data().toString(), QStringLiteral("✓ Done"));
    QCOMPARE(model.index(1, AgendaModel::StateColumn).data().toString(), QStringLiteral("▶ Now"));
    QVERIFY(m_live->skip(model.itemId(model.index(2, 0))));
    QCOMPARE(model.index(2, AgendaModel::StateColumn).data().toString(), QStringLiteral("⤼ Skipped"));
    QVERIFY(model.index(2, AgendaModel::TitleColumn).data(Qt::FontRole).value<QFont>().strikeOut());
}

void TestAgendaModel::editInPlace()
{
    AgendaModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex title = model.index(1, AgendaModel::TitleColumn);
    QVERIFY(model.flags(title) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, AgendaModel::ActualColumn)) & Qt::ItemIsEditable));

    QVERIFY(model.setData(title, QStringLiteral("  自我介绍   (每人一句) ")));
    QCOMPARE(model.index(1, AgendaModel::TitleColumn).data().toString(), QStringLiteral("自我介绍 (每人一句)"));
    QCOMPARE(m_live->undoStack()->undoText(), QStringLiteral("Rename “每人一句话的自我介绍”"));
    QVERIFY(!model.setData(model.index(1, AgendaModel::TitleColumn), QStringLiteral("   "))); // no empty titles

    const QModelIndex planned = model.index(1, AgendaModel::PlannedColumn);
    QCOMPARE(planned.data(Qt::EditRole).toString(), QStringLiteral("5"));
    QVERIFY(model.setData(planned, QStringLiteral("12 min")));
    QCOMPARE(model.index(1, AgendaModel::PlannedColumn).data().toString(), QStringLiteral("12 min"));
    QVERIFY(!model.setData(model.index(1, AgendaModel::PlannedColumn), QStringLiteral("soon")));
    QCOMPARE(m_live->meeting().plannedMinutes(), 63 - 5 + 12);

    m_live->undoStack()->undo();
    m_live->undoStack()->undo();
    QCOMPARE(model.index(1, AgendaModel::TitleColumn).data().toString(), QStringLiteral("每人一句话的自我介绍"));
    QCOMPARE(model.index(1, AgendaModel::PlannedColumn).data().toString(), QStringLiteral("5 min"));
}

void TestAgendaModel::parseMinutes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("minutes"); // -1: no duration
    QTest::newRow("number") << "12" << true << 12;
    QTest::newRow("min") << "12 min" << true << 12;
    QTest::newRow("chinese") << "15分钟" << true << 15;
    QTest::newRow("hours") << "1 h 30" << true << 90;
    QTest::newRow("empty clears") << "" << true << -1;
    QTest::newRow("dash clears") << "—" << true << -1;
    QTest::newRow("words") << "soon" << false << -1;
    QTest::newRow("negative") << "-5" << false << -1;
}

void TestAgendaModel::parseMinutes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, minutes);
    std::optional<int> parsed;
    QCOMPARE(AgendaModel::parseMinutes(text, &parsed), ok);
    if (ok) {
        QCOMPARE(parsed.value_or(-1), minutes);
    }
}

void TestAgendaModel::dragAndDrop()
{
    AgendaModel model(m_live.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int first = model.itemId(model.index(0, 0));
    const int freeTalk = model.itemId(model.index(4, 0)); // 自由发言…
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(4, 0)}));
    QVERIFY(mime->hasFormat(QLatin1String(AgendaModel::mimeType)));

    // Dropped between rows 0 and 1 at the top level.
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    QCOMPARE(model.itemId(model.index(0, 0)), first);
    QCOMPARE(model.itemId(model.index(1, 0)), freeTalk);
    QCOMPARE(m_live->undoStack()->undoText(), QStringLiteral("Move “自由发言，可以提想法、提问和讨论”"));

    // Never into its own subtree.
    const QModelIndex talks = model.index(4, 0); // 框架贡献者… moved down one row
    std::unique_ptr<QMimeData> parentMime(model.mimeData({talks}));
    QVERIFY(!model.canDropMimeData(parentMime.get(), Qt::MoveAction, 0, 0, model.index(0, 0, talks)));

    m_live->undoStack()->undo();
    QCOMPARE(model.itemId(model.index(4, 0)), freeTalk);
}

namespace {

// An agenda of `parents` items with three timed parts each: 4 x parents items in all.
Meeting generatedMeeting(int parents)
{
    Meeting m;
    m.title = QStringLiteral("Generated");
    for (int p = 0; p < parents; ++p) {
        AgendaItem parent;
        parent.title = QStringLiteral("Topic %1").arg(p + 1);
        for (int c = 0; c < 3; ++c) {
            AgendaItem part;
            part.title = QStringLiteral("Part %1.%2").arg(p + 1).arg(c + 1);
            part.minutes = 2;
            parent.children.append(part);
        }
        m.items.append(parent);
    }
    return m;
}

} // namespace

void TestAgendaModel::tickRepaintsOnlyTheRunningTimes_data()
{
    QTest::addColumn<int>("parents");
    QTest::newRow("12 items") << 3;
    QTest::newRow("1,000 items") << 250;
}

void TestAgendaModel::tickRepaintsOnlyTheRunningTimes()
{
    QFETCH(int, parents);
    m_live->load(generatedMeeting(parents));
    AgendaModel model(m_live.get());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Before the start nothing in the agenda moves: a tick reports nothing.
    m_clock.advance(1000);
    m_live->evaluate();
    QCOMPARE(changed.count(), 0);

    QVERIFY(m_live->start());
    changed.clear();
    // A tick within the same second changes no text shown: nothing is reported.
    m_clock.advance(200);
    m_live->evaluate();
    QCOMPARE(changed.count(), 0);
    // The next second: the running part's Actual cell and its topic's, one cell each, whatever
    // the agenda's size.
    m_clock.advance(1000);
    m_live->evaluate();
    QCOMPARE(changed.count(), 2);
    const int current = m_live->currentId();
    QSet<int> ids;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from, to);
        QCOMPARE(from.column(), int(AgendaModel::ActualColumn));
        ids.insert(model.itemId(from));
    }
    QCOMPARE(ids, (QSet<int> {current, m_live->facts().parentOf(current)}));
    QCOMPARE(model.indexOf(current, AgendaModel::ActualColumn).data().toString(), QStringLiteral("00:01"));

    // Paused: ticks report nothing.
    QVERIFY(m_live->pause());
    changed.clear();
    for (int i = 0; i < 10; ++i) {
        m_clock.advance(1000);
        m_live->evaluate();
    }
    QCOMPARE(changed.count(), 0);
}

void TestAgendaModel::columnsSayTheirWidestTexts()
{
    // A view sizes these columns from the widest texts they show, never by measuring every row.
    AgendaModel model(m_live.get());
    const auto widest = [&](int column) {
        return model.headerData(column, Qt::Horizontal, AgendaModel::WidestTextsRole).toStringList();
    };
    // The sample's deepest items are the talks 4.1 to 4.4 (the topics previewed for the next meeting
    // are item 6's description); its longest durations have two digits (10 and 30 minutes); the
    // talks, which have none, show nothing there and are counted in their topic's 30 minutes.
    QCOMPARE(widest(AgendaModel::NumberColumn), QStringList {QStringLiteral("888")});
    // Room for three figures of minutes and for "00:00+" from the start: nothing moves as it runs.
    QCOMPARE(widest(AgendaModel::PlannedColumn), (QStringList {QStringLiteral("888 min"), QStringLiteral("88 min")}));
    QCOMPARE(widest(AgendaModel::ActualColumn), QStringList {QStringLiteral("88888+")}); // nothing has run yet
    QCOMPARE(widest(AgendaModel::StateColumn),
             (QStringList {QStringLiteral("❚❚ Paused"), QStringLiteral("▶ Now"), QStringLiteral("✓ Done"),
                           QStringLiteral("⤼ Skipped"), QStringLiteral("Next"), QStringLiteral("Upcoming"),
                           QStringLiteral("Not reached")}));
    QVERIFY(widest(AgendaModel::TitleColumn).isEmpty()); // the title column stretches

    // Deeper numbering, an item without a duration: wider columns, and the view is told.
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    const QModelIndex deepest = model.index(0, 0, model.index(3, 0));
    QCOMPARE(deepest.data().toString(), QStringLiteral("4.1"));
    QVERIFY(m_live->addItem(model.itemId(deepest), 0, QStringLiteral("Deeper")));
    QCOMPARE(widest(AgendaModel::NumberColumn), QStringList {QStringLiteral("88888")}); // "4.1.1"
    QVERIFY(header.count() >= 1);
    QVERIFY(m_live->setPlannedMinutes(m_live->runOrder().constFirst(), std::nullopt));
    m_live->setDefaultMinutes(5);
    QCOMPARE(widest(AgendaModel::PlannedColumn),
             (QStringList {QStringLiteral("888 min"), QStringLiteral("88 min"), QStringLiteral("— (8)")}));
    // A longer default in Preferences widens the column: the view is told.
    header.clear();
    m_live->setDefaultMinutes(15);
    QCOMPARE(header.count(), 1);
    QCOMPARE(widest(AgendaModel::PlannedColumn),
             (QStringList {QStringLiteral("888 min"), QStringLiteral("88 min"), QStringLiteral("— (88)")}));

    // An item running past an hour widens the actual column once, as it happens.
    QVERIFY(m_live->start());
    QCOMPARE(widest(AgendaModel::ActualColumn), QStringList {QStringLiteral("88888+")}); // "00:00", room for a "+"
    header.clear();
    m_clock.advance(59 * 60 * 1000);
    m_live->evaluate();
    QCOMPARE(header.count(), 0);
    m_clock.advance(61 * 1000);
    m_live->evaluate();
    QCOMPARE(header.count(), 1);
    // "1:00:01": the first item has no duration now, so it counts up and never shows a "+".
    QCOMPARE(widest(AgendaModel::ActualColumn), QStringList {QStringLiteral("888888+")});
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
