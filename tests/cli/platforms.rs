//! Platforms as data: the client fetches any platform's token and ticket from its `ApiSpec`
//! (simulated servers on 127.0.0.1), and each platform's own commands and causes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use wxsign::platform::Platform;
use wxsign::profile::Timeouts;
use wxsign::secret::Secret;
use wxsign::wechat::{Fetched, LogEntry, RetryPolicy, WechatClient, WechatError};

use crate::cli::mock_wechat::{APP_ID, APP_SECRET, GETTICKET, STABLE, TICKET, TOKEN, happy, seen};

/// A client of `platform` on a simulated server, with its log.
pub fn client(base: &str, platform: Platform) -> (WechatClient, Arc<Mutex<Vec<LogEntry>>>) {
    let logs = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&logs);
    let c = WechatClient::new(
        base,
        Timeouts::default(),
        Arc::new(move |e| sink.lock().unwrap().push(e)),
        RetryPolicy {
            busy_delay: Duration::from_millis(10),
            network_backoff: vec![Duration::from_millis(10)],
        },
    )
    .unwrap()
    .with_platform(platform);
    (c, logs)
}

/// Token then ticket through the platform's `ApiSpec`.
pub async fn token_then_ticket(
    c: &WechatClient,
    platform: Platform,
    id: &str,
    secret: &str,
) -> Result<(Fetched, Fetched), WechatError> {
    let api = &platform.spec().api;
    let token = c.spec_token(&api.token, id, &Secret::new(secret)).await?;
    let ticket = c.spec_ticket(&api.ticket, id, &token.value).await?;
    Ok((token, ticket))
}

/// The Official Account's `ApiSpec` says what its own client methods do: the generic path
/// reaches the simulated WeChat server's stable_token and getticket with the same requests.
#[tokio::test]
async fn the_official_account_api_as_data_reaches_the_simulated_wechat() {
    let server = happy(None).await;
    let (c, logs) = client(&server.uri(), Platform::OfficialAccount);
    let spec = Platform::OfficialAccount.spec();
    assert_eq!(spec.api.token.path, STABLE);
    assert_eq!(spec.api.ticket.path, GETTICKET);
    let (token, ticket) = token_then_ticket(&c, Platform::OfficialAccount, APP_ID, APP_SECRET)
        .await
        .unwrap();
    assert_eq!(token.value.reveal(), TOKEN);
    assert_eq!((ticket.value.reveal(), ticket.expires_in), (TICKET, 7200));
    let body = seen(&server).await;
    assert!(
        body.contains(r#""grant_type":"client_credential""#),
        "{body}"
    );
    assert!(body.contains(APP_ID), "{body}");
    let logs = logs.lock().unwrap();
    let methods: Vec<&str> = logs.iter().map(|l| l.method).collect();
    assert_eq!(methods, ["POST", "GET"]);
    assert!(
        logs.iter().all(|l| !l.outcome.contains(APP_SECRET)),
        "no secret in the log"
    );
}
