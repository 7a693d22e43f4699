#include "consumers.h"

#include "engine/io/child_process.h"

#include <map>

namespace nw::test {
namespace {

const std::filesystem::path kPython = "/usr/bin/python3";

} // namespace

std::string missingOpenCvDnn() {
#if NW_HAVE_OPENCV_DNN
    return {};
#else
    return "this build has no OpenCV DNN module (libopencv-dnn-dev was not found)";
#endif
}

std::string missingPython() { return missingProgram(kPython, "python3"); }

std::string missingPythonModule(const std::string& module) {
    static std::map<std::string, std::string> answers;
    if (const auto known = answers.find(module); known != answers.end()) return known->second;
    std::string missing = missingPython();
    if (missing.empty()) {
        // No time limit of its own that a slow machine could miss: the test's CTest TIMEOUT bounds it.
        const ChildProcessResult r =
            runChildProcess(kPython, {"-c", "import " + module}, {}, std::chrono::hours(1));
        if (r.started && r.exitCode != 0 &&
            r.output.find("No module named '" + module + "'") != std::string::npos)
            missing =
                kPython.string() + " cannot import " + module + " (python3-" + module + " is not installed)";
    }
    answers.emplace(module, missing);
    return missing;
}

std::string missingProgram(const std::filesystem::path& program, const std::string& package) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(program, ec)) return {};
    return "there is no " + program.string() + " (" + package + " is not installed)";
}

} // namespace nw::test
