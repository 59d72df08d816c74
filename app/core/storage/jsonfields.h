#pragma once

#include "meeting/runstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace gavel {

// Reads the typed fields of an untrusted JSON document and keeps the first problem, as
// "<field>: <what is wrong>" with the field's path ("run.items[3].elapsedMs"). Numbers are
// compared as the doubles JSON holds before any conversion, so 1e300 never becomes a qint64.
class JsonFields
{
public:
    QString error;

    bool failed() const { return !error.isEmpty(); }
    void fail(const QString &field, const QString &what);
    static QString at(const QString &parent, const char *key); // "parent.key"

    // Each reads o[key]; a missing (or null) optional field gives an empty value, a missing
    // required one or a value of the wrong kind is a problem.
    QJsonObject object(const QJsonObject &o, const char *key, const QString &parent, bool required);
    QJsonArray array(const QJsonObject &o, const char *key, const QString &parent, bool required);
    QString string(const QJsonObject &o, const char *key, const QString &parent, bool required);
    bool boolean(const QJsonObject &o, const char *key, const QString &parent);
    // A whole number within [min, max].
    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &parent, bool required,
                                  qint64 min, qint64 max);
    // A length of time in milliseconds, from 0 to maxMs; `limit` says maxMs in words.
    qint64 figure(const QJsonObject &o, const char *key, const QString &parent, qint64 maxMs, const QString &limit);
    // A moment (ms since the epoch) within [earliest, latest]; 0 means never. `outside` says why
    // another moment is wrong, given it as a person reads it.
    qint64 moment(const QJsonObject &o, const char *key, const QString &parent, qint64 earliest, qint64 latest,
                  const std::function<QString(const QString &)> &outside);
    // A moment within the meeting's window (setWindow), or 0.
    qint64 time(const QJsonObject &o, const char *key, const QString &parent);
    void setWindow(qint64 startedAt, qint64 savedAt);
    qint64 windowMs() const { return m_window.latest - m_window.earliest; }

    // A number as the file wrote it: "1e+300", "-5", "12.5".
    static QString shown(double value);
    // A moment as a person reads it ("2024-03-14 09:00 UTC"); a number no calendar holds as written.
    static QString readable(double ms);

private:
    qint64 m_reference = 0; // the meeting's day, as messages name it
    TimeWindow m_window;
};

} // namespace gavel
