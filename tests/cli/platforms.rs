//! Platforms as data: the client fetches any platform's token and ticket from its `ApiSpec`
//! (simulated servers on 127.0.0.1), and each platform's own commands and causes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use wxsign::cache::CredentialCache;
use wxsign::platform::Platform;
use wxsign::profile::{Profile, Timeouts};
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, Secrets, StoreHealth};
use wxsign::wechat::{
    Credentials, FetchOptions, Fetched, LogEntry, RetryPolicy, TicketKind, WechatClient,
    WechatError,
};

use crate::cli::mock_wechat::{APP_ID, APP_SECRET, GETTICKET, STABLE, TICKET, TOKEN, happy, seen};

/// A client of `platform` on a simulated server, with its log.
pub fn client(base: &str, platform: Platform) -> (WechatClient, Arc<Mutex<Vec<LogEntry>>>) {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&logs);
    let c = WechatClient::new(
        base,
        Timeouts::default(),
        Arc::new(move |e| sink.lock().unwrap().push(e)),
        RetryPolicy {
            busy_delay: Duration::from_millis(10),
            network_backoff: vec![Duration::from_millis(10)],
        },
    )
    .unwrap()
    .with_platform(platform);
    (c, logs)
}

/// The credentials service with secrets and cache in memory, and a `platform` profile on `base`
/// whose secret is `secret`.
pub fn credentials(
    base: &str,
    platform: Platform,
    id: &str,
    secret: &str,
) -> (Credentials, Profile) {
    let store = Arc::new(MemoryStore::default());
    let secrets = Arc::new(Secrets::new(
        store.clone(),
        StoreHealth::MemoryByRequest,
        None,
    ));
    secrets.set_persistent(id, &Secret::new(secret)).unwrap();
    let creds = Credentials::new(
        secrets,
        Arc::new(CredentialCache::new(store)),
        Arc::new(|_| {}),
    );
    let mut profile = Profile::on(platform, "simulated", id);
    profile.api_base = base.to_owned();
    (creds, profile)
}

/// The profile's jsapi ticket twice: fetched, then from the cache; returns both.
pub async fn ticket_twice(creds: &Credentials, profile: &Profile) -> [(String, bool); 2] {
    let opts = FetchOptions::default();
    let mut out = Vec::new();
    for _ in 0..2 {
        let t = creds
            .ticket(profile, TicketKind::Jsapi, &opts)
            .await
            .unwrap();
        out.push((t.ticket.reveal().to_owned(), t.from_cache));
    }
    [out[0].clone(), out[1].clone()]
}

/// Token then ticket through the platform's `ApiSpec`.
pub async fn token_then_ticket(
    c: &WechatClient,
    platform: Platform,
    id: &str,
    secret: &str,
) -> Result<(Fetched, Fetched), WechatError> {
    let api = &platform.spec().api;
    let token = c.spec_token(&api.token, id, &Secret::new(secret)).await?;
    let ticket = c.spec_ticket(&api.ticket, id, &token.value).await?;
    Ok((token, ticket))
}

/// The Official Account's `ApiSpec` says what its own client methods do: the generic path
/// reaches the simulated WeChat server's stable_token and getticket with the same requests.
#[tokio::test]
async fn the_official_account_api_as_data_reaches_the_simulated_wechat() {
    let server = happy(None).await;
    let (c, logs) = client(&server.uri(), Platform::OfficialAccount);
    let spec = Platform::OfficialAccount.spec();
    assert_eq!(spec.api.token.path, STABLE);
    assert_eq!(spec.api.ticket.path, GETTICKET);
    let (token, ticket) = token_then_ticket(&c, Platform::OfficialAccount, APP_ID, APP_SECRET)
        .await
        .unwrap();
    assert_eq!(token.value.reveal(), TOKEN);
    assert_eq!((ticket.value.reveal(), ticket.expires_in), (TICKET, 7200));
    let body = seen(&server).await;
    assert!(
        body.contains(r#""grant_type":"client_credential""#),
        "{body}"
    );
    assert!(body.contains(APP_ID), "{body}");
    let logs = logs.lock().unwrap();
    let methods: Vec<&str> = logs.iter().map(|l| l.method).collect();
    assert_eq!(methods, ["POST", "GET"]);
    assert!(
        logs.iter().all(|l| !l.outcome.contains(APP_SECRET)),
        "no secret in the log"
    );
}

/// Every code in `codes` is in `platform`'s table, explained with a meaning and a fix in both
/// languages (an id the catalogue lacks would render as itself); an unknown code names the
/// platform.
pub fn every_errcode_is_explained(platform: Platform, codes: &[i64], name: &str) {
    use wxsign::core::text::Lang;
    use wxsign::i18n::Render;
    use wxsign::wechat::errcode::{describe_in, is_known_in};
    for &code in codes {
        assert!(is_known_in(platform, code), "{code}");
        let (meaning, fix) = describe_in(platform, code);
        for lang in [Lang::En, Lang::Zh] {
            for m in [&meaning, &fix] {
                let text = m.get(lang);
                assert!(!text.is_empty() && text != m.id, "{code} {lang:?}: {text}");
            }
        }
    }
    let (unknown, _) = describe_in(platform, 12345);
    assert_eq!(unknown.get(Lang::En), format!("{name} error 12345"));
}

/// A config dir holding one profile `name` of `platform` (`--platform KEY`, the id given with
/// `id_flag`: `--app-key`, `--app-id`) on the simulated API at `base`.
pub fn config_with_profile(
    name: &str,
    platform: Platform,
    (id_flag, id): (&str, &str),
    base: &str,
) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::cli::support::wxsign_in(dir.path())
        .args([
            "profile",
            "add",
            name,
            "--platform",
            platform.key(),
            id_flag,
            id,
        ])
        .args(["--api-base", base])
        .assert()
        .success();
    dir
}

/// `wxsign ARGS` with the profiles of `config` and the secret in the environment.
pub fn with_secret(config: &std::path::Path, secret: &str, args: &[&str]) -> std::process::Output {
    crate::cli::support::wxsign_in(config)
        .env("WXSIGN_APP_SECRET", secret)
        .args(args)
        .output()
        .unwrap()
}

/// `doctor --json --profile NAME` with the secret in the environment: its `profile.api` check.
pub fn doctor_api_check(config: &std::path::Path, secret: &str, name: &str) -> serde_json::Value {
    let out = with_secret(config, secret, &["doctor", "--json", "--profile", name]);
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {out:?}"));
    v["checks"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["id"] == "profile.api" && c["profile"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no profile.api check: {v:#}"))
}
