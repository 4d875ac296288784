-- The writers (scenario 4), appended to percentiles.lua: every request is a reply with its own idempotency key and the
-- next writer's bearer token; every 201 is written down (post id and number) so the harness can check the database.
-- Read from the environment: MIPFORUM_THREAD, MIPFORUM_TOKENS (a file, one token a line), MIPFORUM_KEYS (the run's
-- key prefix), MIPFORUM_ACKS (a path prefix: each wrk thread writes its acknowledgements to PREFIX-N).
local tokens = {}
for line in io.lines(os.getenv("MIPFORUM_TOKENS")) do tokens[#tokens + 1] = line end
local path = "/api/v1/threads/" .. os.getenv("MIPFORUM_THREAD") .. "/posts"
local keys = os.getenv("MIPFORUM_KEYS")
local acks_prefix = os.getenv("MIPFORUM_ACKS")

local threads_started = 0
function setup(thread)
  threads_started = threads_started + 1
  thread:set("thread_number", threads_started)
end

local sent = 0
local acks
function init(args)
  acks = io.open(acks_prefix .. "-" .. thread_number, "w")
  acks:setvbuf("line")
end

request = function()
  sent = sent + 1
  local key = keys .. "-" .. thread_number .. "-" .. sent
  local body = '{"body":"Reply ' .. sent .. ' of wrk thread ' .. thread_number .. ' in the load run, with **some** markdown and a [link](https://example.org/' .. key .. ')."}'
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(sent + thread_number) % #tokens + 1],
    ["Idempotency-Key"] = key,
  }, body)
end

response = function(status, headers, body)
  if status == 201 then
    local id = string.match(body, '"id":(%d+)')
    local number = string.match(body, '"number":(%d+)')
    acks:write(id, " ", number, "\n")
  end
end
