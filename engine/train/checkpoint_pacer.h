#pragma once

#include <chrono>
#include <optional>

namespace nw {

// Decides, at each epoch's end, whether a checkpoint is written: the first epoch's end always, later
// ones at most once per interval. A crash then loses at most an epoch, or the interval when epochs are
// shorter than it, and a run of many tiny epochs (XOR trains thousands a second) does not spend its
// time writing files. The CLI's `train` and the designer's runs both pace their checkpoints with it.
class CheckpointPacer {
public:
    using Clock = std::chrono::steady_clock;

    explicit CheckpointPacer(Clock::duration interval = std::chrono::seconds(1)) : m_interval(interval) {}

    // Whether a checkpoint is due now; when it is, the next one is due an interval later.
    bool due(Clock::time_point now = Clock::now()) {
        if (m_last && now - *m_last < m_interval) return false;
        m_last = now;
        return true;
    }

private:
    Clock::duration m_interval;
    std::optional<Clock::time_point> m_last;
};

} // namespace nw
