//! What the probe pretends to be on each platform (PROBE.md §5, §6), in one table: the WeChat
//! user agent, `navigator.platform`, the viewport, the extra request header, the iOS flag pages
//! test, and which URL WeChat verifies there.

use crate::batch::Platform;
use crate::core::text::{Msg, msg};

/// Which URL WeChat checks a signature against (PROBE.md §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifiedUrl {
    /// `location.href` without `#…` when `wx.config` runs (Android).
    CurrentHref,
    /// The URL the document was loaded with, after HTTP redirects (iOS, *unconfirmed* but
    /// reported again and again).
    LandingUrl,
}

/// One platform's disguise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Emulation {
    pub platform: Platform,
    pub user_agent: &'static str,
    pub navigator_platform: &'static str,
    pub accept_language: &'static str,
    pub width: u32,
    pub height: u32,
    pub device_scale_factor: f64,
    /// Sent with every request (Android WeChat adds `X-Requested-With: com.tencent.mm`).
    pub extra_headers: &'static [(&'static str, &'static str)],
    /// `window.__wxjs_is_wkwebview = true` (iOS).
    pub wkwebview: bool,
    pub verified_url: VerifiedUrl,
}

/// Recent real WeChat 8.0.x user agents (PROBE.md §6). A single-digit major version: jweixin
/// compares the version as a string with "6.0.2".
pub const IOS: Emulation = Emulation {
    platform: Platform::Ios,
    user_agent: "Mozilla/5.0 (iPhone; CPU iPhone OS 26_4_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.73(0x18004939) NetType/WIFI Language/zh_CN",
    navigator_platform: "iPhone",
    accept_language: "zh-CN,zh-Hans;q=0.9",
    width: 390,
    height: 844,
    device_scale_factor: 3.0,
    extra_headers: &[],
    wkwebview: true,
    verified_url: VerifiedUrl::LandingUrl,
};

pub const ANDROID: Emulation = Emulation {
    platform: Platform::Android,
    user_agent: "Mozilla/5.0 (Linux; Android 17; 2509FPN0BC Build/CP2A.260605.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/150.0.7871.189 Mobile Safari/537.36 XWEB/1500117 MMWEBSDK/20260502 MMWEBID/9885 MicroMessenger/8.0.76.3141(0x28004C31) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64",
    navigator_platform: "Linux armv8l",
    accept_language: "zh-CN,zh;q=0.9,en-US;q=0.8,en;q=0.7",
    width: 393,
    height: 851,
    device_scale_factor: 2.75,
    extra_headers: &[("X-Requested-With", "com.tencent.mm")],
    wkwebview: false,
    verified_url: VerifiedUrl::CurrentHref,
};

/// `Android` / `iOS`, as reports name a platform.
pub fn label(platform: Platform) -> &'static str {
    match platform {
        Platform::Android => "Android",
        Platform::Ios => "iOS",
    }
}

/// The disguise of `platform`.
pub fn emulation(platform: Platform) -> &'static Emulation {
    match platform {
        Platform::Android => &ANDROID,
        Platform::Ios => &IOS,
    }
}

/// A user agent that jweixin would not take for WeChat, or whose version silently disables
/// `wx.error` (PROBE.md §1, §11): said once before the run and as a finding of every run made
/// with it, never refused.
pub fn user_agent_problem(ua: &str) -> Option<Msg> {
    let lower = ua.to_ascii_lowercase();
    let Some(at) = lower.find("micromessenger") else {
        return Some(msg!("probe-ua-not-wechat"));
    };
    let version = lower[at + "micromessenger".len()..]
        .strip_prefix('/')
        .map(|v| {
            v.split(|c: char| !c.is_ascii_digit() && c != '.')
                .next()
                .unwrap_or("")
        })
        .unwrap_or("");
    let major_digits = version.split('.').next().map_or(0, str::len);
    if version.is_empty() || major_digits != 1 {
        return Some(msg!("probe-ua-bad-version"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_agents_pass_jweixins_checks() {
        assert_eq!(user_agent_problem(IOS.user_agent), None);
        assert_eq!(user_agent_problem(ANDROID.user_agent), None);
        assert!(user_agent_problem("Mozilla/5.0 Chrome/150").is_some());
        assert!(user_agent_problem("x MicroMessenger/10.0.1 y").is_some());
        assert!(user_agent_problem("x MicroMessenger y").is_some());
    }

    #[test]
    fn platforms_differ_only_through_the_table() {
        assert_eq!(
            emulation(Platform::Ios).verified_url,
            VerifiedUrl::LandingUrl
        );
        assert_eq!(
            emulation(Platform::Android).verified_url,
            VerifiedUrl::CurrentHref
        );
        assert!(emulation(Platform::Ios).wkwebview);
        assert_eq!(
            emulation(Platform::Android).extra_headers,
            &[("X-Requested-With", "com.tencent.mm")]
        );
    }
}
