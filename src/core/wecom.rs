//! WeCom's two signatures for one page (DOMAIN.md §10): `wx.config` signed with the corp ticket,
//! `wx.agentConfig` with the agent ticket of one app, each with its own string1 — and the
//! snippets a page pastes: `wx.config({beta: true, ...})` + `wx.agentConfig({...})`, or the newer
//! `ww.register({... getConfigSignature, getAgentConfigSignature})`.

use serde::Serialize;

use super::sign::{self, Signature};

/// Both signatures of one URL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WecomSignatures {
    /// `wx.config`: the corp ticket.
    pub config: Signature,
    /// `wx.agentConfig`: the agent ticket of `agent_id`.
    pub agent_config: Signature,
}

/// The inputs of one call: its ticket and the nonce and timestamp it is signed with.
#[derive(Clone, Copy, Debug)]
pub struct CallInput<'a> {
    pub ticket: &'a str,
    pub noncestr: &'a str,
    pub timestamp: &'a str,
}

/// Signs `url` twice: config with the corp ticket, agentConfig with the agent ticket. Each call
/// gets its own nonce (a reused nonce is legal, a reused signature is the classic bug).
pub fn sign_both(config: CallInput<'_>, agent: CallInput<'_>, url: &str) -> WecomSignatures {
    WecomSignatures {
        config: sign::sign_text(config.ticket, config.noncestr, config.timestamp, url),
        agent_config: sign::sign_text(agent.ticket, agent.noncestr, agent.timestamp, url),
    }
}

/// `wx.config({beta: true, ...})` followed by `wx.agentConfig({...})`: the classic WeCom page.
/// `beta: true` is what lets `wx.invoke` reach WeCom's own APIs.
pub fn wx_snippet(
    corp_id: &str,
    agent_id: u64,
    sigs: &WecomSignatures,
    js_api_list: &[String],
) -> String {
    let list = list(js_api_list);
    let c = &sigs.config;
    let a = &sigs.agent_config;
    format!(
        "wx.config({{\n  beta: true,\n  debug: false,\n  appId: {corp},\n  timestamp: {cts},\n  nonceStr: {cn},\n  signature: {cs},\n  jsApiList: [{list}]\n}});\nwx.ready(function () {{\n  wx.agentConfig({{\n    corpid: {corp},\n    agentid: {agent_id},\n    timestamp: {ats},\n    nonceStr: {an},\n    signature: {asig},\n    jsApiList: [{list}],\n    success: function (res) {{}},\n    fail: function (res) {{\n      if (res.errMsg.indexOf('function not exist') > -1) {{\n        alert('WeCom is too old: update it');\n      }}\n    }}\n  }});\n}});",
        corp = js_str(corp_id),
        cts = js_number(&c.timestamp),
        cn = js_str(&c.noncestr),
        cs = js_str(&c.signature),
        ats = js_number(&a.timestamp),
        an = js_str(&a.noncestr),
        asig = js_str(&a.signature),
    )
}

/// `ww.register({...})` of `@wecom/jssdk`: the page asks the server for both triplets of each
/// URL; the values shown are the ones for the URL just signed.
pub fn ww_register_snippet(
    corp_id: &str,
    agent_id: u64,
    sigs: &WecomSignatures,
    js_api_list: &[String],
) -> String {
    let triplet = |s: &Signature| {
        format!(
            "{{ timestamp: {}, nonceStr: {}, signature: {} }}",
            js_number(&s.timestamp),
            js_str(&s.noncestr),
            js_str(&s.signature)
        )
    };
    format!(
        "ww.register({{\n  corpId: {corp},\n  agentId: {agent_id},\n  jsApiList: [{list}],\n  // Ask your server to sign `url` with the corp ticket:\n  getConfigSignature(url) {{\n    return {config};\n  }},\n  // ...and with the agent ticket of app {agent_id}:\n  getAgentConfigSignature(url) {{\n    return {agent};\n  }}\n}});",
        corp = js_str(corp_id),
        list = list(js_api_list),
        config = triplet(&sigs.config),
        agent = triplet(&sigs.agent_config),
    )
}

fn list(items: &[String]) -> String {
    items
        .iter()
        .map(|s| js_str(s))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Digits as a number (as the docs show), anything else quoted so the snippet stays valid JS.
fn js_number(s: &str) -> String {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        s.to_owned()
    } else {
        js_str(s)
    }
}

/// A single-quoted JS string literal (also the Official Account snippet's, in `ui::snippet`).
pub(crate) fn js_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TICKET: &str =
        "sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg";

    fn sigs() -> WecomSignatures {
        sign_both(
            CallInput {
                ticket: TICKET,
                noncestr: "Wm3WZYTPz0wzccnW",
                timestamp: "1414587457",
            },
            CallInput {
                ticket: "AGENT_TICKET",
                noncestr: "agentNonce123456",
                timestamp: "1414587457",
            },
            "http://mp.weixin.qq.com?params=value",
        )
    }

    #[test]
    fn config_is_the_documented_vector_and_agent_config_its_own_ticket() {
        let s = sigs();
        // The WeCom docs use the Official Account's worked example (DOMAIN.md §10).
        assert_eq!(
            s.config.signature,
            "0f9de62fce790f9a083d5c99e95740ceb90c27ed"
        );
        assert_eq!(
            s.agent_config.string1,
            "jsapi_ticket=AGENT_TICKET&noncestr=agentNonce123456&timestamp=1414587457&url=http://mp.weixin.qq.com?params=value"
        );
        assert_ne!(s.config.signature, s.agent_config.signature);
    }

    #[test]
    fn snippets_carry_both_calls() {
        let s = sigs();
        let apis = vec!["selectExternalContact".to_owned()];
        let wx = wx_snippet("ww0123456789abcdef", 1000002, &s, &apis);
        assert!(wx.starts_with("wx.config({\n  beta: true,"), "{wx}");
        assert!(wx.contains("signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed'"));
        assert!(wx.contains(
            "wx.agentConfig({\n    corpid: 'ww0123456789abcdef',\n    agentid: 1000002,"
        ));
        assert!(wx.contains(&format!("signature: '{}'", s.agent_config.signature)));
        assert!(wx.contains("jsApiList: ['selectExternalContact']"));
        let ww = ww_register_snippet("ww0123456789abcdef", 1000002, &s, &apis);
        assert!(
            ww.starts_with("ww.register({\n  corpId: 'ww0123456789abcdef',\n  agentId: 1000002,")
        );
        assert!(ww.contains("getConfigSignature(url) {\n    return { timestamp: 1414587457, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed' };"));
        assert!(ww.contains("getAgentConfigSignature(url) {"));
        assert!(ww.contains(&s.agent_config.signature));
    }
}
