// The designer's responsiveness while it trains: the W2 workload (Fashion-MNIST, the LeNet-style CNN
// of resources/examples/fashion_cnn.nwproj) inside the real main window with the Metrics and
// Activations docks side by side and a convolution selected, as a person would watch it. A 1 ms
// timer measures how late the event loop serves it (p50, p99, max), and the training throughput is
// compared with the same steps trained without a window, through TrainingSession as neuroweave-cli
// trains. The two alternate for several rounds and the median of the rounds' ratios is the figure:
// one pair alone swings by tens of percent when another program takes a core for a moment.
// Run under Xvfb: `xvfb-run -a neuroweave-bench-gui [STEPS [THREADS [ROUNDS]]]`.

#include "gui/app/main_window.h"
#include "gui/app/user_prompts.h"
#include "gui/document/project_document.h"
#include "gui/training/training_controller.h"

#include "engine/io/project.h"
#include "engine/train/session.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
constexpr int64_t kWarmUpSteps = 10; // excluded from the throughput: caches, first allocations

struct Throughput {
    double samplesPerSecond = 0;
    int64_t steps = 0;
};

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

// The same steps without a window: TrainingSession on a worker thread, as neuroweave-cli runs.
Throughput trainHeadless(const nw::Project& project, const std::filesystem::path& dir, int64_t steps) {
    auto created = nw::TrainingSession::create(project, dir);
    if (!created.ok()) {
        std::fprintf(stderr, "cannot train: %s\n", created.error().describe().c_str());
        return {};
    }
    nw::TrainingSession& session = **created;
    struct Observer : nw::TrainingObserver {
        nw::Trainer* trainer = nullptr;
        int64_t last = 0;
        Clock::time_point start, end;
        void onBatch(const nw::BatchMetrics& m) override {
            if (m.step == kWarmUpSteps) start = Clock::now();
            if (m.step == last) {
                end = Clock::now();
                trainer->stop();
            }
        }
    } observer;
    observer.trainer = &session.trainer();
    observer.last = steps;
    std::thread worker([&] {
        nw::applyThreadCount(project.training.threads);
        session.trainer().run(&observer);
    });
    worker.join();
    const double seconds = std::chrono::duration<double>(observer.end - observer.start).count();
    const auto samples = static_cast<double>((steps - kWarmUpSteps) * project.training.batchSize);
    return {seconds > 0 ? samples / seconds : 0, steps};
}

// One training run in a fresh main window, watched as a person would: its throughput after the
// warm-up, and the lateness of the 1 ms timer (ms, one per tick) while it ran.
struct DesignerRun {
    double samplesPerSecond = 0;
    int64_t trained = 0;
    nw::Project project;
    std::vector<double> lateness;
};

DesignerRun trainInDesigner(QApplication& app, const QString& path, int64_t steps, int threads) {
    DesignerRun run;
    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    nw::gui::MainWindow window(nullptr, &settings);
    window.setPrompts(std::make_unique<nw::gui::UnattendedPrompts>());
    window.resize(1280, 800);
    window.show();
    if (!window.openFile(path)) return run;
    if (threads >= 0)
        window.document()->changeTrainingState([threads](nw::Project& p) { p.training.threads = threads; });
    auto* metrics = window.findChild<QDockWidget*>(QStringLiteral("dock.metrics"));
    auto* activations = window.findChild<QDockWidget*>(QStringLiteral("dock.activations"));
    if (metrics && activations) window.splitDockWidget(metrics, activations, Qt::Horizontal);
    window.selectLayer(QStringLiteral("conv_1"));

    nw::gui::TrainingController* training = window.training();
    QElapsedTimer clock;
    qint64 lastTick = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick >= 0 && training->state() == nw::gui::TrainingController::State::Running)
            run.lateness.push_back(std::max(0.0, static_cast<double>(now - lastTick) / 1e6 - 1.0));
        lastTick = now;
    });

    Clock::time_point start, end;
    QObject::connect(training, &nw::gui::TrainingController::metricsAppended, [&] {
        const qint64 done = training->steps().isEmpty() ? 0 : training->steps().back().step;
        if (start == Clock::time_point{} && done >= kWarmUpSteps) start = Clock::now();
        if (done >= steps && end == Clock::time_point{}) {
            end = Clock::now();
            training->stop();
        }
    });
    QObject::connect(training, &nw::gui::TrainingController::stateChanged,
                     [&](nw::gui::TrainingController::State s) {
                         if (s == nw::gui::TrainingController::State::Idle) app.quit();
                     });
    clock.start();
    probe.start();
    training->start();
    app.exec();
    probe.stop();

    // Steps are counted when the 30 Hz pull delivers them: at most one pull late at either end.
    run.trained = training->steps().isEmpty() ? 0 : training->steps().back().step;
    run.project = window.document()->project();
    const double seconds = std::chrono::duration<double>(end - start).count();
    run.samplesPerSecond =
        seconds > 0 ? static_cast<double>((steps - kWarmUpSteps) * run.project.training.batchSize) / seconds
                    : 0;
    return run;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const int64_t steps = argc > 1 ? std::max<int64_t>(kWarmUpSteps + 10, std::atoll(argv[1])) : 150;
    const int threads = argc > 2 ? std::atoi(argv[2]) : -1; // -1: the project's setting
    const int rounds = argc > 3 ? std::max(1, std::atoi(argv[3])) : 5;
    const QString path = QStringLiteral(NW_SOURCE_DIR "/resources/examples/fashion_cnn.nwproj");
    const std::filesystem::path dataDir = QFile::encodeName(QFileInfo(path).absolutePath()).toStdString();

    std::vector<double> lateness, ratios, designerRates, headlessRates;
    DesignerRun last;
    for (int round = 0; round < rounds; ++round) {
        last = trainInDesigner(app, path, steps, threads);
        const Throughput headless = trainHeadless(last.project, dataDir, steps);
        lateness.insert(lateness.end(), last.lateness.begin(), last.lateness.end());
        designerRates.push_back(last.samplesPerSecond);
        headlessRates.push_back(headless.samplesPerSecond);
        if (headless.samplesPerSecond > 0)
            ratios.push_back(last.samplesPerSecond / headless.samplesPerSecond);
    }

    std::printf(
        "GUI responsiveness, W2 CNN (fashion_cnn.nwproj), %lld steps of batch %lld, %d threads, %d rounds\n",
        static_cast<long long>(last.trained), static_cast<long long>(last.project.training.batchSize),
        nw::resolvedThreadCount(last.project.training.threads), rounds);
    std::printf("  event-loop lateness of a 1 ms timer: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n",
                percentile(lateness, 0.5), percentile(lateness, 0.99), percentile(lateness, 1.0),
                lateness.size());
    for (size_t i = 0; i < designerRates.size(); ++i)
        std::printf(
            "  round %zu: designer %.0f samples/s, without a window (as neuroweave-cli) %.0f samples/s\n",
            i + 1, designerRates[i], headlessRates[i]);
    if (!ratios.empty()) {
        std::printf("  designer / headless: %.1f %% (median of %zu rounds; %.1f–%.1f %%)\n",
                    100.0 * percentile(ratios, 0.5), ratios.size(), 100.0 * percentile(ratios, 0.0),
                    100.0 * percentile(ratios, 1.0));
    }
    return 0;
}
