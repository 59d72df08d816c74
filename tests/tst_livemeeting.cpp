#include "livemeeting.h"

#include <QTest>

class TestLiveMeeting : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestLiveMeeting)
#include "tst_livemeeting.moc"
