//! `wxsign doctor`'s look at an API base: each step a request to WeChat takes (DNS, TCP, TLS
//! with the OS roots, HTTP), through `HTTPS_PROXY` when it applies, and the server's `Date` for
//! the clock. Facts only: the doctor judges them (this module knows nothing of it). No credential
//! is sent.

use std::net::SocketAddr;
use std::time::Duration;

use crate::core::text::{Arg, msg};
use crate::profile::Timeouts;

/// What happened at each step; a later step is `None` when an earlier one failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reach {
    pub base: String,
    /// The proxy the request goes through (`scheme://host:port`, never its credentials).
    pub proxy: Option<String>,
    /// The addresses of the host connected to (the proxy's, with a proxy). Each failure is the
    /// OS's or the TLS stack's own words, or ours from the catalogue.
    pub dns: Result<Vec<SocketAddr>, Arg>,
    pub tcp: Option<Result<SocketAddr, Arg>>,
    /// `None` for an `http://` base (no TLS) or when not reached.
    pub tls: Option<Result<(), Arg>>,
    /// The HTTP status of `GET {base}/`: any answer proves the base is reachable.
    pub http: Option<Result<u16, Arg>>,
    /// The server's `Date` header (Unix seconds) and the local clock when it arrived.
    pub clock: Option<(i64, i64)>,
}

/// The proxy `reqwest` uses for `url` from the environment (`HTTPS_PROXY`, `HTTP_PROXY`,
/// `ALL_PROXY`, either case, `NO_PROXY` honoured), as `(shown, host, port)`.
pub fn env_proxy(url: &url::Url) -> Option<(String, String, u16)> {
    let var = |k: &str| {
        std::env::var(k)
            .or_else(|_| std::env::var(k.to_ascii_lowercase()))
            .ok()
            .filter(|v| !v.trim().is_empty())
    };
    let host = url.host_str()?;
    let no_proxy = var("NO_PROXY").unwrap_or_default();
    let bypass = no_proxy.split(',').map(str::trim).any(|n| {
        n == "*"
            || (!n.is_empty() && {
                let n = n.trim_start_matches('.');
                host == n || host.ends_with(&format!(".{n}"))
            })
    });
    if bypass {
        return None;
    }
    let value = match url.scheme() {
        "https" => var("HTTPS_PROXY").or_else(|| var("ALL_PROXY")),
        _ => var("HTTP_PROXY").or_else(|| var("ALL_PROXY")),
    }?;
    let with_scheme = if value.contains("://") {
        value
    } else {
        format!("http://{value}")
    };
    let p = url::Url::parse(&with_scheme).ok()?;
    let (phost, pport) = (p.host_str()?.to_owned(), p.port_or_known_default()?);
    Some((format!("{}://{phost}:{pport}", p.scheme()), phost, pport))
}

/// Walks the steps to `base` once, each within the profile's timeouts. `now` is the local
/// clock (Unix seconds), read when the answer arrives.
pub async fn reach(base: &str, timeouts: &Timeouts, now: impl Fn() -> i64) -> Reach {
    let mut r = Reach {
        base: base.to_owned(),
        proxy: None,
        dns: Err(Arg::Str(String::new())),
        tcp: None,
        tls: None,
        http: None,
        clock: None,
    };
    let parsed = match url::Url::parse(base) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => u,
        _ => {
            r.dns = Err(msg!("reach-not-http-url", base = base).into());
            return r;
        }
    };
    let proxy = env_proxy(&parsed);
    let (host, port) = match &proxy {
        Some((_, h, p)) => (h.clone(), *p),
        None => (
            parsed.host_str().unwrap_or_default().to_owned(),
            parsed.port_or_known_default().unwrap_or(443),
        ),
    };
    r.proxy = proxy.map(|(shown, ..)| shown);
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_owned();
    let connect = timeouts.connect();
    r.dns =
        match tokio::time::timeout(connect, tokio::net::lookup_host((host.as_str(), port))).await {
            Ok(Ok(addrs)) => {
                let addrs: Vec<SocketAddr> = addrs.collect();
                if addrs.is_empty() {
                    Err(msg!("reach-no-address", host = host.as_str()).into())
                } else {
                    Ok(addrs)
                }
            }
            Ok(Err(e)) => Err(e.to_string().into()),
            Err(_) => Err(msg!("reach-no-answer", ms = connect.as_millis()).into()),
        };
    let Ok(addrs) = &r.dns else { return r };
    let mut tcp = Err(Arg::Str(String::new()));
    for addr in addrs {
        tcp = match tokio::time::timeout(connect, tokio::net::TcpStream::connect(addr)).await {
            Ok(Ok(_)) => Ok(*addr),
            Ok(Err(e)) => Err(format!("{addr}: {e}").into()),
            Err(_) => Err(msg!(
                "reach-addr-no-answer",
                addr = addr.to_string(),
                ms = connect.as_millis()
            )
            .into()),
        };
        if tcp.is_ok() {
            break;
        }
    }
    let connected = tcp.is_ok();
    r.tcp = Some(tcp);
    if !connected {
        return r;
    }
    let https = parsed.scheme() == "https";
    let client = reqwest::Client::builder()
        .user_agent(concat!("wxsign/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(connect)
        .timeout(timeouts.total().max(Duration::from_millis(1)))
        .redirect(reqwest::redirect::Policy::none())
        .build();
    let client = match client {
        Ok(c) => c,
        Err(e) => {
            r.http = Some(Err(super::client::error_chain(&e).into()));
            return r;
        }
    };
    let root = format!("{}/", base.trim_end_matches('/'));
    match client.get(&root).send().await {
        Ok(resp) => {
            let local = now();
            if https {
                r.tls = Some(Ok(()));
            }
            r.clock = resp
                .headers()
                .get(reqwest::header::DATE)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| chrono::DateTime::parse_from_rfc2822(v).ok())
                .map(|d| (d.timestamp(), local));
            r.http = Some(Ok(resp.status().as_u16()));
        }
        Err(e) => {
            let chain = super::client::error_chain(&e.without_url());
            let lower = chain.to_ascii_lowercase();
            let tls_failed = https
                && (lower.contains("certificate")
                    || lower.contains("tls")
                    || lower.contains("handshake"));
            if tls_failed {
                r.tls = Some(Err(chain.into()));
            } else {
                r.http = Some(Err(chain.into()));
            }
        }
    }
    r
}
