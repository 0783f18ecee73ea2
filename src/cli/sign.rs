//! `wxsign sign`: string1 and the signature from explicit values.
//!
//! The URL is signed exactly as given: this command is for reproducing what a server did, so it
//! never rewrites anything. It only warns on stderr when `check-url` would call the URL wrong.

use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use clap::builder::{NonEmptyStringValueParser, TypedValueParser};

use super::output::{self, LangArg};
use crate::core::sign;
use crate::core::text::Lang;
use crate::core::urlcheck::{self, Severity};
use crate::secret::Secret;

/// The arguments of `sign`, kept in one struct so options such as a profile can be added.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The jsapi_ticket (may start with '-'; `--ticket=-x` also works).
    #[arg(
        long,
        allow_hyphen_values = true,
        value_parser = NonEmptyStringValueParser::new().map(Secret::from)
    )]
    pub ticket: Secret,
    /// The page URL exactly as the page sees it (location.href.split('#')[0]); signed as given.
    #[arg(long, allow_hyphen_values = true, value_parser = NonEmptyStringValueParser::new())]
    pub url: String,
    /// Nonce; a random 16-character one when omitted.
    #[arg(long, allow_hyphen_values = true, value_parser = NonEmptyStringValueParser::new())]
    pub noncestr: Option<String>,
    /// Seconds since the epoch; now when omitted.
    #[arg(long)]
    pub timestamp: Option<u64>,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
    /// Language of the warnings [default: from LANG].
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
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
    warn_about_url(&args.url, output::resolve_lang(args.lang));
    let sig = sign::sign(args.ticket.reveal(), &noncestr, timestamp, &args.url);
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

/// Tells the user on stderr when the URL cannot be what a page reports, without changing what
/// is signed (stdout stays exactly the requested output).
fn warn_about_url(url: &str, lang: Lang) {
    let analysis = urlcheck::analyze_url(url, &[]);
    let style = output::WARNING;
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
    {
        anstream::eprintln!(
            "{style}warning:{style:#} [{}] {} {}",
            f.code,
            f.message.get(lang),
            f.fix.get(lang)
        );
    }
    if let Some(sign_url) = &analysis.sign_url
        && sign_url != url
    {
        let (en, zh) = (
            "note: a browser reports this page as",
            "提示：浏览器中该页面的地址是",
        );
        let lead = if lang == Lang::Zh { zh } else { en };
        anstream::eprintln!("{lead} {}", output::printable(sign_url));
    }
}
