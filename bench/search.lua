-- wrk script for bench/search-latency: rotates over the search paths in the file given after
-- `--` (one a line, from bench/search_util.py paths), each thread from its own place in the list,
-- and at the end prints one line the script reads:
--   SEARCH p50_us=… p95_us=… p99_us=… rps=… requests=… errors=…
-- Usage: wrk -t2 -c16 -d10s -s bench/search.lua http://127.0.0.1:PORT -- PATHS_FILE

local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local paths, i = {}, 0

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  for line in file:lines() do
    if line ~= "" then table.insert(paths, line) end
  end
  file:close()
  assert(#paths > 0, "no search paths in " .. args[1])
  -- spread the threads over the list (id is set by setup before init runs)
  i = ((id or 0) * 7919) % #paths
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("SEARCH p50_us=%d p95_us=%d p99_us=%d rps=%.1f requests=%d errors=%d\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.requests / (summary.duration / 1e6), summary.requests, errors))
end
