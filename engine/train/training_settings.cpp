#include "engine/train/training_settings.h"

namespace nw {

std::string_view toString(StopMetric metric) {
    return metric == StopMetric::ValidationLoss ? "validationLoss" : "validationAccuracy";
}

std::optional<StopMetric> stopMetricFromString(std::string_view name) {
    for (StopMetric m : {StopMetric::ValidationLoss, StopMetric::ValidationAccuracy})
        if (toString(m) == name) return m;
    return std::nullopt;
}

} // namespace nw
