-- wrk script of org.fahras.bench.HttpBenchmark: each request asks the next query of the
-- benchmark's query file (one API path a line), in turn; at the end one line of figures for
-- the harness to read. Usage: wrk ... -s queries.lua URL -- QUERY_FILE
local paths = {}
local next_path = 1

function init(args)
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

-- errors: failed connections, reads, writes, timeouts, and answers with a status of 400 or more
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("fahras-result requests=%d micros=%d p50=%d p99=%d errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout + e.status))
end
