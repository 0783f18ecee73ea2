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

## Platforms

platforms-sign-call = call
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
    }: the server signed the URL once, with the corp ticket, and passed that to both calls. Sign the URL a second time with the agent ticket of { $agent } and give wx.agentConfig that signature.
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
urlcheck-port-in-entry = The page is on port { $port }: the platform verifies host:port, so the trusted domain entry must name this port.
urlcheck-port-in-entry-fix = List the page's host with :{ $port } in the app's trusted domains (an entry without a port covers only 80/443).
urlcheck-port-undocumented = The page is on port { $port }: whether this platform signs pages on other ports than 80 and 443 is not documented.
urlcheck-port-undocumented-fix = Prefer 80/443 (e.g. behind a reverse proxy); sign the URL with the port exactly as the page shows it.
