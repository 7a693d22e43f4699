#include "engine/graph/shape_inference.h"
#include "engine/io/project.h"
#include "engine/layers/registry.h"
#include "tests/io/project_samples.h"
#include "tests/io/temp_dir.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>

namespace nw {
namespace {

namespace fs = std::filesystem;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::string contentOf(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

Project parsed(const std::string& text) {
    Result<Project> p = parseProject(text);
    if (!p.ok()) throw std::logic_error(p.error().describe());
    return std::move(p).value();
}

// A project as training leaves it: weights with awkward values and a history with NaN and infinities.
Project trainedProject() {
    Project p = test::makeMlpProject({3});
    Weights weights;
    for (const Node& n : p.graph.nodes()) {
        if (n.kind != LayerKind::Dense) continue;
        NodeWeights w{n.id, {"weight", "bias"}, {Tensor(Shape{2, 3}), Tensor(Shape{1, 3})}};
        w.values[0][0] = -0.0f;
        w.values[0][1] = std::numeric_limits<float>::denorm_min();
        w.values[0][2] = 1.0f / 3.0f;
        w.values[1][0] = -std::numeric_limits<float>::max();
        weights.push_back(std::move(w));
    }
    p.weights = std::move(weights);
    p.fittedScaling = FittedScaling{Scaling::Standardize, 1, {0.5f, -1.0f}, {2.0f, 1e-3f}};
    p.history.epochs = {{1, 0.69, 0.5, kNaN, kNaN, 0.01}, {2, kInf, 0.25, -kInf, 0.1, 1e-9}};
    p.history.batchLosses = {0.7f, 0.65f, -0.0f, 1e-40f};
    return p;
}

TEST(ProjectIo, SaveLoadSaveIsIdentical) {
    const Project p = trainedProject();
    const std::string text = serializeProject(p);
    const Project back = parsed(text);
    EXPECT_EQ(back, p);
    EXPECT_EQ(serializeProject(back), text);
}

TEST(ProjectIo, TheEnabledFlagIsWrittenOnlyForDisabledNodes) {
    Project p = test::makeMlpProject({3});
    EXPECT_EQ(serializeProject(p).find("\"enabled\""), std::string::npos);
    const NodeId dense = p.graph.findByName("dense_1")->id;
    ASSERT_TRUE(p.graph.setEnabled(dense, false).ok());
    const std::string text = serializeProject(p);
    EXPECT_NE(text.find("\"enabled\": false"), std::string::npos);
    EXPECT_FALSE(parsed(text).graph.node(dense)->enabled);
}

TEST(ProjectIo, EachDataSourceWritesOnlyItsOwnSettings) {
    Project p = test::makeMlpProject({3});
    p.dataset.source = DatasetSource::Builtin;
    p.dataset.scaling = Scaling::UnitRange;
    p.dataset.testFraction = 0.1;
    std::string text = serializeProject(p);
    EXPECT_NE(text.find("\"builtin\": \"fashion-mnist\""), std::string::npos);
    EXPECT_EQ(text.find("\"synthetic\""), std::string::npos);
    EXPECT_EQ(parsed(text).dataset.scaling, Scaling::UnitRange);
    EXPECT_EQ(parsed(text).dataset.testFraction, 0.1);

    p.dataset.source = DatasetSource::Idx;
    p.dataset.path = "data/digits";
    text = serializeProject(p);
    EXPECT_NE(text.find("\"path\": \"data/digits\""), std::string::npos);
    EXPECT_EQ(parsed(text).dataset.path, "data/digits");
}

TEST(ProjectIo, CsvAndImageSettingsRoundTrip) {
    Project p = test::makeMlpProject({3});
    p.dataset.source = DatasetSource::Csv;
    p.dataset.path = "data/fruit.csv";
    p.dataset.csv.targetColumn = "fruit";
    p.dataset.csv.delimiter = ';';
    p.dataset.csv.hasHeader = false;
    p.dataset.csv.missing = MissingValuePolicy::SkipRows;
    p.dataset.csv.task = TaskKind::Regression;
    p.dataset.csv.ignoredColumns = {"note", "id"};
    std::string text = serializeProject(p);
    EXPECT_EQ(parsed(text).dataset.csv, p.dataset.csv); // the synthetic settings are not written
    EXPECT_EQ(serializeProject(parsed(text)), text);

    p.dataset.source = DatasetSource::Images;
    p.dataset.images = ImageFolderOptions{32, 24, ColorMode::Rgb};
    text = serializeProject(p);
    EXPECT_NE(text.find("\"color\": \"rgb\""), std::string::npos);
    EXPECT_EQ(parsed(text).dataset.images, p.dataset.images);
}

TEST(ProjectIo, DataPathsAreStoredRelativeToTheProjectFile) {
    test::TempDir dir;
    fs::create_directories(dir / "course" / "week1");
    Project p = test::makeMlpProject({3});
    p.dataset.source = DatasetSource::Idx;
    p.dataset.path = (dir / "course" / "data" / "digits").string();
    ASSERT_TRUE(saveProject(p, dir / "course" / "week1" / "p.nwproj").ok());
    EXPECT_NE(contentOf(dir / "course" / "week1" / "p.nwproj").find("\"path\": \"../data/digits\""),
              std::string::npos);

    // Reading makes the path absolute again, so saving elsewhere stays correct.
    const Result<Project> back = loadProject(dir / "course" / "week1" / "p.nwproj");
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(fs::path(back->dataset.path), (dir / "course" / "data" / "digits").lexically_normal());
    ASSERT_TRUE(saveProject(*back, dir / "course" / "p.nwproj").ok());
    EXPECT_NE(contentOf(dir / "course" / "p.nwproj").find("\"path\": \"data/digits\""), std::string::npos);
}

// The encoding prediction needs travels with the weights, every field exactly.
TEST(ProjectIo, TheCsvEncodingRoundTrips) {
    Project p = test::makeMlpProject({3});
    CsvEncoding e;
    e.delimiter = ';';
    e.hasHeader = false;
    e.columns = {"column_1", "colour", "fruit"};
    e.features = {
        {.name = "column_1", .fillValue = 0.1, .min = -2.5, .max = 1e300, .missing = 3},
        {.name = "colour", .categorical = true, .categories = {"green", "red"}, .fillCategory = "red"}};
    e.target = "fruit";
    e.task = TaskKind::Classification;
    e.classes = {"apple", "plum"};
    e.missing = MissingValuePolicy::FillMean;
    p.csvEncoding = e;
    const std::string text = serializeProject(p);
    EXPECT_NE(text.find("\"csvEncoding\""), std::string::npos);
    EXPECT_EQ(parsed(text).csvEncoding, p.csvEncoding);
    EXPECT_EQ(serializeProject(parsed(text)), text);
    // A damaged encoding is a Diagnostic at its place, like any other field.
    std::string bad = text;
    bad.replace(bad.find("\"fill_mean\""), 11, "\"sometimes\"");
    const Result<Project> refused = parseProject(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().location, "/csvEncoding/missing");
}

TEST(ProjectIo, LayoutFollowsTheDocumentedOrder) {
    const std::string text = serializeProject(trainedProject());
    size_t at = 0;
    for (const char* key : {"\"format\"", "\"version\"", "\"graph\"", "\"nodes\"", "\"edges\"", "\"dataset\"",
                            "\"training\"", "\"fittedScaling\"", "\"weights\"", "\"history\""}) {
        const size_t found = text.find(key, at);
        ASSERT_NE(found, std::string::npos) << key << " missing or out of order";
        at = found;
    }
    EXPECT_EQ(text.rfind("{\n  \"format\": \"neuroweave-project\",\n  \"version\": 1,\n", 0), 0u);
    EXPECT_NE(text.find("\"position\": [220.0, 0.0]"), std::string::npos);
    EXPECT_NE(text.find("{\"from\": [1, 0], \"to\": [2, 0]}"), std::string::npos);
}

TEST(ProjectIo, WeightsAreWrittenOnlyOnceTrained) {
    const Project untrained = test::makeMlpProject();
    EXPECT_EQ(serializeProject(untrained).find("\"weights\""), std::string::npos);
    EXPECT_FALSE(parsed(serializeProject(untrained)).weights.has_value());
}

// Deleting a trained layer and saving must not make a file the reader refuses.
TEST(ProjectIo, WeightsOfADeletedNodeAreNotSaved) {
    Project p = trainedProject();
    const NodeId deleted = p.weights->front().node;
    ASSERT_TRUE(p.graph.removeNode(deleted).ok());
    const Result<Project> reopened = parseProject(serializeProject(p));
    ASSERT_TRUE(reopened.ok()) << reopened.error().describe();
    ASSERT_TRUE(reopened->weights.has_value());
    EXPECT_EQ(reopened->weights->size(), p.weights->size() - 1);
    for (const NodeWeights& w : *reopened->weights) EXPECT_NE(w.node, deleted);
}

TEST(ProjectIo, NotMeasuredFiguresAreNullAndInfinitiesAreNamed) {
    const std::string text = serializeProject(trainedProject());
    EXPECT_NE(text.find("\"validationLoss\": null"), std::string::npos);
    EXPECT_NE(text.find("\"trainLoss\": \"Infinity\""), std::string::npos);
    EXPECT_NE(text.find("\"validationLoss\": \"-Infinity\""), std::string::npos);
    const Project back = parsed(text);
    EXPECT_TRUE(std::isnan(back.history.epochs[0].validationLoss));
    EXPECT_EQ(back.history.epochs[1].trainLoss, kInf);
}

TEST(ProjectIo, AnEdgeWithMismatchedShapesLoadsAndIsReportedByAnalysis) {
    Project p = test::makeMlpProject();
    const NodeId input = p.graph.findByName("input")->id;
    ASSERT_TRUE(p.graph.setAttribute(input, "shape", Shape{1, 4, 4}).ok()); // Dense needs a flat input
    const Project back = parsed(serializeProject(p));
    EXPECT_EQ(back, p);
    const GraphAnalysis analysis = analyzeGraph(back.graph);
    ASSERT_FALSE(analysis.valid());
    EXPECT_EQ(analysis.diagnostics.front().code, DiagCode::ShapeMismatch);
}

TEST(ProjectIo, AbsentFieldsTakeTheirDefaults) {
    const Project p = parsed(R"({"format": "neuroweave-project", "version": 1,
        "graph": {"nodes": [{"id": 4, "kind": "Dense", "name": "d"}, {"id": 2, "kind": "Input", "name": "in"}],
                  "edges": [{"from": [2, 0], "to": [4, 0]}]}})");
    const Project defaults;
    EXPECT_EQ(p.dataset, defaults.dataset);
    EXPECT_EQ(p.training, defaults.training);
    EXPECT_EQ(p.history, defaults.history);
    EXPECT_FALSE(p.weights.has_value());
    ASSERT_EQ(p.graph.nodes().size(), 2u);
    const Node& dense = *p.graph.findByName("d");
    EXPECT_EQ(dense.id, NodeId{4});
    EXPECT_EQ(dense.attrs, defaultAttributes(layerRegistry().info(LayerKind::Dense).attrs));
    EXPECT_EQ(dense.position, Point{});
    EXPECT_EQ(p.graph.nextId(), NodeId{5});
}

TEST(ProjectIo, SomeAttributesGivenTheRestDefault) {
    const Project p = parsed(R"({"format": "neuroweave-project", "version": 1, "graph": {"nodes": [
        {"id": 1, "kind": "Dense", "name": "d", "attributes": {"initializer": "he_normal"}}], "edges": []}})");
    const Node& dense = p.graph.nodes().front();
    EXPECT_EQ(attrEnum(dense.attrs, 2), 3);
    EXPECT_EQ(attrInt(dense.attrs, 0), 16);
}

TEST(ProjectIo, FilesRoundTripThroughTheDisk) {
    test::TempDir dir;
    const Project p = trainedProject();
    ASSERT_TRUE(saveProject(p, dir / "p.nwproj").ok());
    EXPECT_EQ(contentOf(dir / "p.nwproj"), serializeProject(p));
    const Result<Project> back = loadProject(dir / "p.nwproj");
    ASSERT_TRUE(back.ok()) << back.error().describe();
    EXPECT_EQ(back.value(), p);
}

TEST(ProjectIo, LoadingAMissingFileSaysSo) {
    const Result<Project> r = loadProject("/no/such/dir/x.nwproj");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, DiagCode::FileNotFound);
    EXPECT_EQ(r.error().location, "/no/such/dir/x.nwproj");
}

// The bundled examples are exactly what serializeProject writes, and valid networks.
TEST(ProjectIo, ExamplesAreCanonicalAndValid) {
    int examples = 0;
    for (const fs::directory_entry& entry : fs::directory_iterator(NW_EXAMPLES_DIR)) {
        if (entry.path().extension() != ".nwproj") continue;
        ++examples;
        const std::string name = entry.path().filename().string();
        const std::string text = contentOf(entry.path());
        const Project p = parsed(text);
        EXPECT_EQ(serializeProject(p), text) << name << " is not written as the program writes it";
        EXPECT_TRUE(analyzeGraph(p.graph).valid()) << name;
        EXPECT_FALSE(p.weights.has_value()) << name << " ships untrained";
        // A synthetic example is named after its data set; a file-based one finds its data.
        if (const auto kind = syntheticKindFromString(entry.path().stem().string())) {
            EXPECT_EQ(p.dataset.synthetic.kind, *kind) << name;
        }
        if (!p.dataset.path.empty()) {
            const Result<Project> loaded = loadProject(entry.path());
            ASSERT_TRUE(loaded.ok());
            EXPECT_TRUE(fs::exists(loaded->dataset.path)) << name << ": " << loaded->dataset.path;
        }
    }
    EXPECT_GE(examples, 6);
}

// docs/file-format.md lists every layer kind, attribute and option the registry knows.
TEST(ProjectIo, TheFormatDocumentNamesEveryKindAttributeAndOption) {
    const std::string doc = contentOf(fs::path(NW_DOCS_DIR) / "file-format.md");
    const auto quoted = [](const std::string& s) { return "`" + s + "`"; };
    for (const LayerInfo& info : layerRegistry().all()) {
        EXPECT_NE(doc.find("| " + quoted(info.name) + " |"), std::string::npos) << info.name;
        for (const AttrSpec& attr : info.attrs) {
            EXPECT_NE(doc.find(quoted(attr.name)), std::string::npos) << info.name << "." << attr.name;
            for (const std::string& option : attr.options)
                EXPECT_NE(doc.find(quoted("\"" + option + "\"")), std::string::npos) << option;
        }
    }
    EXPECT_NE(doc.find("`" + std::to_string(kProjectFormatVersion) + "` for the format described here"),
              std::string::npos);
    // The complete example is the bundled xor example, byte for byte.
    const size_t start = doc.find("```json\n") + 8;
    EXPECT_EQ(doc.substr(start, doc.find("```", start) - start),
              contentOf(fs::path(NW_EXAMPLES_DIR) / "xor.nwproj"));
}

} // namespace
} // namespace nw
