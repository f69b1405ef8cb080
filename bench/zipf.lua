-- wrk script: readers asking for many different pages, with Zipf popularity (s = 1).
--
--   wrk -t2 -c64 -d30s --latency -s bench/zipf.lua http://127.0.0.1:PORT -- URLS_FILE
--
-- URLS_FILE holds one path a line (/, /en/, /en/post/slug, ...). The paths are ranked by a
-- random permutation that is the same in every thread and every run (seed ZIPF_SEED, default 1),
-- so nginx and Masthead see the same popular pages, spread over editions and page kinds; home
-- pages ("/" and "/xx/") are forced to the top ranks, as the most visited pages of a news site.
-- Rank k is asked for with probability (1/k) / H(n): a cumulative table is built once per
-- thread and each request picks a rank by binary search. Every thread seeds its own random
-- numbers (from /dev/urandom and its thread number). Every request sends Accept-Encoding: gzip.

wrk.headers["Accept-Encoding"] = "gzip"

local next_id = 1
function setup(thread)
  thread:set("thread_id", next_id)
  next_id = next_id + 1
end

local requests, cumulative, n

local function is_home(path)
  return path == "/" or path:match("^/%a%a/$") ~= nil
end

local function urandom_seed()
  local f = io.open("/dev/urandom", "rb")
  if not f then return os.time() end
  local b = f:read(4)
  f:close()
  local a, c, d, e = b:byte(1, 4)
  return ((a * 256 + c) * 256 + d) * 256 + e
end

function init(args)
  local file = args[1] or error("usage: wrk ... -s zipf.lua URL -- URLS_FILE")
  local homes, others = {}, {}
  for line in io.lines(file) do
    if line ~= "" then
      if is_home(line) then homes[#homes + 1] = line else others[#others + 1] = line end
    end
  end

  -- The same permutation in every thread: Fisher-Yates with a fixed seed.
  math.randomseed(tonumber(os.getenv("ZIPF_SEED") or "1"))
  for i = #others, 2, -1 do
    local j = math.random(i)
    others[i], others[j] = others[j], others[i]
  end
  local ranked = homes
  for _, p in ipairs(others) do ranked[#ranked + 1] = p end

  n = #ranked
  requests, cumulative = {}, {}
  local sum = 0
  for k = 1, n do
    requests[k] = wrk.format("GET", ranked[k])
    sum = sum + 1 / k
    cumulative[k] = sum
  end

  -- From here on each thread draws its own numbers.
  math.randomseed(urandom_seed() + 7919 * (thread_id or 0))
  for _ = 1, 10 do math.random() end
end

function request()
  local u = math.random() * cumulative[n]
  local lo, hi = 1, n
  while lo < hi do -- smallest k with cumulative[k] >= u
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < u then lo = mid + 1 else hi = mid end
  end
  return requests[lo]
end
