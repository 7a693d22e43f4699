#include "engine/io/file_io.h"
#include "tests/io/temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <sys/resource.h>
#include <sys/stat.h>

namespace nw::io {
namespace {

namespace fs = std::filesystem;

std::string contentOf(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writePlain(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

// Every entry of the directory: a failed save must leave no temporary behind.
std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

TEST(FileIo, ReadsWhatItWrote) {
    test::TempDir dir;
    const std::string bytes("binary\0and text\n", 16);
    ASSERT_TRUE(writeFileAtomically(dir / "a.nwproj", bytes).ok());
    EXPECT_EQ(readFile(dir / "a.nwproj").value(), bytes);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"a.nwproj"});
}

TEST(FileIo, ReplacesAnExistingFileAndKeepsItsPermissions) {
    test::TempDir dir;
    writePlain(dir / "a.nwproj", "old");
    ::chmod((dir / "a.nwproj").c_str(), 0640);
    ASSERT_TRUE(writeFileAtomically(dir / "a.nwproj", "new").ok());
    EXPECT_EQ(contentOf(dir / "a.nwproj"), "new");
    struct stat st {};
    ASSERT_EQ(::stat((dir / "a.nwproj").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0640u);
}

TEST(FileIo, ANewFileGetsTheUsualPermissions) {
    test::TempDir dir;
    const mode_t mask = ::umask(022);
    ASSERT_TRUE(writeFileAtomically(dir / "a.nwproj", "x").ok());
    ::umask(mask);
    struct stat st {};
    ASSERT_EQ(::stat((dir / "a.nwproj").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0644u);
}

TEST(FileIo, FollowsASymbolicLink) {
    test::TempDir dir;
    writePlain(dir / "real.nwproj", "old");
    fs::create_symlink(dir / "real.nwproj", dir / "link.nwproj");
    ASSERT_TRUE(writeFileAtomically(dir / "link.nwproj", "new").ok());
    EXPECT_TRUE(fs::is_symlink(dir / "link.nwproj"));
    EXPECT_EQ(contentOf(dir / "real.nwproj"), "new");
}

TEST(FileIo, AMissingDirectoryIsAFileWriteError) {
    test::TempDir dir;
    const Status s = writeFileAtomically(dir / "no" / "such" / "a.nwproj", "x");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::FileWrite);
    EXPECT_NE(s.error().message.find("No such file or directory"), std::string::npos) << s.error().message;
}

TEST(FileIo, AFailedRenameRemovesTheTemporary) {
    test::TempDir dir;
    fs::create_directories(dir / "a.nwproj" / "occupied"); // rename() cannot replace a non-empty directory
    const Status s = writeFileAtomically(dir / "a.nwproj", "x");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::FileWrite);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"a.nwproj"});
}

// A file-size limit makes write() fail part-way, like a full disk: the old file must survive whole.
TEST(FileIo, AWriteThatFailsHalfWayLeavesTheOldFileIntact) {
    test::TempDir dir;
    const std::string old(100, 'o');
    writePlain(dir / "a.nwproj", old);
    struct rlimit saved {};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    const Status s = writeFileAtomically(dir / "a.nwproj", std::string(1 << 20, 'n'));
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, DiagCode::FileWrite);
    EXPECT_EQ(contentOf(dir / "a.nwproj"), old);
    EXPECT_EQ(entries(dir.path()), std::vector<std::string>{"a.nwproj"});
}

TEST(FileIo, ReadingSaysWhyNot) {
    test::TempDir dir;
    const Result<std::string> missing = readFile(dir / "missing.nwproj");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, DiagCode::FileNotFound);
    EXPECT_EQ(missing.error().location, (dir / "missing.nwproj").string());
    const Result<std::string> directory = readFile(dir.path());
    ASSERT_FALSE(directory.ok());
    EXPECT_EQ(directory.error().code, DiagCode::FileRead);
}

} // namespace
} // namespace nw::io
