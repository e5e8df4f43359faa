-- wrk script for the mixed load: report.lua's line and headers, and every request takes the next of the paths
-- in $PATHS (space-separated, each starting with /), round robin per connection.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")
local paths = {}
for path in string.gmatch(os.getenv("PATHS") or "/", "%S+") do table.insert(paths, path) end
local counter = math.random(#paths)
request = function()
  counter = counter % #paths + 1
  return wrk.format(nil, paths[counter])
end
