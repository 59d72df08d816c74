// The agenda tree model over the sample meeting, checked by QAbstractItemModelTester.

#include "agendaimporter.h"
#include "agendamodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace gavel;

class TestAgendaModel : public QObject
{
    Q_OBJECT

private slots:
    void sampleTree();
    void resetOnNewItems();
};

void TestAgendaModel::sampleTree()
{
    const ImportResult r = AgendaImporter::importFile(QStringLiteral(GAVEL_SOURCE_DIR "/resources/sample/2022-04-14-meeting-agenda.md"));
    QVERIFY2(r.ok(), qPrintable(r.error));

    AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setItems(r.meeting.items);

    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(AgendaModel::ColumnCount));
    QCOMPARE(model.index(0, AgendaModel::NumberColumn).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, AgendaModel::TitleColumn).data().toString(), QStringLiteral("宣布Paddle Frawework Contributor Club成立"));
    QCOMPARE(model.index(0, AgendaModel::PlannedColumn).data().toString(), QStringLiteral("5 min"));

    // - 框架贡献者贡献的2~3个议题（30 minutes） with four speakers under it
    const QModelIndex talks = model.index(3, 0);
    QCOMPARE(model.rowCount(talks), 4);
    const QModelIndex second = model.index(1, AgendaModel::NumberColumn, talks);
    QCOMPARE(second.data().toString(), QStringLiteral("4.2"));
    QCOMPARE(second.siblingAtColumn(AgendaModel::SpeakersColumn).data().toString(), QStringLiteral("@GeYuYao-hub"));
    QCOMPARE(second.siblingAtColumn(AgendaModel::PlannedColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(second.siblingAtColumn(AgendaModel::PlannedColumn).data(AgendaModel::PlannedMinutesRole), QVariant());
    QCOMPARE(model.parent(second), talks);

    // The last item's child "部分议题：" carries free text three levels down.
    const QModelIndex last = model.index(5, 0);
    QCOMPARE(model.rowCount(last), 1);
    QCOMPARE(model.rowCount(model.index(0, 0, last)), 3);
}

void TestAgendaModel::resetOnNewItems()
{
    AgendaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AgendaItem item;
    item.title = QStringLiteral("Only item");
    item.minutes = 12;
    model.setItems({item});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, AgendaModel::PlannedColumn).data(AgendaModel::PlannedMinutesRole).toInt(), 12);
    model.setItems({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAgendaModel)
#include "tst_agendamodel.moc"
