// The engine's side of the CPU training benchmark (../shared/bench/ref_torch.py is the other side):
//     neuroweave-bench [THREADS] [--workloads mlp,cnn,tiny,residual,vgg] [--data-dir DIR] [--seed S]
// prints one JSON line per workload with the reference's keys. Each workload runs in a fresh child
// process (this program, re-executed), so peak_rss_mb is that workload's own peak.
#include "bench/workloads.h"

#include "engine/data/builtin_datasets.h"
#include "engine/layers/small_gemm.h"
#include "engine/runtime/network.h"
#include "engine/train/session.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Options {
    int threads = 2;
    std::vector<std::string> workloads = nw::bench::workloadNames();
    std::string dataDir = nw::builtinDatasetFolder(nw::BuiltinDataset::FashionMnist).string();
    uint64_t seed = 0;
    std::optional<std::string> child;
};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');)
        if (!item.empty()) items.push_back(item);
    return items;
}

std::optional<Options> parse(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--workloads" && hasValue)
            o.workloads = splitList(argv[++i]);
        else if (arg == "--data-dir" && hasValue)
            o.dataDir = argv[++i];
        else if (arg == "--seed" && hasValue)
            o.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--child" && hasValue)
            o.child = argv[++i];
        else if (!arg.empty() && arg.find_first_not_of("0123456789") == std::string::npos)
            o.threads = std::stoi(arg);
        else
            return std::nullopt;
    }
    for (const std::string& w : o.workloads) {
        if (std::find(nw::bench::workloadNames().begin(), nw::bench::workloadNames().end(), w) ==
            nw::bench::workloadNames().end()) {
            std::fprintf(stderr, "unknown workload '%s': choose from mlp, cnn, tiny, residual, vgg\n",
                         w.c_str());
            return std::nullopt;
        }
    }
    if (o.threads < 1) return std::nullopt;
    return o;
}

// Starts the clock once the warm-up steps are done.
class StepClock final : public nw::TrainingObserver {
public:
    explicit StepClock(int64_t warmupSteps) : m_warmup(warmupSteps) {}
    void onBatch(const nw::BatchMetrics& m) override {
        if (m.step == m_warmup) m_start = Clock::now();
        ++m_steps;
    }
    int64_t m_warmup;
    int64_t m_steps = 0;
    Clock::time_point m_start;
};

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // KiB on Linux
}

// Share of test samples whose output sign matches their ±1 target.
double signAccuracy(nw::Network& network, const nw::Dataset& data, std::span<const int64_t> indices) {
    nw::Tensor features(data.sampleShape().withBatch(network.maxBatch()));
    nw::Tensor targets(nw::Shape{network.maxBatch(), 1});
    int64_t correct = 0;
    for (size_t start = 0; start < indices.size(); start += static_cast<size_t>(network.maxBatch())) {
        const auto chunk =
            indices.subspan(start, std::min(static_cast<size_t>(network.maxBatch()), indices.size() - start));
        nw::gatherBatch(data, chunk, features, targets);
        const nw::Tensor& out = network.forward(features, false);
        for (int64_t r = 0; r < out.rows(); ++r) correct += (out.row(r)[0] >= 0) == (targets.row(r)[0] > 0);
    }
    return static_cast<double>(correct) / static_cast<double>(indices.size());
}

const char* buildArchitecture() {
#if defined(__AVX512F__)
    return "avx512";
#elif defined(__AVX2__) && defined(__FMA__)
    return "avx2-fma";
#else
    return "baseline";
#endif
}

int runWorkload(const Options& o, const std::string& name) {
    nw::applyThreadCount(o.threads);
    nw::Result<nw::bench::Workload> made = nw::bench::makeWorkload(name, o.dataDir);
    if (!made.ok()) {
        std::fprintf(stderr, "%s: %s\n", name.c_str(), made.error().describe().c_str());
        return 2;
    }
    nw::bench::Workload& w = made.value();
    w.settings.seed = o.seed;
    w.settings.threads = o.threads;
    const double rssData = peakRssMb();
    nw::Result<std::unique_ptr<nw::Network>> compiled = nw::compile(w.graph, w.settings.batchSize);
    if (!compiled.ok()) {
        std::fprintf(stderr, "%s: %s\n", name.c_str(), compiled.error().describe().c_str());
        return 2;
    }
    nw::Network& network = *compiled.value();
    network.initialize(o.seed);
    if (name == "tiny") nw::bench::playgroundInitialize(network, o.seed);

    nw::Trainer trainer(network, w.data, w.split, w.settings);
    StepClock clock(w.warmupSteps);
    const auto trainStart = Clock::now();
    const nw::StopReason reason = trainer.run(&clock);
    const auto trainEnd = Clock::now();
    if (reason != nw::StopReason::Completed) {
        std::fprintf(stderr, "%s: training did not complete\n", name.c_str());
        return 1;
    }
    const double timed = std::chrono::duration<double>(trainEnd - clock.m_start).count();
    const double total = std::chrono::duration<double>(trainEnd - trainStart).count();
    const int64_t timedSteps = clock.m_steps - w.warmupSteps;
    // Every timed step is a full batch except the epoch's last one.
    const auto trainCount = static_cast<int64_t>(w.split.train.size());
    const int64_t stepsPerEpoch = (trainCount + w.settings.batchSize - 1) / w.settings.batchSize;
    const int64_t lastBatch = trainCount - (stepsPerEpoch - 1) * w.settings.batchSize;
    const int64_t timedSamples = timedSteps * w.settings.batchSize -
                                 static_cast<int64_t>(w.settings.epochs) * (w.settings.batchSize - lastBatch);

    const auto evalStart = Clock::now();
    const double testAccuracy = w.signAccuracy
                                    ? signAccuracy(network, w.data, w.split.test)
                                    : nw::evaluate(network, w.data, w.split.test, w.settings.loss).accuracy;
    const nw::Evaluation train = nw::evaluate(network, w.data, w.split.train, w.settings.loss);
    const double trainAccuracy =
        w.signAccuracy ? signAccuracy(network, w.data, w.split.train) : train.accuracy;
    const double evalSeconds = std::chrono::duration<double>(Clock::now() - evalStart).count();

    const double samplesPerSecond = static_cast<double>(timedSamples) / timed;
    std::printf(
        "{\"framework\": \"neuroweave\", \"version\": \"%s\", \"workload\": \"%s\", \"threads\": %d, "
        "\"batch\": %lld, \"epochs\": %d, \"total_steps\": %lld, \"warmup_steps\": %lld, "
        "\"timed_steps\": %lld, \"timed_samples\": %lld, \"timed_s\": %.4f, \"samples_per_s\": %.1f, "
        "\"steps_per_s\": %.1f, \"us_per_step\": %.2f, \"train_total_s\": %.4f, "
        "\"model_flops_per_sample\": %lld, \"achieved_gflops\": %.2f, \"test_accuracy\": %.4f, "
        "\"train_accuracy\": %.4f, \"train_loss_final\": %.5f, \"eval_s\": %.3f, \"params\": %lld, "
        "\"rss_after_data_mb\": %.1f, \"peak_rss_mb\": %.1f, \"arch\": \"%s\", \"conv_kernels\": \"%s\"}\n",
        NW_VERSION, name.c_str(), o.threads, static_cast<long long>(w.settings.batchSize), w.settings.epochs,
        static_cast<long long>(clock.m_steps), static_cast<long long>(w.warmupSteps),
        static_cast<long long>(timedSteps), static_cast<long long>(timedSamples), timed, samplesPerSecond,
        static_cast<double>(timedSteps) / timed, 1e6 * timed / static_cast<double>(timedSteps), total,
        static_cast<long long>(w.flopsPerSample),
        samplesPerSecond * static_cast<double>(w.flopsPerSample) / 1e9, testAccuracy, trainAccuracy,
        train.loss * w.reportedLossScale, evalSeconds, static_cast<long long>(network.paramCount()), rssData,
        peakRssMb(), buildArchitecture(), nw::smallGemmInstructionSet());
    std::fflush(stdout);
    return 0;
}

// Runs one workload in a fresh process of this program and returns its exit code.
int runChild(const Options& o, const std::string& workload) {
    const pid_t pid = fork();
    if (pid < 0) return 2;
    if (pid == 0) {
        const std::string threads = std::to_string(o.threads), seed = std::to_string(o.seed);
        execl("/proc/self/exe", "neuroweave-bench", threads.c_str(), "--child", workload.c_str(),
              "--data-dir", o.dataDir.c_str(), "--seed", seed.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}

} // namespace

int main(int argc, char** argv) {
    const std::optional<Options> options = parse(argc, argv);
    if (!options) {
        std::fprintf(
            stderr,
            "usage: neuroweave-bench [THREADS] [--workloads mlp,cnn,tiny,residual,vgg] [--data-dir DIR] "
            "[--seed S]\n");
        return 2;
    }
    if (options->child) return runWorkload(*options, *options->child);
    int result = 0;
    for (const std::string& workload : options->workloads)
        result = std::max(result, runChild(*options, workload));
    return result;
}
