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
ui-copied = Copied
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

## Phone

phone-seen-config = wx.config on { $url } — waiting for the client's answer
phone-seen-client-answer = the client answered { $answer }
phone-seen-client-answer-real-auth = the client answered { $answer }, realAuthUrl { $urls }
phone-source-phone = this phone, { $client }, XWeb { $xweb }
phone-source-simulated = simulated, { $client }, XWeb { $xweb }
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
phone-error-disconnected = the connection to { $device } broke off during the recording (cable pulled, phone locked or WeChat closed), so there is no verdict: reconnect the phone with USB, check that `adb devices` lists it, and attach again
phone-error-cancelled = cancelled: the recorder was removed from the page
phone-cli-ask-needs-ticket = --ask signs URLs for the client to verify: give --ticket or --profile
phone-cli-fixture-encode-failed = encoding the fixture
phone-cli-fixture-write-failed = could not write the fixture { $path }
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

## Window · Phone panel
phone-ui-panel = Phone
phone-ui-title = Ground truth from a phone
phone-ui-intro = What the real WeChat on your Android phone answered to the page's wx.config, and why. wxsign attaches over USB, reloads the page under a recorder that only listens, and runs the full diagnosis on the client's own reply.
phone-ui-android = Android over USB (adb)
phone-ui-find = Find phones
phone-ui-finding = Looking for phones…
phone-ui-adb = adb server
phone-ui-device = Phone
phone-ui-page = Page
phone-ui-choose-page = Choose the page to attach to:
phone-ui-no-pages = no page open in WeChat
phone-ui-attach = Attach and reload
phone-ui-reload = Reload and record again
phone-ui-stop = Stop
phone-ui-stopping = Stopping…
phone-ui-recording = Recording the page on the phone…
phone-ui-empty-title = Connect an Android phone
phone-ui-empty-step-1 = 1. On the phone, turn on Developer options → USB debugging, connect it with USB and accept "Allow USB debugging?".
phone-ui-empty-step-2 = 2. Inside WeChat open http://debugxweb.qq.com/?inspector=true (send the link to yourself and tap it), then open the page to debug again.
phone-ui-empty-step-3 = 3. Click Find phones, choose the page and attach: wxsign reloads it and records what the client answers.
phone-ui-empty-adb = wxsign talks to the adb server (ANDROID_ADB_SERVER_PORT, default 5037) and starts it when adb is installed (Debian/Ubuntu: apt install adb).
phone-ui-no-ticket = No ticket: the client's answers are recorded but the signatures are not checked. Choose a profile, or paste a ticket on the Sign panel.
phone-ui-source = Source
phone-ui-client-findings = What only the real client shows
phone-ui-ask = Ask the client…
phone-ui-ask-help = Let WeChat verify signatures of the candidate URLs (the current URL, the landing URL, the ones the diagnosis names) and learn which URL this client checks.
phone-ui-ask-needs-ticket = Ask signs URLs with a ticket: choose a profile, or paste a ticket on the Sign panel.
phone-ui-ask-confirm-title = Ask the real client?
phone-ui-ask-confirm-body = wxsign reloads the page, then calls preVerifyJSAPI in it once for each candidate URL (at most five), signed with the current ticket (the Sign panel's, else the profile's). These are real verifications made by WeChat under your appId.
phone-ui-ask-confirm-go = Reload and ask
phone-ui-ask-confirm-cancel = Cancel
phone-ui-asks = What the client accepted
phone-ui-accepted = accepted
phone-ui-refused = refused
phone-ui-measured = Measured
phone-ui-answered = client answered
phone-ui-oauth-entry = Open the entry URL instead
phone-ui-oauth-reload = Reload anyway
phone-ui-proxy = iOS: a proxy that adds the recorder
phone-ui-proxy-intro = iOS WeChat cannot be inspected: the phone uses this computer as its Wi-Fi proxy, and wxsign adds its recorder to the pages of the hosts below (every other connection passes untouched).
phone-ui-proxy-hosts = Hosts
phone-ui-proxy-hosts-hint = m.example.com, shop.example.com
phone-ui-proxy-port = Port
phone-ui-proxy-listen = Listen on
phone-ui-proxy-listen-hint = this computer's LAN address
phone-ui-proxy-start = Start proxy
phone-ui-proxy-stop = Stop proxy
phone-ui-proxy-starting = starting…
phone-ui-proxy-stopping = stopping…
phone-ui-proxy-no-host = name the page's host to start
phone-ui-proxy-bad-port = the port is a number from 0 to 65535 (0: any free port)
phone-ui-proxy-bad-listen = the listen address is an IP address (or leave it empty)
phone-ui-proxy-address = Proxy address
phone-ui-proxy-setup-page = Setup page
phone-ui-proxy-ca = CA fingerprint (SHA-256)
phone-ui-proxy-steps = On the iPhone:
phone-ui-proxy-undo = The proxy is stopped. To undo the setup:
phone-ui-proxy-seen = What the proxy saw
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
platform-unknown = unknown platform '{ $name }': use one of { $keys }
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

probe-launch-browser-missing = the browser { $path } does not exist or is not a file; pass the path of Chrome, Chromium or Edge to --browser ({ $hint })
probe-launch-browser-not-found = no Chromium-family browser found (looked for { $searched } on PATH and in the usual install places); install Chrome, Chromium or Edge ({ $hint }) or pass its path with --browser
probe-install-hint-windows = Edge comes with Windows 10 and 11, or install Chrome
probe-install-hint-macos = install Google Chrome or Microsoft Edge
probe-install-hint-unix = Debian: apt-get install chromium-headless-shell, or chromium
probe-launch-profile-dir = cannot create a temporary browser profile ({ $error }); check TMPDIR
probe-launch-spawn = cannot start the browser { $browser } ({ $error }); pass another one with --browser
probe-launch-no-output = the browser's output could not be read
probe-launch-job = cannot put the browser in a Windows job object ({ $error })
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
doctor-browser-missing-fix = wxsign probe needs Chrome, Chromium or Edge ({ $hint }), or --browser PATH
doctor-font-system = Chinese font: { $family } ({ $path })
doctor-font-bundled-forced = Chinese font: the bundled GB2312 subset of Noto Sans SC (WXSIGN_FONT=bundled)
doctor-font-bundled = Chinese font: no system CJK font found, using the bundled GB2312 subset (rare characters outside GB2312 show as boxes)
doctor-font-bundled-fix = install a Chinese font ({ $hint }) for full coverage
doctor-font-hint-windows = Settings > Apps > Optional features > Add: Chinese (Simplified) Supplemental Fonts
doctor-font-hint-macos = Font Book: PingFang SC ships with macOS
doctor-font-hint-unix = Debian: fonts-noto-cjk
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

## Command line · General

cli-error-prefix = error:
cli-error-line = { $prefix } { $message }
cli-warning-prefix = warning:
cli-usage-more = For more information, try '{ $command } --help'.
cli-json-not-here = --json: `{ $command }` has no JSON output; leave --json out
cli-usage-missing-value =
    the value of { $option } is missing: `{ $next }` after it is the next option, not a value.
    {"  "}Give it as `{ $option } { $value } { $next } ...`; if the value really is the text `{ $next }`, write `{ $option }={ $next }`.
cli-usage-unquoted-url =
    unexpected argument '{ $unexpected }' after the URL { $url }
    {"  "}tip: a URL with a space is split in two by the shell: quote it, '{ $url } { $unexpected }' (or write the space as %20)
cli-ticket-or-profile = give either --ticket or --profile, not both
cli-nonce-failed = generating a nonce
cli-label-signature = signature
cli-window-no-display = no display was found ({ $why }), so the window cannot open; the subcommands work without one: `wxsign --help`
cli-window-failed = could not open the window: { $error }
cli-label-result = result
cli-severity-error = error
cli-severity-warning = warning
cli-severity-info = info
cli-label-cause = cause
cli-label-notes = notes
cli-label-warning = warning
cli-label-expected = expected
cli-label-got = got
cli-verdict-match = match
cli-verdict-mismatch = mismatch
cli-verdict-mismatch-loud = MISMATCH
cli-note-prefix = note:
cli-fix-prefix = fix:
cli-yes = yes
cli-no = no
cli-seconds = { $seconds } s
cli-no-jsapi-ticket = no jsapi_ticket: pass the current one with --ticket, or use --profile to fetch it
cli-runtime-failed = starting the async runtime
cli-list-separator = ,{" "}

## Command line · sign

cli-sign-no-ticket = no ticket: pass --ticket TICKET, set WXSIGN_TICKET, or use --profile NAME to fetch the profile's jsapi_ticket
cli-sign-wecom-only = --agent-id and --snippet are for WeCom profiles: '{ $profile }' is an Official Account
cli-sign-pasted-valid = ticket source: pasted, valid { $seconds } s
cli-sign-pasted-estimated = ticket source: pasted, valid ~{ $seconds } s (an estimate: counted from when it was pasted)
cli-sign-ticket-list = the ticket contains a comma or whitespace; WeChat jsapi_tickets never do (WXSIGN_TICKET must hold one ticket here). Signed as given.
cli-sign-corp-ticket-of = corp ticket of { $corp_id }
cli-sign-agent-ticket-of = agent ticket of app { $app }

## Command line · check-url

cli-check-browser-url = note: a browser reports this page as { $url }
cli-check-input = input
cli-check-no-sign-url = (none: not a URL a page can have)
cli-check-sign-url = sign url
cli-check-changes = changes
cli-check-findings = findings
cli-check-summary = { $errors } error(s), { $warnings } warning(s), { $infos } info

## Command line · verify

cli-verify-not-page-url = not a web page URL (scheme { $scheme }:): pass the page's http(s) URL as the phone shows it, e.g. https://example.com/page?id=1
cli-verify-not-url = not a URL ({ $error }): pass the page's full URL with http:// or https://, e.g. https://example.com/page?id=1
cli-verify-timestamp-digits = not a number: pass the timestamp wx.config got, in seconds since the epoch (e.g. 1414587457)
cli-verify-stdin-twice = --secret-stdin and --config - both read stdin: save the config to a file, or store the secret with `wxsign secret set`
cli-verify-config-unreadable = cannot read the config { $source }: { $error }; pass a readable file, or '-' and pipe the text in
cli-verify-stdin-empty = stdin is empty: pipe the endpoint's JSON reply or the page's wx.config({"{"}...{"}"}) call in (`--config - < reply.json`)
cli-verify-config-empty = the config file { $source } is empty: save the endpoint's JSON reply or the page's wx.config({"{"}...{"}"}) call in it
cli-verify-config-only-real-auth = { $name } holds only the wx.error result (realAuthUrl); paste the endpoint's reply or the wx.config call next to it, or pass --noncestr, --timestamp, --signature and --real-auth-url
cli-verify-config-missing = { $name }: the config has no { $missing }; paste the whole reply or wx.config call, or pass --noncestr, --timestamp and --signature
cli-verify-value-spaces = { $name } { $value } has spaces around it; wx.config must get exactly the value the server signed, with no spaces.
cli-verify-reply-url-differs = The reply's url field is { $url }, but the page signs { $signed }: the server signed the URL it was given; make the page send location.href.split('#')[0].
cli-verify-config = config
cli-verify-url = url
cli-verify-no-agent-ticket = no agent ticket for app { $app }: { $fix }
cli-verify-app = app
cli-verify-not-in-input = not in the input
cli-verify-wecom-expected = expected
cli-verify-payment = WeChat Pay, not wx.config
cli-verify-signed = signed
cli-verify-verified = verified

## Command line · cards

cli-card-value-alone = { $name } is a card value: add --card addcard|choosecard, or leave it out
cli-card-ignored = { $api } does not sign { $list }; ignored
cli-card-card = card

## Command line · token and ticket

cli-secret-stdin-failed = reading the secret from stdin
cli-token-stdin-empty = --secret-stdin: stdin was empty: pipe the appSecret in
cli-token-access-token = access_token
cli-token-expires-in = expires_in
cli-token-fetched-at = fetched_at
cli-token-from-cache = from_cache
cli-token-endpoint = endpoint
cli-token-ticket = ticket
cli-token-type = type
cli-token-unknown = unknown
cli-token-expires-estimated = ~{ $seconds } s (an estimate: counted from when it was pasted)
cli-token-source = source

## Command line · doctor

cli-doctor-profile = profile
cli-doctor-ok = nothing is broken
cli-doctor-problems = { $count } problem(s) to fix

## Command line · completions and man

cli-man-written = wrote { $count } manual pages to { $dir }
cli-man-render-failed = could not render the manual page
cli-man-create-failed = could not create { $dir }
cli-man-write-failed = could not write the manual pages into { $dir }
cli-man-list-failed = could not list { $dir }
cli-stdout-failed = could not write to stdout

## Command line · profile

cli-profile-names-over-ids = { $names } --agent-name given for { $ids } --agent-id: put each --agent-name right after its --agent-id
cli-profile-agent-twice = agentid { $agent_id } is listed twice: give each app once
cli-profile-name-before-id = --agent-name '{ $name }' comes before any --agent-id: put it right after its --agent-id
cli-profile-agent-id-oa = --agent-id is for WeCom profiles: add --platform wecom --corp-id ID (an Official Account has no apps)
cli-profile-added = added profile
cli-profile-no-such-app = profile '{ $profile }' has no app with agentid { $agent_id }: see `wxsign profile show { $profile }`
cli-profile-saved = saved profile
cli-profile-none-yet = no profiles yet
cli-profile-removing = removing profile { $profile }
cli-profile-removed = removed profile
cli-profile-secret-shared = kept the appSecret and cached credentials of { $app_id }: profile { $profiles } still uses it; `wxsign secret delete --profile { $first }` deletes it
cli-profile-secret-stays = the appSecret of { $app_id } stays in the keyring (a new profile with this appId reuses it); `wxsign secret delete --appid { $app_id }` deletes it
cli-profile-legacy-warning = legacy token mode calls cgi-bin/token, which invalidates your production server's token 5 minutes later
cli-profile-no-app-yet = no app yet
cli-profile-test-account = test account
cli-profile-production = production
cli-profile-legacy-mode = legacy cgi-bin/token
cli-profile-name = name
cli-profile-platform = platform
cli-profile-apps = apps
cli-profile-none-yet-apps = none yet
cli-profile-api-base = api_base
cli-profile-trusted = trusted
cli-profile-kind = kind
cli-profile-safe-domains = safe_domains
cli-profile-timeouts = timeouts
cli-profile-timeouts-value = connect { $connect } ms, total { $total } ms
cli-profile-notes = notes
cli-profile-endpoint = endpoint
cli-profile-url-param = url_param
cli-profile-headers = headers
cli-profile-headers-kept = (values in the keyring)
cli-profile-fields = fields
cli-secret-none-stored = no appSecret was stored for

## Command line · Redis ticket source

cli-redis-options-need-redis = --redis-* options need --ticket-source redis (not { $source })
cli-redis-not-redis-profile = this profile does not read its ticket from Redis: add --ticket-source redis to use the --redis-* options
cli-redis-agent-key-form = --redis-agent-ticket-key '{ $pair }': give it as AGENTID=KEY, e.g. 1000002=wecom:agent_ticket:1000002
cli-redis-needs-url = --ticket-source redis needs --redis-url redis://HOST:6379/DB
cli-redis-needs-ticket-key = --ticket-source redis needs --redis-ticket-key KEY (the key your backend caches the jsapi_ticket under)
cli-redis-ticket-from = ticket_from
cli-redis-from-wechat = WeChat API (getticket)
cli-redis-from-pasted = pasted (`wxsign secret set --profile NAME --ticket`)
cli-redis-from-redis = Redis (read-only)
cli-redis-url = redis_url
cli-redis-ticket-key = ticket_key
cli-redis-token-key = token_key
cli-redis-agent-key = agent_key
cli-redis-stdin-failed = reading the Redis password from stdin
cli-redis-prompt = Redis password for profile { $profile } (not shown):{" "}
cli-redis-terminal-failed = reading the Redis password from the terminal
cli-redis-stdin-not-terminal = stdin is not a terminal: pass --secret-stdin to read the Redis password from it
cli-redis-password-empty = the Redis password is empty: type the password of the Redis user (requirepass or ACL)
cli-redis-no-keyring =
    { $why }
    For this command line, pass the Redis password per call instead: { $env }.
cli-redis-store-failed = storing the Redis password
cli-redis-stored = { $on }stored{ $off } the Redis password of { $profile } in the OS keyring ({ $chars } chars)
cli-redis-kept-in-memory = kept the Redis password of { $profile } in memory only ({ $env }=memory): it is gone when this command ends
cli-redis-delete-failed = deleting the Redis password
cli-redis-deleted = deleted the Redis password of { $profile }
cli-redis-none-stored = no Redis password was stored for { $profile }
cli-redis-status-env = set ({ $env })
cli-redis-status-keyring = set (OS keyring)
cli-redis-status-not-set = not set (fine for a server without a password): `wxsign secret set --profile NAME --redis`

## Command line · secret

cli-secret-no-keyring =
    { $why }
    For this command line, pass the secret per call instead: WXSIGN_APP_SECRET or --secret-stdin.
cli-secret-store-failed = storing the appSecret
cli-secret-stored = { $on }stored{ $off } the appSecret of { $app } in the OS keyring ({ $chars } chars)
cli-secret-kept-in-memory = kept the appSecret of { $app } in memory only ({ $env }=memory): it is gone when this command ends
cli-secret-keyring = keyring
cli-secret-no-wecom-app = no WeCom app yet
cli-secret-secret = secret
cli-secret-agent-id-oa = --agent-id is for WeCom profiles: profile '{ $profile }' is an Official Account with one appSecret
cli-secret-which-app = profile '{ $profile }' has { $count } apps, each with its own secret: say which with --agent-id N ({ $apps })
cli-secret-app-of = app { $app } of { $corp_id }
cli-secret-set = set
cli-secret-os-keyring = OS keyring
cli-secret-this-session = this session
cli-secret-not-set = not set
cli-secret-per-call = without a usable keyring give it per call: WXSIGN_APP_SECRET or --secret-stdin
cli-secret-terminal-failed = reading the secret from the terminal
cli-secret-prompt = appSecret for { $whose } (not shown):{" "}
cli-secret-stdin-not-terminal = stdin is not a terminal: pass --secret-stdin to read the secret from it
cli-secret-empty = the secret is empty (stdin had no line, or only spaces): paste the appSecret from 开发 → 基本配置
cli-secret-delete-failed = deleting the appSecret
cli-secret-deleted = deleted the appSecret and cached credentials of

## Command line · pasted tickets

cli-pasted-stdin-failed = reading the ticket from stdin
cli-pasted-prompt = jsapi_ticket for profile { $profile } (not shown):{" "}
cli-pasted-prompt-agent = agent ticket of app { $agent_id } for profile { $profile } (not shown):{" "}
cli-pasted-terminal-failed = reading the ticket from the terminal
cli-pasted-stdin-not-terminal = stdin is not a terminal: pass --secret-stdin to read the ticket from it
cli-pasted-empty = the ticket is empty (stdin had no line, or only spaces): paste the jsapi_ticket
cli-pasted-no-keyring =
    { $why }
    A pasted ticket can then only be used from the window (kept for its session).
cli-pasted-store-failed = storing the pasted ticket
cli-pasted-lifetime-estimated = valid ~{ $minutes } min (an estimate: assumes it was issued now)
cli-pasted-lifetime = valid { $minutes } min
cli-pasted-stored = { $on }stored{ $off } the pasted ticket of { $whose } in the OS keyring ({ $chars } chars, { $lifetime })
cli-pasted-kept-in-memory = kept the pasted ticket of { $whose } in memory only ({ $env }=memory): it is gone when this command ends
cli-pasted-not-used-yet = note: profile { $profile } does not use it yet: `wxsign profile edit { $profile } --ticket-source pasted`
cli-pasted-delete-failed = deleting the pasted ticket
cli-pasted-deleted = deleted the pasted ticket of { $whose }
cli-pasted-none-stored = no pasted ticket was stored for { $whose }
cli-pasted-whose-agent = { $profile } (agent ticket of app { $agent_id })
cli-pasted-agent-id-oa = --agent-id is for WeCom profiles: profile '{ $profile }' has one pasted ticket
cli-pasted-label = ticket
cli-pasted-label-agent = ticket { $agent_id }
cli-pasted-status-valid = pasted, valid { $minutes } min
cli-pasted-status-estimated = pasted, valid ~{ $minutes } min
cli-pasted-status-expired = expired: paste a fresh one with `wxsign secret set --profile { $profile } --ticket{ $flag }`
cli-pasted-status-not-set = not set: `wxsign secret set --profile { $profile } --ticket{ $flag }`

## Command line · probe

cli-probe-encode-failed = encoding the report
cli-probe-cancelled = cancelled: the browser was stopped
cli-probe-loading = loading…
cli-probe-page = page
cli-probe-browser = browser
cli-probe-pass = PASS
cli-probe-fail = FAIL
cli-probe-user-agent = user agent
cli-probe-landing = landing
cli-probe-nothing-loaded = (nothing loaded)
cli-probe-navigation = navigation
cli-probe-signature-matches = signature matches
cli-probe-signature-mismatch = signature does NOT match
cli-probe-signature-unchecked = signature not checked
cli-probe-wechat-checks = WeChat checks
cli-probe-answered = answered
cli-probe-none = (none)
cli-probe-title = title
cli-probe-desc = desc{" "}
cli-probe-link = link{" "}
cli-probe-image = image
cli-probe-oauth = WeChat OAuth
cli-probe-sign-after-login = sign after login
cli-probe-blocked = blocked
cli-probe-failed = failed
cli-probe-exception = exception
cli-probe-findings = findings

## Command line · batch

cli-batch-cancelled = cancelled
cli-batch-write-reports = writing the reports; check the report paths and free disk space
cli-batch-counts = pass { $pass } · fail { $fail } · error { $error }
cli-batch-status-pass = PASS{" "}
cli-batch-status-fail = FAIL{" "}
cli-batch-status-error = ERROR
cli-batch-status-not-run = NOT RUN
cli-batch-status-flaky = FLAKY
cli-batch-all-passed = ALL PASSED
cli-batch-verdict-cancelled = CANCELLED
cli-batch-failed = FAILED
cli-batch-summary = { $verdict }  { $total } pages: { $pass } pass, { $fail } fail, { $error } error, { $not_run } not run ({ $ms } ms)
cli-batch-flaky = { $count } flaky (some answers passed)
cli-batch-report = report
batch-pages-file-unreadable = cannot read the pages file { $path }: { $error }
cli-batch-save-headers-failed = saving the endpoint's header values
cli-batch-save-profile-failed = saving the profile
cli-batch-endpoint-saved = saved the signing endpoint in profile `{ $profile }`
cli-batch-report-format = cannot tell the report format of { $path }: name it .json, .xml (JUnit) or .html
cli-batch-report-unwritable = cannot write the report { $path }: { $error }; check that its folder exists
cli-batch-headers-not-kept = { $prefix } the value of header { $names } is NOT kept: { $why }. The profile keeps only the header name; pass { $flags } on every run (or set up the OS keyring and save again).
cli-batch-ticket-failed =
    getting the jsapi_ticket of profile `{ $profile }`: { $meaning }
    {"  "}fix: { $fix }; or give the ticket itself with --ticket
cli-batch-no-agent-ticket = { $prefix } no agent ticket for app { $app }: { $meaning }; fix: { $fix }
cli-batch-no-endpoint = no signing endpoint: pass --endpoint-url (e.g. https://api.example.com/wx/signature)
cli-batch-endpoint-not-url = --endpoint-url { $url } is not a URL ({ $error })
cli-batch-endpoint-scheme = --endpoint-url { $url } must be http:// or https://
cli-batch-get-needs-query = a GET endpoint takes the URL as a query parameter: use --url-param query:NAME
cli-batch-header-env-form = --header-env { $item }: write it as HEADER=ENV_VAR, e.g. Cookie=QA_COOKIE
cli-batch-header-name = --header-env: `{ $name }` is not a valid header name
cli-batch-header-env-unset = --header-env { $name }: the environment variable { $var } is not set; export it first
cli-batch-url-param-name = --url-param needs a name, e.g. json:url
cli-batch-url-param-kind = --url-param kind `{ $kind }`: use json:NAME, query:NAME or form:NAME

## Window · Start, background worker and Log panel

batch-log-page = batch #{ $number } { $url }: { $outcome }
ui-worker-start-failed = could not start the background worker: { $error }
ui-worker-stopped = the background worker stopped: restart wxsign
ui-log-attempt = { $outcome } (attempt { $attempt })
lang-own-name = English
ui-no-display-env = DISPLAY and WAYLAND_DISPLAY are not set
ui-no-display-winit = { $why }

## Worker · Share thumbnails

worker-thumb-internal = { $error }
worker-thumb-not-absolute = imgUrl is not an absolute URL ({ $error })
worker-thumb-not-http = imgUrl must be an http(s) URL
worker-thumb-no-answer = no answer: { $why }
worker-thumb-http-status = the server answered HTTP { $status }
worker-thumb-too-large = the image is larger than 8 MB
worker-thumb-not-image = not a PNG or JPEG image WeChat can show ({ $error })

## Verify · causes

verify-cause-fragment = The server signed the URL with its #fragment; sign location.href.split('#')[0], everything before the #.
verify-cause-not-normalised = The server signed the URL as typed, but the browser normalises it to { $sign_url }; sign location.href.split('#')[0] as the page sees it.
verify-cause-entry-url = The server signed the entry URL (the first page of the visit), which only WeChat on iOS checks for a single-page app; sign the entry URL on iOS and the current location.href.split('#')[0] on Android.
verify-cause-ios-entry-url = The signature matches the current URL, which Android checks, but WeChat on iOS checks the entry URL of a single-page app, so this fails on iPhone; on iOS sign the entry URL instead.
verify-cause-encode-uri-component = The server signed the URL still encoded with encodeURIComponent; decode the url parameter once before signing.
verify-cause-encode-uri = The server signed the URL encoded with encodeURI (spaces, % and non-ASCII escaped again); decode it before signing so it equals location.href.
verify-cause-form-encoded = The server signed a form-encoded URL (urlencode / http_build_query / URLEncoder); put the raw URL into string1, values are never escaped.
verify-cause-percent-decoded = The server percent-decoded the URL, but the page keeps it encoded; sign the URL exactly as location.href shows it, without decoding.
verify-cause-amp-escaped = The server signed the URL with & HTML-escaped as &amp;; take the URL from the request, not from HTML, and sign it unescaped.
verify-cause-slash-added = The server added a trailing / to the path; sign the path exactly as the page has it.
verify-cause-slash-removed = The server dropped the trailing / of the path (a bare domain always has one: http://a.com/); sign the path exactly as the page has it.
verify-cause-scheme = The server signed an { $signed }:// URL but the page uses the other scheme (typical behind a TLS-terminating proxy); take the URL from the page, or honour X-Forwarded-Proto.
verify-cause-port-added = The server wrote the default port into the URL (rebuilding it from the Host header); sign it without the port, as the browser shows it.
verify-cause-port-removed = The server dropped the page's port from the URL; sign host:port exactly as the page has it (and note only ports 80 and 443 pass wx.config).
verify-cause-query-stripped = The server signed the URL without its query string (a hard-coded URL or the path only); sign the full URL including ?….
verify-cause-share-query-stripped = The server dropped the parameters WeChat appends after a share (from=…&isappinstalled=…); pass location.href.split('#')[0] from the page instead of rebuilding the URL.
verify-cause-url-lowercased = The server lowercased the whole URL; sign it with its original case (only the host is case-insensitive).
verify-cause-url-missing = The server signed an empty url (the front end did not send the page URL); pass location.href.split('#')[0] to the signing endpoint.
verify-cause-ticket-missing = The server signed with an empty ticket (jsapi_ticket=&…: its getticket call failed or the cache returned "", e.g. a Redis miss); check the errcode of the ticket request and the cached value before signing.
verify-cause-ticket-whitespace = The ticket the server used ends with a newline or space (read from a file or cache); trim it before signing.
verify-cause-noncestr-missing = The server signed with an empty noncestr (the field was missing or mapped wrongly); sign with the same nonceStr it sends to wx.config.
verify-cause-ms-timestamp = The server signed a millisecond timestamp while wx.config got seconds; use one value in seconds (Math.floor(Date.now() / 1000), time()) for both.
verify-cause-config-ms-timestamp = wx.config got a millisecond timestamp but the server signed seconds; pass the same seconds value to both.
verify-cause-timestamp-mismatch = The server signed a timestamp { $delta } s off the one wx.config got (it read the clock twice); read it once and use that value for both.
verify-cause-timestamp-missing = The server signed with an empty timestamp (the field was missing or mapped wrongly); sign with the same timestamp it sends to wx.config.
verify-cause-keys-uppercase = The server wrote the keys of string1 in upper case; use jsapi_ticket, noncestr, timestamp, url in lower case.
verify-cause-keys-capitalised = The server capitalised the keys of string1; use jsapi_ticket, noncestr, timestamp, url in lower case.
verify-cause-camel-case-keys = The server used camelCase keys (jsapiTicket, nonceStr) in string1; use jsapi_ticket and noncestr.
verify-cause-noncestr-key = The server wrote the key nonceStr (the wx.config spelling) in string1; string1 needs noncestr, all lower case.
verify-cause-nonce-str-key = The server wrote the key nonce_str in string1; string1 needs noncestr without the underscore.
verify-cause-timetamp-typo = The server misspelt the key as timetamp; write timestamp.
verify-cause-times-entity = The server's code has ×tamp where &timestamp belongs (copied from a blog whose HTML turned &times into ×); write &timestamp=.
verify-cause-unsorted-keys = The server did not sort the keys; string1 must be jsapi_ticket, noncestr, timestamp, url in this order.
verify-cause-separator = The server joined the pairs with { $separator } instead of &; join them with a single & and nothing else.
verify-cause-stray-space = The server has a stray space next to one & in string1 (e.g. "& noncestr="); join the pairs with a bare &.
verify-cause-config-value-spaces = wx.config got a value with spaces around it, but the server signed it trimmed; send wx.config exactly the value that was signed, without spaces.
verify-cause-spaces = The server put spaces around = in string1; write key=value without spaces.
verify-cause-trailing-ampersand = The server left a trailing & at the end of string1 (a join loop); drop it.
verify-cause-leading-ampersand = The server put an & before the first key of string1 (a join loop); drop it.
verify-cause-url-pair-missing = The server left the url pair out of string1; string1 needs all four pairs, ending with &url=….
verify-cause-uppercase-hex = The signature matches but is upper-case hex; WeChat's algorithm outputs lower case, so emit lower case to be safe.
verify-cause-ticket-placeholder = The server signed with the text { $value } as jsapi_ticket (a cache miss or an unset variable turned into text: Redis, JavaScript, Python); check that the ticket read succeeded and is a real ticket before signing.
verify-cause-noncestr-placeholder = The server signed with the text { $value } as noncestr (an unset variable or a wrongly mapped nonce_str field); sign with the same nonceStr it sends to wx.config.
verify-cause-timestamp-placeholder = The server signed with the text { $value } as timestamp (an unset variable or a wrongly mapped field); sign with the same timestamp it sends to wx.config.
verify-cause-stale-ticket = The server signed with an older ticket (candidate #{ $candidate }): another process refreshed it or signatures were cached past a ticket change; share one cached ticket and never cache signatures.
verify-cause-wx-card-ticket = The server signed with the wx_card ticket (candidate #{ $candidate }) instead of the jsapi one; request getticket with type=jsapi.
verify-cause-other-app-ticket = The server signed with the ticket of another appId (candidate #{ $candidate }); fetch the ticket with the Official Account's own appId and secret.
verify-cause-other-app-ticket-named = The server signed with the ticket of another appId ({ $app_id }, candidate #{ $candidate }); fetch the ticket with the Official Account's own appId and secret.
verify-cause-other-ticket = The server signed with another ticket (candidate #{ $candidate }) than the current one; make it use the current jsapi ticket.
verify-cause-corp-ticket = wx.agentConfig was signed with the corp ticket (candidate #{ $candidate }): it takes the agent ticket of its agentid, from ticket/get?type=agent_config called with that app's own token.
verify-cause-agent-ticket = wx.config was signed with the agent ticket of app { $agent_id } (candidate #{ $candidate }): on WeCom wx.config takes the corp ticket, from get_jsapi_ticket.
verify-cause-other-agent-ticket = wx.agentConfig was signed with the agent ticket of another app, { $agent_id } (candidate #{ $candidate }): use the agent ticket of the agentid passed to wx.agentConfig, fetched with that app's own secret.
verify-cause-url-cut-at-ampersand = The server got the URL cut at the & before { $param }= (the page sent location.href unencoded in a GET query, so the server read url up to the &); send encodeURIComponent(location.href.split('#')[0]) or POST it, and decode it once on the server.
verify-cause-url-cut-at-question-mark = The server got the URL cut at a ? inside its query (the page sent it unencoded, or the server split at the last ?); send encodeURIComponent(location.href.split('#')[0]) and sign the whole URL.
verify-cause-origin-only = The server signed only the origin (scheme://host/), as the Referer header carries it under the default referrer policy; have the page send location.href.split('#')[0] instead of reading Referer.
verify-cause-form-decoded = The server form-decoded the URL (URLDecoder.decode / urldecode / unquote_plus turn + into a space); the page keeps it as is, so sign the URL without decoding it, or decode the url parameter exactly once with a non-form decoder.
verify-cause-decoded-twice = The server decoded the URL twice (%2B became + and then a space, as in WeChat's nsukey); decode the url parameter exactly once (the framework usually already did) and sign what the page has.
verify-cause-reserved-encoded = The server signed the query with reserved characters (: @ , ; = + / ?) percent-encoded, while the page has them raw; sign location.href.split('#')[0] exactly, without re-encoding the query.{ $router ->
        [yes] {" "}A single-page router rewrites the query with replaceState at load: WeChat on iOS verifies the URL as first loaded, Android the rewritten one, so sign the entry URL on iOS and the current location.href.split('#')[0] on Android.
       *[no] {""}
    }
verify-cause-reserved-decoded = The server signed the query with reserved characters (: @ , ; = + / ?) decoded, while the page keeps them percent-encoded; sign location.href.split('#')[0] exactly, without normalising the query.{ $router ->
        [yes] {" "}A single-page router rewrites the query with replaceState at load: WeChat on iOS verifies the URL as first loaded, Android the rewritten one, so sign the entry URL on iOS and the current location.href.split('#')[0] on Android.
       *[no] {""}
    }
verify-cause-share-param-stripped = The server dropped { $param }=… from the URL, one of the parameters WeChat appends after a share; pass location.href.split('#')[0] from the page instead of rebuilding the URL.
verify-cause-share-query-added = The server signed the URL with { $query } appended, but this page has no share parameters (a stored or earlier shared URL); sign the URL the page has now.
verify-cause-www-added = The server added www. to the host (it builds the URL from its own base URL); sign the host the page is on.
verify-cause-www-dropped = The server dropped www. from the host (it builds the URL from its own base URL); sign the host the page is on.
verify-cause-other-host = The server signed the URL on { $host }, another host of the safe or trusted domains, instead of the page's host; take the URL from the page (location.href.split('#')[0]), not from the server's configuration.
verify-cause-upstream-host = The server signed its upstream address { $authority } (behind a reverse proxy without proxy_set_header Host); take the URL from the page, or forward Host and X-Forwarded-Proto.
verify-cause-path-prefix-removed = The server signed the path without { $prefix }, the prefix the reverse proxy strips; sign the path the page has, with { $prefix }.
verify-cause-path-prefix-added = The server signed the path with { $prefix } in front, a prefix the page's URL does not have (a reverse proxy or base-path setting); sign the path the page has.
verify-cause-hex-leading-zeros = The server's hex encoder dropped the leading zeros of the SHA-1 (Java new BigInteger(1, digest).toString(16) does, for 1 signature in 16){ $case ->
        [upper] {" "}and in upper case; emit lower case too
       *[lower] {""}
    }; pad it to 40 digits: String.format("%040x", new BigInteger(1, digest)) or Hex.encodeHexString(digest).
verify-cause-hex-unpadded-bytes = The server's hex encoder wrote each byte without padding, dropping the zero of every byte below 16 (C# b.ToString("X"), Java Integer.toHexString(b & 0xff), JS b.toString(16)){ $case ->
        [upper] {" "}and in upper case; emit lower case too
       *[lower] {""}
    }; write two digits per byte: b.ToString("x2"), String.format("%02x", b), b.toString(16).padStart(2, '0').
verify-cause-hex-either = The server's hex encoder dropped the leading zero of the SHA-1 (Java new BigInteger(1, digest).toString(16), or a per-byte encoder without padding such as Integer.toHexString(b & 0xff)){ $case ->
        [upper] {" "}and in upper case; emit lower case too
       *[lower] {""}
    }; write 40 digits, two per byte: String.format("%040x", …) or String.format("%02x", b).
verify-cause-dingtalk-sha256 = The signature is SHA-256 of string1: the server signed with the DingTalk recipe (dd.config); wx.config needs SHA-1 of string1, 40 lower-case hex digits, with the URL exactly as the page has it.
verify-cause-md5-signature = The signature is MD5 of string1 (a helper meant for another API, e.g. WeChat Pay v2); wx.config needs SHA-1 of string1, 40 lower-case hex digits.
verify-causes-and = { $first } { $then }

## Verify · notes and headline

verify-note-no-ticket = No ticket was given, so the expected signature uses an empty ticket; add the current jsapi ticket.
verify-note-millisecond-timestamp = The timestamp has 13 digits, so it is in milliseconds; WeChat documents seconds since the epoch (Feishu, not WeChat, takes milliseconds). Signed and passed to wx.config as the same value, string1 matches, but whether WeChat accepts it is unconfirmed: use one value in seconds (Math.floor(Date.now() / 1000), time()) for the signature and wx.config to be safe.
verify-note-not-sha1 = The signature is not 40 hex digits{ $guess ->
        [md5] {" "}(32 hex digits: that is MD5)
        [sha256] {" "}(64 hex digits: that is SHA-256)
       *[none] {""}
    }; the server must send SHA-1(string1) as 40 lower-case hex digits.
verify-note-ruled-out = None of { $tried } ways of building string1 ({ $tickets } ticket(s); URL, timestamp, nonce and key-layout mistakes, alone and in pairs) reproduces the signature, so those mistakes are ruled out.
verify-note-check-ticket = Check the ticket: it may belong to another appId (the Open Platform app instead of the Official Account) or be an older one; add it as a candidate ticket to test it.
verify-note-check-values = Check that wx.config gets the same nonceStr and timestamp the server signed (a second call to the nonce generator or the clock, a nonce_str field mapped wrongly); log them where the server signs.
verify-note-check-page = Check which page the server signed: the page before an OAuth redirect, or its own AJAX endpoint instead of the page; log the url it signs.
verify-headline-match = match
verify-headline-mismatch = mismatch
verify-headline-match-real = match against realAuthUrl { $url }
verify-headline-match-real-of = match against realAuthUrl { $url } (one of { $count } URLs WeChat verified)
verify-headline-mismatch-real = mismatch against realAuthUrl { $url }
verify-headline-mismatch-all-real = mismatch against all { $count } realAuthUrl URLs
verify-cause-page-url = The server signed the page URL { $page }, while the URL WeChat verified (realAuthUrl) is { $real }: sign the URL WeChat verifies, location.href.split('#')[0] when wx.config runs (on iOS a single-page app verifies the URL it was loaded with).
verify-cause-page-url-and = { $first } { $then }

## Verify · realAuthUrl

verify-real-auth-repeats = realAuthUrl repeats a URL (the client lists one entry per check); each distinct URL is compared once.
verify-real-auth-fragment = realAuthUrl holds a #… part; WeChat verifies the URL without it, so it is compared without the fragment.
verify-real-auth-several-fits = realAuthUrl lists { $count } different URLs (the page's URL changed between checks, typical of a single-page app); the signature is right for { $url }, and each URL is compared below.
verify-real-auth-several-none = realAuthUrl lists { $count } different URLs (the page's URL changed between checks, typical of a single-page app); the signature is right for none of them, each is compared below.
verify-real-auth-page-fits = realAuthUrl is the page URL { $url } and the signature is right for it, so the URL is not the problem: check that the ticket belongs to this appId (not the Open Platform app's) and that wx.config got exactly the appId, nonceStr and timestamp that were signed.
verify-real-auth-page-confirmed = realAuthUrl confirms the page URL { $url }: WeChat verified the URL checked here, so the causes above are what to fix.
verify-real-auth-signed-for-page = The server is right for realAuthUrl { $url }, the URL WeChat verified; the page expected a signature for another URL ({ $page }): make the page report, and the server sign, the same location.href.split('#')[0] (on iOS a single-page app verifies its entry URL).
verify-real-auth-signed = The server is right for realAuthUrl { $url }, the URL WeChat verified.
verify-real-auth-other-real = The signature is for realAuthUrl { $signed }, not for { $url }: WeChat verified both (the page's URL changed between two checks); sign each wx.config for the location.href.split('#')[0] current when it runs.
verify-real-auth-signed-instead = The server signed { $signed }, but WeChat verified realAuthUrl { $url }: sign exactly { $url }, the page's location.href.split('#')[0] when wx.config runs.
verify-real-auth-against = { $first } Against realAuthUrl: { $inner }
verify-real-auth-unexplained = No URL mistake turns realAuthUrl { $url } into the server's signature either, so the URL is probably not the cause: check the ticket (another appId, an older one) and that wx.config got the nonceStr and timestamp that were signed.

## Verify · WeCom

verify-wecom-no-agent-ticket = No agent ticket was given, so wx.agentConfig was checked against an empty ticket; add the agent ticket (--agent-ticket, or `wxsign ticket --type agent_config`).
verify-wecom-reuses-config = wx.agentConfig got wx.config's signature{ $same_values ->
        [yes] {" "}(and its nonceStr and timestamp)
       *[no] {""}
    }: the server signed the URL once, with the corp ticket, and passed that to both calls. Sign the URL a second time with the agent ticket of { $agent_known ->
        [yes] app { $agent }
       *[no] its agentid
    } and give wx.agentConfig that signature.
verify-wecom-call-config-app-id = wx.config's appId
verify-wecom-call-agent-corp-id = wx.agentConfig's corpid
verify-wecom-corp-id-mismatch = { $call } names corpId '{ $got }', not the profile's '{ $want }' (我的企业 → 企业信息 → 企业ID): the page uses another corp's id, so WeCom checks the signature against another corp's ticket
verify-wecom-corp-id-mismatch-fix = use the corpId of 我的企业 → 企业信息 → 企业ID in wx.config (appId) and wx.agentConfig (corpid)
verify-wecom-corp-ids-differ = wx.config's appId '{ $app_id }' and wx.agentConfig's corpid '{ $corp_id }' differ: both calls take the same corpId
verify-wecom-corp-ids-differ-fix = give both calls the corpId of 我的企业 → 企业信息 → 企业ID
verify-wecom-unknown-agent-id = wx.agentConfig's agentid { $agent_id } is none of the apps whose agent ticket is known ({ $known }): check the AgentId in 应用管理 → the app
verify-wecom-unknown-agent-id-fix = pass the agentid of the app whose agent ticket signs this page, or add that app to the profile (`wxsign profile edit NAME --agent-id N`)
verify-wecom-untrusted-domain = the page is not under a trusted domain of the app ({ $domains }): wx.agentConfig fails with 80001 whatever the signature. Add its domain in 应用管理 → the app → 网页授权及JS-SDK → 可信域名
verify-wecom-untrusted-domain-fix = 应用管理 → the app → 网页授权及JS-SDK → 可信域名: add the page's domain (WW_verify_xxx.txt at its root)
verify-wecom-beta-missing = wx.config lacks beta: true, yet jsApiList holds WeCom APIs called through wx.invoke ({ $apis }): without it wx.invoke never reaches them. Add beta: true to wx.config
verify-wecom-beta-missing-fix = add beta: true to wx.config

## Card · verify

card-cause-kv-pairs = The server built key=value& pairs as for wx.config; a card signature takes only the values, sorted as strings and concatenated with no keys and no separator.
card-cause-key-order = The server concatenated the values in the order of their keys; the card rule sorts the values themselves as strings.
card-cause-listing-order = The server concatenated the values in the order the docs list them; the card rule sorts the values themselves as strings.
card-cause-jsapi-ticket = The server signed with the jsapi ticket; card signatures need the wx_card api_ticket (getticket with type=wx_card).
card-cause-stale-ticket = The server signed with an older wx_card ticket (candidate #{ $candidate }); share one cached api_ticket and refresh it before it expires.
card-cause-ticket-missing = The server signed without the api_ticket (its wx_card getticket failed or the cache was empty); check the ticket before signing.
card-cause-optional-value = The signature covers the values without { $field } ({ $value }); the call and its signature must carry the same optional values: put { $field } in both or in neither.
card-cause-timestamp-mismatch = The server signed timestamp { $signed }, not the one cardExt carries; sign and send one value in seconds.
card-cause-nonce-mismatch = The server signed nonce_str { $signed }, not the one cardExt carries; sign the nonce_str you send.
card-note-no-ticket = No wx_card ticket was given, so the expected signature leaves the api_ticket out; add the current wx_card ticket.
card-note-uppercase = The signature matches but is upper-case hex; emit lower case to be safe.
card-note-not-sha1 = The signature is not 40 hex digits; a card signature is SHA-1 of the sorted values as 40 lower-case hex digits.
card-note-ruled-out = None of { $tried } ways of building the card string (key=value pairs, value orders, the jsapi or an older ticket, optional values, timestamp and nonce changes, alone and in pairs) reproduces the signature; check that the server signs exactly the values the page passes, with the current wx_card ticket.

## URL check

urlcheck-empty = The URL is empty.
urlcheck-empty-fix = Paste the page's full URL, e.g. https://example.com/page?id=1.
urlcheck-unparseable = This cannot be parsed as a URL: { $reason }.
urlcheck-reason-no-scheme = it has no scheme (http:// or https://)
urlcheck-reason-no-host = it has no host after the scheme
urlcheck-reason-port = the port is not a number from 0 to 65535
urlcheck-reason-ipv4 = the IPv4 address is invalid
urlcheck-reason-ipv6 = the IPv6 address is invalid
urlcheck-reason-domain-char = the host contains a character a domain cannot hold (a space, <, >, %, …)
urlcheck-reason-idna = the host is not a valid international domain name
urlcheck-reason-invalid = it is not a valid URL
urlcheck-unparseable-fix-scheme = Write the full URL with its scheme, e.g. { $suggestion }
urlcheck-unparseable-fix-full = Write the page's full URL, starting with https:// or http://.
urlcheck-unparseable-fix-copy = Copy the URL from the page itself (location.href in the console) instead of typing it.
urlcheck-fragment = The URL has a #fragment; the signature must cover only what comes before '#'.
urlcheck-fragment-fix = Sign location.href.split('#')[0] (shown as the sign URL), never the URL with its '#…'.
urlcheck-scheme = The scheme is '{ $scheme }:'; a WeChat page is served over http or https.
urlcheck-scheme-fix = Use the page's http:// or https:// address (if you typed a host name, put https:// in front).
urlcheck-ip-host = The host { $host } is an IP address; JS safe domains cannot be IP addresses.
urlcheck-ip-host-fix = Serve the page under a domain name bound as a JS safe domain.
urlcheck-port = The page is on port { $port }; WeChat accepts pages only on ports 80 and 443 (wx.config fails with 'invalid url domain').
urlcheck-port-fix = Serve the page on 80/443 (e.g. behind a reverse proxy). Test accounts may accept host:port; this is unconfirmed.
urlcheck-unusual-port = { $scheme } on port { $port }: the port stays in the URL, so the signature must include ':{ $port }'.
urlcheck-unusual-port-fix = Check the scheme: port 443 is normally https and 80 http.
urlcheck-default-port = The explicit default port ':{ $port }' is dropped: the page does not see it.
urlcheck-default-port-fix = Sign the URL without the port, as shown in the sign URL.
urlcheck-credentials = The URL carries a user name or password (user:…@host).
urlcheck-credentials-fix = Remove them: browsers strip or block such URLs, and the password would end up in string1 and in logs.
urlcheck-share-params = The query holds WeChat share parameters (from=, isappinstalled=): WeChat appends them when the page is shared.
urlcheck-share-params-fix = Sign the URL the page reports (location.href.split('#')[0], sent by the page), never a hard-coded one.
urlcheck-normalized = The browser rewrites this URL (see the changes): the page sees the sign URL, not the text given.
urlcheck-normalized-fix = Sign exactly the sign URL, i.e. what location.href.split('#')[0] returns in the page.
urlcheck-whole-url-encoded = The whole URL is percent-encoded (encodeURIComponent): no page has this address.
urlcheck-double-encoded = The whole URL is percent-encoded { $times } times: no page has this address.
urlcheck-whole-url-encoded-fix = Decode it on the server before signing (decodeURIComponent / urldecode, { $times }×): { $decoded }
urlcheck-percent-encoded-twice = The URL contains '%25' followed by hex digits: a percent escape that was encoded again.
urlcheck-percent-encoded-twice-fix = Compare with the address the page really has; encode parameters once (one encodeURIComponent per value).
urlcheck-html-entity = The URL contains '&amp;' or '&#38;': it was HTML-escaped (copied from page source or a template).
urlcheck-html-entity-fix = Replace '&amp;' with '&', or better, sign the URL the page sends (location.href).
urlcheck-surrounding-whitespace = The URL has spaces or control characters at its start or end; the browser trims them.
urlcheck-surrounding-whitespace-fix = Trim the URL before signing.
urlcheck-whitespace = The URL contains { $count } space, tab or newline character(s): the browser encodes spaces as %20 and drops tabs and newlines.
urlcheck-whitespace-fix = Sign the sign URL, or fix the link that produced the whitespace.
urlcheck-control-char = The URL contains control characters ({ $list }); the browser percent-encodes them.
urlcheck-control-char-fix = Remove them: they usually come from copying out of a document or a chat.
urlcheck-invisible-char = The URL contains invisible or unusual space characters ({ $list }); the page would see them percent-encoded.
urlcheck-invisible-char-fix = Retype the URL or copy it from the address bar: these characters come from chat apps and word processors.
urlcheck-too-long = The URL is { $length } bytes long; servers and proxies often refuse more than { $limit }.
urlcheck-too-long-fix = Keep state on the server or in the fragment instead of the query.
urlcheck-js-domains-title = JS interface safe domains
urlcheck-js-domains-none = No JS safe domains are configured, so the domain was not checked.
urlcheck-js-domains-none-fix = Add the account's JS safe domains (公众号设置 → 功能设置 → JS接口安全域名) to check the host.
urlcheck-js-domains-outside = { $page } is not under any JS safe domain ({ $list }); wx.config fails with 'invalid url domain'.
urlcheck-js-domains-outside-fix = Add this domain (or a parent domain) in 公众号设置 → 功能设置 → JS接口安全域名, or serve the page under a listed one.

## URL check · what the browser changes

urlcheck-change-whitespace-trimmed = Spaces or control characters at the start or end were trimmed.
urlcheck-change-tab-newline-removed = Tabs and newlines inside the URL were removed.
urlcheck-change-scheme-lowercased = The scheme was lowercased: { $from } → { $to }.
urlcheck-change-slashes-normalized = '{ $slashes }' after the scheme became '//'.
urlcheck-change-default-port-removed = The default port ':{ $port }' was removed.
urlcheck-change-port-normalized = The port ':{ $from }' became ':{ $to }'.
urlcheck-change-slash-added = A '/' path was added after the host.
urlcheck-change-fragment-removed = The '#' and everything after it were removed.
urlcheck-change-normalized = The browser normalised the URL in another way; compare it with the input.
urlcheck-change-host-lowercased = The host was lowercased: { $from } → { $to }.
urlcheck-change-punycode = The international host { $from } became its punycode form { $to }.
urlcheck-change-host-normalized = The host { $from } became { $to }.
urlcheck-change-percent-encoded = Characters were percent-encoded: { $list }.
urlcheck-change-backslash-replaced = Backslashes in the path became '/'.
urlcheck-change-dot-segments-removed = '.' and '..' path segments were resolved.

## URL check · safe-domain entries

urlcheck-safe-write-as = Write the entry as { $entry }
urlcheck-safe-write-domain = Write a domain name, optionally with a path: wx.qq.com or wx.qq.com/mp
urlcheck-safe-count = { $count } safe domains given; an account can have at most { $max }.
urlcheck-safe-count-fix = Give the entries saved in 公众号设置 → 功能设置 → JS接口安全域名 (a parent domain covers its subdomains).
urlcheck-safe-empty = The safe-domain entry is empty.
urlcheck-safe-whitespace = The entry '{ $entry }' has spaces around it.
urlcheck-safe-scheme = The entry '{ $entry }' has a scheme; entries are a bare domain.
urlcheck-safe-query = The entry '{ $entry }' has a query or fragment; entries are a domain and an optional path.
urlcheck-safe-port = The entry '{ $entry }' has a port; entries cannot hold one and pages must be on 80/443.
urlcheck-safe-path-depth = The entry '{ $entry }' has { $segments } path segments; at most { $max } are allowed.
urlcheck-safe-path-depth-fix = Use a shorter path: a path entry also covers everything below it.
urlcheck-safe-wildcard = The entry '{ $entry }' has a wildcard; a domain already covers its subdomains.
urlcheck-safe-ip = The entry '{ $entry }' is an IP address; safe domains must be domain names.
urlcheck-safe-chars = The host of '{ $entry }' is not a valid domain name (letters, digits, '-' and '.').
urlcheck-safe-idn = The entry '{ $entry }' is an international domain name; the console expects its ASCII form.
urlcheck-safe-idn-fix = Write it as { $ascii }
urlcheck-safe-not-domain = '{ $name }' is not a registered domain (it has no dot); the console needs an ICP-filed domain.
urlcheck-safe-short-link = '{ $name }' is a short-link service; the console refuses short-link domains.
urlcheck-safe-short-link-fix = Use the domain the page is really served from.

## Platforms · WeCom trusted domains

platform-wecom-domains-title = Trusted domains of the app
platform-wecom-domains-none = No trusted domains of the app are configured, so the domain was not checked.
platform-wecom-domains-none-fix = Add the app's trusted domains (应用管理 → the app → 网页授权及JS-SDK → 可信域名) to check the host.
platform-wecom-domains-outside = { $page } is not under any trusted domain of the app ({ $list }); wx.agentConfig fails with 80001.
platform-wecom-domains-outside-fix = Add this domain (or a parent domain) in 应用管理 → the app → 网页授权及JS-SDK → 可信域名 (ICP-filed, proven by WW_verify_xxx.txt at its root), or serve the page under a listed one.

## Parse

parse-hint-paste-object = Paste the object itself: run console.log(JSON.stringify(yourConfig)) on the page and paste what it prints.
parse-hint-paste-reply = Paste the signing endpoint's JSON reply or the wx.config({"{"}...{"}"}) call from the page.
parse-hint-literals = Values must be literals ('abc', 123, true): paste the config as the page prints it (console.log(JSON.stringify(config))), not the code that builds it.
parse-hint-ends-early = The text ends too early: paste the whole object, up to its closing {"}"}.
parse-hint-fix-position = Fix the text at this position, or paste the endpoint's reply unchanged.
parse-hint-no-fields = Paste a successful reply of the signing endpoint, or set the field names if it uses unusual ones.
parse-hint-not-scalar = Point the { $field } field name at the text value inside it.
parse-hint-wecom-paste = Paste the page's wx.config / wx.agentConfig calls, its ww.register call, or the signing endpoint's reply.
parse-hint-ww-register = Paste the ww.register({"{"}...{"}"}) call itself, with the triplets its getConfigSignature and getAgentConfigSignature return (or the endpoint's reply).
parse-wecom-untrusted-domain = the page's domain is not a trusted domain of the app (80001)
parse-wecom-untrusted-domain-fix = add the page's domain in 应用管理 → the app → 网页授权及JS-SDK → 可信域名 (WW_verify_xxx.txt at its root), and open the page inside WeCom: agentConfig does not run in WeChat or WeChat DevTools
parse-wecom-agent-signature = wx.agentConfig's signature does not match (40093): it must be signed with the agent ticket of its agentid (ticket/get?type=agent_config with that app's own token), not the corp ticket, and with its own nonceStr/timestamp
parse-wecom-config-signature = wx.config's signature does not match (40093): on WeCom it is signed with the corp ticket (get_jsapi_ticket), not an agent ticket
parse-wecom-signature-fix = verify both calls: `wxsign verify --url URL --ticket CORP --agent-ticket AGENT --config -` with the page's calls or the endpoint's reply
parse-wecom-unsupported = the client does not know this API: agentConfig needs WeCom 3.0.24 or later, and WeCom APIs are reached through wx.invoke with beta: true
parse-wecom-unsupported-fix = update WeCom, set beta: true in wx.config, and open the page in WeCom rather than WeChat
parse-wecom-client-error = WeCom client error { $code }
parse-wecom-client-error-fix = look it up: https://open.work.weixin.qq.com/devtool/query?e={ $code }
parse-payment = This is a WeChat Pay call or reply, not a wx.config signature: paySign is another scheme, made with the merchant API key and no jsapi_ticket and no URL (v2: the sorted k=v& pairs with &key=API_KEY, MD5 or HMAC-SHA256, upper-case hex; v3: RSA over appId\ntimeStamp\nnonceStr\npackage\n). Check it with the merchant key in the WeChat Pay tools; wx.config itself must pass first.
parse-payment-choose-timestamp = wx.chooseWXPay takes timestamp in lower case; this call passes timeStamp, which chooseWXPay ignores: pass the value as timestamp (paySign still covers it under the key timeStamp).
parse-payment-bridge-timestamp = getBrandWCPayRequest takes timeStamp with a capital S; this call passes timestamp: rename it to timeStamp, the key paySign covers.
parse-payment-timestamp-trap = The timestamp trap: wx.chooseWXPay takes timestamp (lower case) while paySign covers timeStamp (capital S); getBrandWCPayRequest takes timeStamp. Sign the same value under timeStamp.

## jsApiList

jsapi-deprecated = jsApiList: { $name } is deprecated (it still works for now).
jsapi-move-to = { $first } Move to { $replacement }.
jsapi-open-tag = jsApiList: { $name } is an open tag; list it in openTagList instead.
jsapi-unknown = jsApiList: { $name } is not a JS-SDK interface; calling it fails with permission denied.
jsapi-open-tag-unknown = openTagList: { $name } is not an open tag.
jsapi-did-you-mean = { $first } Did you mean { $suggestion }?

## Stored values

stored-empty = the value is empty: the backend has not cached the credential yet
stored-not-text = the value is not UTF-8 text (starts with { $preview }): it may be pickled or compressed; wxsign reads raw, JSON and Python dict text
stored-not-raw = the value looks like { $looks_like } ({ $preview }), not a bare credential: set the format to { $suggest }
stored-unparsable = the value is not { $format } ({ $detail }; it starts with { $preview }): check the format (raw, json:FIELD, pydict:FIELD)
stored-missing-field = the value has no field '{ $field }' (it has: { $available }): set the format's field to one of those
stored-not-string = the field '{ $field }' is a { $found }, not a string: point the format at the field that holds the credential
stored-empty-field = the field '{ $field }' is empty: the backend has not cached the credential yet

## Window · realAuthUrl and WeChat Pay in the Verify panel

real-auth-field = wx.error result
real-auth-hint = optional: {"{"}"realAuthUrl":[…],"errMsg":"config:invalid signature"{"}"} from the page with debug: true
real-auth-heading = realAuthUrl: the URL WeChat verified
real-auth-signed = server signed
real-auth-verified = WeChat verified
real-auth-payment = WeChat Pay, not wx.config

## Lists

text-list = { $head }, { $tail }

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
## Platforms · recipes, DingTalk and Feishu

platforms-sign-call = call
platforms-signature = signature ({ $digest })
urlcheck-port-in-entry = The page is on port { $port }: the platform verifies host:port, so the trusted domain entry must name this port.
urlcheck-port-in-entry-fix = List the page's host with :{ $port } in the app's trusted domains (an entry without a port covers only 80/443).
urlcheck-port-undocumented = The page is on port { $port }: whether this platform signs pages on other ports than 80 and 443 is not documented.
urlcheck-port-undocumented-fix = Prefer 80/443 (e.g. behind a reverse proxy); sign the URL with the port exactly as the page shows it.
platforms-id-shape-alnum = { $prefix } and { $min }-{ $max } lower-case letters or digits
platforms-probe-not-wechat = { $platform } pages call { $call } through { $platform }'s own bridge, not WeChat's: the probe plays WeChat's client only, so it does not probe them; use sign, verify and check-url with --platform.
dingtalk-api-source = DingTalk API (appKey + appSecret)
dingtalk-domains-title = Domains of the app's pages
dingtalk-domains-none = No page domains are given: DingTalk's docs name no domain list that dd.config checks, so none was checked.
dingtalk-domains-none-fix = Give the app's page domains to check that the URL is one of yours (whether DingTalk checks a domain is unconfirmed).
dingtalk-domains-outside = { $page } is not under the page domains given ({ $list }); DingTalk documents no domain check for dd.config, so whether it fails there is unconfirmed.
dingtalk-domains-outside-fix = Check that this is the page you meant to sign, or add its domain to the list.
dingtalk-sha1-for-sha256 = The server hashed string1 with SHA-1, as DingTalk's docs and demos before ~2021 did; the current dd.config recipe is SHA-256 (DingTalk answers 52013 to a SHA-1 signer, as open-dingtalk/openapi-demo-java #11 reports). Hash the same string1 with SHA-256 as 64 lower-case hex digits.
dingtalk-query-not-decoded = The server signed the query still URL-encoded; DingTalk signs the URL with its query decoded once (scheme://host/path?decode(query)), because iOS passes the URL encoded and Android raw. Decode the query once before signing (Java: URLDecoder.decode(query, "UTF-8")).
dingtalk-query-decoded-plus-kept = The server decoded the query with decodeURIComponent, which keeps '+'; DingTalk's recipe (the official Java sample, URLDecoder) turns '+' into a space. Decode with URLDecoder semantics, or replace '+' with a space before decodeURIComponent.
dingtalk-sha1-query-not-decoded = The server signed with the old recipe: SHA-1 over the URL with its query still encoded. Current DingTalk signs with SHA-256 over the URL with its query decoded once.
dingtalk-52013 = 52013 签名校验失败: the signature does not match what DingTalk computed
dingtalk-52013-fix = Sign exactly the page URL DingTalk sees: no explicit :80 or :443 (it counts as another URL), the host and port a reverse proxy or NAT shows the page, the current ticket (not a stale or overwritten one), the query decoded once, and for an SPA the parent page, not a hash route.
dingtalk-client-3 = errorCode 3 权限校验失败 in dd.error: the client refused dd.config
dingtalk-client-3-fix = Check the signature (wxsign verify --platform dingtalk), the agentId and corpId passed to dd.config, and that the jsApiList entries are granted to the app.
dingtalk-45009 = 45009: the API call limit was exceeded
dingtalk-45009-fix = Cache the token and the ticket per appKey (fetching again while valid returns the same one, extended) and wait before retrying.
dingtalk-name = DingTalk
dingtalk-api-name = DingTalk
dingtalk-id-console = developer console → 应用开发 → the app → 凭证与基础信息
dingtalk-ticket = jsapi ticket (dd.config)
dingtalk-ip-console = developer console → the app → 开发管理 → 服务器出口IP
dingtalk-domain-label = page domain
dingtalk-domain-console = the app's page addresses (DingTalk documents no domain list for dd.config)
dingtalk-unknown = DingTalk error { $errcode }
dingtalk-unknown-fix = look the code up in DingTalk's 错误码 docs (open.dingtalk.com); the message above may say more
feishu-api-source = Feishu API (app_id + app_secret)
feishu-domains-title = H5 trusted domains (H5 可信域名)
feishu-domains-none = No H5 trusted domains are configured, so the domain was not checked.
feishu-domains-none-fix = Add the app's H5 trusted domains (developer console → the app → 安全设置 → H5 可信域名), with the port when the page is not on 80/443.
feishu-domains-outside = { $page } is not under any H5 trusted domain of the app ({ $list }); h5sdk.config fails on pages outside them.
feishu-domains-outside-fix = Add the page's host (with :port when it is not on 80/443) in the developer console → the app → 安全设置 → H5 可信域名, or serve the page under a listed one.
feishu-seconds-for-ms = The timestamp is in seconds; h5sdk.config takes milliseconds (a number, not a string), so Feishu refuses the config even though string1 matches. Use Date.now() (or the server's milliseconds) for both the signature and h5sdk.config.
feishu-99991401 = 99991401 ip … is denied by app setting: the app's IP whitelist refuses this caller
feishu-99991401-fix = Add this machine's IP in the developer console (the app → 安全设置 → IP 白名单), or switch the whitelist off; the token APIs are not subject to it.
feishu-name = Feishu / Lark
feishu-api-name = Feishu
feishu-id-console = developer console → the app → 凭证与基础信息
feishu-ticket = jsapi ticket (h5sdk.config)
feishu-ip-console = developer console → the app → 安全设置 → IP 白名单
feishu-domain-label = H5 trusted domain
feishu-domain-console = developer console → the app → 安全设置 → H5 可信域名
feishu-unknown = Feishu error { $errcode }
feishu-unknown-fix = look the code up in Feishu's 通用错误码 docs (open.feishu.cn); the msg above may say more

## The window on DingTalk and Feishu (profile editor, Sign, Probe, doctor, batch)
gui-platforms-dingtalk-domains = Page domains
gui-platforms-dingtalk-domains-hint = one per line, e.g. h5.example.com (only checked by wxsign: DingTalk documents no domain list)
gui-platforms-feishu-domains = H5 trusted domains
gui-platforms-feishu-domains-hint = one per line, with :port when the page is not on 80/443
gui-platforms-copy-call = Copy { $call }
gui-platforms-snippet = { $call } snippet
gui-platforms-refetch-token = Fetch the token again (skip the cache)
platforms-doctor-api-ok = { $api } API: the token and the ticket answer (ticket valid for another { $minutes } min, { $origin })
platforms-doctor-from-cache = from the cache
platforms-doctor-fetched = fetched now
platforms-doctor-api-failed = { $api } API: the token or the ticket failed: { $error } — { $meaning }
gui-platforms-mode-config = { $call } signature
