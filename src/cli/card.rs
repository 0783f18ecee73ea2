//! `wxsign sign --card addcard|choosecard` and `wxsign verify --card …`: the card signature
//! (DOMAIN.md §11) with the wx_card ticket, and why a server's card signature fails.

use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::output::{self, ERROR, INFO, OK, Output};
use super::usage::usage;
use crate::core::card::{self, CardApi, CardValues, CardVerifyInput};
use crate::core::text::{Lang, msg};
use crate::i18n::{Render, text};
use crate::secret::{self, Secret};

/// Which card API (`--card`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CardArg {
    /// wx.addCard's cardExt.signature.
    Addcard,
    /// wx.chooseCard's cardSign.
    Choosecard,
}

impl From<CardArg> for CardApi {
    fn from(c: CardArg) -> Self {
        match c {
            CardArg::Addcard => CardApi::AddCard,
            CardArg::Choosecard => CardApi::ChooseCard,
        }
    }
}

/// The card values shared by `sign --card` and `verify --card`.
#[derive(Debug, Args, Default)]
pub struct CardArgs {
    /// Sign (or verify) a card signature instead of wx.config's: the values sorted and
    /// concatenated, SHA-1, with the wx_card ticket as --ticket.
    #[arg(long, value_enum, value_name = "API")]
    pub card: Option<CardArg>,
    /// The card_id (with --card).
    #[arg(long, value_name = "ID", allow_hyphen_values = true, requires = "card")]
    pub card_id: Option<String>,
    /// addCard: the card code, when cardExt carries one.
    #[arg(
        long,
        value_name = "CODE",
        allow_hyphen_values = true,
        requires = "card"
    )]
    pub code: Option<String>,
    /// addCard: the openid, when cardExt carries one.
    #[arg(
        long,
        value_name = "OPENID",
        allow_hyphen_values = true,
        requires = "card"
    )]
    pub openid: Option<String>,
    /// chooseCard: the appId.
    #[arg(long, value_name = "APPID", requires = "card")]
    pub app_id: Option<String>,
    /// chooseCard: the location (shop) id.
    #[arg(long, value_name = "ID", requires = "card")]
    pub location_id: Option<String>,
    /// chooseCard: the card type (e.g. GROUPON).
    #[arg(long, value_name = "TYPE", requires = "card")]
    pub card_type: Option<String>,
}

impl CardArgs {
    /// Card values without `--card` are a usage error (exit 2), like clap's own; `extra` names
    /// further card-only options the command saw (`--jsapi-ticket`).
    pub fn check_usage(&self, extra: &[(bool, &str)], lang: Lang) -> anyhow::Result<()> {
        if self.card.is_some() {
            return Ok(());
        }
        let set = [
            (self.card_id.is_some(), "--card-id"),
            (self.code.is_some(), "--code"),
            (self.openid.is_some(), "--openid"),
            (self.app_id.is_some(), "--app-id"),
            (self.location_id.is_some(), "--location-id"),
            (self.card_type.is_some(), "--card-type"),
        ];
        match set.iter().chain(extra).find(|(on, _)| *on) {
            Some((_, name)) => Err(usage(msg!("cli-card-value-alone", name = *name).get(lang))),
            None => Ok(()),
        }
    }

    /// The values as typed (the ticket and signature come separately).
    pub fn values(&self, timestamp: &str, nonce: &str) -> CardValues {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        CardValues {
            api_ticket: String::new(),
            timestamp: timestamp.to_owned(),
            nonce_str: nonce.to_owned(),
            card_id: s(&self.card_id),
            code: s(&self.code),
            openid: s(&self.openid),
            app_id: s(&self.app_id),
            location_id: s(&self.location_id),
            card_type: s(&self.card_type),
        }
    }
}

/// Which values the chosen API ignores, said on stderr so a user does not think they count.
fn warn_ignored(api: CardApi, args: &CardArgs, lang: Lang) {
    let ignored: Vec<&str> = match api {
        CardApi::AddCard => [
            (args.app_id.is_some(), "--app-id"),
            (args.location_id.is_some(), "--location-id"),
            (args.card_type.is_some(), "--card-type"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect(),
        CardApi::ChooseCard => [
            (args.code.is_some(), "--code"),
            (args.openid.is_some(), "--openid"),
        ]
        .into_iter()
        .filter_map(|(set, name)| set.then_some(name))
        .collect(),
    };
    if ignored.is_empty() {
        return;
    }
    let list = ignored.join(", ");
    let warning = msg!("cli-card-ignored", api = api.name(), list = list);
    anstream::eprintln!(
        "{} [card_value_ignored] {}",
        output::warning_prefix(lang),
        warning.get(lang)
    );
}

/// `sign --card`: prints the sorted concatenation and its SHA-1 (the first ticket of `c`).
pub fn sign(c: &CardCheck<'_>) -> ExitCode {
    let lang = c.out.lang;
    warn_ignored(c.api, c.args, lang);
    let ticket = c.tickets.first().cloned().unwrap_or_default();
    let mut values = c.args.values(&c.timestamp, &c.nonce);
    values.api_ticket = ticket.reveal().to_owned();
    let mut sig = card::sign_card(c.api, &values);
    if c.redact && !ticket.is_empty() {
        sig.string1 = secret::redact_in(&sig.string1, [ticket.reveal()]);
    }
    if c.out.json {
        println!(
            "{}",
            serde_json::json!({ "string1": sig.string1, "signature": sig.signature })
        );
    } else {
        output::field(9, "string1", &sig.string1);
        output::field(9, text(lang, "cli-label-signature"), &sig.signature);
    }
    ExitCode::SUCCESS
}

/// What `sign --card` and `verify --card` need besides the card values.
pub struct CardCheck<'a> {
    pub api: CardApi,
    pub args: &'a CardArgs,
    /// wx_card tickets, the current one first.
    pub tickets: Vec<Secret>,
    pub jsapi_tickets: Vec<Secret>,
    pub timestamp: String,
    pub nonce: String,
    /// Empty for `sign`.
    pub signature: String,
    /// Tickets to show as previews only (fetched ones).
    pub redact: bool,
    pub out: Output,
}

/// `verify --card`: exit 0 on a match, 1 otherwise, in the format of `verify`.
pub fn verify(c: CardCheck<'_>) -> ExitCode {
    let lang = c.out.lang;
    warn_ignored(c.api, c.args, lang);
    let input = CardVerifyInput {
        api: c.api,
        values: c.args.values(&c.timestamp, &c.nonce),
        tickets: c.tickets.clone(),
        jsapi_tickets: c.jsapi_tickets.clone(),
        signature: c.signature.clone(),
    };
    let mut v = card::verify_card(&input);
    if c.redact {
        let tickets: Vec<&str> = c
            .tickets
            .iter()
            .chain(&c.jsapi_tickets)
            .map(Secret::reveal)
            .collect();
        let hide = |s: &mut String| *s = secret::redact_in(s, tickets.iter().copied());
        hide(&mut v.expected.string1);
        v.causes
            .iter_mut()
            .for_each(|cause| hide(&mut cause.string1));
    }
    if c.out.json {
        let severity = if v.matched { "warning" } else { "error" };
        let causes: Vec<_> = v
            .causes
            .iter()
            .map(|x| serde_json::json!({"code": x.code, "severity": severity, "message": x.message.get(Lang::En), "string1": x.string1}))
            .collect();
        let notes: Vec<String> = v.notes.iter().map(|n| n.get(Lang::En)).collect();
        println!(
            "{}",
            serde_json::json!({
                "match": v.matched,
                "card": c.api,
                "expected_signature": v.expected.signature,
                "string1": v.expected.string1,
                "causes": causes,
                "notes": notes,
                "tried": v.tried,
            })
        );
    } else {
        const W: usize = 9;
        let verdict = if v.matched {
            format!("{OK}{}{OK:#}", text(lang, "cli-verdict-match"))
        } else {
            format!("{ERROR}{}{ERROR:#}", text(lang, "cli-verdict-mismatch"))
        };
        output::field(W, text(lang, "cli-label-result"), &verdict);
        output::field(W, text(lang, "cli-card-card"), c.api.name());
        output::field(W, text(lang, "cli-label-expected"), &v.expected.signature);
        output::field(W, text(lang, "cli-label-got"), c.signature.trim());
        output::field(W, "string1", &v.expected.string1);
        for cause in &v.causes {
            println!();
            output::field(
                W,
                text(lang, "cli-label-cause"),
                &format!("{ERROR}{}{ERROR:#}", cause.code),
            );
            output::field(W, "", &cause.message.get(lang));
            output::field(
                W,
                "string1",
                &output::highlight(&v.expected.string1, &cause.string1),
            );
        }
        if !v.notes.is_empty() {
            println!();
        }
        for (i, n) in v.notes.iter().enumerate() {
            let label = if i == 0 {
                text(lang, "cli-label-notes")
            } else {
                ""
            };
            output::field(W, label, &format!("{INFO}{}{INFO:#}", n.get(lang)));
        }
    }
    if v.matched {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
