//! A pasted WeChat Pay call or reply (DOMAIN.md §12): `paySign`, `package: 'prepay_id=…'`,
//! `chooseWXPay`, `getBrandWCPayRequest`, `支付验证签名失败`. Its signature is another scheme
//! (merchant key, no ticket, no URL), so the verifier answers with that instead of searching.

use crate::core::text::Text;

/// What a pasted text says about WeChat Pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentPaste {
    /// The stable code of the answer (`wechat_pay`).
    pub code: &'static str,
    pub message: Text,
    /// `wx.chooseWXPay` got a lower-case `timestamp` while paySign covers `timeStamp`, or the
    /// reverse for `getBrandWCPayRequest`: said separately because it is the usual bug.
    pub timestamp_trap: Option<Text>,
}

/// Markers that only a payment paste has.
const MARKERS: [&str; 5] = [
    "paysign",
    "prepay_id=",
    "choosewxpay",
    "getbrandwcpayrequest",
    "支付验证签名失败",
];

/// `Some` when the text is a WeChat Pay call or reply rather than a wx.config signature.
pub fn payment_paste(text: &str) -> Option<PaymentPaste> {
    let lower = text.to_ascii_lowercase();
    if !MARKERS.iter().any(|m| lower.contains(m)) {
        return None;
    }
    let choose = lower.contains("choosewxpay");
    let bridge = lower.contains("getbrandwcpayrequest");
    let has_key = |key: &str| {
        text.match_indices(key).any(|(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + key.len()..]
                .trim_start_matches(['"', '\''])
                .trim_start();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                && (after.starts_with(':') || after.starts_with('='))
        })
    };
    let timestamp_trap = if choose && !has_key("timestamp") && has_key("timeStamp") {
        Some(Text::new(
            "wx.chooseWXPay takes timestamp in lower case; this call passes timeStamp, which chooseWXPay ignores: pass the value as timestamp (paySign still covers it under the key timeStamp).",
            "wx.chooseWXPay 的参数是小写的 timestamp；这里传的是 timeStamp，会被 chooseWXPay 忽略：请以 timestamp 传入（paySign 仍按键名 timeStamp 计算）。",
        ))
    } else if bridge && has_key("timestamp") && !has_key("timeStamp") {
        Some(Text::new(
            "getBrandWCPayRequest takes timeStamp with a capital S; this call passes timestamp: rename it to timeStamp, the key paySign covers.",
            "getBrandWCPayRequest 的参数是大写 S 的 timeStamp；这里传的是 timestamp：请改为 paySign 所覆盖的 timeStamp。",
        ))
    } else if choose || bridge {
        Some(Text::new(
            "The timestamp trap: wx.chooseWXPay takes timestamp (lower case) while paySign covers timeStamp (capital S); getBrandWCPayRequest takes timeStamp. Sign the same value under timeStamp.",
            "时间戳陷阱：wx.chooseWXPay 的参数是小写 timestamp，而 paySign 计算时的键名是 timeStamp（大写 S）；getBrandWCPayRequest 用 timeStamp。请用同一个值按 timeStamp 签名。",
        ))
    } else {
        None
    };
    Some(PaymentPaste {
        code: "wechat_pay",
        message: Text::new(
            "This is a WeChat Pay call or reply, not a wx.config signature: paySign is another scheme, made with the merchant API key and no jsapi_ticket and no URL (v2: the sorted k=v& pairs with &key=API_KEY, MD5 or HMAC-SHA256, upper-case hex; v3: RSA over appId\\ntimeStamp\\nnonceStr\\npackage\\n). Check it with the merchant key in the WeChat Pay tools; wx.config itself must pass first.",
            "这是微信支付的调用或返回，不是 wx.config 签名：paySign 是另一套算法，用商户 API 密钥计算，不用 jsapi_ticket，也不含 URL（v2：排序后的 k=v& 键值对加 &key=API密钥，MD5 或 HMAC-SHA256，大写十六进制；v3：对 appId\\ntimeStamp\\nnonceStr\\npackage\\n 做 RSA 签名）。请用商户密钥在微信支付工具中校验；wx.config 本身要先通过。",
        ),
        timestamp_trap,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payment_pastes_are_recognised() {
        let call = "wx.chooseWXPay({ timeStamp: '1414587457', nonceStr: 'abc', package: 'prepay_id=wx2017', signType: 'MD5', paySign: 'C380BEC2BFD727A4B6845133519F3AD6', success: function (res) {} });";
        let p = payment_paste(call).unwrap();
        assert_eq!(p.code, "wechat_pay");
        assert!(p.message.en.contains("merchant"));
        assert!(p.timestamp_trap.unwrap().en.contains("ignores"));
        let bridge = r#"WeixinJSBridge.invoke('getBrandWCPayRequest', {"appId":"wx1","timestamp":"1","nonceStr":"n","package":"prepay_id=1","signType":"RSA","paySign":"x"})"#;
        assert!(
            payment_paste(bridge)
                .unwrap()
                .timestamp_trap
                .unwrap()
                .en
                .contains("capital S")
        );
        let reply = r#"{"errMsg":"chooseWXPay:fail, 支付验证签名失败"}"#;
        assert!(payment_paste(reply).is_some());
        let ok = "wx.chooseWXPay({timestamp: 1, paySign: 'x', package: 'prepay_id=1'})";
        assert!(
            payment_paste(ok)
                .unwrap()
                .timestamp_trap
                .unwrap()
                .en
                .contains("trap")
        );
    }

    #[test]
    fn a_wx_config_is_not_a_payment() {
        let cfg = "wx.config({appId: 'wx1', timestamp: 1414587457, nonceStr: 'n', signature: 'abc', jsApiList: ['chooseImage']})";
        assert_eq!(payment_paste(cfg), None);
    }
}
