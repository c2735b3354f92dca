#!/usr/bin/env bash
# bench load against two zerowork nodes on one throwaway PostgreSQL, one node on PostgreSQL, and one node on LiteDB,
# in one sitting. Usage: tools/bench/nodes.sh [seconds] [concurrency]   (run from the repository root, as root)
set -euo pipefail
seconds=${1:-30}; concurrency=${2:-32}
pgbin=/usr/lib/postgresql/15/bin
dll=src/Server/bin/Release/net10.0/zerowork.dll
work=$(mktemp -d /tmp/zw-nodes-XXXX); chown postgres "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" stop -m fast >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
dotnet build src/Server -c Release -v q -nologo >/dev/null
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
sleep 1
# The WeChat and SMS settings are BenchService's constants (src/Server/Bench/BenchService.cs): bench load signs with them.
node() { # name port env-settings...
  local name=$1 p=$2; shift 2
  ASPNETCORE_URLS=http://127.0.0.1:$p Logging__LogLevel__Default=Warning Seed__Demo=true \
  Bot__WeChat__Token=benchtoken Bot__WeChat__AppId=wx0123456789abcdef \
  Bot__WeChat__EncodingAESKey=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG Bot__Sms__CallbackKey=bench-callback-key-0123456789 \
  Storage__BackupFolder= "$@" dotnet "$dll" serve >"$work/$name.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$p/healthz" && return; sleep 1; done; echo "node $name did not start"; cat "$work/$name.log"; exit 1
}
pgdb() { runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE $1"; echo "Host=127.0.0.1;Port=$port;Database=$1;Username=postgres"; }
stopall() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
load() { echo "### $1 (load average: $(cut -d' ' -f1-3 /proc/loadavg))"; shift; dotnet "$dll" bench load --seconds "$seconds" --concurrency "$concurrency" --warmup 10 "$@" | grep -v '^{' || true; }

two=$(pgdb two)
node a 5201 env Storage__Provider=postgres Storage__ConnectionString="$two"
node b 5202 env Storage__Provider=postgres Storage__ConnectionString="$two"
load "two nodes on one PostgreSQL" --url http://127.0.0.1:5201 --url http://127.0.0.1:5202
sleep 5 # let the outbox drain before sizing
echo "### table sizes after the two-node run (rows, bytes a row with indexes and TOAST)"
runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d two -Atc "ANALYZE" -c "
  SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid),
         CASE WHEN c.reltuples > 0 THEN round(pg_total_relation_size(c.oid) / c.reltuples) END
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE 'spatial_ref_sys' ORDER BY 3 DESC" -F ' | '
runuser -u postgres -- "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d two -Atc "SELECT 'outbox not yet sent: ' || count(*) FROM outbox WHERE state IN ('Pending','Deferred','Sending')" 2>&1 | head -2
stopall
one=$(pgdb one)
node c 5203 env Storage__Provider=postgres Storage__ConnectionString="$one"
load "one node on PostgreSQL" --url http://127.0.0.1:5203
stopall
mkdir -p "$work/lite"
node d 5204 env Storage__Path="$work/lite/zerowork.db"
load "one node on LiteDB" --url http://127.0.0.1:5204
