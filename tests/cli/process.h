#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace nw::test {

struct ProcessResult {
    int exitCode = -1; // the status, or 128 + the signal that ended the process
    std::string out;
    std::string err;
};

// Runs `program` with `args`, stdin from /dev/null, and waits for it. `whileRunning`, when given, is
// called every few milliseconds with the process id and the output so far; it returns false once
// it has done its part.
ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                         const std::function<bool(int pid, const std::string& out)>& whileRunning = {});

} // namespace nw::test
