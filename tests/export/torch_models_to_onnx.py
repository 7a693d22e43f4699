#!/usr/bin/python3
"""Writes ONNX models made by PyTorch's own exporter (torch.onnx.export), with inputs and PyTorch's
outputs for them, for the import tests (tests/export/test_onnx_import.cpp).

Usage: torch_models_to_onnx.py OUT_DIR

For each model NAME it writes NAME.onnx, NAME.inputs.bin and NAME.outputs.bin (float32, row-major)
and NAME.json with both shapes. The weights are random and the BatchNorm statistics are set to values
far from their defaults, so an import that ignored any of them would give other outputs; residual_bn
keeps its BatchNormalization nodes and residual_bn_folded_opset17 has them folded into the
convolutions, as torch.onnx.export does by default. `grouped`
uses a grouped convolution, which has no Neuroweave layer.
"""

import json
import sys
from pathlib import Path

import numpy as np
import torch
from torch import nn


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(784, 64)
        self.fc2 = nn.Linear(64, 32)
        self.out = nn.Linear(32, 10)

    def forward(self, x):
        return self.out(torch.tanh(self.fc2(torch.relu(self.fc1(x)))))


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, padding=2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
        self.pool = nn.MaxPool2d(2)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        x = self.pool(torch.relu(self.conv2(x)))
        x = torch.flatten(x, 1)
        return self.fc3(torch.relu(self.fc2(torch.relu(self.fc1(x)))))


class ResidualBn(nn.Module):
    """3×3 "same" convolutions with BatchNorm, a skip connection and global average pooling; the
    flattening is x.view(batch, -1), which the exporter writes as shape arithmetic to fold."""

    def __init__(self):
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16), nn.ReLU())
        self.block = nn.Sequential(nn.Conv2d(16, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16), nn.ReLU(),
                                   nn.Conv2d(16, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16))
        self.pool = nn.MaxPool2d(2)
        self.widen = nn.Sequential(nn.Conv2d(16, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(), nn.Dropout(0.25))
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(32, 10)

    def forward(self, x):
        x = self.stem(x)
        x = torch.relu(x + self.block(x))
        x = self.widen(self.pool(x))
        x = self.gap(x)
        return self.head(x.view(x.size(0), -1))


class Grouped(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(2, 4, 3, groups=2)

    def forward(self, x):
        return torch.flatten(self.conv(x), 1)


def randomise_batch_norm(model):
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.running_mean.uniform_(-0.5, 0.5)
                m.running_var.uniform_(0.5, 2.0)
                m.weight.uniform_(0.5, 1.5)
                m.bias.uniform_(-0.2, 0.2)


def write(out_dir, name, model, input_shape, opset, keep_batch_norm=False):
    randomise_batch_norm(model)
    model.eval()
    x = torch.rand(8, *input_shape)
    with torch.no_grad():
        y = model(x)
    # By default the exporter folds each BatchNorm into the convolution before it; PRESERVE keeps them
    # as BatchNormalization nodes (in inference form, since the model is in evaluation mode).
    training = torch.onnx.TrainingMode.PRESERVE if keep_batch_norm else torch.onnx.TrainingMode.EVAL
    torch.onnx.export(model, x, str(out_dir / f"{name}.onnx"), opset_version=opset, training=training,
                      input_names=["input"], output_names=["logits"],
                      dynamic_axes={"input": {0: "batch"}, "logits": {0: "batch"}})
    x.numpy().astype("<f4").tofile(out_dir / f"{name}.inputs.bin")
    y.numpy().astype("<f4").tofile(out_dir / f"{name}.outputs.bin")
    (out_dir / f"{name}.json").write_text(json.dumps({"input": list(x.shape), "output": list(y.shape),
                                                       "opset": opset}))


def main():
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    write(out_dir, "mlp", Mlp(), (784,), 11)
    write(out_dir, "lenet", LeNet(), (1, 28, 28), 13)
    write(out_dir, "residual_bn", ResidualBn(), (1, 28, 28), 13, keep_batch_norm=True)
    write(out_dir, "residual_bn_folded_opset17", ResidualBn(), (1, 28, 28), 17)
    write(out_dir, "grouped", Grouped(), (2, 8, 8), 13)
    print("wrote", ", ".join(sorted(p.name for p in out_dir.glob("*.onnx"))))


if __name__ == "__main__":
    main()
