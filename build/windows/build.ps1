# Build Kuhina Desktop on Windows: the one-folder bundle, then the installer.
# Run from the repository root in PowerShell:  powershell -ExecutionPolicy Bypass -File build\windows\build.ps1
$ErrorActionPreference = "Stop"
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[bundle]"
.venv\Scripts\python build\windows\make_version_info.py
.venv\Scripts\python -m PyInstaller --noconfirm --clean --workpath build\work --distpath build\dist kuhina.spec
$version = (.venv\Scripts\python -c "import kuhina_desktop; print(kuhina_desktop.__version__)")
& "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" "/DAppVersion=$version" build\windows\kuhina.iss
Write-Host "Installer written to build\dist\KuhinaDesktop-$version-setup.exe"
