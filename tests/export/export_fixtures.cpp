#include "export_fixtures.h"

#include "../cli/process.h"
#include "engine/core/rng.h"
#include "engine/train/session.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace nw::test {

std::vector<std::filesystem::path> exampleProjects() {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(NW_EXAMPLES_DIR))
        if (entry.path().extension() == ".nwproj") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

Project brieflyTrained(const std::filesystem::path& file) {
    Result<Project> loaded = loadProject(file);
    EXPECT_TRUE(loaded.ok()) << file << ": " << (loaded.ok() ? "" : loaded.error().describe());
    if (!loaded.ok()) return {};
    Project project = std::move(loaded.value());
    project.training.epochs = 2;
    project.training.threads = 2;
    // Fashion-MNIST's 60,000 training images would take a while; a few hundred show the same things.
    if (project.dataset.source == DatasetSource::Builtin) project.dataset.validationFraction = 0.99;
    auto session = TrainingSession::create(project, file.parent_path());
    EXPECT_TRUE(session.ok()) << file << ": " << (session.ok() ? "" : session.error().describe());
    if (!session.ok()) return project;
    EXPECT_EQ((*session)->trainer().run(), StopReason::Completed) << file;
    (*session)->storeResults(project);
    return project;
}

namespace {

void set(Graph& g, NodeId id, const std::string& attr, AttrValue value) {
    const Status s = g.setAttribute(id, attr, std::move(value));
    EXPECT_TRUE(s.ok()) << attr << ": " << (s.ok() ? "" : s.error().message);
}

// Attributes first: a Reshape only accepts its input once its target shape fits.
NodeId add(Graph& g, LayerKind kind, std::initializer_list<NodeId> from, const std::string& name,
           std::initializer_list<std::pair<std::string, AttrValue>> attrs = {}) {
    const NodeId id = g.addNode(kind, name);
    for (const auto& [attr, value] : attrs) set(g, id, attr, value);
    int port = 0;
    for (NodeId source : from) {
        const Status s = g.connect({{source, 0}, {id, port++}});
        EXPECT_TRUE(s.ok()) << name << ": " << (s.ok() ? "" : s.error().message);
    }
    return id;
}

} // namespace

Project everyLayerKindProject(uint64_t seed) {
    Project p;
    Graph& g = p.graph;
    const NodeId in = g.addNode(LayerKind::Input, "image");
    set(g, in, "shape", Shape{2, 9, 9});
    // An even kernel with "same" padding pads 0 before and 1 after.
    const NodeId c1 = add(g, LayerKind::Conv2D, {in}, "conv_even");
    set(g, c1, "filters", int64_t{4});
    set(g, c1, "kernel", int64_t{2});
    set(g, c1, "padding", EnumValue{1});
    const NodeId bn1 = add(g, LayerKind::BatchNorm, {c1}, "norm_image");
    const NodeId r1 = add(g, LayerKind::LeakyReLU, {bn1}, "leaky");
    const NodeId p1 = add(g, LayerKind::MaxPool2D, {r1}, "max_same"); // 9 -> 5, one row of padding after
    set(g, p1, "padding", EnumValue{1});
    const NodeId c2 = add(g, LayerKind::Conv2D, {p1}, "conv_dilated");
    set(g, c2, "filters", int64_t{4});
    set(g, c2, "kernel", int64_t{3});
    set(g, c2, "dilation", int64_t{2});
    set(g, c2, "padding", EnumValue{1});
    set(g, c2, "use_bias", false);
    const NodeId a2 = add(g, LayerKind::AvgPool2D, {c2}, "average_same"); // 5 -> 3, padding left out
    set(g, a2, "pool_size", int64_t{3});
    set(g, a2, "padding", EnumValue{1});
    const NodeId e = add(g, LayerKind::ELU, {a2}, "elu");
    const NodeId ge = add(g, LayerKind::GELU, {a2}, "gelu");
    const NodeId cat = add(g, LayerKind::Concat, {e, ge}, "join_channels");
    const NodeId ln = add(g, LayerKind::LayerNorm, {cat}, "layer_norm");
    const NodeId sw = add(g, LayerKind::Swish, {ln}, "swish");
    const NodeId sum = add(g, LayerKind::Add, {ln, sw}, "residual");
    const NodeId gap = add(g, LayerKind::GlobalAveragePool, {sum}, "global_pool");
    const NodeId fl = add(g, LayerKind::Flatten, {sum}, "flatten");
    const NodeId d1 = add(g, LayerKind::Dense, {fl}, "dense_no_bias");
    set(g, d1, "use_bias", false);
    const NodeId cat2 = add(g, LayerKind::Concat, {gap, d1}, "join_features");
    const NodeId bn2 = add(g, LayerKind::BatchNorm, {cat2}, "norm_flat");
    const NodeId drop = add(g, LayerKind::Dropout, {bn2}, "dropout");
    const NodeId th = add(g, LayerKind::Tanh, {drop}, "tanh");
    const NodeId id = add(g, LayerKind::Identity, {th}, "linear");
    const NodeId rs = add(g, LayerKind::Reshape, {id}, "reshape", {{"shape", Shape{4, 6}}});
    const NodeId fl2 = add(g, LayerKind::Flatten, {rs}, "flatten_again");
    const NodeId sg = add(g, LayerKind::Sigmoid, {fl2}, "sigmoid");
    const NodeId off = add(g, LayerKind::Dense, {sg}, "switched_off");
    set(g, off, "units", int64_t{3});
    EXPECT_TRUE(g.setEnabled(off, false).ok());
    const NodeId re = add(g, LayerKind::ReLU, {off}, "relu");
    const NodeId d2 = add(g, LayerKind::Dense, {re}, "scores");
    set(g, d2, "units", int64_t{5});
    add(g, LayerKind::Softmax, {d2}, "probabilities");
    p.training.seed = seed;

    // Random values everywhere, so a parameter exported to the wrong place shows.
    auto network = compile(g, 1);
    EXPECT_TRUE(network.ok()) << (network.ok() ? "" : network.error().describe());
    if (!network.ok()) return p;
    (*network)->initialize(seed);
    Weights weights = (*network)->exportWeights();
    Rng rng(seed);
    for (NodeWeights& node : weights)
        for (size_t i = 0; i < node.values.size(); ++i) {
            const bool variance = node.names[i] == "running_var" || node.names[i] == "gamma";
            for (int64_t k = 0; k < node.values[i].size(); ++k)
                node.values[i][k] = variance ? static_cast<float>(rng.uniform(0.5, 2.0))
                                             : node.values[i][k] + static_cast<float>(rng.uniform(-0.3, 0.3));
        }
    p.weights = weights;
    return p;
}

int runPython(const std::string& script, const std::vector<std::string>& args, std::string& output) {
    std::vector<std::string> all{"-c", script};
    all.insert(all.end(), args.begin(), args.end());
    const ProcessResult r = runProcess("/usr/bin/python3", all);
    output = r.out + r.err;
    return r.exitCode;
}

std::string pythonOnnxCheck(const std::vector<std::filesystem::path>& models) {
    const std::string script = R"(
import sys, onnx
for path in sys.argv[1:]:
    model = onnx.load(path)
    onnx.checker.check_model(model, full_check=True)
    print("ok", path)
)";
    std::vector<std::string> args;
    for (const auto& m : models) args.push_back(m.string());
    std::string output;
    return runPython(script, args, output) == 0 ? std::string() : output;
}

} // namespace nw::test
