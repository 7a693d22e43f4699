// (f) Exports: every random valid graph (MLPs, and image DAGs with residual and branch merges, pooling
//     with uneven "same" padding, normalisation and disabled nodes) exports to an ONNX model that
//     ONNX's checker accepts and that OpenCV's DNN module runs with the engine's outputs; and the
//     model imports back into a network that computes the same.

#include "graph_generators.h"

#include "engine/io/export_model.h"
#include "engine/io/onnx_export.h"
#include "engine/io/onnx_import.h"
#include "tests/support/consumers.h"

#include <gtest/gtest.h>
#include <onnx/checker.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

using namespace nw;

namespace {

void checkExport(Graph graph) {
    Project project;
    project.graph = std::move(graph);
    project.training.seed = *rc::gen::inRange<uint64_t>(1, 1000).as("seed");
    const Result<std::string> bytes = buildOnnxModel(project);
    RC_ASSERT(bytes.ok());
    onnx::ModelProto model;
    RC_ASSERT(model.ParseFromString(*bytes));
    onnx::checker::check_model(model); // throws, failing the property, when the model is invalid

    std::string described;
    const Tensor inputs = verificationInputs(project, {}, 8, described);
    const Result<Tensor> expected = engineOutputs(project, inputs);
    RC_ASSERT(expected.ok());
    const ExportVerification v = verifyOnnxWithOpenCv(*bytes, inputs, *expected);
    RC_ASSERT(v.ran);
    RC_ASSERT(v.maxAbsDifference <= 1e-4);
}

// Export, then import: the imported network computes what the original did.
void checkRoundTrip(Graph graph) {
    Project project;
    project.graph = std::move(graph);
    project.training.seed = *rc::gen::inRange<uint64_t>(1, 1000).as("seed");
    const Result<std::string> bytes = buildOnnxModel(project);
    RC_ASSERT(bytes.ok());
    std::vector<Diagnostic> problems;
    const Result<ImportedModel> imported = importOnnxModel(*bytes, &problems);
    if (!imported.ok())
        RC_FAIL(imported.error().describe() + (problems.empty() ? "" : " / " + problems[0].describe()));
    std::string described;
    const Tensor inputs = verificationInputs(project, {}, 4, described);
    const Result<Tensor> before = engineOutputs(project, inputs);
    const Result<Tensor> after = engineOutputs(imported->project, inputs);
    RC_ASSERT(before.ok() && after.ok());
    RC_ASSERT(before->size() == after->size());
    for (int64_t i = 0; i < before->size(); ++i) RC_ASSERT(std::abs((*before)[i] - (*after)[i]) <= 1e-4f);
}

} // namespace

RC_GTEST_PROP(ImportProperty, RandomMlpsSurviveExportAndImport, ()) { checkRoundTrip(test::genValidMlp()); }

RC_GTEST_PROP(ImportProperty, RandomImageDagsSurviveExportAndImport, ()) {
    checkRoundTrip(test::genValidImageDag());
}

// RC_GTEST_PROP's test, skipped without OpenCV's DNN module: a property cannot skip itself.
TEST(ExportProperty, RandomMlpsExportAndMatchOpenCv) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    rc::detail::checkGTest([] { checkExport(test::genValidMlp()); });
}

TEST(ExportProperty, RandomImageDagsExportAndMatchOpenCv) {
    if (const std::string missing = test::missingOpenCvDnn(); !missing.empty()) GTEST_SKIP() << missing;
    rc::detail::checkGTest([] { checkExport(test::genValidImageDag()); });
}
