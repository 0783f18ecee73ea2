//! What a "Get ticket" click costs: a cache hit (the common case, and every click after the first)
//! against a full stable_token + getticket round trip to a mock WeChat on loopback.
//!
//! Run with `cargo bench --bench client`.

use std::hint::black_box;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};
use wxsign::cache::CredentialCache;
use wxsign::profile::Profile;
use wxsign::secret::Secret;
use wxsign::secrets::{MemoryStore, SecretStore, Secrets, StoreHealth};
use wxsign::wechat::{Credentials, FetchOptions, TicketKind, no_log};

const APP_ID: &str = "wx0123456789abcdef";

fn credentials(store: Arc<dyn SecretStore>) -> Credentials {
    let secrets = Arc::new(Secrets::new(
        Arc::clone(&store),
        StoreHealth::MemoryByRequest,
        Some(Secret::new("bench-secret")),
    ));
    Credentials::new(secrets, Arc::new(CredentialCache::new(store)), no_log())
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let server = rt.block_on(async {
        let s = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/cgi-bin/stable_token"))
            .respond_with(ResponseTemplate::new(200).set_body_json(
                serde_json::json!({"access_token": "T".repeat(157), "expires_in": 7200}),
            ))
            .mount(&s)
            .await;
        Mock::given(method("GET"))
            .and(path("/cgi-bin/ticket/getticket"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "errcode": 0, "errmsg": "ok", "ticket": "K".repeat(86), "expires_in": 7200
            })))
            .mount(&s)
            .await;
        s
    });
    let mut profile = Profile::new("bench", APP_ID);
    profile.api_base = server.uri();
    let opts = FetchOptions::default();

    let warm = credentials(Arc::new(MemoryStore::default()));
    rt.block_on(warm.ticket(&profile, TicketKind::Jsapi, &opts))
        .unwrap();
    c.bench_function("ticket_cache_hit", |b| {
        b.iter(|| {
            let t = rt
                .block_on(warm.ticket(black_box(&profile), TicketKind::Jsapi, &opts))
                .unwrap();
            assert!(t.from_cache);
        })
    });

    // A fresh cache each time: token and ticket both go over HTTP.
    c.bench_function("ticket_cold_mock_round_trip", |b| {
        b.iter(|| {
            let cold = credentials(Arc::new(MemoryStore::default()));
            let t = rt
                .block_on(cold.ticket(black_box(&profile), TicketKind::Jsapi, &opts))
                .unwrap();
            assert!(!t.from_cache);
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = bench
}
criterion_main!(benches);
