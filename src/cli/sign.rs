//! `wxsign sign`: string1 and the signature from explicit values.

use std::process::ExitCode;

use anyhow::Context;
use clap::Args;

use super::output;
use crate::core::sign;

#[derive(Debug, Args)]
pub struct SignArgs {
    /// The jsapi_ticket (may start with '-').
    #[arg(long, allow_hyphen_values = true)]
    pub ticket: String,
    /// The page URL exactly as the page sees it (location.href.split('#')[0]).
    #[arg(long, allow_hyphen_values = true)]
    pub url: String,
    /// Nonce; a random 16-character one when omitted.
    #[arg(long, allow_hyphen_values = true)]
    pub noncestr: Option<String>,
    /// Seconds since the epoch; now when omitted.
    #[arg(long)]
    pub timestamp: Option<u64>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: SignArgs) -> anyhow::Result<ExitCode> {
    let noncestr = match args.noncestr {
        Some(n) => n,
        None => sign::generate_nonce(&mut rand::rng(), sign::DEFAULT_NONCE_LEN)
            .context("generating a nonce")?,
    };
    let timestamp = args
        .timestamp
        .unwrap_or_else(|| sign::timestamp_at(std::time::SystemTime::now()));
    let sig = sign::sign(&args.ticket, &noncestr, timestamp, &args.url);
    if args.json {
        let v = serde_json::json!({
            "string1": sig.string1,
            "signature": sig.signature,
            "jsapi_ticket": sig.jsapi_ticket,
            "noncestr": sig.noncestr,
            "timestamp": timestamp,
            "url": sig.url,
        });
        println!("{v}");
    } else {
        output::field(9, "string1", &sig.string1);
        output::field(9, "signature", &sig.signature);
    }
    Ok(ExitCode::SUCCESS)
}
