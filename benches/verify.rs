//! One full verification: a mismatch nothing explains, so the search tries every single mistake
//! and every pair, with 10 candidate tickets (target < 5 ms). Also a mismatch found among the
//! singles (the common case) and the character diff the GUI draws.
//!
//! Run with `cargo bench --bench verify`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use wxsign::core::diff;
use wxsign::core::sign::sha1_hex;
use wxsign::core::verify::{TicketCandidate, TicketOrigin, VerifyInput, verify};

const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TS: &str = "1414587457";
/// A realistic SPA page: encoded query value, WeChat's share parameters, a hash route.
const PAGE: &str = "https://mp.example.com/activity/2024/spring-sale/?channel=wechat&q=a%20b&from=singlemessage&isappinstalled=0#/detail/42";

fn tickets(n: usize) -> Vec<TicketCandidate> {
    (0..n)
        .map(|i| TicketCandidate {
            ticket: if i == 0 {
                TICKET.into()
            } else {
                format!("{TICKET}-{i}").into()
            },
            origin: match i {
                0 => TicketOrigin::Current,
                8 => TicketOrigin::WxCard,
                9 => TicketOrigin::OtherApp {
                    app_id: "wx0123456789abcdef".into(),
                },
                _ => TicketOrigin::Stale { fetched_at: None },
            },
        })
        .collect()
}

fn input(signature: String) -> VerifyInput {
    VerifyInput {
        url: PAGE.to_owned(),
        entry_url: Some("https://mp.example.com/activity/2024/spring-sale/".to_owned()),
        tickets: tickets(10),
        noncestr: NONCE.to_owned(),
        timestamp: TS.to_owned(),
        signature,
    }
}

fn bench_verify(c: &mut Criterion) {
    let exhaustive = input(sha1_hex("nothing reproduces this"));
    let v = verify(&exhaustive);
    assert!(!v.matched && v.causes.is_empty());
    let mut group = c.benchmark_group(format!("verify/10 tickets/{} tries", v.tried));
    group.bench_function("exhaustive mismatch", |b| {
        b.iter(|| black_box(verify(black_box(&exhaustive))))
    });
    let fragment = input(sha1_hex(&format!(
        "jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={PAGE}"
    )));
    assert_eq!(verify(&fragment).causes[0].code, "fragment");
    group.bench_function("single cause (fragment)", |b| {
        b.iter(|| black_box(verify(black_box(&fragment))))
    });
    group.finish();

    let right = format!("jsapi_ticket={TICKET}&noncestr={NONCE}&timestamp={TS}&url={PAGE}");
    let wrong = right
        .replace("&timestamp", "\u{d7}tamp")
        .replace("%20", " ");
    c.bench_function("diff/string1 pair", |b| {
        b.iter(|| black_box(diff::diff_chars(black_box(&right), black_box(&wrong))))
    });
}

criterion_group!(benches, bench_verify);
criterion_main!(benches);
