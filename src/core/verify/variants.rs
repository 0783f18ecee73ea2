//! The candidate values of each field: the right one first (index 0, no mistake), then every
//! wrong value a server plausibly used, each tagged with the mistake(s) that produce it.

use std::collections::HashSet;

use super::layout::{self, Layout};
use super::mutation::{Field, Mutation};
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
pub(crate) struct Collector {
    seen: HashSet<String>,
    pub(crate) out: Vec<Variant<String>>,
}

impl Collector {
    pub(crate) fn new(right: String) -> Self {
        let mut seen = HashSet::new();
        seen.insert(right.clone());
        Self {
            seen,
            out: vec![Variant::right(right)],
        }
    }

    pub(crate) fn push(&mut self, value: String, muts: Vec<Mutation>, pairable: bool) {
        if self.seen.insert(value.clone()) {
            self.out.push(Variant {
                value,
                muts,
                pairable,
            });
        }
    }
}

/// Values a server writes when a field never reached it: empty (a Redis miss), then the text an
/// unset variable turns into (JavaScript, Java, Python, PHP, Go, `String(obj)`). The first three
/// are common enough to pair with another mistake.
pub(crate) const MISSING: [&str; 7] = [
    "",
    "null",
    "undefined",
    "None",
    "[object Object]",
    "NULL",
    "nil",
];
const PAIRABLE_MISSING: usize = 3;

/// The candidates for a value that never reached the server: `empty` for "", a placeholder
/// mistake for the texts.
fn missing(c: &mut Collector, field: Field, empty: Mutation) {
    for (i, value) in MISSING.into_iter().enumerate() {
        let m = if value.is_empty() {
            empty.clone()
        } else {
            Mutation::Placeholder { field, value }
        };
        c.push(value.to_owned(), vec![m], i < PAIRABLE_MISSING);
    }
}

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
    missing(&mut c, Field::Ticket, Mutation::TicketMissing);
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
    missing(&mut c, Field::Nonce, Mutation::NonceMissing);
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
    missing(&mut c, Field::Timestamp, Mutation::TimestampMissing);
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
        let v = super::super::urlvariants::urls(
            "https://a.com/p?x=1#/h",
            "https://a.com/p?x=1",
            Some("https://a.com/"),
            &[],
        );
        assert_eq!(v[0].value, "https://a.com/p?x=1");
        assert!(v[0].muts.is_empty());
        let set: HashSet<_> = v.iter().map(|x| x.value.as_str()).collect();
        assert_eq!(set.len(), v.len());
        assert!(v.iter().all(|x| x.muts.len() <= 3));
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
