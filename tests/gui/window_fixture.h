#pragma once

#include "gui/app/main_window.h"

#include "scripted_prompts.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace nw::gui::test {

// The designer's main window for a test: settings of its own in a temporary folder (fresh for each
// test through resetSettings), dialogs answered by ScriptedPrompts, shown at 1280×800.
class WindowFixture {
protected:
    void resetSettings() {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    }

    std::unique_ptr<MainWindow> makeWindow() {
        auto window = std::make_unique<MainWindow>(nullptr, m_settings.get());
        auto prompts = std::make_unique<ScriptedPrompts>();
        m_prompts = prompts.get();
        window->setPrompts(std::move(prompts));
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) qFatal("the window was not shown");
        return window;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    ScriptedPrompts* m_prompts = nullptr; // the last window's
};

} // namespace nw::gui::test
