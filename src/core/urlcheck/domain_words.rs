//! How the findings about page domains speak: what the domains are called, where the console
//! keeps them and what fails outside them. The Official Account's words are the default; a
//! platform with other words (WeCom's trusted domains, 80001) passes its own through
//! [`super::analyze_url_as`] — `crate::platform` holds them, so no caller branches on the
//! platform.

use crate::core::text::Lang;

/// A message in both languages, as static text (`{page}` and `{list}` are filled in).
pub type Words = [&'static str; 2];

/// The words in one language.
pub fn in_lang(words: &Words, lang: Lang) -> &'static str {
    match lang {
        Lang::En => words[0],
        Lang::Zh => words[1],
    }
}

/// The two domain findings' texts, `[en, zh]`.
#[derive(Debug)]
pub struct DomainWording {
    /// What the list is called where it is edited (Check URL).
    pub title: Words,
    /// `no_safe_domains`: none are configured, so the host was not checked.
    pub none: Words,
    pub none_fix: Words,
    /// `outside_safe_domains`: `{page}` (host and path) is under none of `{list}`.
    pub outside: Words,
    pub outside_fix: Words,
}

/// JS接口安全域名 (DOMAIN.md §3).
pub static JS_SAFE_DOMAINS: DomainWording = DomainWording {
    title: ["JS interface safe domains", "JS 接口安全域名"],
    none: [
        "No JS safe domains are configured, so the domain was not checked.",
        "未配置 JS 接口安全域名，未检查域名。",
    ],
    none_fix: [
        "Add the account's JS safe domains (公众号设置 → 功能设置 → JS接口安全域名) to check the host.",
        "填写公众号的 JS 接口安全域名（公众号设置 → 功能设置 → JS接口安全域名）以检查主机。",
    ],
    outside: [
        "{page} is not under any JS safe domain ({list}); wx.config fails with 'invalid url domain'.",
        "{page} 不在任何 JS 接口安全域名（{list}）之下；wx.config 会报 invalid url domain。",
    ],
    outside_fix: [
        "Add this domain (or a parent domain) in 公众号设置 → 功能设置 → JS接口安全域名, or serve the page under a listed one.",
        "在 公众号设置 → 功能设置 → JS接口安全域名 中添加该域名（或其上级域名），或把页面放到已设置的域名下。",
    ],
};
