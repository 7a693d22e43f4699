#include "gui/recovery/recovery_folder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace nw::gui {

namespace {

constexpr auto kProjectSuffix = "nwproj";
constexpr auto kInfoSuffix = "json";
constexpr auto kLockSuffix = "lock";
constexpr auto kInfoFormat = "neuroweave-recovery";

// A lock held as long as the designer runs: never stale by age, only once its process is gone.
std::unique_ptr<QLockFile> tryTakeLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) return nullptr;
    return lock;
}

// Writes `bytes` to `path` through a temporary file renamed into place: a crash while writing leaves
// the previous file whole.
bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit()) return true;
    if (error) *error = file.errorString();
    return false;
}

} // namespace

RecoveryFolder::RecoveryFolder(const QString& path) : m_path(path) {}

RecoveryFolder::~RecoveryFolder() { releaseClaims(); }

QString RecoveryFolder::filePath(const QString& id, const char* suffix) const {
    return QDir(m_path).filePath(id + QLatin1Char('.') + QLatin1String(suffix));
}

bool RecoveryFolder::write(const QByteArray& projectText, const QString& originalPath, QString* error) {
    if (!QDir().mkpath(m_path)) {
        if (error)
            *error =
                QCoreApplication::translate("RecoveryFolder", "Cannot create the folder %1.").arg(m_path);
        return false;
    }
    if (!m_ownLock) {
        const QString id = QStringLiteral("%1-%2")
                               .arg(QDateTime::currentMSecsSinceEpoch())
                               .arg(QCoreApplication::applicationPid());
        m_ownLock = tryTakeLock(filePath(id, kLockSuffix));
        if (!m_ownLock) {
            if (error)
                *error = QCoreApplication::translate("RecoveryFolder", "Cannot lock %1.")
                             .arg(filePath(id, kLockSuffix));
            return false;
        }
        m_ownId = id;
    }
    const QJsonObject info{
        {QStringLiteral("format"), QLatin1String(kInfoFormat)},
        {QStringLiteral("version"), 1},
        {QStringLiteral("originalPath"), originalPath},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
    };
    // The copy first, then what it belongs to: an entry without its info is never offered.
    return writeAtomically(filePath(m_ownId, kProjectSuffix), projectText, error) &&
           writeAtomically(filePath(m_ownId, kInfoSuffix), QJsonDocument(info).toJson(), error);
}

void RecoveryFolder::removeFiles(const QString& id) {
    QFile::remove(filePath(id, kInfoSuffix));
    QFile::remove(filePath(id, kProjectSuffix));
}

void RecoveryFolder::removeOwn() {
    if (!m_ownLock) return;
    removeFiles(m_ownId);
    m_ownLock->unlock(); // removes the lock file
    m_ownLock.reset();
    m_ownId.clear();
}

std::vector<RecoveryFolder::Copy> RecoveryFolder::claimOrphans() {
    std::vector<Copy> copies;
    QSet<QString> ids;
    const QDir folder(m_path);
    for (const QString& name : folder.entryList(QDir::Files)) {
        const QString suffix = QFileInfo(name).suffix();
        if (suffix == QLatin1String(kProjectSuffix) || suffix == QLatin1String(kInfoSuffix) ||
            suffix == QLatin1String(kLockSuffix))
            ids.insert(QFileInfo(name).completeBaseName());
    }
    for (const QString& id : ids) {
        if (id == m_ownId) continue;
        if (std::any_of(m_claims.begin(), m_claims.end(),
                        [&](const auto& claim) { return claim.first == id; }))
            continue;
        std::unique_ptr<QLockFile> lock = tryTakeLock(filePath(id, kLockSuffix));
        if (!lock) continue; // its designer is still running

        QFile infoFile(filePath(id, kInfoSuffix));
        QFile projectFile(filePath(id, kProjectSuffix));
        const QJsonObject info = infoFile.open(QIODevice::ReadOnly)
                                     ? QJsonDocument::fromJson(infoFile.readAll()).object()
                                     : QJsonObject();
        Copy copy{id,
                  {},
                  info.value(QStringLiteral("originalPath")).toString(),
                  QDateTime::fromString(info.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)};
        const bool complete = info.value(QStringLiteral("format")).toString() == QLatin1String(kInfoFormat) &&
                              copy.savedAt.isValid() && projectFile.open(QIODevice::ReadOnly);
        if (complete) copy.projectText = projectFile.readAll();
        if (!complete || copy.projectText.isEmpty()) {
            // Cut short before its info was written, or damaged: nothing that could be offered.
            removeFiles(id);
            lock->unlock();
            continue;
        }
        copies.push_back(std::move(copy));
        m_claims.emplace_back(id, std::move(lock));
    }
    std::sort(copies.begin(), copies.end(),
              [](const Copy& a, const Copy& b) { return a.savedAt > b.savedAt; });
    return copies;
}

void RecoveryFolder::remove(const QString& id) {
    const auto claim =
        std::find_if(m_claims.begin(), m_claims.end(), [&](const auto& entry) { return entry.first == id; });
    if (claim == m_claims.end()) return;
    removeFiles(id);
    claim->second->unlock();
    m_claims.erase(claim);
}

void RecoveryFolder::releaseClaims() {
    for (auto& claim : m_claims) claim.second->unlock();
    m_claims.clear();
}

} // namespace nw::gui
