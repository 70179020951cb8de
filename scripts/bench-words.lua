-- wrk script for a load no cache can serve: each request asks for the next word of a word list
-- (`verbatim bench words`), and each wrk thread starts at its own place in it, so no two requests
-- in a row, on any connection, are the same. Environment: BENCH_WORDS, the word list; BENCH_PATH,
-- the request path with %s where the URL-encoded word goes (default /api/search?q=%s).
local path = os.getenv("BENCH_PATH") or "/api/search?q=%s"
local words = {}
for line in io.lines(os.getenv("BENCH_WORDS")) do
  words[#words + 1] = line:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
end

local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

local i = nil
request = function()
  if i == nil then
    i = (id * 1009) % #words -- a prime stride apart, whatever the number of threads
  end
  i = i % #words + 1
  -- a function, not the string: in a replacement string gsub reads each "%XX" escape as a capture
  -- reference and drops the "%", so "doppelg%C3%A4nger" went out as "doppelgC3A4nger"
  return wrk.format("GET", (path:gsub("%%s", function() return words[i] end)))
end
