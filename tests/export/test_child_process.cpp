// runChildProcess, which the PyTorch export uses to run check.py: output, exit codes, working folder,
// programs that cannot start.

#include "../io/temp_dir.h"

#include "engine/io/child_process.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

namespace nw {
namespace {

using namespace std::chrono_literals;

TEST(ChildProcess, CollectsBothStreamsAndTheExitCode) {
    const ChildProcessResult r =
        runChildProcess("/bin/sh", {"-c", "echo out; echo err >&2; exit 3"}, {}, 60s);
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_FALSE(r.timedOut);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.output, "out\nerr\n");
}

TEST(ChildProcess, RunsInTheWorkingFolderWithoutAShell) {
    const test::TempDir dir;
    // The argument reaches the program as it is: no shell expands it.
    const ChildProcessResult r =
        runChildProcess("/bin/sh", {"-c", "pwd; echo \"$0\"", "$HOME *"}, dir.path(), 60s);
    ASSERT_TRUE(r.started) << r.error;
    EXPECT_EQ(r.output, std::filesystem::canonical(dir.path()).string() + "\n$HOME *\n");
}

TEST(ChildProcess, SaysWhyAProgramDidNotStart) {
    const test::TempDir dir;
    const ChildProcessResult missing = runChildProcess(dir / "none", {}, {}, 60s);
    EXPECT_FALSE(missing.started);
    EXPECT_NE(missing.error.find("No such file"), std::string::npos) << missing.error;
    const ChildProcessResult noFolder = runChildProcess("/bin/true", {}, dir / "none", 60s);
    EXPECT_FALSE(noFolder.started);
    EXPECT_NE(noFolder.error.find("in " + (dir / "none").string()), std::string::npos) << noFolder.error;
}

TEST(ChildProcess, KillsAProgramPastItsTimeLimit) {
    const ChildProcessResult r = runChildProcess("/bin/sleep", {"30"}, {}, 0s);
    EXPECT_TRUE(r.started);
    EXPECT_TRUE(r.timedOut);
    EXPECT_EQ(r.exitCode, 128 + 9);
}

TEST(ChildProcess, StopsAProgramWhenCancelled) {
    std::atomic<bool> cancel{false};
    // Whenever the other thread gets to it, the program (which would run for an hour) is stopped.
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(100ms);
        cancel = true;
    });
    const ChildProcessResult r = runChildProcess("/bin/sleep", {"3600"}, {}, 2h, &cancel);
    canceller.join();
    EXPECT_TRUE(r.started);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.timedOut);
    EXPECT_EQ(r.exitCode, 128 + 9);
}

} // namespace
} // namespace nw
