//! Ground truth from the phone (issue 18, `../shared/PHONE.md`): what the real WeChat client on a
//! real phone answered to a page's `wx.config`, and wxsign's full diagnosis of it.
//!
//! Android: WeChat's web-view serves the DevTools protocol on an abstract unix socket once the
//! debugxweb switch is on. Through the adb server (`adb`: the host protocol; `discover`: which
//! sockets belong to WeChat or WeCom; `devtools`: their page lists) wxsign attaches to one page
//! with a small page-level client (`cdp`), installs the probe's bridge script in pass-through
//! mode before the page's scripts, reloads, and records until the page is quiet (`android`).
//! The recording itself does not depend on how the page was reached (`session` takes plain
//! events, `report` builds the result), so another transport (a proxy for iOS) feeds the same
//! parts. `ask` lets the real client verify candidate URLs (opt-in), `fixture` records the raw
//! exchange for the tests. Nothing here prints: callers get typed [`Progress`] and a report.

pub mod adb;
pub mod agent;
pub mod android;
pub mod ask;
mod cdp;
pub mod devtools;
pub mod discover;
pub mod fixture;
pub mod proxy;
pub mod report;
pub mod session;

use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

pub use android::{AttachOptions, Attached, Listing, Navigate, attach, list};
pub use devtools::Page;
pub use discover::App;
pub use report::{Asked, Navigation, PhoneReport, Source};

/// Default hard deadline of a page's recording.
pub const DEFAULT_TIMEOUT_MS: u64 = 30_000;
/// Default quiet time: a phone answers slower than the probe's own bridge.
pub const DEFAULT_SETTLE_MS: u64 = 1_000;

/// What the phone mode reports while it works (the window's live view, the CLI's lines).
#[derive(Clone, Debug, PartialEq)]
pub enum Progress {
    /// The adb server answers; `started` when wxsign had to start it.
    AdbReady { addr: String, started: bool },
    /// The page the recorder attaches to.
    Attached {
        device: String,
        socket: String,
        page: Page,
    },
    /// The page runs its scripts again under the recorder.
    Navigating { navigation: Navigation },
    /// Something happened in the page, as one line for people.
    Seen { line: Msg },
    /// The client answered one ask.
    Asked { asked: Box<Asked> },
}

impl Progress {
    /// The step as one line for people (the CLI's stderr, the window's live view); `None`
    /// for an adb server that was already running.
    pub fn line(&self) -> Option<Msg> {
        let m = match self {
            Progress::AdbReady {
                addr,
                started: true,
            } => msg!("phone-cli-adb-started", addr = addr.as_str()),
            Progress::AdbReady { .. } => return None,
            Progress::Attached {
                device,
                socket,
                page,
            } => msg!(
                "phone-cli-attached",
                device = device.as_str(),
                socket = socket.as_str(),
                url = page.url.as_str()
            ),
            Progress::Navigating {
                navigation: Navigation::Reload,
            } => msg!("phone-cli-reloading"),
            Progress::Navigating {
                navigation: Navigation::Entry { url },
            } => msg!("phone-cli-opening", url = url.as_str()),
            Progress::Seen { line } => return Some(line.clone()),
            Progress::Asked { asked } => msg!(
                "phone-cli-asked",
                url = asked.url.as_str(),
                answer = asked.answer.as_str()
            ),
        };
        Some(m)
    }
}

/// A page on the phone, as offered for choosing.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub device: String,
    pub socket: String,
    pub page: Page,
}

/// Why the phone mode could not attach (or list).
#[derive(Debug)]
pub enum PhoneError {
    /// No adb server and no `adb` to start one.
    AdbMissing {
        addr: String,
    },
    AdbUnreachable {
        addr: String,
        reason: String,
    },
    /// The adb server or the device refused or broke off.
    Adb(String),
    /// No device is connected (or none authorised this computer).
    NoDevice {
        unauthorized: Vec<String>,
    },
    DeviceNotFound {
        serial: String,
        known: Vec<String>,
    },
    DeviceNotReady {
        serial: String,
        state: String,
    },
    ManyDevices {
        serials: Vec<String>,
    },
    /// No DevTools socket of WeChat or WeCom; `running` names the apps that run without one.
    NoSocket {
        device: String,
        running: Vec<App>,
    },
    /// Sockets, but no page in them.
    NoPage {
        device: String,
    },
    PageNotFound {
        text: String,
        pages: Vec<Choice>,
    },
    ManyPages {
        pages: Vec<Choice>,
    },
    /// The page carries an OAuth `code`: reloading it spends a single-use code.
    OAuthCode {
        url: String,
        entry_url: String,
    },
    /// The page's DevTools connection failed.
    Devtools {
        reason: String,
        busy: bool,
    },
    /// The DevTools connection broke off while recording (cable, adb, WeChat closed).
    Disconnected {
        device: String,
    },
    Cancelled,
}

impl PhoneError {
    /// What went wrong and what to do, as the catalogue words it.
    pub fn message(&self) -> Msg {
        match self {
            PhoneError::AdbMissing { addr } => msg!("phone-error-adb-missing", addr = addr),
            PhoneError::AdbUnreachable { addr, reason } => {
                msg!("phone-error-adb-unreachable", addr = addr, reason = reason)
            }
            PhoneError::Adb(reason) => msg!("phone-error-adb", reason = reason),
            PhoneError::NoDevice { unauthorized } if unauthorized.is_empty() => {
                msg!("phone-error-no-device")
            }
            PhoneError::NoDevice { unauthorized } => msg!(
                "phone-error-unauthorized",
                serials = unauthorized.join(", ")
            ),
            PhoneError::DeviceNotFound { serial, known } => msg!(
                "phone-error-device-not-found",
                serial = serial,
                known = known.join(", ")
            ),
            PhoneError::DeviceNotReady { serial, state } => {
                msg!(
                    "phone-error-device-not-ready",
                    serial = serial,
                    state = state
                )
            }
            PhoneError::ManyDevices { serials } => {
                msg!("phone-error-many-devices", serials = serials.join(", "))
            }
            PhoneError::NoSocket { device, running } if running.is_empty() => msg!(
                "phone-error-no-socket",
                device = device,
                url = report::TURN_ON_URL
            ),
            PhoneError::NoSocket { device, running } => msg!(
                "phone-error-switch-expired",
                device = device,
                apps = running
                    .iter()
                    .map(|a| a.name())
                    .collect::<Vec<_>>()
                    .join(", "),
                url = report::TURN_ON_URL
            ),
            PhoneError::NoPage { device } => msg!("phone-error-no-page", device = device),
            PhoneError::PageNotFound { text, pages } => msg!(
                "phone-error-page-not-found",
                text = text,
                count = pages.len()
            ),
            PhoneError::ManyPages { pages } => {
                msg!("phone-error-many-pages", count = pages.len())
            }
            PhoneError::OAuthCode { url, entry_url } => {
                msg!("phone-error-oauth-code", url = url, entry = entry_url)
            }
            PhoneError::Devtools { reason, busy: true } => {
                msg!("phone-error-devtools-busy", reason = reason)
            }
            PhoneError::Devtools {
                reason,
                busy: false,
            } => {
                msg!("phone-error-devtools", reason = reason)
            }
            PhoneError::Disconnected { device } => {
                msg!("phone-error-disconnected", device = device)
            }
            PhoneError::Cancelled => msg!("phone-error-cancelled"),
        }
    }

    /// The pages to choose from, when choosing is what is missing.
    pub fn choices(&self) -> &[Choice] {
        match self {
            PhoneError::PageNotFound { pages, .. } | PhoneError::ManyPages { pages } => pages,
            _ => &[],
        }
    }

    /// A stable code for scripts (`--json`).
    pub fn code(&self) -> &'static str {
        match self {
            PhoneError::AdbMissing { .. } => "adb_missing",
            PhoneError::AdbUnreachable { .. } => "adb_unreachable",
            PhoneError::Adb(_) => "adb_failed",
            PhoneError::NoDevice { .. } => "no_device",
            PhoneError::DeviceNotFound { .. } => "device_not_found",
            PhoneError::DeviceNotReady { .. } => "device_not_ready",
            PhoneError::ManyDevices { .. } => "many_devices",
            PhoneError::NoSocket { running, .. } if running.is_empty() => "no_socket",
            PhoneError::NoSocket { .. } => "switch_expired",
            PhoneError::NoPage { .. } => "no_page",
            PhoneError::PageNotFound { .. } => "page_not_found",
            PhoneError::ManyPages { .. } => "many_pages",
            PhoneError::OAuthCode { .. } => "oauth_code",
            PhoneError::Devtools { .. } => "devtools_failed",
            PhoneError::Disconnected { .. } => "disconnected",
            PhoneError::Cancelled => "cancelled",
        }
    }
}

impl std::fmt::Display for PhoneError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().get(Lang::En))
    }
}

impl std::error::Error for PhoneError {}

impl From<adb::AdbError> for PhoneError {
    fn from(e: adb::AdbError) -> Self {
        match e {
            adb::AdbError::Missing { addr } => PhoneError::AdbMissing {
                addr: addr.to_string(),
            },
            adb::AdbError::Unreachable { addr, reason } => PhoneError::AdbUnreachable {
                addr: addr.to_string(),
                reason,
            },
            other => PhoneError::Adb(other.to_string()),
        }
    }
}

/// The URL to open instead of a page that carries an OAuth `code` (PROBE.md §8): the same page
/// without `code` and `state`, which sends the visitor through login again for a fresh code.
/// `None` when the URL has no `code`.
pub fn oauth_entry(url: &str) -> Option<String> {
    let mut u = url::Url::parse(url).ok()?;
    if !u.query_pairs().any(|(k, _)| k == "code") {
        return None;
    }
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| k != "code" && k != "state")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    Some(u.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_oauth_page_offers_its_entry_url() {
        let table = [
            (
                "https://m.example.com/cb?code=0a1B&state=xyz",
                Some("https://m.example.com/cb"),
            ),
            (
                "https://m.example.com/cb?from=menu&code=0a1B&state=xyz#/home",
                Some("https://m.example.com/cb?from=menu#/home"),
            ),
            ("https://m.example.com/cb?state=xyz", None),
            ("https://m.example.com/?barcode=1", None),
            ("not a url", None),
        ];
        for (url, want) in table {
            assert_eq!(oauth_entry(url).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn errors_say_what_to_do_in_both_languages() {
        let e = PhoneError::NoSocket {
            device: "R58M".into(),
            running: vec![App::Wechat],
        };
        assert_eq!(e.code(), "switch_expired");
        let en = e.message().get(Lang::En);
        let zh = e.message().get(Lang::Zh);
        assert!(en.contains(report::TURN_ON_URL), "{en}");
        assert!(zh.contains(report::TURN_ON_URL), "{zh}");
        assert!(en.contains("WeChat"), "{en}");
        let none = PhoneError::NoSocket {
            device: "R58M".into(),
            running: Vec::new(),
        };
        assert_eq!(none.code(), "no_socket");
        assert_ne!(none.message().get(Lang::En), en);
    }
}
