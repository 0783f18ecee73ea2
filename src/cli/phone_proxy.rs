//! `wxsign phone proxy`: the iOS way to the real client (issue 18, PHONE.md §3). Prints the
//! address and the phone's setup steps, then one report per page the phone opens on the
//! target hosts, until Ctrl-C (or `--pages N`). Exit codes as `probe`: 0 when every page was
//! accepted by the client with nothing wrong, 1 when one was not (or none was reported), 2 for
//! bad arguments and a proxy that cannot start. `--remove-ca` removes the CA instead.

use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Args;
use serde_json::json;

use super::output::{self, Output};
use super::phone_args::{RecordingFlags, judge_with, write_fixture};
use super::phone_output;
use super::probe::PageAccountArgs;
use crate::core::text::{Lang, msg};
use crate::i18n::{self, Render};
use crate::phone::proxy::{self, Proxy, ProxyConfig, ProxyEvent};

#[derive(Debug, Args)]
pub struct ProxyArgs {
    /// A host whose pages get the recorder (repeatable); every other host is tunnelled
    /// untouched.
    #[arg(long, value_name = "HOST", required_unless_present = "remove_ca")]
    pub host: Vec<String>,
    /// The port to listen on; the same every time, so the phone's proxy setting stays valid
    /// (0: any free port).
    #[arg(long, default_value_t = proxy::DEFAULT_PORT)]
    pub port: u16,
    /// The address to listen on (default: this computer's LAN address).
    #[arg(long, value_name = "IP")]
    pub listen: Option<IpAddr>,
    /// The tickets (or the profile) the pages' signatures are judged with; none: recorded
    /// only.
    #[command(flatten)]
    pub account: PageAccountArgs,
    /// Stop after this many page reports (default: run until Ctrl-C).
    #[arg(long, value_name = "N")]
    pub pages: Option<u32>,
    #[command(flatten)]
    pub recording: RecordingFlags,
    /// Write each page's raw bridge exchange as a JSON fixture (tickets and signatures
    /// redacted) for tests/fixtures/phone/: the first page to FILE, the next to FILE-2.json, …
    #[arg(long, value_name = "FILE")]
    pub record: Option<std::path::PathBuf>,
    /// Remove the proxy's certificate authority from this computer (keyring or file) and say
    /// how to remove it from the phone; starts no proxy.
    #[arg(long, conflicts_with_all = ["host", "pages"])]
    pub remove_ca: bool,
}

/// Where the CA's certificate (and its key, without a keyring) lives: next to the profiles.
fn ca_dir(lang: Lang) -> anyhow::Result<std::path::PathBuf> {
    crate::profile::config_dir().map_err(|e| anyhow::anyhow!(e.text().get(lang)))
}

/// With `--json`, one JSON object per line: the proxy, then each event and report.
pub fn run(args: ProxyArgs, out: Output) -> anyhow::Result<ExitCode> {
    let Output { lang, json } = out;
    if args.remove_ca {
        return remove_ca(json, lang);
    }
    let judged = judge_with(&args.account, out)?;
    let (account, rt) = match judged {
        Ok(j) => j,
        Err(code) => return Ok(code),
    };
    let (store, _) = crate::secrets::open_store();
    let config = ProxyConfig {
        hosts: args.host.clone(),
        listen: args.listen,
        port: args.port,
        account,
        settle: args.recording.settle(),
        page_timeout: args.recording.timeout(),
        source: args.recording.source(),
        ca_dir: ca_dir(lang)?,
        store: Arc::clone(&store),
    };
    rt.block_on(serve(config, &args, out))
}

async fn serve(config: ProxyConfig, args: &ProxyArgs, out: Output) -> anyhow::Result<ExitCode> {
    let Output { lang, json } = out;
    // Heard from before the address is printed: a Ctrl-C right after it still stops cleanly.
    let ctrl_c = crate::batch::CancelFlag::new();
    super::interrupt::cancel_on_ctrl_c(&ctrl_c).await;
    let hosts = config.hosts.join(", ");
    let tickets = config.account.tickets.clone();
    let mut proxy = match proxy::start(config).await {
        Ok(p) => p,
        Err(e) => {
            if json {
                println!(
                    "{}",
                    json!({"event": "error", "message": e.message().get(lang)})
                );
            } else {
                anstream::eprintln!("{}", output::error_line(lang, &e.message().get(lang)));
            }
            return Ok(ExitCode::from(2));
        }
    };
    announce(&proxy, &hosts, json, lang);
    let mut reports = 0u32;
    let mut all_passed = true;
    let show = |e: &ProxyEvent, reports: &mut u32, all_passed: &mut bool| {
        if let ProxyEvent::Report { report, exchange } = e {
            *reports += 1;
            *all_passed &= report.passed;
            if let Some(path) = &args.record
                && let Err(err) = write_fixture(
                    &fixture_path(path, *reports),
                    report,
                    exchange,
                    &tickets,
                    lang,
                )
            {
                anstream::eprintln!("{}", output::error_line(lang, &format!("{err:#}")));
            }
        }
        print_event(e, json, lang);
    };
    loop {
        tokio::select! {
            () = ctrl_c.cancelled() => break,
            e = proxy.events.recv() => match e {
                Some(e) => {
                    show(&e, &mut reports, &mut all_passed);
                    if args.pages.is_some_and(|n| reports >= n) {
                        break;
                    }
                }
                None => break,
            }
        }
    }
    let mut rest = proxy.stop().await;
    while let Ok(e) = rest.try_recv() {
        show(&e, &mut reports, &mut all_passed);
    }
    if json {
        println!("{}", json!({"event": "stopped", "pages": reports}));
    } else {
        anstream::println!();
        anstream::println!(
            "{}",
            msg!("phone-proxy-cli-stopped", count = reports).get(lang)
        );
        print_steps(
            i18n::text(lang, "phone-proxy-cli-undo"),
            &proxy::undo_steps(),
            lang,
        );
    }
    Ok(if reports > 0 && all_passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Where page `n`'s fixture goes: FILE for the first, FILE-n.json after.
fn fixture_path(path: &std::path::Path, n: u32) -> std::path::PathBuf {
    if n <= 1 {
        path.to_path_buf()
    } else {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("page");
        path.with_file_name(format!("{stem}-{n}.json"))
    }
}

fn announce(proxy: &Proxy, hosts: &str, json: bool, lang: Lang) {
    if json {
        println!(
            "{}",
            json!({
                "event": "listening",
                "addr": proxy.addr.to_string(),
                "setup_url": proxy.setup_url,
                "ca": proxy.ca,
            })
        );
        return;
    }
    let addr = proxy.addr.to_string();
    anstream::println!(
        "{}",
        msg!(
            "phone-proxy-cli-listening",
            addr = addr.as_str(),
            hosts = hosts
        )
        .get(lang)
    );
    anstream::println!(
        "{}",
        msg!("phone-proxy-cli-setup", url = proxy.setup_url.as_str()).get(lang)
    );
    anstream::println!(
        "{}",
        msg!(
            "phone-proxy-cli-ca",
            name = proxy.ca.name.as_str(),
            sha256 = proxy.ca.sha256.as_str()
        )
        .get(lang)
    );
    let key = if proxy.ca.key == "keyring" {
        msg!("phone-proxy-cli-key-keyring")
    } else {
        msg!("phone-proxy-cli-key-file", path = proxy.ca.key.as_str())
    };
    anstream::println!("{}", key.get(lang));
    if proxy.ca.created {
        anstream::println!("{}", msg!("phone-proxy-cli-ca-created").get(lang));
    }
    anstream::println!();
    print_steps(
        i18n::text(lang, "phone-proxy-cli-steps"),
        &proxy::setup_steps(proxy.addr),
        lang,
    );
    anstream::println!();
    anstream::println!("{}", msg!("phone-proxy-cli-stop").get(lang));
}

fn print_steps(title: &str, steps: &[crate::core::text::Msg], lang: Lang) {
    anstream::println!("{title}");
    for (i, s) in steps.iter().enumerate() {
        anstream::println!("  {}. {}", i + 1, s.get(lang));
    }
}

fn print_event(e: &ProxyEvent, json: bool, lang: Lang) {
    if json {
        println!("{}", serde_json::to_string(e).unwrap_or_default());
        return;
    }
    match e {
        ProxyEvent::Report { report, .. } => {
            anstream::println!();
            phone_output::print_report(report, lang);
        }
        ProxyEvent::Seen { line } => anstream::println!("  {}", line.get(lang)),
        other => {
            if let Some(m) = other.message() {
                anstream::println!("{}", m.get(lang));
            }
        }
    }
}

fn remove_ca(json: bool, lang: Lang) -> anyhow::Result<ExitCode> {
    let (store, _) = crate::secrets::open_store();
    let dir = ca_dir(lang)?;
    let removed = match proxy::remove_ca(store.as_ref(), &dir) {
        Ok(r) => r,
        Err(e) => {
            let m = proxy::ProxyError::Ca(e).message().get(lang);
            if json {
                println!("{}", json!({"error": "ca_failed", "message": m}));
            } else {
                anstream::eprintln!("{}", output::error_line(lang, &m));
            }
            return Ok(ExitCode::from(2));
        }
    };
    let undo: Vec<String> = proxy::undo_steps()
        .iter()
        .take(2)
        .map(|m| m.get(lang))
        .collect();
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&json!({"removed": removed, "on_the_phone": undo}))
                .unwrap_or_default()
        );
        return Ok(ExitCode::SUCCESS);
    }
    if removed.is_empty() {
        anstream::println!("{}", msg!("phone-proxy-cli-nothing-removed").get(lang));
    }
    for what in &removed {
        anstream::println!(
            "{}",
            msg!("phone-proxy-cli-removed", what = what.as_str()).get(lang)
        );
    }
    anstream::println!("{}", i18n::text(lang, "phone-proxy-cli-undo"));
    for (i, s) in undo.iter().enumerate() {
        anstream::println!("  {}. {s}", i + 1);
    }
    Ok(ExitCode::SUCCESS)
}
