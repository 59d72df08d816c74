// libFuzzer target: see targets.h for what it does with each input.

#include "targets.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // LiveMeeting's objects want an application for their timers; the readers need none.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    gavel::fuzz::session(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
