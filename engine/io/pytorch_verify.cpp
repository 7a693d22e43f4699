// The PyTorch export checks itself: its check.py runs the generated module on the samples the engine
// ran and prints the largest difference, which is read back here.

#include "engine/io/child_process.h"
#include "engine/io/pytorch_export.h"

#include <nlohmann/json.hpp>

#include <limits>
#include <system_error>

namespace nw {
namespace {

constexpr std::string_view kReportPrefix = "neuroweave-check ";

// The last non-empty line of a program's output: where Python puts the exception.
std::string lastLine(const std::string& output) {
    size_t end = output.find_last_not_of("\n\r ");
    if (end == std::string::npos) return "it printed nothing";
    const size_t begin = output.rfind('\n', end);
    return output.substr(begin == std::string::npos ? 0 : begin + 1,
                         end - (begin == std::string::npos ? 0 : begin + 1) + 1);
}

// Reads the report line check.py prints last; false when there is none or it is not as written.
bool readReport(const std::string& output, ExportVerification& v) {
    const size_t at = output.rfind(kReportPrefix);
    if (at == std::string::npos || (at > 0 && output[at - 1] != '\n')) return false;
    const size_t end = output.find('\n', at);
    const nlohmann::json report = nlohmann::json::parse(
        output.substr(at + kReportPrefix.size(),
                      end == std::string::npos ? std::string::npos : end - at - kReportPrefix.size()),
        nullptr, false);
    if (!report.is_object() || !report.contains("max_abs_difference") || !report.contains("samples") ||
        !report["samples"].is_number_integer() || !report.contains("torch") || !report["torch"].is_string())
        return false;
    const nlohmann::json& difference = report["max_abs_difference"];
    if (!difference.is_number() && !difference.is_null()) return false;
    v.maxAbsDifference =
        difference.is_null() ? std::numeric_limits<double>::infinity() : difference.get<double>();
    v.samples = report["samples"].get<int64_t>();
    if (report.contains("description") && report["description"].is_string())
        v.inputs = report["description"].get<std::string>();
    // "1.13.0a0+git..." is "PyTorch 1.13.0a0".
    const std::string version = report["torch"].get<std::string>();
    v.consumer = "PyTorch " + version.substr(0, version.find('+'));
    v.ran = true;
    return true;
}

} // namespace

ExportVerification verifyPytorchExport(const std::filesystem::path& directory, const ExportOptions& options) {
    ExportVerification v;
    v.consumer = "PyTorch";
    std::error_code ec;
    if (!std::filesystem::is_regular_file(options.python, ec)) {
        v.consumerMissing = true;
        v.note = "there is no " + options.python.string() + " to run check.py";
        return v;
    }
    // -B: importing model.py leaves no __pycache__ in the export.
    const ChildProcessResult run =
        runChildProcess(options.python, {"-B", "check.py"}, directory, options.checkTimeout, options.cancel);
    if (run.cancelled) {
        v.cancelled = true;
        v.note = "cancelled";
        return v;
    }
    if (!run.started) {
        v.note = run.error;
        return v;
    }
    if (run.timedOut) {
        v.note =
            "check.py did not finish within " + std::to_string(options.checkTimeout.count()) + " seconds";
        return v;
    }
    if (run.exitCode == 0 && readReport(run.output, v)) return v;
    if (run.output.find("No module named 'torch'") != std::string::npos) {
        v.consumerMissing = true;
        v.note = options.python.string() + " cannot import torch (python3-torch is not installed)";
        return v;
    }
    v.note = "check.py " +
             (run.exitCode == 0 ? std::string("printed no result")
                                : "exited with " + std::to_string(run.exitCode)) +
             ": " + lastLine(run.output);
    return v;
}

} // namespace nw
