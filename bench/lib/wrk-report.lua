-- wrk script shared by all scenarios.
--
-- Environment (set by bench/run):
--   BENCH_TOKEN  API token sent as "Authorization: Bearer <token>" (optional)
--   BENCH_PATHS  request paths, one per line; a single path is sent as a static request,
--                several are taken in turn by each thread
--   BENCH_POST_BODY  optional: POST this JSON body to the (single) path instead of GET, each request with its
--                own Idempotency-Key "<BENCH_KEY_PREFIX>-<thread>-<n>", so every request creates something
--
-- At the end it prints one line "BENCH_JSON {...}" with requests/s and latency
-- percentiles in milliseconds, which bench/run reads.

local token = os.getenv("BENCH_TOKEN")
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = "application/json"

local paths = {}
for line in (os.getenv("BENCH_PATHS") or ""):gmatch("[^\n]+") do
  paths[#paths + 1] = line
end

local post_body = os.getenv("BENCH_POST_BODY")
local threads_made = 0

-- Main state: numbers each thread, so idempotency keys differ between threads.
function setup(thread)
  threads_made = threads_made + 1
  thread:set("thread_number", threads_made)
end

if post_body ~= nil and post_body ~= "" then
  local prefix = os.getenv("BENCH_KEY_PREFIX") or "bench"
  local n = 0
  function request()
    n = n + 1
    local headers = {}
    for k, v in pairs(wrk.headers) do headers[k] = v end
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = prefix .. "-" .. tostring(thread_number) .. "-" .. n
    return wrk.format("POST", paths[1], headers, post_body)
  end
elseif #paths == 1 then
  wrk.path = paths[1]
elseif #paths > 1 then
  local i = 0
  -- Only defined when needed: a script without request() lets wrk reuse one prepared request.
  function request()
    i = i % #paths + 1
    return wrk.format(nil, paths[i])
  end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local function ms(us) return us / 1000.0 end
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationSeconds":%.3f,"rps":%.2f,"bytes":%d,'
      .. '"latencyMs":{"mean":%.3f,"stdev":%.3f,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f},'
      .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    ms(latency.mean), ms(latency.stdev), ms(latency:percentile(50)), ms(latency:percentile(90)),
    ms(latency:percentile(99)), ms(latency.max),
    e.connect, e.read, e.write, e.status, e.timeout))
end
