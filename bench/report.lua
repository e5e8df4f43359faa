-- wrk script: prints one line with p50/p95/p99, throughput and errors, labelled by $LABEL,
-- in the same form as the Java benchmarks (no.laeringsarena.dev.bench.Load). Optional:
-- $COOKIE (a Cookie header), $METHOD + $BODY_FILE + $CONTENT_TYPE for a POST.
local label = os.getenv("LABEL") or "request"
local cookie = os.getenv("COOKIE")
local method = os.getenv("METHOD")
local body_file = os.getenv("BODY_FILE")

if cookie and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if method and method ~= "" then wrk.method = method end
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "r"))
  wrk.body = f:read("*a")
  f:close()
  wrk.headers["Content-Type"] = os.getenv("CONTENT_TYPE") or "application/json"
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("%-34s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  %9.1f ops/s  errors %d\n",
      label, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      summary.requests / seconds, errors))
end
