//! What the Debian package ships, checked without building it: the desktop entry (fields, both
//! languages, `desktop-file-validate`), the hicolor icons, the assets Cargo.toml lists, and the
//! man pages and completions the binary generates. `scripts/package.sh` (run by CI) builds and
//! installs the real package.

use std::path::Path;
use std::process::Command;

use super::support::wxsign;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn desktop_entry() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(Path::new(ROOT).join("packaging/wxsign.desktop"))
        .expect("packaging/wxsign.desktop");
    text.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
}

fn value<'a>(entry: &'a [(String, String)], key: &str) -> &'a str {
    entry
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no {key} in the desktop entry"))
}

#[test]
fn desktop_entry_has_both_languages_and_the_categories() {
    let entry = desktop_entry();
    for key in ["Name", "Comment", "GenericName"] {
        assert!(value(&entry, key).is_ascii(), "{key} is the English text");
        let zh = value(&entry, &format!("{key}[zh_CN]"));
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{key}[zh_CN]: {zh}"
        );
    }
    let categories: Vec<&str> = value(&entry, "Categories").split(';').collect();
    assert!(categories.contains(&"Development") && categories.contains(&"Network"));
    assert_eq!(value(&entry, "Exec"), "wxsign");
    assert_eq!(value(&entry, "Icon"), "wxsign");
    assert_eq!(value(&entry, "Terminal"), "false");
}

#[test]
fn desktop_entry_passes_desktop_file_validate() {
    let path = Path::new(ROOT).join("packaging/wxsign.desktop");
    match Command::new("desktop-file-validate").arg(&path).output() {
        Ok(out) => assert!(
            out.status.success(),
            "desktop-file-validate: {}",
            String::from_utf8_lossy(&out.stdout)
        ),
        Err(_) if !super::support::under_ci() => {
            eprintln!(
                "SKIPPED: desktop-file-validate is not installed (Debian: desktop-file-utils)"
            )
        }
        Err(e) => panic!("desktop-file-validate must run in CI: {e}"),
    }
}

/// PNG width and height from the IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

#[test]
fn every_hicolor_icon_has_its_size() {
    for size in [16, 24, 32, 48, 64, 128, 256] {
        let path = Path::new(ROOT).join(format!("packaging/icons/{size}x{size}/wxsign.png"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert_eq!(png_size(&bytes), (size, size), "{}", path.display());
    }
}

#[test]
fn every_packaged_file_exists_or_is_generated_by_the_script() {
    let manifest: toml::Table = std::fs::read_to_string(Path::new(ROOT).join("Cargo.toml"))
        .expect("Cargo.toml")
        .parse()
        .expect("Cargo.toml parses");
    let assets = manifest["package"]["metadata"]["deb"]["assets"]
        .as_array()
        .expect("assets");
    let script = std::fs::read_to_string(Path::new(ROOT).join("scripts/package.sh"))
        .expect("scripts/package.sh");
    for asset in assets {
        let source = asset[0].as_str().expect("source path");
        if source.starts_with("target/release/") {
            continue; // cargo-deb's name for the built binary
        }
        if let Some(generated) = source.strip_prefix("target/package-assets/") {
            let dir = generated.split('/').next().unwrap_or_default();
            assert!(
                script.contains(&format!("$gen/{dir}")),
                "{source}: scripts/package.sh does not generate it"
            );
            continue;
        }
        assert!(
            Path::new(ROOT).join(source).is_file(),
            "{source} is missing"
        );
    }
    let depends = manifest["package"]["metadata"]["deb"]["depends"]
        .as_str()
        .expect("depends");
    for lib in ["libgl1", "libegl1", "libxkbcommon-x11-0", "libfontconfig1"] {
        assert!(depends.contains(lib), "Depends lacks {lib}");
    }
}

#[test]
fn completions_command_writes_a_script_for_each_shell() {
    for (shell, marker) in [
        ("bash", "complete -F _wxsign"),
        ("zsh", "#compdef wxsign"),
        ("fish", "complete -c wxsign"),
        ("powershell", "Register-ArgumentCompleter"),
        ("elvish", "edit:completion:arg-completer[wxsign]"),
    ] {
        let out = wxsign()
            .args(["completions", shell])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8_lossy(&out.stdout);
        assert!(
            script.contains(marker),
            "{shell}: {marker} not in the script"
        );
        assert!(script.contains("check-url"), "{shell}: no subcommands");
    }
    let out = wxsign()
        .args(["completions", "tcsh"])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn completion_script_loads_in_bash_and_completes_a_subcommand() {
    let out = wxsign()
        .args(["completions", "bash"])
        .output()
        .expect("runs");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("wxsign.bash");
    std::fs::write(&file, &out.stdout).expect("write");
    let check = r#"source "$1" && COMP_WORDS=(wxsign che) COMP_CWORD=1 && _wxsign wxsign che wxsign && printf '%s\n' "${COMPREPLY[@]}""#;
    match Command::new("bash")
        .args(["--norc", "--noprofile", "-c", check, "bash"])
        .arg(&file)
        .output()
    {
        Ok(run) => {
            assert!(
                run.status.success(),
                "{}",
                String::from_utf8_lossy(&run.stderr)
            );
            let words = String::from_utf8_lossy(&run.stdout);
            assert!(words.lines().any(|w| w == "check-url"), "{words}");
        }
        Err(e) => panic!("bash is needed for this test: {e}"),
    }
}

#[test]
fn man_command_prints_the_page_and_writes_every_page() {
    let out = wxsign().arg("man").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8_lossy(&out.stdout);
    assert!(page.contains(".TH wxsign 1"), "{page}");
    assert!(page.contains("check\\-url"), "subcommands listed");

    let dir = tempfile::tempdir().expect("tempdir");
    let out = wxsign()
        .arg("man")
        .arg("--dir")
        .arg(dir.path().join("man"))
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for page in [
        "wxsign.1",
        "wxsign-verify.1",
        "wxsign-profile-add.1",
        "wxsign-man.1",
    ] {
        assert!(dir.path().join("man").join(page).is_file(), "{page}");
    }
}
