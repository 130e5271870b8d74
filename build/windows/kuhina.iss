; Inno Setup script for Kuhina Desktop (per-user install, no administrator rights needed).
; Built by build\windows\build.ps1, which passes /DAppVersion=<version>.
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C1D5E0A-4B43-4F1C-9C55-5B0F1F1A7E21}
AppName=Kuhina Desktop
AppVersion={#AppVersion}
AppPublisher=Kuhina-hanke
DefaultDirName={localappdata}\Programs\Kuhina Desktop
DefaultGroupName=Kuhina Desktop
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=KuhinaDesktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\..\resources\icons\kuhina.ico
UninstallDisplayIcon={app}\KuhinaDesktop.exe
ChangesAssociations=yes

[Languages]
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\kuhina\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Kuhina Desktop"; Filename: "{app}\KuhinaDesktop.exe"
Name: "{userdesktop}\Kuhina Desktop"; Filename: "{app}\KuhinaDesktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; Double-clicking a .kuhina package opens it in Kuhina Desktop.
Root: HKCU; Subkey: "Software\Classes\.kuhina"; ValueType: string; ValueData: "KuhinaDesktop.Package"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\KuhinaDesktop.Package"; ValueType: string; ValueData: "Kuhina package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KuhinaDesktop.Package\shell\open\command"; ValueType: string; ValueData: """{app}\KuhinaDesktop.exe"" ""%1"""
; Double-clicking a .kuhina-receipt (the coordinator's answer) opens it in the association's window.
Root: HKCU; Subkey: "Software\Classes\.kuhina-receipt"; ValueType: string; ValueData: "KuhinaDesktop.Receipt"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\KuhinaDesktop.Receipt"; ValueType: string; ValueData: "Kuhina receipt"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KuhinaDesktop.Receipt\shell\open\command"; ValueType: string; ValueData: """{app}\KuhinaDesktop.exe"" ""%1"""

[Run]
Filename: "{app}\KuhinaDesktop.exe"; Description: "{cm:LaunchProgram,Kuhina Desktop}"; Flags: nowait postinstall skipifsilent
