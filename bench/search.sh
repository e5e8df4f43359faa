#!/usr/bin/env bash
# The search API against the same query sent straight to Elasticsearch (what ContentSearch sends: multi_match on
# title^3 and body, highlight, the three facet aggregations, 10 hits).
source "$(dirname "$0")/lib.sh"
machine
Q="${Q:-kravspesifikasjon}"
body=$(mktemp)
trap 'rm -f "$body"' EXIT
cat > "$body" <<JSON
{"from":0,"size":10,"track_total_hits":true,
 "query":{"multi_match":{"query":"$Q","fields":["title^3","body"]}},
 "highlight":{"encoder":"html","pre_tags":["<mark>"],"post_tags":["</mark>"],
   "fields":{"title":{"number_of_fragments":0},"body":{"fragment_size":180,"number_of_fragments":2}}},
 "aggregations":{"type":{"terms":{"field":"facets.type","size":50}},
   "section":{"terms":{"field":"facets.section","size":50}},
   "sector":{"terms":{"field":"facets.sector","size":50}}}}
JSON
echo "# q=$Q; index holds $(curl -fsS "$SEARCH_URL/laeringsarena-content/_count" | grep -o '"count":[0-9]*') documents"
METHOD=POST BODY_FILE="$body" measure "raw Elasticsearch _search" "$SEARCH_URL/laeringsarena-content/_search"
measure "GET /api/search" "${BASE}api/search?q=$Q"
