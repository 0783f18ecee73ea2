//! Signatures per second on one core, against raw SHA-1 of the same bytes, and the cost of
//! `analyze_url` (the GUI reruns it on every keystroke).
//!
//! Run with `cargo bench --bench sign`.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use sha1::{Digest, Sha1};
use wxsign::core::sign::{self, Signer};
use wxsign::core::urlcheck::analyze_url;

/// An 86-character ticket, as WeChat issues them.
const TICKET: &str =
    "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";
const NONCE: &str = "Wm3WZYTPz0wzccnW";
const TIMESTAMP: &str = "1414587457";

/// A realistic 150-character page URL: a path and a few query parameters, including the ones
/// WeChat appends after a share.
fn page_url() -> String {
    let mut url = String::from(
        "https://mp.example.com/activity/2024/spring-sale/index.html?channel=wechat&campaign=cny&from=singlemessage&isappinstalled=0&uid=",
    );
    while url.len() < 150 {
        url.push('7');
    }
    url
}

fn bench_sign(c: &mut Criterion) {
    let url = page_url();
    assert_eq!(url.len(), 150);
    let string1 = sign::build_string1(TICKET, NONCE, TIMESTAMP, &url);
    let mut group = c.benchmark_group(format!("sign/{}B string1", string1.len()));
    group.throughput(Throughput::Elements(1));
    group.bench_function("Signer::sign", |b| {
        let mut signer = Signer::new();
        b.iter(|| {
            let sig = signer.sign(
                black_box(TICKET),
                black_box(NONCE),
                black_box(TIMESTAMP),
                black_box(&url),
            );
            black_box(sig.len())
        });
    });
    group.bench_function("raw sha1", |b| {
        let bytes = string1.as_bytes();
        b.iter(|| black_box(Sha1::digest(black_box(bytes))));
    });
    group.bench_function("sign_text (allocating)", |b| {
        b.iter(|| {
            black_box(sign::sign_text(
                black_box(TICKET),
                black_box(NONCE),
                black_box(TIMESTAMP),
                black_box(&url),
            ))
        });
    });
    group.finish();
}

fn bench_analyze(c: &mut Criterion) {
    let safe = vec!["example.com".to_owned(), "qq.com/mp".to_owned()];
    let typical = format!("{}#/home", page_url());
    let mut big = String::from("https://mp.example.com/page?q=");
    while big.len() < 8 * 1024 {
        big.push_str("key=%E4%B8%AD&v=a b&");
    }
    let mut group = c.benchmark_group("analyze_url");
    for (name, url) in [("typical", &typical), ("8KB", &big)] {
        group.throughput(Throughput::Bytes(url.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| black_box(analyze_url(black_box(url), &safe)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_sign, bench_analyze);
criterion_main!(benches);
