#!/usr/bin/env python3
"""Writes the PyTorch import fixture of @probseq/nn (run with Debian's python3 + python3-torch):

    /usr/bin/python3 scripts/make-fixtures.py

test/fixtures/torch-mlp/: an nn.Sequential(Linear(3, 6), Tanh, Linear(6, 4), ReLU, Linear(4, 2))
exported with export-state-dict.py, plus expected.json with inputs and the float64 outputs.
"""
import importlib.util
import json
import os

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("export_state_dict", os.path.join(HERE, "export-state-dict.py"))
exporter = importlib.util.module_from_spec(spec)
spec.loader.exec_module(exporter)

torch.manual_seed(0)
net = torch.nn.Sequential(
    torch.nn.Linear(3, 6), torch.nn.Tanh(), torch.nn.Linear(6, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2)
)
out_dir = os.path.join(HERE, "..", "test", "fixtures", "torch-mlp")
config = {"inFeatures": 3, "hiddenSizes": [6, 4], "activation": ["tanh", "relu"], "outFeatures": 2}
exporter.export_state_dict(net.state_dict(), out_dir, config=config)
x = torch.randn(5, 3).float().double()
y = net.double()(x)
with open(os.path.join(out_dir, "expected.json"), "w") as f:
    json.dump({"x": x.tolist(), "y": y.tolist(), "torch": torch.__version__}, f)
print(f"wrote {os.path.relpath(out_dir)}")
