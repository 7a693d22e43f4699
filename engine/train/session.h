#pragma once

#include "engine/core/diagnostic.h"
#include "engine/data/dataset.h"
#include "engine/io/project.h"
#include "engine/runtime/network.h"
#include "engine/train/trainer.h"

#include <filesystem>
#include <memory>

namespace nw {

// Everything needed to train one project, built from the project alone: the CLI and the designer
// both train through this, so the same project and seed give the same numbers in both.
class TrainingSession {
public:
    // Fresh: initial weights drawn from the project's seed, the history starts empty. Continue: the
    // project's trained weights, history and training state (optimizer moments, an unfinished epoch)
    // are taken up, so the run goes on as if it had never stopped; a project without weights starts
    // fresh.
    enum class Start { Fresh, Continue };

    // Loads the data (relative paths against `projectDir`), scales it with statistics of the
    // training split, compiles the graph for the project's batch size and sets the weights as `start`
    // says. Weights that do not fit the network (edited since) are refused with the reason.
    static Result<std::unique_ptr<TrainingSession>>
    create(const Project& project, const std::filesystem::path& projectDir, Start start = Start::Fresh);

    Trainer& trainer() { return *m_trainer; }
    Network& network() { return *m_network; }
    const Dataset& dataset() const { return m_dataset; }
    const DataSplit& split() const { return m_split; }
    // The scaling applied to the data, with statistics from the training split.
    const FittedScaling& scaling() const { return m_scaling; }

    // Loss and accuracy on the test split with the current weights; nothing when there is no test split.
    std::optional<Evaluation> evaluateTest();

    // Stores what training produced in `project`: the weights, the scaling, the CSV encoding, the
    // whole metric history and the state that continuing needs; and the run's record, a new one or,
    // when this session continued the project's current run, that one brought up to date.
    void storeResults(Project& project) const;
    // During a run, at an epoch's end (on the training thread, from an observer): what storeResults
    // stores, with the run marked as stopped, so that continuing from it finishes the run's plan.
    void storeCheckpoint(Project& project) const;
    // Whether the network was edited since the project's current run trained it, so that its weights
    // belong to another network: a new run then starts from fresh weights. Projects without run
    // records (older files) cannot tell and say no.
    static bool networkChangedSinceTraining(const Project& project);
    // Copies what storeResults (or storeCheckpoint) stored in `from` into `to`, leaving the rest of
    // `to` (its graph, data source and settings) as it is: a checkpoint made from the project a run
    // started with lands in the project as it is now.
    static void copyResults(const Project& from, Project& to);
    // Forgets everything storeResults stored but the run records, so the next run starts from fresh
    // weights (as a new run).
    static void clearResults(Project& project);
    // Why a continued run could not take up everything of the earlier one (e.g. another optimizer).
    const std::optional<std::string>& continueNote() const { return m_continueNote; }

private:
    TrainingSession() = default;
    Dataset m_dataset;
    DataSplit m_split;
    FittedScaling m_scaling;
    std::optional<CsvEncoding> m_csvEncoding; // CSV data: how it was encoded, stored with the results
    LossKind m_lossKind{};
    std::optional<std::string> m_continueNote;
    bool m_continues = false;
    std::string m_startedAt; // when the session was made: a new run's start
    std::unique_ptr<Network> m_network;
    std::unique_ptr<Trainer> m_trainer;
};

// The threads a run with the `threads` setting uses: the setting itself, or every core for 0.
int resolvedThreadCount(int threads);

// Applies the thread count of a training run to OpenMP, which the layers split their work over (0:
// every core). Eigen stays single-threaded (EIGEN_DONT_PARALLELIZE, see engine/CMakeLists.txt).
void applyThreadCount(int threads);

} // namespace nw
