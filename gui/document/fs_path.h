#pragma once

#include <QFile>
#include <QString>

#include <filesystem>

namespace nw::gui {

// A path for the engine: in the file system's encoding, not as Latin-1 or UTF-16. Not read by moc.
inline std::filesystem::path toFsPath(const QString& path) {
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

} // namespace nw::gui
