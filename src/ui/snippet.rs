//! The ready-to-paste config call (`wx.config({...})`, `dd.config({...})`,
//! `h5sdk.config({...})`), written from the platform's [`ConfigCall`]; the WeChat names it may
//! list are in `core::jsapi`.

use crate::core::sign::Signature;
use crate::core::wecom::js_str;
use crate::platform::ConfigCall;

/// The placeholder used when no profile gives an appId.
pub const APP_ID_PLACEHOLDER: &str = "YOUR_APPID";

/// The page's call with the values that were signed, under the names this call gives them. The
/// profile's id fills its field (a placeholder without a profile); ids the profile does not hold
/// (DingTalk's agentId, corpId) are placeholders the page replaces. The timestamp is written as a
/// number when it is all digits (as the docs show; Feishu requires it), otherwise quoted so the
/// snippet stays valid JS.
pub fn config_call(
    call: &ConfigCall,
    profile_id: Option<&str>,
    sig: &Signature,
    js_api_list: &[String],
    open_tag_list: &[String],
) -> String {
    let f = &call.fields;
    let ts = if !sig.timestamp.is_empty() && sig.timestamp.bytes().all(|b| b.is_ascii_digit()) {
        sig.timestamp.clone()
    } else {
        js_str(&sig.timestamp)
    };
    let list = |v: &[String]| v.iter().map(|s| js_str(s)).collect::<Vec<_>>().join(", ");
    let mut lines: Vec<String> = f.extra.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    for id in f.ids {
        let value = match profile_id {
            Some(own) if f.profile_id == Some(*id) => own.to_owned(),
            _ if f.profile_id == Some(*id) => APP_ID_PLACEHOLDER.to_owned(),
            _ => format!("YOUR_{}", id.to_ascii_uppercase()),
        };
        lines.push(format!("{id}: {}", js_str(&value)));
    }
    lines.push(format!("{}: {ts}", f.timestamp));
    lines.push(format!("{}: {}", f.nonce, js_str(&sig.noncestr)));
    lines.push(format!("{}: {}", f.signature, js_str(&sig.signature)));
    let apis = if f.wechat_api_list { js_api_list } else { &[] };
    lines.push(format!("jsApiList: [{}]", list(apis)));
    if f.wechat_api_list && !open_tag_list.is_empty() {
        lines.push(format!("openTagList: [{}]", list(open_tag_list)));
    }
    format!("{}({{\n  {}\n}});", call.js, lines.join(",\n  "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sign;

    #[test]
    fn snippet_shape() {
        let sig = sign::sign_text("t", "Wm3WZYTPz0wzccnW", "1414587457", "http://a.b/");
        let wx = &crate::platform::Platform::OfficialAccount.spec().calls[0];
        let s = config_call(
            wx,
            Some("wx123"),
            &sig,
            &["updateAppMessageShareData".to_owned()],
            &["wx-open-launch-weapp".to_owned()],
        );
        assert_eq!(
            s,
            format!(
                "wx.config({{\n  debug: false,\n  appId: 'wx123',\n  timestamp: 1414587457,\n  nonceStr: 'Wm3WZYTPz0wzccnW',\n  signature: '{}',\n  jsApiList: ['updateAppMessageShareData'],\n  openTagList: ['wx-open-launch-weapp']\n}});",
                sig.signature
            )
        );
        let odd = sign::sign_text("t", "it's", "12a", "u");
        let s = config_call(wx, Some("wx"), &odd, &[], &[]);
        assert!(s.contains("timestamp: '12a',"));
        assert!(s.contains("nonceStr: 'it\\'s',"));
        assert!(s.ends_with("jsApiList: []\n});"));
    }

    #[test]
    fn dingtalk_and_feishu_write_their_own_call() {
        use crate::platform::Platform;
        let sig = sign::sign_text("t", "abcdefg", "1414588745", "http://a.b/");
        let apis = ["chooseImage".to_owned()];
        let dd = config_call(
            &Platform::Dingtalk.spec().calls[0],
            Some("dingabc123456"),
            &sig,
            &apis,
            &apis,
        );
        assert_eq!(
            dd,
            format!(
                "dd.config({{\n  type: 0,\n  agentId: 'YOUR_AGENTID',\n  corpId: 'YOUR_CORPID',\n  timeStamp: 1414588745,\n  nonceStr: 'abcdefg',\n  signature: '{}',\n  jsApiList: []\n}});",
                sig.signature
            )
        );
        let fs = config_call(&Platform::Feishu.spec().calls[0], None, &sig, &apis, &[]);
        assert!(fs.starts_with("h5sdk.config({\n  appId: 'YOUR_APPID',\n  timestamp: 1414588745,"));
    }
}
