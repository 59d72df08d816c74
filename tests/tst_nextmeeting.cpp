#include <QTest>

class Skeleton : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Skeleton)
#include "tst_nextmeeting.moc"
