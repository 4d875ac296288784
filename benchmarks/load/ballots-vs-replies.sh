#!/usr/bin/env bash
# Casting a ballot through the API against replying, on the published app in Production, in the same run.
# Usage: benchmarks/load/ballots-vs-replies.sh /path/to/published/app [requests-per-member]
# Needs: hey, curl, jq (apt-get install hey curl jq). Prints requests/s for each phase and the static-file baseline.
set -euo pipefail
app=${1:?published app folder (dotnet publish src/MipForum.Web -c Release -o DIR)}
per=${2:-400}
port=5199
base=http://127.0.0.1:$port
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT

# Limits raised for the run only: the measurement is the write path, not the limiter.
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$base \
ConnectionStrings__Forum="Data Source=$work/forum.db" Forum__SeedDemo=true \
Forum__RateLimits__WritesPerUser__PermitLimit=1000000 Forum__RateLimits__WritesPerIp__PermitLimit=1000000 \
Forum__RateLimits__Commands__PermitLimit=1000000 Forum__RateLimits__Auth__PermitLimit=1000 \
Forum__Moderation__NewAccountPostsPerDay=1000000 Logging__LogLevel__Default=Warning \
  dotnet "$app/MipForum.Web.dll" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 1; done

token() { curl -fs -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"mipforum-demo\"}" "$base/api/v1/auth/token" | jq -r .accessToken; }
voters=(tkdev wei_chen funmi.o sato-k)
declare -A tokens
for name in moshe_f "${voters[@]}"; do tokens[$name]=$(token "$name"); done

# A thread for the replies (not the demo's), and a binary poll on the offboarding thread.
thread=$(curl -fs -H "Authorization: Bearer ${tokens[tkdev]}" -H 'Content-Type: application/json' \
  -d '{"title":"Load run: replies","body":"The first post of the load run.","category":"general"}' "$base/api/v1/threads" | jq .id)
offboarding=$(curl -fs "$base/api/v1/threads" | jq '[.items[] | select(.title | startswith("MIP41c5-SP2"))][0].id')
closes=$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
poll=$(curl -fs -H "Authorization: Bearer ${tokens[moshe_f]}" -H 'Content-Type: application/json' \
  -d "{\"type\":\"binary\",\"question\":\"Load run: offboard now?\",\"closesAt\":\"$closes\"}" "$base/api/v1/threads/$offboarding/polls")
pollId=$(jq .id <<<"$poll"); yes=$(jq '.options[0].id' <<<"$poll")

run() { # phase method url body: each voter sends $per requests one after another, the four at once
  local phase=$1 method=$2 url=$3 body=$4 start end
  start=$(date +%s.%N)
  for name in "${voters[@]}"; do
    hey -n "$per" -c 1 -m "$method" -T application/json -d "$body" -H "Authorization: Bearer ${tokens[$name]}" "$url" >"$work/$phase-$name.txt" &
  done
  for job in $(jobs -p); do [ "$job" = "$server" ] || wait "$job" || true; done
  end=$(date +%s.%N)
  local ok other
  ok=$(cat "$work"/$phase-*.txt | { grep -Eo '\[2[0-9][0-9]\][[:space:]]+[0-9]+' || true; } | awk '{s+=$2} END {print s+0}')
  other=$(cat "$work"/$phase-*.txt | { grep -Eo '\[[3-5][0-9][0-9]\][[:space:]]+[0-9]+' || true; } | awk '{s+=$2} END {print s+0}')
  printf '%-8s %6d ok %4d other in %6.2f s = %7.1f ok/s\n' "$phase" "$ok" "$other" "$(echo "$end - $start" | bc)" "$(echo "$ok / ($end - $start)" | bc -l)"
}

hey -n 4000 -c 4 "$base/app.css" | grep -E 'Requests/sec' | sed 's/^ */static   /'
run warmup POST "$base/api/v1/threads/$thread/posts" '{"body":"Warming up the write path."}'
run replies POST "$base/api/v1/threads/$thread/posts" '{"body":"A reply in the load run, with **some** markdown and a [link](https://example.org)."}'
run ballots PUT "$base/api/v1/polls/$pollId/ballot" "{\"choices\":[$yes]}"
run replies2 POST "$base/api/v1/threads/$thread/posts" '{"body":"A second round of replies, after the ballots."}'
echo "poll $pollId: $(curl -fs -H "Authorization: Bearer ${tokens[tkdev]}" "$base/api/v1/polls/$pollId" | jq -c '.results.turnout')"
cp "$work/server.log" "${TMPDIR:-/tmp}/ballots-vs-replies-server.log"
{ grep -ciE 'fail|exception' "$work/server.log" || true; } | sed 's/^/server log lines with fail|exception: /'
