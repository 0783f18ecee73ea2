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

## Platforms

platform-wechat-api-source = WeChat API
platform-wecom-api-source = WeCom API

## Phone

phone-seen-config = wx.config on { $url } — waiting for the client's answer
phone-seen-client-answer = the client answered { $answer }
phone-seen-client-answer-real-auth = the client answered { $answer }, realAuthUrl { $urls }
phone-source-phone = source: this phone, { $client }, XWeb { $xweb }
phone-source-simulated = source: simulated, { $client }, XWeb { $xweb }
phone-finding-no-answer = The client never answered the wx.config made on { $url } before the recording ended.
phone-finding-no-answer-fix = Keep the page open on the phone; if it still gets no answer, look at the phone for a dialog or a network problem and attach again.
phone-finding-accepted-other = The client accepted the signature, yet it is not the one for the current URL { $url }: this client verified another URL.
phone-finding-ask-fix = Run again with --ask to let the client verify the candidate URLs and name the one it checks.
phone-finding-refused-current-landing = The signature is right for the current URL { $url }, yet the client answered { $answer }: this client verified another URL, probably the landing URL { $landing } (the iOS rule).
phone-finding-refused-current = The signature is right for the current URL { $url }, yet the client answered { $answer }: the ticket or the appId the client checks with is not the one wxsign used.
phone-finding-refused-current-fix = Check that the profile's ticket is the one the server signs with and that the page's appId is the profile's.
phone-finding-late = The web-view refused to run the recorder before the page's scripts; it went in when each document started, so an early wx.config may be missing.
phone-finding-late-fix = If no wx.config was recorded, reload the page on the phone once more while wxsign records, or capture the answer with debug: true.
phone-finding-polled = The web-view refused the DevTools binding; the recorder's messages were collected by polling the page.
phone-finding-polled-fix = Nothing to fix; if a reply is missing, attach again with a longer --timeout-ms.
phone-finding-unwrapped = The client's WeixinJSBridge could not be wrapped: its replies were not recorded.
phone-error-adb-missing = no adb server answers at { $addr } and the adb program is not installed to start one: install it (Debian/Ubuntu: apt install adb; elsewhere Android SDK Platform-Tools) or start your own adb server
phone-error-adb-unreachable = cannot reach the adb server at { $addr } ({ $reason }): run `adb start-server`, or set ANDROID_ADB_SERVER_PORT to the port your server uses
phone-error-adb = adb failed: { $reason }
phone-error-no-device = no phone is connected: plug it in with USB, turn on Developer options → USB debugging, and check that `adb devices` lists it
phone-error-unauthorized = the phone { $serials } has not authorised this computer: unlock it and accept the "Allow USB debugging?" prompt
phone-error-device-not-found = no device { $serial } (connected: { $known })
phone-error-device-not-ready = the device { $serial } is { $state }: reconnect it or accept the USB debugging prompt on it
phone-error-many-devices = several devices are connected ({ $serials }): choose one with --device
phone-error-no-socket = WeChat on { $device } serves no DevTools socket: open { $url } inside WeChat (send it to yourself and tap it), then reopen the page
phone-error-switch-expired = { $apps } runs on { $device } but serves no DevTools socket: the debugging switch is off or has expired; open { $url } inside WeChat again, then reopen the page
phone-error-no-page = WeChat's web-views on { $device } have no page open: open the page on the phone, then attach
phone-error-page-not-found = no open page matches "{ $text }" ({ $count } other pages are open): choose one with --page
phone-error-many-pages = { $count } pages are open: choose one with --page (text in its URL or title)
phone-error-oauth-code = the page { $url } carries an OAuth code, which WeChat accepts only once: reloading it may break the page. Use --entry to open { $entry } instead (it logs in again), or --reload to reload anyway
phone-error-devtools-busy = cannot attach to the page ({ $reason }): another DevTools client holds it; close chrome://inspect or any other debugger, then attach again
phone-error-devtools = cannot attach to the page: { $reason }
phone-error-cancelled = cancelled: the recorder was removed from the page
phone-cli-ask-needs-ticket = --ask signs URLs for the client to verify: give --ticket or --profile
phone-cli-ticket-or-profile = give either --ticket or --profile, not both
phone-cli-adb-started = started the adb server at { $addr }
phone-cli-attached = attached to { $url } on { $device } ({ $socket })
phone-cli-reloading = reloading the page under the recorder…
phone-cli-opening = opening { $url } under the recorder…
phone-cli-asked = asked the client about { $url }: { $answer }
phone-cli-device = device
phone-cli-no-pages = (no page open)
phone-cli-source = source
phone-cli-page = page
phone-cli-opened = opened
phone-cli-client = client
phone-cli-no-answer = (no answer)
phone-cli-reply = reply
phone-cli-findings = phone
phone-cli-asked-label = asked
phone-cli-verifies-current = verifies the current URL
phone-cli-verifies-landing = verifies the landing URL
phone-cli-verifies-both = accepts both the current and the landing URL
phone-cli-verifies-neither = accepted neither URL
phone-cli-verifies-same = cannot tell (the page never changed its URL)
phone-cli-measured = measured
phone-cli-pass = PASS
phone-cli-fail = FAIL
phone-cli-turn-off = When you are done, turn the debugging switch off: open { $url } inside WeChat.
phone-cli-error = error:

## Phone proxy

phone-proxy-source-phone = source: this phone (iOS), { $client }
phone-proxy-source-simulated = source: simulated (iOS), { $client }
phone-proxy-injected = recorder added to { $url }
phone-proxy-injected-external = recorder added to { $url } from the reserved path (the page's policy forbids inline scripts)
phone-proxy-injected-policy = recorder added to { $url } from the reserved path; the page's Content-Security-Policy was widened for that one script
phone-proxy-report-allowed = the Content-Security-Policy of { $url } was widened so the recorder can report (connect-src, its report URL only)
phone-proxy-not-injected = { $url } went to the phone without the recorder: { $reason }
phone-proxy-tunnelled = { $host } is not a target: tunnelled untouched
phone-proxy-tls-refused = The phone refused the proxy's certificate for { $host } ({ $reason }): install the CA profile and turn on full trust for it (see the setup page).
phone-proxy-refused = A request for { $host }{ $path } did not carry this session's token: dropped.
phone-proxy-failed = { $url } could not be fetched: { $reason }
phone-proxy-error-no-host = Name the page's host to intercept with --host (for example --host m.example.com).
phone-proxy-error-bad-host = { $host } is not a host name: give the host alone, without scheme, path or port.
phone-proxy-error-no-lan = This computer has no LAN address: connect it to the phone's Wi-Fi, or name the address to listen on with --listen.
phone-proxy-error-listen = Cannot listen on { $addr } ({ $reason }): choose another --port, or stop what uses it.
phone-proxy-error-ca = The proxy's certificate authority could not be made or read: { $reason }. Check the keyring (wxsign doctor), or remove the CA with --remove-ca and start again.
phone-proxy-setup-title = Debug WeChat pages on this iPhone with wxsign
phone-proxy-setup-download = Download the certificate
phone-proxy-setup-fingerprint = The certificate is "{ $name }", SHA-256 { $sha256 }. Compare it with what wxsign printed before you trust it.
phone-proxy-setup-undo-title = When you are done
phone-proxy-step-wifi = Connect the iPhone to the same Wi-Fi as this computer.
phone-proxy-step-proxy = Settings → Wi-Fi → (i) next to the network → Configure Proxy → Manual: Server { $ip }, Port { $port }.
phone-proxy-step-cert = In Safari open { $url } and allow the download of the configuration profile (HTTPS pages only; plain-HTTP pages need no certificate).
phone-proxy-step-install = Settings → Profile Downloaded (or General → VPN & Device Management) → install the profile.
phone-proxy-step-trust = Settings → General → About → Certificate Trust Settings → turn on full trust for "{ $name }".
phone-proxy-step-open = Open the page in WeChat; wxsign reports what the client answered to its wx.config.
phone-proxy-undo-proxy = Settings → Wi-Fi → (i) → Configure Proxy → Off.
phone-proxy-undo-profile = Settings → General → VPN & Device Management → "{ $name }" → Remove Profile.
phone-proxy-undo-computer = On this computer: wxsign phone proxy --remove-ca
phone-proxy-cli-listening = Proxy on { $addr }, only while this runs. Intercepting { $hosts }; everything else is tunnelled untouched.
phone-proxy-cli-setup = Setup page (open it in Safari on the iPhone): { $url }
phone-proxy-cli-ca = Certificate: "{ $name }", SHA-256 { $sha256 }
phone-proxy-cli-ca-created = A new certificate authority was made: install it on the phone (again).
phone-proxy-cli-key-keyring = Its private key is in the keyring.
phone-proxy-cli-key-file = Its private key is in { $path } (no keyring here; only you can read the file).
phone-proxy-cli-steps = On the iPhone:
phone-proxy-cli-stop = Press Ctrl-C to stop.
phone-proxy-cli-undo = To undo on the iPhone:
phone-proxy-cli-removed = Removed { $what }
phone-proxy-cli-nothing-removed = No proxy certificate authority was stored on this computer.
phone-proxy-cli-stopped = Proxy stopped; { $count } page(s) reported.
