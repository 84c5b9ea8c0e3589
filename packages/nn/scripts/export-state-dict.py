#!/usr/bin/env python3
"""Export a PyTorch state_dict to the tfjs weights-manifest format read by @probseq/nn.

    python3 export-state-dict.py CHECKPOINT.pt OUT_DIR [--key state_dict] [--config config.json]

writes OUT_DIR/model.json and OUT_DIR/weights.bin (each atomically: temporary file, then rename).
The tensors keep PyTorch's names and layouts (Linear weights [out, in]); `loadTorchStateDict` in
@probseq/nn maps the names (weight_ih -> weightIH, weight_ih_l0 -> layers.0.weightIH, ...) and
transposes 2-D weights to [in, out]. Floating tensors are written as little-endian float32;
non-floating buffers (e.g. BatchNorm's num_batches_tracked) are skipped with a note on stderr.

From Python:  from export_state_dict import export_state_dict; export_state_dict(model.state_dict(), "out", config={...})
"""
import argparse
import json
import os
import sys
import tempfile

import torch

FORMAT = "pytorch-state-dict"


def _atomic_write(path, data, mode):
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=os.path.basename(path) + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, mode) as f:
            f.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def export_state_dict(state_dict, out_dir, config=None, weights_file="weights.bin"):
    """Writes model.json + weights.bin for `state_dict` (name -> tensor) into `out_dir`."""
    os.makedirs(out_dir, exist_ok=True)
    specs = []
    chunks = []
    for name, tensor in state_dict.items():
        if not torch.is_tensor(tensor):
            continue
        if not tensor.is_floating_point():
            print(f"export-state-dict: skipping non-floating tensor '{name}' ({tensor.dtype})", file=sys.stderr)
            continue
        t = tensor.detach().cpu().to(torch.float32).contiguous()
        specs.append({"name": name, "shape": list(t.shape), "dtype": "float32"})
        chunks.append(t.numpy().astype("<f4").tobytes())
    model_json = {
        "format": FORMAT,
        "generatedBy": f"torch {torch.__version__}",
        "convertedBy": "@probseq/nn scripts/export-state-dict.py",
        "weightsManifest": [{"paths": [weights_file], "weights": specs}],
        "userDefinedMetadata": {} if config is None else {"config": config},
    }
    _atomic_write(os.path.join(out_dir, weights_file), b"".join(chunks), "wb")
    _atomic_write(os.path.join(out_dir, "model.json"), json.dumps(model_json, indent=1) + "\n", "w")
    return model_json


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkpoint", help="a file saved with torch.save: a state_dict, a module, or a dict holding one")
    ap.add_argument("out_dir")
    ap.add_argument("--key", help="the key of the state_dict inside a checkpoint dict (e.g. state_dict)")
    ap.add_argument("--config", help="a JSON file stored as userDefinedMetadata.config")
    args = ap.parse_args()
    obj = torch.load(args.checkpoint, map_location="cpu")
    if isinstance(obj, torch.nn.Module):
        obj = obj.state_dict()
    if args.key:
        obj = obj[args.key]
    config = None
    if args.config:
        with open(args.config) as f:
            config = json.load(f)
    spec = export_state_dict(obj, args.out_dir, config)
    print(f"wrote {len(spec['weightsManifest'][0]['weights'])} tensors to {args.out_dir}")


if __name__ == "__main__":
    main()
