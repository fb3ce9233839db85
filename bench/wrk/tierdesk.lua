-- wrk script for the Tierdesk benchmark. Configured through environment variables:
--   MODE        create | get | page   (page = plain GET of WRK_PATH, e.g. a list or the queue)
--   AUTH        full Authorization header value, e.g. "Bearer td_..." or "Basic ..."
--   COOKIE      optional Cookie header (a session for the server-rendered pages)
--   MAX_NUMBER  for MODE=get: pick a random ticket TD-000001 .. MAX_NUMBER
--   WRK_PATH    for MODE=page: the path and query string
--   RESULT_FILE where done() appends one JSON line with throughput and percentiles
--   LABEL       the scenario name written to RESULT_FILE
local mode = os.getenv("MODE") or "get"
local auth = os.getenv("AUTH")
local cookie = os.getenv("COOKIE")
local max_number = tonumber(os.getenv("MAX_NUMBER") or "1000")
local path = os.getenv("WRK_PATH") or "/api/v1/tickets?tier=1&size=25"

wrk.headers["Accept"] = "application/json, text/html"
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end
if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end

if mode == "create" then
  wrk.method = "POST"
  wrk.path = "/api/v1/tickets"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"subject":"Cannot print to the 3rd floor printer",'
    .. '"description":"Since this morning every print job stays in the queue. I restarted the laptop already.",'
    .. '"requester":{"email":"load.tester@example.com","name":"Load Tester"},"channel":"api"}'
elseif mode == "page" then
  wrk.method = "GET"
  wrk.path = path
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
end

if mode == "get" then
  request = function()
    return wrk.format("GET", string.format("/api/v1/tickets/TD-%06d", math.random(1, max_number)))
  end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local non2xx = summary.errors.status
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  local line = string.format(
    '{"label":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,'
      .. '"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d}',
    os.getenv("LABEL") or mode, summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, non2xx, errors)
  io.write(line .. "\n")
  local file = os.getenv("RESULT_FILE")
  if file then
    local f = io.open(file, "a"); f:write(line .. "\n"); f:close()
  end
end
