#!/usr/bin/env bash
# Benchmarks the Formcast signal kernels (BenchmarkDotNet) and their numpy/scipy/scikit-learn peers on the same
# inputs, and writes bench/results/signals.md with both timings and their ratio.
# Usage: bench/Formcast.Benchmarks/Signals/run.sh [extra BenchmarkDotNet arguments]
set -euo pipefail
cd "$(dirname "$0")/../../.."
artifacts=$(mktemp -d)
trap 'rm -rf "$artifacts"' EXIT
dotnet run -c Release --project bench/Formcast.Benchmarks -- \
  --filter '*Formcast.Benchmarks.Signals.*' --artifacts "$artifacts" "$@"
mkdir -p bench/results
/usr/bin/python3 bench/Formcast.Benchmarks/Signals/peers.py --bdn-results "$artifacts/results" --output bench/results/signals.md
