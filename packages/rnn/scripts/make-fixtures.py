#!/usr/bin/env python3
"""Writes PyTorch parity fixtures for @probseq/rnn to test/fixtures/*.json.

Run with Debian's python3 and python3-torch:  /usr/bin/python3 scripts/make-fixtures.py

Each fixture holds PyTorch's own parameter names and layouts (weights [out, in]); the tests map
them with @probseq/nn's state_dict import (2-D tensors transposed). Parameters and inputs are
drawn in float32, then everything is computed in float64, so the fixture is the float64 truth
for float32 inputs. The scalar loss is sum(outputs * R) + sum(final state * R_state) with fixed
random R, and the gradients are taken w.r.t. every parameter, the inputs and the initial state.
"""
import json
import os

import torch

T, B, IN, H = 20, 3, 5, 7
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test", "fixtures")


def f32_list(t):
    return t.detach().to(torch.float64).reshape(-1).tolist()


def tensor_entry(t):
    return {"shape": list(t.shape), "values": f32_list(t)}


def run_cell(cell, kind, xs, state0, mask=None, reverse=False):
    """Time-major loop over a torch *Cell; at masked steps the state is held and the output is 0."""
    outs = [None] * xs.shape[0]
    state = state0
    order = range(xs.shape[0] - 1, -1, -1) if reverse else range(xs.shape[0])
    for t in order:
        if kind == "lstm":
            h, c = cell(xs[t], state)
            new = (h, c)
        else:
            h = cell(xs[t], state[0])
            new = (h,)
        if mask is not None:
            m = mask[t].unsqueeze(1)
            new = tuple(n * m + o * (1 - m) for n, o in zip(new, state))
            h = h * m
        state = new
        outs[t] = h
    return torch.stack(outs), state


def make_cell_fixture(name, kind, seed, mask_lengths=None, reverse=False):
    g = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    cls = {"lstm": torch.nn.LSTMCell, "gru": torch.nn.GRUCell, "rnn": torch.nn.RNNCell}[kind]
    cell = cls(IN, H)
    cell = cell.double()
    xs = torch.randn(T, B, IN, generator=g).float().double().requires_grad_(True)
    n_state = 2 if kind == "lstm" else 1
    state0 = tuple((0.5 * torch.randn(B, H, generator=g)).float().double().requires_grad_(True) for _ in range(n_state))
    r_out = torch.randn(T, B, H, generator=g).float().double()
    r_state = [torch.randn(B, H, generator=g).float().double() for _ in range(n_state)]
    mask = None
    if mask_lengths is not None:
        mask = torch.zeros(T, B, dtype=torch.float64)
        for b, length in enumerate(mask_lengths):
            mask[:length, b] = 1
    outputs, final = run_cell(cell, kind, xs, state0, mask, reverse)
    loss = (outputs * r_out).sum() + sum((s * r).sum() for s, r in zip(final, r_state))
    params = list(cell.named_parameters())
    grads = torch.autograd.grad(loss, [p for _, p in params] + [xs] + list(state0))
    state_names = ["h", "c"][:n_state]
    fixture = {
        "description": f"torch.nn.{cls.__name__}({IN}, {H}) over T={T}, B={B}"
        + (f", mask lengths {mask_lengths}" if mask_lengths else "")
        + (", reversed" if reverse else ""),
        "torch": torch.__version__,
        "kind": kind,
        "T": T, "B": B, "inputSize": IN, "hiddenSize": H,
        "reverse": reverse,
        "parameters": {n: tensor_entry(p) for n, p in params},
        "xs": tensor_entry(xs),
        "initialState": {s: tensor_entry(t) for s, t in zip(state_names, state0)},
        "mask": tensor_entry(mask) if mask is not None else None,
        "rOutputs": tensor_entry(r_out),
        "rState": {s: tensor_entry(t) for s, t in zip(state_names, r_state)},
        "outputs": tensor_entry(outputs),
        "finalState": {s: tensor_entry(t) for s, t in zip(state_names, final)},
        "loss": loss.item(),
        "gradients": {
            **{n: tensor_entry(gr) for (n, _), gr in zip(params, grads[: len(params)])},
            "xs": tensor_entry(grads[len(params)]),
            **{f"initialState.{s}": tensor_entry(gr) for s, gr in zip(state_names, grads[len(params) + 1:])},
        },
    }
    write(name, fixture)


def make_stacked_fixture(name, kind, seed, layers=2):
    """torch.nn.LSTM / GRU / RNN with num_layers stacked layers, zero initial state."""
    g = torch.Generator().manual_seed(seed)
    torch.manual_seed(seed)
    cls = {"lstm": torch.nn.LSTM, "gru": torch.nn.GRU, "rnn": torch.nn.RNN}[kind]
    net = cls(IN, H, num_layers=layers).double()
    xs = torch.randn(T, B, IN, generator=g).float().double().requires_grad_(True)
    r_out = torch.randn(T, B, H, generator=g).float().double()
    outputs, _ = net(xs)
    loss = (outputs * r_out).sum()
    params = list(net.named_parameters())
    grads = torch.autograd.grad(loss, [p for _, p in params] + [xs])
    fixture = {
        "description": f"torch.nn.{cls.__name__}({IN}, {H}, num_layers={layers}) over T={T}, B={B}, zero initial state",
        "torch": torch.__version__,
        "kind": kind,
        "layers": layers,
        "T": T, "B": B, "inputSize": IN, "hiddenSize": H,
        "parameters": {n: tensor_entry(p) for n, p in params},
        "xs": tensor_entry(xs),
        "rOutputs": tensor_entry(r_out),
        "outputs": tensor_entry(outputs),
        "loss": loss.item(),
        "gradients": {
            **{n: tensor_entry(gr) for (n, _), gr in zip(params, grads[: len(params)])},
            "xs": tensor_entry(grads[len(params)]),
        },
    }
    write(name, fixture)


def write(name, fixture):
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, f"{name}.json")
    with open(path, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    make_cell_fixture("lstm-cell", "lstm", seed=1)
    make_cell_fixture("gru-cell", "gru", seed=2)
    make_cell_fixture("simple-rnn-cell", "rnn", seed=3)
    make_cell_fixture("lstm-cell-masked-reverse", "lstm", seed=4, mask_lengths=[20, 13, 6], reverse=True)
    make_cell_fixture("gru-cell-masked", "gru", seed=5, mask_lengths=[9, 20, 1])
    make_stacked_fixture("lstm-stacked", "lstm", seed=6)
    make_stacked_fixture("gru-stacked", "gru", seed=7)
