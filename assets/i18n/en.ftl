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
