#!/usr/bin/env python3
"""PyTorch reference fixtures for the @probseq/vrnn parity tests.

Run with Debian's python3-torch:  /usr/bin/python3 packages/vrnn/scripts/make-fixtures.py
Writes packages/vrnn/src/fixtures/*.json.

The model follows /work/shared/peers/torch_vrnn.py (Chung et al. 2015, eqs. 5-11): one-ReLU-layer phi_x and
phi_z, prior / encoder / decoder MLPs with one hidden ReLU layer, softplus(raw) + 1e-4 scales, analytic
Gaussian KL, an LSTM (or GRU) recurrence on cat([phi_x(x_t), phi_z(z_t)]). Differences from the peer script,
all needed for a deterministic comparison: float64, a fixed noise tensor eps [T, B, zDim] instead of
randn_like, an optional [T, B] mask (masked steps add nothing and hold the recurrent state), and the optional
'smoothing' posterior (a backward recurrent cell over phi_x(x) whose output a_t joins the encoder input,
cat([phi_x(x_t), a_t, h_{t-1}])), and GMM output.

Parameters are written under the @probseq names with Linear weights transposed to [in, out]; cell weights
as weightIH [in, G*H], weightHH [H, G*H], biasIH, biasHH (PyTorch gate order). Gradients are of the loss
-ELBO = mean over the batch of sum_t m_t (KL_t + NLL_t).
"""
import json, math, os
import torch
from torch import nn
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
MIN_SCALE = 1e-4
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "fixtures")


def mlp(i, hidden, o):
    return nn.Sequential(nn.Linear(i, hidden), nn.ReLU(), nn.Linear(hidden, o))


def split(p):
    mu, raw = p.chunk(2, dim=-1)
    return mu, F.softplus(raw) + MIN_SCALE


def gru_step(cell, x, h):
    # torch.nn.GRUCell, written out (gate order r, z, n)
    gi = x @ cell.weight_ih.T + cell.bias_ih
    gh = h @ cell.weight_hh.T + cell.bias_hh
    ir, iz, inn = gi.chunk(3, -1)
    hr, hz, hn = gh.chunk(3, -1)
    r = torch.sigmoid(ir + hr)
    z = torch.sigmoid(iz + hz)
    n = torch.tanh(inn + r * hn)
    return (1 - z) * n + z * h


class VRNN(nn.Module):
    def __init__(self, c):
        super().__init__()
        x, h, z, m = c["xDim"], c["hDim"], c["zDim"], c["m"]
        self.c = c
        self.phi_x = nn.Sequential(nn.Linear(x, m), nn.ReLU())
        self.phi_z = nn.Sequential(nn.Linear(z, m), nn.ReLU())
        self.prior = mlp(h, m, 2 * z)
        a = c.get("aDim", 0) if c["posterior"] == "smoothing" else 0
        self.enc = mlp(m + a + h, m, 2 * z)
        out = c["output"]
        dout = x if out == "bernoulli" else 2 * x if out == "gaussian" else c["K"] * (1 + 2 * x)
        self.dec = mlp(m + h, m, dout)
        Cell = nn.LSTMCell if c["cell"] == "lstm" else nn.GRUCell
        self.cell = Cell(2 * m, h)
        if a:
            self.back = Cell(m, a)

    def step(self, cell, x, state):
        if isinstance(cell, nn.LSTMCell):
            return cell(x, state)
        return (gru_step(cell, x, state[0]),)

    def nll(self, d, x):
        out = self.c["output"]
        if out == "bernoulli":
            return F.binary_cross_entropy_with_logits(d, x, reduction="none").sum(-1)
        if out == "gaussian":
            dm, ds = split(d)
            return (0.5 * ((x - dm) / ds) ** 2 + torch.log(ds) + 0.5 * math.log(2 * math.pi)).sum(-1)
        K, D = self.c["K"], self.c["xDim"]
        logits = d[..., :K]
        loc = d[..., K:K + K * D].reshape(*d.shape[:-1], K, D)
        scale = F.softplus(d[..., K + K * D:].reshape(*d.shape[:-1], K, D)) + MIN_SCALE
        xk = x.unsqueeze(-2)
        comp = (-0.5 * ((xk - loc) / scale) ** 2 - torch.log(scale) - 0.5 * math.log(2 * math.pi)).sum(-1)
        return -torch.logsumexp(comp + F.log_softmax(logits, -1), -1)

    def forward(self, xs, eps, mask):
        T, B, _ = xs.shape
        hdim = self.c["hDim"]
        zero = lambda n: xs.new_zeros(B, n)
        state = (zero(hdim), zero(hdim)) if self.c["cell"] == "lstm" else (zero(hdim),)
        fx = self.phi_x(xs)
        if self.c["posterior"] == "smoothing":
            ad = self.c["aDim"]
            bstate = (zero(ad), zero(ad)) if self.c["cell"] == "lstm" else (zero(ad),)
            a_rev = [None] * T
            for t in reversed(range(T)):
                new = self.step(self.back, fx[t], bstate)
                m = mask[t].unsqueeze(-1)
                bstate = tuple(m * n + (1 - m) * o for n, o in zip(new, bstate))
                a_rev[t] = bstate[0]
            enc_static = torch.cat([fx, torch.stack(a_rev)], -1)
        else:
            enc_static = fx
        kl_all, nll_all, lw_all = [], [], []
        for t in range(T):
            h = state[0]
            pm, ps = split(self.prior(h))
            qm, qs = split(self.enc(torch.cat([enc_static[t], h], -1)))
            zt = qm + qs * eps[t]
            fz = self.phi_z(zt)
            d = self.dec(torch.cat([fz, h], -1))
            nll = self.nll(d, xs[t])
            kl = (torch.log(ps / qs) + (qs ** 2 + (qm - pm) ** 2) / (2 * ps ** 2) - 0.5).sum(-1)
            logp = (-0.5 * ((zt - pm) / ps) ** 2 - torch.log(ps)).sum(-1)
            logq = (-0.5 * ((zt - qm) / qs) ** 2 - torch.log(qs)).sum(-1)
            m = mask[t]
            kl_all.append(kl * m); nll_all.append(nll * m); lw_all.append((logp - logq - nll) * m)
            new = self.step(self.cell, torch.cat([fx[t], fz], -1), state)
            mm = m.unsqueeze(-1)
            state = tuple(mm * n + (1 - mm) * o for n, o in zip(new, state))
        return torch.stack(kl_all), torch.stack(nll_all), torch.stack(lw_all)


def params_for_probseq(model):
    out = {}
    def lin(prefix, l):
        out[prefix + ".weight"] = l.weight.detach().T.tolist()
        out[prefix + ".bias"] = l.bias.detach().tolist()
    def cell(prefix, c):
        out[prefix + ".weightIH"] = c.weight_ih.detach().T.tolist()
        out[prefix + ".weightHH"] = c.weight_hh.detach().T.tolist()
        out[prefix + ".biasIH"] = c.bias_ih.detach().tolist()
        out[prefix + ".biasHH"] = c.bias_hh.detach().tolist()
    lin("phiX.layers.0", model.phi_x[0]); lin("phiZ.layers.0", model.phi_z[0])
    for name, seq in (("prior", model.prior), ("encoder", model.enc), ("decoder", model.dec)):
        lin(name + ".layers.0", seq[0]); lin(name + ".head.linear", seq[2])
    cell("cell", model.cell)
    if hasattr(model, "back"):
        cell("backward", model.back)
    return out


def grads_for_probseq(model):
    out = {}
    def lin(prefix, l):
        out[prefix + ".weight"] = l.weight.grad.T.tolist(); out[prefix + ".bias"] = l.bias.grad.tolist()
    def cell(prefix, c):
        out[prefix + ".weightIH"] = c.weight_ih.grad.T.tolist(); out[prefix + ".weightHH"] = c.weight_hh.grad.T.tolist()
        out[prefix + ".biasIH"] = c.bias_ih.grad.tolist(); out[prefix + ".biasHH"] = c.bias_hh.grad.tolist()
    lin("phiX.layers.0", model.phi_x[0]); lin("phiZ.layers.0", model.phi_z[0])
    for name, seq in (("prior", model.prior), ("encoder", model.enc), ("decoder", model.dec)):
        lin(name + ".layers.0", seq[0]); lin(name + ".head.linear", seq[2])
    cell("cell", model.cell)
    if hasattr(model, "back"):
        cell("backward", model.back)
    return out


def make(name, c, seed, lengths=None):
    torch.manual_seed(seed)
    model = VRNN(c)
    T, B, X, Z = c["T"], c["B"], c["xDim"], c["zDim"]
    if c["output"] == "bernoulli":
        xs = (torch.rand(T, B, X) < 0.4).double()
    else:
        xs = torch.randn(T, B, X)
    eps = torch.randn(T, B, Z)
    mask = torch.ones(T, B)
    if lengths is not None:
        for b, L in enumerate(lengths):
            mask[L:, b] = 0
    kl, nll, lw = model(xs, eps, mask)
    per_seq = -(kl + nll).sum(0)
    total = per_seq.mean()
    (-total).backward()
    config = dict(xDim=X, hDim=c["hDim"], zDim=Z, phiXHidden=[c["m"]], phiZHidden=[c["m"]], priorHidden=[c["m"]],
                  encoderHidden=[c["m"]], decoderHidden=[c["m"]], cell=c["cell"], output=c["output"],
                  mixtureComponents=c.get("K", 1), posterior=c["posterior"])
    if c["posterior"] == "smoothing":
        config["smoothingHidden"] = c["aDim"]
    fixture = dict(
        name=name, generator="packages/vrnn/scripts/make-fixtures.py", torch=torch.__version__, dtype="float64",
        config=config, x=xs.tolist(), mask=mask.tolist() if lengths is not None else None, noise=eps.tolist(),
        params=params_for_probseq(model),
        expected=dict(total=total.item(), perSequence=per_seq.tolist(), kl=kl.tolist(), nll=nll.tolist(),
                      logWeight=lw.sum(0).tolist()),
        grads=grads_for_probseq(model),
    )
    os.makedirs(OUT_DIR, exist_ok=True)
    path = os.path.join(OUT_DIR, name + ".json")
    with open(path, "w") as f:
        json.dump(fixture, f, separators=(",", ":"))
    print(f"{path}: total ELBO {total.item():.6f}")


if __name__ == "__main__":
    base = dict(hDim=8, zDim=4, m=6, T=5, B=3)
    make("lstm-gaussian-filtering", dict(base, xDim=3, cell="lstm", output="gaussian", posterior="filtering"), 1)
    make("gru-bernoulli-filtering-masked", dict(base, xDim=5, cell="gru", output="bernoulli", posterior="filtering"),
         2, lengths=[5, 3, 4])
    make("lstm-gmm-smoothing-masked", dict(base, xDim=2, K=3, aDim=5, cell="lstm", output="gmm", posterior="smoothing"),
         3, lengths=[4, 5, 2])
    make("gru-gaussian-smoothing", dict(base, xDim=3, aDim=7, cell="gru", output="gaussian", posterior="smoothing"), 4)
