// The stage view on real widgets (offscreen, its font pinned: offscreen and a display measure
// text differently). What is checked is read from the widgets: where each one is, what its text
// measures in its own font, the colours it paints. The long title is the newcomer round of the
// 2025-01-23 PFCC agenda (eleven names, item 1, five minutes), read from the corpus.

#include "agenda/agendaimporter.h"
#include "appnames.h"
#include "elidedlabel.h"
#include "fakeclock.h"
#include "meeting/livemeeting.h"
#include "meetingactions.h"
#include "stagewindow.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QWindow>
#include <qpa/qplatformwindow.h>

#include <memory>

using namespace gavel;

namespace {

constexpr qint64 Min = 60 * 1000;

// The title the platform gives a window, as Qt's desktop platforms (xcb, wayland, windows)
// format it: QPlatformWindow::formatWindowTitle, with their separator.
struct PlatformTitle : QPlatformWindow
{
    static QString of(const QString &title) { return formatWindowTitle(title, QStringLiteral(" \u2014 ")); }
};

// WCAG's relative luminance and the contrast ratio of two colours (1 to 21).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QRect inWindow(const QWidget *w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

QString describe(const QWidget *w)
{
    const QRect r = inWindow(w);
    return QStringLiteral("%1 at %2,%3 %4x%5")
        .arg(w->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

} // namespace

class TestStage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void longTitleNeverCoversTheDigits_data();
    void longTitleNeverCoversTheDigits();
    void titleTooLongForTwoLinesIsElided();
    void windowTitleIsGavelStage();
    void darkPaletteTimerStandsOutFromTheWindow();

private:
    template<typename T> T *find(const char *name) { return test::find<T>(m_stage.get(), name); }
    void checkLayout();

    FakeClock m_clock {QDateTime(QDate(2026, 11, 25), QTime(18, 55)).toMSecsSinceEpoch()};
    std::unique_ptr<LiveMeeting> m_meeting;
    std::unique_ptr<MeetingActions> m_actions;
    std::unique_ptr<StageWindow> m_stage;
    QPalette m_palette;
};

void TestStage::initTestCase()
{
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    setApplicationNames();
    m_palette = QApplication::palette();
}

void TestStage::init()
{
    const ImportResult agenda
        = AgendaImporter::importFile(test::corpusFile(QStringLiteral("pfcc-2025/2025-01-23-meeting-agenda.md")));
    QVERIFY2(agenda.ok(), qPrintable(agenda.error));
    m_meeting = std::make_unique<LiveMeeting>(&m_clock);
    m_meeting->load(agenda.meeting);
    m_actions = std::make_unique<MeetingActions>(m_meeting.get());
    m_stage = std::make_unique<StageWindow>(m_meeting.get(), m_actions.get());
    QVERIFY(m_meeting->start());
}

void TestStage::cleanup()
{
    m_stage.reset();
    m_actions.reset();
    m_meeting.reset();
    QApplication::setPalette(m_palette);
}

void TestStage::checkLayout()
{
    auto *title = find<ElidedLabel>("stageTitle");
    auto *digits = find<QLabel>("timerDigits");
    const QFontMetrics titleMetrics(title->font());
    // Two lines at most, and the lines shown are whole: none cut at the top or the bottom.
    QVERIFY2(title->height() < 3 * titleMetrics.lineSpacing(),
             qPrintable(QStringLiteral("%1 for lines of %2").arg(describe(title)).arg(titleMetrics.lineSpacing())));
    QVERIFY2(title->height() >= title->heightForWidth(title->width()),
             qPrintable(QStringLiteral("%1 needs %2").arg(describe(title)).arg(title->heightForWidth(title->width()))));
    QVERIFY(title->text() == title->fullText()
            || (title->text().endsWith(QChar(0x2026)) && title->toolTip() == title->fullText()));

    // The digits fit their label, in the font they are drawn in.
    const QFontMetrics digitMetrics(digits->font());
    const QRect room = digits->contentsRect();
    QVERIFY2(digitMetrics.horizontalAdvance(digits->text()) <= room.width() && digitMetrics.height() <= room.height(),
             qPrintable(QStringLiteral("\"%1\" measures %2x%3 in %4")
                            .arg(digits->text())
                            .arg(digitMetrics.horizontalAdvance(digits->text()))
                            .arg(digitMetrics.height())
                            .arg(describe(digits))));
    // Nothing covers them, and nothing is outside the window.
    const QRect window = m_stage->rect();
    for (const char *name :
         {"stageMeetingTitle", "stageTitle", "stageSpeakers", "timerProgress", "timerStatus", "stageNext"}) {
        const QWidget *other = find<QWidget>(name);
        QVERIFY2(!inWindow(digits).intersects(inWindow(other)),
                 qPrintable(describe(digits) + QStringLiteral(" meets ") + describe(other)));
        QVERIFY2(window.contains(inWindow(other)), qPrintable(describe(other)));
    }
    // The digits are what the room reads: larger than any words.
    QVERIFY2(QFontInfo(digits->font()).pixelSize() > 2 * QFontInfo(title->font()).pixelSize(),
             qPrintable(QStringLiteral("digits of %1 px, title of %2 px")
                            .arg(QFontInfo(digits->font()).pixelSize())
                            .arg(QFontInfo(title->font()).pixelSize())));
}

void TestStage::longTitleNeverCoversTheDigits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("usual 960x600") << QSize(960, 600);
    QTest::newRow("laptop 1024x700") << QSize(1024, 700);
    QTest::newRow("960x600 at 2x on 2560x1600, full screen") << QSize(1280, 800);
    QTest::newRow("small 640x400") << QSize(640, 400);
    QTest::newRow("smaller 560x360") << QSize(560, 360);
    QTest::newRow("tiny 320x200: as small as it goes") << QSize(320, 200);
}

void TestStage::longTitleNeverCoversTheDigits()
{
    QFETCH(QSize, size);
    m_stage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    m_stage->resize(size);
    QApplication::processEvents();
    // The window goes no smaller than its words and digits need: a size it cannot take is none of
    // the usual ones.
    if (size.width() >= 560) {
        QCOMPARE(m_stage->size(), size);
    }
    auto *title = find<ElidedLabel>("stageTitle");
    QVERIFY2(title->fullText().startsWith(QStringLiteral("新人介绍：sunnyLcs lvdongyi")),
             qPrintable(title->fullText()));
    QVERIFY(title->fullText().endsWith(QStringLiteral("hanyang2508")));
    // The eleven speakers take one line, elided, all of them in the tooltip.
    auto *speakers = find<ElidedLabel>("stageSpeakers");
    QVERIFY(speakers->fullText().endsWith(QStringLiteral("@hanyang2508")));
    QVERIFY2(speakers->text().endsWith(QChar(0x2026)), qPrintable(speakers->text()));
    QCOMPARE(speakers->toolTip(), speakers->fullText());
    QVERIFY(speakers->height() < 2 * QFontMetrics(speakers->font()).lineSpacing());
    QCOMPARE(m_stage->timer()->digits(), QStringLiteral("05:00"));
    checkLayout();

    // Overtime has one digit more; it fits as well.
    m_clock.advance(5 * Min + 20 * 1000);
    m_meeting->evaluate();
    QApplication::processEvents();
    QCOMPARE(m_stage->timer()->digits(), QStringLiteral("+00:20"));
    checkLayout();
}

void TestStage::titleTooLongForTwoLinesIsElided()
{
    m_stage->show();
    m_stage->resize(640, 400);
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    const QString title = m_meeting->item(m_meeting->currentId())->title;
    const QString longer = title + QStringLiteral("，") + title + QStringLiteral("，") + title;
    QVERIFY(m_meeting->renameItem(m_meeting->currentId(), longer));
    QApplication::processEvents();
    auto *shown = find<ElidedLabel>("stageTitle");
    QCOMPARE(shown->fullText(), longer);
    QVERIFY2(shown->text().endsWith(QChar(0x2026)), qPrintable(shown->text()));
    QCOMPARE(shown->toolTip(), longer);
    checkLayout();
    // It stepped down before it was elided: smaller than a short title shows.
    const int elidedSize = QFontInfo(shown->font()).pixelSize();
    QVERIFY(m_meeting->renameItem(m_meeting->currentId(), QStringLiteral("新人介绍")));
    QApplication::processEvents();
    QCOMPARE(shown->text(), QStringLiteral("新人介绍"));
    QVERIFY2(
        QFontInfo(shown->font()).pixelSize() > elidedSize,
        qPrintable(QStringLiteral("%1 px, elided at %2 px").arg(QFontInfo(shown->font()).pixelSize()).arg(elidedSize)));
    checkLayout();
}

void TestStage::windowTitleIsGavelStage()
{
    m_stage->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    QCOMPARE(m_stage->windowTitle(), QStringLiteral("Gavel: Stage"));
    QCOMPARE(m_stage->windowHandle()->title(), QStringLiteral("Gavel: Stage"));
    // What a desktop shows: with the application named as Gavel names itself, nothing appended.
    QCOMPARE(PlatformTitle::of(m_stage->windowHandle()->title()), QStringLiteral("Gavel: Stage"));
    // The main window says Gavel itself.
    QCOMPARE(PlatformTitle::of(mainWindowTitle(QStringLiteral("PFCC 第一次会议"))),
             QStringLiteral("PFCC 第一次会议 — Gavel"));
}

void TestStage::darkPaletteTimerStandsOutFromTheWindow()
{
    // A dark theme as desktops have them: the base (of lists, fields) darker than the window.
    QPalette dark = m_palette;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x14, 0x14, 0x14));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    m_stage->show();
    m_stage->resize(960, 600);
    QVERIFY(QTest::qWaitForWindowExposed(m_stage.get()));
    m_clock.advance(2 * Min + 30 * 1000); // half of the five minutes: the bar half full
    m_meeting->evaluate();
    QApplication::processEvents();
    QCOMPARE(m_stage->timer()->digits(), QStringLiteral("02:30"));
    QVERIFY2(m_stage->timer()->status().startsWith(QStringLiteral("▶ On the clock")),
             qPrintable(m_stage->timer()->status()));

    // The colours as painted: the window's margin, the panel inside its frame, the bar's track
    // (its unfilled end) and the bar (its filled start).
    const QImage window = m_stage->grab().toImage();
    const QColor windowColour = window.pixelColor(4, 4);
    QCOMPARE(windowColour, QColor(0x20, 0x20, 0x20));
    const QImage panel = m_stage->timer()->grab().toImage();
    const QColor panelColour = panel.pixelColor(panel.width() / 2, 6);
    auto *progress = find<QProgressBar>("timerProgress");
    const QImage bar = progress->grab().toImage();
    const QColor track = bar.pixelColor(bar.width() * 9 / 10, bar.height() / 2);
    const QColor filled = bar.pixelColor(bar.width() / 10, bar.height() / 2);
    const QColor digits = find<QLabel>("timerDigits")->palette().color(QPalette::WindowText);
    const auto ratio = [](const QColor &a, const QColor &b) {
        return QStringLiteral("%1 against %2: %3").arg(a.name(), b.name()).arg(contrast(a, b), 0, 'f', 2);
    };
    QVERIFY2(contrast(panelColour, windowColour) >= 1.4, qPrintable(ratio(panelColour, windowColour)));
    QVERIFY2(luminance(panelColour) > luminance(windowColour), qPrintable(ratio(panelColour, windowColour)));
    QVERIFY2(contrast(track, panelColour) >= 1.5, qPrintable(ratio(track, panelColour)));
    QVERIFY2(contrast(filled, track) >= 3, qPrintable(ratio(filled, track)));
    QVERIFY2(contrast(digits, panelColour) >= 7, qPrintable(ratio(digits, panelColour)));

    // The warning keeps its colours, and says so in words.
    m_clock.advance(2 * Min);
    m_meeting->evaluate();
    QApplication::processEvents();
    QVERIFY2(m_stage->timer()->status().startsWith(QStringLiteral("⚠ Wrap up")),
             qPrintable(m_stage->timer()->status()));
    QCOMPARE(find<QLabel>("timerDigits")->palette().color(QPalette::WindowText), QColor(0xff, 0xc2, 0x4d));
    QCOMPARE(m_stage->timer()->palette().color(QPalette::Window), QColor(0x3d, 0x2e, 0x00));
    // Its track too reads on its panel (the bar is 90% full: the track is its last few pixels).
    const QImage warningPanel = m_stage->timer()->grab().toImage();
    const QColor warningColour = warningPanel.pixelColor(warningPanel.width() / 2, 6);
    QCOMPARE(warningColour, QColor(0x3d, 0x2e, 0x00));
    const QImage warningBar = progress->grab().toImage();
    const QColor warningTrack = warningBar.pixelColor(warningBar.width() - 6, warningBar.height() / 2);
    const QColor warningFilled = warningBar.pixelColor(warningBar.width() / 2, warningBar.height() / 2);
    QVERIFY2(contrast(warningTrack, warningColour) >= 1.5, qPrintable(ratio(warningTrack, warningColour)));
    QVERIFY2(contrast(warningFilled, warningTrack) >= 3, qPrintable(ratio(warningFilled, warningTrack)));
}

QTEST_MAIN(TestStage)
#include "tst_stage.moc"
