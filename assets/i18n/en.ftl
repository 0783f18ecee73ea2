### wxsign's catalogue, English: every word the window, the CLI, the reports and the errors
### show. zh.ftl has the same ids in the same order, under the same `## Area` headings.
### Ids are `area-name` (a string table's fields: `prefix-field`, `_` turned into `-`); code
### names them with `msg!("id", …)`, `i18n::text(lang, "id")` or a `string_table!` field.
### `{ $name }` is an argument; a literal brace is `{"{"}`. Checked by tests/cli/catalogue.rs.

## Window · Panels

ui-panel-sign = Sign
ui-panel-check-url = Check URL
ui-panel-verify = Verify
ui-panel-log = Log
ui-panel-settings = Settings

## Window · Sign panel

ui-ticket = jsapi_ticket
ui-ticket-hint = paste a jsapi_ticket, or fetch one for a profile
ui-show-ticket = Show ticket
ui-noncestr = noncestr
ui-generate = Generate
ui-timestamp = timestamp
ui-now = Now
ui-page-url = Page URL
ui-page-url-hint = https://example.com/page?from=singlemessage
ui-load-example = Load the official example
ui-example-intro = New here? Load the example from the WeChat docs and see a correct signature at once.
ui-sign-url = The page signs
ui-sign-url-same = unchanged
ui-sign-url-invalid = not a URL the page could have: type the full URL with http:// or https://
ui-changes-legend = highlighted: what the browser changes
ui-use-sign-url = Sign this URL instead
ui-string1 = string1 (sorted pre-sign string)
ui-string1-legend = · = space, <TAB>/<NBSP>/<ZWSP>… = invisible characters
ui-signature = signature (SHA-1)
ui-copy = Copy
ui-copy-string1 = Copy string1
ui-copy-signature = Copy signature
ui-copy-snippet = Copy wx.config
ui-copied = Copied
ui-snippet = wx.config snippet
ui-js-api-list = jsApiList
ui-deprecated = deprecated
ui-open-tag-list = openTagList
ui-fill-inputs = Fill in the ticket and the page URL to see the signature.
ui-ticket-missing = No ticket: paste one above or fetch one for a profile.
ui-url-missing = Type the page URL (Ctrl+L) to see string1 and the signature.
ui-timestamp-ms = This timestamp looks like milliseconds; wx.config expects seconds.
ui-timestamp-not-number = The timestamp should be whole seconds since 1970 (digits only).

## Window · Check URL panel

ui-check-url-intro = Paste a page URL to see what the page signs and every rule it breaks.
ui-findings = Findings
ui-no-findings = No problem found with this URL.
ui-fix = Fix
ui-safe-domains = JS interface safe domains
ui-safe-domains-hint = e.g. example.com or wx.qq.com/mp
ui-add-domain = Add domain
ui-remove = Remove
ui-severity-error = Error
ui-severity-warning = Warning
ui-severity-info = Info

## Window · Verify panel

ui-verify-intro = Paste what your server returned and the page URL as the phone shows it.
ui-server-output = Server output (endpoint JSON or wx.config)
ui-server-output-hint = {"{"}"appId":"wx…","timestamp":1414587457,"nonceStr":"…","signature":"…"{"}"}
ui-phone-url = Page URL on the phone
ui-phone-url-hint = copy it from the phone, # part included
ui-entry-url = Entry URL (iOS SPA)
ui-entry-url-hint = the first URL of the visit, optional
ui-verify-ticket = jsapi_ticket used
ui-verify-button = Verify signature
ui-verdict-match = MATCH
ui-verdict-mismatch = MISMATCH
ui-causes = Why
ui-notes = What else to check
ui-server-string1 = string1 your server used
ui-correct-string1 = correct string1
ui-expected-signature = correct signature
ui-parse-error = Could not read the server output
ui-missing-field = Missing in the server output
ui-candidates = Tickets tried

## Window · Log panel

ui-log-filter = Filter
ui-log-clear = Clear
ui-log-copy = Copy as text
ui-log-empty = No HTTP calls yet. Fetching a ticket for a profile logs each call here.
ui-col-time = Time
ui-col-endpoint = Endpoint
ui-col-duration = Duration
ui-col-status = HTTP
ui-col-errcode = errcode
ui-col-message = Message
ui-log-count = rows

## Window · Settings

ui-language = Language
ui-theme = Theme
ui-theme-light = Light
ui-theme-dark = Dark
ui-theme-system = Follow system
ui-settings-saved-in = Settings are saved in
ui-font-in-use = Chinese font
ui-font-system = system font
ui-font-bundled = bundled Noto Sans SC (GB2312 subset)
ui-save-failed = Could not save the settings

## Window · Profiles and top bar

ui-valid = valid
ui-expired = expired
ui-hours = h
ui-minutes = min
ui-seconds = s
ui-profile = Profile
ui-no-profile = (none)
ui-no-profile-hint = Add a profile on the left to fetch tickets; the Sign panel works offline.
ui-offline-hint = Offline mode: no background worker.
ui-token = access_token
ui-ticket-short = Ticket
ui-not-fetched = not fetched
ui-from-cache = cached, fetched
ui-fetched = fetched
ui-fetch-ticket = Fetch ticket
ui-force-refresh = Force refresh token…
ui-force-refresh-warning = This calls stable_token with force_refresh=true: WeChat allows it only 20 times a day (30 s apart), and it rotates the token every server of this account uses. Do it only when the token leaked.
ui-force-refresh-confirm = Refresh now (uses 1 of 20 today)
ui-cancel = Cancel
ui-dismiss = Dismiss
ui-test-account = test account
ui-production = production
ui-profiles = Profiles
ui-add-profile = Add profile
ui-no-profiles = No profile yet. Add one to fetch a real ticket.
ui-edit = Edit
ui-delete = Delete
ui-delete-profile-q = Delete the profile
ui-app-secret = AppSecret
ui-secret-keyring = stored in keyring
ui-secret-env = from WXSIGN_APP_SECRET
ui-secret-session = session only
ui-secret-missing = missing
ui-secret-not-needed = not set (not needed: the ticket does not come from WeChat)
ui-edit-profile = Edit profile
ui-profile-name = Name
ui-account-kind = Account
ui-token-mode = Token API
ui-legacy-token = cgi-bin/token (kicks out your server's token)
ui-forget-secret = Forget secret
ui-new-secret = New AppSecret
ui-new-secret-hint = leave empty to keep the current one
ui-session-only = Keep for this session only (not in the keyring)
ui-save = Save
ui-api-base = API base
ui-timeouts = Timeouts
ui-connect-timeout = connect
ui-total-timeout = total
ui-profile-settings = Active profile
ui-no-active-profile = Select or add a profile to edit its API base and timeouts.
ui-secret-store = Secret store

## Window · WeCom views

wecom-platform = Platform
wecom-official-account = Official Account
wecom-wecom = WeCom (企业微信)
wecom-trusted-domains = Trusted domains
wecom-trusted-domains-hint = one per line, up to 10; subdomains covered
wecom-apps = Apps
wecom-add-app = Add app
wecom-remove-app = Remove
wecom-agent-id = AgentId
wecom-app-name = App name
wecom-app-secret = Secret
wecom-app-secret-hint = paste to replace; never shown
wecom-no-apps = No app yet: add the app whose page you debug (应用管理 → the app → AgentId).
wecom-agent-ticket = Agent ticket
wecom-agent-ticket-hint = the agent_config ticket of the app
wecom-agent-nonce = Agent nonceStr
wecom-config-call = wx.config
wecom-agent-call = wx.agentConfig
wecom-signed-with-corp = signed with the corp ticket
wecom-signed-with-agent = signed with the agent ticket of app
wecom-agent-ticket-missing = Paste or fetch the agent ticket to sign wx.agentConfig.
wecom-same-signature = Both calls got the same signature: wx.agentConfig must be signed with the agent ticket.
wecom-snippet-wx = wx.config + wx.agentConfig
wecom-snippet-ww = ww.register
wecom-copy-wx = Copy wx.config + wx.agentConfig
wecom-copy-ww = Copy ww.register
wecom-corp-ticket-short = corp ticket
wecom-agent-ticket-short = agent ticket
wecom-wecom-hint = WeCom signs two calls: wx.config with the corp ticket, wx.agentConfig with the agent ticket of one app.
wecom-no-apps-short = no app yet
wecom-secrets-set = App secrets:
wecom-secrets-not-needed = not needed for pasted or Redis tickets
wecom-missing-for = missing:
wecom-findings = WeCom findings
wecom-not-in-paste = not in the paste
wecom-app = App
wecom-app-hint = The app whose agent ticket signs wx.agentConfig: the top bar's agent ticket, Sign, Verify and Batch follow it.
wecom-call-match = match
wecom-call-mismatch = mismatch
wecom-call-unchecked = not checked
wecom-call-unchecked-hint = No agent ticket of this app is known: fetch or paste it (top bar, App), then run again.

## Window · Probe panel

probe-panel = Probe
probe-title = Page probe
probe-intro = Opens the page in a headless browser that plays the WeChat in-app browser, records its wx.config and share calls, and checks the signature against the URL WeChat verifies on each platform.
probe-url = Page URL
probe-url-hint = https://m.example.com/home, as the phone opens it
probe-platform = Platform
probe-both = Android + iOS
probe-answer = Answer wx.config
probe-answer-wechat = as WeChat would
probe-answer-ok = always ok
probe-answer-fail = always fail
probe-answer-help = As WeChat would: the page's wx.error / wx.ready run as on a phone. Always ok: reach the share setup behind a broken signature.
probe-check-images = fetch imgUrl
probe-run = Run probe
probe-cancel = Cancel
probe-cancelling = Cancelling…
probe-running = Probing
probe-starting-browser = starting the browser…
probe-browser = Browser
probe-browser-searching = looking for a browser…
probe-browser-fix = Install one, or set its path in Settings → Browser for the page probe.
probe-browser-missing = none usable
probe-open-settings = Open Settings
probe-tickets = jsapi_ticket
probe-tickets-current = current
probe-tickets-older = older
probe-no-ticket = none: the probe shows what the page does but cannot check its signature. Fetch the ticket in the top bar or paste it in the Sign panel.
probe-profile = Profile
probe-profile-app-id = appId
probe-no-profile = none: appId and safe domains are not checked
probe-empty-title = How it works
probe-empty-step-1 = 1. Enter the page URL as the phone opens it (OAuth pages stop at the login and say which URL to sign).
probe-empty-step-2 = 2. Pick the platform: Android checks the URL at wx.config, iOS the URL the page was loaded with.
probe-empty-step-3 = 3. Run: each platform gets a timeline, the verdict with its causes, and the share card as a chat shows it.
probe-need-url = Enter the page's http(s) URL.
probe-bad-url = This is not an http(s) URL
probe-cancelled = Cancelled: the browser was stopped.
probe-failed = The probe failed
probe-timeline = Timeline
probe-landing = landing
probe-push-state = pushState
probe-replace-state = replaceState
probe-hash-change = hash change
probe-pop-state = popstate
probe-navigation = navigation
probe-config = wx.config
probe-share = share
probe-share-before-config = before config completed
probe-oauth = OAuth stop
probe-blocked = blocked
probe-dialog = dialog
probe-failed-request = request failed
probe-exception = exception
probe-nothing-loaded = nothing loaded
probe-verdict-passed = passed
probe-verdict-failed = failed
probe-not-checked = not checked
probe-not-checked-why = No jsapi_ticket was given, so the signature was not checked. Fetch the ticket in the top bar or paste it in the Sign panel, then run again.
probe-open-in-verify = Open in Verify
probe-open-in-verify-help = Fill the Verify panel with this call's values and the URL WeChat checks
probe-config-at = at
probe-href-at-call = location.href at the call
probe-verified-url = URL WeChat checks
probe-answered = probe answered
probe-debug-on = debug: true (jweixin alerts every reply)
probe-share-title = Share card
probe-share-chat = In a chat
probe-share-moments = In Moments
probe-no-share = The page set no share settings: WeChat shares the bare link with the page title and no description or picture.
probe-no-title = (no title)
probe-no-link = (no link: WeChat uses the current URL)
probe-thumb-loading = loading the thumbnail…
probe-thumb-failed = The thumbnail could not be loaded
probe-thumb-none = no imgUrl
probe-oauth-title = Stopped at WeChat OAuth
probe-oauth-explain = A probe cannot log in. After login WeChat opens redirect_uri with code and state added: that URL is what the server must sign, not the authorize URL. Probe that URL (with a real code) to check the page behind the login.
probe-oauth-via-http = by an HTTP redirect
probe-oauth-via-script = by a script
probe-redirect-uri = redirect_uri
probe-scope = scope
probe-state = state
probe-sign-after-login = URL to sign after login
probe-copy = Copy
probe-copied = Copied
probe-blocked-title = Blocked (never left this machine)
probe-blocked-beacon = jweixin's report beacon
probe-blocked-oauth = WeChat OAuth
probe-failed-title = Failed requests
probe-dialogs-title = Dialogs (answered, never blocking)
probe-exceptions-title = Page exceptions
probe-findings-title = Findings
probe-no-config-title = Why wx.config probably never ran
probe-sdk-scripts = JS-SDK scripts loaded
probe-sdk-none = no JS-SDK script seen
probe-bridge-used = the page used WeixinJSBridge
probe-bridge-unused = the page never touched WeixinJSBridge
probe-window-wx = window.wx is set
probe-no-window-wx = window.wx is not set (a bundled SDK does not set it)
probe-user-agent = User agent
probe-fix = Fix
probe-legend = ok · problem · warning · information

## Window · Probe panel · Settings

probe-settings-browser = Browser for the page probe
probe-settings-browser-hint = empty: search PATH and the usual install places
probe-settings-found = found
probe-settings-detect = Check

## Window · Probe panel · Batch

probe-batch-mode = Mode
probe-batch-mode-endpoint = sign through the endpoint
probe-batch-mode-probe = probe pages
probe-batch-repeat-hint = Load every page this many times: a page that passes only sometimes is flaky, and calls signed with different tickets mean the servers behind the load balancer each cache their own ticket.
probe-batch-probe-intro = Open every page in a headless browser that plays WeChat and judge its own wx.config: no endpoint needed.

## Window · Batch panel

batch-panel = Batch
batch-title = QA batch
batch-intro = Sign every page through your signing endpoint and check each answer, with the active profile's appId, safe domains and ticket.
batch-endpoint = Signing endpoint
batch-request = Request
batch-param-json = JSON body
batch-param-query = query parameter
batch-param-form = form field
batch-param-name = field
batch-encode-component = page sends encodeURIComponent(url)
batch-header = Header (optional)
batch-header-value-hint = value (kept in memory only)
batch-options = Options
batch-concurrency = concurrency
batch-timeout-ms = timeout (ms)
batch-check-images = fetch imgUrl
batch-pages = Pages: one URL per line, CSV with a url column, or JSON
batch-pages-hint =
    https://m.example.com/home
    https://m.example.com/list#/item/1
batch-run = Run batch
batch-cancel = Cancel
batch-pass = pass
batch-fail = fail
batch-error = error
batch-not-run = not run
batch-flaky = flaky
batch-repeat = repeat
batch-repeat-hint = Ask the endpoint this many times for every page: a page that passes only sometimes is flaky, and answers signed with different tickets mean the servers behind the load balancer each cache their own ticket.
batch-all = all
batch-show = Show
batch-status = Status
batch-problem = Causes and findings
batch-open-in-verify = Open in the Verify panel
batch-no-results = No results yet: paste pages, fill in the endpoint and run.
batch-no-results-probe = No results yet: paste pages and run; each page opens in a headless browser.
batch-all-passed = All pages passed
batch-not-all-passed = Not all pages passed
batch-cancelled = Cancelled; finished pages are kept
batch-need-endpoint = Enter the signing endpoint's http(s) URL.
batch-need-ticket = No jsapi_ticket: fetch it in the top bar or paste it in the Sign panel.
batch-pages-error = The pages cannot be read
batch-start-failed = Could not start the batch

## Window · Card mode

card-mode-config = wx.config signature
card-mode-card = Card (addCard / chooseCard)
card-sign-intro = Card signatures use the wx_card ticket and another rule: the values only, empty ones dropped, sorted as strings, concatenated, SHA-1.
card-verify-intro = Paste the values your server signed for addCard (cardExt) or chooseCard and the signature it returned; the verifier names the mistake.
card-api = API
card-card-ticket = wx_card ticket
card-card-ticket-hint = api_ticket from getticket?type=wx_card
card-jsapi-ticket = jsapi ticket
card-jsapi-ticket-hint = optional: tests whether the server used it by mistake
card-optional-hint = optional
card-signature = Signature
card-signature-hint = the signature your server returned
card-load-example = Load the official card example
card-sorted-values = Values in signing order
card-sorted-legend = sorted as strings, joined with nothing in between
card-string = String to sign
card-result = Card signature
card-copy-string = Copy string
card-copy-signature = Copy signature
card-copied = Copied
card-fill-inputs = Fill in the wx_card ticket, timestamp, nonce and card_id.
card-verify-button = Verify card signature
card-server-string = string your server hashed
card-correct-string = correct string
card-expected = Expected signature

## Window · Self-check

doctor-title = Self-check
doctor-intro = Checks the keyring, the config files, the Chinese font and, for each profile, the API base (DNS, TCP, TLS, HTTP), the clock, the AppSecret and the cache. Same as `wxsign doctor`.
doctor-run = Run checks
doctor-running = Checking…
doctor-nothing-broken = Nothing is broken
doctor-problems = problem(s) to fix
doctor-fix = Fix:
doctor-profile = Profile

## Window · Redis ticket source (profile editor, top bar)

redis-ticket-source = Ticket source
redis-source-pasted = Pasted
redis-source-redis = Redis (read-only)
redis-url = Redis URL
redis-corp-ticket-key = Corp ticket key
redis-ticket-key = Ticket key
redis-token-key = Token key
redis-optional = optional
redis-value-format = Value format
redis-value-format-invalid = Redis value format: { $error }
redis-password = Redis password
redis-password-keep = leave empty to keep the stored one
redis-test-connection = Test connection
redis-add-apps-first = Add the apps below to give their agent ticket keys.
redis-agent-ticket-key = Agent ticket key { $agent_id }
redis-note-pasted = ticket pasted
redis-note-from = ticket from Redis { $key }
redis-connected = connected to { $addr }
redis-key-missing = missing
redis-key-ttl = TTL { $seconds } s
redis-key-no-ttl = no TTL
redis-key-not-string = a { $kind }, not a string

## Window · Pasted ticket source (profile editor, top bar)

pasted-ticket = Pasted ticket
pasted-corp-ticket = Pasted corp ticket
pasted-keep-stored = leave empty to keep the stored one
pasted-seconds-left = Seconds left
pasted-seconds-hint = empty: estimate 7200 s from now
pasted-seconds-invalid = Seconds left: give a whole number of seconds (at most 7200) or leave it empty
pasted-seconds-invalid-for = Seconds left ({ $which }): give a whole number of seconds (at most 7200) or leave it empty
pasted-add-apps-first = Add the apps below to paste their agent tickets.
pasted-agent-ticket = Pasted agent ticket { $agent_id }
pasted-agent-seconds-left = seconds left
pasted-agent-seconds-hint = seconds this agent ticket has left; empty: estimate 7200 s from now
pasted-note-valid = ticket pasted { $pasted }, valid ~{ $minutes } min
pasted-note-expired = ticket pasted { $pasted }, expired: paste a fresh one

## Pasted ticket source

pasted-ticket-malformed = the pasted ticket is empty or has spaces inside: paste the jsapi_ticket alone, as getticket returned it
pasted-lifetime-impossible = a lifetime of { $seconds } s is not possible: a jsapi_ticket lasts at most { $max } s from issue; give the seconds it has left (1-{ $max }) or leave it out
pasted-for-app = {" "}for the agent ticket of app { $agent_id }
pasted-expired-at-estimated = { $at } (estimated: 7200 s after it was pasted)
pasted-missing = profile '{ $profile }' signs with a pasted ticket, but none is stored{ $app }
pasted-expired = the pasted ticket of profile '{ $profile }'{ $app } expired at { $at }
pasted-only-jsapi = a pasted ticket is a jsapi ticket: a wx_card ticket comes from the WeChat API
pasted-meaning-missing = no pasted ticket is stored
pasted-meaning-expired = the pasted ticket has expired
pasted-meaning-only-jsapi = a pasted ticket cannot provide this
pasted-fix-paste = paste a fresh ticket: `wxsign secret set --profile { $profile } --ticket{ $flag }` (or the profile editor)
pasted-fix-only-jsapi = fetch wx_card tickets from a profile whose ticket source is the WeChat API
pasted-expiry-estimated = the pasted ticket's expiry is an estimate: it assumes WeChat issued it when it was pasted (it may stop working sooner)
pasted-encode-failed = encoding the pasted ticket: { $error }
pasted-error-full = { $message }: { $fix }

## Platforms

platform-wechat-api-source = WeChat API
platform-wecom-api-source = WeCom API
platform-oa-id-console = 开发 → 基本配置
platform-wecom-id-console = 我的企业 → 企业信息
platform-oa-name = Official Account
platform-wecom-name = WeCom (WeChat Work)
platform-oa-domain-label = JS interface safe domain
platform-wecom-domain-label = trusted domain
platform-oa-domain-console = 公众号设置 → 功能设置 → JS接口安全域名
platform-wecom-domain-console = 应用管理 → the app → 网页授权及JS-SDK → 可信域名
platform-wecom-corp-ticket = corp ticket (jsapi)
platform-wecom-agent-ticket = agent ticket (agent_config)
platform-card-ticket = card ticket (wx_card)
platform-jsapi-ticket = jsapi_ticket
platform-oa-ip-console = 开发 → 基本配置 → IP白名单
platform-wecom-ip-console = 应用管理 → the app → 企业可信IP
platform-unknown = unknown platform '{ $name }': use official_account or wecom
platform-wechat-api-name = WeChat
platform-wecom-api-name = WeCom

## Batch · checks

batch-page-stopped = The check of this page stopped unexpectedly (an internal error); run the batch again, and report it if it keeps happening.
batch-ios-current-url = The page signed its current URL after a route change, but WeChat on iOS checks the URL the page was loaded with; sign that landing URL on iOS (or reload the page on route changes).
batch-app-id-missing = The reply has no appId, so the page must take it from elsewhere.
batch-app-id-missing-fix = Return "appId": "{ $expected }" with the signature.
batch-app-id-mismatch = The endpoint returned appId { $got }, but the profile's appId is { $expected }.
batch-app-id-mismatch-fix = Make the endpoint use the Official Account's appId and its own jsapi_ticket.
batch-timestamp-invalid = The timestamp `{ $ts }` is not a whole number of seconds.
batch-timestamp-invalid-fix = Return the Unix time in seconds, as digits.
batch-timestamp-ms = The timestamp { $ts } is in milliseconds, but WeChat documents seconds (Feishu, not WeChat, takes milliseconds): whether WeChat accepts it when the signature matches is unconfirmed.
batch-timestamp-ms-fix = Use seconds (Date.now()/1000 rounded down, or time() on the server).
batch-timestamp-skew = The timestamp is { $minutes } minutes away from now: a cached signature or a wrong server clock.
batch-timestamp-skew-fix = Sign on every request with the current time and sync the server clock.
batch-js-api-list-unknown = No jsApiList for this page, so the share APIs could not be checked.
batch-js-api-list-unknown-fix = Add jsApiList to the pages file.
batch-share-link-invalid = The share link `{ $link }` is not an absolute http(s) URL.
batch-share-link-invalid-fix = Use the full URL, e.g. https://your-domain/page.
batch-share-link-domain = The share link's host { $host } is not under a JS safe domain ({ $domains }).
batch-share-link-domain-fix = Share a link on a safe domain, or add the domain in 公众号设置 → 功能设置.
batch-share-img-http = The share image `{ $img }` is served over plain http.
batch-share-img-http-fix = Serve the image over https.
batch-share-img-invalid = The share image `{ $img }` is not an absolute https URL.
batch-share-img-invalid-fix = Use the image's full https URL; relative paths do not work in a share card.
batch-share-img-not-image = The share image answered HTTP { $status } with content type { $ct }, not an image.
batch-share-img-not-image-fix = Point imgUrl at an image that is publicly reachable.
batch-share-img-unreachable = The share image could not be fetched ({ $reason }).
batch-share-img-unreachable-fix = Check that the image is publicly reachable from the internet.
batch-share-title = title
batch-share-desc = desc
batch-share-text-empty = The share { $field } is empty.
batch-share-text-empty-fix = Give the share card a { $field }.
batch-share-text-long = The share { $field } has { $n } characters; the card shows far fewer.
batch-share-text-long-fix = Keep the { $field } under { $limit } characters.
batch-js-api-unknown = jsApiList names unknown APIs: { $names }.
batch-js-api-unknown-fix = Check the spelling against the JS-SDK documentation (names are case-sensitive).
batch-js-api-deprecated = jsApiList uses deprecated APIs: { $names }.
batch-js-api-deprecated-fix = Migrate to updateAppMessageShareData and updateTimelineShareData.
batch-share-api-missing = The page shares but jsApiList lacks { $names }.
batch-share-api-missing-fix = Add { $names } to jsApiList and call it inside wx.ready.
batch-agent-config-unchecked = The reply also holds a wx.agentConfig triplet, but no agent ticket is known, so it was not checked.
batch-agent-config-unchecked-fix = Pass --agent-ticket (and --agent-id), or use a WeCom --profile whose apps have their secrets.
batch-agent-config-app-unknown = The reply's wx.agentConfig is for app { $agent_id }, whose agent ticket is not known, so it was not checked.
batch-agent-config-app-unknown-fix = Add that app to the profile with its secret, or pass its agent ticket with --agent-ticket and --agent-id.
batch-agent-config-mismatch = wx.agentConfig's signature does not match the agent ticket (expected { $expected }), and no common mistake reproduces it.
batch-agent-config-mismatch-app = wx.agentConfig's signature does not match the agent ticket of app { $agent_id } (expected { $expected }), and no common mistake reproduces it.
batch-agent-config-mismatch-fix = Sign the URL with the agent ticket of the agentid given to wx.agentConfig (ticket/get?type=agent_config with that app's own token).
batch-agent-config-cause = wx.agentConfig: { $cause }
batch-candidate-current = #1 (current)
batch-tickets-differ = The { $asked } answers for this page were signed with { $tickets } different tickets (candidates { $candidates }): the instances behind the load balancer each cache their own ticket, so the page passes or fails depending on the node that answers.
batch-tickets-differ-fix = Keep one jsapi_ticket in a shared cache (Redis) refreshed by a single process, and never let a failed refresh overwrite a good ticket.
batch-passed-of = passed { $passed } of { $asked }
batch-endpoint-connect = Could not connect to the signing endpoint ({ $detail }); check its URL and that it is running.
batch-endpoint-timeout = The signing endpoint did not answer within { $ms } ms; raise --timeout-ms (in the window: timeout (ms)) or check the server's load.
batch-endpoint-http-empty = The signing endpoint answered HTTP { $status } with an empty body; check the endpoint URL, method and auth headers.
batch-endpoint-http = The signing endpoint answered HTTP { $status } ({ $body }); check the endpoint URL, method and auth headers.
batch-endpoint-empty = The signing endpoint's reply is empty, not JSON; point --endpoint-url at the API, not at a page.
batch-endpoint-not-json = The signing endpoint's reply is not JSON ({ $body }); point --endpoint-url at the API, not at a page.
batch-endpoint-missing-fields = The reply has no { $missing } ({ $body }); name the fields with --signature-field and friends.
batch-endpoint-failed = The request to the signing endpoint failed ({ $detail }).
batch-saved-no-endpoint = profile `{ $profile }` has no signing endpoint: pass --endpoint-url (add --save-endpoint to keep it in the profile)
batch-saved-header-missing = the value of header `{ $header }` of profile `{ $profile }` is not in the secret store: pass it with --header-env { $header }=VAR (VAR: an environment variable holding the value), and add --endpoint-url URL --save-endpoint once to keep it
batch-saved-header-not-kept = the value of header `{ $header }` of profile `{ $profile }` was not kept: the secret store is memory-only ({ $env }=memory, or no usable OS keyring). Pass it on every run with --header-env { $header }=VAR (VAR: an environment variable holding the value)
batch-run-no-client = could not set up the HTTP client ({ $detail }); check the system's TLS certificates

## Batch · reports

batch-report-title = wxsign batch report
batch-report-endpoint = Endpoint
batch-report-cancelled = cancelled
batch-report-pages = pages
batch-report-show-all = All
batch-report-show-failed = Failed
batch-report-show-errors = Errors
batch-report-show-passed = Passed
batch-report-show-not-run = Not run
batch-report-status = Status
batch-report-causes = Causes and findings
batch-report-no-cause = The signature does not match and no known mistake reproduces it.
batch-report-reply = Reply
batch-report-skipped = the run was cancelled before this page was checked

## Probe · findings

probe-judge-config-fields-missing = wx.config is missing { $names }; WeChat answers config:fail.
probe-judge-config-fields-missing-fix = Pass appId, timestamp, nonceStr, signature and jsApiList to wx.config.
probe-judge-url-domain = The page { $page } is not under a JS safe domain ({ $domains }); WeChat answers config:invalid url domain whatever the signature.
probe-judge-url-domain-fix = Add the domain in 公众号设置 → 功能设置 → JS接口安全域名, or serve the page from a safe domain.
probe-judge-app-id-mismatch = The page configures appId { $got }, but the profile's appId is { $expected }.
probe-judge-app-id-mismatch-fix = Make the page use the Official Account's appId and a signature from its own jsapi_ticket.
probe-judge-js-api-name-fix = Fix the name in wx.config (names are case-sensitive).
probe-judge-not-verified = No jsapi_ticket was given, so the signature was not checked.
probe-judge-not-verified-fix = Pass --ticket or --profile to verify the signature.
probe-judge-share-link-missing = { $api } has no link: the card will point at whatever page is open.
probe-judge-share-link-missing-fix = Pass the page's canonical https link.
probe-judge-share-img-missing = { $api } has no imgUrl: the card shows a blank or default thumbnail.
probe-judge-share-img-missing-fix = Pass an absolute https image URL.
probe-judge-share-without-config = The page calls { $api } but never called wx.config: WeChat ignores it.
probe-judge-share-without-config-fix = Call wx.config first and set the share inside wx.ready.
probe-judge-share-api-missing = The page calls { $api } but jsApiList lacks it: WeChat answers permission denied.
probe-judge-share-api-missing-fix = Add { $api } to jsApiList.
probe-judge-share-before-config = { $api } was called before wx.config completed; on a slow phone it runs before the signature is verified and fails.
probe-judge-share-before-config-fix = Call the share APIs inside wx.ready(...).
probe-run-oauth-required = The page sends visitors to WeChat login first (appid { $appid }, scope { $scope }); a probe cannot log in. After login WeChat opens { $sign_url }: that URL, with its code and state, is what the server must sign.
probe-run-oauth-required-fix = Probe the redirect_uri page directly, with a code and state from a real login, or a test page without login.
probe-run-renderer-crashed = The page crashed the browser's renderer before it went quiet.
probe-run-renderer-crashed-fix = Open the page in a desktop browser with DevTools to find the crash (memory, an endless loop).
probe-run-navigation-failed = The page did not load: { $error }.
probe-run-navigation-failed-cert-fix = WeChat refuses this certificate too: serve a valid certificate for the page's host.
probe-run-navigation-failed-fix = Check the URL and that the server answers from this machine.
probe-run-timed-out = The page did not go quiet within { $timeout_ms } ms; the browser was stopped.
probe-run-timed-out-fix = Look for a request that never ends or a script that keeps the page busy; or raise --timeout-ms.
probe-run-page-http-status = The page itself answered HTTP { $status }.
probe-run-page-http-status-fix = Check the URL and the server's logs.
probe-run-an-error = an error
probe-run-request-failed = The page's call to { $path } returned { $what }.
probe-run-request-failed-fix = If this is the signing endpoint, fix it first: the page cannot call wx.config without it.
probe-run-page-exception = The page threw: { $message }
probe-run-page-exception-fix = A script error can stop the code that calls wx.config; fix it in the page.
probe-run-config-debug = wx.config has debug: true: every reply pops up an alert on the phone.
probe-run-config-debug-fix = Turn debug off before release.
probe-run-user-agent-fix = Leave out --user-agent to play WeChat's own, or give one with MicroMessenger/8.0.x.
probe-run-bundled-sdk = The page's JS-SDK never set window.wx (a bundled build); the probe saw it through the bridge.
probe-run-bundled-sdk-fix = Nothing to fix; console snippets using window.wx will not work on this page.
probe-run-sdk-failed = The JS-SDK script { $url } failed to load, so wx.config never ran.
probe-run-no-sdk = The page never loaded the JS-SDK (no jweixin script, no bridge call) and never called wx.config.
probe-run-no-config-request = jweixin loaded but wx.config was never called; probably because the page's call to { $path } returned { $what }.
probe-run-no-config-exception = jweixin loaded but wx.config was never called; a script error may have stopped it: { $message }
probe-run-no-config-shares = The page set its share, but no wx.config reached the client: wx.config was never called, or was called with check: false, which skips the verification the share needs.
probe-run-no-config = The JS-SDK loaded but wx.config was never called before the page went quiet.
probe-run-no-config-fix = Call wx.config on page load with the signature from your server (check the failed requests and exceptions above).
probe-ua-not-wechat = The user agent has no MicroMessenger: jweixin will not believe it runs in WeChat (it never calls wx.error, sends no report beacon, and with debug: true runs the wx.ready callbacks at once, before config).
probe-ua-bad-version = The user agent's MicroMessenger version is missing or not single-digit (e.g. 8.0.76): jweixin compares it as a string and then never calls wx.error.
probe-outcome-configured = wx.config called
probe-outcome-no-config-call = no wx.config call
probe-outcome-oauth-required = stopped at WeChat OAuth
probe-outcome-navigation-failed = the page did not load
probe-outcome-timed-out = timed out
probe-batch-bad-url-fix = Give the page's full http(s) address.
probe-batch-on-platform = { $platform }: { $message }

## Probe · live timeline

probe-seen-document = document { $url }
probe-seen-url-change = { $kind } { $url }
probe-seen-signature-matches = signature matches
probe-seen-signature-mismatch = signature does NOT match
probe-seen-signature-unchecked = signature not checked
probe-seen-config = wx.config on { $url } — { $verdict }, answered { $answer }
probe-seen-no-title = (no title)
probe-seen-share = { $api }: { $title }
probe-seen-dialog = { $kind }: { $message }
probe-seen-http-failed = { $method } { $url } → HTTP { $status }
probe-seen-request-failed = { $method } { $url } → { $error }
probe-seen-blocked = blocked { $url }
probe-seen-oauth = WeChat OAuth: appid { $appid } → { $redirect_uri }
probe-seen-exception = exception: { $message }
probe-seen-crashed = the page's renderer crashed
probe-seen-no-page = the browser could not open a page: { $error }
probe-seen-navigation-stopped = navigation stopped

## Probe · browser

probe-launch-browser-missing = the browser { $path } does not exist or is not a file; pass the path of Chrome, Chromium or Edge to --browser (Debian: apt-get install chromium-headless-shell, or chromium)
probe-launch-browser-not-found = no Chromium-family browser found (looked for { $searched } on PATH and in the usual install places); install Chrome, Chromium or Edge (Debian: apt-get install chromium-headless-shell, or chromium) or pass its path with --browser
probe-launch-profile-dir = cannot create a temporary browser profile ({ $error }); check TMPDIR
probe-launch-spawn = cannot start the browser { $browser } ({ $error }); pass another one with --browser
probe-launch-no-output = the browser's output could not be read
probe-launch-no-address = it printed no DevTools address within { $ms } ms
probe-launch-exited = it exited at once
probe-launch-failed = the browser { $browser } did not start: { $why }. { $tail }
probe-launch-connect = cannot talk to the browser ({ $error }); try another one with --browser
probe-error-cancelled = cancelled
probe-error-bad-url = `{ $url }` is not an absolute http(s) URL; give the page's full address, e.g. https://example.com/page
probe-cdp-failed = { $step }: { $error }
probe-cdp-no-answer = { $step }: no answer within { $seconds } s
probe-cdp-connecting-to-the-browser = connecting to the browser
probe-cdp-reading-the-browser-version = reading the browser version
probe-cdp-creating-a-browser-context = creating a browser context
probe-cdp-opening-a-page = opening a page
probe-cdp-closing-a-browser-context = closing a browser context
probe-cdp-closing-the-page = closing the page
probe-cdp-closing-a-dialog = closing a dialog
probe-cdp-blocking-a-request = blocking a request
probe-cdp-continuing-a-request = continuing a request
probe-cdp-enabling-crash-reports = enabling crash reports
probe-cdp-adding-the-bridge-binding = adding the bridge binding
probe-cdp-injecting-the-bridge = injecting the bridge
probe-cdp-setting-the-user-agent = setting the user agent
probe-cdp-setting-the-viewport = setting the viewport
probe-cdp-enabling-touch = enabling touch
probe-cdp-setting-request-headers = setting request headers
probe-cdp-enabling-the-network-domain = enabling the network domain
probe-cdp-enabling-request-interception = enabling request interception
probe-cdp-navigating = navigating
probe-cdp-answering-the-page = answering the page

## Secrets (keyring)

secrets-failed = the keyring failed: { $detail }. Retry; if it persists, restart the keyring service
secrets-corrupt = the keyring entry { $service }/{ $account } is not readable text: delete it (`wxsign secret delete`) and set it again
secrets-in-keyring = secrets and the token cache are in the OS keyring
secrets-in-memory = { $env }=memory: secrets and the token cache are kept in memory for this session only
secrets-unavailable-fix-linux = start a Secret Service (gnome-keyring or KeePassXC) in your desktop session, or run under `dbus-run-session` with `gnome-keyring-daemon --unlock`
secrets-unavailable-fix-macos = unlock the login keychain in Keychain Access
secrets-unavailable-fix-windows = check that Credential Manager is available for your user
secrets-unavailable = no usable OS keyring ({ $detail }): { $fix }. Until then the secret can be kept for this session only (or set { $env }) and the token cache lives in memory; neither is ever written to a file.
secrets-store-macos = macOS Keychain
secrets-store-windows = Windows Credential Manager
secrets-store-linux = Secret Service over D-Bus (gnome-keyring, KeePassXC)
secrets-status-checking = …
secrets-keyring-platform-failure = platform failure: { $detail }
secrets-keyring-no-access = the keyring refused access (is it locked?): { $detail }
secrets-keyring-no-entry = no such entry
secrets-keyring-unreadable = the stored value is not readable
secrets-keyring-malformed = the keyring is malformed: { $detail }
secrets-keyring-too-long = { $attr } is longer than { $max }
secrets-keyring-invalid = invalid { $attr }: { $why }
secrets-keyring-ambiguous = several matching entries
secrets-keyring-no-service = no keyring service could be reached
secrets-keyring-unsupported = not supported by this keyring: { $detail }
secrets-keyring-unknown = unknown keyring error
secrets-self-test-unreadable = an entry just written could not be read back
secrets-self-test-gone = an entry just written was gone before it could be deleted
secrets-memory-poisoned = the in-memory store was poisoned by a crash

## Doctor

doctor-keyring-reachable = keyring: { $store } is reachable
doctor-keyring-memory = keyring: WXSIGN_KEYRING=memory, secrets and the token cache last for one run only
doctor-keyring-memory-fix = unset WXSIGN_KEYRING to keep them in the { $store }
doctor-keyring-unusable = keyring: { $store } cannot be used
doctor-keyring-locked = keyring: the default collection is locked
doctor-keyring-locked-fix = unlock it: log in to the desktop session, or run `gnome-keyring-daemon --unlock` (or unlock KeePassXC)
doctor-keyring-unlocked = keyring: unlocked
doctor-keyring-write-ok = keyring: a test entry was written, read back and deleted
doctor-keyring-write-failed = keyring: writing a test entry failed: { $why }
doctor-keyring-write-failed-fix = unlock the keyring and retry; until then secrets last for this session only (or use WXSIGN_APP_SECRET)
doctor-config-dir-missing = config: { $dir } does not exist yet (the first saved profile creates it)
doctor-config-dir = config: { $dir }
doctor-config-dir-read-only = config: { $dir } is not writable: profiles cannot be saved
doctor-config-dir-read-only-fix = give your user write access to { $dir }, or set WXSIGN_CONFIG_DIR to a folder you own
doctor-config-dir-unreadable = config: { $dir } cannot be read ({ $error })
doctor-config-dir-unreadable-fix = check its permissions, or set WXSIGN_CONFIG_DIR to a folder you own
doctor-profiles-none = profiles.toml: none yet (`wxsign profile add NAME --appid APPID`)
doctor-profiles-valid = profiles.toml: valid, { $count } profile(s); { $backups }
doctor-profiles-damaged = profiles.toml: damaged, { $count } profile(s) readable: { $problem }
doctor-profiles-damaged-fix = fix the entry named above in a text editor; the next save keeps a copy of the damaged file as profiles.toml.bak
doctor-profiles-damaged-fix-backups = fix the entry named above in a text editor; { $backups }
doctor-profiles-unreadable = profiles.toml cannot be read ({ $error })
doctor-profiles-unreadable-fix = check the permissions of { $dir }/profiles.toml
doctor-no-backups = no backups
doctor-backups = backups of damaged versions: { $names }
doctor-browser = page probe browser: { $browser } ({ $path })
doctor-browser-missing-fix = wxsign probe needs Chrome, Chromium or Edge (Debian: apt-get install chromium-headless-shell), or --browser PATH
doctor-font-system = Chinese font: { $family } ({ $path })
doctor-font-bundled-forced = Chinese font: the bundled GB2312 subset of Noto Sans SC (WXSIGN_FONT=bundled)
doctor-font-bundled = Chinese font: no system CJK font found, using the bundled GB2312 subset (rare characters outside GB2312 show as boxes)
doctor-font-bundled-fix = install a CJK font (Debian: fonts-noto-cjk) for full coverage
doctor-reach-base = { $base }
doctor-reach-via-proxy = { $base } through the proxy { $proxy }
doctor-reach-failed = { $base }: { $what }
doctor-reach-proxy-dns = the proxy's host could not be resolved (DNS: { $error })
doctor-reach-proxy-dns-fix = check HTTPS_PROXY (the host name of the proxy) and your network
doctor-reach-dns = the host could not be resolved (DNS: { $error })
doctor-reach-dns-fix = check the API base in the profile, your network and DNS; behind a proxy set HTTPS_PROXY
doctor-reach-proxy-tcp = the proxy refused or did not answer the connection ({ $error })
doctor-reach-proxy-tcp-fix = check that the proxy in HTTPS_PROXY is running and its port is right, or unset HTTPS_PROXY
doctor-reach-tcp = TCP connection failed ({ $error })
doctor-reach-tcp-fix = check the API base's host and port, a firewall, or set HTTPS_PROXY if you need a proxy
doctor-reach-not-reached = not reached
doctor-reach-check-base = check the API base
doctor-reach-tls = TLS with the OS certificate store failed ({ $error })
doctor-reach-tls-fix = behind a corporate proxy, install its CA certificate in the OS certificate store; check the system clock
doctor-reach-ok = { $base }: reachable: DNS { $first } → TCP → { $tls }HTTP { $status }
doctor-reach-proxy-http = the request through the proxy failed ({ $error })
doctor-reach-proxy-http-fix = check that the proxy allows CONNECT to this host, or unset HTTPS_PROXY
doctor-reach-http = no HTTP answer ({ $error })
doctor-reach-http-fix = check that the API base is WeChat or your proxy/token server, and that it is up
doctor-reach-no-http = no HTTP answer
doctor-clock-ok = clock: within { $seconds } s of the server's Date
doctor-clock-min-s = { $minutes } min { $seconds } s
doctor-clock-s = { $seconds } s
doctor-clock-ahead = clock: this computer is { $amount } ahead of the server: generated timestamps and token expiry are off by as much
doctor-clock-behind = clock: this computer is { $amount } behind the server: generated timestamps and token expiry are off by as much
doctor-clock-fix-macos = turn on System Settings → General → Date & Time → Set time automatically
doctor-clock-fix-windows = turn on Settings → Time & language → Set time automatically, then Sync now
doctor-clock-fix-linux = turn on NTP: `timedatectl set-ntp true` (or install chrony)
doctor-secret-from-keyring = the OS keyring
doctor-secret-from-env = WXSIGN_APP_SECRET
doctor-secret-from-session = this session only
doctor-secret-set = appSecret of { $app_id }: set ({ $source })
doctor-secret-not-needed = appSecret: not needed (the ticket does not come from the WeChat API)
doctor-secret-missing = appSecret of { $app_id }: not set
doctor-secret-missing-fix = `wxsign secret set --profile { $name }` (or the profile editor), or set WXSIGN_APP_SECRET
doctor-secret-unknown = appSecret of { $app_id }: the keyring could not be asked
doctor-pasted-valid = pasted ticket: valid { $minutes } min more
doctor-pasted-expired = pasted ticket: expired
doctor-pasted-expired-fix = paste a fresh one: `wxsign secret set --profile { $name } --ticket`
doctor-pasted-none = pasted ticket: none stored
doctor-pasted-none-fix = paste one: `wxsign secret set --profile { $name } --ticket`
doctor-cache-fresh = { $what } cached, valid { $minutes } min
doctor-cache-none = no fresh { $what } cached
doctor-cache = { $token }; { $ticket } (fetched on first use)
doctor-check-stopped = the local checks stopped unexpectedly ({ $error }); run them again, and report it if it keeps happening

## Bridge · core texts not yet in the catalogue

bridge-core-text =
    { $en }{ $zh ->
       *[other] {""}
    }

## Lists

list-join = { $first }, { $rest }

## Profiles

profile-no-config-dir = no config directory could be determined: set { $env } to a writable directory
profile-io-read-advice = check that the file is readable by you
profile-io-write-advice = check the directory exists and is writable
profile-io = could not { $action } { $path }: { $cause }; { $advice }
profile-encode = could not encode the profiles: { $error }
profile-not-found = no profile named '{ $name }': see `wxsign profile list`
profile-exists = a profile named '{ $name }' already exists: use `wxsign profile edit { $name }`
profile-broken = { $path } has entries wxsign cannot read and no backup of it could be written, so it is not overwritten: fix or move it by hand
profile-file-unreadable = { $issues }. The profiles file cannot be read, so no profile is loaded; the file is left as it is. Fix it; saving a profile first keeps a copy as profiles.toml.bak (or .N.bak) and starts a new file.
profile-entry-skipped = { $issues }. This profile entry was skipped; the other profiles are loaded and the file is left as it is. Fix the entry; saving a profile first keeps a copy of the file as profiles.toml.bak (or .N.bak) and drops the entry.
profile-backup-kept = the profiles file had entries that could not be read: the previous file is kept as { $path }
profile-api-base-bad = API base '{ $base }' { $why }: use { $default } or your proxy's URL
profile-api-base-not-url = is not an http(s) URL
profile-api-base-query = has a query or fragment (wxsign appends /cgi-bin/... to it)
profile-api-base-cgi-bin = ends with /cgi-bin (wxsign appends /cgi-bin/...): leave it out
profile-no-such-app = profile '{ $name }' has no app with agentid { $id } (its apps: { $apps }): add it with `wxsign profile edit { $name } --agent-id { $id }`
profile-no-app = profile '{ $name }' has no WeCom app yet: add one with `wxsign profile edit { $name } --agent-id N --agent-name NAME`
profile-id-or = { $first } or { $rest }
profile-id-shape = { $prefix } and 16 lowercase hex digits
profile-id-shape-either = { $prefixes } and 16 lowercase hex digits
profile-id-invalid = { $label } '{ $id }' is not valid ({ $shape }): copy it from { $console } (it looks like { $example })
profile-apps-not-wecom = an Official Account profile has no apps (agentids): apps belong to WeCom profiles (--platform wecom)
profile-agent-id-zero = agentid 0 is not an app: copy the AgentId from 应用管理 → the app (it looks like 1000002)
profile-agent-id-twice = agentid { $agent_id } is listed twice: each app once
profile-name-empty = the profile name is empty: give it a name
profile-too-many-safe-domains = { $count } safe domains given: an account has at most { $max } (公众号设置 → 功能设置 → JS接口安全域名)
profile-too-many-domains = { $count } { $label }s given: an app has at most { $max } ({ $console })
profile-safe-domain = safe domain
profile-domain-invalid = { $label } '{ $entry }': { $message } { $fix }
profile-timeout-zero = a timeout of 0 ms is not possible: give milliseconds, e.g. 5000 (connect) and 15000 (total)
profile-redis-url-unparsable = Redis URL '{ $url }' does not parse ({ $error }): write it as redis://host:6379/0 or rediss://user@host:6380/0
profile-redis-url-scheme = Redis URL '{ $url }' must start with redis:// (or rediss:// for TLS)
profile-redis-url-password = the Redis URL contains a password: remove it from the URL and store it with `wxsign secret set --profile NAME --redis` (or set WXSIGN_REDIS_PASSWORD)
profile-redis-url-no-host = Redis URL '{ $url }' has no host
profile-redis-url-db = Redis URL '{ $url }': the path must be the database number (/0 … /15)
profile-redis-ticket-key-empty = the Redis ticket key is empty: give the key your backend caches the jsapi_ticket under (--redis-ticket-key)
profile-redis-agent-key-bad = the Redis agent ticket key for '{ $id }' is not AGENTID=KEY: give it as --redis-agent-ticket-key 1000002=KEY
profile-redis-token-key-empty = the Redis token key is empty: give a key or leave it out

## Errcodes · Official Account

errcode-oa-busy = WeChat is busy
errcode-oa-busy-fix = retry after a few seconds
errcode-oa-40001 = invalid credential: the appSecret is wrong, or the access_token is invalid or not the latest
errcode-oa-40001-fix = if this came while getting the token, check the appSecret. Otherwise the token was replaced (someone force-refreshed the stable token, or a program called cgi-bin/token): wxsign dropped it, run the command again; if it keeps happening, find who refreshes it (a legacy-mode profile should use stable_token)
errcode-oa-40002 = invalid grant_type
errcode-oa-40002-fix = this is a wxsign bug: please report it
errcode-oa-40013 = invalid appId
errcode-oa-40013-fix = check the appId in the profile against 开发 → 基本配置
errcode-oa-40014 = invalid access_token
errcode-oa-40014-fix = fetch the token again
errcode-oa-40097 = invalid ticket type
errcode-oa-40097-fix = use type=jsapi (or wx_card for card tickets)
errcode-oa-40125 = invalid appSecret
errcode-oa-40125-fix = enter the appSecret again (it may have been reset): `wxsign secret set --profile NAME`
errcode-oa-40164 = the caller's IP is not in the account's IP whitelist
errcode-oa-40164-fix = add the IP shown to 开发 → 基本配置 → IP白名单
errcode-oa-40243 = the AppSecret is frozen
errcode-oa-40243-fix = unfreeze it in the admin console
errcode-oa-41002 = the appId or the appSecret is missing
errcode-oa-41002-fix = fill in both: the appId in the profile, the secret with `wxsign secret set --profile NAME`
errcode-oa-42001 = the access_token expired
errcode-oa-42001-fix = fetch the token again
errcode-oa-43002 = this API requires POST
errcode-oa-43002-fix = this is a wxsign bug (or a proxy changed the method): please report it
errcode-oa-45009 = the daily API quota is used up
errcode-oa-45009-fix = wait until tomorrow, or reset the quota in the console (10 times a month)
errcode-oa-45011 = the per-minute API quota is used up
errcode-oa-45011-fix = wait a minute and try again
errcode-oa-50004 = the token API is forbidden for this account
errcode-oa-50004-fix = check the account's API settings in the console
errcode-oa-50007 = the account is frozen
errcode-oa-50007-fix = resolve it in the admin console
errcode-oa-61024 = an account managed by a third-party platform must use the component token
errcode-oa-61024-fix = get the token from your third-party platform, then paste the ticket instead
errcode-oa-89501 = this IP awaits the admin's confirmation
errcode-oa-89501-fix = ask the admin to confirm the IP in the console, then retry
errcode-oa-89506 = the admin refused this IP; it is blocked for 24 hours (89506) or 1 hour (89507)
errcode-oa-89506-fix = wait, or ask the admin to allow it
errcode-oa-unknown = WeChat error { $errcode }
errcode-oa-unknown-fix = look up the errcode in the WeChat docs (全局返回码说明); the errmsg above may say more

## Errcodes · WeCom

errcode-wecom-busy = WeCom is busy
errcode-wecom-busy-fix = retry after a few seconds
errcode-wecom-40001 = invalid secret: the secret of this app is wrong (on WeCom this is not a replaced token)
errcode-wecom-40001-fix = enter that app's secret again (应用管理 → the app → Secret): `wxsign secret set --profile NAME --agent-id N`
errcode-wecom-40013 = invalid corpId
errcode-wecom-40013-fix = check the corpId in the profile against 我的企业 → 企业信息 → 企业ID
errcode-wecom-40014 = invalid access_token
errcode-wecom-40014-fix = fetch the token again; never pass a suite (third-party) token to the ticket APIs
errcode-wecom-40056 = invalid agentid
errcode-wecom-40056-fix = check the app's AgentId in 应用管理 → the app
errcode-wecom-40091 = the secret belongs to another corp
errcode-wecom-40091-fix = use a secret of this corp's app: `wxsign secret set --profile NAME --agent-id N`
errcode-wecom-40093 = invalid jsapi_ticket (the client also reports a bad signature this way)
errcode-wecom-40093-fix = check which ticket signed which call: wx.config takes the corp ticket, wx.agentConfig the agent ticket of its agentid (`wxsign verify --ticket CORP --agent-ticket AGENT`)
errcode-wecom-41001 = the access_token, corpid or secret is missing
errcode-wecom-41001-fix = fill them in: the corpId in the profile, the app's secret with `wxsign secret set --profile NAME --agent-id N`
errcode-wecom-42001 = the access_token expired
errcode-wecom-42001-fix = fetch the token again
errcode-wecom-42012 = ticket not available: the agent ticket was asked with another app's token
errcode-wecom-42012-fix = fetch the agent ticket with the token of the agentid's own app (its own secret)
errcode-wecom-45009 = the API quota is used up (tickets: 400 an hour per corp, 100 an hour per app)
errcode-wecom-45009-fix = wait for the hour to pass; wxsign caches tickets, so find what else fetches them (a server that does not cache)
errcode-wecom-48002 = the API is forbidden for this app (the errmsg may carry the IP)
errcode-wecom-48002-fix = check the app's API permissions and its 企业可信IP
errcode-wecom-60020 = the caller's IP is not in the app's 企业可信IP (apps created after 2022-06-20)
errcode-wecom-60020-fix = add the IP shown to 应用管理 → the app → 企业可信IP, or sign with a pasted or Redis ticket (`wxsign profile edit NAME --ticket-source pasted`)
errcode-wecom-80001 = the page's domain is not a trusted domain of the app
errcode-wecom-80001-fix = add it in 应用管理 → the app → 网页授权及JS-SDK → 可信域名 (WW_verify_xxx.txt at the domain root)
errcode-wecom-91040 = invalid ticket type
errcode-wecom-91040-fix = the agent ticket is type=agent_config: this is a wxsign bug or a proxy changed the query
errcode-wecom-unknown = WeCom error { $errcode }
errcode-wecom-unknown-fix = look it up: https://open.work.weixin.qq.com/devtool/query?e={ $errcode }

## Redis ticket source · errors

redis-error-refused = Redis at { $addr } refused the connection: check the host and port in the Redis URL, that the server runs, and that a tunnel (ssh -L) is up if you use one
redis-error-timeout = Redis at { $addr } did not answer within { $ms } ms: check the host, a firewall or the tunnel, or raise the profile's timeouts
redis-error-connect = could not connect to Redis at { $addr } ({ $detail }): check the Redis URL and the network
redis-error-tls = TLS with Redis at { $addr } failed ({ $detail }): for a private CA, install it in the OS certificate store or point SSL_CERT_FILE at its PEM file; use redis:// if the server has no TLS
redis-error-no-password = Redis at { $addr } requires a password: store it with `wxsign secret set --profile NAME --redis` or set WXSIGN_REDIS_PASSWORD
redis-error-auth-failed = Redis at { $addr } rejected the user name or password ({ $code }): store the right one with `wxsign secret set --profile NAME --redis` (or WXSIGN_REDIS_PASSWORD), and check the user in the URL
redis-error-no-permission = the Redis user may not run { $command } on { $addr }: grant it read access (ACL +get +ttl +type +exists ~KEY)
redis-error-missing-key = the key '{ $key }' does not exist in Redis db { $db } at { $addr }: check the key name and the db in the URL, or wait until the backend caches a ticket
redis-error-wrong-type = the key '{ $key }' holds a Redis { $found }, not a string: wxsign reads string values (GET); point the profile at the key holding the value
redis-error-value = the value of '{ $key }': { $problem }
redis-error-no-token-key = this profile reads from Redis but has no token key: add one with `wxsign profile edit NAME --redis-token-key KEY`
redis-error-only-jsapi = the Redis source holds the jsapi ticket only: a wx_card ticket comes from the WeChat API (switch the profile's ticket source to wechat)
redis-error-other = Redis at { $addr }: { $detail }
redis-meaning-bad-settings = the profile's Redis settings are not valid
redis-meaning-unreachable = Redis could not be reached
redis-meaning-tls = the TLS connection to Redis failed
redis-meaning-auth = Redis authentication failed
redis-meaning-no-permission = the Redis user lacks read permission
redis-meaning-missing-key = the Redis key does not exist
redis-meaning-wrong-type = the Redis key is not a string
redis-meaning-value = the cached value is in an unexpected format
redis-meaning-cannot-provide = the Redis source cannot provide this
redis-fix-bad-settings = fix the profile's Redis settings (`wxsign profile edit NAME --redis-url …`)
redis-fix-unreachable = check the Redis URL, that the server runs, and the network or tunnel
redis-fix-tls = trust the server's CA (OS certificate store or SSL_CERT_FILE), or use redis:// for a server without TLS
redis-fix-auth = store the Redis password with `wxsign secret set --profile NAME --redis` (or set WXSIGN_REDIS_PASSWORD)
redis-fix-no-permission = grant the Redis user read access to the key (+get +ttl +type +exists)
redis-fix-missing-key = check the key name and the db in the Redis URL (`wxsign profile edit NAME --redis-ticket-key KEY`)
redis-fix-wrong-type = point the profile at the string key that holds the ticket
redis-fix-value = set the value format the backend uses: `wxsign profile edit NAME --redis-format raw|json:FIELD|pydict:FIELD`
redis-fix-no-token-key = add the token key: `wxsign profile edit NAME --redis-token-key KEY`
redis-fix-only-jsapi = fetch wx_card tickets from a profile whose ticket source is the WeChat API
redis-value-past-expiry = the { $what } in Redis key '{ $key }' is past update_time + expires_in: production has not refreshed it yet, and WeChat may already reject it
redis-value-lifetime-unknown = Redis key '{ $key }' never expires and its value has no update_time: the remaining lifetime of this { $what } is unknown
redis-not-the-source = the ticket source is not Redis: choose Redis and fill in its settings first
redis-url-unusable = Redis URL '{ $url }' is not usable ({ $error }): write it as redis://host:6379/0

## WeChat and WeCom client

wechat-legacy-token-warning = legacy token mode called cgi-bin/token: this issued a NEW access_token, and the one your production server holds stops working in 5 minutes (40001). Switch the profile to stable_token unless this account has no server.
wechat-force-refresh-warning = forced refresh rotated the stable access_token (limit: 20 a day, 30 s apart); every caller now gets the new one
wecom-quota-corp = { $count } of the { $quota } ticket fetches WeCom allows corp { $corp_id } an hour are used: at { $quota } it answers 45009 until the hour is over. wxsign caches tickets; look for a server that does not
wecom-quota-app = { $count } of the { $quota } ticket fetches WeCom allows app { $agent_id } an hour are used: at { $quota } it answers 45009 until the hour is over
wechat-error-full = { $detail }: { $fix }
wechat-error-api-full = { $detail }: { $meaning }; { $fix }
wechat-fix-allow-ip = add { $ip } to { $console }
wechat-fix-allow-ip-wecom = add { $ip } to { $console }, or sign with a pasted or Redis ticket instead (`wxsign profile edit NAME --ticket-source pasted`): a desktop on an office IP is rarely trusted
wechat-fix-agent-ticket-own-token = the agent ticket of app { $agent_id } needs the token of app { $agent_id } itself: the secret stored for agentid { $agent_id } belongs to another app. Set app { $agent_id }'s own secret (应用管理 → the app → Secret): `wxsign secret set --profile NAME --agent-id { $agent_id }`
wechat-fix-more = { $fix } (more: { $link })
wechat-no-secret = no appSecret is set for { $app_id }
wechat-no-app-secret = no secret is set for app { $agent_id } of { $corp_id }
wechat-no-app-secret-fix = set that app's own secret (应用管理 → the app → Secret) with `wxsign secret set --profile NAME --agent-id { $agent_id }` (or WXSIGN_APP_SECRET / --secret-stdin)
wechat-keyring-unusable = the keyring could not be used
wechat-fix-check-profile = check the profile (`wxsign profile show NAME`)
wechat-no-secret-fix = store it with `wxsign secret set --profile NAME`, or set WXSIGN_APP_SECRET, or pass --secret-stdin
wechat-no-secret-fix-no-keyring = no usable OS keyring can store it here, so give it per call: set WXSIGN_APP_SECRET or pass --secret-stdin
wechat-internal = internal error: { $detail }
wechat-http-status = { $endpoint }: HTTP { $status } from the API base
wechat-not-json = { $endpoint }: the answer is not JSON (HTTP { $status }, { $content_type }, starts with { $preview })
wechat-missing-field = { $endpoint }: the JSON answer has no { $field }
wechat-timeout = { $endpoint }: no answer within { $ms } ms
wechat-dns = { $endpoint }: the host { $host } could not be resolved (DNS)
wechat-tls = { $endpoint }: TLS failed ({ $detail })
wechat-connect = { $endpoint }: could not connect ({ $detail })
wechat-network = { $endpoint }: the request failed ({ $detail })
wechat-bad-base = the API base '{ $base }' is not a valid http(s) URL
wechat-setup = the HTTP client could not be built ({ $detail })
wechat-api = { $endpoint }: { $api } errcode { $errcode } ({ $errmsg })
wechat-meaning-http-status = the API base answered with an HTTP error
wechat-fix-http-status = check the API base URL and that the proxy in front of WeChat is up
wechat-meaning-not-wechat = the answer is not a WeChat API answer
wechat-fix-not-wechat = the API base points at something else, or a proxy or captive portal answered: check the API base
wechat-meaning-timeout = no answer in time
wechat-fix-timeout = check the network, or raise the profile's timeouts
wechat-meaning-dns = the API host could not be resolved
wechat-fix-network = check the API base, the network and HTTPS_PROXY
wechat-meaning-tls = the TLS handshake failed
wechat-fix-tls = behind a corporate proxy, install its CA certificate in the OS store
wechat-meaning-connect = the API base could not be reached
wechat-meaning-setup = the HTTP client could not be built
wechat-fix-setup = check the system's TLS certificates
wechat-meaning-bad-base = the request could not be made
wechat-fix-bad-base = fix the API base in the profile or --api-base
wecom-no-such-ticket = { $platform } has no { $kind } ticket: use --type jsapi (the corp ticket) or --type agent_config (the agent ticket)
reach-not-http-url = '{ $base }' is not an http(s) URL
reach-no-address = { $host } has no address
reach-no-answer = no answer within { $ms } ms
reach-addr-no-answer = { $addr }: no answer within { $ms } ms
wechat-origin-redis-update-time = update_time
wechat-origin-redis-ttl = TTL
wechat-origin-redis-no-expiry = no expiry
wechat-origin-redis = Redis { $key } ({ $basis })
wechat-origin-pasted = pasted

## Ticket sources

tickets-redis-no-agent-key = profile '{ $name }' reads its tickets from Redis but has no key for the agent ticket of app { $agent_id }: add it with `wxsign profile edit { $name } --redis-agent-ticket-key { $agent_id }=KEY`
tickets-no-such-kind = { $platform } has no { $kind } ticket: its tickets are { $kinds }

## Batch · pages file

batch-pagesfile-error = pages file: { $message }
batch-pagesfile-error-at = pages file, line { $line }: { $message }
batch-pagesfile-none = no pages found; list one page URL per line, or use CSV with a `url` column, or JSON
batch-pagesfile-json-shape = a JSON pages file is an array of URLs or of objects with a `url` field (and optional title, desc, link, imgUrl, jsApiList, platform, entryUrl), or {"{"}"pages": [...]{"}"}
batch-pagesfile-json-shape-after = { $what }; { batch-pagesfile-json-shape }
batch-pagesfile-no-array = no `pages` array
batch-pagesfile-not-a-page = page { $n } is { $kind }; write a URL string or an object with a `url` field
batch-pagesfile-empty-url = page { $n } has an empty `url`
batch-pagesfile-json-null = null
batch-pagesfile-json-boolean = a boolean
batch-pagesfile-json-number = a number
batch-pagesfile-json-string = a string
batch-pagesfile-json-array = an array
batch-pagesfile-json-object = an object
batch-pagesfile-json-mixed-array = an array holding something else than strings
batch-pagesfile-page-url = page { $n } ({ $url })
batch-pagesfile-page = page { $n }
batch-pagesfile-no-url-field = { $page } has no `url` field; every page needs its URL
batch-pagesfile-url-not-string = must be the page URL as a string
batch-pagesfile-not-string = must be a string
batch-pagesfile-platform-value = must be "ios" or "android"
batch-pagesfile-js-api-list-value = must be an array of API names such as ["updateAppMessageShareData", "updateTimelineShareData"], not { $not }
batch-pagesfile-field = { $page }: `{ $key }` { $problem }
batch-pagesfile-field-invalid = { $page }: { $what }
batch-pagesfile-csv-unknown-column = unknown column `{ $name }`; use url, entry_url, platform, title, desc, link, img_url, js_api_list
batch-pagesfile-csv-no-url-column = the header row has no `url` column; add one
batch-pagesfile-csv-too-many-fields = { $fields } fields but the header names { $columns }; quote fields that contain commas
batch-pagesfile-csv-empty-url = empty `url`; every row needs the page URL
batch-pagesfile-csv-platform = unknown platform `{ $platform }`; use `ios` or `android`
batch-pagesfile-csv-unclosed-quote = a quoted field is never closed; add the closing `"`

## Window settings file

settings-invalid = { $path } is not a valid settings file: fix it or delete it to start over
settings-reading = reading { $path }
settings-creating = creating { $path }
settings-encoding = encoding the settings
settings-writing = writing { $path }
