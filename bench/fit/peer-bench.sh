#!/usr/bin/env bash
# FIT decode throughput of Formcast next to GPSBabel's FIT reader on the same corpus files, in one run.
# Prints MB/s and records/s (wall and CPU), allocations per file, and Formcast-vs-GPSBabel ratios.
# Needs the shared corpus (FORMCAST_CORPUS or ../shared/corpus) and Debian's gpsbabel (apt-get install gpsbabel).
# Usage: bench/fit/peer-bench.sh [--repeat N]   (output is Markdown; bench/results/fit-decode.md holds a committed run)
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v gpsbabel >/dev/null || { echo "gpsbabel is not installed (apt-get install gpsbabel)" >&2; exit 1; }
echo "# run $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD), load average $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet run -c Release --project bench/Formcast.Benchmarks -- fit-throughput --peer gpsbabel "$@"
