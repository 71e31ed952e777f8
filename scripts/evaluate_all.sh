#!/usr/bin/env bash
# Run every evaluation command on the full dev sets and keep each one's JSON (and its stderr).
#   scripts/evaluate_all.sh [OUT_DIR]        (default: eval-results/<today>)
# Data: $NEWSFUSE_SHARED (default ../shared, next to the repository). Expect about half an
# hour on 2 cores: GVC clustering embeds 5,090 articles. A failing command is reported and the
# others still run; the exit code is 1 if any failed.
set -u
cd "$(dirname "$0")/.."
SHARED="${NEWSFUSE_SHARED:-../shared}"
EVAL="$SHARED/eval"
OUT="${1:-eval-results/$(date +%F)}"
mkdir -p "$OUT"
failed=0

run() {  # run NAME ARGS...: newsfuse ARGS --json > OUT/NAME.json, timed
  local name="$1"
  shift
  echo "== $name: newsfuse $* --json"
  local start=$SECONDS
  if newsfuse "$@" --json >"$OUT/$name.json" 2>"$OUT/$name.err"; then
    echo "   ok in $((SECONDS - start)) s -> $OUT/$name.json"
  else
    echo "   FAILED ($(tail -n 1 "$OUT/$name.err"))"
    failed=1
  fi
}

run clusters.gvc eval clusters "$EVAL/gvc/articles.jsonl" --label incident_id
run clusters.ecbplus eval clusters "$EVAL/ecbplus/docs.jsonl" --label cluster
run duplicates.ntrex eval duplicates "$EVAL/ntrex/docs.jsonl"
run figures.newsquant eval figures "$EVAL/newsquant/newsquant.dev.json"
run numbers.recognizers eval numbers "$EVAL/recognizers"
run seeds eval seeds "$EVAL/seeds/claims.gold.json" --docs "$SHARED/seeds"
run incidents.gvc eval incidents "$EVAL/gvc/articles.jsonl" --incidents "$EVAL/gvc/incidents.jsonl"
run consensus.gvc eval consensus "$EVAL/gvc/articles.jsonl" --incidents "$EVAL/gvc/incidents.jsonl"
run bench bench
exit $failed
