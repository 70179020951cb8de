-- wrk script for `scripts/bench-http`: cycles through the benchmark query mix (the same requests as
-- `verbatim bench query`, whose speaker filter on the generated corpora is Donald Trump), each with
-- highlighting and facets, as the page asks for them.
local paths = {
  "/api/search?q=people",
  "/api/search?q=referendum",
  "/api/search?q=tax+plan",
  "/api/search?q=%22prime+minister%22",
  "/api/search?q=elect*",
  "/api/search?q=said&type=quote&speaker=Donald+Trump",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
