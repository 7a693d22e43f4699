#pragma once

// Runs another program to completion with a time limit, without a shell, collecting what it prints.
// The exports use it to have the program that will load a file (PyTorch) check it.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace nw {

struct ChildProcessResult {
    bool started = false;   // false: the program could not be started (see error)
    bool timedOut = false;  // the time limit passed and the program was killed
    bool cancelled = false; // `cancel` was set and the program was killed
    int exitCode = -1;      // the exit status, or 128 + the signal that ended it
    std::string output;     // stdout and stderr interleaved as written (the last 64 KiB)
    std::string error;      // why it could not be started or waited for
};

// Runs `program` (a path, not searched on PATH) with `args` in `workingDir`, stdin from /dev/null,
// stdout and stderr into one pipe. After `timeout`, or soon after another thread sets `cancel`, the
// program is killed with SIGKILL.
ChildProcessResult runChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                                   const std::filesystem::path& workingDir, std::chrono::milliseconds timeout,
                                   const std::atomic<bool>* cancel = nullptr);

} // namespace nw
