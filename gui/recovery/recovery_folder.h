#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;

namespace nw::gui {

// The recovery copies of unsaved projects, one per running designer, in a folder of their own beside
// the user's settings (never beside or over the user's file). Each copy is three files named after
// the designer that wrote it:
//   <id>.nwproj   the project's text exactly as serializeProject wrote it (written atomically)
//   <id>.json     where the project came from and when the copy was made (written after the copy, so
//                 a copy without it is unfinished and never offered)
//   <id>.lock     a QLockFile the writing designer holds while it runs. Once that process is gone
//                 (a crash, a kill) the lock is stale, and the copy is the next designer's to offer.
class RecoveryFolder {
public:
    // One copy left behind by a designer that did not close properly.
    struct Copy {
        QString id;
        QByteArray projectText; // serializeProject's bytes
        QString originalPath;   // the project's file, empty while it had none
        QDateTime savedAt;      // when the copy was written, in UTC
    };

    explicit RecoveryFolder(const QString& path);
    ~RecoveryFolder();
    RecoveryFolder(const RecoveryFolder&) = delete;
    RecoveryFolder& operator=(const RecoveryFolder&) = delete;

    QString path() const { return m_path; }

    // Writes this designer's copy (replacing its previous one); false with a reason in `error` when
    // the folder or a file cannot be written, in which case the previous copy stays as it was.
    bool write(const QByteArray& projectText, const QString& originalPath, QString* error = nullptr);
    // Removes this designer's copy, if it wrote one.
    void removeOwn();
    bool hasOwnCopy() const { return m_ownLock != nullptr; }

    // The copies whose designers are no longer running, newest first. Their locks are taken, so no
    // other designer offers them meanwhile; unfinished and unreadable leftovers of dead designers are
    // removed on the way. Copies of designers still running are left alone.
    std::vector<Copy> claimOrphans();
    // Removes a claimed copy (the user restored or discarded it).
    void remove(const QString& id);
    // Lets go of the claimed copies not removed: the next start offers them again.
    void releaseClaims();

private:
    QString filePath(const QString& id, const char* suffix) const;
    void removeFiles(const QString& id);

    QString m_path;
    QString m_ownId; // unique to this process: the time it first wrote and its process id
    std::unique_ptr<QLockFile> m_ownLock;
    std::vector<std::pair<QString, std::unique_ptr<QLockFile>>> m_claims;
};

} // namespace nw::gui
