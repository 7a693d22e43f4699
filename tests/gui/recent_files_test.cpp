#include "gui/app/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using nw::gui::RecentFiles;

class RecentFilesTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    QString makeFile(const QString& name) {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) qFatal("cannot create %s", qPrintable(path));
        return path;
    }

    QStringList stored() const { return m_settings->value(QStringLiteral("recentFiles")).toStringList(); }

    QStringList fileActions(QMenu& menu) {
        QStringList paths;
        for (QAction* action : menu.actions())
            if (action->data().isValid()) paths << action->data().toString();
        return paths;
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
    }
    void cleanup() {
        m_settings.reset();
        m_dir.reset();
    }

    void mostRecentFirstWithoutDuplicates() {
        RecentFiles recent(m_settings.get());
        const QString a = makeFile(QStringLiteral("a.nwproj"));
        const QString b = makeFile(QStringLiteral("b.nwproj"));
        const QString c = makeFile(QStringLiteral("c.nwproj"));
        recent.add(a);
        recent.add(b);
        recent.add(c);
        QCOMPARE(recent.files(), (QStringList{c, b, a}));
        recent.add(a);
        QCOMPARE(stored(), (QStringList{a, c, b})); // moved to the front, not listed twice
        QCOMPARE(recent.files(), (QStringList{a, c, b}));
        // A relative or unclean spelling of the same file is the same entry.
        recent.add(m_dir->path() + QStringLiteral("/./b.nwproj"));
        QCOMPARE(recent.files(), (QStringList{b, a, c}));

        // Persisted: a new object over the same settings file sees the same list.
        m_settings->sync();
        QSettings reread(m_settings->fileName(), QSettings::IniFormat);
        QCOMPARE(RecentFiles(&reread).files(), (QStringList{b, a, c}));
    }

    void keepsAtMostEight() {
        RecentFiles recent(m_settings.get());
        QStringList added;
        for (int i = 0; i < 11; ++i) {
            added.prepend(makeFile(QStringLiteral("f%1.nwproj").arg(i)));
            recent.add(added.first());
        }
        QCOMPARE(stored().size(), RecentFiles::kMaxFiles); // the settings do not grow either
        QCOMPARE(recent.files().size(), RecentFiles::kMaxFiles);
        QCOMPARE(recent.files(), added.mid(0, RecentFiles::kMaxFiles));
    }

    void missingFilesArePruned() {
        RecentFiles recent(m_settings.get());
        const QString a = makeFile(QStringLiteral("a.nwproj"));
        const QString b = makeFile(QStringLiteral("b.nwproj"));
        recent.add(a);
        recent.add(b);
        QVERIFY(QFile::remove(a));
        QCOMPARE(recent.files(), QStringList{b});
        QCOMPARE(m_settings->value(QStringLiteral("recentFiles")).toStringList(), QStringList{b});
    }

    void theMenuListsTheFilesAndReportsTheChoice() {
        RecentFiles recent(m_settings.get());
        QMenu menu;
        recent.fillMenu(&menu);
        QCOMPARE(menu.actions().size(), 1);
        QVERIFY(!menu.actions().first()->isEnabled()); // "No recent files"

        const QString a = makeFile(QStringLiteral("a.nwproj"));
        const QString b = makeFile(QStringLiteral("b & c.nwproj"));
        recent.add(a);
        recent.add(b);
        recent.fillMenu(&menu);
        QCOMPARE(fileActions(menu), (QStringList{b, a}));
        QCOMPARE(menu.actions().first()->text(), QStringLiteral("&1 b && c.nwproj"));

        QSignalSpy spy(&recent, &RecentFiles::fileChosen);
        menu.actions().at(1)->trigger();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), a);

        menu.findChild<QAction*>(QStringLiteral("recent.clear"))->trigger();
        QVERIFY(recent.files().isEmpty());
    }

    void anAttachedMenuRefreshesWhenShown() {
        RecentFiles recent(m_settings.get());
        QMenu menu;
        recent.attachTo(&menu);
        const QString a = makeFile(QStringLiteral("a.nwproj"));
        recent.add(a);
        emit menu.aboutToShow();
        QCOMPARE(fileActions(menu), QStringList{a});
    }
};

QTEST_MAIN(RecentFilesTest)
#include "recent_files_test.moc"
