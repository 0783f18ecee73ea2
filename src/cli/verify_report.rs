//! The parts of `wxsign verify`'s output added for issue 11: the realAuthUrl comparison (the two
//! URLs with their difference highlighted) and the one answer a pasted WeChat Pay call gets.

use std::process::ExitCode;

use super::output::{self, ERROR, INFO, Output, WARNING};
use crate::core::parse::PaymentPaste;
use crate::core::text::Lang;
use crate::core::verify::RealAuthReport;
use crate::i18n::{Render, text};

const WIDTH: usize = 11;

/// A WeChat Pay paste: not a wx.config signature, so no search; exit 1.
pub(super) fn print_payment(p: &PaymentPaste, out: Output) -> ExitCode {
    let lang = out.lang;
    if out.json {
        let notes: Vec<String> = p.timestamp_trap.iter().map(|t| t.get(Lang::En)).collect();
        println!(
            "{}",
            serde_json::json!({
                "match": false,
                "scheme": "wechat_pay",
                "causes": [{"code": p.code, "severity": "error", "message": p.message.get(Lang::En)}],
                "notes": notes,
            })
        );
    } else {
        output::field(
            WIDTH,
            text(lang, "cli-label-result"),
            &format!("{ERROR}{}{ERROR:#}", text(lang, "cli-verify-payment")),
        );
        output::field(
            WIDTH,
            text(lang, "cli-label-cause"),
            &format!("{ERROR}{}{ERROR:#}", p.code),
        );
        output::field(WIDTH, "", &p.message.get(lang));
        if let Some(t) = &p.timestamp_trap {
            output::field(
                WIDTH,
                text(lang, "cli-label-warning"),
                &format!("{WARNING}{}{WARNING:#}", t.get(lang)),
            );
        }
    }
    ExitCode::from(1)
}

pub(super) fn real_auth_json(r: &RealAuthReport) -> serde_json::Value {
    let findings: Vec<_> = r
        .findings
        .iter()
        .map(|f| {
            serde_json::json!({
                "code": f.code,
                "message": f.message.get(Lang::En),
                "signed_url": f.signed_url,
                "real_auth_url": f.real_auth_url,
            })
        })
        .collect();
    let notes: Vec<String> = r.notes.iter().map(|n| n.get(Lang::En)).collect();
    serde_json::json!({ "urls": r.urls, "fits": r.fits, "findings": findings, "notes": notes })
}

/// Each realAuthUrl finding, then the signed URL and realAuthUrl one above the other with the
/// characters that differ in colour.
pub(super) fn print_real_auth(r: &RealAuthReport, lang: Lang) {
    for f in &r.findings {
        println!();
        output::field(
            WIDTH,
            "realAuthUrl",
            &format!("{WARNING}{}{WARNING:#}", f.code),
        );
        output::field(WIDTH, "", &f.message.get(lang));
        if let Some(signed) = &f.signed_url {
            output::field(
                WIDTH,
                text(lang, "cli-verify-signed"),
                &output::highlight(&f.real_auth_url, signed),
            );
            output::field(
                WIDTH,
                text(lang, "cli-verify-verified"),
                &output::highlight(signed, &f.real_auth_url),
            );
        }
    }
    for (i, n) in r.notes.iter().enumerate() {
        let label = if i == 0 {
            text(lang, "cli-label-notes")
        } else {
            ""
        };
        output::field(WIDTH, label, &format!("{INFO}{}{INFO:#}", n.get(lang)));
    }
}
