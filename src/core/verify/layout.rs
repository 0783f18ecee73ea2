//! How a server lays string1 out: key names, key order, separators. The correct layout is
//! `jsapi_ticket=…&noncestr=…&timestamp=…&url=…`; every other one here is a mistake seen in the
//! field (DOMAIN.md §1 and §2.8).

use super::mutation::Mutation;

/// Field indices, in the order of the correct string1.
pub(crate) const TICKET: usize = 0;
pub(crate) const NONCE: usize = 1;
pub(crate) const TIMESTAMP: usize = 2;
pub(crate) const URL: usize = 3;

/// A way of writing string1. Only `&'static str`s, so trying one allocates nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Key names by field.
    keys: [&'static str; 4],
    /// The field written at each position.
    order: [usize; 4],
    /// What precedes each position (the first is normally empty, the rest `&`).
    seps: [&'static str; 4],
    eq: &'static str,
    tail: &'static str,
    /// 3 when the url pair is left out.
    len: usize,
}

impl Layout {
    pub(crate) const STANDARD: Layout = Layout {
        keys: ["jsapi_ticket", "noncestr", "timestamp", "url"],
        order: [TICKET, NONCE, TIMESTAMP, URL],
        seps: ["", "&", "&", "&"],
        eq: "=",
        tail: "",
        len: 4,
    };

    /// Writes string1 for `values` (by field) into `buf`, replacing its content.
    pub(crate) fn write(&self, buf: &mut String, values: [&str; 4]) {
        buf.clear();
        for pos in 0..self.len {
            let field = self.order[pos];
            buf.push_str(self.seps[pos]);
            buf.push_str(self.keys[field]);
            buf.push_str(self.eq);
            buf.push_str(values[field]);
        }
        buf.push_str(self.tail);
    }

    fn with_keys(keys: [&'static str; 4]) -> Self {
        Layout {
            keys,
            ..Self::STANDARD
        }
    }

    fn with_key(field: usize, key: &'static str) -> Self {
        let mut keys = Self::STANDARD.keys;
        keys[field] = key;
        Self::with_keys(keys)
    }

    fn with_separator(sep: &'static str) -> Self {
        Layout {
            seps: ["", sep, sep, sep],
            ..Self::STANDARD
        }
    }
}

/// Every wrong layout with the mistake it stands for; all are single mistakes.
pub(crate) fn wrong_layouts() -> Vec<(Layout, Mutation)> {
    let mut out = vec![
        (
            Layout::with_keys(["JSAPI_TICKET", "NONCESTR", "TIMESTAMP", "URL"]),
            Mutation::KeysUppercase,
        ),
        (
            Layout::with_keys(["Jsapi_ticket", "Noncestr", "Timestamp", "Url"]),
            Mutation::KeysCapitalised,
        ),
        (
            Layout::with_keys(["jsapiTicket", "nonceStr", "timestamp", "url"]),
            Mutation::CamelCaseKeys,
        ),
        (Layout::with_key(NONCE, "nonceStr"), Mutation::NonceStrKey),
        (
            Layout::with_key(NONCE, "nonce_str"),
            Mutation::NonceUnderscoreKey,
        ),
        (
            Layout::with_key(TIMESTAMP, "timetamp"),
            Mutation::TimetampTypo,
        ),
        (
            Layout {
                keys: ["jsapi_ticket", "noncestr", "\u{d7}tamp", "url"],
                seps: ["", "&", "", "&"],
                ..Layout::STANDARD
            },
            Mutation::TimesEntity,
        ),
        (
            Layout {
                eq: " = ",
                ..Layout::STANDARD
            },
            Mutation::SpacesAroundEquals,
        ),
        (
            Layout {
                tail: "&",
                ..Layout::STANDARD
            },
            Mutation::TrailingAmp,
        ),
        (
            Layout {
                seps: ["&", "&", "&", "&"],
                ..Layout::STANDARD
            },
            Mutation::LeadingAmp,
        ),
        (
            Layout {
                len: 3,
                ..Layout::STANDARD
            },
            Mutation::UrlPairMissing,
        ),
    ];
    for sep in ["", ",", ", ", " & ", "& ", " &", "&amp;", "\n", "&&"] {
        out.push((Layout::with_separator(sep), Mutation::Separator(sep)));
    }
    // A single stray space: `…&noncestr=…& timestamp=…`.
    for pos in 1..4 {
        for sep in ["& ", " &"] {
            let mut seps = Layout::STANDARD.seps;
            seps[pos] = sep;
            out.push((
                Layout {
                    seps,
                    ..Layout::STANDARD
                },
                Mutation::StraySpace,
            ));
        }
    }
    for order in permutations() {
        if order != Layout::STANDARD.order {
            out.push((
                Layout {
                    order,
                    ..Layout::STANDARD
                },
                Mutation::Unsorted,
            ));
        }
    }
    out
}

/// The 24 orders of four fields.
fn permutations() -> Vec<[usize; 4]> {
    let mut out = Vec::with_capacity(24);
    for a in 0..4 {
        for b in 0..4 {
            for c in 0..4 {
                let Some(d) = 6usize.checked_sub(a + b + c) else {
                    continue;
                };
                if a != b && a != c && b != c && d < 4 && d != a && d != b && d != c {
                    out.push([a, b, c, d]);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_layout_is_the_signing_layout() {
        let mut buf = String::new();
        Layout::STANDARD.write(&mut buf, ["t", "n", "1", "u"]);
        assert_eq!(buf, crate::core::sign::build_string1("t", "n", "1", "u"));
    }

    #[test]
    fn wrong_layouts_are_distinct() {
        let mut seen = std::collections::HashSet::new();
        let mut buf = String::new();
        Layout::STANDARD.write(&mut buf, ["t", "n", "1", "u"]);
        seen.insert(buf.clone());
        for (layout, m) in wrong_layouts() {
            layout.write(&mut buf, ["t", "n", "1", "u"]);
            assert!(seen.insert(buf.clone()), "{m:?} duplicates {buf}");
        }
        assert_eq!(permutations().len(), 24);
    }

    #[test]
    fn times_entity_layout() {
        let (layout, _) = wrong_layouts()
            .into_iter()
            .find(|(_, m)| *m == Mutation::TimesEntity)
            .unwrap();
        let mut buf = String::new();
        layout.write(&mut buf, ["t", "n", "1", "u"]);
        assert_eq!(buf, "jsapi_ticket=t&noncestr=n\u{d7}tamp=1&url=u");
    }
}
