use super::*;
use crate::core::text::Lang;
use crate::i18n::Render;

fn ok(input: &str) -> ServerConfig {
    match parse(input) {
        Ok(c) => c,
        Err(e) => panic!("{input}: {e}"),
    }
}

fn err(input: &str) -> ParseError {
    match parse(input) {
        Ok(c) => panic!("{input}: parsed as {c:?}"),
        Err(e) => e,
    }
}

fn sample() -> ServerConfig {
    ServerConfig {
        app_id: Some("wx1234".into()),
        timestamp: Some("1414587457".into()),
        nonce_str: Some("Wm3WZYTPz0wzccnW".into()),
        signature: Some("0f9de62fce790f9a083d5c99e95740ceb90c27ed".into()),
        ..ServerConfig::default()
    }
}

#[test]
fn endpoint_replies_in_every_spelling() {
    let cases = [
        r#"{"appId":"wx1234","timestamp":"1414587457","nonceStr":"Wm3WZYTPz0wzccnW","signature":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}"#,
        r#"{"app_id":"wx1234","timestamp":1414587457,"nonce_str":"Wm3WZYTPz0wzccnW","signature":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}"#,
        r#"{"appid":"wx1234","timestamp":1414587457,"noncestr":"Wm3WZYTPz0wzccnW","sign":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}"#,
        r#"{"code":0,"msg":"ok","data":{"appId":"wx1234","timestamp":1414587457,"nonceStr":"Wm3WZYTPz0wzccnW","signature":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}}"#,
        r#"{"data":{"APPID":"wx1234","TimeStamp":"1414587457","NONCE_STR":"Wm3WZYTPz0wzccnW","Signature":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}}"#,
        r#"{"status":"ok","result":{"config":{"appId":"wx1234","timestamp":1414587457.0,"nonce":"Wm3WZYTPz0wzccnW","signature":"0f9de62fce790f9a083d5c99e95740ceb90c27ed"}}}"#,
    ];
    for c in cases {
        assert_eq!(ok(c), sample(), "{c}");
    }
}

#[test]
fn double_encoded_data() {
    let c = ok(
        r#"{"code":0,"data":"{\"appId\":\"wx1234\",\"timestamp\":1414587457,\"nonceStr\":\"Wm3WZYTPz0wzccnW\",\"signature\":\"0f9de62fce790f9a083d5c99e95740ceb90c27ed\"}"}"#,
    );
    assert_eq!(c, sample());
    // A plain string under a wrapper name stays a string (and is no config).
    assert!(parse(r#"{"data":"not json","signature":"s"}"#).is_ok());
}

#[test]
fn url_echo_and_lists() {
    let c = ok(
        r#"{"data":{"url":"https://a.com/","signature":"x","jsApiList":["chooseImage"],"debug":"true"}}"#,
    );
    assert_eq!(c.url.as_deref(), Some("https://a.com/"));
    assert_eq!(c.js_api_list, ["chooseImage"]);
    assert_eq!(c.debug, Some(true));
}

#[test]
fn wx_config_call_with_javascript_syntax() {
    let js = r#"
<script>
  // configure the SDK
  wx.config({
    debug: true, /* remove in production */
    appId: 'wx1234',
    timestamp: 1414587457, // seconds
    nonceStr: 'Wm3WZYTPz0wzccnW',
    signature: "0f9de62fce790f9a083d5c99e95740ceb90c27ed",
    jsApiList: ['updateAppMessageShareData', 'chooseImage',],
    openTagList: ['wx-open-launch-weapp'],
  });
  wx.ready(function () { console.log('}'); });
</script>"#;
    let c = ok(js);
    assert_eq!(
        ServerConfig {
            js_api_list: vec![],
            open_tag_list: vec![],
            debug: None,
            ..c.clone()
        },
        sample()
    );
    assert_eq!(c.debug, Some(true));
    assert_eq!(c.js_api_list, ["updateAppMessageShareData", "chooseImage"]);
    assert_eq!(c.open_tag_list, ["wx-open-launch-weapp"]);
}

#[test]
fn object_literal_assigned_to_a_variable() {
    // `wx.config(cfg)` passes a variable: the literal above it is used.
    let c = ok("const cfg = { timestamp: '1', nonceStr: 'n', signature: 's' };\nwx.config(cfg);");
    assert_eq!(c.nonce_str.as_deref(), Some("n"));
}

#[test]
fn object_literal_without_a_call() {
    let c = ok("var cfg = { timestamp: '1', nonceStr: 'n', signature: 's', };");
    assert_eq!(c.timestamp.as_deref(), Some("1"));
    assert_eq!(c.signature.as_deref(), Some("s"));
}

#[test]
fn positions_point_at_the_problem() {
    // Missing comma after the nonce line: the error is at the start of line 4.
    let e = err("{\n  \"timestamp\": 1,\n  \"nonceStr\": \"n\"\n  \"signature\": \"s\"\n}");
    assert_eq!((e.line, e.column), (4, 3), "{e}");
    // A variable instead of a literal, inside a wx.config call that does not start at 1:1.
    let e = err("// x\n  wx.config({ appId: 'a', signature: sig });");
    assert_eq!((e.line, e.column), (2, 38), "{e}");
    assert!(e.hint.get(Lang::En).contains("literals"));
    // A variable passed to wx.config.
    let e = err("wx.config(cfg)");
    assert_eq!((e.line, e.column), (1, 11));
    assert!(e.hint.get(Lang::En).contains("JSON.stringify"));
    // Not an object at all.
    let e = err("  hello");
    assert_eq!((e.line, e.column), (1, 3));
    // Cut off mid-way.
    let e = err("{\"signature\": \"abc");
    assert_eq!(e.line, 1);
    assert!(e.hint.get(Lang::En).contains("ends too early"), "{e}");
    assert!(e.to_string().contains("line 1, column"));
}

#[test]
fn error_replies_and_empty_objects() {
    let e = err(r#"{"errcode":40001,"errmsg":"invalid credential"}"#);
    assert!(e.message.contains("40001 invalid credential"), "{e}");
    let e = err("{}");
    assert!(e.message.contains("none of"));
    let e = err(r#"{"signature":{"value":"x"}}"#);
    assert!(e.message.contains("signature is not a string"));
}

#[test]
fn configured_field_names() {
    let root: Value = serde_json::from_str(
        r#"{"ok":true,"payload":{"sig_value":"S","stamp":1,"rnd":"N","page":"https://a.com/"}}"#,
    )
    .unwrap();
    let names = FieldNames {
        signature: Some("payload.sig_value".into()),
        timestamp: Some("payload.stamp".into()),
        nonce_str: Some("rnd".into()),
        url: Some("payload.page".into()),
        ..FieldNames::default()
    };
    // `rnd` is neither at the root nor in a detected config object (no key in `payload` has a
    // known name), so it stays absent.
    let c = from_value(&root, &names).unwrap();
    assert_eq!(c.signature.as_deref(), Some("S"));
    assert_eq!(c.timestamp.as_deref(), Some("1"));
    assert_eq!(c.url.as_deref(), Some("https://a.com/"));
    assert_eq!(c.nonce_str, None);
    let names = FieldNames {
        nonce_str: Some("payload.rnd".into()),
        ..names
    };
    assert_eq!(
        from_value(&root, &names).unwrap().nonce_str.as_deref(),
        Some("N")
    );
}

#[test]
fn relative_names_inside_the_detected_object() {
    let root: Value =
        serde_json::from_str(r#"{"code":0,"data":{"signature":"S","rnd":"N","ts":5}}"#).unwrap();
    let names = FieldNames {
        nonce_str: Some("rnd".into()),
        ..FieldNames::default()
    };
    let c = from_value(&root, &names).unwrap();
    assert_eq!(c.nonce_str.as_deref(), Some("N"));
    assert_eq!(c.timestamp.as_deref(), Some("5"));
}

#[test]
fn detection_reports_paths() {
    let root: Value = serde_json::from_str(
        r#"{"code":0,"data":{"app_id":"a","nonce_str":"n","timestamp":1,"sign":"s"}}"#,
    )
    .unwrap();
    let names = detect_field_names(&root);
    assert_eq!(names.app_id.as_deref(), Some("data.app_id"));
    assert_eq!(names.nonce_str.as_deref(), Some("data.nonce_str"));
    assert_eq!(names.signature.as_deref(), Some("data.sign"));
    assert_eq!(names.url, None);
}

#[test]
fn field_name_table() {
    let table = [
        ("appId", Some(Field::AppId)),
        ("APP_ID", Some(Field::AppId)),
        ("nonceStr", Some(Field::NonceStr)),
        ("nonce-str", Some(Field::NonceStr)),
        ("nonce", Some(Field::NonceStr)),
        ("timeStamp", Some(Field::Timestamp)),
        ("sign", Some(Field::Signature)),
        ("url", Some(Field::Url)),
        ("jsApiList", None),
        ("a_very_long_key_name_beyond_sixteen", None),
        ("", None),
    ];
    for (key, want) in table {
        assert_eq!(detect_field(key), want, "{key}");
    }
}

pub(crate) mod props {
    use super::*;
    use proptest::prelude::*;

    /// What holds for any text: a clean parse holds at least one of the signing fields; a
    /// refusal points inside the text (lines end as in JavaScript: LF, CR, CRLF as one, U+2028,
    /// U+2029) and says what to do in both languages.
    pub(crate) fn read_or_refused(text: &str) -> Result<(), TestCaseError> {
        match parse(text) {
            Ok(c) => prop_assert!(
                c.timestamp.is_some() || c.nonce_str.is_some() || c.signature.is_some(),
                "{c:?}"
            ),
            Err(e) => {
                let lines = 1 + text
                    .replace("\r\n", "\n")
                    .chars()
                    .filter(|c| matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
                    .count();
                prop_assert!(e.line >= 1 && e.line <= lines, "{e:?}");
                prop_assert!(e.column >= 1, "{e:?}");
                prop_assert!(!e.message.is_empty());
                prop_assert!(!e.hint.get(Lang::En).is_empty() && !e.hint.get(Lang::Zh).is_empty());
            }
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn arbitrary_text_is_read_or_refused(s in "\\PC{0,200}") {
            read_or_refused(&s)?;
        }

        #[test]
        fn javascript_shaped_text_is_read_or_refused(
            s in "(wx\\.config\\(|\\{|\\}|\\[|\\]|'|\"|`|//|/\\*|\\*/|\n|:|,|\\\\|[a-zA-Z0-9 ]|中){0,80}"
        ) {
            read_or_refused(&s)?;
        }

        /// A reply or wx.config call in any spelling the endpoints use, plain, wrapped,
        /// double-encoded or as page code, gives back exactly the values in it.
        #[test]
        fn any_spelling_and_shape_gives_back_the_values(
            app in "wx[0-9a-f]{16}",
            ts in "[1-9][0-9]{9}",
            nonce in "[a-zA-Z0-9]{1,32}",
            sig in "[0-9a-f]{40}",
            app_key in proptest::sample::select(vec!["appId", "app_id", "appid", "APPID"]),
            ts_key in proptest::sample::select(vec!["timestamp", "timeStamp", "TimeStamp"]),
            nonce_key in proptest::sample::select(vec!["nonceStr", "nonce_str", "noncestr", "NONCE_STR", "nonce"]),
            sig_key in proptest::sample::select(vec!["signature", "sign", "Signature"]),
            ts_number in any::<bool>(),
            shape in 0..4u8,
        ) {
            let ts_value = if ts_number { ts.clone() } else { format!("\"{ts}\"") };
            let json = format!(
                r#"{{"{app_key}":"{app}","{ts_key}":{ts_value},"{nonce_key}":"{nonce}","{sig_key}":"{sig}"}}"#
            );
            let text = match shape {
                0 => json,
                1 => format!(r#"{{"code":0,"msg":"ok","data":{json}}}"#),
                2 => format!(r#"{{"code":0,"data":"{}"}}"#, json.replace('"', "\\\"")),
                _ => format!(
                    "wx.config({{\n  debug: false, // page code\n  {app_key}: '{app}',\n  {ts_key}: {ts},\n  {nonce_key}: '{nonce}',\n  {sig_key}: '{sig}',\n  jsApiList: ['chooseImage'],\n  success: function (res) {{ console.log('}}'); }},\n}});"
                ),
            };
            let c = parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
            prop_assert_eq!(c.app_id.as_deref(), Some(app.as_str()), "{}", text);
            prop_assert_eq!(c.timestamp.as_deref(), Some(ts.as_str()), "{}", text);
            prop_assert_eq!(c.nonce_str.as_deref(), Some(nonce.as_str()), "{}", text);
            prop_assert_eq!(c.signature.as_deref(), Some(sig.as_str()), "{}", text);
        }
    }
}
