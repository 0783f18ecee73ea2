//! The ready-to-paste `wx.config({...})` snippet; the names it may list are in `core::jsapi`.

use crate::core::sign::Signature;
use crate::core::wecom::js_str;

/// The placeholder used when no profile gives an appId.
pub const APP_ID_PLACEHOLDER: &str = "YOUR_APPID";

/// `wx.config({...})` with the values that were signed. The timestamp is written as a number
/// when it is all digits (as the docs show), otherwise quoted so the snippet stays valid JS.
pub fn wx_config(
    app_id: &str,
    sig: &Signature,
    js_api_list: &[String],
    open_tag_list: &[String],
) -> String {
    let ts = if !sig.timestamp.is_empty() && sig.timestamp.bytes().all(|b| b.is_ascii_digit()) {
        sig.timestamp.clone()
    } else {
        js_str(&sig.timestamp)
    };
    let list = |v: &[String]| v.iter().map(|s| js_str(s)).collect::<Vec<_>>().join(", ");
    let mut out = String::from("wx.config({\n  debug: false,\n");
    out.push_str(&format!("  appId: {},\n", js_str(app_id)));
    out.push_str(&format!("  timestamp: {ts},\n"));
    out.push_str(&format!("  nonceStr: {},\n", js_str(&sig.noncestr)));
    out.push_str(&format!("  signature: {},\n", js_str(&sig.signature)));
    out.push_str(&format!("  jsApiList: [{}]", list(js_api_list)));
    if !open_tag_list.is_empty() {
        out.push_str(&format!(",\n  openTagList: [{}]", list(open_tag_list)));
    }
    out.push_str("\n});");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sign;

    #[test]
    fn snippet_shape() {
        let sig = sign::sign_text("t", "Wm3WZYTPz0wzccnW", "1414587457", "http://a.b/");
        let s = wx_config(
            "wx123",
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
        let s = wx_config("wx", &odd, &[], &[]);
        assert!(s.contains("timestamp: '12a',"));
        assert!(s.contains("nonceStr: 'it\\'s',"));
        assert!(s.ends_with("jsApiList: []\n});"));
    }
}
