#pragma once

#include "gui/training/probe_frame.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace nw::gui {

// A thread that turns parameter snapshots into ProbeFrames on its own Network, compiled from the
// same graph: the training network is never touched, so probes cannot change the training numbers.
// It computes at most ~12 frames a second (one every 80 ms) and drops snapshots it has no time for (only the
// latest matters), so a slow probe never holds up training.
class ProbeService {
public:
    ProbeService(std::shared_ptr<const TrainingSession> session, const Graph& graph);
    ~ProbeService(); // stops and joins the thread

    ProbeService(const ProbeService&) = delete;
    ProbeService& operator=(const ProbeService&) = delete;

    // From the training thread (or any): the newest parameters. With `predict`, the frame made from
    // them also classifies the validation split (costly: epoch ends and the end of a run only). A
    // snapshot made at an epoch's end (ParamSnapshot::epoch) also gives the layers' distributions,
    // and no snapshot made mid-epoch replaces it while it waits.
    void submit(std::shared_ptr<const ParamSnapshot> params, bool predict);
    // From the GUI thread: what to probe; recomputes from the latest parameters.
    void setRequest(const ProbeRequest& request);

    // The newest frame, or nullptr before the first.
    std::shared_ptr<const ProbeFrame> latest() const;
    // The distributions taken since the last call, oldest first. Epochs whose end came while the
    // probe thread was busy with an earlier one have none: a fast run gets a sample of its epochs.
    std::vector<std::shared_ptr<const EpochDistributions>> takeDistributions();
    // Blocks until every submitted snapshot and request has been turned into a frame (tests).
    void waitUntilIdle();

private:
    void loop();
    std::shared_ptr<ProbeFrame> compute(const std::shared_ptr<const ParamSnapshot>& params,
                                        const ProbeRequest& request, bool predict);

    std::shared_ptr<const TrainingSession> m_session;
    std::unique_ptr<Network> m_network;            // the probe thread's own
    std::vector<NodeId> m_mapNodes;                // hidden nodes with flat outputs: unit maps on the plane
    std::shared_ptr<const ParamSnapshot> m_last;   // the newest snapshot probed
    std::shared_ptr<const ParamSnapshot> m_before; // the one probed before it, for update sizes
    std::shared_ptr<const Predictions> m_predictions;
    int64_t m_predictionsStep = 0;
    int m_distributionsEpoch = -1; // of the newest distributions taken
    int64_t m_sequence = 0;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::shared_ptr<const ParamSnapshot> m_pending; // newest parameters not yet probed
    bool m_pendingPredict = false;
    ProbeRequest m_request;
    bool m_requestChanged = false;
    bool m_busy = false;
    bool m_quit = false;
    std::shared_ptr<const ProbeFrame> m_latest;
    std::vector<std::shared_ptr<const EpochDistributions>> m_distributions; // not yet taken
    std::thread m_thread;
};

} // namespace nw::gui
