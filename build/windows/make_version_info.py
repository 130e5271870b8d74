"""Write build/windows/version_info.txt (the Windows version resource) from the package version.

Run by build.ps1 before PyInstaller; kuhina.spec reads the file on Windows.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kuhina_desktop import __version__  # noqa: E402

TEMPLATE = """VSVersionInfo(
  ffi=FixedFileInfo(filevers=({v}), prodvers=({v}), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040B04B0', [
      StringStruct('CompanyName', 'Kuhina-hanke'),
      StringStruct('FileDescription', 'Kuhina Desktop'),
      StringStruct('FileVersion', '{s}'),
      StringStruct('InternalName', 'kuhina'),
      StringStruct('LegalCopyright', 'EUPL-1.2'),
      StringStruct('OriginalFilename', 'KuhinaDesktop.exe'),
      StringStruct('ProductName', 'Kuhina Desktop'),
      StringStruct('ProductVersion', '{s}')])]),
    VarFileInfo([VarStruct('Translation', [0x040B, 1200, 0x041D, 1200, 0x0409, 1200])])
  ]
)
"""


def main() -> None:
    parts = [int(p) for p in __version__.split(".")[:3]] + [0]
    text = TEMPLATE.format(v=", ".join(str(p) for p in parts[:4]), s=__version__)
    (ROOT / "build" / "windows" / "version_info.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
