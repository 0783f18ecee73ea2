//! "Why does my card signature fail?": the card rule's typical mistakes (DOMAIN.md §11) — `k=v&`
//! pairs as for wx.config, values in key order or in the docs' listing order, the jsapi ticket
//! instead of the wx_card one, an optional value left out or added, a timestamp or nonce other
//! than cardExt's — alone and in pairs, each with the exact string the server hashed.

use super::{CardApi, CardField, CardSignature, CardValues, sign_card};
use crate::core::sign::TimestampUnit;
use crate::core::sign::sha1_hex;
use crate::core::text::{Msg, msg};
use crate::core::verify::{Cause, one_after_another};
use crate::secret::Secret;

/// What the server produced for one card call.
#[derive(Clone, Debug)]
pub struct CardVerifyInput {
    pub api: CardApi,
    /// The values cardExt (or chooseCard) got; `api_ticket` is ignored, see `tickets`.
    pub values: CardValues,
    /// wx_card tickets: the current one first, then older ones.
    pub tickets: Vec<Secret>,
    /// jsapi tickets the server may have used by mistake.
    pub jsapi_tickets: Vec<Secret>,
    pub signature: String,
}

/// The answer of [`verify_card`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardVerdict {
    pub matched: bool,
    /// The right string and signature with the current wx_card ticket.
    pub expected: CardSignature,
    pub causes: Vec<Cause>,
    pub notes: Vec<Msg>,
    pub tried: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Mistake {
    KvPairs,
    KeyOrder,
    ListingOrder,
    JsapiTicket,
    StaleTicket { n: usize },
    TicketMissing,
    Optional { field: CardField, value: String },
    Timestamp { signed: String },
    Nonce { signed: String },
}

impl Mistake {
    fn code(&self) -> &'static str {
        match self {
            Mistake::KvPairs => "card_kv_pairs",
            Mistake::KeyOrder => "card_key_order",
            Mistake::ListingOrder => "card_listing_order",
            Mistake::JsapiTicket => "card_jsapi_ticket",
            Mistake::StaleTicket { .. } => "card_stale_ticket",
            Mistake::TicketMissing => "card_ticket_missing",
            Mistake::Optional { .. } => "card_optional_value",
            Mistake::Timestamp { .. } => "card_timestamp_mismatch",
            Mistake::Nonce { .. } => "card_nonce_mismatch",
        }
    }

    fn message(&self) -> Msg {
        match self {
            Mistake::KvPairs => msg!("card-cause-kv-pairs"),
            Mistake::KeyOrder => msg!("card-cause-key-order"),
            Mistake::ListingOrder => msg!("card-cause-listing-order"),
            Mistake::JsapiTicket => msg!("card-cause-jsapi-ticket"),
            Mistake::StaleTicket { n } => msg!("card-cause-stale-ticket", candidate = *n),
            Mistake::TicketMissing => msg!("card-cause-ticket-missing"),
            Mistake::Optional { field, value } => {
                msg!(
                    "card-cause-optional-value",
                    field = field.key(),
                    value = value
                )
            }
            Mistake::Timestamp { signed } => msg!("card-cause-timestamp-mismatch", signed = signed),
            // Quoted, so an empty nonce is visible.
            Mistake::Nonce { signed } => {
                msg!("card-cause-nonce-mismatch", signed = format!("{signed:?}"))
            }
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Sorted,
    KvPairs,
    KeyOrder,
    ListingOrder,
}

impl Layout {
    fn mistake(self) -> Option<Mistake> {
        match self {
            Layout::Sorted => None,
            Layout::KvPairs => Some(Mistake::KvPairs),
            Layout::KeyOrder => Some(Mistake::KeyOrder),
            Layout::ListingOrder => Some(Mistake::ListingOrder),
        }
    }

    fn write(self, pairs: &mut [(&'static str, &str)], out: &mut String) {
        out.clear();
        match self {
            Layout::Sorted => {
                pairs.sort_unstable_by(|a, b| a.1.cmp(b.1));
                pairs.iter().for_each(|(_, v)| out.push_str(v));
            }
            Layout::KeyOrder => {
                pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
                pairs.iter().for_each(|(_, v)| out.push_str(v));
            }
            Layout::ListingOrder => pairs.iter().for_each(|(_, v)| out.push_str(v)),
            Layout::KvPairs => {
                pairs.sort_unstable_by(|a, b| a.0.cmp(b.0));
                for (i, (k, v)) in pairs.iter().enumerate() {
                    if i > 0 {
                        out.push('&');
                    }
                    out.push_str(k);
                    out.push('=');
                    out.push_str(v);
                }
            }
        }
    }
}

type Options = Vec<(String, Option<Mistake>)>;

/// Recomputes the card signature and, on a mismatch, names the mistake that reproduces it.
pub fn verify_card(input: &CardVerifyInput) -> CardVerdict {
    let current = input
        .tickets
        .first()
        .map(|t| t.reveal().to_owned())
        .unwrap_or_default();
    let mut right = input.values.clone();
    right.api_ticket = current.clone();
    let expected = sign_card(input.api, &right);
    let claimed = input.signature.trim();
    let target = claimed.to_ascii_lowercase();
    let mut notes = Vec::new();
    if input.tickets.is_empty() {
        notes.push(msg!("card-note-no-ticket"));
    }
    if target == expected.signature {
        if claimed != target {
            notes.push(msg!("card-note-uppercase"));
        }
        return CardVerdict {
            matched: true,
            expected,
            causes: Vec::new(),
            notes,
            tried: 1,
        };
    }
    if target.len() != 40 || !target.bytes().all(|b| b.is_ascii_hexdigit()) {
        notes.push(msg!("card-note-not-sha1"));
        return CardVerdict {
            matched: false,
            expected,
            causes: Vec::new(),
            notes,
            tried: 1,
        };
    }

    let tickets = ticket_options(input, &current);
    let timestamps = timestamp_options(&input.values.timestamp);
    let nonces = nonce_options(&input.values.nonce_str);
    let drops = drop_options(input);
    let layouts = [
        Layout::Sorted,
        Layout::KvPairs,
        Layout::KeyOrder,
        Layout::ListingOrder,
    ];
    let mut found: Vec<(usize, Cause)> = Vec::new();
    let mut tried = 0;
    let mut buf = String::new();
    for (ticket, tm) in &tickets {
        for (ts, sm) in &timestamps {
            for (nonce, nm) in &nonces {
                for (drop, dm) in &drops {
                    for layout in layouts {
                        let lm = layout.mistake();
                        let muts: Vec<&Mistake> = [&lm, tm, sm, nm, dm]
                            .into_iter()
                            .filter_map(Option::as_ref)
                            .collect();
                        if muts.is_empty() || muts.len() > 2 {
                            continue;
                        }
                        let mut values = input.values.clone();
                        values.api_ticket = ticket.clone();
                        values.timestamp = ts.clone();
                        values.nonce_str = nonce.clone();
                        if let Some(f) = drop {
                            values.set(*f, String::new());
                        }
                        let mut pairs: Vec<(&'static str, &str)> = input
                            .api
                            .fields()
                            .iter()
                            .map(|f| (f.key(), values.get(*f)))
                            .filter(|(_, v)| !v.is_empty())
                            .collect();
                        layout.write(&mut pairs, &mut buf);
                        tried += 1;
                        if sha1_hex(&buf) == target
                            && !found.iter().any(|(_, c)| c.string1 == buf)
                            && let Some(cause) = combine(&muts, &buf)
                        {
                            found.push((muts.len(), cause));
                        }
                    }
                }
            }
        }
    }
    let fewest = found.iter().map(|(n, _)| *n).min().unwrap_or(0);
    let causes: Vec<Cause> = found
        .into_iter()
        .filter(|(n, _)| *n == fewest)
        .map(|(_, c)| c)
        .collect();
    if causes.is_empty() {
        notes.push(msg!("card-note-ruled-out", tried = tried));
    }
    CardVerdict {
        matched: false,
        expected,
        causes,
        notes,
        tried,
    }
}

fn combine(muts: &[&Mistake], string1: &str) -> Option<Cause> {
    let (first, then) = muts.split_first()?;
    let codes: Vec<&str> = muts.iter().map(|m| m.code()).collect();
    Some(Cause {
        code: codes.join("+"),
        message: one_after_another(first.message(), then.iter().map(|m| m.message())),
        string1: string1.to_owned(),
    })
}

fn ticket_options(input: &CardVerifyInput, current: &str) -> Options {
    let mut out: Options = vec![(current.to_owned(), None)];
    let mut push = |v: &str, m: Mistake| {
        if !out.iter().any(|(x, _)| x == v) {
            out.push((v.to_owned(), Some(m)));
        }
    };
    for (i, t) in input.tickets.iter().enumerate().skip(1) {
        push(t.reveal(), Mistake::StaleTicket { n: i + 1 });
    }
    for t in &input.jsapi_tickets {
        push(t.reveal(), Mistake::JsapiTicket);
    }
    push("", Mistake::TicketMissing);
    out
}

fn timestamp_options(ts: &str) -> Options {
    let mut out: Options = vec![(ts.to_owned(), None)];
    let mut push = |v: String| {
        if !out.iter().any(|(x, _)| *x == v) {
            out.push((v.clone(), Some(Mistake::Timestamp { signed: v })));
        }
    };
    let t = ts.trim();
    push(t.to_owned());
    if let Ok(n) = t.parse::<i64>() {
        for d in [-1i64, 1, -2, 2] {
            if let Some(v) = n.checked_add(d) {
                push(v.to_string());
            }
        }
        match TimestampUnit::of(t) {
            Some(TimestampUnit::Seconds) => push(format!("{t}000")),
            Some(TimestampUnit::Millis) => push(t[..t.len() - 3].to_owned()),
            None => {}
        }
    }
    push(String::new());
    out
}

fn nonce_options(nonce: &str) -> Options {
    let mut out: Options = vec![(nonce.to_owned(), None)];
    for v in [nonce.trim(), ""] {
        if !out.iter().any(|(x, _)| x == v) {
            out.push((
                v.to_owned(),
                Some(Mistake::Nonce {
                    signed: v.to_owned(),
                }),
            ));
        }
    }
    out
}

fn drop_options(input: &CardVerifyInput) -> Vec<(Option<CardField>, Option<Mistake>)> {
    let mut out = vec![(None, None)];
    for f in input.api.optional() {
        let value = input.values.get(*f);
        if !value.is_empty() {
            out.push((
                Some(*f),
                Some(Mistake::Optional {
                    field: *f,
                    value: value.to_owned(),
                }),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::official;
    use super::*;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    const CARD_TICKET: &str = "ojZ8YtyVyr30HheH3CM73y7h4jJE";
    const STALE: &str = "ojZ8YtyVyr30HheH3CM73y7h4-stale";
    const JSAPI: &str =
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

    fn run(api: CardApi, values: &CardValues, signature: &str) -> CardVerdict {
        verify_card(&CardVerifyInput {
            api,
            values: values.clone(),
            tickets: vec![CARD_TICKET.into(), STALE.into()],
            jsapi_tickets: vec![JSAPI.into()],
            signature: signature.to_owned(),
        })
    }

    /// The values a generated case signs: different codes, openids and Chinese-free ids.
    fn cases() -> Vec<(CardApi, CardValues)> {
        let mut out = vec![(CardApi::AddCard, official())];
        for i in 0..4u32 {
            let mut v = official();
            v.code = format!("{}", 1_000_000_007u64 * u64::from(i + 3));
            v.openid = if i % 2 == 0 {
                format!("oXyZ{i}openid-AbC")
            } else {
                String::new()
            };
            v.nonce_str = format!("n{i}Kx9");
            v.timestamp = format!("{}", 1_700_000_000 + i * 37);
            out.push((CardApi::AddCard, v.clone()));
            v.app_id = "wx0123456789abcdef".into();
            v.location_id = if i % 2 == 1 {
                format!("{}", 4000 + i)
            } else {
                String::new()
            };
            v.card_type = "GROUPON".into();
            out.push((CardApi::ChooseCard, v));
        }
        out
    }

    /// Builds the server's string by hand the broken way and checks the verifier's code.
    fn check(api: CardApi, values: &CardValues, code: &str, server: &str) {
        let v = run(api, values, &sha1_hex(server));
        assert!(!v.matched, "{code}");
        let codes: Vec<&str> = v.causes.iter().map(|c| c.code.as_str()).collect();
        assert_eq!(codes, [code], "for {server:?}");
        assert_eq!(v.causes[0].string1, server);
        assert!(!v.causes[0].message.get(Lang::Zh).is_empty());
    }

    fn values_with(api: CardApi, v: &CardValues, ticket: &str) -> Vec<(&'static str, String)> {
        api.fields()
            .iter()
            .map(|f| {
                let value = if *f == CardField::ApiTicket {
                    ticket.to_owned()
                } else {
                    v.get(*f).to_owned()
                };
                (f.key(), value)
            })
            .filter(|(_, v)| !v.is_empty())
            .collect()
    }

    fn sorted_concat(mut vals: Vec<String>) -> String {
        vals.sort();
        vals.concat()
    }

    #[test]
    fn right_signature_and_official_vector() {
        let v = run(
            CardApi::AddCard,
            &official(),
            "f137ab68b7f8112d20ee528ab6074564e2796250",
        );
        assert!(v.matched);
        assert_eq!(
            v.expected.signature,
            "f137ab68b7f8112d20ee528ab6074564e2796250"
        );
    }

    #[test]
    fn each_cause_on_generated_values() {
        for (api, v) in cases() {
            let pairs = values_with(api, &v, CARD_TICKET);
            let mut by_key = pairs.clone();
            by_key.sort();
            let kv: Vec<String> = by_key.iter().map(|(k, x)| format!("{k}={x}")).collect();
            check(api, &v, "card_kv_pairs", &kv.join("&"));
            let key_order: String = by_key.iter().map(|(_, x)| x.as_str()).collect();
            let listing: String = pairs.iter().map(|(_, x)| x.as_str()).collect();
            let sorted = sorted_concat(pairs.iter().map(|(_, x)| x.clone()).collect());
            if key_order != sorted {
                check(api, &v, "card_key_order", &key_order);
            }
            if listing != sorted && listing != key_order {
                check(api, &v, "card_listing_order", &listing);
            }
            let jsapi = values_with(api, &v, JSAPI)
                .into_iter()
                .map(|(_, x)| x)
                .collect();
            check(api, &v, "card_jsapi_ticket", &sorted_concat(jsapi));
            let stale = values_with(api, &v, STALE)
                .into_iter()
                .map(|(_, x)| x)
                .collect();
            check(api, &v, "card_stale_ticket", &sorted_concat(stale));
            let ts = (v.timestamp.parse::<i64>().unwrap() + 1).to_string();
            let moved = pairs
                .iter()
                .map(|(k, x)| {
                    if *k == "timestamp" {
                        ts.clone()
                    } else {
                        x.clone()
                    }
                })
                .collect();
            check(api, &v, "card_timestamp_mismatch", &sorted_concat(moved));
            let no_nonce = pairs
                .iter()
                .filter(|(k, _)| *k != "nonce_str")
                .map(|(_, x)| x.clone())
                .collect();
            check(api, &v, "card_nonce_mismatch", &sorted_concat(no_nonce));
            for f in api.optional() {
                if v.get(*f).is_empty() {
                    continue;
                }
                let without = pairs
                    .iter()
                    .filter(|(k, _)| *k != f.key())
                    .map(|(_, x)| x.clone())
                    .collect();
                check(api, &v, "card_optional_value", &sorted_concat(without));
            }
        }
    }

    #[test]
    fn two_card_mistakes_together() {
        let v = official();
        let pairs = values_with(CardApi::AddCard, &v, JSAPI);
        let mut by_key = pairs.clone();
        by_key.sort();
        let kv: Vec<String> = by_key.iter().map(|(k, x)| format!("{k}={x}")).collect();
        check(
            CardApi::AddCard,
            &v,
            "card_kv_pairs+card_jsapi_ticket",
            &kv.join("&"),
        )
    }

    #[test]
    fn nothing_found_and_not_hex() {
        let v = run(CardApi::AddCard, &official(), &sha1_hex("unrelated"));
        assert!(!v.matched && v.causes.is_empty());
        assert!(v.notes[0].get(Lang::En).contains("None of"));
        let v = run(CardApi::ChooseCard, &official(), "xyz");
        assert!(!v.matched && v.notes[0].get(Lang::En).contains("40 hex"));
    }
}
