#include "engine/io/export_verify.h"

#include <cmath>
#include <cstdio>
#include <limits>

#if NW_HAVE_OPENCV_DNN
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/core/version.hpp>
#include <opencv2/dnn.hpp>
#endif

namespace nw {

std::string ExportVerification::summary() const {
    if (cancelled) return consumer + ": cancelled, the export is not verified";
    if (!ran) return consumer + (consumerMissing ? ": not run (" : ": failed (") + note + ")";
    char difference[32];
    std::snprintf(difference, sizeof difference, "%.3g", maxAbsDifference);
    std::string text = consumer + " on " + inputs + ": largest difference " + difference;
    if (!passed()) text += ", more than the 1e-4 allowed";
    return text;
}

bool ExportVerification::passed() const {
    if (cancelled) return false;
    return ran ? maxAbsDifference <= kExportTolerance : consumerMissing;
}

double maxAbsDifference(const Tensor& a, const Tensor& b) {
    if (a.size() != b.size()) return std::numeric_limits<double>::infinity();
    double largest = 0;
    for (int64_t i = 0; i < a.size(); ++i) {
        if (std::isnan(a[i]) != std::isnan(b[i])) return std::numeric_limits<double>::infinity();
        if (std::isnan(a[i])) continue;
        largest = std::max(largest, std::abs(static_cast<double>(a[i]) - static_cast<double>(b[i])));
    }
    return largest;
}

ExportVerification verifyOnnxWithOpenCv(std::string_view model, const Tensor& inputs,
                                        const Tensor& expected) {
    ExportVerification v;
#if NW_HAVE_OPENCV_DNN
    v.consumer = std::string("OpenCV DNN ") + CV_VERSION;
    v.samples = inputs.rows();
    try {
        // OpenCV logs its import steps to stderr; the engine never prints.
        cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_ERROR);
        cv::dnn::Net net = cv::dnn::readNetFromONNX(model.data(), model.size());
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        std::vector<int> dims;
        for (int64_t d : inputs.shape().dims()) dims.push_back(static_cast<int>(d));
        const cv::Mat blob(static_cast<int>(dims.size()), dims.data(), CV_32F,
                           const_cast<float*>(inputs.data()));
        net.setInput(blob);
        const cv::Mat out = net.forward();
        if (!out.isContinuous() || out.type() != CV_32F ||
            static_cast<int64_t>(out.total()) != expected.size()) {
            v.note = "it produced " + std::to_string(out.total()) + " values where the engine produced " +
                     std::to_string(expected.size());
            return v;
        }
        Tensor got(expected.shape());
        std::copy(out.ptr<float>(), out.ptr<float>() + expected.size(), got.data());
        v.maxAbsDifference = maxAbsDifference(expected, got);
        v.ran = true;
    } catch (const cv::Exception& e) {
        v.note = "it refused the model: " + e.msg;
    }
#else
    (void)model;
    (void)inputs;
    (void)expected;
    v.consumer = "OpenCV DNN";
    v.consumerMissing = true;
    v.note = "this build has no OpenCV DNN module";
#endif
    return v;
}

} // namespace nw
