#include "process.h"

#include "engine/io/project.h"
#include "tests/io/project_samples.h"
#include "tests/io/temp_dir.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <unistd.h>

namespace nw {
namespace {

namespace fs = std::filesystem;
using test::ProcessResult;

ProcessResult cli(const std::vector<std::string>& args) { return test::runProcess(NW_CLI_PATH, args); }

std::string example(const char* name) { return (fs::path(NW_EXAMPLES_DIR) / name).string(); }
std::string dataFile(const char* name) { return (fs::path(NW_TEST_DATA_DIR) / name).string(); }

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string contentOf(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

TEST(Cli, HelpAndVersion) {
    const ProcessResult help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* part :
         {"Usage: neuroweave-cli <command>", "train FILE", "info FILE", "validate FILE", "Exit codes"})
        EXPECT_TRUE(contains(help.out, part)) << part << "\n" << help.out;

    for (const char* command : {"train", "info", "validate", "data"}) {
        const ProcessResult r = cli({command, "--help"});
        EXPECT_EQ(r.exitCode, 0) << command;
        EXPECT_TRUE(contains(r.out, std::string("Usage: neuroweave-cli ") + command + " FILE")) << r.out;
        EXPECT_TRUE(r.err.empty()) << r.err;
    }
    EXPECT_TRUE(contains(cli({"train", "-h"}).out, "--epochs N"));

    const ProcessResult version = cli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, std::string("neuroweave-cli ") + NW_VERSION + "\n");
}

TEST(Cli, UsageErrorsExitWith1) {
    const std::vector<std::vector<std::string>> cases{
        {},
        {"frobnicate"},
        {"train"},
        {"info", "a.nwproj", "b.nwproj"},
        {"train", example("xor.nwproj"), "--epochs"},
        {"train", example("xor.nwproj"), "--epochs", "many"},
        {"train", example("xor.nwproj"), "--threads=-2"},
        {"validate", example("xor.nwproj"), "--colour"},
    };
    for (const auto& args : cases) {
        const ProcessResult r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << testing::PrintToString(args);
        EXPECT_FALSE(r.err.empty()) << testing::PrintToString(args);
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
    EXPECT_TRUE(contains(cli({"train", example("xor.nwproj"), "--epochs", "many"}).err,
                         "--epochs takes a whole number from 0 to 1000000, not 'many'"));
}

TEST(Cli, InfoPrintsTheLayersShapesAndTotals) {
    const ProcessResult r = cli({"info", example("spirals.nwproj")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char* part :
         {"Layer (kind)", "Output shape", "Params", "FLOPs", "input_1 (Input)", "dense_1 (Dense)",
          "softmax_1 (Softmax)", "Total params: 1,218", "Total FLOPs per sample (forward): 2,378",
          "spirals, 500 samples", "not trained"})
        EXPECT_TRUE(contains(r.out, part)) << part << "\n" << r.out;
    // dense_2 takes 32 inputs to 32 units: 32*32 + 32 parameters, 2*32*32 FLOPs.
    EXPECT_TRUE(contains(r.out, "dense_2 (Dense)       32              1,056   2,048")) << r.out;
}

TEST(Cli, ValidateAcceptsAValidProject) {
    const ProcessResult r = cli({"validate", example("xor.nwproj")});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.out, "valid")) << r.out;
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Cli, ValidateNamesThePlaceOfAProblem) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {dataFile("unknown_kind.nwproj"), "/graph/nodes/2/kind: Unknown layer kind 'Convolution3D'"},
        {dataFile("truncated.nwproj"), "line 28, column 19: The file is not valid JSON"},
        {dataFile("wrong_type.nwproj"), "/graph/nodes/1/attributes/units"},
        {dataFile("newer_version.nwproj"), "/version: The file is in project format version 2"},
        {dataFile("bad_edge.nwproj"), "/graph/edges/3"},
        {"/no/such/file.nwproj", "There is no file /no/such/file.nwproj"},
    };
    for (const auto& [file, part] : cases) {
        const ProcessResult r = cli({"validate", file});
        EXPECT_EQ(r.exitCode, 2) << file;
        EXPECT_TRUE(contains(r.err, part)) << part << "\n" << r.err;
        EXPECT_TRUE(r.out.empty()) << r.out;
    }
}

TEST(Cli, RenderDrawsTheNetworkWithoutADisplay) {
    if (!NW_CLI_HAS_RENDER) {
        const ProcessResult r = cli({"render", example("spirals.nwproj"), "-o", "x.svg"});
        EXPECT_EQ(r.exitCode, 1);
        EXPECT_TRUE(contains(r.err, "-DNW_BUILD_GUI=ON")) << r.err;
        GTEST_SKIP() << "this build has no designer to draw with";
    }
    test::TempDir dir;
    const fs::path svg = dir / "spirals.svg";
    const ProcessResult r = cli({"render", example("spirals.nwproj"), "-o", svg.string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(contains(r.out, svg.string())) << r.out;
    const std::string text = contentOf(svg);
    EXPECT_TRUE(contains(text, "<svg")) << text.substr(0, 200);
    const Result<Project> project = loadProject(example("spirals.nwproj"));
    ASSERT_TRUE(project.ok());
    for (const Node& node : project.value().graph.nodes())
        EXPECT_TRUE(contains(text, node.name)) << node.name;

    const fs::path png = dir / "spirals.png";
    ASSERT_EQ(cli({"render", example("spirals.nwproj"), "-o", png.string()}).exitCode, 0);
    EXPECT_EQ(contentOf(png).substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));

    const ProcessResult missing = cli({"render", "/no/such/file.nwproj", "-o", svg.string()});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(contains(missing.err, "There is no file /no/such/file.nwproj")) << missing.err;

    const ProcessResult badSuffix =
        cli({"render", example("spirals.nwproj"), "-o", (dir / "x.gif").string()});
    EXPECT_EQ(badSuffix.exitCode, 1);
    EXPECT_TRUE(contains(badSuffix.err, ".svg or .png")) << badSuffix.err;
}

TEST(Cli, ValidateAndInfoReportAnInvalidNetwork) {
    test::TempDir dir;
    Project p = test::makeMlpProject();
    p.graph.addNode(LayerKind::ReLU, "loose_end", Point{0, 200}); // unconnected
    ASSERT_TRUE(saveProject(p, dir / "invalid.nwproj").ok());

    const ProcessResult validate = cli({"validate", (dir / "invalid.nwproj").string()});
    EXPECT_EQ(validate.exitCode, 2);
    EXPECT_TRUE(contains(validate.err, "node 'loose_end'")) << validate.err;

    const ProcessResult info = cli({"info", (dir / "invalid.nwproj").string()});
    EXPECT_EQ(info.exitCode, 2);
    EXPECT_TRUE(contains(info.out, "loose_end (ReLU)")) << info.out;
    EXPECT_TRUE(contains(info.err, "loose_end")) << info.err;
}

TEST(Cli, ValidateChecksTheNetworkAgainstItsData) {
    test::TempDir dir;
    Project p = test::makeMlpProject();
    p.dataset.synthetic.kind = SyntheticKind::Blobs;
    p.dataset.synthetic.classes = 3; // the network has 2 outputs
    ASSERT_TRUE(saveProject(p, dir / "p.nwproj").ok());
    const ProcessResult r = cli({"validate", (dir / "p.nwproj").string()});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(contains(r.err, "incompatible-loss")) << r.err;
}

TEST(Cli, TrainSavesALoadableTrainedProject) {
    test::TempDir dir;
    const Project p = test::makeMlpProject({4}, SyntheticKind::Xor, 40, 5);
    ASSERT_TRUE(saveProject(p, dir / "tiny.nwproj").ok());
    const std::string before = contentOf(dir / "tiny.nwproj");

    const ProcessResult r = cli({"train", (dir / "tiny.nwproj").string(), "--epochs", "2", "--threads", "1",
                                 "--seed", "7", "-o", (dir / "out.nwproj").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(r.err.empty()) << r.err;
    EXPECT_TRUE(contains(r.out, "epoch 1/2")) << r.out;
    EXPECT_TRUE(contains(r.out, "epoch 2/2")) << r.out;
    EXPECT_TRUE(contains(r.out, "samples/s")) << r.out;
    EXPECT_TRUE(contains(r.out, "Trained 2 epochs")) << r.out;
    EXPECT_EQ(contentOf(dir / "tiny.nwproj"), before) << "-o must leave the input alone";

    Result<Project> trained = loadProject(dir / "out.nwproj");
    ASSERT_TRUE(trained.ok()) << trained.error().describe();
    ASSERT_TRUE(trained->weights.has_value());
    EXPECT_EQ(trained->weights->size(), 2u); // the two Dense layers
    EXPECT_EQ(trained->history.epochs.size(), 2u);
    EXPECT_EQ(trained->history.batchLosses.size(), 2u * 4u); // 32 training samples in batches of 8
    EXPECT_EQ(trained->training.epochs, 2);
    EXPECT_EQ(trained->training.seed, 7u);
    EXPECT_EQ(trained->graph, p.graph);
}

TEST(Cli, TheSameSeedTrainsTheSameWeights) {
    test::TempDir dir;
    ASSERT_TRUE(saveProject(test::makeMlpProject(), dir / "p.nwproj").ok());
    std::vector<Project> runs;
    for (const char* out : {"a.nwproj", "b.nwproj"}) {
        const ProcessResult r =
            cli({"train", (dir / "p.nwproj").string(), "--seed", "3", "-o", (dir / out).string()});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        runs.push_back(loadProject(dir / out).value());
    }
    EXPECT_EQ(runs[0].weights, runs[1].weights);
    EXPECT_EQ(runs[0].history.batchLosses, runs[1].history.batchLosses);
}

// Two epochs and then `--continue` for two more: the same weights and losses as four at once.
TEST(Cli, TrainContinueGoesOnAsIfTrainingNeverStopped) {
    test::TempDir dir;
    ASSERT_TRUE(saveProject(test::makeMlpProject(), dir / "p.nwproj").ok());
    const std::string p = (dir / "p.nwproj").string();
    const std::string atOnce = (dir / "once.nwproj").string();
    const std::string inTwo = (dir / "two.nwproj").string();
    ASSERT_EQ(cli({"train", p, "--epochs", "4", "--threads", "1", "-o", atOnce}).exitCode, 0);
    ASSERT_EQ(cli({"train", p, "--epochs", "2", "--threads", "1", "-o", inTwo}).exitCode, 0);
    const ProcessResult continued = cli({"train", inTwo, "--continue", "--epochs", "2", "--threads", "1"});
    ASSERT_EQ(continued.exitCode, 0) << continued.err;
    EXPECT_TRUE(contains(continued.out, "Continuing from epoch 2 to epoch 4")) << continued.out;
    EXPECT_TRUE(contains(continued.out, "Trained 2 epochs")) << continued.out;
    const Project a = loadProject(atOnce).value();
    const Project b = loadProject(inTwo).value();
    EXPECT_EQ(a.weights, b.weights);
    EXPECT_EQ(a.history.batchLosses, b.history.batchLosses);
    EXPECT_EQ(b.history.epochs.size(), 4u);
}

// Killed with SIGKILL while it trains, the CLI leaves its last checkpoint (written at the first
// epoch's end, then at most once a second) in the output. That holds exactly the state of its last
// finished epoch: continued for two epochs more, it ends as a run that trained them all at once.
TEST(Cli, AKilledTrainingContinuesFromItsCheckpoint) {
    test::TempDir dir;
    constexpr int kEpochs = 1'000'000; // no machine finishes them before the kill
    Project p = test::makeMlpProject({16}, SyntheticKind::Spirals, 500, kEpochs);
    p.training.threads = 1;
    ASSERT_TRUE(saveProject(p, dir / "p.nwproj").ok());
    const std::string input = (dir / "p.nwproj").string();
    const std::string killed = (dir / "killed.nwproj").string();
    bool sent = false;
    test::runProcess(NW_CLI_PATH, {"train", input, "-o", killed}, [&](int pid, const std::string&) {
        if (!fs::exists(killed)) return true;
        ::kill(pid, SIGKILL);
        sent = true;
        return false;
    });
    ASSERT_TRUE(sent);
    const Result<Project> checkpoint = loadProject(killed);
    ASSERT_TRUE(checkpoint.ok()) << checkpoint.error().describe();
    ASSERT_TRUE(checkpoint->trainingState);
    EXPECT_EQ(checkpoint->trainingState->plannedEpochs, kEpochs);
    EXPECT_EQ(checkpoint->trainingState->epochBatches, 0);
    ASSERT_EQ(checkpoint->runs.size(), 1u);
    EXPECT_EQ(checkpoint->runs[0].outcome, RunOutcome::Stopped);
    const size_t done = checkpoint->history.epochs.size();
    ASSERT_GE(done, 1u);

    const ProcessResult continued = cli({"train", killed, "--continue", "--epochs", "2"});
    ASSERT_EQ(continued.exitCode, 0) << continued.err;
    const std::string atOnce = (dir / "once.nwproj").string();
    ASSERT_EQ(cli({"train", input, "--epochs", std::to_string(done + 2), "-o", atOnce}).exitCode, 0);
    const Project a = loadProject(atOnce).value();
    const Project b = loadProject(killed).value();
    EXPECT_EQ(b.history.epochs.size(), done + 2);
    EXPECT_EQ(a.weights, b.weights);
    EXPECT_EQ(a.history.batchLosses, b.history.batchLosses);
    EXPECT_EQ(b.runs[0].outcome, RunOutcome::Completed);
}

TEST(Cli, TrainSetChangesSettingsWithinTheFilesLimits) {
    test::TempDir dir;
    ASSERT_TRUE(saveProject(test::makeMlpProject(), dir / "p.nwproj").ok());
    const std::string p = (dir / "p.nwproj").string();
    const ProcessResult help = cli({"train", p, "--set", "help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(contains(help.out, "schedule")) << help.out;
    const ProcessResult tooFast = cli({"train", p, "--set", "learningRate=20"});
    EXPECT_EQ(tooFast.exitCode, 1);
    EXPECT_TRUE(contains(tooFast.err, "learningRate")) << tooFast.err;
    const ProcessResult unknown = cli({"train", p, "--set", "schedule=linear"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(contains(unknown.err, "one-cycle")) << unknown.err;
    const ProcessResult cosine =
        cli({"train", p, "--epochs", "2", "--set", "schedule=cosine", "--set", "warmupEpochs=1"});
    ASSERT_EQ(cosine.exitCode, 0) << cosine.err;
    const Project trained = loadProject(p).value();
    EXPECT_EQ(trained.training.schedule.kind, ScheduleKind::Cosine);
    EXPECT_EQ(trained.training.schedule.warmupEpochs, 1);
    ASSERT_EQ(trained.history.epochs.size(), 2u);
    EXPECT_LT(trained.history.epochs[1].learningRate, trained.history.epochs[0].learningRate);
}

// A sweep over two learning rates and two batch sizes keeps four runs; `runs` lists them.
TEST(Cli, SweepTrainsEveryCombinationAsARunAndRunsListsThem) {
    test::TempDir dir;
    ASSERT_TRUE(saveProject(test::makeMlpProject(), dir / "p.nwproj").ok());
    const std::string p = (dir / "p.nwproj").string();
    const ProcessResult sweep =
        cli({"sweep", p, "--epochs", "2", "--set", "learningRate=0.01,0.1", "--set", "batchSize=16,64"});
    ASSERT_EQ(sweep.exitCode, 0) << sweep.err;
    EXPECT_TRUE(contains(sweep.out, "Run 4 of 4: learningRate 0.1, batchSize 64")) << sweep.out;
    const Project swept = loadProject(p).value();
    ASSERT_EQ(swept.runs.size(), 4u);
    EXPECT_EQ(swept.currentRun, 4);
    EXPECT_DOUBLE_EQ(swept.runs[1].training.optimizer.learningRate, 0.01);
    EXPECT_EQ(swept.runs[1].training.batchSize, 64);
    EXPECT_EQ(swept.runs[3].history.epochs.size(), 2u);

    const ProcessResult runs = cli({"runs", p});
    ASSERT_EQ(runs.exitCode, 0) << runs.err;
    EXPECT_TRUE(contains(runs.out, "4 *")) << runs.out;
    EXPECT_TRUE(contains(runs.out, "learningRate")) << runs.out;
    const ProcessResult csv = cli({"runs", p, "--csv"});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 5) << csv.out;

    const ProcessResult refused = cli({"sweep", p, "--set", "learningRate=1,20"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(contains(refused.err, "learningRate=20")) << refused.err;
    EXPECT_EQ(loadProject(p).value().runs.size(), 4u);
}

TEST(CliLesson, ListsTheBuiltinLessonsAndShowsOne) {
    const ProcessResult list = cli({"lesson", "list"});
    ASSERT_EQ(list.exitCode, 0) << list.err;
    for (const char* id : {"single-neuron", "xor", "activations", "learning-rate", "overfitting",
                           "convolution", "confusion-matrix", "backpropagation"})
        EXPECT_TRUE(contains(list.out, id)) << id << " is not listed:\n" << list.out;
    test::TempDir dir;
    const ProcessResult show = cli({"lesson", "show", "xor", "-o", (dir / "start.nwproj").string()});
    ASSERT_EQ(show.exitCode, 0) << show.err;
    EXPECT_TRUE(contains(show.out, "goal: Uses a Tanh layer")) << show.out;
    EXPECT_TRUE(loadProject(dir / "start.nwproj").ok());
    const ProcessResult unknown = cli({"lesson", "show", "xnor"});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(contains(unknown.err, "No lesson 'xnor'")) << unknown.err;
    EXPECT_EQ(cli({"lesson", "grade", "xor"}).exitCode, 1);
}

// A folder of hand-ins graded in one command: the untouched start, a solved one, and a file that is
// not a project, each on its own row.
TEST(CliLesson, CheckGradesAFolderOfSubmissions) {
    test::TempDir dir;
    fs::create_directory(dir / "hand-ins");
    ASSERT_EQ(cli({"lesson", "show", "xor", "-o", (dir / "hand-ins" / "a-start.nwproj").string()}).exitCode,
              0);
    // Solved by the third step's recipe: a hidden layer whose Tanh is disabled, trained.
    Project solved = loadProject(dir / "hand-ins" / "a-start.nwproj").value();
    Graph& g = solved.graph;
    const NodeId input = g.findByName("input")->id, output = g.findByName("output")->id;
    ASSERT_TRUE(g.disconnect(*g.edgeInto({output, 0})).ok());
    const NodeId hidden = g.addNode(LayerKind::Dense, "hidden");
    ASSERT_TRUE(g.setAttribute(hidden, "units", int64_t{8}).ok());
    const NodeId tanh = g.addNode(LayerKind::Tanh, "tanh");
    ASSERT_TRUE(g.connect({{input, 0}, {hidden, 0}}).ok() && g.connect({{hidden, 0}, {tanh, 0}}).ok() &&
                g.connect({{tanh, 0}, {output, 0}}).ok());
    ASSERT_TRUE(g.setEnabled(tanh, false).ok());
    ASSERT_TRUE(saveProject(solved, dir / "b-solved.nwproj").ok());
    ASSERT_EQ(cli({"train", (dir / "b-solved.nwproj").string(), "-o",
                   (dir / "hand-ins" / "b-solved.nwproj").string()})
                  .exitCode,
              0);
    std::ofstream(dir / "hand-ins" / "c-broken.nwproj") << "{not json";
    std::ofstream(dir / "hand-ins" / "notes.txt") << "not a submission";

    const ProcessResult check = cli({"lesson", "check", "xor", (dir / "hand-ins").string()});
    ASSERT_EQ(check.exitCode, 0) << check.err;
    EXPECT_TRUE(contains(check.out, "a-start.nwproj")) << check.out;
    EXPECT_TRUE(contains(check.out, "1/4")) << check.out; // untrained: only "no Tanh layer" holds
    EXPECT_TRUE(contains(check.out, "4/4")) << check.out;
    EXPECT_TRUE(contains(check.out, "Unreadable: ")) << check.out;
    EXPECT_FALSE(contains(check.out, "notes.txt")) << check.out;

    const ProcessResult csv = cli(
        {"lesson", "check", "xor", (dir / "hand-ins" / "b-solved.nwproj").string(), "--csv", "--step", "2"});
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_TRUE(contains(csv.out, "submission,Hidden layers: at least 1,Uses a Tanh layer")) << csv.out;
    EXPECT_TRUE(contains(csv.out, "not met: 0 Tanh layers")) << csv.out;
}

TEST(Cli, TrainWithoutOutputOverwritesTheInput) {
    test::TempDir dir;
    ASSERT_TRUE(saveProject(test::makeMlpProject(), dir / "p.nwproj").ok());
    const ProcessResult r = cli({"train", (dir / "p.nwproj").string(), "--epochs=1"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(loadProject(dir / "p.nwproj")->weights.has_value());
}

TEST(Cli, TrainRefusesInvalidInput) {
    const ProcessResult corrupt = cli({"train", dataFile("wrong_type.nwproj")});
    EXPECT_EQ(corrupt.exitCode, 2);
    EXPECT_TRUE(contains(corrupt.err, "/graph/nodes/1/attributes/units")) << corrupt.err;
}

TEST(Cli, ASaveThatFailsExitsWith2) {
    const ProcessResult r =
        cli({"train", example("xor.nwproj"), "--epochs", "0", "-o", "/no/such/dir/out.nwproj"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(contains(r.err, "Could not save /no/such/dir/out.nwproj")) << r.err;
}

// An installed example sits in a folder its user cannot write (/usr/share/neuroweave/examples):
// training it saves the result in the current folder, says where, and leaves the example alone.
// Run as the unprivileged user "nobody" when the test runs as root, whom permissions do not stop.
TEST(Cli, AReadOnlyProjectFolderSavesTheResultBesideTheUser) {
    test::TempDir dir;
    const fs::path examples = dir / "examples";
    const fs::path here = dir / "here";
    fs::create_directories(examples);
    fs::create_directories(here);
    ASSERT_TRUE(saveProject(test::makeMlpProject(), examples / "p.nwproj").ok());
    const std::string original = contentOf(examples / "p.nwproj");
    using fs::perms;
    fs::permissions(dir.path(), perms::owner_all | perms::group_read | perms::group_exec |
                                    perms::others_read | perms::others_exec);
    fs::permissions(examples, perms::owner_read | perms::owner_exec | perms::group_read | perms::group_exec |
                                  perms::others_read | perms::others_exec);
    fs::permissions(here, perms::all);

    std::vector<std::string> command{
        "-C", here.string(), NW_CLI_PATH, "train", (examples / "p.nwproj").string(), "--epochs=1"};
    fs::path program = "/usr/bin/env";
    if (::geteuid() == 0) {
        command.insert(command.begin(), {"--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env"});
        program = "/usr/bin/setpriv";
    }
    const ProcessResult r = test::runProcess(program, command);
    fs::permissions(examples, perms::owner_all, fs::perm_options::add);
    if (r.exitCode != 0 && contains(r.err, "setpriv:"))
        GTEST_SKIP() << "cannot run as nobody here: " << r.err;
    ASSERT_EQ(r.exitCode, 0) << r.out << r.err;
    const fs::path saved = here / "p-trained.nwproj";
    EXPECT_TRUE(contains(r.out, "will be saved to " + saved.string())) << r.out;
    ASSERT_TRUE(fs::exists(saved)) << r.out;
    EXPECT_TRUE(loadProject(saved)->weights.has_value());
    EXPECT_EQ(contentOf(examples / "p.nwproj"), original);
}

// With -o the user chose the place: a place that cannot be written is refused before training.
TEST(Cli, AnUnwritableOutputIsRefusedBeforeTraining) {
    const ProcessResult r = cli({"train", example("spirals.nwproj"), "-o", "/proc/out.nwproj"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(contains(r.err, "Could not save /proc/out.nwproj")) << r.err;
    EXPECT_TRUE(contains(r.err, "nothing was trained")) << r.err;
    EXPECT_FALSE(contains(r.out, "epoch 1/")) << r.out;
}

// The bundled spirals example is the yardstick: at least 95% training accuracy.
TEST(Cli, TheSpiralsExampleTrainsToAtLeast95Percent) {
    test::TempDir dir;
    const ProcessResult r =
        cli({"train", example("spirals.nwproj"), "-o", (dir / "spirals.nwproj").string()});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const Result<Project> trained = loadProject(dir / "spirals.nwproj");
    ASSERT_TRUE(trained.ok()) << trained.error().describe();
    ASSERT_FALSE(trained.value().history.epochs.empty());
    EXPECT_GE(trained.value().history.epochs.back().trainAccuracy, 0.95) << r.out;
}

// Ctrl+C stops after the current batch and still saves what was trained. How many epochs run
// before the signal lands depends on the machine, so the test asserts only what does not: the run
// ended early, and the file holds exactly the epochs the progress reported.
TEST(Cli, InterruptStopsCleanlyAndSaves) {
    test::TempDir dir;
    constexpr int kEpochs = 1'000'000; // the most --epochs allows: no machine finishes them first
    Project p = test::makeMlpProject({16}, SyntheticKind::Spirals, 500, kEpochs);
    ASSERT_TRUE(saveProject(p, dir / "long.nwproj").ok());
    bool sent = false;
    const ProcessResult r = test::runProcess(
        NW_CLI_PATH, {"train", (dir / "long.nwproj").string(), "-o", (dir / "out.nwproj").string()},
        [&](int pid, const std::string& out) {
            if (!contains(out, "epoch 2/")) return true;
            ::kill(pid, SIGINT);
            sent = true;
            return false;
        });
    ASSERT_TRUE(sent);
    EXPECT_EQ(r.exitCode, 130) << r.err;
    EXPECT_TRUE(contains(r.out, "Stopped by Ctrl+C")) << r.out;
    Result<Project> saved = loadProject(dir / "out.nwproj");
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    EXPECT_TRUE(saved->weights.has_value());
    const size_t savedEpochs = saved->history.epochs.size();
    EXPECT_GE(savedEpochs, 2u);
    EXPECT_LT(savedEpochs, static_cast<size_t>(kEpochs));
    const std::string lastReported = "epoch " + std::to_string(savedEpochs) + "/";
    EXPECT_TRUE(contains(r.out, lastReported)) << lastReported << "\n" << r.out;
    EXPECT_FALSE(contains(r.out, "epoch " + std::to_string(savedEpochs + 1) + "/")) << r.out;
}

TEST(CliData, SummarisesASyntheticSet) {
    const ProcessResult r = cli({"data", "spirals", "--test", "0.1"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    for (const char* part : {"Samples:       500 (training 350, validation 100, test 50)", "Sample shape:  2",
                             "classification, 2 classes", "Feature"})
        EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
}

TEST(CliData, NamesWhatItCouldNotFind) {
    const ProcessResult r = cli({"data", "no-such-data"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("neither a file or folder nor a known data set (fashion-mnist"), std::string::npos)
        << r.err;
    const ProcessResult usage = cli({"data", "spirals", "--validation", "1.5"});
    EXPECT_EQ(usage.exitCode, 1);
    EXPECT_NE(usage.err.find("--validation takes a fraction"), std::string::npos) << usage.err;
}

TEST(CliData, SummarisesFashionMnistWhenInstalled) {
    if (!std::filesystem::exists("/usr/share/datasets/fashion-mnist"))
        GTEST_SKIP() << "dataset-fashion-mnist is not installed";
    const ProcessResult r = cli({"data", "fashion-mnist"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    for (const char* part : {"Fashion-MNIST", "70,000 (training 48,000, validation 12,000, test 10,000",
                             "1×28×28", "Ankle boot", "7,000"})
        EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
}

TEST(CliData, ReadsTheCsvExampleWithItsOptions) {
    const std::string csv = example("data/fruit.csv");
    const ProcessResult refused = cli({"data", csv});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.err.find("fruit.csv: line "), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("values are missing"), std::string::npos) << refused.err;

    const ProcessResult r =
        cli({"data", csv, "--missing", "fill_mean", "--ignore", "note", "--target", "fruit"});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    for (const char* part :
         {"Sample shape:  9", "classification, 4 classes", "colour=purple", "16 values filled"})
        EXPECT_NE(r.out.find(part), std::string::npos) << part << "\n" << r.out;
}

TEST(CliData, TrainsTheCsvExample) {
    test::TempDir dir;
    const ProcessResult r =
        cli({"train", example("fruit_csv.nwproj"), "--epochs", "5", "-o", (dir / "fruit.nwproj").string()});
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Test: loss"), std::string::npos) << r.out;
    // Saved elsewhere, the project still names the data, now by its absolute path.
    const Result<Project> saved = loadProject(dir / "fruit.nwproj");
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(std::filesystem::exists(saved->dataset.path)) << saved->dataset.path;
    EXPECT_TRUE(saved->fittedScaling);
}

} // namespace
} // namespace nw
