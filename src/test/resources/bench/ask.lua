-- wrk script for POST /api/ask: each connection cycles through the golden questions, starting at a
-- different one. Run from the project root (see README, "The web API under load"):
--   wrk -t2 -c32 -d30s --latency -s src/test/resources/bench/ask.lua http://127.0.0.1:18081
local bodies = {}
for line in io.lines("src/test/resources/golden/questions.jsonl") do
  local q = line:match('"question"%s*:%s*"(.-)"%s*,')
  if q then
    bodies[#bodies + 1] = '{"question": "' .. q .. '"}'
  end
end

local counter = 0
function setup(thread)
  thread:set("offset", counter * 997)
  counter = counter + 1
end

local i = 0
function request()
  i = i + 1
  local body = bodies[(offset + i) % #bodies + 1]
  return wrk.format("POST", "/api/ask", {["Content-Type"] = "application/json"}, body)
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("answers/s=%.0f p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms non200=%d socket_errors=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
      latency:percentile(99) / 1e3, latency.max / 1e3, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
