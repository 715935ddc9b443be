"""Static sentence embeddings for the inbox: each sentence as the mean of its tokens' vectors.

The vectors are WordLlama's "l2_supercat" table (256 numbers per token of a 32,000-token
vocabulary), which ships inside the `wordllama` wheel with its tokenizer. They are read here
straight from the installed files, with `tokenizers` and `safetensors`, never through
`wordllama.WordLlama.load()`: that looks for the tokenizer in a folder the wheel does not
have and then tries to download it, and importing `wordllama` sets up the root logger.
Nothing is downloaded; when the package is not installed, `load()` returns None.

A message is read as its sentences (the subject, then the folded text split at ". "), and
described by the mean and the element-wise maximum of its sentences' unit vectors: the mean
says what the message is about, the maximum keeps the one sentence that turns the reader
down inside an acknowledgement.
"""

from __future__ import annotations

import importlib.metadata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

PACKAGE = "wordllama"
WEIGHTS = "wordllama/weights/l2_supercat_256.safetensors"
TOKENIZER = "wordllama/tokenizers/l2_supercat_tokenizer_config.json"
DIMENSION = 256
MAX_SENTENCES = 40  # the answer comes early; a long template's footer adds nothing
MIN_CHARACTERS = 12  # "hi anna," and "best," say nothing


def _installed(relative: str) -> Path | None:
    try:
        found = Path(str(importlib.metadata.distribution(PACKAGE).locate_file(relative)))
    except importlib.metadata.PackageNotFoundError:
        return None
    return found if found.exists() else None


@dataclass(frozen=True, slots=True)
class Embedder:
    vectors: np.ndarray  # (vocabulary, DIMENSION), float32
    tokenizer: Any  # tokenizers.Tokenizer

    def sentences(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text: the mean of its tokens' vectors (zeros for no token)."""
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        ids = [np.asarray(e.ids, dtype=np.int64) for e in encodings]
        lengths = np.array([len(i) for i in ids])
        present = lengths > 0
        if not present.any():
            return out
        flat = np.clip(np.concatenate([i for i in ids if len(i)]), 0, len(self.vectors) - 1)
        starts = np.concatenate([[0], np.cumsum(lengths[present])[:-1]])
        sums = np.add.reduceat(self.vectors[flat], starts, axis=0)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        out[present] = sums / np.where(norms > 0, norms, 1.0)
        return out

    def message(self, sentences: list[str]) -> np.ndarray:
        """A message's 2 * DIMENSION numbers: the mean and the maximum of its sentences'
        vectors, each scaled to unit length (all zeros when no sentence says anything)."""
        kept = [s for s in dict.fromkeys(sentences) if len(s) >= MIN_CHARACTERS]
        vectors = self.sentences(kept[:MAX_SENTENCES])
        if not len(vectors):
            return np.zeros(2 * self.vectors.shape[1], dtype=np.float32)
        parts = [vectors.mean(axis=0), vectors.max(axis=0)]
        return np.concatenate([p / (np.linalg.norm(p) or 1.0) for p in parts]).astype(np.float32)


@lru_cache(maxsize=1)
def load() -> Embedder | None:
    """The embedder from the installed wheel's files, or None when they are not there."""
    weights, tokenizer_file = _installed(WEIGHTS), _installed(TOKENIZER)
    if weights is None or tokenizer_file is None:
        return None
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    vectors = load_file(str(weights))["embedding.weight"].astype(np.float32)
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embedder(np.ascontiguousarray(vectors), tokenizer)
