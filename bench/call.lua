-- wrk script: every connection walks the same signed call path (bench/gen_requests.py), request
-- after request, and the summary is printed as one JSON line.
--   wrk -s bench/call.lua ... http://127.0.0.1:PORT   (REQUESTS=path/to/requests.lua, ONLY=request index)

local requests = dofile(os.getenv("REQUESTS") or "bench/out/requests.lua")
-- ONLY=I: request I of the path alone, over and over (what one kind of request costs)
local only = tonumber(os.getenv("ONLY") or "")
local formatted = {}
local counter = 0

function init(args)
  for i, r in ipairs(requests) do
    formatted[i] = wrk.format("POST", r.path, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = r.signature,
      ["X-Bench-Answer"] = tostring(i - 1),
    }, r.body)
  end
  if only then
    formatted = { formatted[only + 1] }
  end
  counter = math.random(0, #formatted - 1)
end

function request()
  counter = counter + 1
  return formatted[(counter % #formatted) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,' ..
    '"non2xx":%d,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.status, e.connect, e.read, e.write, e.timeout))
end
