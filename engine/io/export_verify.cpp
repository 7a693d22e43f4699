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

namespace {

std::string formatted(const char* format, double value) {
    char text[32];
    std::snprintf(text, sizeof text, format, value);
    return text;
}

std::string describeInt8(const Int8Comparison& c) {
    if (c.classification)
        return "int8 accuracy " + formatted("%.1f", 100 * c.int8Accuracy) + "% against " +
               formatted("%.1f", 100 * c.floatAccuracy) + "% in float (" +
               formatted("%+.1f", 100 * (c.int8Accuracy - c.floatAccuracy)) + " points)";
    return "int8 outputs differ from the float ones by " + formatted("%.3g", c.meanAbsDifference) +
           " on average (" +
           formatted("%.1f", c.floatSpread > 0 ? 100 * c.meanAbsDifference / c.floatSpread : 0) +
           "% of their spread)";
}

} // namespace

bool Int8Comparison::acceptable() const {
    if (classification) return int8Accuracy >= floatAccuracy - kInt8AccuracyLoss;
    return meanAbsDifference <= kInt8RegressionLoss * floatSpread;
}

std::string ExportVerification::summary() const {
    if (cancelled) return consumer + ": cancelled, the export is not verified";
    if (!ran) return consumer + (consumerMissing ? ": not run (" : ": failed (") + note + ")";
    if (int8) {
        std::string text = consumer + " on " + inputs + ": " + describeInt8(*int8);
        if (!passed())
            text += int8->classification
                        ? ", a larger loss than the " + formatted("%g", 100 * kInt8AccuracyLoss) +
                              " points allowed"
                        : ", more than the " + formatted("%g", 100 * kInt8RegressionLoss) + "% allowed";
        return text;
    }
    std::string text =
        consumer + " on " + inputs + ": largest difference " + formatted("%.3g", maxAbsDifference);
    if (!passed()) text += ", more than the 1e-4 allowed";
    return text;
}

bool ExportVerification::passed() const {
    if (cancelled) return false;
    if (!ran) return consumerMissing;
    return int8 ? int8->acceptable() : maxAbsDifference <= kExportTolerance;
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
    Tensor got(expected.shape());
    ExportVerification v = runOnnxWithOpenCv(model, inputs, got);
    if (v.ran) v.maxAbsDifference = maxAbsDifference(expected, got);
    return v;
}

ExportVerification runOnnxWithOpenCv(std::string_view model, const Tensor& inputs, Tensor& outputs) {
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
            static_cast<int64_t>(out.total()) != outputs.size()) {
            v.note = "it produced " + std::to_string(out.total()) + " values where the engine produced " +
                     std::to_string(outputs.size());
            return v;
        }
        std::copy(out.ptr<float>(), out.ptr<float>() + outputs.size(), outputs.data());
        v.ran = true;
    } catch (const cv::Exception& e) {
        v.note = "it refused the model: " + e.msg;
    }
#else
    (void)model;
    (void)inputs;
    (void)outputs;
    v.consumer = "OpenCV DNN";
    v.consumerMissing = true;
    v.note = "this build has no OpenCV DNN module";
#endif
    return v;
}

} // namespace nw
