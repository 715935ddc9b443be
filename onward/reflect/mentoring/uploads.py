"""The CV a user may share with a mentor: checked for type and size, stored under a
random name in MEDIA_ROOT, and served only through a live share link."""

from __future__ import annotations

import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.text import get_valid_filename

CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain; charset=utf-8",
}


def max_bytes() -> int:
    return settings.ONWARD_CV_MAX_BYTES


def check_cv(upload: UploadedFile) -> str:
    """The file's extension when it is a PDF, DOCX or TXT within the size limit.

    The content is checked, not only the name: a renamed file that is not what it
    says is refused, so the mentor never downloads something unexpected.
    """
    name = upload.name or ""
    suffix = PurePosixPath(name).suffix.lower()
    if suffix not in CONTENT_TYPES:
        raise ValidationError("Share your CV as a PDF, a Word file (.docx) or plain text (.txt).")
    limit, size = max_bytes(), upload.size or 0
    if size > limit:
        raise ValidationError(
            f"That file is {filesizeformat(size)}; the limit is "
            f"{filesizeformat(limit)}. A PDF export is usually much smaller."
        )
    if not size:
        raise ValidationError("That file is empty. Try exporting it again.")
    upload.seek(0)
    if not _looks_like(suffix, upload):
        raise ValidationError(
            f"That file doesn't look like a real {suffix[1:].upper()} file. "
            "Try exporting it again from your editor."
        )
    upload.seek(0)
    return suffix


def _looks_like(suffix: str, upload: UploadedFile) -> bool:
    if suffix == ".pdf":
        return bool(upload.read(5) == b"%PDF-")
    if suffix == ".docx":
        try:
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
        return {"[Content_Types].xml", "word/document.xml"} <= names
    data = upload.read()
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def display_name(name: str) -> str:
    """A safe file name for the download, close to what the user uploaded."""
    path = PurePosixPath(name.replace("\\", "/"))
    try:
        stem = get_valid_filename(path.stem)[:80]
    except SuspiciousFileOperation:  # nothing usable left, e.g. ".." or only symbols
        stem = "cv"
    return f"{stem}{path.suffix.lower()}"


def content_type(stored_name: str) -> str:
    return CONTENT_TYPES.get(PurePosixPath(stored_name).suffix.lower(), "application/octet-stream")
