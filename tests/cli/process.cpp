#include "process.h"

#include "tests/io/temp_dir.h"

#include <fcntl.h>
#include <fstream>
#include <spawn.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace nw::test {
namespace {

std::string contentOf(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

ProcessResult runProcess(const std::filesystem::path& program, const std::vector<std::string>& args,
                         const std::function<bool(int, const std::string&)>& whileRunning) {
    // Output goes to files rather than pipes: nothing to drain while waiting, so no deadlock.
    TempDir dir;
    const std::string outPath = (dir / "stdout").string();
    const std::string errPath = (dir / "stderr").string();

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);

    std::vector<std::string> argv0{program.string()};
    argv0.insert(argv0.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv0) argv.push_back(a.data());
    argv.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) throw std::runtime_error("cannot start " + program.string());

    int status = 0;
    bool watching = static_cast<bool>(whileRunning);
    while (true) {
        const pid_t done = ::waitpid(pid, &status, watching ? WNOHANG : 0);
        if (done == pid) break;
        if (done < 0) throw std::runtime_error("waitpid failed");
        watching = whileRunning(pid, contentOf(outPath));
        if (watching) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ProcessResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = contentOf(outPath);
    result.err = contentOf(errPath);
    return result;
}

} // namespace nw::test
