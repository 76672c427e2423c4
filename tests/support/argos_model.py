"""Build a tiny, real `.argosmodel` package: random weights, real CTranslate2 + sentencepiece.

No Japanese argos package can be downloaded here, so tests make one: a sentencepiece
model trained on a few lines, a 1-layer Transformer with random weights saved by
CTranslate2, and argos' metadata.json, zipped the way argos packages are. Its output is
gibberish, but it exercises the real install + load + tokenise + translate path.

Usage: ``build_argos_package(tmp_path, "ja", "en") -> Path`` (the `.argosmodel` file).
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import numpy as np

_CORPUS = [
    "商業送り状の金額は1,234.50米ドルです。",
    "梱包明細書を添付します。原産地は日本です。",
    "The commercial invoice amount is 1,234.50 US dollars.",
    "Please find the packing list attached. The origin is Japan.",
    "経済産業省の該非判定を確認してください。",
    "Check the export control classification with METI.",
    "数量は100個、正味重量は25kgです。",
    "Quantity 100 pieces, net weight 25 kg.",
]


def _train_sentencepiece(workdir: Path, vocab_size: int) -> Path:
    import sentencepiece as spm

    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(_CORPUS * 20), encoding="utf-8")
    prefix = workdir / "sentencepiece"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        minloglevel=2,
        hard_vocab_limit=False,
    )
    return prefix.with_suffix(".model")


def _vocabulary(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    proc = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [proc.id_to_piece(i) for i in range(proc.get_piece_size())]
    # CTranslate2 expects <unk>, <s>, </s> in the vocabulary; sentencepiece already has them.
    specials = ["<unk>", "<s>", "</s>"]
    return specials + [p for p in pieces if p not in specials]


def _fill(spec: object, d_model: int, ffn: int, vocab: int, rng: np.random.Generator) -> None:
    from ctranslate2.specs import common_spec, model_spec

    def shape(scope: str, name: str) -> tuple[int, ...] | None:
        if name in ("gamma", "beta"):
            return (d_model,)
        if name != "weight":
            return None
        if "embeddings" in scope or scope.endswith("projection"):
            return (vocab, d_model)
        if scope.endswith("linear_0") and "ffn" in scope:
            return (ffn, d_model)
        if scope.endswith("linear_1") and "ffn" in scope:
            return (d_model, ffn)
        if "self_attention" in scope and scope.endswith("linear_0"):
            return (3 * d_model, d_model)
        if "attention" in scope and "self_attention" not in scope and scope.endswith("linear_1"):
            return (2 * d_model, d_model)
        return (d_model, d_model)

    def visit(layer: object, scope: str) -> None:
        for name, value in list(layer.__dict__.items()):
            if name.startswith("_"):
                continue
            child = f"{scope}/{name}"
            if isinstance(value, list):
                for i, elem in enumerate(value):
                    if isinstance(elem, model_spec.LayerSpec):
                        visit(elem, f"{child}_{i}")
            elif isinstance(value, model_spec.LayerSpec):
                visit(value, child)
            elif value is None:
                dims = shape(scope, name)
                if dims is None:
                    continue
                if name == "gamma":
                    setattr(layer, name, np.ones(dims, dtype=np.float32))
                elif name == "beta":
                    setattr(layer, name, np.zeros(dims, dtype=np.float32))
                else:
                    setattr(layer, name, rng.normal(0, 0.2, dims).astype(np.float32))
            elif isinstance(layer, common_spec.EmbeddingsSpec) and name == "multiply_by_sqrt_depth":
                continue

    visit(spec, "")


def build_argos_package(
    out_dir: Path,
    from_code: str = "ja",
    to_code: str = "en",
    *,
    seed: int = 0,
    layers: int = 1,
    d_model: int = 16,
    ffn: int = 32,
    heads: int = 2,
    name: str = "tiny",
) -> Path:
    """Write `translate-<from>_<to>-<name>.argosmodel` under out_dir and return its path.

    The defaults make a model of a few kB; layers=6, d_model=512, ffn=2048, heads=8 is
    the size of argos' own OpenNMT Transformer-base packages (for throughput benches).
    """
    import ctranslate2

    work = out_dir / f"build-{from_code}-{to_code}-{name}"
    pkg_dir = work / f"translate-{from_code}_{to_code}-{name}"
    (pkg_dir / "model").mkdir(parents=True, exist_ok=True)
    sp_model = _train_sentencepiece(work, vocab_size=120)
    vocab = _vocabulary(sp_model)
    spec = ctranslate2.specs.TransformerSpec.from_config(num_layers=layers, num_heads=heads)
    _fill(spec, d_model=d_model, ffn=ffn, vocab=len(vocab), rng=np.random.default_rng(seed))
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.save(str(pkg_dir / "model"))
    (pkg_dir / "sentencepiece.model").write_bytes(sp_model.read_bytes())
    metadata = {
        "package_version": "0.0.1",
        "argos_version": "1.12",
        "from_code": from_code,
        "from_name": from_code,
        "to_code": to_code,
        "to_name": to_code,
        "type": "translate",
    }
    (pkg_dir / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    archive = out_dir / f"translate-{from_code}_{to_code}-{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(pkg_dir.rglob("*")):
            zf.write(path, path.relative_to(work))
    return archive
