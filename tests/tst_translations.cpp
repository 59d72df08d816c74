// The interface in Simplified Chinese and English. The .ts checks compare the committed
// resources/translations/gavel_zh_CN.ts with what lupdate finds in the sources now; the Chinese
// words the window tests look for are the community's own terms (文件 File, 会议 Meeting, 帮助
// Help, 议程 agenda), checked by hand, not copied from the program's output.

#include "agenda/agendaimporter.h"
#include "agenda/agendatree.h"
#include "currentitempanel.h"
#include "interfacelanguage.h"
#include "meeting/livemeeting.h"
#include "minutes/minutesexport.h"
#include "storage/sessionfile.h"
#include "storage/settings.h"
#include "timerdisplay.h"
#include "typescale.h"

#include "fakeclock.h"
#include "widgetsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace gavel;
using namespace gavel::test;

namespace {

// One message of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    QString type; // "unfinished", "vanished", "obsolete" or empty (finished)
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage {context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either its text or its plural forms.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    message.translations.append(xml.readElementText());
                }
            }
            if (message.translations.isEmpty()) {
                message.translations.append(text);
            }
            messages.append(message);
        }
    }
    if (xml.hasError()) {
        *error = path + QStringLiteral(": ") + xml.errorString();
    }
    return messages;
}

QString key(const TsMessage &m)
{
    return m.context + QStringLiteral(" | ") + m.source;
}

// What a translation must keep of its source: each %1..%99, %L1 and %n as often, the HTML tags,
// and a mnemonic (&) when the source has one ("&File" is "文件(&F)").
QStringList marks(const QString &text)
{
    QStringList found;
    static const QRegularExpression argument(QStringLiteral("%L?(\\d{1,2}|n)"));
    for (const auto &m : argument.globalMatch(text)) {
        found.append(m.captured());
    }
    // HTML's own elements only: "<file>" in the command line's help is a value's name, which is
    // translated as the option's value name is ("<文件>").
    static const QRegularExpression tag(
        QStringLiteral("</?(a|b|i|u|s|p|br|hr|em|strong|span|div|ul|ol|li|tt|code|pre|small|big|sub|sup|font|img|"
                       "table|tr|td|th|h[1-6]|qt|html|body|head|style|nobr)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto &m : tag.globalMatch(text)) {
        found.append(m.captured().section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('>')).toLower());
    }
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#\\d+;"));
    rest.remove(entity);
    if (rest.count(QLatin1Char('&')) > 0) {
        found.append(QStringLiteral("& x%1").arg(rest.count(QLatin1Char('&'))));
    }
    found.sort();
    return found;
}

// Why a finished translation does not fit its source; empty when it does.
QString mismatch(const QString &source, const QString &translation)
{
    const QStringList want = marks(source);
    const QStringList have = marks(translation);
    if (want == have) {
        return {};
    }
    return QStringLiteral("wants [%1], has [%2]").arg(want.join(QLatin1Char(' ')), have.join(QLatin1Char(' ')));
}

// Gavel's messages as lupdate finds them in the sources now.
QList<TsMessage> extracted(QString *warnings, QString *error)
{
    static QList<TsMessage> messages;
    static QString lupdateWarnings;
    if (messages.isEmpty()) {
        static QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("gavel_zh_CN.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::SeparateChannels);
        lupdate.start(QStringLiteral(GAVEL_LUPDATE),
                      {QStringLiteral(GAVEL_SOURCE_DIR "/app"), QStringLiteral(GAVEL_SOURCE_DIR "/ui"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-target-language"),
                       QStringLiteral("zh_CN"), QStringLiteral("-ts"), ts});
        if (!lupdate.waitForFinished(60000) || lupdate.exitCode() != 0) {
            *error = QStringLiteral("lupdate failed: ") + QString::fromUtf8(lupdate.readAllStandardError());
            return {};
        }
        // lupdate tells of what it cannot place on stderr, among its progress lines.
        for (const QString &line : QString::fromUtf8(lupdate.readAllStandardError() + lupdate.readAllStandardOutput())
                                       .split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("lacks Q_OBJECT")) || line.contains(QLatin1String("rror"))
                || line.contains(QLatin1String("arning"))) {
                lupdateWarnings += line + QLatin1Char('\n');
            }
        }
        messages = readTs(ts, error);
    }
    *warnings = lupdateWarnings;
    return messages;
}

QList<TsMessage> committed(QString *error)
{
    return readTs(QStringLiteral(GAVEL_SOURCE_DIR "/resources/translations/gavel_zh_CN.ts"), error);
}

// At most `n` lines of a long list, and how many there were.
QString firstLines(const QStringList &lines, int n = 25)
{
    QString text = QStringLiteral("%1 of them:\n").arg(lines.size());
    text += lines.mid(0, n).join(QLatin1Char('\n'));
    if (lines.size() > n) {
        text += QStringLiteral("\n…");
    }
    return text;
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions()) {
        titles.append(action->text());
    }
    return titles;
}

// Runs the built gavel as a user whose system speaks Chinese would; false when it never ends.
bool runInChinese(QProcess &gavel, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    gavel.setProcessEnvironment(env);
    gavel.start(QStringLiteral(GAVEL_EXECUTABLE), arguments);
    return gavel.waitForFinished(60000);
}

// A translator that turns every text into a marker: a text it reaches went through tr().
// The faces that draw `text` in `font`, as laid out.
QStringList facesDrawing(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList faces;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        faces.append(run.rawFont().familyName());
    }
    return faces;
}

class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("⟦") + QString::fromUtf8(sourceText) + QStringLiteral("⟧");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // The .ts against the sources.
    void lupdateFindsEveryStringInItsContext();
    void everyStringOfTheSourcesIsInTheTs();
    void everyChineseStringIsFinished();
    void placeholdersMnemonicsAndTagsMatch();
    void mismatchesAreFound_data();
    void mismatchesAreFound();
    void englishPluralsSaySingular();

    // The language in use.
    void systemLocaleChoosesTheLanguage_data();
    void systemLocaleChoosesTheLanguage();
    void mainWindowMenusSpeakChinese();
    void theCommunitysOwnWordsInTheRunningWindow();
    void preferencesSwitchTheLiveWindowAtOnce();
    void minutesFollowTheMeetingNotTheInterface();
    void helpSpeaksChinese();
    void hanIsDrawnInSimplifiedShapes();
    void commandLineErrorsSpeakChinese();

private:
    QTemporaryDir m_home;
    FakeClock m_clock {testStartMs()};
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_home.isValid());
    keepHomeIn(m_home.path());
    qputenv("GAVEL_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("sessions"))));
}

void TestTranslations::init()
{
    Settings().setInterfaceLanguage(QString());
    interfacelanguage::use(QStringLiteral("en"));
}

void TestTranslations::lupdateFindsEveryStringInItsContext()
{
    // A tr() in a namespace or a class without Q_OBJECT is looked up at run time in another
    // context than lupdate files it under: its translation would never be found.
    QString warnings;
    QString error;
    const QList<TsMessage> found = extracted(&warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(found.size() > 700);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
}

void TestTranslations::everyStringOfTheSourcesIsInTheTs()
{
    QString warnings;
    QString error;
    const QList<TsMessage> found = extracted(&warnings, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<TsMessage> ts = committed(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> inTs;
    for (const TsMessage &m : ts) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")) {
            inTs.insert(key(m));
        }
    }
    QStringList missing;
    for (const TsMessage &m : found) {
        if (!inTs.contains(key(m))) {
            missing.append(key(m));
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("Strings of the sources missing from gavel_zh_CN.ts (run "
                                       "cmake --build build --target gavel_lupdate, then translate them): ")
                        + firstLines(missing)));
}

void TestTranslations::everyChineseStringIsFinished()
{
    QString error;
    const QList<TsMessage> ts = committed(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!ts.isEmpty());
    QStringList unfinished;
    for (const TsMessage &m : ts) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            continue;
        }
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty) {
            unfinished.append(key(m));
        }
    }
    QVERIFY2(unfinished.isEmpty(),
             qPrintable(QStringLiteral("Unfinished or empty zh_CN translations: ") + firstLines(unfinished)));
}

void TestTranslations::placeholdersMnemonicsAndTagsMatch()
{
    QString error;
    const QList<TsMessage> ts = committed(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const TsMessage &m : ts) {
        for (const QString &translation : m.translations) {
            if (translation.isEmpty()) {
                continue; // unfinished: the test above says so
            }
            // A plural form may say "1" for %n in English, never in Chinese: all keep %n.
            const QString why = mismatch(m.source, translation);
            if (!why.isEmpty()) {
                wrong.append(key(m) + QStringLiteral(" → ") + translation + QStringLiteral(": ") + why);
            }
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("Translations that do not fit their source: ") + firstLines(wrong)));
}

void TestTranslations::mismatchesAreFound_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("fits");
    QTest::newRow("same arguments, another order") << "%1 of %2"
                                                   << "%2 中的 %1" << true;
    QTest::newRow("an argument lost") << "%1 of %2"
                                      << "%1 个" << false;
    QTest::newRow("%L1 kept as %1") << "%L1 bytes"
                                    << "%1 字节" << false;
    QTest::newRow("%n kept") << "Add %n minutes"
                             << "加 %n 分钟" << true;
    QTest::newRow("%n lost") << "Add %n minutes"
                             << "加 1 分钟" << false;
    QTest::newRow("mnemonic kept") << "&File"
                                   << "文件(&F)" << true;
    QTest::newRow("mnemonic lost") << "&File"
                                   << "文件" << false;
    QTest::newRow("a literal && is no mnemonic") << "Q && A"
                                                 << "问答" << true;
    QTest::newRow("tags kept") << "<b>%1</b> late"
                               << "<b>%1</b> 迟到" << true;
    QTest::newRow("a tag lost") << "<b>%1</b> late"
                                << "%1 迟到" << false;
    QTest::newRow("a link's tag lost") << "<a href=\"%1\">Join link</a>"
                                       << "%1 入会链接" << false;
    QTest::newRow("a value's name is no tag") << "Print the agenda of <file>"
                                              << "输出 <文件> 的议程" << true;
}

void TestTranslations::mismatchesAreFound()
{
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(bool, fits);
    QCOMPARE(mismatch(source, translation).isEmpty(), fits);
}

void TestTranslations::englishPluralsSaySingular()
{
    // gavel_en.qm holds only the plural forms, filled in by hand in gavel_en.ts.
    QCOMPARE(interfacelanguage::current(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("gavel::LiveMeeting", "Add %n minutes", nullptr, 1),
             QStringLiteral("Add 1 minute"));
    QCOMPARE(QCoreApplication::translate("gavel::LiveMeeting", "Add %n minutes", nullptr, 3),
             QStringLiteral("Add 3 minutes"));
    QCOMPARE(QCoreApplication::translate("gavel::LiveMeeting", "Take off %n minutes", nullptr, 1),
             QStringLiteral("Take off 1 minute"));
}

void TestTranslations::systemLocaleChoosesTheLanguage_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("system zh_CN") << ""
                                  << "zh_CN"
                                  << "zh_CN";
    QTest::newRow("system zh_TW") << ""
                                  << "zh_TW"
                                  << "zh_CN";
    QTest::newRow("system zh_SG") << ""
                                  << "zh_SG"
                                  << "zh_CN";
    QTest::newRow("system en_US") << ""
                                  << "en_US"
                                  << "en";
    QTest::newRow("system de_DE") << ""
                                  << "de_DE"
                                  << "en";
    QTest::newRow("system C") << ""
                              << "C"
                              << "en";
    QTest::newRow("English chosen on a Chinese system") << "en"
                                                        << "zh_CN"
                                                        << "en";
    QTest::newRow("Chinese chosen on a German system") << "zh_CN"
                                                       << "de_DE"
                                                       << "zh_CN";
}

void TestTranslations::systemLocaleChoosesTheLanguage()
{
    QFETCH(QString, choice);
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(interfacelanguage::resolved(choice, QLocale(locale)), language);
}

void TestTranslations::mainWindowMenusSpeakChinese()
{
    QCOMPARE(interfacelanguage::use(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const auto window = shownMainWindow(&m_clock, m_home.path());
    QVERIFY(window);
    const QStringList titles = menuTitles(window.get());
    QVERIFY2(titles.size() >= 3, qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.first().contains(QStringLiteral("文件")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.join(QLatin1Char(' ')).contains(QStringLiteral("会议")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.last().contains(QStringLiteral("帮助")), qPrintable(titles.join(QLatin1Char(' '))));
    // The status bar's first words, and Qt's own words (the standard buttons) in Chinese too.
    QVERIFY2(hasHan(window->statusBar()->currentMessage()), qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("是(&Y)"));
}

void TestTranslations::theCommunitysOwnWordsInTheRunningWindow()
{
    // The words the community writes in its own agendas and minutes (主席, 副主席, 议程, 纪要, 签到,
    // 迟到, 新人), read back from the window as the chair sees them, mid-meeting.
    QCOMPARE(interfacelanguage::use(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    const auto window = shownMainWindow(&m_clock, m_home.path());
    QVERIFY(window);
    QVERIFY(window->openFile(sampleAgenda()));
    window->meeting()->start();
    m_clock.advance(10 * 60 * 1000); // past the 5 minutes' grace: a check-in now is late
    auto *filter = find<QLineEdit>(window.get(), "rosterFilter");
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("luotao1"));
    QTest::keyClick(filter, Qt::Key_Return);

    const QString details = find<QLabel>(window.get(), "meetingDetails")->text();
    QVERIFY2(details.contains(QStringLiteral("主席：张军")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("副主席：高翔")), qPrintable(details));
    QVERIFY2(menuTitles(window.get()).contains(QStringLiteral("议程(&A)")),
             qPrintable(menuTitles(window.get()).join(QLatin1Char(' '))));
    QStringList meetingMenu;
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text().startsWith(QStringLiteral("会议"))) {
            for (QAction *item : action->menu()->actions()) {
                meetingMenu.append(item->text());
            }
        }
    }
    QVERIFY2(meetingMenu.contains(QStringLiteral("会议纪要与下次会议(&M)…")),
             qPrintable(meetingMenu.join(QLatin1Char('|'))));
    QLabel *checkIn = nullptr;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() == filter) {
            checkIn = label;
        }
    }
    QVERIFY(checkIn);
    QCOMPARE(checkIn->text(), QStringLiteral("签到："));
    const QString counts = find<QLabel>(window.get(), "rosterCounts")->text();
    QVERIFY2(counts.contains(QStringLiteral("实到 1 人")) && counts.contains(QStringLiteral("迟到 1 人"))
                 && counts.contains(QStringLiteral("新人")),
             qPrintable(counts));
    // Tao Luo's row says he came late, and by how much (10 minutes after the start).
    auto *roster = find<QTableView>(window.get(), "rosterView");
    QString status;
    for (int row = 0; row < roster->model()->rowCount(); ++row) {
        if (roster->model()->index(row, 1).data().toString().startsWith(QStringLiteral("Tao Luo"))) {
            status = roster->model()->index(row, 0).data().toString();
        }
    }
    QVERIFY2(status.contains(QStringLiteral("迟到")) && status.contains(QStringLiteral("10 分钟")), qPrintable(status));
}

void TestTranslations::preferencesSwitchTheLiveWindowAtOnce()
{
    const auto window = shownMainWindow(&m_clock, m_home.path());
    QVERIFY(window);
    QVERIFY(window->openFile(sampleAgenda()));
    LiveMeeting *meeting = window->meeting();
    meeting->start();
    m_clock.advance(90 * 1000);
    const qint64 elapsed = meeting->meetingElapsedMs();
    const int current = meeting->currentId();
    QCOMPARE(menuTitles(window.get()).first(), QStringLiteral("&File"));

    window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    auto *preferences = window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(preferences);
    QTRY_VERIFY(preferences->isVisible());
    auto *language = find<QComboBox>(preferences, "interfaceLanguage");
    QCOMPARE(language->currentText(), QStringLiteral("System"));
    QCOMPARE(language->itemText(2), QStringLiteral("简体中文"));

    // The chair picks 简体中文 from the keyboard: the window speaks Chinese at once.
    language->setFocus();
    QTest::keyClick(language, Qt::Key_Down);
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(language->currentIndex(), 2);
    QCOMPARE(Settings().interfaceLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(interfacelanguage::current(), QStringLiteral("zh_CN"));
    QVERIFY2(menuTitles(window.get()).first().contains(QStringLiteral("文件")),
             qPrintable(menuTitles(window.get()).join(QLatin1Char(' '))));
    QVERIFY(hasHan(preferences->windowTitle()));
    // The timer's words and the saved state are composed again.
    auto *status = window->findChild<QLabel *>(QStringLiteral("saveStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(hasHan(status->text()), qPrintable(status->text()));
    auto *panel = window->findChild<CurrentItemPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY2(hasHan(panel->timer()->status()), qPrintable(panel->timer()->status()));
    // The meeting's date in the header, as a Chinese desktop writes it (the test's system is C).
    auto *details = window->findChild<QLabel *>(QStringLiteral("meetingDetails"));
    QVERIFY(details);
    QVERIFY2(details->text().contains(QStringLiteral("2022年4月14日星期四")), qPrintable(details->text()));
    // The meeting runs on, untouched.
    QCOMPARE(meeting->phase(), LiveMeeting::Phase::Running);
    QCOMPARE(meeting->currentId(), current);
    QCOMPARE(meeting->meetingElapsedMs(), elapsed);

    // And back to English, at once too.
    QTest::keyClick(language, Qt::Key_Up);
    QCOMPARE(language->currentIndex(), 1);
    QCOMPARE(menuTitles(window.get()).first(), QStringLiteral("&File"));
    QCOMPARE(preferences->windowTitle(), QStringLiteral("Preferences"));
    QTRY_VERIFY2(!hasHan(status->text()), qPrintable(status->text()));
    QVERIFY2(details->text().contains(QStringLiteral("Thursday, 14 April 2022")), qPrintable(details->text()));
    QCOMPARE(meeting->phase(), LiveMeeting::Phase::Running);

    // Round and round, with F1's list and the attendance history open: each comes back in the
    // right words, and the buttons still follow the meeting.
    window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    window->findChild<QAction *>(QStringLiteral("actionHistory"))->trigger();
    auto *commands = window->findChild<QTreeWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(commands);
    QWidget *history = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->isVisible() && top->windowTitle().startsWith(QStringLiteral("Attendance History"))) {
            history = top;
        }
    }
    QVERIFY(history);
    QToolButton *startPause = nullptr;
    for (QToolButton *button : panel->findChildren<QToolButton *>()) {
        if (button->defaultAction() && button->defaultAction()->objectName() == QLatin1String("actionStartPause")) {
            startPause = button;
        }
    }
    QVERIFY(startPause);
    // Qt names the Pause key (as a shortcut list does) with the same word as the button's: the
    // button keeps following its action, in Chinese too.
    QCOMPARE(QCoreApplication::translate("QShortcut", "Pause"), QStringLiteral("Pause"));
    QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(startPause->text(), QStringLiteral("暂停(P)"));
    for (int key : {Qt::Key_Up, Qt::Key_Down}) {
        QTest::keyClick(language, Qt::Key(key));
    }
    QCOMPARE(commands->headerItem()->text(0), QStringLiteral("命令"));
    QTRY_VERIFY2(history->windowTitle().startsWith(QStringLiteral("出勤记录")), qPrintable(history->windowTitle()));
    QTest::keyClick(language, Qt::Key_Up);
    QCOMPARE(commands->headerItem()->text(0), QStringLiteral("Command")); // not "Commands", also 命令…
    QCOMPARE(commands->accessibleName(), QStringLiteral("Commands"));
    QTRY_VERIFY2(history->windowTitle().startsWith(QStringLiteral("Attendance History – ")),
                 qPrintable(history->windowTitle()));
    QCOMPARE(startPause->text().remove(QLatin1Char('&')), QStringLiteral("Pause"));
    meeting->pause();
    QCOMPARE(startPause->text().remove(QLatin1Char('&')), QStringLiteral("Resume"));
}

void TestTranslations::minutesFollowTheMeetingNotTheInterface()
{
    const ImportResult imported = AgendaImporter::importFile(sampleAgenda());
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    SessionData session;
    session.meeting = imported.meeting;
    agendatree::assignIds(session.meeting.items);
    const int first = session.meeting.items.first().id;
    session.run.phase = RunState::Phase::Ended;
    session.run.startedAt = testStartMs();
    session.run.endedAt = testStartMs() + 20 * 60000;
    ItemRun run;
    run.startedAt = session.run.startedAt;
    run.elapsedMs = 7 * 60000;
    run.endedAt = run.startedAt + run.elapsedMs;
    run.done = true;
    session.run.items.insert(first, run);
    session.notes.insert(first, QStringLiteral("Decided to meet again."));

    const QString english = minutesexport::markdown(session, QStringLiteral("en"), true);
    const QString chinese = minutesexport::markdown(session, QStringLiteral("zh"), true);
    QVERIFY(english.contains(QLatin1String("Decided to meet again.")));

    // Every text that went through tr() would come out marked: none of the minutes' words do.
    MarkingTranslator marking;
    QVERIFY(QCoreApplication::installTranslator(&marking));
    QCOMPARE(QCoreApplication::translate("gavel::MainWindow", "&File"), QStringLiteral("⟦&File⟧"));
    const QString englishMarked = minutesexport::markdown(session, QStringLiteral("en"), true);
    const QString chineseMarked = minutesexport::markdown(session, QStringLiteral("zh"), true);
    QCoreApplication::removeTranslator(&marking);
    QCOMPARE(englishMarked, english);
    QCOMPARE(chineseMarked, chinese);

    // And with the Chinese interface: English minutes stay English.
    interfacelanguage::use(QStringLiteral("zh_CN"));
    QCOMPARE(minutesexport::markdown(session, QStringLiteral("en"), true), english);
}

void TestTranslations::helpSpeaksChinese()
{
    QProcess gavel;
    QVERIFY(runInChinese(gavel, {QStringLiteral("--help")}));
    QCOMPARE(gavel.exitCode(), 0);
    const QString out = QString::fromUtf8(gavel.readAllStandardOutput());
    // Qt's own words (from qtbase_zh_CN.qm) and Gavel's descriptions of its options.
    QVERIFY2(out.contains(QStringLiteral("用法")), qPrintable(out));
    QStringList english;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("--print-agenda")) || line.contains(QLatin1String("--export-minutes"))
            || line.contains(QLatin1String("--layout"))) {
            if (!hasHan(line)) {
                english.append(line);
            }
        }
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    QVERIFY2(!out.contains(QLatin1String("Print the agenda imported")), qPrintable(out));
    // The usage line names the agenda as the options do: "[文件]", not "[file]".
    QVERIFY2(out.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral("[文件]")), qPrintable(out));
}

void TestTranslations::commandLineErrorsSpeakChinese()
{
    QProcess gavel;
    QVERIFY(
        runInChinese(gavel,
                     {QStringLiteral("--export-minutes"), QStringLiteral("session.json"), QStringLiteral("--format"),
                      QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("out.docx")}));
    QCOMPARE(gavel.exitCode(), 1);
    const QString err = QString::fromUtf8(gavel.readAllStandardError()).trimmed();
    QVERIFY2(err.startsWith(QLatin1String("gavel: ")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("docx")), qPrintable(err));
    QVERIFY2(hasHan(err), qPrintable(err));
}

void TestTranslations::hanIsDrawnInSimplifiedShapes()
{
    // The tests run under LANG=C: left to fontconfig, Han is drawn by the JP face.
    const QString words = QStringLiteral("议程直骨");
    const QString latin = QStringLiteral("Agenda");
    const QFont base = QApplication::font();
    QCOMPARE(facesDrawing(words, base), QStringList {QStringLiteral("Noto Sans CJK JP")});
    const QFont english = typescale::withSimplifiedHan(base, QLocale(QStringLiteral("en_US")));
    QCOMPARE(facesDrawing(words, english), QStringList {QStringLiteral("Noto Sans CJK SC")});
    QCOMPARE(facesDrawing(latin, english), facesDrawing(latin, base));
    QVERIFY(!facesDrawing(latin, english).contains(QStringLiteral("Noto Sans CJK SC")));
    // Chinese, Japanese and Korean systems: fontconfig's own choice for their language.
    for (const char *name : {"zh_CN", "zh_TW", "ja_JP", "ko_KR"}) {
        QCOMPARE(typescale::withSimplifiedHan(base, QLocale(QLatin1String(name))).families(), base.families());
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
