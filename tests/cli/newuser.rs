//! What a new user hit trying every README command: a closed pipe, no display, the exit-code
//! table, a forgotten option value, messages that repeated themselves or named `NAME`.

use std::path::Path;
use std::process::{Command, Output, Stdio};

use crate::cli::mock_wechat::{self, APP_ID, APP_SECRET};

/// `wxsign` with a clean environment: the config in `config`, the memory keyring, English.
fn wxsign(config: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_wxsign"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", config)
        .env("WXSIGN_CONFIG_DIR", config)
        .env("WXSIGN_KEYRING", "memory")
        .env("LANG", "C")
        .stdin(Stdio::null());
    cmd
}

fn run(mut cmd: Command, stdin: Option<&str>) -> Output {
    let Some(text) = stdin else {
        return cmd.output().expect("runs");
    };
    use std::io::Write as _;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    // A command that stops before reading (a usage error) closes its stdin: not a failure.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes());
    child.wait_with_output().expect("runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn profile(config: &Path, name: &str, base: &str) {
    let out = wxsign(config)
        .args([
            "profile",
            "add",
            name,
            "--appid",
            APP_ID,
            "--api-base",
            base,
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A port on 127.0.0.1 nothing listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const SIGN: &[&str] = &[
    "sign",
    "--ticket",
    crate::cli::support::TICKET,
    "--noncestr",
    crate::cli::support::NONCE,
    "--timestamp",
    "1414587457",
    "--url",
    "http://mp.weixin.qq.com?params=value",
];

fn verify(signature: &str) -> Vec<String> {
    let good = crate::cli::support::sha1_hex(&format!(
        "jsapi_ticket={}&noncestr={}&timestamp=1414587457&url=http://mp.weixin.qq.com/?params=value",
        crate::cli::support::TICKET,
        crate::cli::support::NONCE
    ));
    let signature = if signature == GOOD_SIGNATURE {
        good.as_str()
    } else {
        signature
    };
    [
        "verify",
        "--url",
        "http://mp.weixin.qq.com/?params=value",
        "--ticket",
        crate::cli::support::TICKET,
        "--noncestr",
        crate::cli::support::NONCE,
        "--timestamp",
        "1414587457",
        "--signature",
        signature,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

/// The signature of DOMAIN.md §1's example for the URL a browser reports (with the `/`).
const GOOD_SIGNATURE: &str = "GOOD";
/// The example's own signature, made without the `/`: a mismatch.
const BAD_SIGNATURE: &str = "0f9de62fce790f9a083d5c99e95740ceb90c27ed";

/// `wxsign ... | head -0`: stdout is a pipe whose reader is already gone, so the very first
/// write fails (no race: the reader is closed before the command starts). No command panics or
/// complains: each ends with its own exit code or the Unix closed-pipe status (141).
#[test]
fn no_command_panics_on_a_closed_pipe() {
    let rt = mock_wechat::runtime();
    let server = rt.block_on(mock_wechat::happy(None));
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    profile(c, "dev", &server.uri());
    let pages = c.join("pages.txt");
    std::fs::write(&pages, "https://example.com/a\nhttps://example.com/b\n").unwrap();
    let endpoint = format!("http://127.0.0.1:{}/sign", closed_port());
    // (args, the command's own exit code)
    let cases: Vec<(Vec<String>, i32)> = vec![
        (to_args(SIGN), 0),
        (to_args(&[SIGN, &["--json"]].concat()), 0),
        (verify(GOOD_SIGNATURE), 0),
        (verify(BAD_SIGNATURE), 1),
        (to_args(&["check-url", "http://QQ.com:80/a b#/home"]), 1),
        (to_args(&["check-url", "https://example.com/", "--json"]), 0),
        (to_args(&["profile", "list"]), 0),
        (to_args(&["profile", "list", "--json"]), 0),
        (to_args(&["profile", "show", "dev"]), 0),
        (to_args(&["secret", "status", "--profile", "dev"]), 0),
        (to_args(&["token", "--profile", "dev"]), 0),
        (to_args(&["ticket", "--profile", "dev", "--json"]), 0),
        (
            to_args(&[
                "batch",
                "--pages",
                &pages.to_string_lossy(),
                "--endpoint-url",
                &endpoint,
                "--ticket",
                crate::cli::support::TICKET,
            ]),
            1,
        ),
        (to_args(&["doctor", "--offline"]), 0),
        (to_args(&["doctor", "--offline", "--json"]), 0),
        (to_args(&["--help"]), 0),
        (to_args(&["--version"]), 0),
        (to_args(&["verify", "--help"]), 0),
        (to_args(&["completions", "bash"]), 0),
        (to_args(&["man"]), 0),
    ];
    for (args, code) in cases {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = wxsign(c)
            .env("WXSIGN_APP_SECRET", APP_SECRET)
            .args(&args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(!err.contains("Broken pipe"), "{args:?}: {err}");
        // Coloured human output drops what cannot be written and finishes with its own code;
        // plain `println!` output stops at the first failed write with the closed-pipe status.
        let got = out.status.code();
        assert!(
            got == Some(code) || got == Some(141),
            "{args:?}: exit {got:?}: {err}"
        );
    }
}

fn to_args(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn no_display_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        ("C", ["no display was found", "wxsign --help"]),
        ("zh_CN.UTF-8", ["没有找到显示器", "wxsign --help"]),
    ] {
        let out = wxsign(dir.path())
            .env("LANG", lang)
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        for w in words {
            assert!(err.contains(w), "{err}");
        }
        assert!(!err.contains("winit") && !err.contains(".cargo"), "{err}");
        assert!(stdout(&out).is_empty());
    }
}

/// The exit-code table of docs/guide.md, row by row: 0 done, 1 a reported failure, 2 bad arguments or
/// input unusable before any work.
#[test]
fn the_exit_code_table_of_the_readme() {
    let rt = mock_wechat::runtime();
    let server = rt.block_on(mock_wechat::happy(None));
    let refusing = rt.block_on(async {
        let s = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::path(mock_wechat::STABLE))
            .respond_with(mock_wechat::errcode(40125, "invalid appsecret"))
            .mount(&s)
            .await;
        s
    });
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    profile(c, "dev", &server.uri());
    profile(c, "refused", &refusing.uri());
    profile(c, "offline", &format!("http://127.0.0.1:{}", closed_port()));
    let pages = c.join("pages.txt");
    std::fs::write(&pages, "https://example.com/a\n").unwrap();
    let missing = c.join("missing.json").to_string_lossy().into_owned();
    let bad_json = c.join("bad.json");
    std::fs::write(&bad_json, "{\"nonceStr\": ").unwrap();
    let no_sig = c.join("nosig.json");
    std::fs::write(&no_sig, r#"{"nonceStr":"n","timestamp":"1"}"#).unwrap();
    let pages_arg = pages.to_string_lossy().into_owned();
    let unreachable = format!("http://127.0.0.1:{}/sign", closed_port());
    let batch = |extra: &[&str]| {
        let mut a = to_args(&["batch", "--pages", &pages_arg]);
        a.extend(to_args(extra));
        a
    };
    let secret = Some(APP_SECRET);
    // (what, args, stdin, WXSIGN_APP_SECRET, expected code)
    let cases: Vec<Row> = vec![
        ("sign", to_args(SIGN), None, None, 0),
        ("verify match", verify(GOOD_SIGNATURE), None, None, 0),
        (
            "check-url clean",
            to_args(&["check-url", "https://example.com/"]),
            None,
            None,
            0,
        ),
        ("--help", to_args(&["--help"]), None, None, 0),
        ("--version", to_args(&["--version"]), None, None, 0),
        ("profile list", to_args(&["profile", "list"]), None, None, 0),
        (
            "secret status",
            to_args(&["secret", "status", "--profile", "dev"]),
            None,
            None,
            0,
        ),
        (
            "token",
            to_args(&["token", "--profile", "dev"]),
            None,
            secret,
            0,
        ),
        ("verify mismatch", verify(BAD_SIGNATURE), None, None, 1),
        (
            "check-url error",
            to_args(&["check-url", "http://QQ.com:80/a b#/home"]),
            None,
            None,
            1,
        ),
        (
            "batch page fails",
            batch(&["--endpoint-url", &unreachable, "--ticket", "T"]),
            None,
            None,
            1,
        ),
        (
            "WeChat errcode",
            to_args(&["token", "--profile", "refused"]),
            None,
            secret,
            1,
        ),
        (
            "network error",
            to_args(&["token", "--profile", "offline"]),
            None,
            secret,
            1,
        ),
        (
            "missing appSecret",
            to_args(&["token", "--profile", "dev"]),
            None,
            None,
            1,
        ),
        (
            "unknown --profile",
            to_args(&["ticket", "--profile", "nope"]),
            None,
            None,
            1,
        ),
        (
            "profile input that does not validate",
            to_args(&["profile", "add", "x", "--appid", "not-an-appid"]),
            None,
            None,
            1,
        ),
        (
            "unknown option",
            to_args(&["sign", "--nope"]),
            None,
            None,
            2,
        ),
        ("missing value", to_args(&["sign", "--url"]), None, None, 2),
        (
            "value swallowed by --ticket",
            to_args(&["sign", "--ticket", "--url", "http://a.com/"]),
            None,
            None,
            2,
        ),
        (
            "invalid value",
            to_args(&["ticket", "--profile", "dev", "--type", "card"]),
            None,
            None,
            2,
        ),
        (
            "--ticket with --profile",
            to_args(&[
                "sign",
                "--profile",
                "dev",
                "--ticket",
                "T",
                "--url",
                "https://a.com/",
            ]),
            None,
            None,
            2,
        ),
        ("config unreadable", config_args(&missing), None, None, 2),
        (
            "config unparsable",
            config_args(&bad_json.to_string_lossy()),
            None,
            None,
            2,
        ),
        (
            "config lacks a field",
            config_args(&no_sig.to_string_lossy()),
            None,
            None,
            2,
        ),
        (
            "config from an empty stdin",
            config_args("-"),
            Some(""),
            None,
            2,
        ),
        (
            "secret from an empty stdin",
            to_args(&["secret", "set", "--profile", "dev", "--secret-stdin"]),
            Some(""),
            None,
            2,
        ),
        (
            "token --secret-stdin with an empty stdin",
            to_args(&["token", "--profile", "dev", "--secret-stdin"]),
            Some("\n"),
            None,
            2,
        ),
        (
            "pasted ticket lifetime out of range",
            to_args(&[
                "secret",
                "set",
                "--profile",
                "dev",
                "--ticket",
                "--secret-stdin",
                "--expires-in",
                "9000",
            ]),
            Some("TICKET\n"),
            None,
            2,
        ),
        (
            "batch pages file",
            to_args(&[
                "batch",
                "--pages",
                &missing,
                "--endpoint-url",
                &unreachable,
                "--ticket",
                "T",
            ]),
            None,
            None,
            2,
        ),
        (
            "batch endpoint options",
            batch(&["--ticket", "T"]),
            None,
            None,
            2,
        ),
        (
            "batch unknown --profile",
            batch(&["--profile", "nope", "--endpoint-url", &unreachable]),
            None,
            None,
            2,
        ),
        (
            "batch --profile without an appSecret",
            batch(&["--profile", "dev", "--endpoint-url", &unreachable]),
            None,
            None,
            2,
        ),
    ];
    for (what, args, stdin, secret, code) in cases {
        let mut cmd = wxsign(c);
        cmd.args(&args);
        if let Some(s) = secret {
            cmd.env("WXSIGN_APP_SECRET", s);
        }
        let out = run(cmd, stdin);
        assert_eq!(
            out.status.code(),
            Some(code),
            "{what}: {args:?}\n{}",
            stderr(&out)
        );
    }
}

/// (what, args, stdin, WXSIGN_APP_SECRET, expected exit code)
type Row<'a> = (&'a str, Vec<String>, Option<&'a str>, Option<&'a str>, i32);

fn config_args(source: &str) -> Vec<String> {
    to_args(&[
        "verify",
        "--url",
        "https://example.com/",
        "--ticket",
        "T",
        "--config",
        source,
    ])
}

#[test]
fn a_forgotten_value_is_named_and_a_split_url_gets_the_quote_hint() {
    let dir = tempfile::tempdir().unwrap();
    let out = wxsign(dir.path())
        .args(["sign", "--ticket", "--url", "http://a.com/"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("the value of --ticket is missing"), "{err}");
    assert!(!err.contains("unexpected argument"), "{err}");
    // Unquoted, the shell splits a URL with a space; the hint shows the quoted form.
    for args in [
        &["check-url", "http://a.com/a", "b"][..],
        &["sign", "--ticket", "T", "--url", "http://a.com/a", "b"][..],
    ] {
        let out = wxsign(dir.path()).args(args).output().unwrap();
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("quote it, 'http://a.com/a b'"), "{err}");
    }
}

#[test]
fn profile_remove_and_secret_status_say_what_is_true() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    profile(c, "gone", "https://api.weixin.qq.com");
    // Memory store: no secret is kept anywhere, so none "stays in the keyring".
    let out = wxsign(c)
        .args(["profile", "remove", "gone"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("removed profile gone"), "{text}");
    assert!(!text.contains("stays in the keyring"), "{text}");
    assert!(!text.contains("--delete-secret"), "{text}");
    // No usable keyring at all: status and the missing-secret fix do not offer `secret set`.
    profile(c, "dev", "https://api.weixin.qq.com");
    let no_keyring = |cmd: &mut Command| {
        cmd.env_remove("WXSIGN_KEYRING").env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/wxsign-test-bus",
        );
    };
    let mut cmd = wxsign(c);
    no_keyring(&mut cmd);
    let out = cmd
        .args(["secret", "status", "--profile", "dev"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(text.contains("not set"), "{text}");
    assert!(text.contains("WXSIGN_APP_SECRET"), "{text}");
    assert!(!text.contains("secret set"), "{text}");
    let mut cmd = wxsign(c);
    no_keyring(&mut cmd);
    let out = cmd.args(["token", "--profile", "dev"]).output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("WXSIGN_APP_SECRET"), "{err}");
    assert!(!err.contains("secret set"), "{err}");
    // `secret delete --appid` works without a profile.
    let out = wxsign(c)
        .args(["secret", "delete", "--appid", APP_ID])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("no appSecret was stored"));
}

#[test]
fn fixes_name_the_real_profile_and_say_things_once() {
    let rt = mock_wechat::runtime();
    let refusing = rt.block_on(async {
        let s = wiremock::MockServer::start().await;
        wiremock::Mock::given(wiremock::matchers::path(mock_wechat::STABLE))
            .respond_with(mock_wechat::errcode(40125, "invalid appsecret"))
            .mount(&s)
            .await;
        s
    });
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    profile(c, "prod", &refusing.uri());
    let out = wxsign(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["token", "--profile", "prod"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert!(err.contains("secret set --profile prod"), "{err}");
    assert!(!err.contains("NAME"), "{err}");
    // batch: the profile list hint once, the alternatives of a missing secret once each.
    let pages = c.join("p.txt");
    std::fs::write(&pages, "https://example.com/\n").unwrap();
    let batch = |profile: &str| {
        wxsign(c)
            .args(["batch", "--pages"])
            .arg(&pages)
            .args([
                "--endpoint-url",
                "http://127.0.0.1:9/s",
                "--profile",
                profile,
            ])
            .output()
            .unwrap()
    };
    let err = stderr(&batch("nope"));
    assert_eq!(err.matches("wxsign profile list").count(), 1, "{err}");
    let out = batch("prod");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    for once in ["WXSIGN_APP_SECRET", "--ticket"] {
        assert_eq!(err.matches(once).count(), 1, "{once}: {err}");
    }
    assert!(!err.contains(") ("), "{err}");
    // A pasted-ticket profile without a ticket: the error and its fix, each said once.
    wxsign(c)
        .args(["profile", "edit", "prod", "--ticket-source", "pasted"])
        .output()
        .unwrap();
    let out = wxsign(c)
        .args(["sign", "--profile", "prod", "--url", "https://example.com/"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err.matches("secret set --profile prod --ticket").count(),
        1,
        "{err}"
    );
}

#[test]
fn chinese_network_errors_are_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let c = dir.path();
    profile(c, "dev", &format!("http://127.0.0.1:{}", closed_port()));
    let out = wxsign(c)
        .env("WXSIGN_APP_SECRET", APP_SECRET)
        .args(["token", "--profile", "dev", "--lang", "zh"])
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("无法连接"), "{err}");
    assert!(err.starts_with("错误："), "{err}");
    for english in ["could not connect", "check the", "fix:"] {
        assert!(!err.contains(english), "{english}: {err}");
    }
}

#[test]
fn empty_stdin_is_reported_as_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = wxsign(dir.path());
    cmd.args(config_args("-"));
    let out = run(cmd, Some(""));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("stdin is empty"), "{err}");
    assert!(!err.contains("<stdin>:"), "{err}");
}

#[test]
fn profile_show_includes_the_saved_endpoint() {
    use wxsign::batch::{EndpointSpec, HttpMethod, UrlEncoding, UrlParam};
    let dir = tempfile::tempdir().unwrap();
    let mut p = wxsign::profile::Profile::new("qa", APP_ID);
    p.signing_endpoint = Some(Box::new(EndpointSpec {
        url: "https://api.example.com/wx/signature".into(),
        method: HttpMethod::Get,
        url_param: UrlParam::Query("page".into()),
        url_encoding: UrlEncoding::Component,
        header_names: vec!["Cookie".into()],
        fields: Default::default(),
    }));
    wxsign::profile::ProfileStore::new(dir.path())
        .add(p)
        .unwrap();
    let out = wxsign(dir.path())
        .args(["profile", "show", "qa"])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("GET https://api.example.com/wx/signature"),
        "{text}"
    );
    assert!(text.contains("query:page (component)"), "{text}");
    assert!(text.contains("Cookie (values in the keyring)"), "{text}");
}

/// Pages finish out of order (#1 answers last); the human output still lists #1, #2, #3, and an
/// empty HTTP 401 body is said in words, not as `()`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batch_lists_failures_in_page_order() {
    use wiremock::{Mock, MockServer, Request, ResponseTemplate};
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::path("/sign"))
        .respond_with(|req: &Request| {
            let body = String::from_utf8_lossy(&req.body);
            let reply = ResponseTemplate::new(401);
            if body.contains("/first") {
                reply.set_delay(std::time::Duration::from_millis(1500))
            } else {
                reply
            }
        })
        .mount(&server)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("p.txt");
    std::fs::write(
        &pages,
        "https://example.com/first\nhttps://example.com/second\nhttps://example.com/third\n",
    )
    .unwrap();
    let mut cmd = wxsign(dir.path());
    cmd.args(["batch", "--pages"])
        .arg(&pages)
        .args(["--endpoint-url", &format!("{}/sign", server.uri())])
        .args(["--ticket", "T", "--concurrency", "3"]);
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    let text = stdout(&out);
    let at = |s: &str| text.find(s).unwrap_or_else(|| panic!("{s}: {text}"));
    assert!(at("#1 ") < at("#2 ") && at("#2 ") < at("#3 "), "{text}");
    assert!(text.contains("HTTP 401 with an empty body"), "{text}");
    assert!(!text.contains("()"), "{text}");
}
