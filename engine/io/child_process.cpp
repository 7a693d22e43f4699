#include "engine/io/child_process.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace nw {
namespace {

constexpr size_t kKeptOutput = 64 * 1024;
// How often a cancellable wait looks at its flag: soon enough for a person who pressed Cancel.
constexpr int64_t kCancelPollMs = 50;

// Keeps the end of what the program printed: a failure's message comes last.
void append(std::string& output, const char* data, size_t size) {
    output.append(data, size);
    if (output.size() > 2 * kKeptOutput) output.erase(0, output.size() - kKeptOutput);
}

int statusToCode(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

} // namespace

ChildProcessResult runChildProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                                   const std::filesystem::path& workingDir, std::chrono::milliseconds timeout,
                                   const std::atomic<bool>* cancel) {
    ChildProcessResult result;
    // Everything the child needs is prepared before fork: between fork and exec only async-signal-safe
    // calls are allowed (the engine runs OpenMP threads).
    const std::string path = program.string();
    const std::string dir = workingDir.string();
    std::vector<std::string> argStorage{path};
    argStorage.insert(argStorage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argStorage) argv.push_back(a.data());
    argv.push_back(nullptr);

    int out[2];
    int failure[2]; // the child writes errno here when chdir or exec fails; close-on-exec otherwise
    if (pipe2(out, O_CLOEXEC) != 0) {
        result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
        return result;
    }
    if (pipe2(failure, O_CLOEXEC) != 0) {
        result.error = std::string("cannot create a pipe: ") + std::strerror(errno);
        close(out[0]);
        close(out[1]);
        return result;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        result.error = std::string("cannot start a process: ") + std::strerror(errno);
        for (int fd : {out[0], out[1], failure[0], failure[1]}) close(fd);
        return result;
    }
    if (pid == 0) {
        const int devNull = open("/dev/null", O_RDONLY);
        if (devNull >= 0) dup2(devNull, STDIN_FILENO);
        dup2(out[1], STDOUT_FILENO);
        dup2(out[1], STDERR_FILENO);
        int code = 0;
        if (!dir.empty() && chdir(dir.c_str()) != 0) {
            code = errno;
        } else {
            execv(path.c_str(), argv.data());
            code = errno;
        }
        [[maybe_unused]] const ssize_t written = write(failure[1], &code, sizeof code);
        _exit(127);
    }
    close(out[1]);
    close(failure[1]);

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[4096];
    const int64_t pollMs = cancel ? kCancelPollMs : 1000;
    for (;;) {
        if (cancel && cancel->load()) {
            kill(pid, SIGKILL);
            result.cancelled = true;
            break;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            kill(pid, SIGKILL);
            result.timedOut = true;
            break;
        }
        pollfd p{out[0], POLLIN, 0};
        const int ready = poll(&p, 1, static_cast<int>(std::min<int64_t>(left.count(), pollMs)));
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break; // end of output: the program closed it, normally by exiting
        append(result.output, buffer, static_cast<size_t>(n));
    }
    close(out[0]);

    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    int childErrno = 0;
    const bool execFailed = read(failure[0], &childErrno, sizeof childErrno) == sizeof childErrno;
    close(failure[0]);
    if (execFailed) {
        result.error =
            "cannot run " + path + (dir.empty() ? "" : " in " + dir) + ": " + std::strerror(childErrno);
        return result;
    }
    result.started = true;
    result.exitCode = statusToCode(status);
    if (result.output.size() > kKeptOutput) result.output.erase(0, result.output.size() - kKeptOutput);
    return result;
}

} // namespace nw
