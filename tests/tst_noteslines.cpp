// Lines of notes taken out as a decision and put back. Each expected text is written by hand
// from the line beside it; the time stamps are the "[HH:mm] " Ctrl+T types.

#include "meeting/noteslines.h"

#include <QTest>

using namespace gavel;

class TestNotesLines : public QObject
{
    Q_OBJECT

private slots:
    void decisionDropsItsLeadIn_data();
    void decisionDropsItsLeadIn();
    void selectedLinesMakeOneDecision();
    void takenLinesGoBackExactly_data();
    void takenLinesGoBackExactly();
    void linesOutOfRangeAreNotTaken();
    void putBackKeepsWhatWasTypedSince();
    void takenAgainWhereverTheyStand();
};

void TestNotesLines::decisionDropsItsLeadIn_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("decision");

    QTest::newRow("决定 full-width colon")
        << QStringLiteral("决定：每两周开一次会") << QStringLiteral("每两周开一次会");
    QTest::newRow("决定 ASCII colon") << QStringLiteral("决定: 每两周开一次会") << QStringLiteral("每两周开一次会");
    QTest::newRow("决议") << QStringLiteral("决议：成立 PFCC") << QStringLiteral("成立 PFCC");
    QTest::newRow("marker, stamp, Decision")
        << QStringLiteral("- [19:02] Decision: ship it") << QStringLiteral("ship it");
    QTest::newRow("Decided, no space") << QStringLiteral("Decided:ship it") << QStringLiteral("ship it");
    QTest::newRow("lower case") << QStringLiteral("decision: ship it") << QStringLiteral("ship it");
    QTest::newRow("upper case, full-width colon") << QStringLiteral("DECISION：ship it") << QStringLiteral("ship it");
    QTest::newRow("stamp only") << QStringLiteral("[18:55] PFCC is founded") << QStringLiteral("PFCC is founded");
    QTest::newRow("star marker") << QStringLiteral("* 决定：每两周开一次会") << QStringLiteral("每两周开一次会");
    QTest::newRow("numbered") << QStringLiteral("1. [19:02] 决定：每两周开一次会") << QStringLiteral("每两周开一次会");
    QTest::newRow("stamp and nothing") << QStringLiteral("[19:02] ") << QString();
    QTest::newRow("prefix and nothing") << QStringLiteral("- Decision: ") << QString();
    QTest::newRow("决定 in the middle") << QStringLiteral("我们决定：每两周开一次会")
                                        << QStringLiteral("我们决定：每两周开一次会");
    QTest::newRow("Decision in the middle")
        << QStringLiteral("[19:02] Our decision: ship it") << QStringLiteral("Our decision: ship it");
    QTest::newRow("a word that starts like one")
        << QStringLiteral("Decisions: later") << QStringLiteral("Decisions: later");
    QTest::newRow("a clock time that is no stamp") << QStringLiteral("19:02 start") << QStringLiteral("19:02 start");
}

void TestNotesLines::decisionDropsItsLeadIn()
{
    QFETCH(QString, line);
    QFETCH(QString, decision);
    QCOMPARE(noteslines::withoutDecisionLeadIn(line), decision);
    QCOMPARE(noteslines::decisionText({line}), decision);
}

void TestNotesLines::selectedLinesMakeOneDecision()
{
    QCOMPARE(noteslines::decisionText({QStringLiteral("[19:02] Decision: ship 2.3"), QString(),
                                       QStringLiteral("  after the release check")}),
             QStringLiteral("ship 2.3 after the release check"));
    QCOMPARE(noteslines::decisionText({QStringLiteral("[19:02] "), QStringLiteral("- ")}), QString());
}

void TestNotesLines::takenLinesGoBackExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::addColumn<QString>("left");
    QTest::addColumn<QStringList>("taken");

    QTest::newRow("first of two") << QStringLiteral("[18:55] PFCC is founded\nsecond line") << 0 << 0
                                  << QStringLiteral("second line")
                                  << QStringList {QStringLiteral("[18:55] PFCC is founded")};
    QTest::newRow("last of two") << QStringLiteral("first\nsecond") << 1 << 1 << QStringLiteral("first")
                                 << QStringList {QStringLiteral("second")};
    QTest::newRow("the only line") << QStringLiteral("only") << 0 << 0 << QString()
                                   << QStringList {QStringLiteral("only")};
    QTest::newRow("the only line, ended")
        << QStringLiteral("only\n") << 0 << 0 << QString() << QStringList {QStringLiteral("only")};
    QTest::newRow("two in the middle") << QStringLiteral("a\nb\nc\nd") << 1 << 2 << QStringLiteral("a\nd")
                                       << QStringList {QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("an empty line between")
        << QStringLiteral("a\n\nb") << 1 << 1 << QStringLiteral("a\nb") << QStringList {QString()};
}

void TestNotesLines::takenLinesGoBackExactly()
{
    QFETCH(QString, text);
    QFETCH(int, first);
    QFETCH(int, last);
    QFETCH(QString, left);
    QFETCH(QStringList, taken);

    QString notes = text;
    const std::optional<noteslines::LinesCut> cut = noteslines::takeOut(notes, first, last);
    QVERIFY(cut);
    QCOMPARE(notes, left);
    QCOMPARE(cut->first, first);
    QCOMPARE(cut->lines, taken);
    if (!left.isEmpty()) { // an emptied text is given back whole by the command, which kept it
        noteslines::putBack(notes, *cut);
        QCOMPARE(notes, text);
        QVERIFY(noteslines::takeOutAgain(notes, *cut));
        QCOMPARE(notes, left);
    }
}

void TestNotesLines::linesOutOfRangeAreNotTaken()
{
    QString notes = QStringLiteral("a\nb");
    QVERIFY(!noteslines::takeOut(notes, 2, 2));
    QVERIFY(!noteslines::takeOut(notes, -1, 0));
    QVERIFY(!noteslines::takeOut(notes, 1, 0));
    QCOMPARE(notes, QStringLiteral("a\nb"));
}

void TestNotesLines::putBackKeepsWhatWasTypedSince()
{
    QString notes = QStringLiteral("a\nDecision: b\nc");
    const auto cut = noteslines::takeOut(notes, 1, 1);
    QVERIFY(cut);
    notes += QStringLiteral("\ntyped later");
    noteslines::putBack(notes, *cut);
    QCOMPARE(notes, QStringLiteral("a\nDecision: b\nc\ntyped later"));

    // Shorter than it was: the lines go at the end.
    QString shorter;
    noteslines::putBack(shorter, {5, {QStringLiteral("x"), QStringLiteral("y")}});
    QCOMPARE(shorter, QStringLiteral("x\ny"));
}

void TestNotesLines::takenAgainWhereverTheyStand()
{
    const noteslines::LinesCut cut {1, {QStringLiteral("b")}};
    QString moved = QStringLiteral("new\na\nold\nb\nc");
    QVERIFY(noteslines::takeOutAgain(moved, cut));
    QCOMPARE(moved, QStringLiteral("new\na\nold\nc"));

    QString gone = QStringLiteral("a\nc");
    QVERIFY(!noteslines::takeOutAgain(gone, cut));
    QCOMPARE(gone, QStringLiteral("a\nc"));
}

QTEST_GUILESS_MAIN(TestNotesLines)
#include "tst_noteslines.moc"
