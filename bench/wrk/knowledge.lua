-- wrk script for the knowledge search benchmark. Environment:
--   AUTH         Authorization header value (agent search) or empty (portal suggestions)
--   WRK_PATH     path with {q} where the query goes, e.g. /api/v1/search?limit=10&q={q}
--   QUERIES      queries separated by "|" (already URL-encoded); each request picks one at random
--   RESULT_FILE, LABEL  as in tierdesk.lua
local auth = os.getenv("AUTH")
local template = os.getenv("WRK_PATH") or "/api/v1/search?q={q}"
local queries = {}
for q in string.gmatch(os.getenv("QUERIES") or "printer", "([^|]+)") do table.insert(queries, q) end

wrk.headers["Accept"] = "application/json, text/html"
if auth and auth ~= "" then wrk.headers["Authorization"] = auth end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(os.time() + (id or 0) * 7919)
end

request = function()
  local q = queries[math.random(1, #queries)]
  return wrk.format("GET", (string.gsub(template, "{q}", q)))
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local line = string.format(
    '{"label":"%s","requests":%d,"seconds":%.2f,"rps":%.1f,"p50_ms":%.2f,"p90_ms":%.2f,"p95_ms":%.2f,'
      .. '"p99_ms":%.2f,"max_ms":%.2f,"non2xx":%d,"socket_errors":%d}',
    os.getenv("LABEL") or "search", summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout)
  io.write(line .. "\n")
  local file = os.getenv("RESULT_FILE")
  if file then
    local f = io.open(file, "a"); f:write(line .. "\n"); f:close()
  end
end
