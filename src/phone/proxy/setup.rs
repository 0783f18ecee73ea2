//! The setup page the proxy serves at its own address (PHONE.md §3): how to point the phone's
//! Wi-Fi at the proxy, install the CA profile and turn on full trust, and how to undo it all,
//! in Chinese and English on one page (the phone's language is not known to the proxy). The
//! words are the catalogue's; the steps are the same ones `wxsign phone proxy` prints.

use std::net::SocketAddr;

use super::{CA_PATH, CaInfo};
use crate::core::text::{Lang, Msg, msg};
use crate::i18n::Render;

/// The steps, in order, for `addr`.
pub fn steps(addr: SocketAddr) -> Vec<Msg> {
    let ip = addr.ip().to_string();
    let port = addr.port();
    vec![
        msg!("phone-proxy-step-wifi"),
        msg!("phone-proxy-step-proxy", ip = ip.as_str(), port = port),
        msg!(
            "phone-proxy-step-cert",
            url = format!("http://{addr}{CA_PATH}")
        ),
        msg!("phone-proxy-step-install"),
        msg!("phone-proxy-step-trust", name = super::CA_NAME),
        msg!("phone-proxy-step-open"),
    ]
}

/// How to undo it on the phone.
pub fn undo() -> Vec<Msg> {
    vec![
        msg!("phone-proxy-undo-proxy"),
        msg!("phone-proxy-undo-profile", name = super::CA_NAME),
        msg!("phone-proxy-undo-computer"),
    ]
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The whole page.
pub fn page(addr: SocketAddr, ca: &CaInfo) -> String {
    let mut html = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>wxsign</title><style>body{font:16px -apple-system,sans-serif;margin:1em;\
         line-height:1.5}li{margin:.4em 0}a.cert{display:inline-block;padding:.5em 1em;\
         background:#07c160;color:#fff;border-radius:6px;text-decoration:none}\
         code{word-break:break-all}</style></head><body>",
    );
    for lang in [Lang::Zh, Lang::En] {
        let attr = match lang {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        };
        html.push_str(&format!(
            "<section lang=\"{attr}\"><h1>{}</h1><p><a class=\"cert\" href=\"{CA_PATH}\">{}</a></p><ol>",
            escape(&msg!("phone-proxy-setup-title").get(lang)),
            escape(&msg!("phone-proxy-setup-download").get(lang)),
        ));
        for step in steps(addr) {
            html.push_str(&format!("<li>{}</li>", escape(&step.get(lang))));
        }
        html.push_str(&format!(
            "</ol><p>{}</p><h2>{}</h2><ul>",
            escape(
                &msg!(
                    "phone-proxy-setup-fingerprint",
                    name = ca.name.as_str(),
                    sha256 = ca.sha256.as_str()
                )
                .get(lang)
            ),
            escape(&msg!("phone-proxy-setup-undo-title").get(lang)),
        ));
        for step in undo() {
            html.push_str(&format!("<li>{}</li>", escape(&step.get(lang))));
        }
        html.push_str("</ul></section><hr>");
    }
    html.push_str("</body></html>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_setup_page_says_everything_in_both_languages() {
        let ca = CaInfo {
            name: super::super::CA_NAME.to_owned(),
            sha256: "AB:CD".to_owned(),
            key: "keyring".to_owned(),
            cert_file: "/tmp/x.pem".to_owned(),
            created: true,
        };
        let addr: SocketAddr = "192.168.1.5:8899".parse().unwrap();
        let html = page(addr, &ca);
        assert!(html.contains("192.168.1.5"), "{html}");
        assert!(html.contains("8899"));
        assert!(html.contains(CA_PATH));
        assert!(
            html.contains("证书信任设置"),
            "the zh steps name iOS's own setting"
        );
        assert!(html.contains("Certificate Trust Settings"));
        assert!(html.contains("AB:CD"));
        assert!(!html.contains("phone-proxy-"), "every id has words: {html}");
    }
}
