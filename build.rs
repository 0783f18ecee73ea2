//! Windows (GNU toolchain): the icon and version information of the .exe, compiled from
//! `packaging/windows/wxsign.rc` by mingw's resource compiler and linked into the binaries.
//! Thirty lines instead of a crate (embed-resource, winresource): the release build uses mingw,
//! whose windres is already installed next to its linker. Other targets: nothing to do. An MSVC
//! build (`cargo install` on Windows) gets no icon; the shipped .exe is built with mingw.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=packaging/windows/wxsign.rc");
    println!("cargo:rerun-if-changed=packaging/windows/wxsign.ico");
    println!("cargo:rerun-if-env-changed=WINDRES");
    let var = |k: &str| std::env::var(k).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "windows" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return;
    }
    // WINDRES, else the cross compiler's (`x86_64-w64-mingw32-windres`) when building on
    // another system, else the native `windres`.
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| {
        if cfg!(windows) {
            "windres".to_owned()
        } else {
            format!("{}-w64-mingw32-windres", var("CARGO_CFG_TARGET_ARCH"))
        }
    });
    let dir = PathBuf::from(var("CARGO_MANIFEST_DIR")).join("packaging/windows");
    let out = PathBuf::from(var("OUT_DIR"));
    let rc = out.join("wxsign.rc");
    let obj = out.join("wxsign-resources.o");
    let template = std::fs::read_to_string(dir.join("wxsign.rc")).expect("read wxsign.rc");
    let icon = dir
        .join("wxsign.ico")
        .display()
        .to_string()
        .replace('\\', "/");
    let text = template
        .replace("@ICON@", &icon)
        .replace("@VERSION@", &var("CARGO_PKG_VERSION"))
        .replace("@MAJOR@", &var("CARGO_PKG_VERSION_MAJOR"))
        .replace("@MINOR@", &var("CARGO_PKG_VERSION_MINOR"))
        .replace("@PATCH@", &var("CARGO_PKG_VERSION_PATCH"));
    std::fs::write(&rc, text).expect("write the generated .rc");
    match run(&windres, &rc, &obj) {
        Ok(()) => println!("cargo:rustc-link-arg-bins={}", obj.display()),
        Err(why) => println!(
            "cargo:warning=no icon or version information in the .exe: {windres} {why} \
             (Debian: apt-get install binutils-mingw-w64-x86-64)"
        ),
    }
}

fn run(windres: &str, rc: &Path, obj: &Path) -> Result<(), String> {
    let out = Command::new(windres)
        .args(["--input-format=rc", "--output-format=coff", "-c", "65001"])
        .arg("-i")
        .arg(rc)
        .arg("-o")
        .arg(obj)
        .output()
        .map_err(|e| format!("could not run: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ))
    }
}
