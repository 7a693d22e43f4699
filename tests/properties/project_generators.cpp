#include "project_generators.h"

#include "engine/layers/registry.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace nw {

void showValue(const Project& project, std::ostream& os) { os << serializeProject(project); }

namespace test {
namespace {

using rc::gen::arbitrary;
using rc::gen::element;
using rc::gen::inRange;

// A uniform double in [0, 1), every representable step reachable.
double unitInterval() { return std::ldexp(static_cast<double>(*arbitrary<uint64_t>() >> 11), -53); }

// [lo, hi] with the bounds themselves often chosen: off-by-one ranges hide there.
double inClosed(double lo, double hi) {
    switch (*inRange(0, 4)) {
    case 0: return lo;
    case 1: return hi;
    default: return lo + (hi - lo) * unitInterval();
    }
}

int64_t inClosed(int64_t lo, int64_t hi) {
    switch (*inRange(0, 4)) {
    case 0: return lo;
    case 1: return hi;
    // inRange excludes its upper end: one past it, unless that would overflow.
    default: return hi == std::numeric_limits<int64_t>::max() ? *inRange<int64_t>(lo, hi) : *inRange<int64_t>(lo, hi + 1);
    }
}

AttrValue genAttribute(const AttrSpec& spec) {
    switch (spec.type) {
    case AttrType::Int: return inClosed(static_cast<int64_t>(spec.min), static_cast<int64_t>(spec.max));
    case AttrType::Float: return inClosed(spec.min, spec.max);
    case AttrType::Bool: return *arbitrary<bool>();
    case AttrType::Enum: return EnumValue{*inRange(0, static_cast<int>(spec.options.size()))};
    case AttrType::Shape: {
        std::vector<int64_t> dims(static_cast<size_t>(*inRange(1, 4)));
        for (int64_t& d : dims)
            d = *rc::gen::weightedOneOf<int64_t>(
                {{8, inRange<int64_t>(1, 9)}, {1, rc::gen::just<int64_t>(1 << 24)}});
        return Shape(std::move(dims));
    }
    }
    return {};
}

NodeId anyNode(const Graph& g) { return g.nodes()[*inRange<size_t>(0, g.nodes().size())].id; }

// One random edit; refused edits are part of the game (the graph must stay as it was).
void randomEdit(Graph& g) {
    const auto& kinds = layerRegistry().all();
    const int op = g.nodes().empty() ? 0 : *inRange(0, 10);
    if (op <= 2) {
        const LayerInfo& info = kinds[*inRange<size_t>(0, kinds.size())];
        g.addNode(info.kind,
                  *rc::gen::weightedOneOf<std::string>({{3, rc::gen::just(std::string())}, {1, genText()}}),
                  Point{*genFiniteDouble(), *genFiniteDouble()});
    } else if (op <= 5) {
        // Mostly aimed at a free input port, so that many attempts succeed and graphs grow edges;
        // now and then a port that does not exist, which must be refused.
        std::vector<PortRef> free;
        for (const Node& n : g.nodes())
            for (int port = 0; port < static_cast<int>(layerRegistry().info(n.kind).inputPorts.size());
                 ++port)
                if (!g.edgeInto({n.id, port})) free.push_back({n.id, port});
        const bool wild = free.empty() || *inRange(0, 8) == 0;
        const PortRef to =
            wild ? PortRef{anyNode(g), *inRange(0, 3)} : free[*inRange<size_t>(0, free.size())];
        (void)g.connect({{anyNode(g), wild ? *inRange(0, 2) : 0}, to});
    } else if (op <= 7) {
        const NodeId id = anyNode(g);
        const LayerInfo& info = layerRegistry().info(g.node(id)->kind);
        if (info.attrs.empty()) return;
        const AttrSpec& spec = info.attrs[*inRange<size_t>(0, info.attrs.size())];
        (void)g.setAttribute(id, spec.name, genAttribute(spec));
    } else if (op == 8) {
        const NodeId id = anyNode(g);
        if (*rc::gen::arbitrary<bool>())
            (void)g.rename(id, *genText());
        else
            (void)g.setEnabled(id, !g.node(id)->enabled);
    } else {
        (void)g.removeNode(anyNode(g));
    }
}

SyntheticSpec genSynthetic() {
    SyntheticSpec s;
    s.kind = *element(SyntheticKind::Xor, SyntheticKind::Circles, SyntheticKind::Spirals,
                      SyntheticKind::Blobs, SyntheticKind::Sine, SyntheticKind::Polynomial);
    s.samples = inClosed(int64_t{2}, int64_t{10'000'000});
    s.noise = inClosed(0.0, 1.0);
    s.classes = inClosed(int64_t{2}, int64_t{1000});
    s.seed = *arbitrary<uint64_t>();
    return s;
}

// In [0, 1): the upper bound itself is not allowed.
double fraction() { return *inRange(0, 3) == 0 ? 0.0 : unitInterval(); }

TrainingSettings genTraining() {
    TrainingSettings t;
    t.loss =
        *element(LossKind::SoftmaxCrossEntropy, LossKind::MeanSquaredError, LossKind::BinaryCrossEntropy);
    OptimizerSettings& o = t.optimizer;
    o.kind =
        *element(OptimizerKind::SGD, OptimizerKind::Momentum, OptimizerKind::Adam, OptimizerKind::RMSprop);
    o.learningRate =
        *rc::gen::oneOf(rc::gen::just(10.0), rc::gen::just(std::numeric_limits<double>::denorm_min()),
                        rc::gen::exec([] { return 10.0 * (1.0 - unitInterval()); }));
    o.momentum = fraction();
    o.nesterov = *arbitrary<bool>();
    o.beta1 = fraction();
    o.beta2 = fraction();
    o.rho = fraction();
    o.epsilon = 1.0 - unitInterval();
    o.weightDecay = inClosed(0.0, 1.0);
    t.batchSize = inClosed(int64_t{1}, int64_t{1'000'000});
    t.epochs = static_cast<int>(inClosed(int64_t{0}, int64_t{1'000'000}));
    t.seed = *arbitrary<uint64_t>();
    t.threads = static_cast<int>(inClosed(int64_t{0}, int64_t{1024}));
    if (*arbitrary<bool>()) {
        ScheduleSettings& s = t.schedule;
        s.kind = *element(ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential,
                          ScheduleKind::Cosine, ScheduleKind::OneCycle, ScheduleKind::Plateau);
        s.warmupEpochs = static_cast<int>(inClosed(int64_t{0}, int64_t{1'000'000}));
        s.stepEpochs = static_cast<int>(inClosed(int64_t{1}, int64_t{1'000'000}));
        s.factor = 0.5 * (1.0 - unitInterval()) + 0.25; // inside (0, 1)
        s.gamma = 1.0 - unitInterval();
        s.minFactor = fraction();
        s.patience = static_cast<int>(inClosed(int64_t{0}, int64_t{1'000'000}));
    }
    if (*arbitrary<bool>())
        t.earlyStopping = {true, *element(StopMetric::ValidationLoss, StopMetric::ValidationAccuracy),
                           static_cast<int>(inClosed(int64_t{1}, int64_t{1'000'000})), *arbitrary<bool>()};
    if (*arbitrary<bool>()) t.clipNorm = inClosed(0.0, 1e6);
    return t;
}

Tensor genTensor() {
    std::vector<int64_t> dims(static_cast<size_t>(*inRange(0, 4)));
    for (int64_t& d : dims) d = *inRange<int64_t>(0, 5);
    Tensor t{Shape(dims)};
    for (int64_t i = 0; i < t.size(); ++i) t[i] = *genAnyFloat();
    return t;
}

Weights genWeights(const Graph& g) {
    Weights weights;
    for (const Node& n : g.nodes()) {
        if (*inRange(0, 2) == 0) continue;
        NodeWeights w{n.id, {}, {}};
        for (int i = *inRange(0, 4); i > 0; --i) {
            w.names.push_back(*rc::gen::oneOf(genText(), rc::gen::just(std::string())));
            w.values.push_back(genTensor());
        }
        weights.push_back(std::move(w));
    }
    return weights;
}

MetricHistory genHistory() {
    MetricHistory h;
    for (int i = *inRange(0, 6); i > 0; --i)
        h.epochs.push_back({static_cast<int>(inClosed(int64_t{0}, int64_t{std::numeric_limits<int>::max()})),
                            *genMetric(), *genMetric(), *genMetric(), *genMetric(), *genMetric(),
                            inClosed(int64_t{0}, std::numeric_limits<int64_t>::max()), *genMetric()});
    h.batchLosses = *rc::gen::container<std::vector<float>>(genAnyFloat());
    return h;
}

} // namespace

rc::Gen<double> genFiniteDouble() {
    constexpr double kLimits[] = {0.0,
                                  -0.0,
                                  std::numeric_limits<double>::denorm_min(),
                                  -std::numeric_limits<double>::denorm_min(),
                                  std::numeric_limits<double>::min(),
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::lowest(),
                                  0.1,
                                  1.0 / 3.0,
                                  220.0,
                                  -1e-310};
    return rc::gen::oneOf(rc::gen::elementOf(std::vector<double>(std::begin(kLimits), std::end(kLimits))),
                          rc::gen::map(arbitrary<uint64_t>(),
                                       [](uint64_t bits) {
                                           const auto d = std::bit_cast<double>(bits);
                                           return std::isfinite(d) ? d : 0.5;
                                       }),
                          rc::gen::map(inRange(-2000, 2000), [](int v) { return v * 0.5; }));
}

rc::Gen<double> genMetric() {
    return rc::gen::weightedOneOf<double>(
        {{4, genFiniteDouble()},
         {1, element(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                     -std::numeric_limits<double>::infinity())}});
}

rc::Gen<float> genAnyFloat() {
    return rc::gen::oneOf(
        rc::gen::map(arbitrary<uint32_t>(), [](uint32_t bits) { return std::bit_cast<float>(bits); }),
        element(0.0f, -0.0f, std::numeric_limits<float>::denorm_min(), 1.0f, -1.5f));
}

rc::Gen<std::string> genText() {
    // Code points that stress escaping and UTF-8: controls, quote, backslash, slash, tilde, Latin,
    // the multiplication sign, CJK and an emoji outside the BMP.
    static const std::vector<std::string> pieces{"a",    "Z", "_", "1",  " ",    "\"",
                                                 "\\",   "/", "~", "\n", "\t",   std::string("\x01", 1),
                                                 "\x7f", "é", "×", "名", "🙂", "dense"};
    return rc::gen::map(
        rc::gen::nonEmpty(rc::gen::container<std::vector<std::string>>(rc::gen::elementOf(pieces))),
        [](const std::vector<std::string>& parts) {
            std::string s;
            for (const std::string& p : parts) s += p;
            return s;
        });
}

rc::Gen<Graph> genGraph() {
    return rc::gen::exec([] {
        Graph g;
        for (int i = *inRange(0, 40); i > 0; --i) randomEdit(g);
        return g;
    });
}

rc::Gen<Project> genProject() {
    return rc::gen::exec([] {
        Project p;
        p.graph = *genGraph();
        p.dataset.source =
            *rc::gen::element(DatasetSource::Synthetic, DatasetSource::Builtin, DatasetSource::Idx);
        if (p.dataset.source == DatasetSource::Synthetic) p.dataset.synthetic = genSynthetic();
        if (p.dataset.source == DatasetSource::Idx) p.dataset.path = *genText() + "/data";
        p.dataset.scaling = *rc::gen::element(Scaling::None, Scaling::UnitRange, Scaling::Standardize);
        p.dataset.validationFraction = fraction() / 2;
        p.dataset.testFraction = fraction() / 2;
        if (*arbitrary<bool>()) {
            const auto groups = static_cast<size_t>(*inRange(1, 5));
            const auto values = [groups] {
                std::vector<float> v;
                for (size_t i = 0; i < groups; ++i)
                    v.push_back(static_cast<float>(*inRange(-100000, 100000)) / 64.0f);
                return v;
            };
            p.fittedScaling =
                FittedScaling{Scaling::Standardize, *inRange<int64_t>(1, 100), values(), values()};
        }
        p.dataset.splitSeed = *arbitrary<uint64_t>();
        p.training = genTraining();
        if (*arbitrary<bool>()) p.weights = genWeights(p.graph);
        p.history = genHistory();
        if (p.weights && *arbitrary<bool>()) {
            TrainingState& state = p.trainingState.emplace();
            state.optimizer.kind = p.training.optimizer.kind;
            state.optimizer.steps = inClosed(int64_t{0}, std::numeric_limits<int64_t>::max());
            for (int i = *inRange(0, 3); i > 0; --i)
                state.optimizer.moments.push_back(*rc::gen::container<std::vector<float>>(genAnyFloat()));
            state.plannedEpochs = static_cast<int>(inClosed(int64_t{0}, int64_t{1'000'000}));
            state.scheduleEpochs = static_cast<int>(inClosed(int64_t{0}, int64_t{1'000'000}));
            state.epochBatches = inClosed(int64_t{0}, std::numeric_limits<int64_t>::max());
            state.epochLossSum = *genFiniteDouble(); // a sum of finite losses
            state.epochCorrect = inClosed(int64_t{0}, std::numeric_limits<int64_t>::max());
        }
        // Runs of the same network on the same data; the last may be the current one, whose history
        // is the project's.
        for (int id = 1, count = *inRange(0, 3); id <= count; ++id) {
            RunRecord run;
            run.id = id;
            run.startedAt = *genText();
            run.graph = p.graph;
            run.dataset = p.dataset;
            run.training = genTraining();
            run.outcome = *element(RunOutcome::Completed, RunOutcome::Stopped, RunOutcome::EarlyStopped,
                                   RunOutcome::Diverged);
            run.history = genHistory();
            run.note = *genText();
            p.runs.push_back(std::move(run));
        }
        if (!p.runs.empty() && *arbitrary<bool>()) {
            p.currentRun = p.runs.back().id;
            p.runs.back().history = p.history;
        }
        return p;
    });
}

namespace {

// Bit for bit (NaN included); memcmp may not be given the null data of an empty vector.
bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
}

} // namespace

bool sameProject(const Project& a, const Project& b) {
    if (!sameBits(a.history.batchLosses, b.history.batchLosses) || a.runs.size() != b.runs.size())
        return false;
    for (size_t i = 0; i < a.runs.size(); ++i)
        if (!sameBits(a.runs[i].history.batchLosses, b.runs[i].history.batchLosses)) return false;
    const auto sameMoments = [](const std::optional<TrainingState>& x,
                                const std::optional<TrainingState>& y) {
        if (!x || !y) return x.has_value() == y.has_value();
        if (x->optimizer.moments.size() != y->optimizer.moments.size()) return false;
        for (size_t i = 0; i < x->optimizer.moments.size(); ++i)
            if (!sameBits(x->optimizer.moments[i], y->optimizer.moments[i])) return false;
        return true;
    };
    if (!sameMoments(a.trainingState, b.trainingState)) return false;
    Project ca = a;
    Project cb = b;
    for (Project* p : {&ca, &cb}) {
        p->history.batchLosses.clear();
        for (RunRecord& run : p->runs) run.history.batchLosses.clear();
        if (p->trainingState) p->trainingState->optimizer.moments.clear();
    }
    return ca == cb;
}

} // namespace test
} // namespace nw
