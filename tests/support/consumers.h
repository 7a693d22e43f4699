#pragma once

// The programs besides the engine that run exports, which a machine may lack: OpenCV's DNN module
// (linked when the build found it) and Debian's /usr/bin/python3 with python3-torch and
// python3-onnx. A test that needs one skips where it is missing, saying why:
//     if (const std::string missing = test::missingPythonModule("torch"); !missing.empty())
//         GTEST_SKIP() << missing;

#include <filesystem>
#include <string>

namespace nw::test {

// Empty when this build runs ONNX models with OpenCV's DNN module, otherwise why not.
std::string missingOpenCvDnn();

// Empty when /usr/bin/python3 exists, otherwise why not.
std::string missingPython();

// Empty when /usr/bin/python3 can import `module`, otherwise why not. Only a module that is not
// installed counts as missing: a Python that fails in another way (a broken module, a crash) lets the
// test run and show that failure. Asked once per module and process.
std::string missingPythonModule(const std::string& module);

// Empty when `program` exists, otherwise why not, naming the Debian `package` that installs it.
std::string missingProgram(const std::filesystem::path& program, const std::string& package);

} // namespace nw::test
