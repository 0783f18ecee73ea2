//! ARCHITECTURE.md's "differences between platforms are data read in one place": no code outside
//! `src/platform/` branches on which platform a profile is — no `match` arm, `==`/`!=` or
//! `matches!` naming a `Platform` variant, no `is_official_account()`. Code reads the
//! platform's `PlatformSpec` instead (its calls, API, errcodes, domain rule, wording).
//! Checked on the tokens of every product file: comments, strings and `#[cfg(test)]` items are
//! left out, and building a value (`Platform::Wecom` as the default of `--corp-id`) is allowed.

use super::lexer::{Kind, Tok};
use super::threads::product_tokens;

/// The variants of `crate::platform::Platform` (the probe's own `Platform` is iOS/Android).
const VARIANTS: &[&str] = &["OfficialAccount", "Wecom", "Dingtalk", "Feishu"];
/// The one place that may branch on the platform.
const PLATFORM_DIR: &str = "platform/";

fn punct(t: Option<&Tok>, c: char) -> bool {
    t.is_some_and(|t| t.is(c))
}

/// What `src/<rel>` branches on the platform with: `line: what`.
pub fn violations(rel: &str, src: &str) -> Vec<String> {
    if rel.starts_with(PLATFORM_DIR) {
        return Vec::new();
    }
    let toks = product_tokens(src);
    let mut out = Vec::new();
    // The depth of each open `matches!(`, so a variant inside one is a comparison.
    let mut matches_depth: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    for (i, t) in toks.iter().enumerate() {
        if t.is('(') || t.is('[') || t.is('{') {
            depth += 1;
        } else if t.is(')') || t.is(']') || t.is('}') {
            depth = depth.saturating_sub(1);
            matches_depth.retain(|d| *d <= depth);
        }
        if t.ident() == Some("matches") && punct(toks.get(i + 1), '!') {
            matches_depth.push(depth + 1);
        }
        if t.ident() == Some("is_official_account") {
            out.push(format!(
                "{rel}:{}: is_official_account() branches on the platform",
                t.line
            ));
            continue;
        }
        let is_variant = t.ident() == Some("Platform")
            && toks.get(i + 1).is_some_and(|n| n.kind == Kind::PathSep)
            && toks
                .get(i + 2)
                .and_then(Tok::ident)
                .is_some_and(|v| VARIANTS.contains(&v));
        if !is_variant {
            continue;
        }
        let variant = toks[i + 2].ident().unwrap_or_default();
        let next = toks.get(i + 3);
        let arm = (punct(next, '=') && punct(toks.get(i + 4), '>'))
            || (punct(next, '|') && !punct(toks.get(i + 4), '|'))
            || next.and_then(Tok::ident) == Some("if");
        let before = |k: usize| i.checked_sub(k).and_then(|j| toks.get(j));
        let compared = punct(before(1), '=') && (punct(before(2), '=') || punct(before(2), '!'));
        let in_matches = !matches_depth.is_empty();
        if arm || compared || in_matches {
            out.push(format!(
                "{rel}:{}: Platform::{variant} is compared or matched",
                t.line
            ));
        }
    }
    out
}

/// The files that read `PlatformSpec::per_app_secrets` for what it says: a WeCom app's own
/// secret, token and keyring entry, and the apps a profile may list.
const PER_APP_SECRET_READERS: &[&str] = &[
    "profile/mod.rs",
    "cli/profile.rs",
    "cli/secret.rs",
    "ui/runtime.rs",
    "ui/wecom_app.rs",
    "ui/top_bar.rs",
];

/// Where `src/<rel>` reads `per_app_secrets` outside the files allowed to: `line: what`. "Does
/// this platform have an app's own ticket and call" is `Platform::app_ticket`, not whether
/// secrets are per app.
pub fn per_app_secret_switches(rel: &str, src: &str) -> Vec<String> {
    let allowed = rel.starts_with(PLATFORM_DIR) || PER_APP_SECRET_READERS.contains(&rel);
    if allowed {
        return Vec::new();
    }
    product_tokens(src)
        .iter()
        .filter(|t| t.ident() == Some("per_app_secrets"))
        .map(|t| {
            format!(
                "{rel}:{}: per_app_secrets used as a platform switch",
                t.line
            )
        })
        .collect()
}

/// The per-app secret rule fails on a new reader and stays quiet in the allowed files.
#[test]
fn the_per_app_secret_rule_finds_a_switch() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "cli/sign.rs",
            "fn t(p: &Profile) -> bool {\n    p.platform.spec().per_app_secrets\n}",
            &["cli/sign.rs:2: per_app_secrets used as a platform switch"],
        ),
        (
            "cli/secret.rs",
            "fn t(p: &Profile) -> bool { p.platform.spec().per_app_secrets }",
            &[],
        ),
        (
            "platform/mod.rs",
            "const S: Spec = Spec { per_app_secrets: true };",
            &[],
        ),
        (
            "worker/handle.rs",
            "// per_app_secrets\nconst S: &str = \"per_app_secrets\";",
            &[],
        ),
    ];
    for (rel, src, expected) in cases {
        assert_eq!(per_app_secret_switches(rel, src), *expected, "{rel}: {src}");
    }
}

/// The rule can fail, and stays quiet where it must.
#[test]
fn the_platform_rule_finds_each_way_to_branch() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "wechat/errcode.rs",
            "fn t(p: Platform) -> u8 {\n    match p {\n        Platform::OfficialAccount => 1,\n        Platform::Wecom | Platform::Feishu => 2,\n        _ => 3,\n    }\n}",
            &[
                "wechat/errcode.rs:3: Platform::OfficialAccount is compared or matched",
                "wechat/errcode.rs:4: Platform::Wecom is compared or matched",
                "wechat/errcode.rs:4: Platform::Feishu is compared or matched",
            ],
        ),
        (
            "wechat/error.rs",
            "fn t(p: Platform) -> bool { p == Platform::Wecom || p != Platform::Dingtalk }",
            &[
                "wechat/error.rs:1: Platform::Wecom is compared or matched",
                "wechat/error.rs:1: Platform::Dingtalk is compared or matched",
            ],
        ),
        (
            "ui/x.rs",
            "fn t(p: Platform) -> bool {\n    matches!(p, Platform::Wecom)\n}",
            &["ui/x.rs:2: Platform::Wecom is compared or matched"],
        ),
        (
            "profile/mod.rs",
            "fn t(p: &Profile) -> bool { p.platform.is_official_account() }",
            &["profile/mod.rs:1: is_official_account() branches on the platform"],
        ),
        (
            "cli/profile.rs",
            "fn t(c: Option<&str>) -> Platform {\n    match c { Some(_) => Platform::Wecom, None => Platform::OfficialAccount }\n}",
            &[],
        ),
        (
            "platform/mod.rs",
            "fn spec(self) { match self { Platform::Wecom => &WECOM } }",
            &[],
        ),
        (
            "probe/platform.rs",
            "fn t(p: Platform) -> bool { p == Platform::Ios }",
            &[],
        ),
        (
            "ui/y.rs",
            "// match p { Platform::Wecom => 1 }\nconst S: &str = \"p == Platform::Wecom\";\n#[cfg(test)]\nmod tests { fn t(p: Platform) -> bool { p == Platform::Wecom } }",
            &[],
        ),
    ];
    for (rel, src, expected) in cases {
        assert_eq!(violations(rel, src), *expected, "{rel}: {src}");
    }
}
