"""Images for logos and photos: decoded, re-encoded and stripped of metadata.

Whatever the user picks (PNG, JPEG, GIF, WebP...), the workspace keeps a PNG (when the
image has transparency) or a JPEG, at most 1600 px on the long side and 2 MB, with no EXIF,
GPS, camera or comment data, since the re-encoded pixels are all that is written.
"""

from __future__ import annotations

import hashlib
import io

from PIL import Image, ImageOps, UnidentifiedImageError

from kuhina_desktop.errors import KnownError

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 1600
MAX_INPUT_BYTES = 50 * 1024 * 1024
MAX_PIXELS = 60_000_000


def normalise_image(content: bytes) -> tuple[str, bytes]:
    """Return (`attachments/<sha256>.<png|jpg>`, bytes) for an image file's content."""
    if len(content) > MAX_INPUT_BYTES:
        raise KnownError("image_too_large", max_mb=MAX_INPUT_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(content)) as probe:
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise KnownError("image_too_large", max_mb=MAX_INPUT_BYTES // (1024 * 1024))
            image = ImageOps.exif_transpose(probe)
            image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise KnownError("image_unreadable") from exc
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    has_alpha = image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha:
        data = _encode(image.convert("RGBA"), "PNG")
        ext = "png"
        if len(data) > MAX_BYTES:
            image = image.convert("RGB")
            has_alpha = False
    if not has_alpha:
        rgb = image.convert("RGB")
        ext = "jpg"
        for quality in (85, 75, 60, 45):
            data = _encode(rgb, "JPEG", quality=quality)
            if len(data) <= MAX_BYTES:
                break
        else:
            raise KnownError("image_too_large", max_mb=MAX_BYTES // (1024 * 1024))
    return f"attachments/{hashlib.sha256(data).hexdigest()}.{ext}", data


def _encode(image: Image.Image, fmt: str, **options: int) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, optimize=True, **options)
    return buffer.getvalue()


def image_kind(content: bytes) -> str | None:
    """'png' or 'jpg' from the file's magic bytes, None for anything else."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if content.startswith(b"\xff\xd8\xff"):
        return "jpg"
    return None
