//! How the findings about page domains speak: what the domains are called, where the console
//! keeps them and what fails outside them. The Official Account's words are the default; a
//! platform with other words (WeCom's trusted domains, 80001) passes its own through
//! [`super::analyze_url_as`] — `crate::platform` holds them, so no caller branches on the
//! platform.

use crate::core::text::{Msg, msg};

/// The two domain findings' messages (catalogue ids, so a platform's entry names its own words).
#[derive(Debug)]
pub struct DomainWording {
    /// What the list is called where it is edited (Check URL).
    pub title: Msg,
    /// `no_safe_domains`: none are configured, so the host was not checked.
    pub none: Msg,
    pub none_fix: Msg,
    /// `outside_safe_domains`: the page (host and path) is under none of the entries (a list).
    pub outside: fn(page: &str, list: &str) -> Msg,
    pub outside_fix: Msg,
    /// Which ports pages may be on, and so whether entries name one.
    pub port: PortRule,
}

/// Which ports a platform lets pages sign on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PortRule {
    /// WeChat and WeCom: 80 and 443 only; entries are domains without a port (DOMAIN.md §3).
    Only80And443,
    /// Feishu's H5 trusted domains: an entry is `host[:port]` and the page's port must be the
    /// entry's (DOMAIN.md §13).
    InEntry,
    /// Not documented (DingTalk): another port is a warning, never an error.
    Undocumented,
}

/// JS接口安全域名 (DOMAIN.md §3).
pub static JS_SAFE_DOMAINS: DomainWording = DomainWording {
    title: msg!("urlcheck-js-domains-title"),
    none: msg!("urlcheck-js-domains-none"),
    none_fix: msg!("urlcheck-js-domains-none-fix"),
    outside: |page, list| msg!("urlcheck-js-domains-outside", page = page, list = list),
    outside_fix: msg!("urlcheck-js-domains-outside-fix"),
    port: PortRule::Only80And443,
};
