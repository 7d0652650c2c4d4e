-- wrk script for a burst: every connection sends exactly one POST, each with its own bearer token, all at
-- once, and wrk ends as soon as the last answer is in (rather than at -d, which is only the upper bound).
--
-- Environment (set by the scenario):
--   BENCH_BURST_TOKENS   file with one bearer token per line; one request per token
--   BENCH_BURST_THREADS  wrk -t; the number of tokens must be a multiple of it, and wrk -c equal to it
--   BENCH_BURST_PATH     the request path
--   BENCH_BURST_BODY     the JSON body, the same for every request
--
-- At the end it prints one line "BENCH_JSON {...}" for the scenario to read.
--
-- How: wrk gives each thread -c/-t connections and calls request() whenever a connection may send. Thread k
-- takes the k-th slice of the tokens, one per connection; once its slice is out, request() returns an empty
-- request, so a connection whose answer came back sends nothing more. When a thread has all its answers it
-- stops; the last thread to finish wakes wrk's main thread (which otherwise sleeps for all of -d) with SIGINT,
-- wrk's own way to end a run early. Times come from CLOCK_MONOTONIC through LuaJIT's FFI.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
  unsigned long pthread_self(void);
  int pthread_kill(unsigned long thread, int sig);
  void *calloc(size_t n, size_t size);
]]
local CLOCK_MONOTONIC, SIGINT = 1, 2

local function now_us()
  local ts = ffi.new("bench_timespec")
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local nthreads = tonumber(os.getenv("BENCH_BURST_THREADS") or "1")

-- Main Lua state: setup() is called once per thread as wrk creates it, done() at the end. ------------------

local threads = {}
local flags = nil -- one int per thread, shared by address: 1 once that thread has all its answers

function setup(thread)
  if flags == nil then
    flags = ffi.cast("int *", ffi.C.calloc(nthreads, ffi.sizeof("int"))) -- never freed: lives as long as wrk
  end
  threads[#threads + 1] = thread
  thread:set("bench_index", #threads - 1)
  thread:set("bench_flags", tonumber(ffi.cast("uintptr_t", flags)))
  thread:set("bench_main", tonumber(ffi.C.pthread_self()))
end

function done(summary, latency, requests)
  local expected, sent, answered, created, approved, waitlisted = 0, 0, 0, 0, 0, 0
  local first, last_sent, last = nil, nil, nil
  local statuses = {}
  local answer_times = {}
  for _, t in ipairs(threads) do
    -- Only plain values cross between Lua states: wrk 4.1 copies nested tables wrongly (and crashes).
    expected = expected + t:get("bench_expected")
    sent = sent + t:get("bench_sent")
    answered = answered + t:get("bench_answered")
    approved = approved + t:get("bench_approved")
    waitlisted = waitlisted + t:get("bench_waitlisted")
    for code, n in t:get("bench_statuses"):gmatch("(%d+)=(%d+)") do
      statuses[code] = (statuses[code] or 0) + tonumber(n)
    end
    for us in t:get("bench_answer_times"):gmatch("%d+") do
      answer_times[#answer_times + 1] = tonumber(us)
    end
    local f, ls, l = t:get("bench_first"), t:get("bench_last_sent"), t:get("bench_last")
    if f and (first == nil or f < first) then first = f end
    if ls and (last_sent == nil or ls > last_sent) then last_sent = ls end
    if l and (last == nil or l > last) then last = l end
  end
  created = statuses["201"] or 0
  -- How long after the burst began each answer came: what a firm that clicked at that moment waited, including
  -- any wait to get connected, which wrk's latency (from the moment a request is written) leaves out.
  table.sort(answer_times)
  local function after_start_ms(p)
    if #answer_times == 0 or first == nil then return -1 end
    local i = math.max(1, math.ceil(#answer_times * p / 100))
    return (answer_times[i] - first) / 1000
  end
  local seconds = (first and last) and (last - first) / 1e6 or summary.duration / 1e6
  local codes = {}
  for code, n in pairs(statuses) do
    codes[#codes + 1] = string.format('"%s":%d', code, n)
  end
  table.sort(codes)
  local e = summary.errors
  local function ms(us) return us / 1000.0 end
  io.write(string.format(
    'BENCH_JSON {"expected":%d,"sent":%d,"requests":%d,"applications":%d,"burstSeconds":%.6f,'
      .. '"sendSpreadMs":%.3f,"rps":%.2f,"answersPerSecond":%.2f,'
      .. '"latencyMs":{"mean":%.3f,"stdev":%.3f,"p50":%.3f,"p90":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f},'
      .. '"answeredAfterStartMs":{"p50":%.3f,"p95":%.3f,"p99":%.3f,"max":%.3f},'
      .. '"statuses":{%s},"decisions":{"approved":%d,"waitlisted":%d},'
      .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"notCreated":%d,"unanswered":%d}}\n',
    expected, sent, answered, created, seconds,
    (first and last_sent) and (last_sent - first) / 1000 or -1,
    seconds > 0 and created / seconds or 0, seconds > 0 and answered / seconds or 0,
    ms(latency.mean), ms(latency.stdev), ms(latency:percentile(50)), ms(latency:percentile(90)),
    ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max),
    after_start_ms(50), after_start_ms(95), after_start_ms(99), after_start_ms(100),
    table.concat(codes, ","), approved, waitlisted,
    e.connect, e.read, e.write, e.status, e.timeout, expected - created, expected - answered))
end

-- Each thread's Lua state: init() runs on the main thread, request() and response() on the thread. ----------

local requests = {}
local init_thread = nil
local statuses = {}
-- Read by done() through thread:get.
bench_expected, bench_sent, bench_answered, bench_approved, bench_waitlisted = 0, 0, 0, 0, 0
bench_first, bench_last_sent, bench_last, bench_statuses = nil, nil, nil, ""
local answer_times = {}
bench_answer_times = "" -- when each answer came (µs, CLOCK_MONOTONIC), once the thread has them all

function init(args)
  local path = os.getenv("BENCH_BURST_PATH")
  local body = os.getenv("BENCH_BURST_BODY")
  local tokens = {}
  for line in io.lines(os.getenv("BENCH_BURST_TOKENS")) do
    if line ~= "" then tokens[#tokens + 1] = line end
  end
  if #tokens % nthreads ~= 0 then
    error(string.format("%d tokens are not a multiple of %d threads", #tokens, nthreads))
  end
  local per = #tokens / nthreads
  for j = 1, per do
    requests[j] = wrk.format("POST", path, {
      ["Host"] = wrk.headers["Host"],
      ["Authorization"] = "Bearer " .. tokens[bench_index * per + j],
      ["Content-Type"] = "application/json",
      ["Accept"] = "application/json",
    }, body)
  end
  bench_expected = per
  init_thread = tonumber(ffi.C.pthread_self())
end

function request()
  -- wrk parses the first thread's first request on the main thread, before any thread runs: not a send.
  if tonumber(ffi.C.pthread_self()) == init_thread then
    return requests[1]
  end
  if bench_sent >= #requests then
    return "" -- this thread's requests are all out: the connection stays quiet
  end
  bench_sent = bench_sent + 1
  local t = now_us()
  if bench_sent == 1 then bench_first = t end
  bench_last_sent = t
  return requests[bench_sent]
end

function response(status, headers, body)
  bench_answered = bench_answered + 1
  bench_last = now_us()
  answer_times[#answer_times + 1] = string.format("%.0f", bench_last)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 201 then
    if body:find('"status":"APPROVED"', 1, true) then
      bench_approved = bench_approved + 1
    elseif body:find('"status":"WAITLISTED"', 1, true) then
      bench_waitlisted = bench_waitlisted + 1
    end
  end
  local parts = {}
  for code, n in pairs(statuses) do parts[#parts + 1] = code .. "=" .. n end
  bench_statuses = table.concat(parts, ",")
  if bench_answered == #requests then
    bench_answer_times = table.concat(answer_times, ",")
    wrk.thread:stop()
    local flags = ffi.cast("int *", bench_flags)
    flags[bench_index] = 1
    for k = 0, nthreads - 1 do
      if flags[k] == 0 then return end
    end
    ffi.C.pthread_kill(bench_main, SIGINT)
  end
end
