; The Windows installer, built by scripts/package-windows.sh with Debian's makensis:
;   makensis -DVERSION=0.1.0 -DSRCDIR=dir-with-the-files -DOUTFILE=wxsign-0.1.0-setup.exe wxsign.nsi
; Installs for the current user (%LOCALAPPDATA%\Programs\wxsign) or, run by an administrator,
; for all users (Program Files\wxsign); /CurrentUser or /AllUsers choose on the command line,
; /S installs silently. A Start menu shortcut to wxsignw.exe (the window, no console) with the
; icon, and an uninstaller registered in Apps & features. Settings, profiles (%APPDATA%\wxsign)
; and the secrets in Credential Manager belong to the user and are left in place.

!ifndef VERSION | SRCDIR | OUTFILE
  !error "define VERSION, SRCDIR and OUTFILE (see scripts/package-windows.sh)"
!endif

; 64-bit stub: wxsign is a 64-bit program, and a 64-bit installer sees the real Program Files
; and registry (and runs under Debian's wine64, which runs 64-bit programs only).
Target amd64-unicode
!ifdef FAST
  ; CI's check of a debug build (scripts/package-windows.sh --from-test-build): same installer,
  ; quicker to pack.
  SetCompressor zlib
!else
  ; wxsignw.exe differs from wxsign.exe in one header field: in one solid block with a large
  ; dictionary the second copy costs almost nothing.
  SetCompressor /SOLID lzma
  SetCompressorDictSize 64
!endif
ManifestDPIAware true

!define APP "wxsign"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${APP}"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${SETTINGS_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh

!define MUI_ICON "${SRCDIR}/wxsign.ico"
!define MUI_UNICON "${SRCDIR}/wxsign.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\wxsignw.exe"

!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The installer speaks the language of the system (Chinese on a Chinese Windows).
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString DESC_SHORTCUT ${LANG_ENGLISH} "Debug WeChat JS-SDK signatures"
LangString DESC_SHORTCUT ${LANG_SIMPCHINESE} "调试微信 JS-SDK 签名"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} ${VERSION} setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "MIT OR Apache-2.0, the wxsign developers"

Function .onInit
  !insertmacro MULTIUSER_INIT
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
FunctionEnd

Section "wxsign" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SRCDIR}/wxsign.exe"
  File "${SRCDIR}/wxsignw.exe"
  File "${SRCDIR}/README.md"
  File "${SRCDIR}/LICENSE-MIT.txt"
  File "${SRCDIR}/LICENSE-APACHE.txt"
  File "${SRCDIR}/OFL-NotoSansSC.txt"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; SHCTX is HKLM for all users, HKCU for the current user (set by MultiUser.nsh).
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${SETTINGS_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "wxsign developers"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\wxsignw.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0

  ; The Start menu of the chosen users (SetShellVarContext by MultiUser.nsh).
  CreateShortcut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\wxsignw.exe" "" "$INSTDIR\wxsignw.exe" 0 \
    SW_SHOWNORMAL "" "$(DESC_SHORTCUT)"
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\wxsign.exe"
  Delete "$INSTDIR\wxsignw.exe"
  Delete "$INSTDIR\README.md"
  Delete "$INSTDIR\LICENSE-MIT.txt"
  Delete "$INSTDIR\LICENSE-APACHE.txt"
  Delete "$INSTDIR\OFL-NotoSansSC.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${SETTINGS_KEY}"
SectionEnd
