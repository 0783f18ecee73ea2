//! The URL candidates of the search: the browser's URL first, then every single mistake, then
//! pairs, then the common three-mistake forms (a fragment, a structural change and an encoding).

use super::mutation::Mutation;
use super::urlcauses::{self, UrlContext};
use super::urlforms;
use super::urlmistake::UrlMistake;
use super::variants::{Collector, MISSING, Variant, browser_url};

/// The normalised URL with its fragment still on.
fn with_fragment(input: &str) -> Option<String> {
    let u = url::Url::parse(input).ok()?;
    u.fragment()?;
    Some(u.into())
}

type Transform = fn(&str) -> Option<String>;

/// URL mistakes that apply to any URL, structural ones before encodings so a pair applies them
/// in the order a server would.
fn transforms() -> [(Transform, Mutation); 14] {
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
        (
            urlcauses::form_decode,
            Mutation::Url(UrlMistake::FormDecoded),
        ),
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
pub(crate) fn urls(
    input: &str,
    sign_url: &str,
    entry: Option<&str>,
    hosts: &[String],
) -> Vec<Variant<String>> {
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
    for (i, m) in MISSING.into_iter().enumerate() {
        c.push(m.to_owned(), vec![Mutation::UrlMissing], i < 3);
    }
    let transforms = transforms();
    for (t, m) in &transforms {
        if let Some(v) = t(sign_url) {
            let m = describe(m, &v);
            c.push(v, vec![m], true);
        }
    }
    let ctx = UrlContext {
        hosts,
        router: input.contains("#/") || entry_url.is_some(),
    };
    let forms = urlcauses::url_forms(sign_url, &ctx);
    for (v, m, pairable) in &forms {
        c.push(v.clone(), vec![m.clone()], *pairable);
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
                // A fragment and an encoding together is common enough to pair once more.
                let third = *bm == Mutation::Fragment && is_encoding(&m);
                c.push(v, vec![bm.clone(), m], third);
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
    // A §9 mistake followed by one of the classic ones (`www_added+scheme`).
    for (v, m, pairable) in &forms {
        if !pairable {
            continue;
        }
        for (t, tm) in &transforms {
            if let Some(v2) = t(v) {
                let tm = describe(tm, &v2);
                c.push(v2, vec![m.clone(), tm], false);
            }
        }
    }
    // Three mistakes in the URL: fragment, a structural change, an encoding.
    for (f, _) in bases.iter().filter(|(_, m)| *m == Mutation::Fragment) {
        for (t, tm) in transforms.iter().filter(|(_, m)| !is_encoding(m)) {
            let Some(v) = t(f) else { continue };
            let tm = describe(tm, &v);
            for (e, em) in transforms.iter().filter(|(_, m)| is_encoding(m)) {
                if let Some(v2) = e(&v) {
                    let em = describe(em, &v2);
                    c.push(v2, vec![Mutation::Fragment, tm.clone(), em], false);
                }
            }
        }
    }
    c.out
}

/// The mistakes that re-encode or decode the whole URL.
fn is_encoding(m: &Mutation) -> bool {
    matches!(
        m,
        Mutation::EncodeUriComponent
            | Mutation::EncodeUri
            | Mutation::FormEncoded
            | Mutation::PercentDecoded
            | Mutation::Url(UrlMistake::FormDecoded)
    )
}
