#include "keychainplugin.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QTimer>

#include <memory>
#include <utility>

namespace gavel {

namespace {

// tr() in the context lupdate files these strings under: a free tr() would look elsewhere.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(gavel::KeychainPlugin)
};

// One token in the keychain: `service`'s `key`. Each call is one QtKeychain job that deletes
// itself; a timer ends the call when no keychain service answers (no session bus, a daemon that
// never replies), and the job's late answer is then ignored.
class KeychainStore : public QObject, public TokenStore
{
public:
    KeychainStore(const QString &service, const QString &key, int timeoutMs, QObject *parent)
        : QObject(parent)
        , m_service(service)
        , m_key(key)
        , m_timeoutMs(timeoutMs)
    { }

    void read(QObject *context, const Done &done) override
    {
        run(new QKeychain::ReadPasswordJob(m_service, this), context, done, [](QKeychain::Job *job) {
            Result result = resultOf(job, true);
            if (result.error.isEmpty()) {
                result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData().toUtf8();
            }
            return result;
        });
    }

    void write(const QByteArray &token, QObject *context, const Done &done) override
    {
        auto *job = new QKeychain::WritePasswordJob(m_service, this);
        job->setTextData(QString::fromUtf8(token));
        run(job, context, done, [](QKeychain::Job *finished) { return resultOf(finished, false); });
    }

    void remove(QObject *context, const Done &done) override
    {
        run(new QKeychain::DeletePasswordJob(m_service, this), context, done,
            [](QKeychain::Job *job) { return resultOf(job, true); });
    }

private:
    // What a finished job says. Nothing stored is no error where nothing is looked for; no
    // keychain service (or one QtKeychain cannot speak to) is `unavailable`, in QtKeychain's words.
    static Result resultOf(QKeychain::Job *job, bool absentIsFine)
    {
        Result result;
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError || (error == QKeychain::EntryNotFound && absentIsFine)) {
            return result;
        }
        result.unavailable = error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
            || error == QKeychain::OtherError;
        const QString words = job->errorString().trimmed();
        result.error
            = words.isEmpty() ? Text::tr("QtKeychain error %1").arg(int(error)) : Text::tr("QtKeychain: %1").arg(words);
        return result;
    }

    void run(QKeychain::Job *job, QObject *context, const Done &done,
             const std::function<Result(QKeychain::Job *)> &resultOfJob)
    {
        job->setKey(m_key);
        job->setInsecureFallback(false); // never the plain-text file QtKeychain would fall back to
        job->setAutoDelete(true);

        // Whichever comes first, the job's answer or the timer, tells `done`; the other is ignored.
        auto told = std::make_shared<bool>(false);
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        const int seconds = qMax(1, (m_timeoutMs + 999) / 1000);
        QObject::connect(timer, &QTimer::timeout, context, [told, timer, done, seconds] {
            timer->deleteLater();
            if (!std::exchange(*told, true)) {
                done({{}, Text::tr("no keychain service answered within %1 s").arg(seconds), true});
            }
        });
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [told, timer, context, done, resultOfJob](QKeychain::Job *finished) {
                             if (std::exchange(*told, true)) {
                                 return; // the timer spoke first (and is gone)
                             }
                             timer->deleteLater();
                             const Result result = resultOfJob(finished);
                             // From the event loop, as the interface promises, even for a job
                             // that finished inside start().
                             QTimer::singleShot(0, context, [done, result] { done(result); });
                         });
        timer->start(m_timeoutMs);
        job->start();
    }

    QString m_service;
    QString m_key;
    int m_timeoutMs;
};

} // namespace

TokenStore *KeychainPlugin::create(const QString &service, const QString &key, int timeoutMs, QObject *parent)
{
    return new KeychainStore(service, key, timeoutMs, parent);
}

} // namespace gavel
