//! The causes of DOMAIN.md §9, table-driven over generated pages (Chinese text, long queries,
//! URLs already holding percent escapes) and several ticket sets: each broken string1 is built
//! here by plain string surgery, signed, and must come back as exactly one cause with that
//! string1.

use super::*;
use crate::core::sign::sha1_hex;
use crate::core::text::Lang;
use crate::i18n::Render;

/// Pages as the phone shows them.
const PAGES: [&str; 4] = [
    "https://shop.example.com/h5/活动/页面?name=张三&id=7&from=singlemessage&isappinstalled=0#/detail",
    "https://m.example.cn/app/list/all?x=1&y=2&nsukey=ab%2Bcd%2F%3D%3D&q=a+b",
    "https://www.example.com/shop/item?q=a:1,b@2&t=x/y",
    "https://h5.example.org/a/b/c?redirect=https%3A%2F%2Fx.cn%2Fa%3Fb%3D1&from=timeline&t=%E4%B8%AD",
];

fn long_page() -> String {
    let q: Vec<String> = (0..40).map(|i| format!("k{i}=value-{i}-中")).collect();
    format!(
        "https://long.example.com/p/q/r?{}&from=groupmessage",
        q.join("&")
    )
}

fn ticket_sets() -> Vec<Vec<TicketCandidate>> {
    let make = |list: &[(&str, TicketOrigin)]| {
        list.iter()
            .map(|(t, o)| TicketCandidate {
                ticket: (*t).into(),
                origin: o.clone(),
            })
            .collect::<Vec<_>>()
    };
    vec![
        make(&[
            (TICKET, TicketOrigin::Current),
            (STALE, TicketOrigin::Stale { fetched_at: None }),
        ]),
        make(&[
            (
                "HoTrXwN8aSnq2Y7ItZmgZmU4q2d7XZqpqmBKf7-current-2",
                TicketOrigin::Current,
            ),
            (
                "kgt8ON7yVITDhtdwci0qeYdxXmzp2yCjzaQ6-older-2",
                TicketOrigin::Stale {
                    fetched_at: Some(1),
                },
            ),
            (CARD, TicketOrigin::WxCard),
        ]),
    ]
}

struct Case<'a> {
    page: &'a str,
    tickets: &'a [TicketCandidate],
    hints: &'a VerifyHints,
}

impl Case<'_> {
    fn sign_url(&self) -> String {
        browser_url(self.page)
    }

    fn ticket(&self, i: usize) -> &str {
        self.tickets[i].ticket.reveal()
    }

    /// The server signed `string1` (with `signature` as it wrote it, when given).
    fn expect(&self, code: &str, string1: &str, signature: Option<String>) -> Verdict {
        let v = verify_with(
            &VerifyInput {
                url: self.page.to_owned(),
                entry_url: None,
                tickets: self.tickets.to_vec(),
                noncestr: NONCE.to_owned(),
                timestamp: TS.to_owned(),
                signature: signature.unwrap_or_else(|| sha1_hex(string1)),
            },
            self.hints,
        );
        assert!(!v.matched, "{code}: unexpected match for {}", self.page);
        let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, [code], "page {} string1 {string1:?}", self.page);
        assert_eq!(v.causes[0].string1, string1);
        assert!(
            !v.causes[0].message.get(Lang::En).is_empty()
                && !v.causes[0].message.get(Lang::Zh).is_empty()
        );
        v
    }

    fn expect_url(&self, code: &str, url: &str) -> Verdict {
        self.expect(code, &s1(self.ticket(0), NONCE, TS, url), None)
    }
}

fn split(url: &str) -> (&str, &str) {
    url.split_once('?').unwrap_or((url, ""))
}

fn each_case(mut f: impl FnMut(&Case<'_>)) {
    let long = long_page();
    let hints = VerifyHints::default();
    for tickets in ticket_sets() {
        for page in PAGES.iter().copied().chain([long.as_str()]) {
            f(&Case {
                page,
                tickets: &tickets,
                hints: &hints,
            });
        }
    }
}

#[test]
fn url_cut_at_the_first_ampersand_names_the_parameter() {
    each_case(|c| {
        let u = c.sign_url();
        let Some(i) = u.find('&') else { return };
        let param = u[i + 1..].split('=').next().unwrap_or_default().to_owned();
        let share = ["from", "isappinstalled", "nsukey"];
        if u[i + 1..]
            .split('&')
            .all(|p| share.contains(&p.split('=').next().unwrap_or_default()))
        {
            return;
        }
        let v = c.expect_url("url_cut_at_ampersand", &u[..i]);
        assert!(
            v.causes[0]
                .message
                .get(Lang::En)
                .contains(&format!("{param}="))
        );
    });
}

#[test]
fn origin_only() {
    each_case(|c| {
        let u = url::Url::parse(&c.sign_url()).unwrap();
        let origin = format!("{}/", u.origin().ascii_serialization());
        c.expect_url("origin_only", &origin);
    });
}

#[test]
fn cut_at_a_question_mark_in_the_query() {
    let tickets = &ticket_sets()[0];
    let hints = VerifyHints::default();
    let c = Case {
        page: "https://x.example.cn/p?back=/list?page=2&id=9",
        tickets,
        hints: &hints,
    };
    c.expect_url(
        "url_cut_at_question_mark",
        "https://x.example.cn/p?back=/list",
    );
}

#[test]
fn decoded_once_twice_and_form_style() {
    each_case(|c| {
        let u = c.sign_url();
        if !u.contains('%') {
            return;
        }
        let once = crate::core::verify::urlforms::percent_decode(&u).unwrap();
        if once.contains('+') || u.contains('+') {
            // Form-style: `+` becomes a space (and %2B a `+`); twice: `%2B` → `+` → space.
            let form = u.replace('+', " ");
            let form = crate::core::verify::urlforms::percent_decode(&form).unwrap_or(form);
            c.expect_url("form_decoded", &form);
            c.expect_url("decoded_twice", &once.replace('+', " "));
        }
    });
}

#[test]
fn reserved_characters_encoded_or_decoded() {
    each_case(|c| {
        let u = c.sign_url();
        let (base, query) = split(&u);
        if query.contains(':') {
            let enc = query
                .replace(':', "%3A")
                .replace(',', "%2C")
                .replace('@', "%40")
                .replace('/', "%2F");
            let v = c.expect_url("reserved_encoded", &format!("{base}?{enc}"));
            assert!(!v.causes[0].message.get(Lang::En).contains("iOS"));
        }
        let full = crate::core::verify::urlforms::percent_decode(&u);
        if query.contains("%2F") && !query.contains('+') {
            let dec = query
                .replace("%3A", ":")
                .replace("%2F", "/")
                .replace("%3F", "?")
                .replace("%3D", "=");
            let dec = format!("{base}?{dec}");
            if full.as_deref() != Some(dec.as_str()) {
                c.expect_url("reserved_decoded", &dec);
            }
        }
    });
    // A routed page gets the iOS / Android note.
    let tickets = &ticket_sets()[0];
    let hints = VerifyHints::default();
    let c = Case {
        page: "https://spa.example.com/?q=a:1#/list",
        tickets,
        hints: &hints,
    };
    let v = c.expect_url("reserved_encoded", "https://spa.example.com/?q=a%3A1");
    assert!(v.causes[0].message.get(Lang::En).contains("iOS"));
}

#[test]
fn share_parameters_one_by_one_together_or_added() {
    each_case(|c| {
        let u = c.sign_url();
        let (base, query) = split(&u);
        let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
        let share =
            |p: &&str| ["from", "isappinstalled", "nsukey"].contains(&p.split('=').next().unwrap());
        let present: Vec<&str> = pairs.iter().copied().filter(share).collect();
        if present.is_empty() {
            let sep = if query.is_empty() { "?" } else { "&" };
            c.expect_url(
                "share_query_added",
                &format!("{u}{sep}from=timeline&isappinstalled=0"),
            );
            return;
        }
        let rest: Vec<&str> = pairs.iter().copied().filter(|p| !share(p)).collect();
        let join = |kept: Vec<&str>| {
            if kept.is_empty() {
                base.to_owned()
            } else {
                format!("{base}?{}", kept.join("&"))
            }
        };
        c.expect_url("share_query_stripped", &join(rest));
        if present.len() > 1 {
            for gone in &present {
                let kept = pairs.iter().copied().filter(|p| p != gone).collect();
                let v = c.expect_url("share_param_stripped", &join(kept));
                let name = gone.split('=').next().unwrap();
                assert!(
                    v.causes[0]
                        .message
                        .get(Lang::En)
                        .contains(&format!("{name}="))
                );
            }
        }
    });
}

#[test]
fn another_host_www_upstream_and_path_prefix() {
    let hints = VerifyHints {
        hosts: vec![
            "example.net".into(),
            "10.1.2.3:8080".into(),
            "wx.example.net/mp".into(),
        ],
    };
    for tickets in ticket_sets() {
        for page in PAGES {
            let c = Case {
                page,
                tickets: &tickets,
                hints: &hints,
            };
            let u = url::Url::parse(&c.sign_url()).unwrap();
            let host = u.host_str().unwrap().to_owned();
            let with = |f: &dyn Fn(&mut url::Url)| {
                let mut x = u.clone();
                f(&mut x);
                x.to_string()
            };
            match host.strip_prefix("www.") {
                Some(bare) => {
                    c.expect_url("www_dropped", &with(&|x| x.set_host(Some(bare)).unwrap()))
                }
                None => c.expect_url(
                    "www_added",
                    &with(&|x| x.set_host(Some(&format!("www.{host}"))).unwrap()),
                ),
            };
            c.expect_url(
                "other_host",
                &with(&|x| x.set_host(Some("example.net")).unwrap()),
            );
            let up = with(&|x| {
                x.set_scheme("http").unwrap();
                x.set_host(Some("10.1.2.3")).unwrap();
                x.set_port(Some(8080)).unwrap();
            });
            let v = c.expect_url("upstream_host", &up);
            assert!(v.causes[0].message.get(Lang::En).contains("10.1.2.3:8080"));
            let local = with(&|x| {
                x.set_scheme("http").unwrap();
                x.set_host(Some("127.0.0.1")).unwrap();
                x.set_port(Some(3000)).unwrap();
            });
            c.expect_url("upstream_host", &local);
            let path = u.path().to_owned();
            let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
            if segments.len() > 1 {
                let rest = format!("/{}", segments[1..].join("/"));
                c.expect_url("path_prefix_removed", &with(&|x| x.set_path(&rest)));
            }
            c.expect_url(
                "path_prefix_added",
                &with(&|x| x.set_path(&format!("/mp{path}"))),
            );
            c.expect_url(
                "path_prefix_added",
                &with(&|x| x.set_path(&format!("/wechat{path}"))),
            );
        }
    }
}

#[test]
fn empty_and_placeholder_values() {
    each_case(|c| {
        let u = c.sign_url();
        c.expect("ticket_missing", &s1("", NONCE, TS, &u), None);
        for p in ["null", "None", "undefined", "[object Object]"] {
            let v = c.expect("ticket_placeholder", &s1(p, NONCE, TS, &u), None);
            assert!(v.causes[0].message.get(Lang::En).contains(p));
            c.expect("noncestr_placeholder", &s1(c.ticket(0), p, TS, &u), None);
            c.expect(
                "timestamp_placeholder",
                &s1(c.ticket(0), NONCE, p, &u),
                None,
            );
        }
    });
}

/// A digest with leading zeros and a byte below 16 later on: found by varying the nonce.
fn zero_heavy(c: &Case<'_>) -> (String, String) {
    let u = c.sign_url();
    (0..100_000)
        .map(|i| s1(c.ticket(0), &format!("{NONCE}{i}"), TS, &u))
        .map(|s| (sha1_hex(&s), s))
        .find(|(h, _)| h.starts_with("00") && h.as_bytes().chunks(2).skip(1).any(|p| p[0] == b'0'))
        .map(|(h, s)| (s, h))
        .unwrap()
}

#[test]
fn hex_encoders_that_drop_zeros() {
    each_case(|c| {
        let (string1, hex) = zero_heavy(c);
        let nonce = string1
            .split("&noncestr=")
            .nth(1)
            .unwrap()
            .split('&')
            .next()
            .unwrap();
        let bigint = hex.trim_start_matches('0').to_owned();
        let per_byte: String = hex
            .as_bytes()
            .chunks(2)
            .map(|p| {
                if p[0] == b'0' {
                    char::from(p[1]).to_string()
                } else {
                    String::from_utf8(p.to_vec()).unwrap()
                }
            })
            .collect();
        let run = |sig: &str| {
            verify(&VerifyInput {
                url: c.page.to_owned(),
                entry_url: None,
                tickets: c.tickets.to_vec(),
                noncestr: nonce.to_owned(),
                timestamp: TS.to_owned(),
                signature: sig.to_owned(),
            })
        };
        for (sig, code) in [
            (bigint.clone(), "hex_leading_zeros"),
            (bigint.to_ascii_uppercase(), "hex_leading_zeros_upper"),
            (per_byte.clone(), "hex_unpadded_bytes"),
            (per_byte.to_ascii_uppercase(), "hex_unpadded_bytes_upper"),
        ] {
            let v = run(&sig);
            let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
            assert_eq!(codes, [code], "{sig}");
            assert_eq!(v.causes[0].string1, string1);
            assert!(
                v.notes
                    .iter()
                    .all(|n| !n.get(Lang::En).contains("not 40 hex")),
                "{:?}",
                v.notes
            );
        }
        // A broken URL and a broken encoder together.
        let with_fragment = s1(c.ticket(0), nonce, TS, &browser_url_with_fragment(c.page));
        if c.page.contains('#') {
            let h = sha1_hex(&with_fragment);
            let v = run(h.trim_start_matches('0'));
            if h.starts_with('0') {
                assert!(
                    v.causes[0].code.starts_with("fragment+hex_"),
                    "{:?}",
                    v.causes
                );
            }
        }
    });
}

fn browser_url_with_fragment(page: &str) -> String {
    url::Url::parse(page).unwrap().to_string()
}

#[test]
fn domain_vector_with_java_encoders() {
    // DOMAIN.md §9.1: the official vector rendered by BigInteger and by per-byte "X".
    for (sig, code) in [
        (
            "f9de62fce790f9a083d5c99e95740ceb90c27ed",
            "hex_leading_zeros",
        ),
        (
            "F9DE62FCE79F9A83D5C99E95740CEB9C27ED",
            "hex_unpadded_bytes_upper",
        ),
    ] {
        let v = verify(&VerifyInput {
            url: "http://mp.weixin.qq.com/?params=value".into(),
            entry_url: None,
            tickets: tickets(),
            noncestr: NONCE.into(),
            timestamp: TS.into(),
            signature: sig.into(),
        });
        assert_eq!(v.causes[0].code, format!("slash_removed+{code}"), "{sig}");
        assert!(
            v.causes[0].message.get(Lang::En).contains("BigInteger")
                || v.causes[0].message.get(Lang::En).contains("ToString")
        );
    }
}

#[test]
fn three_mistakes_fragment_encoding_and_one_more() {
    each_case(|c| {
        if !c.page.contains('#') || c.tickets.len() < 2 {
            return;
        }
        let encoded =
            crate::core::verify::urlforms::encode_uri_component(&browser_url_with_fragment(c.page));
        c.expect(
            "fragment+encode_uri_component+stale_ticket",
            &s1(c.ticket(1), NONCE, TS, &encoded),
            None,
        );
        c.expect(
            "fragment+encode_uri_component+ms_timestamp",
            &s1(c.ticket(0), NONCE, "1414587457000", &encoded),
            None,
        );
    });
}
