#pragma once

#include <QObject>
#include <QStringList>

class QMenu;
class QSettings;

namespace nw::gui {

// The recently opened or saved projects, most recent first, at most kMaxFiles, kept in QSettings
// under "recentFiles". Files that no longer exist are dropped whenever the list is read.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 8;

    // `settings` must outlive this object; tests pass one backed by a temporary file.
    explicit RecentFiles(QSettings* settings, QObject* parent = nullptr);

    // Puts `path` first (its absolute form), removing an older entry and the oldest beyond the cap.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
    // The existing files, most recent first; missing ones are pruned from the settings too.
    QStringList files();

    // Fills `menu` with one action per file ("&1 spirals.nwproj", the full path as tooltip and
    // status tip) and a "Clear Recent Files" action; a disabled "No recent files" entry when empty.
    void fillMenu(QMenu* menu);
    // Refills `menu` every time it is about to show, so it is never stale.
    void attachTo(QMenu* menu);

signals:
    void fileChosen(const QString& path);

private:
    QStringList stored() const;
    void store(const QStringList& files);

    QSettings* m_settings = nullptr;
};

} // namespace nw::gui
