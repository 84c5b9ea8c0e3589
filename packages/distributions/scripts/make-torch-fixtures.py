"""Writes src/fixtures/torch-distributions.json: values and gradients from torch.distributions in float64.

Run from packages/distributions:  /usr/bin/python3 scripts/make-torch-fixtures.py
The tests compare @probseq/distributions against these numbers (independent implementation, float64).
"""
import json
import os

import torch
from torch.distributions import Bernoulli, Categorical, Independent, MixtureSameFamily, Normal, kl_divergence

torch.manual_seed(20260525)
torch.set_default_dtype(torch.float64)


def leaf(t):
    return t.clone().detach().requires_grad_(True)


def grads(out, params):
    # Gradient of sum(w * out) with w = 1 + 0.1 * index, so every element has its own weight.
    w = 1 + 0.1 * torch.arange(out.numel(), dtype=torch.float64).reshape(out.shape)
    g = torch.autograd.grad((out * w).sum(), params, retain_graph=True)
    return [x.tolist() for x in g]


def weights_of(out):
    return (1 + 0.1 * torch.arange(out.numel(), dtype=torch.float64)).tolist()


cases = {}

# Normal (elementwise) and diagonal Gaussian (Independent(Normal, 1)), batch [2, 3] / [2] event [3].
loc, scale = leaf(torch.randn(2, 3)), leaf(torch.rand(2, 3) + 0.3)
loc2, scale2 = leaf(torch.randn(2, 3)), leaf(torch.rand(2, 3) + 0.3)
x = torch.randn(4, 2, 3)
n = Normal(loc, scale)
d = Independent(Normal(loc, scale), 1)
d2 = Independent(Normal(loc2, scale2), 1)
lp = d.log_prob(x)
kl = kl_divergence(d, d2)
cases["diag"] = {
    "loc": loc.tolist(), "scale": scale.tolist(), "loc2": loc2.tolist(), "scale2": scale2.tolist(), "x": x.tolist(),
    "normalLogProb": n.log_prob(x).tolist(), "normalEntropy": n.entropy().tolist(),
    "logProb": lp.tolist(), "entropy": d.entropy().tolist(), "kl": kl.tolist(),
    "logProbGrad": grads(lp, [loc, scale]), "logProbWeights": weights_of(lp),
    "klGrad": grads(kl, [loc, scale, loc2, scale2]), "klWeights": weights_of(kl),
}

# Bernoulli from logits, including large ones.
logits = leaf(torch.cat([torch.randn(5) * 3, torch.tensor([40.0])]))
logits2 = leaf(torch.cat([torch.randn(5) * 3, torch.tensor([-40.0])]))
xb = torch.tensor([[1.0, 0, 1, 1, 0, 1], [0, 1, 0, 1, 1, 0]])
b, b2 = Bernoulli(logits=logits), Bernoulli(logits=logits2)
lpb = b.log_prob(xb)
klb = kl_divergence(b, b2)
cases["bernoulli"] = {
    "logits": logits.tolist(), "logits2": logits2.tolist(), "x": xb.tolist(),
    "logProb": lpb.tolist(), "entropy": b.entropy().tolist(), "kl": klb.tolist(),
    "logProbGrad": grads(lpb, [logits]), "logProbWeights": weights_of(lpb),
    "klGrad": grads(klb, [logits, logits2]), "klWeights": weights_of(klb),
}

# Categorical, batch [2], K = 5.
cl, cl2 = leaf(torch.randn(2, 5) * 2), leaf(torch.randn(2, 5) * 2)
xc = torch.tensor([[0, 4], [3, 1], [2, 2]])
c, c2 = Categorical(logits=cl), Categorical(logits=cl2)
lpc = c.log_prob(xc)
klc = kl_divergence(c, c2)
cases["categorical"] = {
    "logits": cl.tolist(), "logits2": cl2.tolist(), "x": xc.tolist(),
    "logProb": lpc.tolist(), "entropy": c.entropy().tolist(), "kl": klc.tolist(),
    "logProbGrad": grads(lpc, [cl]), "logProbWeights": weights_of(lpc),
    "klGrad": grads(klc, [cl, cl2]), "klWeights": weights_of(klc),
}

# Mixture of K = 3 diagonal Gaussians over D = 2, batch [2], x [4, 2, 2].
ml, mloc, mscale = leaf(torch.randn(2, 3)), leaf(torch.randn(2, 3, 2) * 2), leaf(torch.rand(2, 3, 2) + 0.2)
xm = torch.randn(4, 2, 2) * 2
m = MixtureSameFamily(Categorical(logits=ml), Independent(Normal(mloc, mscale), 1))
lpm = m.log_prob(xm)
cases["mixture"] = {
    "logits": ml.tolist(), "loc": mloc.tolist(), "scale": mscale.tolist(), "x": xm.tolist(),
    "logProb": lpm.tolist(), "mean": m.mean.tolist(),
    "logProbGrad": grads(lpm, [ml, mloc, mscale]), "logProbWeights": weights_of(lpm),
}

out = {"generator": "scripts/make-torch-fixtures.py", "torch": torch.__version__, "dtype": "float64", "cases": cases}
path = os.path.join(os.path.dirname(__file__), "..", "src", "fixtures", "torch-distributions.json")
with open(path, "w") as f:
    json.dump(out, f)
print("wrote", os.path.normpath(path))
