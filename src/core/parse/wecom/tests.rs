use super::*;
use crate::core::parse::parse;
use crate::core::text::Lang;
use crate::i18n::Render;

const CORP: &str = "ww0123456789abcdef";

/// The classic page: callbacks of every shape in both calls.
const PAGE: &str = r#"
wx.config({
  beta: true,
  debug: false,
  appId: 'ww0123456789abcdef',
  timestamp: 1414587457,
  nonceStr: 'Wm3WZYTPz0wzccnW',
  signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed',
  jsApiList: ['selectExternalContact'],
  success: function (res) { console.log('}', res); },
});
wx.ready(function () {
  wx.agentConfig({
    corpid: 'ww0123456789abcdef',
    agentid: '1000002',
    timestamp: 1414587458,
    nonceStr: 'agentNonce',
    signature: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
    jsApiList: ['selectExternalContact'],
    success: (res) => { done(res) },
    fail: res => alert(res.errMsg),
    complete() { console.log('done') }
  });
});
"#;

#[test]
fn both_calls_with_their_callbacks() {
    let p = parse_wecom(PAGE).unwrap();
    assert_eq!(p.form, PasteForm::Calls);
    assert_eq!(p.beta, Some(true));
    let c = p.config.unwrap();
    assert_eq!(c.app_id.as_deref(), Some(CORP));
    assert_eq!(
        c.signature.as_deref(),
        Some("0f9de62fce790f9a083d5c99e95740ceb90c27ed")
    );
    let a = p.agent_config.unwrap();
    assert_eq!(a.corp_id.as_deref(), Some(CORP));
    assert_eq!(a.agent_id.as_deref(), Some("1000002"));
    assert_eq!(a.fields.timestamp.as_deref(), Some("1414587458"));
    assert_eq!(a.fields.nonce_str.as_deref(), Some("agentNonce"));
    assert_eq!(a.fields.js_api_list, ["selectExternalContact"]);
}

/// The old bug: a wx.config paste holding a function failed to parse.
#[test]
fn a_wx_config_with_callbacks_parses_with_the_plain_parser() {
    let c = parse(
        "wx.config({ debug: true, appId: 'wx1', timestamp: 1, nonceStr: 'n', signature: 's',\n  success: function (res) { if (res) {} },\n  fail: (err) => { console.error(err) },\n  complete: () => null })",
    )
    .unwrap();
    assert_eq!(c.debug, Some(true));
    assert_eq!(c.signature.as_deref(), Some("s"));
    // An agentConfig alone reads as a config (the plain verify path) too.
    let a = parse("wx.agentConfig({corpid: 'ww1', agentid: 1000002, timestamp: 2, nonceStr: 'm', signature: 't', success: function () {}})").unwrap();
    assert_eq!(a.nonce_str.as_deref(), Some("m"));
}

#[test]
fn ww_register_with_the_triplets_its_callbacks_return() {
    let js = r#"ww.register({
      corpId: 'ww0123456789abcdef',
      agentId: 1000002,
      jsApiList: ['getContext'],
      async getConfigSignature(url) {
        return { timestamp: 1414587457, nonceStr: 'Wm3WZYTPz0wzccnW', signature: 'c0ffee' }
      },
      getAgentConfigSignature: async (url) => {
        return { timestamp: 1414587457, nonceStr: 'Wm3WZYTPz0wzccnW', signature: 'beef' }
      },
      onConfigFail: (e) => console.log(e),
    })"#;
    let p = parse_wecom(js).unwrap();
    assert_eq!(p.form, PasteForm::WwRegister);
    let c = p.config.unwrap();
    assert_eq!(
        (c.signature.as_deref(), c.app_id.as_deref()),
        (Some("c0ffee"), Some(CORP))
    );
    assert_eq!(c.js_api_list, ["getContext"]);
    let a = p.agent_config.unwrap();
    assert_eq!(a.fields.signature.as_deref(), Some("beef"));
    assert_eq!(a.agent_id.as_deref(), Some("1000002"));
    assert_eq!(a.corp_id.as_deref(), Some(CORP));
}

#[test]
fn endpoint_replies_with_both_triplets() {
    for reply in [
        // Nested objects, wrapped.
        r#"{"code":0,"data":{"config":{"appId":"ww0123456789abcdef","timestamp":1,"nonceStr":"n","signature":"s1"},
            "agentConfig":{"corpid":"ww0123456789abcdef","agentid":1000002,"timestamp":2,"nonceStr":"m","signature":"s2"}}}"#,
        // Prefixed keys.
        r#"{"corpId":"ww0123456789abcdef","timestamp":1,"nonceStr":"n","signature":"s1",
            "agentId":1000002,"agentTimestamp":2,"agentNonceStr":"m","agentSignature":"s2"}"#,
        // snake_case prefixes, inside `result`.
        r#"{"result":{"corp_id":"ww0123456789abcdef","timestamp":"1","nonce_str":"n","signature":"s1",
            "agent_id":"1000002","agent_config_timestamp":"2","agent_config_nonce_str":"m","agent_config_signature":"s2"}}"#,
        // Flat config next to a nested agent object.
        r#"{"appId":"ww0123456789abcdef","timestamp":1,"nonceStr":"n","signature":"s1",
            "agent":{"agentid":1000002,"timestamp":2,"nonceStr":"m","signature":"s2"}}"#,
    ] {
        let p = parse_wecom(reply).unwrap_or_else(|e| panic!("{reply}: {e}"));
        assert_eq!(p.form, PasteForm::Endpoint);
        let c = p.config.unwrap_or_else(|| panic!("no config in {reply}"));
        assert_eq!(
            (c.timestamp.as_deref(), c.signature.as_deref()),
            (Some("1"), Some("s1")),
            "{reply}"
        );
        let a = p
            .agent_config
            .unwrap_or_else(|| panic!("no agentConfig in {reply}"));
        assert_eq!(a.fields.timestamp.as_deref(), Some("2"), "{reply}");
        assert_eq!(a.fields.nonce_str.as_deref(), Some("m"), "{reply}");
        assert_eq!(a.fields.signature.as_deref(), Some("s2"), "{reply}");
        assert_eq!(a.agent_id.as_deref(), Some("1000002"), "{reply}");
    }
    // A plain Official Account reply is a config alone.
    let p = parse_wecom(r#"{"timestamp":1,"nonceStr":"n","signature":"s"}"#).unwrap();
    assert!(p.config.is_some() && p.agent_config.is_none());
    assert!(!has_agent_config(
        &serde_json::json!({"timestamp":1,"nonceStr":"n","signature":"s"})
    ));
    assert!(parse_wecom("{\"errcode\": 42012}").is_err());
}

#[test]
fn wecom_client_errors() {
    let e = parse_client_error(
        r#"{"errMsg":"agentConfig:invalid signature, more info at https://open.work.weixin.qq.com/devtool/query?e=40093"}"#,
    )
    .unwrap();
    assert_eq!(
        (e.call, e.code),
        (Some(WecomCall::AgentConfig), Some(40093))
    );
    assert!(
        e.meaning.get(Lang::En).contains("agent ticket"),
        "{}",
        e.meaning.get(Lang::En)
    );
    assert!(e.fix.get(Lang::En).contains("--agent-ticket"));
    let e = parse_client_error("config:invalid signature e=40093").unwrap();
    assert_eq!(e.call, Some(WecomCall::Config));
    assert!(e.meaning.get(Lang::En).contains("corp ticket"));
    let e = parse_client_error("agentConfig:fail, errcode 80001").unwrap();
    assert_eq!(e.code, Some(80001));
    assert!(
        e.meaning.get(Lang::Zh).contains("可信域名")
            && e.fix.get(Lang::En).contains("WeChat DevTools")
    );
    assert!(parse_client_error("everything fine").is_none());
}
