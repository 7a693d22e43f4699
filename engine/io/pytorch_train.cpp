#include "engine/io/pytorch_code.h"

#include <sstream>

namespace nw::pytorch_export {
namespace {

// Everything after the project's settings: data, loss, optimizer, the loop. Plain Python that runs
// with python3-torch alone, on CPU or GPU, as one process or under torchrun.
const char* kTrainBody = R"PY(
HERE = os.path.dirname(os.path.abspath(__file__))


def read_raw(name, dtype):
    with open(os.path.join(HERE, name), "rb") as f:
        data = bytearray(f.read())
    return torch.frombuffer(data, dtype=dtype) if data else torch.zeros(0, dtype=dtype)


def read_floats(name, shape):
    return read_raw(name, torch.float32).reshape(shape)


def read_rows(name):
    return read_raw(name, torch.int64)


def read_idx(path):
    """An IDX array (the MNIST format), plain or gzip-compressed, as float32."""
    for candidate in (path, path + ".gz"):
        if os.path.exists(candidate):
            opener = gzip.open if candidate.endswith(".gz") else open
            with opener(candidate, "rb") as f:
                data = f.read()
            break
    else:
        raise FileNotFoundError(path)
    kinds = {0x08: (torch.uint8, 1), 0x09: (torch.int8, 1), 0x0B: (torch.int16, 2), 0x0C: (torch.int32, 4),
             0x0D: (torch.float32, 4), 0x0E: (torch.float64, 8)}
    dtype, size = kinds[data[2]]
    rank = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(rank)]
    start = 4 + 4 * rank
    count = 1
    for d in dims:
        count *= d
    raw = bytearray(data[start:start + count * size])
    values = torch.frombuffer(raw, dtype=dtype) if size == 1 else _big_endian(raw, dtype, size)
    return values.to(torch.float32).reshape(dims)


def _big_endian(raw, dtype, size):
    """IDX stores wider values most significant byte first; torch reads them in the machine's order."""
    swapped = bytearray(len(raw))
    for i in range(size):
        swapped[i::size] = raw[size - 1 - i::size]
    return torch.frombuffer(swapped, dtype=dtype)


def load_samples(spec):
    """All samples as Neuroweave read them: features (N, ...) and targets (N, T)."""
    if spec["kind"] == "idx":
        folder = spec["folder"]
        images = [read_idx(os.path.join(folder, "train-images-idx3-ubyte"))]
        labels = [read_idx(os.path.join(folder, "train-labels-idx1-ubyte"))]
        if spec.get("has_test_part"):
            images.append(read_idx(os.path.join(folder, "t10k-images-idx3-ubyte")))
            labels.append(read_idx(os.path.join(folder, "t10k-labels-idx1-ubyte")))
        features = torch.cat(images).unsqueeze(1)
        targets = torch.cat(labels).reshape(-1, 1)
    else:
        features = read_floats(spec["features"]["file"], spec["features"]["shape"])
        targets = read_floats(spec["targets"]["file"], spec["targets"]["shape"])
    return features, targets


def scale(features, scaling):
    """y = (x - offset[g]) * scale[g], g the group of each feature: the statistics of training."""
    if not scaling or scaling["kind"] == "none":
        return features
    flat = features.reshape(features.shape[0], -1)
    groups = torch.arange(flat.shape[1]) // scaling["groupSize"]
    offset = torch.tensor(scaling["offset"], dtype=torch.float32)[groups]
    factor = torch.tensor(scaling["scale"], dtype=torch.float32)[groups]
    return ((flat - offset) * factor).reshape(features.shape)


def datasets(spec):
    features, targets = load_samples(spec)
    features = scale(features, spec.get("scaling")).reshape(-1, *Network.INPUT_SHAPE)
    targets = targets[:, 0].long() if spec["task"] == "classification" else targets
    parts = {}
    for part in ("train", "validation", "test"):
        rows = read_rows(spec["split"][part])
        parts[part] = TensorDataset(features[rows], targets[rows]) if len(rows) else None
    return parts


def loss_of(model, x, y):
    if LOSS == "softmax_cross_entropy":
        if Network.FINAL_ACTIVATION == "Softmax":
            return F.cross_entropy(model(x, logits=True), y)
        return F.nll_loss(torch.log(model(x).clamp_min(1e-7)), y)
    if LOSS == "binary_cross_entropy":
        t = y.float().reshape(-1, 1)
        if Network.FINAL_ACTIVATION == "Sigmoid":
            return F.binary_cross_entropy_with_logits(model(x, logits=True), t)
        return F.binary_cross_entropy(model(x).clamp(1e-7, 1 - 1e-7), t)
    out = model(x)
    if y.dtype == torch.long:  # class indices against several outputs: one-hot targets
        y = F.one_hot(y, out.shape[1]).float() if out.shape[1] > 1 else y.float().reshape(-1, 1)
    return F.mse_loss(out, y)


def make_optimizer(model):
    named = [(k, p) for k, p in model.named_parameters() if p.requires_grad]
    decay = [p for k, p in named if k.removeprefix("module.") not in NO_DECAY]
    free = [p for k, p in named if k.removeprefix("module.") in NO_DECAY]
    groups = [{"params": decay, "weight_decay": OPTIMIZER["weight_decay"]}, {"params": free, "weight_decay": 0.0}]
    lr = OPTIMIZER["learning_rate"]
    kind = OPTIMIZER["kind"]
    if kind == "sgd":
        return torch.optim.SGD(groups, lr=lr)
    if kind == "momentum":
        return torch.optim.SGD(groups, lr=lr, momentum=OPTIMIZER["momentum"], nesterov=OPTIMIZER["nesterov"])
    if kind == "adam":
        return torch.optim.Adam(groups, lr=lr, betas=(OPTIMIZER["beta1"], OPTIMIZER["beta2"]), eps=OPTIMIZER["epsilon"])
    return torch.optim.RMSprop(groups, lr=lr, alpha=OPTIMIZER["rho"], eps=OPTIMIZER["epsilon"])


def evaluate(model, data, device):
    """Mean loss and accuracy (classification) over a dataset, in inference mode."""
    if data is None:
        return float("nan"), float("nan")
    model.eval()
    total, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for x, y in DataLoader(data, batch_size=1024):
            x, y = x.to(device), y.to(device)
            total += float(loss_of(model, x, y)) * len(x)
            if y.dtype == torch.long:
                out = model(x)
                guess = out.argmax(1) if out.shape[1] > 1 else (out[:, 0] > 0.5).long()
                correct += int((guess == y).sum())
            count += len(x)
    model.train()
    return total / count, (correct / count if data.tensors[1].dtype == torch.long else float("nan"))


def main():
    parser = argparse.ArgumentParser(description="Continue training the exported Neuroweave network.")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--steps", type=int, default=0, help="stop after this many optimizer steps (0: no limit)")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--from-scratch", action="store_true", help="start from new random weights")
    parser.add_argument("--out", default=os.path.join(HERE, "trained.pt"), help="where to save the state_dict")
    args = parser.parse_args()

    distributed = int(os.environ.get("WORLD_SIZE", "1")) > 1
    rank, local_rank = 0, int(os.environ.get("LOCAL_RANK", "0"))
    if distributed:
        dist.init_process_group("nccl" if args.device == "cuda" else "gloo")
        rank = dist.get_rank()
    device = torch.device(f"cuda:{local_rank}" if args.device == "cuda" else "cpu")
    torch.manual_seed(SEED)

    with open(os.path.join(HERE, "dataset.json"), encoding="utf-8") as f:
        parts = datasets(json.load(f))
    model = build(pretrained=not args.from_scratch).to(device)
    train_model = DistributedDataParallel(model, device_ids=[local_rank] if args.device == "cuda" else None) \
        if distributed else model
    optimizer = make_optimizer(train_model)
    sampler = DistributedSampler(parts["train"], shuffle=True, seed=SEED) if distributed else None
    loader = DataLoader(parts["train"], batch_size=BATCH_SIZE, shuffle=sampler is None, sampler=sampler,
                        drop_last=False)

    if rank == 0:
        print(f"train loss before: {evaluate(model, parts['train'], device)[0]:.6f}", flush=True)
    steps = 0
    for epoch in range(args.epochs):
        if sampler is not None:
            sampler.set_epoch(epoch)
        model.train()
        for x, y in loader:
            x, y = x.to(device), y.to(device)
            optimizer.zero_grad()
            loss = loss_of(train_model, x, y)
            loss.backward()
            optimizer.step()
            steps += 1
            if args.steps and steps >= args.steps:
                break
        if rank == 0:
            loss, accuracy = evaluate(model, parts["validation"], device)
            print(f"epoch {epoch + 1}/{args.epochs}: step {steps}, validation loss {loss:.4f}, "
                  f"accuracy {accuracy:.3f}", flush=True)
        if args.steps and steps >= args.steps:
            break
    if rank == 0:
        print(f"train loss after: {evaluate(model, parts['train'], device)[0]:.6f}", flush=True)
        torch.save(model.state_dict(), args.out)
        print(f"saved {args.out}", flush=True)
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
)PY";

const char* kCheck =
    R"PY("""Runs the exported module on the samples Neuroweave ran at export and prints the largest difference.

  /usr/bin/python3 check.py
"""
import json
import math
import os

import torch

from model import build

HERE = os.path.dirname(os.path.abspath(__file__))


def read_floats(name, shape):
    with open(os.path.join(HERE, name), "rb") as f:
        return torch.frombuffer(bytearray(f.read()), dtype=torch.float32).reshape(shape)


with open(os.path.join(HERE, "check.json"), encoding="utf-8") as f:
    spec = json.load(f)
inputs = read_floats(spec["inputs"]["file"], spec["inputs"]["shape"])
expected = read_floats(spec["outputs"]["file"], spec["outputs"]["shape"])
model = build()
model.eval()
with torch.no_grad():
    got = model(inputs)
difference = float((got - expected).abs().max())
print(f"largest difference: {difference:.3e} on {spec['description']}")
# For Neuroweave, which runs this after exporting: one JSON line (null: a NaN in the outputs).
report = {"max_abs_difference": difference if math.isfinite(difference) else None,
          "samples": int(inputs.shape[0]), "description": spec["description"],
          "torch": torch.__version__}
print("neuroweave-check " + json.dumps(report), flush=True)
)PY";

std::string pyBool(bool value) { return value ? "True" : "False"; }

} // namespace

std::string trainPy(const Project& project, const ExportModel&, const std::vector<std::string>& noDecay) {
    const TrainingSettings& t = project.training;
    const OptimizerSettings& o = t.optimizer;
    std::ostringstream out;
    out << R"PY("""Continues training the network exported from Neuroweave, with the project's settings.

  /usr/bin/python3 train.py [--epochs N] [--steps N] [--device cpu|cuda] [--from-scratch] [--out trained.pt]
  torchrun --nproc_per_node=2 train.py ...   # DistributedDataParallel: gloo on CPUs, nccl on GPUs

The data is described in dataset.json (the same samples, split and scaling as the project).
"""
import argparse
import gzip
import json
import os

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, TensorDataset
from torch.utils.data.distributed import DistributedSampler

from model import Network, build

# The project's training settings.
)PY";
    out << "LOSS = \"" << toString(t.loss) << "\"\n"
        << "OPTIMIZER = {\n"
        << "    \"kind\": \"" << toString(o.kind) << "\",\n"
        << "    \"learning_rate\": " << pyFloat(o.learningRate) << ",\n"
        << "    \"momentum\": " << pyFloat(o.momentum) << ",\n"
        << "    \"nesterov\": " << pyBool(o.nesterov) << ",\n"
        << "    \"beta1\": " << pyFloat(o.beta1) << ",\n"
        << "    \"beta2\": " << pyFloat(o.beta2) << ",\n"
        << "    \"rho\": " << pyFloat(o.rho) << ",\n"
        << "    \"epsilon\": " << pyFloat(o.epsilon) << ",\n"
        << "    \"weight_decay\": " << pyFloat(o.weightDecay) << ",\n"
        << "}\n"
        << "BATCH_SIZE = " << t.batchSize << "\n"
        << "EPOCHS = " << t.epochs << "\n"
        << "SEED = " << t.seed << "\n"
        << "# Parameters weight decay leaves alone, as Neuroweave does: the biases of Dense and Conv2D.\n"
        << "NO_DECAY = " << (noDecay.empty() ? "set(" : "{");
    for (size_t i = 0; i < noDecay.size(); ++i) out << (i ? ", " : "") << '"' << noDecay[i] << '"';
    out << (noDecay.empty() ? ")" : "}") << "\n" << kTrainBody;
    return out.str();
}

std::string checkPy() { return kCheck; }

} // namespace nw::pytorch_export
