//! A pasted WeChat Pay call or reply (DOMAIN.md §12): `paySign`, `package: 'prepay_id=…'`,
//! `chooseWXPay`, `getBrandWCPayRequest`, `支付验证签名失败`. Its signature is another scheme
//! (merchant key, no ticket, no URL), so the verifier answers with that instead of searching.

use crate::core::text::{Msg, msg};

/// What a pasted text says about WeChat Pay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentPaste {
    /// The stable code of the answer (`wechat_pay`).
    pub code: &'static str,
    pub message: Msg,
    /// `wx.chooseWXPay` got a lower-case `timestamp` while paySign covers `timeStamp`, or the
    /// reverse for `getBrandWCPayRequest`: said separately because it is the usual bug.
    pub timestamp_trap: Option<Msg>,
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
        Some(msg!("parse-payment-choose-timestamp"))
    } else if bridge && has_key("timestamp") && !has_key("timeStamp") {
        Some(msg!("parse-payment-bridge-timestamp"))
    } else if choose || bridge {
        Some(msg!("parse-payment-timestamp-trap"))
    } else {
        None
    };
    Some(PaymentPaste {
        code: "wechat_pay",
        message: msg!("parse-payment"),
        timestamp_trap,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    #[test]
    fn payment_pastes_are_recognised() {
        let call = "wx.chooseWXPay({ timeStamp: '1414587457', nonceStr: 'abc', package: 'prepay_id=wx2017', signType: 'MD5', paySign: 'C380BEC2BFD727A4B6845133519F3AD6', success: function (res) {} });";
        let p = payment_paste(call).unwrap();
        assert_eq!(p.code, "wechat_pay");
        assert!(p.message.get(Lang::En).contains("merchant"));
        assert!(p.timestamp_trap.unwrap().get(Lang::En).contains("ignores"));
        let bridge = r#"WeixinJSBridge.invoke('getBrandWCPayRequest', {"appId":"wx1","timestamp":"1","nonceStr":"n","package":"prepay_id=1","signType":"RSA","paySign":"x"})"#;
        assert!(
            payment_paste(bridge)
                .unwrap()
                .timestamp_trap
                .unwrap()
                .get(Lang::En)
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
                .get(Lang::En)
                .contains("trap")
        );
    }

    #[test]
    fn a_wx_config_is_not_a_payment() {
        let cfg = "wx.config({appId: 'wx1', timestamp: 1414587457, nonceStr: 'n', signature: 'abc', jsApiList: ['chooseImage']})";
        assert_eq!(payment_paste(cfg), None);
    }
}
