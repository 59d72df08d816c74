#include "storage/jsonfields.h"

#include "storage/sessionfile.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cmath>

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::JsonFields)
};

} // namespace

void JsonFields::fail(const QString &field, const QString &what)
{
    if (error.isEmpty()) {
        error = Text::tr("%1: %2").arg(field, what);
    }
}

QString JsonFields::at(const QString &parent, const char *key)
{
    return parent.isEmpty() ? QLatin1String(key) : parent + QLatin1Char('.') + QLatin1String(key);
}

QJsonObject JsonFields::object(const QJsonObject &o, const char *key, const QString &parent, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required) {
            fail(at(parent, key), Text::tr("missing"));
        }
        return {};
    }
    if (!v.isObject()) {
        fail(at(parent, key), Text::tr("not an object"));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFields::array(const QJsonObject &o, const char *key, const QString &parent, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || (v.isNull() && !required)) {
        if (required) {
            fail(at(parent, key), Text::tr("missing"));
        }
        return {};
    }
    if (!v.isArray()) {
        fail(at(parent, key), Text::tr("not a list"));
        return {};
    }
    return v.toArray();
}

QString JsonFields::string(const QJsonObject &o, const char *key, const QString &parent, bool required)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(at(parent, key), Text::tr("missing"));
        }
        return {};
    }
    if (!v.isString()) {
        fail(at(parent, key), Text::tr("not a text"));
        return {};
    }
    return v.toString();
}

bool JsonFields::boolean(const QJsonObject &o, const char *key, const QString &parent)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) {
        return false;
    }
    if (!v.isBool()) {
        fail(at(parent, key), Text::tr("not true or false"));
        return false;
    }
    return v.toBool();
}

std::optional<qint64> JsonFields::integer(const QJsonObject &o, const char *key, const QString &parent, bool required,
                                          qint64 min, qint64 max)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString field = at(parent, key);
    if (v.isUndefined() || v.isNull()) {
        if (required) {
            fail(field, Text::tr("missing"));
        }
        return std::nullopt;
    }
    if (!v.isDouble()) {
        fail(field, Text::tr("not a number"));
        return std::nullopt;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(field, Text::tr("%1 is not a whole number").arg(shown(d)));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max)) {
        fail(field, Text::tr("%1 is outside %2 to %3").arg(shown(d)).arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 JsonFields::figure(const QJsonObject &o, const char *key, const QString &parent, qint64 maxMs,
                          const QString &limit)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() > double(maxMs)) {
        fail(at(parent, key), Text::tr("%1 ms is over %2").arg(shown(v.toDouble()), limit));
        return 0;
    }
    if (v.isDouble() && v.toDouble() < 0) {
        fail(at(parent, key), Text::tr("%1 ms is negative").arg(shown(v.toDouble())));
        return 0;
    }
    return integer(o, key, parent, false, 0, maxMs).value_or(0);
}

qint64 JsonFields::moment(const QJsonObject &o, const char *key, const QString &parent, qint64 earliest, qint64 latest,
                          const std::function<QString(const QString &)> &outside)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const QString field = at(parent, key);
    if (v.isUndefined() || v.isNull()) {
        return 0;
    }
    if (!v.isDouble()) {
        fail(field, Text::tr("not a number"));
        return 0;
    }
    const double d = v.toDouble();
    if (d == 0) {
        return 0;
    }
    if (!std::isfinite(d) || d != std::floor(d)) {
        fail(field, Text::tr("%1 is not a whole number").arg(shown(d)));
        return 0;
    }
    if (d < double(earliest) || d > double(latest)) {
        fail(field, outside(readable(d)));
        return 0;
    }
    return qint64(d);
}

qint64 JsonFields::time(const QJsonObject &o, const char *key, const QString &parent)
{
    return moment(o, key, parent, m_window.earliest, m_window.latest, [this](const QString &value) {
        return Text::tr("%1 is more than %2 days from the meeting (%3)")
            .arg(value)
            .arg(TimeWindow::marginMs / TimeWindow::dayMs)
            .arg(QDateTime::fromMSecsSinceEpoch(m_reference, Qt::UTC).date().toString(Qt::ISODate));
    });
}

void JsonFields::setWindow(qint64 startedAt, qint64 savedAt)
{
    m_reference = startedAt > 0 ? startedAt : savedAt;
    m_window = TimeWindow::around(startedAt, savedAt);
}

QString JsonFields::shown(double value)
{
    return QString::number(value, 'g', 15);
}

QString JsonFields::readable(double ms)
{
    if (!(ms >= double(sessionfile::earliestPlausibleMs) - 1e14
          && ms <= double(sessionfile::latestPlausibleMs) + 1e14)) {
        return shown(ms);
    }
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace gavel
