//! The fake signing endpoint of the integration tests as a process, for the batch benchmark
//! (`scripts/bench-batch.sh`): prints `URI TICKET STALE_TICKET APP_ID` on one line, then serves
//! until killed. Local only: it listens on 127.0.0.1.

#[path = "../tests/cli/fake_endpoint.rs"]
mod fake_endpoint;

use std::io::Write;

#[tokio::main]
async fn main() {
    let server = fake_endpoint::start().await;
    println!(
        "{} {} {} {}",
        server.uri(),
        fake_endpoint::TICKET,
        fake_endpoint::STALE_TICKET,
        fake_endpoint::APP_ID
    );
    let _ = std::io::stdout().flush();
    std::future::pending::<()>().await;
}
