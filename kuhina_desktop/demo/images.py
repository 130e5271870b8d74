"""Pictures for the demo data: small deterministic photos and logos, drawn with Pillow.

Made once per variant and cached; saved with no metadata, so they pass the same checks
as a volunteer's re-encoded images.
"""

from __future__ import annotations

import hashlib
import io
import random
from functools import cache

from PIL import Image, ImageDraw

from kuhina_desktop.demo import texts

PHOTO_SIZE = (320, 240)
LOGO_SIZE = (160, 160)
PHOTO_VARIANTS = 4
LOGO_VARIANTS = 48


def _ref(data: bytes, extension: str) -> str:
    return f"attachments/{hashlib.sha256(data).hexdigest()}.{extension}"


def _encode(image: Image.Image, image_format: str) -> bytes:
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.save(buffer, "JPEG", quality=80)
    else:
        image.save(buffer, "PNG")
    return buffer.getvalue()


def _colour(rng: random.Random, low: int = 40, high: int = 230) -> tuple[int, int, int]:
    return (rng.randint(low, high), rng.randint(low, high), rng.randint(low, high))


@cache
def photo_image(template_code: str, variant: int) -> tuple[str, bytes]:
    """A JPEG 'photo' of a coaching environment: a room or a yard with simple shapes."""
    rng = random.Random(f"photo/{template_code}/{variant}")
    motif = texts.ENV_BY_CODE[template_code].motif
    width, height = PHOTO_SIZE
    image = Image.new("RGB", PHOTO_SIZE, _colour(rng, 170, 240))
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.6, 0.75))
    if motif == "outdoor":
        draw.rectangle((0, 0, width, horizon), fill=(rng.randint(120, 170), 190, 235))
        draw.ellipse((240, 20, 290, 70), fill=(250, 215, 90))
        draw.rectangle((0, horizon, width, height), fill=(70, rng.randint(130, 170), 60))
        for _ in range(rng.randint(3, 6)):
            x = rng.randint(0, width - 30)
            top = horizon - rng.randint(40, 100)
            draw.rectangle((x + 12, top + 30, x + 18, horizon + 10), fill=(110, 80, 50))
            draw.ellipse((x, top, x + 30, top + 45), fill=(40, rng.randint(110, 160), 50))
    else:
        draw.rectangle((0, horizon, width, height), fill=_colour(rng, 90, 160))
        if motif in ("round", "desk"):
            draw.rectangle(
                (20, 20, 120, 100), fill=(200, 225, 245), outline=(255, 255, 255), width=4
            )
        if motif == "shelves":
            for y in (60, 110, 160):
                draw.rectangle((20, y, 300, y + 6), fill=(120, 85, 55))
                x = 24
                while x < 290:
                    w, h = rng.randint(10, 30), rng.randint(15, 40)
                    draw.rectangle((x, y - h, x + w, y), fill=_colour(rng))
                    x += w + rng.randint(2, 8)
        elif motif == "round":
            draw.ellipse((90, horizon - 20, 250, horizon + 30), fill=(150, 100, 60))
            for _ in range(rng.randint(3, 5)):
                x = rng.randint(100, 220)
                draw.ellipse((x, horizon - 10, x + 18, horizon + 6), fill=_colour(rng, 200, 255))
        elif motif == "planks":
            for i in range(rng.randint(4, 7)):
                y = 40 + i * 22
                draw.polygon(
                    [(30, y), (290, y - 15), (290, y), (30, y + 14)], fill=_colour(rng, 170, 220)
                )
            draw.rectangle((40, horizon - 30, 280, horizon), fill=(110, 75, 45))
        elif motif == "rolls":
            for row in range(3):
                for col in range(6):
                    x, y = 25 + col * 48, 30 + row * 50
                    draw.ellipse((x, y, x + 40, y + 40), fill=_colour(rng))
                    draw.ellipse((x + 15, y + 15, x + 25, y + 25), fill=(240, 240, 240))
        elif motif == "desk":
            draw.rectangle((140, 70, 260, 140), fill=(40, 40, 50))
            draw.rectangle((148, 78, 252, 132), fill=_colour(rng, 120, 220))
            draw.rectangle((60, horizon - 15, 300, horizon), fill=(160, 120, 80))
        elif motif == "screen":
            draw.rectangle((50, 30, 270, 150), fill=(30, 30, 40))
            draw.polygon([(140, 65), (140, 115), (185, 90)], fill=_colour(rng, 180, 255))
        elif motif == "wheels":
            for x in (60, 180):
                draw.ellipse((x, 90, x + 90, 180), outline=(30, 30, 30), width=8)
            frame = _colour(rng, 30, 200)
            draw.line(
                [(105, 135), (165, 100), (225, 135), (135, 135), (105, 135)], fill=frame, width=6
            )
        else:  # boxes
            for _ in range(rng.randint(5, 9)):
                x, w, h = rng.randint(10, 250), rng.randint(40, 70), rng.randint(30, 60)
                y = horizon - h - rng.choice((0, 0, 40))
                draw.rectangle((x, y, x + w, y + h), fill=(190, 150, 100), outline=(120, 90, 60))
                draw.line([(x + w // 2, y), (x + w // 2, y + h)], fill=(220, 200, 160), width=3)
    data = _encode(image, "JPEG")
    return _ref(data, "jpg"), data


@cache
def logo_image(variant: int) -> tuple[str, bytes]:
    """A PNG logo: a coloured tile with a simple emblem."""
    rng = random.Random(f"logo/{variant}")
    size = LOGO_SIZE[0]
    image = Image.new("RGB", LOGO_SIZE, _colour(rng, 20, 200))
    draw = ImageDraw.Draw(image)
    fg, accent = _colour(rng, 200, 255), _colour(rng, 60, 255)
    shape = variant % 6
    m = size // 5
    if shape == 0:
        draw.ellipse((m, m, size - m, size - m), fill=fg)
    elif shape == 1:
        draw.polygon(
            [(size // 2, m), (size - m, size // 2), (size // 2, size - m), (m, size // 2)], fill=fg
        )
    elif shape == 2:
        draw.polygon([(size // 2, m), (size - m, size - m), (m, size - m)], fill=fg)
    elif shape == 3:
        draw.ellipse((m, m, size - m, size - m), outline=fg, width=14)
    elif shape == 4:
        draw.ellipse((m, m, size // 2 + 10, size - m), fill=fg)
        draw.ellipse((size // 2 - 10, m, size - m, size - m), fill=accent)
    else:
        draw.rectangle((m, m, size - m, size - m), fill=fg)
    draw.ellipse((size // 2 - 12, size // 2 - 12, size // 2 + 12, size // 2 + 12), fill=accent)
    data = _encode(image, "PNG")
    return _ref(data, "png"), data
