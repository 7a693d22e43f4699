// Every way a project file can be wrong gives a Diagnostic with a code and the place, never a crash.

#include "engine/io/project.h"
#include "tests/io/project_samples.h"

#include <gtest/gtest.h>

namespace nw {
namespace {

struct Expected {
    DiagCode code;
    std::string location;
    std::string messagePart;
};

void expectError(const Result<Project>& r, const Expected& e) {
    ASSERT_FALSE(r.ok()) << "expected " << toString(e.code) << " at " << e.location;
    EXPECT_EQ(r.error().code, e.code) << r.error().describe();
    EXPECT_EQ(r.error().location, e.location) << r.error().describe();
    EXPECT_NE(r.error().message.find(e.messagePart), std::string::npos) << r.error().message;
}

std::filesystem::path dataFile(const char* name) { return std::filesystem::path(NW_TEST_DATA_DIR) / name; }

// A small valid file with one edit applied: `from` replaced by `to`.
std::string edited(const std::string& from, const std::string& to) {
    std::string text = serializeProject(test::makeMlpProject());
    const size_t at = text.find(from);
    if (at == std::string::npos) throw std::logic_error("not in the file: " + from);
    return text.replace(at, from.size(), to);
}

TEST(ProjectErrors, CorruptFilesInTestData) {
    expectError(loadProject(dataFile("truncated.nwproj")),
                {DiagCode::JsonSyntax, "line 28, column 19", "not valid JSON"});
    expectError(
        loadProject(dataFile("wrong_type.nwproj")),
        {DiagCode::JsonType, "/graph/nodes/1/attributes/units", "Expected a whole number, got a string"});
    expectError(loadProject(dataFile("unknown_kind.nwproj")),
                {DiagCode::UnknownLayerKind, "/graph/nodes/2/kind", "Unknown layer kind 'Convolution3D'"});
    expectError(
        loadProject(dataFile("unknown_attribute.nwproj")),
        {DiagCode::UnknownAttribute, "/graph/nodes/1/attributes/unitz", "Dense has no attribute 'unitz'"});
    expectError(loadProject(dataFile("newer_version.nwproj")),
                {DiagCode::UnsupportedVersion, "/version", "reads versions up to 1"});
    expectError(loadProject(dataFile("bad_edge.nwproj")), {DiagCode::Cycle, "/graph/edges/3", "cycle"});
    expectError(loadProject(dataFile("bad_weights.nwproj")),
                {DiagCode::DataMismatch, "/weights/0/params/0/data",
                 "The shape 2×9 needs 18 values, but the data holds 16"});
}

TEST(ProjectErrors, TheNodeOfAGraphErrorIsKept) {
    const Result<Project> r = loadProject(dataFile("unknown_kind.nwproj"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().node, NodeId{3});
}

TEST(ProjectErrors, NotAProject) {
    expectError(parseProject("[]"), {DiagCode::JsonType, "/", "Expected an object, got an array"});
    expectError(parseProject(R"({"version": 1})"), {DiagCode::JsonMissing, "/format", "'format' is missing"});
    expectError(parseProject(R"({"format": "other", "version": 1})"),
                {DiagCode::JsonValue, "/format", "not a Neuroweave project"});
    expectError(parseProject(R"({"format": "neuroweave-project", "version": 0})"),
                {DiagCode::JsonValue, "/version", "between 1 and"});
    // A newer version is reported before anything the newer format may have changed.
    expectError(parseProject(R"({"format": "neuroweave-project", "version": 7, "graph": 3})"),
                {DiagCode::UnsupportedVersion, "/version", "version 7"});
}

TEST(ProjectErrors, GraphProblemsNameTheirPlace) {
    expectError(parseProject(edited("\"id\": 2,", "\"id\": 1,")),
                {DiagCode::UnknownNode, "/graph/nodes/1", "used twice"});
    expectError(parseProject(edited("\"name\": \"dense_1\"", "\"name\": \"input\"")),
                {DiagCode::InvalidAttribute, "/graph/nodes/1", "used by another node"});
    expectError(parseProject(edited("\"id\": 2,", "")), {DiagCode::JsonMissing, "/graph/nodes/1/id", "'id'"});
    expectError(parseProject(edited("\"units\": 4", "\"units\": 0")),
                {DiagCode::AttributeRange, "/graph/nodes/1/attributes/units", "between 1 and 65536, got 0"});
    expectError(parseProject(edited("\"glorot_uniform\"", "\"zeros\"")),
                {DiagCode::JsonValue, "/graph/nodes/1/attributes/initializer",
                 "no option 'zeros'; expected one of glorot_uniform"});
    expectError(parseProject(edited("\"shape\": [2]", "\"shape\": [2, 0]")),
                {DiagCode::AttributeRange, "/graph/nodes/0/attributes/shape", "between 1 and"});
    expectError(parseProject(edited("\"position\": [220.0, 0.0]", "\"position\": [220.0]")),
                {DiagCode::JsonValue, "/graph/nodes/1/position", "Expected 2 elements, got 1"});
    expectError(parseProject(edited("\"position\": [220.0, 0.0]", "\"position\": [220.0, null]")),
                {DiagCode::JsonType, "/graph/nodes/1/position/1", "Expected a number, got null"});
    expectError(parseProject(edited("\"name\": \"dense_1\",", "\"name\": \"dense_1\", \"colour\": 3,")),
                {DiagCode::JsonValue, "/graph/nodes/1/colour", "Unknown field 'colour'"});
}

TEST(ProjectErrors, EdgeProblemsComeFromTheGraph) {
    expectError(parseProject(edited("\"to\": [2, 0]", "\"to\": [2, 1]")),
                {DiagCode::PortOutOfRange, "/graph/edges/0", "input port 1 does not exist"});
    expectError(parseProject(edited("\"to\": [2, 0]", "\"to\": [9, 0]")),
                {DiagCode::UnknownNode, "/graph/edges/0", "no node 9"});
    expectError(
        parseProject(edited("{\"from\": [2, 0], \"to\": [3, 0]}", "{\"from\": [3, 0], \"to\": [2, 0]}")),
        {DiagCode::InputAlreadyConnected, "/graph/edges/1", "already fed"});
    expectError(parseProject(edited("\"from\": [1, 0]", "\"from\": [1, -1]")),
                {DiagCode::JsonValue, "/graph/edges/0/from/1", "between 0 and 2147483647, got -1"});
}

TEST(ProjectErrors, SettingsProblemsNameTheField) {
    expectError(parseProject(edited("\"kind\": \"adam\"", "\"kind\": \"adamw\"")),
                {DiagCode::JsonValue, "/training/optimizer/kind", "Unknown optimizer 'adamw'"});
    expectError(parseProject(edited("\"batchSize\": 8", "\"batchSize\": 0")),
                {DiagCode::JsonValue, "/training/batchSize", "between 1 and 1000000"});
    expectError(parseProject(edited("\"learningRate\": 0.01", "\"learningRate\": 0")),
                {DiagCode::JsonValue, "/training/optimizer/learningRate", "greater than 0"});
    expectError(parseProject(edited("\"seed\": 1,\n    \"threads\"", "\"seed\": -1,\n    \"threads\"")),
                {DiagCode::JsonValue, "/training/seed", "not be negative"});
    expectError(parseProject(edited("\"validationFraction\": 0.2", "\"validationFraction\": 1")),
                {DiagCode::JsonValue, "/dataset/validationFraction", "less than 1"});
    expectError(parseProject(edited("\"kind\": \"xor\"", "\"kind\": \"moons\"")),
                {DiagCode::JsonValue, "/dataset/synthetic/kind", "Unknown synthetic data set 'moons'"});
    expectError(parseProject(edited("\"loss\": \"softmax_cross_entropy\"", "\"loss\": true")),
                {DiagCode::JsonType, "/training/loss", "Expected a string, got true"});
}

TEST(ProjectErrors, DataSetProblemsNameTheField) {
    expectError(parseProject(edited("\"source\": \"synthetic\"", "\"source\": \"spreadsheet\"")),
                {DiagCode::JsonValue, "/dataset/source", "Unknown data set source 'spreadsheet'"});
    expectError(parseProject(edited("\"source\": \"synthetic\"", "\"source\": \"idx\"")),
                {DiagCode::JsonMissing, "/dataset", "needs its 'path'"});
    expectError(
        parseProject(edited("\"source\": \"synthetic\"", "\"source\": \"builtin\", \"builtin\": \"cifar\"")),
        {DiagCode::JsonValue, "/dataset/builtin", "Unknown built-in data set 'cifar'"});
    expectError(parseProject(edited("\"testFraction\": 0.0", "\"testFraction\": 0.8")),
                {DiagCode::JsonValue, "/dataset", "leave no training data"});
    const std::string csv = "\"source\": \"csv\", \"path\": \"a.csv\", \"csv\": ";
    expectError(parseProject(edited("\"source\": \"synthetic\"", csv + "{\"delimiter\": \"ab\"}")),
                {DiagCode::JsonValue, "/dataset/csv/delimiter", "one character"});
    expectError(parseProject(edited("\"source\": \"synthetic\"", csv + "{\"missing\": \"guess\"}")),
                {DiagCode::JsonValue, "/dataset/csv/missing", "Unknown missing-value policy 'guess'"});
    expectError(parseProject(edited("\"source\": \"synthetic\"", csv + "{\"task\": \"ranking\"}")),
                {DiagCode::JsonValue, "/dataset/csv/task", "\"regression\", got \"ranking\""});
    expectError(parseProject(edited("\"source\": \"synthetic\"",
                                    "\"source\": \"images\", \"path\": \"x\", \"images\": {\"width\": 0}")),
                {DiagCode::JsonValue, "/dataset/images/width", "between 1 and 4096"});
    expectError(parseProject(edited("\"scaling\": \"none\"", "\"scaling\": \"log\"")),
                {DiagCode::JsonValue, "/dataset/scaling", "Unknown scaling 'log'"});
    expectError(parseProject(edited("  \"history\"",
                                    "  \"fittedScaling\": {\"kind\": \"standardize\", \"groupSize\": 1, "
                                    "\"offset\": \"AACAPw==\", \"scale\": \"\"},\n  \"history\"")),
                {DiagCode::JsonValue, "/fittedScaling", "'offset' has 1 values but 'scale' has 0"});
}

TEST(ProjectErrors, WeightAndHistoryProblems) {
    const std::string base = serializeProject(test::makeMlpProject());
    const auto withSection = [&](const std::string& section) {
        std::string text = base;
        return text.insert(text.find("  \"history\""), section + ",\n");
    };
    expectError(parseProject(withSection(R"("weights": [{"node": 42, "params": []}])")),
                {DiagCode::UnknownNode, "/weights/0/node", "the graph does not have"});
    expectError(
        parseProject(withSection(R"("weights": [{"node": 2, "params": []}, {"node": 2, "params": []}])")),
        {DiagCode::JsonValue, "/weights/1", "listed twice"});
    expectError(parseProject(withSection(
                    R"("weights": [{"node": 2, "params": [{"name": "w", "shape": [1], "data": "AAC"}]}])")),
                {DiagCode::JsonValue, "/weights/0/params/0/data", "base64"});
    expectError(
        parseProject(withSection(
            R"("weights": [{"node": 2, "params": [{"name": "w", "shape": [2147483647, 2147483647, 2147483647], "data": "AACAPw=="}]}])")),
        {DiagCode::DataMismatch, "/weights/0/params/0/data", "needs more values than a file can hold"});
    expectError(parseProject(edited("\"batchLosses\": \"\"", "\"batchLosses\": \"AAAAAAA=\"")),
                {DiagCode::JsonValue, "/history/batchLosses", "base64"});
    expectError(parseProject(edited("\"epochs\": []", "\"epochs\": [{\"trainLoss\": 1}]")),
                {DiagCode::JsonMissing, "/history/epochs/0/epoch", "'epoch'"});
}

} // namespace
} // namespace nw
