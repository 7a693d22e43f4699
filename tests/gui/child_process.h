#pragma once

#include "engine/io/child_process.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <chrono>

namespace nw::gui::test {

// Runs `program` with `args` to its end through the engine's runChildProcess (fork and exec), not
// QProcess: ThreadSanitizer (make test-tsan, LLVM 14) aborts in its handling of the clone() with
// which QProcess starts a child once the test has other threads.
inline nw::ChildProcessResult runChild(const QString& program, const QStringList& args) {
    std::vector<std::string> arguments;
    for (const QString& arg : args) arguments.push_back(QFile::encodeName(arg).toStdString());
    return nw::runChildProcess(QFile::encodeName(program).toStdString(), arguments,
                               QFile::encodeName(QDir::currentPath()).toStdString(),
                               std::chrono::minutes(10));
}

} // namespace nw::gui::test
