//! One test per cause: build string1 the way a broken server does, sign it, and check that the
//! verifier names the mistake and returns that exact string1.

use super::*;
use crate::core::sign::sha1_hex;
use crate::core::text::Lang;
use crate::i18n::Render;

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const STALE: &str = "kgt8ON7yVITDhtdwci0qeYdxXmzp2yCjzaQ6aawmrEJzX3_OlbwnYgmFXlIa6C7l-stale";
const CARD: &str = "9KwiourQPRN3vx3Nn1c_iX2g-card-ticket-IBCH0sGyzXfmtNIcK_YU2tcIEu8XL8LqjpiGvPg";
const OTHER: &str = "-other-app-ticket-HoTrXwN8aSnq2Y7ItZmgZmU4q2d7XZqpqmBKf7-2Y6Gmn3eX";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";
/// As the phone shows it: share query, an encoded space, a trailing slash, an SPA fragment.
const PAGE: &str =
    "https://shop.example.com/item/42/?id=7&name=a%20b&from=singlemessage&isappinstalled=0#/detail";
const SIGN_URL: &str =
    "https://shop.example.com/item/42/?id=7&name=a%20b&from=singlemessage&isappinstalled=0";

fn s1(ticket: &str, nonce: &str, ts: &str, url: &str) -> String {
    format!("jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}")
}

fn tickets() -> Vec<TicketCandidate> {
    vec![
        TicketCandidate {
            ticket: TICKET.into(),
            origin: TicketOrigin::Current,
        },
        TicketCandidate {
            ticket: STALE.into(),
            origin: TicketOrigin::Stale {
                fetched_at: Some(1414580000),
            },
        },
        TicketCandidate {
            ticket: CARD.into(),
            origin: TicketOrigin::WxCard,
        },
        TicketCandidate {
            ticket: OTHER.into(),
            origin: TicketOrigin::OtherApp {
                app_id: "wx0123456789abcdef".into(),
            },
        },
    ]
}

fn run(url: &str, entry: Option<&str>, ts: &str, signature: &str) -> Verdict {
    verify(&VerifyInput {
        url: url.to_owned(),
        entry_url: entry.map(str::to_owned),
        tickets: tickets(),
        noncestr: NONCE.to_owned(),
        timestamp: ts.to_owned(),
        signature: signature.to_owned(),
    })
}

/// The server signed `server_string1`; the verifier must explain it with exactly `code`.
fn check_with(url: &str, entry: Option<&str>, ts: &str, code: &str, server_string1: &str) {
    let v = run(url, entry, ts, &sha1_hex(server_string1));
    assert!(!v.matched, "{code}: unexpected match");
    let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, [code], "causes for {server_string1:?}");
    assert_eq!(v.causes[0].string1, server_string1);
    assert!(
        !v.causes[0].message.get(Lang::En).is_empty()
            && !v.causes[0].message.get(Lang::Zh).is_empty()
    );
    assert!(v.notes.is_empty(), "{:?}", v.notes);
}

fn check(code: &str, server_string1: &str) {
    check_with(PAGE, None, TS, code, server_string1);
}

fn check_url(code: &str, signed_url: &str) {
    check(code, &s1(TICKET, NONCE, TS, signed_url));
}

#[test]
fn right_signature_matches() {
    let v = run(PAGE, None, TS, &sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)));
    assert!(v.matched);
    assert!(v.causes.is_empty());
    assert_eq!(v.expected.url, SIGN_URL);
    assert_eq!(v.tried, 1);
}

#[test]
fn domain_vectors() {
    // DOMAIN.md §1: the server signed the bare origin without the `/` the browser adds.
    let v = run(
        "http://mp.weixin.qq.com",
        None,
        TS,
        "f4d90daf4b3bca3078ab155816175ba34c443a7b",
    );
    assert_eq!(v.causes[0].code, "not_normalised");
    // The fragment vector.
    let v = run(
        "http://mp.weixin.qq.com/?params=value#/home",
        None,
        TS,
        "91aa97f5fa829ede68fa569e24e020e3b4e76b0b",
    );
    assert_eq!(v.causes[0].code, "fragment+slash_removed");
    // https page, http signed (the server signed the vector's http URL).
    let v = run(
        "https://mp.weixin.qq.com/?params=value",
        None,
        TS,
        "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
    );
    assert_eq!(v.causes[0].code, "slash_removed+scheme");
    let v = run(
        "http://mp.weixin.qq.com?params=value",
        None,
        TS,
        "9dd3603815006fd2cf563ea9fb31fea18563a1ad",
    );
    assert_eq!(v.causes[0].code, "not_normalised+ms_timestamp");
}

#[test]
fn uppercase_hex_is_a_match_with_a_remark() {
    let sig = sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)).to_ascii_uppercase();
    let v = run(PAGE, None, TS, &sig);
    assert!(v.matched);
    assert_eq!(v.causes.len(), 1);
    assert_eq!(v.causes[0].code, "uppercase_hex");
    assert_eq!(v.causes[0].string1, s1(TICKET, NONCE, TS, SIGN_URL));
}

#[test]
fn url_causes() {
    check_url("fragment", &format!("{SIGN_URL}#/detail"));
    check_url(
        "slash_removed",
        "https://shop.example.com/item/42?id=7&name=a%20b&from=singlemessage&isappinstalled=0",
    );
    check_url(
        "scheme",
        "http://shop.example.com/item/42/?id=7&name=a%20b&from=singlemessage&isappinstalled=0",
    );
    check_url(
        "port_added",
        "https://shop.example.com:443/item/42/?id=7&name=a%20b&from=singlemessage&isappinstalled=0",
    );
    check_url("query_stripped", "https://shop.example.com/item/42/");
    check_url(
        "share_query_stripped",
        "https://shop.example.com/item/42/?id=7&name=a%20b",
    );
    check_url(
        "percent_decoded",
        "https://shop.example.com/item/42/?id=7&name=a b&from=singlemessage&isappinstalled=0",
    );
    check_url(
        "amp_escaped",
        "https://shop.example.com/item/42/?id=7&amp;name=a%20b&amp;from=singlemessage&amp;isappinstalled=0",
    );
    check_url(
        "encode_uri",
        "https://shop.example.com/item/42/?id=7&name=a%2520b&from=singlemessage&isappinstalled=0",
    );
    check_url(
        "encode_uri_component",
        "https%3A%2F%2Fshop.example.com%2Fitem%2F42%2F%3Fid%3D7%26name%3Da%2520b%26from%3Dsinglemessage%26isappinstalled%3D0",
    );
    check_url("url_missing", "");
    check_url("url_missing", "undefined");
}

#[test]
fn url_causes_needing_other_pages() {
    let slash = |u: &str, code: &str, signed: &str| {
        check_with(u, None, TS, code, &s1(TICKET, NONCE, TS, signed));
    };
    slash("https://a.com/p?x=1", "slash_added", "https://a.com/p/?x=1");
    slash("http://a.com:8080/x", "port_removed", "http://a.com/x");
    slash(
        "https://a.com/Item?ID=7",
        "url_lowercased",
        "https://a.com/item?id=7",
    );
    slash(
        "https://a.com/p?q=(1)",
        "form_encoded",
        "https%3A%2F%2Fa.com%2Fp%3Fq%3D%281%29",
    );
    slash(
        "HTTPS://A.com:443/p",
        "not_normalised",
        "HTTPS://A.com:443/p",
    );
}

#[test]
fn entry_url_on_ios() {
    let entry = "https://shop.example.com/index/?from=timeline";
    check_with(
        PAGE,
        Some(entry),
        TS,
        "entry_url",
        &s1(TICKET, NONCE, TS, entry),
    );
    // The reverse: current URL signed, fine on Android, fails on iOS.
    let v = run(
        PAGE,
        Some(entry),
        TS,
        &sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)),
    );
    assert!(v.matched);
    assert_eq!(v.causes[0].code, "ios_entry_url");
    // The same entry URL as the current page is no cause at all.
    let v = run(
        PAGE,
        Some(PAGE),
        TS,
        &sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)),
    );
    assert!(v.matched && v.causes.is_empty());
}

#[test]
fn ticket_causes() {
    check("stale_ticket", &s1(STALE, NONCE, TS, SIGN_URL));
    check("wx_card_ticket", &s1(CARD, NONCE, TS, SIGN_URL));
    check("other_app_ticket", &s1(OTHER, NONCE, TS, SIGN_URL));
    check("ticket_missing", &s1("", NONCE, TS, SIGN_URL));
    check("ticket_placeholder", &s1("undefined", NONCE, TS, SIGN_URL));
    check(
        "ticket_whitespace",
        &s1(&format!("{TICKET}\n"), NONCE, TS, SIGN_URL),
    );
    let v = run(PAGE, None, TS, &sha1_hex(&s1(OTHER, NONCE, TS, SIGN_URL)));
    assert!(
        v.causes[0]
            .message
            .get(Lang::En)
            .contains("wx0123456789abcdef")
    );
    assert!(v.causes[0].message.get(Lang::En).contains("#4"));
}

#[test]
fn nonce_and_timestamp_causes() {
    check("noncestr_missing", &s1(TICKET, "", TS, SIGN_URL));
    check(
        "ms_timestamp",
        &s1(TICKET, NONCE, "1414587457000", SIGN_URL),
    );
    check(
        "ms_timestamp",
        &s1(TICKET, NONCE, "1414587457123", SIGN_URL),
    );
    check(
        "timestamp_mismatch",
        &s1(TICKET, NONCE, "1414587458", SIGN_URL),
    );
    check("timestamp_missing", &s1(TICKET, NONCE, "", SIGN_URL));
    check(
        "timestamp_placeholder",
        &s1(TICKET, NONCE, "null", SIGN_URL),
    );
    // wx.config got milliseconds, the server signed seconds: a cause plus the ms note.
    let v = run(
        PAGE,
        None,
        "1414587457000",
        &sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)),
    );
    assert_eq!(v.causes[0].code, "config_ms_timestamp");
    assert_eq!(v.notes.len(), 1);
}

#[test]
fn layout_causes() {
    let u = SIGN_URL;
    let t = TICKET;
    let cases = [
        (
            "key_case",
            format!("JSAPI_TICKET={t}&NONCESTR={NONCE}&TIMESTAMP={TS}&URL={u}"),
        ),
        (
            "key_case",
            format!("Jsapi_ticket={t}&Noncestr={NONCE}&Timestamp={TS}&Url={u}"),
        ),
        (
            "camel_case_keys",
            format!("jsapiTicket={t}&nonceStr={NONCE}&timestamp={TS}&url={u}"),
        ),
        (
            "noncestr_key",
            format!("jsapi_ticket={t}&nonceStr={NONCE}&timestamp={TS}&url={u}"),
        ),
        (
            "nonce_str_key",
            format!("jsapi_ticket={t}&nonce_str={NONCE}&timestamp={TS}&url={u}"),
        ),
        (
            "timetamp_typo",
            format!("jsapi_ticket={t}&noncestr={NONCE}&timetamp={TS}&url={u}"),
        ),
        (
            "times_entity",
            format!("jsapi_ticket={t}&noncestr={NONCE}×tamp={TS}&url={u}"),
        ),
        (
            "unsorted_keys",
            format!("timestamp={TS}&noncestr={NONCE}&jsapi_ticket={t}&url={u}"),
        ),
        (
            "unsorted_keys",
            format!("url={u}&jsapi_ticket={t}&noncestr={NONCE}&timestamp={TS}"),
        ),
        (
            "separator",
            format!("jsapi_ticket={t}noncestr={NONCE}timestamp={TS}url={u}"),
        ),
        (
            "separator",
            format!("jsapi_ticket={t}, noncestr={NONCE}, timestamp={TS}, url={u}"),
        ),
        (
            "separator",
            format!("jsapi_ticket={t} & noncestr={NONCE} & timestamp={TS} & url={u}"),
        ),
        (
            "spaces",
            format!("jsapi_ticket = {t}&noncestr = {NONCE}&timestamp = {TS}&url = {u}"),
        ),
        ("trailing_ampersand", format!("{}&", s1(t, NONCE, TS, u))),
        ("leading_ampersand", format!("&{}", s1(t, NONCE, TS, u))),
        (
            "url_pair_missing",
            format!("jsapi_ticket={t}&noncestr={NONCE}&timestamp={TS}"),
        ),
    ];
    for (code, string1) in cases {
        check(code, &string1);
    }
}

#[test]
fn two_causes_combined() {
    check(
        "fragment+ms_timestamp",
        &s1(
            TICKET,
            NONCE,
            "1414587457000",
            &format!("{SIGN_URL}#/detail"),
        ),
    );
    check(
        "fragment+stale_ticket",
        &s1(STALE, NONCE, TS, &format!("{SIGN_URL}#/detail")),
    );
    check(
        "fragment+encode_uri_component",
        &s1(
            TICKET,
            NONCE,
            TS,
            "https%3A%2F%2Fshop.example.com%2Fitem%2F42%2F%3Fid%3D7%26name%3Da%2520b%26from%3Dsinglemessage%26isappinstalled%3D0%23%2Fdetail",
        ),
    );
    check(
        "scheme+share_query_stripped",
        &s1(
            TICKET,
            NONCE,
            TS,
            "http://shop.example.com/item/42/?id=7&name=a%20b",
        ),
    );
    check(
        "wx_card_ticket+noncestr_key",
        &format!("jsapi_ticket={CARD}&nonceStr={NONCE}&timestamp={TS}&url={SIGN_URL}"),
    );
    check(
        "query_stripped+unsorted_keys",
        &format!(
            "noncestr={NONCE}&timestamp={TS}&jsapi_ticket={TICKET}&url=https://shop.example.com/item/42/"
        ),
    );
    let entry = "https://shop.example.com/";
    check_with(
        PAGE,
        Some(entry),
        TS,
        "entry_url+ms_timestamp",
        &s1(TICKET, NONCE, "1414587457000", entry),
    );
    let v = run(
        PAGE,
        None,
        TS,
        &sha1_hex(&s1(STALE, NONCE, "1414587457000", SIGN_URL)),
    );
    assert!(v.causes[0].message.get(Lang::En).contains("older ticket"));
    assert!(v.causes[0].message.get(Lang::En).contains("millisecond"));
}

#[test]
fn nothing_found_says_what_is_left() {
    let v = run(PAGE, None, TS, &sha1_hex("something else entirely"));
    assert!(!v.matched);
    assert!(v.causes.is_empty());
    assert!(v.tried > 2000, "tried {}", v.tried);
    assert_eq!(v.notes.len(), 4);
    assert!(v.notes[0].get(Lang::En).contains(&v.tried.to_string()));
    assert!(v.notes[1].get(Lang::En).contains("another appId"));
    assert!(v.notes[2].get(Lang::En).contains("nonceStr and timestamp"));
}

#[test]
fn signature_that_is_not_sha1() {
    let v = run(PAGE, None, TS, "0cc175b9c0f1b6a831c399e269772661");
    assert!(!v.matched);
    assert!(v.notes[0].get(Lang::En).contains("MD5"));
    let v = run(PAGE, None, TS, "");
    assert!(!v.matched);
    assert_eq!(v.notes.len(), 1);
}

#[test]
fn no_ticket_at_all() {
    let v = verify(&VerifyInput {
        url: PAGE.into(),
        entry_url: None,
        tickets: Vec::new(),
        noncestr: NONCE.into(),
        timestamp: TS.into(),
        signature: sha1_hex(&s1("", NONCE, TS, SIGN_URL)),
    });
    assert!(v.matched);
    assert!(v.notes[0].get(Lang::En).contains("No ticket"));
}

mod causes;
mod props;

#[test]
fn domain_fragment_vector_names_fragment_and_normalisation() {
    // DOMAIN.md §1: the official example with `#/home` appended. The browser also adds a `/`
    // after the bare host, so the server made two mistakes and both are named.
    let typed = "http://mp.weixin.qq.com?params=value#/home";
    let v = run(typed, None, TS, "91aa97f5fa829ede68fa569e24e020e3b4e76b0b");
    assert!(!v.matched);
    assert_eq!(v.expected.url, "http://mp.weixin.qq.com/?params=value");
    let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["fragment+not_normalised"], "{codes:?}");
    assert_eq!(v.causes[0].string1, s1(TICKET, NONCE, TS, typed));
}

#[test]
fn matching_millisecond_timestamp_is_a_warning_cause() {
    // DOMAIN.md §1 vector signed with a millisecond timestamp: string1 matches, WeChat refuses it.
    let ms = "1414587457000";
    let v = run(PAGE, None, ms, &sha1_hex(&s1(TICKET, NONCE, ms, SIGN_URL)));
    assert!(v.matched);
    let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, [MS_TIMESTAMP_CODE]);
    assert!(v.causes[0].message.get(Lang::En).contains("unconfirmed"));
    assert!(v.causes[0].message.get(Lang::En).contains("Feishu"));
    assert!(v.notes.is_empty(), "{:?}", v.notes);
    // A seconds timestamp gets no such cause.
    assert!(millisecond_timestamp(TS).is_none());
    assert!(millisecond_timestamp(" 1414587457000 ").is_some());
}

#[test]
fn a_stray_space_next_to_one_ampersand() {
    let t = TICKET;
    check(
        "stray_space",
        &format!("jsapi_ticket={t}& noncestr={NONCE}&timestamp={TS}&url={SIGN_URL}"),
    );
    check(
        "stray_space",
        &format!("jsapi_ticket={t}&noncestr={NONCE}&timestamp={TS} &url={SIGN_URL}"),
    );
}

#[test]
fn config_values_with_spaces_signed_trimmed() {
    // wx.config got " Wm3…" while the server signed the value trimmed.
    let v = verify(&VerifyInput {
        url: PAGE.into(),
        entry_url: None,
        tickets: tickets(),
        noncestr: format!(" {NONCE}"),
        timestamp: format!("{TS} "),
        signature: sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)),
    });
    assert!(!v.matched);
    let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["config_value_spaces"]);
    let v = run(
        PAGE,
        None,
        &format!(" {TS}"),
        &sha1_hex(&s1(TICKET, NONCE, TS, SIGN_URL)),
    );
    assert_eq!(v.causes[0].code, "config_value_spaces");
}
