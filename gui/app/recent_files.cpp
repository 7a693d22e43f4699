#include "gui/app/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace nw::gui {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString normalized(const QString& path) { return QDir::cleanPath(QFileInfo(path).absoluteFilePath()); }
} // namespace

RecentFiles::RecentFiles(QSettings* settings, QObject* parent) : QObject(parent), m_settings(settings) {}

QStringList RecentFiles::stored() const { return m_settings->value(kKey).toStringList(); }

void RecentFiles::store(const QStringList& files) {
    m_settings->setValue(kKey, files);
    m_settings->sync();
}

void RecentFiles::add(const QString& path) {
    const QString file = normalized(path);
    QStringList files = stored();
    files.removeAll(file);
    files.prepend(file);
    while (files.size() > kMaxFiles) files.removeLast();
    store(files);
}

void RecentFiles::remove(const QString& path) {
    QStringList files = stored();
    if (files.removeAll(normalized(path)) > 0) store(files);
}

void RecentFiles::clear() { store({}); }

QStringList RecentFiles::files() {
    const QStringList all = stored();
    QStringList existing;
    for (const QString& file : all)
        if (QFileInfo(file).isFile() && !existing.contains(file)) existing << file;
    while (existing.size() > kMaxFiles) existing.removeLast();
    if (existing != all) store(existing);
    return existing;
}

void RecentFiles::fillMenu(QMenu* menu) {
    menu->clear();
    const QStringList list = files();
    if (list.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    for (int i = 0; i < list.size(); ++i) {
        const QString file = list[i];
        // The first nine get a mnemonic digit; "&&" keeps an ampersand in a file name literal.
        QString name = QFileInfo(file).fileName().replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction* action = menu->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        action->setData(file);
        connect(action, &QAction::triggered, this, [this, file] { emit fileChosen(file); });
    }
    menu->addSeparator();
    QAction* clearAction = menu->addAction(tr("Clear Recent Files"));
    clearAction->setObjectName(QStringLiteral("recent.clear"));
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
}

void RecentFiles::attachTo(QMenu* menu) {
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
}

} // namespace nw::gui
