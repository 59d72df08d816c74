// The floor the start-up and CPU benchmarks measure Gavel against: the least a Qt Widgets
// program with a window can do. A QMainWindow whose one label shows the time, updated five
// times a second (as Gavel's tick is), with the same first-paint hook Gavel has.

#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTime>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *label = new QLabel(&window);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    QTimer tick;
    tick.setInterval(200);
    QObject::connect(&tick, &QTimer::timeout, label,
                     [label] { label->setText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))); });
    tick.start();
    window.resize(1280, 800); // the size Gavel first opens at
    window.show();
    gavel::FirstPaintExit::installIfAsked(&window);
    return QApplication::exec();
}
