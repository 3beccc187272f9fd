-- wrk script: authenticated tools/call greet (or the floor endpoint) round-robin over sessions.
-- usage: wrk ... -s bench/greet.lua -- SESSIONS_FILE mcp|floor
-- SESSIONS_FILE holds "token session subject" lines (bench/BenchClient.java sessions ...).
-- Each request greets its own subject by name, so a correct answer says "Hello, S! Your userid
-- is S." with the same S twice: an answer built from another caller's token counts as wrong.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file, mode = args[1], args[2]
  requests, count, wrong, non2xx = {}, 0, 0, 0
  for line in io.lines(file) do
    local token, session, subject = line:match("^(%S+) (%S+) (%S+)$")
    if mode == "floor" then
      requests[#requests + 1] = wrk.format("GET", "/bench/floor?name=" .. subject,
        { ["Authorization"] = "Bearer " .. token })
    else
      local body = '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"greet","arguments":{"name":"'
        .. subject .. '"}}}'
      requests[#requests + 1] = wrk.format("POST", "/mcp", {
        ["Authorization"] = "Bearer " .. token,
        ["Mcp-Session-Id"] = session,
        ["MCP-Protocol-Version"] = "2025-11-25",
        ["Accept"] = "application/json, text/event-stream",
        ["Content-Type"] = "application/json",
      }, body)
    end
  end
  want_is_error = mode ~= "floor"
  next_index = 0
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

function response(status, headers, body)
  count = count + 1
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  else
    local name, user = body:match("Hello, ([%w%-%.@]+)! Your userid is ([%w%-%.@]+)%.")
    if name == nil or name ~= user or (want_is_error and not body:find('"isError":false', 1, true)) then
      wrong = wrong + 1
    end
  end
end

function done(summary, latency, requests)
  local w, n = 0, 0
  for _, thread in ipairs(threads) do
    w = w + thread:get("wrong")
    n = n + thread:get("non2xx")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT rps=%.0f p50_ms=%.3f p99_ms=%.3f non2xx=%d wrong=%d requests=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, n, w,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
