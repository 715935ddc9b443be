"""WeasyPrint imported the quick way finds the same native libraries, and leaves no trace."""

from __future__ import annotations

import json
import subprocess
import sys

# Run in a fresh interpreter: this test process may have imported WeasyPrint already.
REPORT = """
import ctypes.util, http.client, json, sys
find_library, create_context = ctypes.util.find_library, http.client._create_https_context
{how}
from weasyprint.text import ffi
names = ("gobject", "pango", "harfbuzz", "harfbuzz_subset", "harfbuzz_vector", "fontconfig",
         "pangoft2")
print(json.dumps({{
    "loaded": {{name: getattr(ffi, name) is not None for name in names}},
    "put back": ctypes.util.find_library is find_library
    and http.client._create_https_context is create_context,
}}))
"""


def report(how: str) -> dict[str, object]:
    code = REPORT.format(how=how)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_the_quick_import_loads_what_a_plain_import_loads_and_puts_back_what_it_changed():
    plain = report("import weasyprint")
    quick = report("from onward.notes.quick_import import import_weasyprint\nimport_weasyprint()")
    assert quick == plain
    assert quick["put back"] is True
    loaded = quick["loaded"]
    assert isinstance(loaded, dict) and loaded["pango"] and loaded["fontconfig"]
