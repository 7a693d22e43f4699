#!/usr/bin/python3
"""PyTorch reference for the two convolutional workloads of the CPU training benchmark.

Usage:
    /usr/bin/python3 bench/ref_torch_conv.py [THREADS] [--workloads residual,vgg]
                                             [--data-dir DIR] [--seed S] [--inproc]

The same rules as ../shared/bench/ref_torch.py (which defines mlp, cnn and tiny): each workload in a
fresh child process, OMP/OpenBLAS/MKL threads and torch.set_num_threads set to THREADS, one JSON line
per workload with the same keys, the same timing. The engine's side is bench/workloads.cpp.

Workloads (fixed; the engine must do exactly this work):
  residual  Fashion-MNIST as (N,1,28,28), pixels/255. Every convolution is 3x3 "same", no bias,
            followed by BatchNorm (eps 1e-5, running statistics kept with weight 0.9 on the old value,
            torch's momentum=0.1):
              conv 1->16 BN ReLU                                       (stem, 28x28)
              conv 16->16 BN ReLU, conv 16->16 BN, + stem, ReLU        (block 1)
              maxpool 2                                                (14x14)
              conv 16->32 BN ReLU                                      (widen)
              conv 32->32 BN ReLU, conv 32->32 BN, + widen, ReLU       (block 2)
              global average pool (32), dense 10, softmax cross-entropy
  vgg       Same data. conv3x3 "same" with bias, ReLU after each:
              conv 1->32, conv 32->32, maxpool 2, conv 32->64, conv 64->64, maxpool 2,
              flatten (64*7*7 = 3136), dense 128 ReLU, dense 10, softmax cross-entropy
Both: Adam(lr=1e-3, betas=(0.9,0.999), eps=1e-8), batch 64, ONE epoch over the first 6,400
training images (100 steps; the full 60,000 would take minutes per run on a 2-core machine), of which
the first 20 are warm-up and 80 are timed. Test accuracy over the whole 10,000-image test set; the
final training loss and accuracy over the 6,400 images trained on.

Model FLOPs per training sample count convolution and dense multiply-adds x2 only (not BatchNorm,
pooling or activations): forward + weight gradient + input gradient except for the first layer.
"""
import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import time

WORKLOADS = ("residual", "vgg")
DEFAULT_DATA = "/usr/share/datasets/fashion-mnist"  # package dataset-fashion-mnist
TRAIN_IMAGES = 6400
BATCH, EPOCHS, WARMUP = 64, 1, 20


def rss_now_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def blas_library():
    libs = set()
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                p = line.split()[-1]
                base = os.path.basename(p)
                if "blas" in base or "blis" in base or "mkl" in base:
                    libs.add(os.path.realpath(p))
    except OSError:
        pass
    return sorted(libs)


def read_idx(path):
    import numpy as np

    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    ndim = int.from_bytes(raw[0:4], "big") & 0xFF
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def find_file(data_dir, stem):
    for cand in (stem, stem + ".gz", stem.replace("-idx", ".idx"),
                 stem.replace("-idx", ".idx") + ".gz"):
        p = os.path.join(data_dir, cand)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(f"{stem} not found in {data_dir}")


def load_fashion(data_dir, torch):
    out = {}
    for split, prefix in (("train", "train"), ("test", "t10k")):
        x = read_idx(find_file(data_dir, f"{prefix}-images-idx3-ubyte"))
        y = read_idx(find_file(data_dir, f"{prefix}-labels-idx1-ubyte"))
        xt = torch.from_numpy(x.reshape(x.shape[0], 1, 28, 28).copy()).float().div_(255.0)
        out[split] = (xt, torch.from_numpy(y.astype("int64")))
    return out


def conv_flops(cin, cout, size):
    return 2 * cin * cout * 9 * size * size


def build(workload, torch):
    nn = torch.nn

    def conv_bn(cin, cout):
        return [nn.Conv2d(cin, cout, 3, padding=1, bias=False),
                nn.BatchNorm2d(cout, eps=1e-5, momentum=0.1)]

    class Block(nn.Module):
        """conv BN ReLU conv BN, plus the block's input, ReLU."""

        def __init__(self, channels):
            super().__init__()
            self.body = nn.Sequential(*conv_bn(channels, channels), nn.ReLU(),
                                      *conv_bn(channels, channels))

        def forward(self, x):
            return torch.relu(self.body(x) + x)

    if workload == "residual":
        model = nn.Sequential(
            *conv_bn(1, 16), nn.ReLU(), Block(16), nn.MaxPool2d(2),
            *conv_bn(16, 32), nn.ReLU(), Block(32),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(32, 10))
        first = conv_flops(1, 16, 28)
        rest = 2 * conv_flops(16, 16, 28) + conv_flops(16, 32, 14) + 2 * conv_flops(32, 32, 14) \
            + 2 * 32 * 10
    else:
        model = nn.Sequential(
            nn.Conv2d(1, 32, 3, padding=1), nn.ReLU(),
            nn.Conv2d(32, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(32, 64, 3, padding=1), nn.ReLU(),
            nn.Conv2d(64, 64, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 128), nn.ReLU(), nn.Linear(128, 10))
        first = conv_flops(1, 32, 28)
        rest = conv_flops(32, 32, 28) + conv_flops(32, 64, 14) + conv_flops(64, 64, 14) \
            + 2 * (3136 * 128 + 128 * 10)
    fwd = first + rest
    return model, 2 * fwd + rest  # fwd + wgrad(=fwd) + dgrad(all but the first layer)


def run_child(workload, threads, data_dir, seed):
    import numpy  # noqa: F401  (imported before torch on purpose: RSS baseline)
    import torch

    torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rss_import = rss_now_mb()

    data = load_fashion(data_dir, torch)
    xtr, ytr = data["train"]
    xtr, ytr = xtr[:TRAIN_IMAGES].contiguous(), ytr[:TRAIN_IMAGES].contiguous()
    xte, yte = data["test"]
    loss_fn = torch.nn.CrossEntropyLoss()
    rss_data = rss_now_mb()
    model, flops_per_sample = build(workload, torch)
    n_params = sum(p.numel() for p in model.parameters())
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)

    gen = torch.Generator().manual_seed(seed)
    n = xtr.shape[0]
    step = 0
    timed_steps = timed_samples = 0
    t_start = None
    model.train()
    t_total0 = time.perf_counter()
    for _ in range(EPOCHS):
        perm = torch.randperm(n, generator=gen)
        for i in range(0, n, BATCH):
            if step == WARMUP:
                t_start = time.perf_counter()
            idx = perm[i:i + BATCH]
            xb = xtr.index_select(0, idx)
            yb = ytr.index_select(0, idx)
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            step += 1
            if t_start is not None:
                timed_steps += 1
                timed_samples += xb.shape[0]
    t_end = time.perf_counter()
    timed = t_end - t_start
    total = t_end - t_total0

    model.eval()
    with torch.no_grad():
        te0 = time.perf_counter()
        correct = 0
        for i in range(0, xte.shape[0], 1000):
            correct += int((model(xte[i:i + 1000]).argmax(1) == yte[i:i + 1000]).sum())
        acc = correct / xte.shape[0]
        tl, tc = 0.0, 0
        for i in range(0, n, 1000):
            o = model(xtr[i:i + 1000])
            tl += float(loss_fn(o, ytr[i:i + 1000])) * o.shape[0]
            tc += int((o.argmax(1) == ytr[i:i + 1000]).sum())
        train_loss, train_acc = tl / n, tc / n
        eval_s = time.perf_counter() - te0

    sps = timed_samples / timed
    rec = {
        "framework": "torch",
        "version": torch.__version__,
        "workload": workload,
        "threads": threads,
        "torch_threads": torch.get_num_threads(),
        "batch": BATCH,
        "epochs": EPOCHS,
        "total_steps": step,
        "warmup_steps": WARMUP,
        "timed_steps": timed_steps,
        "timed_samples": timed_samples,
        "timed_s": round(timed, 4),
        "samples_per_s": round(sps, 1),
        "steps_per_s": round(timed_steps / timed, 1),
        "us_per_step": round(1e6 * timed / timed_steps, 2),
        "train_total_s": round(total, 4),
        "model_flops_per_sample": flops_per_sample,
        "achieved_gflops": round(sps * flops_per_sample / 1e9, 2),
        "test_accuracy": round(acc, 4),
        "train_accuracy": round(train_acc, 4),
        "train_loss_final": round(train_loss, 5),
        "eval_s": round(eval_s, 3),
        "params": n_params,
        "rss_after_import_mb": round(rss_import, 1),
        "rss_after_data_mb": round(rss_data, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "blas": blas_library(),
        "mkldnn": bool(torch.backends.mkldnn.is_available()),
    }
    print(json.dumps(rec), flush=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("threads", nargs="?", type=int, default=2)
    ap.add_argument("--workloads", default=",".join(WORKLOADS))
    ap.add_argument("--data-dir", default=os.environ.get("FASHION_MNIST_DIR", DEFAULT_DATA))
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--inproc", action="store_true",
                    help="run in this process (peak RSS then accumulates)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()

    if a.child:
        run_child(a.child, a.threads, a.data_dir, a.seed)
        return
    wls = [w for w in a.workloads.split(",") if w]
    for w in wls:
        if w not in WORKLOADS:
            sys.exit(f"unknown workload {w!r}; choose from {WORKLOADS}")
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[k] = str(a.threads)
    rc = 0
    for w in wls:
        if a.inproc:
            os.environ.update({k: env[k] for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                                   "MKL_NUM_THREADS")})
            run_child(w, a.threads, a.data_dir, a.seed)
            continue
        cmd = [sys.executable, os.path.abspath(__file__), str(a.threads), "--child", w,
               "--data-dir", a.data_dir, "--seed", str(a.seed)]
        r = subprocess.run(cmd, env=env)
        rc = rc or r.returncode
    sys.exit(rc)


if __name__ == "__main__":
    main()
