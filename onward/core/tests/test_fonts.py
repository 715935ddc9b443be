"""The UI's fonts: the four the stylesheet uses, served compressed once prepared, and the
packages' own files until then. Their bytes never change."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path
from typing import Any

import brotli
import pytest
from django.test import Client

from onward.core import fonts

REGULAR = "fonts/source-sans/SourceSansPro-Regular.otf"


@pytest.fixture
def data_dir(settings: Any, tmp_path: Path) -> Path:
    settings.DATA_DIR = tmp_path
    return tmp_path


@pytest.fixture(scope="session")
def prepared_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Fonts prepared for real, once per test process: compressing them takes seconds."""
    from django.test import override_settings

    folder = tmp_path_factory.mktemp("fonts-prepared")
    with override_settings(DATA_DIR=folder):
        fonts.prepare()
    return folder / "static-fonts"


@pytest.fixture
def prepared(data_dir: Path, prepared_once: Path) -> Path:
    """A data folder whose fonts were prepared (a copy, with the copies' times kept)."""
    shutil.copytree(prepared_once, fonts.cache_dir())
    return data_dir


def body(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def get(path: str, encoding: str = "") -> Any:
    return Client().get(f"/static/{path}", HTTP_ACCEPT_ENCODING=encoding)


def test_the_stylesheet_asks_for_exactly_the_fonts_served() -> None:
    css = (Path(__file__).parents[1] / "static" / "onward" / "onward.css").read_text()
    assert {f"fonts/{url}" for url in _font_urls(css)} == set(fonts.FONTS)


def _font_urls(css: str) -> list[str]:
    import re

    return re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)


def test_prepared_fonts_are_served_compressed_and_unchanged(prepared: Path) -> None:
    original = fonts.source_of(REGULAR)
    assert original is not None
    sent = get(REGULAR, "gzip, deflate, br")
    assert sent["Content-Encoding"] == "br" and sent["Content-Type"] == "font/otf"
    assert brotli.decompress(body(sent)) == original.read_bytes()
    assert int(sent["Content-Length"]) < original.stat().st_size * 0.55
    zipped = get(REGULAR, "gzip")
    assert gzip.decompress(body(zipped)) == original.read_bytes()
    plain = get(REGULAR)
    assert "Content-Encoding" not in plain and body(plain) == original.read_bytes()


def test_before_they_are_prepared_the_packages_files_are_served(data_dir: Path) -> None:
    sent = get(REGULAR, "br")
    assert sent.status_code == 200 and "Content-Encoding" not in sent
    original = fonts.source_of(REGULAR)
    assert original is not None and body(sent) == original.read_bytes()


def test_the_packages_other_weights_are_not_served(prepared: Path) -> None:
    assert get("fonts/source-sans/SourceSansPro-Black.otf").status_code == 404


def test_preparing_again_redoes_nothing_but_a_stale_copy(data_dir: Path) -> None:
    fonts.prepare()
    copy = fonts.cache_dir() / REGULAR
    twin = copy.with_name(copy.name + ".br")
    made = twin.stat().st_mtime_ns
    fonts.prepare()
    assert twin.stat().st_mtime_ns == made
    copy.write_bytes(b"not the font")
    fonts.prepare()
    original = fonts.source_of(REGULAR)
    assert original is not None and copy.read_bytes() == original.read_bytes()


def test_a_copy_without_its_twins_is_not_taken_as_ready(prepared: Path) -> None:
    copy = fonts.cache_dir() / REGULAR
    os.remove(copy.with_name(copy.name + ".gz"))
    assert fonts.served_path(REGULAR) == fonts.source_of(REGULAR)


def test_collectstatic_gathers_the_fonts_with_their_twins(prepared: Path, settings: Any) -> None:
    from django.core.management import call_command

    settings.STATIC_ROOT = prepared / "collected"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (prepared / "collected" / REGULAR).is_file()
    assert (prepared / "collected" / f"{REGULAR}.br").is_file()
