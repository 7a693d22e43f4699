// View → Language: the designer's language, kept in the settings and applied at the next start
// (every menu, panel and dialog takes its texts when it is built).

#include "gui/app/language.h"
#include "gui/app/main_window.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace nw::gui {

QMenu* MainWindow::createLanguageMenu() {
    auto* menu = new QMenu(tr("&Language"), this);
    menu->setObjectName(QStringLiteral("menu.language"));
    auto* group = new QActionGroup(menu);
    const QString chosen = m_settings->value(QLatin1String(kLanguageKey)).toString();
    const auto add = [&](const QString& code, const QString& name) {
        QAction* action = menu->addAction(name);
        action->setObjectName(QStringLiteral("view.language.") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            m_settings->setValue(QLatin1String(kLanguageKey), code);
            statusBar()->showMessage(tr("The designer speaks %1 from its next start.").arg(name));
        });
    };
    add(QString(), tr("System Language"));
    menu->addSeparator();
    for (const InterfaceLanguage& language : interfaceLanguages()) add(language.code, language.name);
    if (!group->checkedAction()) group->actions().first()->setChecked(true);
    return menu;
}

} // namespace nw::gui
