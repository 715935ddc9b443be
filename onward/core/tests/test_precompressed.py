"""The stylesheets and scripts: served compressed once prepared, as they are until then, and
never served stale after an edit. Their bytes never change."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path
from typing import Any

import brotli
import pytest
from django.test import Client

from onward.core import precompressed

HTMX = "django_htmx/htmx-2.min.js"
CSS = "onward/onward.css"


@pytest.fixture
def data_dir(settings: Any, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture(scope="session")
def prepared_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """Prepared for real once per test process (compressing every script takes seconds):
    the folder, and how many files that made."""
    from django.test import override_settings

    folder = tmp_path_factory.mktemp("static-prepared")
    with override_settings(DATA_DIR=folder):
        made = precompressed.prepare()
    return folder / "static-compressed", made


@pytest.fixture
def prepared(data_dir: Path, prepared_once: tuple[Path, int]) -> Path:
    """A data folder whose files were prepared (a copy, with the copies' times kept)."""
    shutil.copytree(prepared_once[0], precompressed.cache_dir())
    return data_dir


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def get(path: str, encoding: str = "") -> Any:
    return Client().get(f"/static/{path}", HTTP_ACCEPT_ENCODING=encoding)


def test_every_stylesheet_and_script_of_the_app_is_among_those_prepared() -> None:
    found = precompressed.sources()
    assert {HTMX, CSS, "onward/onward.js"} <= set(found)
    assert not any(path.endswith((".otf", ".png", ".woff2", ".map")) for path in found)


@pytest.mark.parametrize("path", [HTMX, CSS])
def test_prepared_files_are_served_compressed_and_unchanged(prepared: Path, path: str) -> None:
    original = precompressed.sources()[path].read_bytes()
    sent = get(path, "gzip, deflate, br")
    assert sent["Content-Encoding"] == "br"
    assert brotli.decompress(body(sent)) == original
    assert int(sent["Content-Length"]) < len(original) * 0.5
    zipped = get(path, "gzip")
    assert zipped["Content-Encoding"] == "gzip" and gzip.decompress(body(zipped)) == original
    plain = get(path)
    assert "Content-Encoding" not in plain and body(plain) == original


def test_before_they_are_prepared_the_originals_are_served(data_dir: Path) -> None:
    sent = get(CSS, "br")
    assert sent.status_code == 200 and "Content-Encoding" not in sent
    assert body(sent) == precompressed.sources()[CSS].read_bytes()


def test_preparing_makes_a_copy_of_every_file(prepared_once: tuple[Path, int]) -> None:
    assert prepared_once[1] == len(precompressed.sources())


def test_preparing_again_makes_only_what_is_missing_or_stale(prepared: Path) -> None:
    assert precompressed.prepare() == 0
    copy = precompressed.cache_dir() / CSS
    copy.write_bytes(b"body{}")  # an old copy: no longer its source's size
    sent = get(CSS, "br")
    assert "Content-Encoding" not in sent
    assert body(sent) == precompressed.sources()[CSS].read_bytes()
    assert precompressed.prepare() == 1


def test_a_copy_without_its_twins_is_not_served(prepared: Path) -> None:
    copy = precompressed.cache_dir() / HTMX
    os.remove(copy.with_name(copy.name + ".br"))
    assert "Content-Encoding" not in get(HTMX, "br")
