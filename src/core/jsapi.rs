//! The JS-SDK interface names `wx.config` accepts (DOMAIN.md §6), in one table for every client
//! (verify, batch, the window): a name missing from jsApiList, misspelt or deprecated is a common
//! reason for `permission denied` after a config that passed.

use super::text::{Msg, msg};

/// JS-SDK 1.6.0 interfaces.
pub const CURRENT: &[&str] = &[
    "updateAppMessageShareData",
    "updateTimelineShareData",
    "startRecord",
    "stopRecord",
    "onVoiceRecordEnd",
    "playVoice",
    "pauseVoice",
    "stopVoice",
    "onVoicePlayEnd",
    "uploadVoice",
    "downloadVoice",
    "chooseImage",
    "previewImage",
    "uploadImage",
    "downloadImage",
    "translateVoice",
    "getNetworkType",
    "openLocation",
    "getLocation",
    "hideOptionMenu",
    "showOptionMenu",
    "hideMenuItems",
    "showMenuItems",
    "hideAllNonBaseMenuItem",
    "showAllNonBaseMenuItem",
    "closeWindow",
    "scanQRCode",
    "openProductSpecificView",
    "addCard",
    "chooseCard",
    "openCard",
    "chooseWXPay",
    "getLocalImgData",
    "openAddress",
    "startSearchBeacons",
    "stopSearchBeacons",
    "onSearchBeacons",
];

/// Old share interfaces: still working, to migrate. Each with the interface replacing it (none
/// for Weibo).
pub const DEPRECATED: &[(&str, Option<&str>)] = &[
    ("onMenuShareTimeline", Some("updateTimelineShareData")),
    ("onMenuShareAppMessage", Some("updateAppMessageShareData")),
    ("onMenuShareQQ", Some("updateAppMessageShareData")),
    ("onMenuShareQZone", Some("updateTimelineShareData")),
    ("onMenuShareWeibo", None),
];

/// Callable without being listed in jsApiList.
pub const UNLISTED: &[&str] = &["checkJsApi"];

/// Open tags, listed in openTagList (not jsApiList).
pub const OPEN_TAGS: &[&str] = &[
    "wx-open-launch-weapp",
    "wx-open-launch-app",
    "wx-open-subscribe",
    "wx-open-audio",
];

/// What a name is to `wx.config`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKind {
    Current,
    /// Works today; `replacement` is the interface to move to.
    Deprecated {
        replacement: Option<&'static str>,
    },
    /// Needs no listing (`checkJsApi`).
    Unlisted,
    /// An open tag (`wx-open-launch-weapp`): belongs in openTagList.
    OpenTag,
}

/// The kind of `name`, matched exactly as WeChat does (names are case-sensitive); `None` for a
/// name WeChat does not know.
pub fn lookup(name: &str) -> Option<ApiKind> {
    if CURRENT.contains(&name) {
        Some(ApiKind::Current)
    } else if let Some((_, replacement)) = DEPRECATED.iter().find(|(n, _)| *n == name) {
        Some(ApiKind::Deprecated {
            replacement: *replacement,
        })
    } else if UNLISTED.contains(&name) {
        Some(ApiKind::Unlisted)
    } else if OPEN_TAGS.contains(&name) {
        Some(ApiKind::OpenTag)
    } else {
        None
    }
}

/// The known name `name` was probably meant to be: same letters ignoring case, `-`/`_` and
/// surrounding spaces (`UpdateAppMessageShareData`, ` chooseImage`).
pub fn suggest(name: &str) -> Option<&'static str> {
    let key = |s: &str| {
        s.trim()
            .chars()
            .filter(|c| !matches!(c, '-' | '_'))
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let wanted = key(name);
    CURRENT
        .iter()
        .chain(DEPRECATED.iter().map(|(n, _)| n))
        .chain(UNLISTED)
        .chain(OPEN_TAGS)
        .find(|n| key(n) == wanted)
        .copied()
}

/// One problem with a name in jsApiList or openTagList.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListIssue {
    /// `jsapi_unknown`, `jsapi_deprecated`, `jsapi_open_tag`, `open_tag_unknown`.
    pub code: &'static str,
    pub name: String,
    /// What is wrong and what to write instead.
    pub message: Msg,
}

/// Checks the two lists of a `wx.config`: unknown and deprecated interfaces, open tags in the
/// wrong list. `checkJsApi` listed is harmless and not reported.
pub fn check_lists(js_api_list: &[String], open_tag_list: &[String]) -> Vec<ListIssue> {
    let mut out = Vec::new();
    // "Did you mean …?" after the sentence, when a known name is close.
    let hint = |name: &str, message: Msg| match suggest(name) {
        Some(s) => msg!("jsapi-did-you-mean", first = message, suggestion = s),
        None => message,
    };
    for name in js_api_list {
        let issue = match lookup(name) {
            Some(ApiKind::Current | ApiKind::Unlisted) => continue,
            Some(ApiKind::Deprecated { replacement }) => {
                let message = msg!("jsapi-deprecated", name = name);
                ListIssue {
                    code: "jsapi_deprecated",
                    name: name.clone(),
                    message: match replacement {
                        Some(r) => msg!("jsapi-move-to", first = message, replacement = r),
                        None => message,
                    },
                }
            }
            Some(ApiKind::OpenTag) => ListIssue {
                code: "jsapi_open_tag",
                name: name.clone(),
                message: msg!("jsapi-open-tag", name = name),
            },
            None => ListIssue {
                code: "jsapi_unknown",
                name: name.clone(),
                message: hint(name, msg!("jsapi-unknown", name = name)),
            },
        };
        out.push(issue);
    }
    for name in open_tag_list {
        if lookup(name) == Some(ApiKind::OpenTag) {
            continue;
        }
        out.push(ListIssue {
            code: "open_tag_unknown",
            name: name.clone(),
            message: hint(name, msg!("jsapi-open-tag-unknown", name = name)),
        });
    }
    out
}

/// The names jweixin rewrites before they reach `WeixinJSBridge` (PROBE.md §4), as (wx name,
/// bridge name): `verifyJsApiList` holds the bridge names, which must be mapped back before
/// they are checked against [`CURRENT`] and [`DEPRECATED`].
pub const BRIDGE_NAMES: &[(&str, &str)] = &[
    ("onMenuShareTimeline", "menu:share:timeline"),
    ("onMenuShareAppMessage", "menu:share:appmessage"),
    ("onMenuShareQQ", "menu:share:qq"),
    ("onMenuShareWeibo", "menu:share:weiboApp"),
    ("onMenuShareQZone", "menu:share:QZone"),
    ("previewImage", "imagePreview"),
    ("getLocation", "geoLocation"),
    ("addCard", "batchAddCard"),
    ("openCard", "batchViewCard"),
    ("chooseWXPay", "getBrandWCPayRequest"),
    ("openAddress", "editAddress"),
    ("openProductSpecificView", "openProductViewWithPid"),
    ("startSearchBeacons", "startMonitoringBeacons"),
    ("stopSearchBeacons", "stopMonitoringBeacons"),
    ("onSearchBeacons", "onBeaconsInRange"),
    ("consumeAndShareCard", "consumedShareCard"),
    ("openEnterpriseRedPacket", "getRecevieBizHongBaoRequest"),
];

/// The wx name of a name as the bridge received it (unmapped names are their own wx name).
pub fn from_bridge(name: &str) -> &str {
    BRIDGE_NAMES
        .iter()
        .find(|(_, b)| *b == name)
        .map_or(name, |(wx, _)| wx)
}

/// The bridge invokes that carry share settings, as (bridge invoke, wx API): the two current
/// APIs invoke under their own name; a legacy `onMenuShare*` only registers a menu event, and
/// its settings reach the bridge when the client fires that event (PROBE.md §4).
pub const SHARE_INVOKES: &[(&str, &str)] = &[
    ("updateAppMessageShareData", "updateAppMessageShareData"),
    ("updateTimelineShareData", "updateTimelineShareData"),
    ("sendAppMessage", "onMenuShareAppMessage"),
    ("shareTimeline", "onMenuShareTimeline"),
    ("shareQQ", "onMenuShareQQ"),
    ("shareWeiboApp", "onMenuShareWeibo"),
    ("shareQZone", "onMenuShareQZone"),
];

/// The wx share API behind a bridge invoke, if it is one.
pub fn share_api(invoke: &str) -> Option<&'static str> {
    SHARE_INVOKES
        .iter()
        .find(|(b, _)| *b == invoke)
        .map(|(_, wx)| *wx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::text::Lang;
    use crate::i18n::Render;

    fn list(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn lookup_knows_every_table() {
        assert_eq!(lookup("chooseImage"), Some(ApiKind::Current));
        assert_eq!(
            lookup("onMenuShareTimeline"),
            Some(ApiKind::Deprecated {
                replacement: Some("updateTimelineShareData")
            })
        );
        assert_eq!(lookup("checkJsApi"), Some(ApiKind::Unlisted));
        assert_eq!(lookup("wx-open-audio"), Some(ApiKind::OpenTag));
        assert_eq!(lookup("chooseimage"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(CURRENT.len(), 37);
    }

    #[test]
    fn suggestions_ignore_case_and_separators() {
        assert_eq!(
            suggest("UpdateAppMessageShareData"),
            Some("updateAppMessageShareData")
        );
        assert_eq!(suggest(" chooseImage "), Some("chooseImage"));
        assert_eq!(
            suggest("wx_open_launch_weapp"),
            Some("wx-open-launch-weapp")
        );
        assert_eq!(suggest("shareEverything"), None);
    }

    #[test]
    fn list_issues() {
        let issues = check_lists(
            &list(&[
                "updateAppMessageShareData",
                "checkJsApi",
                "onMenuShareQQ",
                "chooseimage",
                "wx-open-launch-app",
            ]),
            &list(&["wx-open-subscribe", "chooseImage"]),
        );
        let codes: Vec<(&str, &str)> = issues.iter().map(|i| (i.code, i.name.as_str())).collect();
        assert_eq!(
            codes,
            [
                ("jsapi_deprecated", "onMenuShareQQ"),
                ("jsapi_unknown", "chooseimage"),
                ("jsapi_open_tag", "wx-open-launch-app"),
                ("open_tag_unknown", "chooseImage"),
            ]
        );
        assert!(
            issues[0]
                .message
                .get(Lang::En)
                .contains("updateAppMessageShareData")
        );
        assert!(
            issues[1]
                .message
                .get(Lang::En)
                .contains("Did you mean chooseImage?")
        );
        assert!(check_lists(&list(&["chooseImage"]), &[]).is_empty());
    }

    /// PROBE.md §4 as written there (copied from the doc by hand, not from [`BRIDGE_NAMES`]):
    /// (what the page calls, what the bridge receives).
    const PROBE_MD_4: &[(&str, &str)] = &[
        ("onMenuShareAppMessage", "menu:share:appmessage"),
        ("onMenuShareTimeline", "menu:share:timeline"),
        ("onMenuShareQQ", "menu:share:qq"),
        ("onMenuShareWeibo", "menu:share:weiboApp"),
        ("onMenuShareQZone", "menu:share:QZone"),
        ("previewImage", "imagePreview"),
        ("getLocation", "geoLocation"),
        ("addCard", "batchAddCard"),
        ("openCard", "batchViewCard"),
        ("chooseWXPay", "getBrandWCPayRequest"),
        ("openAddress", "editAddress"),
        ("openProductSpecificView", "openProductViewWithPid"),
        ("startSearchBeacons", "startMonitoringBeacons"),
        ("stopSearchBeacons", "stopMonitoringBeacons"),
        ("onSearchBeacons", "onBeaconsInRange"),
        ("consumeAndShareCard", "consumedShareCard"),
        ("openEnterpriseRedPacket", "getRecevieBizHongBaoRequest"),
    ];

    #[test]
    fn bridge_names_are_those_of_probe_md() {
        let sorted = |pairs: &[(&'static str, &'static str)]| {
            let mut v = pairs.to_vec();
            v.sort_unstable();
            v
        };
        assert_eq!(sorted(BRIDGE_NAMES), sorted(PROBE_MD_4));
        for (wx, bridge) in PROBE_MD_4 {
            assert_eq!(from_bridge(bridge), *wx, "{bridge}");
        }
        // A name jweixin does not map reaches the bridge as is.
        assert_eq!(
            from_bridge("updateAppMessageShareData"),
            "updateAppMessageShareData"
        );
        assert_eq!(from_bridge("chooseImage"), "chooseImage");
    }

    #[test]
    fn share_invokes_are_those_of_probe_md() {
        // PROBE.md §4's table: the current APIs invoke under their own name, the two legacy
        // menus invoke sendAppMessage / shareTimeline when the client fires their event.
        for (invoke, wx) in [
            ("updateAppMessageShareData", "updateAppMessageShareData"),
            ("updateTimelineShareData", "updateTimelineShareData"),
            ("sendAppMessage", "onMenuShareAppMessage"),
            ("shareTimeline", "onMenuShareTimeline"),
        ] {
            assert_eq!(share_api(invoke), Some(wx), "{invoke}");
        }
        for (_, wx) in SHARE_INVOKES {
            assert!(lookup(wx).is_some(), "{wx}");
        }
        // A menu event is not a share invoke: only the invoke carries the settings.
        assert_eq!(share_api("menu:share:appmessage"), None);
        assert_eq!(share_api("getNetworkType"), None);
    }
}
