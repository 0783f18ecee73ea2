//! The candidate values of each field: the right one first (index 0, no mistake), then every
//! wrong value a server plausibly used, each tagged with the mistake(s) that produce it.

use std::collections::HashSet;

use super::layout::{self, Layout};
use super::mutation::Mutation;
use super::urlforms;
use super::{TicketCandidate, TicketOrigin};

/// One candidate value of a field.
#[derive(Clone, Debug)]
pub(crate) struct Variant<V> {
    pub value: V,
    /// Empty for the right value; one or two mistakes otherwise.
    pub muts: Vec<Mutation>,
    /// Whether the search may combine it with a mistake in another field. Large families (the
    /// 999 millisecond offsets) stay single so the search remains bounded.
    pub pairable: bool,
}

impl<V> Variant<V> {
    fn right(value: V) -> Self {
        Self {
            value,
            muts: Vec::new(),
            pairable: true,
        }
    }

    fn one(value: V, m: Mutation) -> Self {
        Self {
            value,
            muts: vec![m],
            pairable: true,
        }
    }
}

/// Collects string variants, dropping any value already present (the first, simplest
/// explanation of a value wins).
struct Collector {
    seen: HashSet<String>,
    out: Vec<Variant<String>>,
}

impl Collector {
    fn new(right: String) -> Self {
        let mut seen = HashSet::new();
        seen.insert(right.clone());
        Self {
            seen,
            out: vec![Variant::right(right)],
        }
    }

    fn push(&mut self, value: String, muts: Vec<Mutation>, pairable: bool) {
        if self.seen.insert(value.clone()) {
            self.out.push(Variant {
                value,
                muts,
                pairable,
            });
        }
    }
}

/// Values a server writes when a field never reached it.
const MISSING: [&str; 3] = ["", "undefined", "null"];

/// What the browser signs: WHATWG-normalised, without the fragment. Text that is not a URL is
/// kept as typed up to its `#`.
pub fn browser_url(input: &str) -> String {
    match url::Url::parse(input) {
        Ok(mut u) => {
            u.set_fragment(None);
            u.into()
        }
        Err(_) => input.split('#').next().unwrap_or_default().to_owned(),
    }
}

/// The normalised URL with its fragment still on.
fn with_fragment(input: &str) -> Option<String> {
    let u = url::Url::parse(input).ok()?;
    u.fragment()?;
    Some(u.into())
}

type Transform = fn(&str) -> Option<String>;

/// URL mistakes that apply to any URL, structural ones before encodings so a pair applies them
/// in the order a server would.
fn transforms() -> [(Transform, Mutation); 13] {
    [
        (urlforms::slash_added, Mutation::SlashAdded),
        (urlforms::slash_removed, Mutation::SlashRemoved),
        (
            urlforms::scheme_swapped,
            Mutation::SchemeSwapped { signed: "" },
        ),
        (urlforms::port_added, Mutation::PortAdded),
        (urlforms::port_removed, Mutation::PortRemoved),
        (urlforms::query_stripped, Mutation::QueryStripped),
        (urlforms::share_query_stripped, Mutation::ShareQueryStripped),
        (urlforms::lowercased, Mutation::Lowercased),
        (urlforms::percent_decode, Mutation::PercentDecoded),
        (urlforms::amp_escape, Mutation::AmpEscaped),
        (|u| Some(urlforms::encode_uri(u)), Mutation::EncodeUri),
        (
            |u| Some(urlforms::encode_uri_component(u)),
            Mutation::EncodeUriComponent,
        ),
        (|u| Some(urlforms::form_encode(u)), Mutation::FormEncoded),
    ]
}

/// Fills in which scheme the server signed, now that the value is known.
fn describe(m: &Mutation, value: &str) -> Mutation {
    match m {
        Mutation::SchemeSwapped { .. } => Mutation::SchemeSwapped {
            signed: if value.starts_with("https") {
                "https"
            } else {
                "http"
            },
        },
        other => other.clone(),
    }
}

/// The URL candidates: the browser's URL, then single mistakes, then pairs.
pub(crate) fn urls(input: &str, sign_url: &str, entry: Option<&str>) -> Vec<Variant<String>> {
    let mut c = Collector::new(sign_url.to_owned());
    // Bases: other URLs a server may have started from.
    let mut bases: Vec<(String, Mutation)> = Vec::new();
    let normalised_with_fragment = with_fragment(input);
    if let Some(f) = &normalised_with_fragment {
        bases.push((f.clone(), Mutation::Fragment));
    }
    let raw = input.trim();
    if raw.contains('#') {
        if normalised_with_fragment.as_deref() == Some(raw) || normalised_with_fragment.is_none() {
            bases.push((raw.to_owned(), Mutation::Fragment));
        } else {
            // Typed with its fragment *and* not normalised (the DOMAIN.md `#/home` vector): both
            // mistakes are named, so the user also fixes the part the diff highlights.
            c.push(
                raw.to_owned(),
                vec![
                    Mutation::Fragment,
                    Mutation::NotNormalised {
                        sign_url: sign_url.to_owned(),
                    },
                ],
                false,
            );
        }
    }
    let typed = input
        .trim()
        .split('#')
        .next()
        .unwrap_or_default()
        .to_owned();
    if typed != sign_url {
        bases.push((
            typed,
            Mutation::NotNormalised {
                sign_url: sign_url.to_owned(),
            },
        ));
    }
    let entry_url = entry.map(browser_url).filter(|e| e != sign_url);
    if let Some(e) = &entry_url {
        bases.push((e.clone(), Mutation::EntryUrl));
    }
    for (value, m) in &bases {
        c.push(value.clone(), vec![m.clone()], true);
    }
    for m in MISSING {
        c.push(m.to_owned(), vec![Mutation::UrlMissing], true);
    }
    let transforms = transforms();
    for (t, m) in &transforms {
        if let Some(v) = t(sign_url) {
            let m = describe(m, &v);
            c.push(v, vec![m], true);
        }
    }
    // Two mistakes: a base plus a transform, two transforms, the entry URL with its fragment.
    if entry_url.is_some()
        && let Some(f) = entry.and_then(with_fragment)
    {
        c.push(f, vec![Mutation::EntryUrl, Mutation::Fragment], false);
    }
    for (base, bm) in &bases {
        for (t, m) in &transforms {
            if let Some(v) = t(base) {
                let m = describe(m, &v);
                c.push(v, vec![bm.clone(), m], false);
            }
        }
    }
    for (i, (t1, m1)) in transforms.iter().enumerate() {
        let Some(v1) = t1(sign_url) else { continue };
        for (t2, m2) in &transforms[i + 1..] {
            if let Some(v2) = t2(&v1) {
                let m1 = describe(m1, &v1);
                let m2 = describe(m2, &v2);
                c.push(v2, vec![m1, m2], false);
            }
        }
    }
    c.out
}

/// The ticket candidates: the current one, the other candidates, then an empty one and one with
/// a trailing newline.
pub(crate) fn tickets(candidates: &[TicketCandidate]) -> Vec<Variant<String>> {
    let current = candidates
        .first()
        .map(|t| t.ticket.reveal().to_owned())
        .unwrap_or_default();
    let mut c = Collector::new(current.clone());
    for (position, t) in candidates.iter().enumerate().skip(1) {
        let origin = match &t.origin {
            TicketOrigin::Current => TicketOrigin::Pasted,
            other => other.clone(),
        };
        c.push(
            t.ticket.reveal().to_owned(),
            vec![Mutation::OtherTicket { position, origin }],
            true,
        );
    }
    for m in MISSING {
        c.push(m.to_owned(), vec![Mutation::TicketMissing], true);
    }
    if !current.is_empty() {
        c.push(
            format!("{current}\n"),
            vec![Mutation::TicketWhitespace],
            true,
        );
    }
    c.out
}

pub(crate) fn nonces(noncestr: &str) -> Vec<Variant<String>> {
    let mut c = Collector::new(noncestr.to_owned());
    c.push(
        noncestr.trim().to_owned(),
        vec![Mutation::ConfigValueSpaces],
        true,
    );
    for m in MISSING {
        c.push(m.to_owned(), vec![Mutation::NonceMissing], true);
    }
    c.out
}

/// How many digits a seconds timestamp has until 2286.
const SECONDS_DIGITS: usize = 10;

pub(crate) fn timestamps(timestamp: &str) -> Vec<Variant<String>> {
    let mut c = Collector::new(timestamp.to_owned());
    c.push(
        timestamp.trim().to_owned(),
        vec![Mutation::ConfigValueSpaces],
        true,
    );
    let digits = !timestamp.is_empty() && timestamp.bytes().all(|b| b.is_ascii_digit());
    if digits && timestamp.len() <= SECONDS_DIGITS + 1 {
        c.push(format!("{timestamp}000"), vec![Mutation::MsTimestamp], true);
    }
    if digits && timestamp.len() >= SECONDS_DIGITS + 3 {
        let secs = &timestamp[..timestamp.len() - 3];
        c.push(secs.to_owned(), vec![Mutation::ConfigMsTimestamp], true);
    }
    if let Ok(t) = timestamp.parse::<i64>() {
        for delta in [-1i64, 1, -2, 2] {
            if let Some(v) = t.checked_add(delta) {
                c.push(
                    v.to_string(),
                    vec![Mutation::TimestampDrift { delta }],
                    true,
                );
            }
        }
    }
    for m in MISSING {
        c.push(m.to_owned(), vec![Mutation::TimestampMissing], true);
    }
    // The clock read in milliseconds, config given the seconds: any of the 999 other endings.
    if digits && timestamp.len() <= SECONDS_DIGITS + 1 {
        for ms in 1..1000 {
            c.push(
                format!("{timestamp}{ms:03}"),
                vec![Mutation::MsTimestamp],
                false,
            );
        }
    }
    c.out
}

pub(crate) fn layouts() -> Vec<Variant<Layout>> {
    let mut out = vec![Variant::right(Layout::STANDARD)];
    out.extend(
        layout::wrong_layouts()
            .into_iter()
            .map(|(l, m)| Variant::one(l, m)),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_url_normalises_like_a_browser() {
        assert_eq!(
            browser_url("HTTP://MP.Weixin.qq.com:80?a=b c#/x"),
            "http://mp.weixin.qq.com/?a=b%20c"
        );
        assert_eq!(browser_url("not a url#x"), "not a url");
    }

    #[test]
    fn url_variants_are_unique_and_start_right() {
        let v = urls(
            "https://a.com/p?x=1#/h",
            "https://a.com/p?x=1",
            Some("https://a.com/"),
        );
        assert_eq!(v[0].value, "https://a.com/p?x=1");
        assert!(v[0].muts.is_empty());
        let set: HashSet<_> = v.iter().map(|x| x.value.as_str()).collect();
        assert_eq!(set.len(), v.len());
        assert!(v.iter().all(|x| x.muts.len() <= 2));
    }

    #[test]
    fn timestamp_variants() {
        let v = timestamps("1414587457");
        assert!(v.iter().any(|x| x.value == "1414587457000" && x.pairable));
        assert!(v.iter().any(|x| x.value == "1414587457123" && !x.pairable));
        assert!(v.iter().any(|x| x.value == "1414587456"));
        let v = timestamps("1414587457000");
        assert!(v.iter().any(|x| x.value == "1414587457"));
        assert!(timestamps("").len() >= 3);
    }
}
