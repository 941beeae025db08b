#!/usr/bin/python3
"""Training and prediction time of Formcast's random forest and gradient boosting beside scikit-learn 1.2.1
(RandomForest*) and XGBoost 1.7.4 (tree_method="hist") on the same data, the same train/test rows and the same
number of threads. Prints one Markdown table with wall-clock and CPU seconds and the ratios Formcast / peer.

Tables: synthetic 100,000 x 30 classification (make_classification) and regression (make_friedman1 plus 25 noise
features), scikit-learn's bundled breast_cancer and diabetes, and the two athlete tables of the parity suite
(jovanovic-hamstring injury, PMData readiness; read in place from the corpus, written only to a temporary folder).

Settings (both sides): forest 100 trees, scikit-learn defaults otherwise (sqrt features for classification, all
features for regression, unlimited depth); boosting 100 rounds, depth 6, eta 0.3, 255 bins.
Timings: a warm-up fit on a small subset first (not timed) on every side, then the median of --repeat runs
(--repeat-large for the 100,000-row tables). CPU seconds are process CPU time (all threads; .NET's includes its
background JIT); on a loaded machine they are the steadier measure.

Usage: /usr/bin/python3 bench/learning/trees_bench.py [--threads 2] [--repeat 3] [--quick] [--out FILE]
"""
import argparse
import datetime
import json
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time

import numpy as np
import sklearn
import xgboost
from sklearn.datasets import make_classification, make_friedman1
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.metrics import r2_score, roc_auc_score

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "bench", "parity"))
import trees as parity  # noqa: E402  (the parity script's table loaders)

PROJECT = os.path.join(HERE, "TreesBench")


def synthetic(kind, n=100_000):
    if kind == "classification":
        X, y = make_classification(n_samples=n, n_features=30, n_informative=15, n_redundant=5, random_state=7)
    else:
        X5, y = make_friedman1(n_samples=n, n_features=5, noise=1.0, random_state=7)
        X = np.hstack([X5, np.random.RandomState(8).rand(n, 25)])
    test = np.sort(np.random.RandomState(0).choice(n, n // 5, replace=False))
    train = np.setdiff1d(np.arange(n), test)
    return parity.Table(f"synthetic_{kind}_100k", kind, X, y, train, test)


def write_table(t, path):
    with open(path, "wb") as f:
        f.write(struct.pack("<iii", t.X.shape[0], t.X.shape[1], 1 if t.task == "classification" else 0))
        f.write(np.ascontiguousarray(t.X, dtype="<f8").tobytes())
        f.write(np.ascontiguousarray(t.y, dtype="<f8").tobytes())
        f.write(struct.pack("<i", len(t.test)))
        f.write(np.asarray(t.test, dtype="<i4").tobytes())


def timed(fit, predict):
    wall, cpu = time.perf_counter(), time.process_time()
    model = fit()
    fit_wall, fit_cpu = time.perf_counter() - wall, time.process_time() - cpu
    wall, cpu = time.perf_counter(), time.process_time()
    prediction = predict(model)
    return fit_wall, fit_cpu, time.perf_counter() - wall, time.process_time() - cpu, prediction


def python_runs(t, model, threads, repeat):
    classification = t.task == "classification"
    if model == "rf":
        make = (lambda: RandomForestClassifier(n_estimators=100, n_jobs=threads, random_state=0)) if classification \
            else (lambda: RandomForestRegressor(n_estimators=100, n_jobs=threads, random_state=0))
    else:
        common = dict(n_estimators=100, max_depth=6, learning_rate=0.3, tree_method="hist", max_bin=255, n_jobs=threads)
        make = (lambda: xgboost.XGBClassifier(**common)) if classification \
            else (lambda: xgboost.XGBRegressor(base_score=float(np.mean(t.ytr)), **common))
    predict = (lambda m: m.predict_proba(t.Xte)[:, 1]) if classification else (lambda m: m.predict(t.Xte))
    small = t.train[:2000]
    make().fit(t.X[small], t.y[small])
    runs = []
    for _ in range(repeat):
        fit_wall, fit_cpu, predict_wall, predict_cpu, p = timed(lambda: make().fit(t.Xtr, t.ytr), predict)
        metric = roc_auc_score(t.yte, p) if classification else r2_score(t.yte, p)
        runs.append((fit_wall, fit_cpu, predict_wall, predict_cpu, float(metric)))
    return runs


def formcast_runs(t, model, threads, repeat, folder, binary):
    path = os.path.join(folder, t.name + ".bin")
    if not os.path.exists(path):
        write_table(t, path)
    out = subprocess.run([binary, path, model, f"threads={threads}", f"repeat={repeat}"],
                         check=True, capture_output=True, text=True).stdout
    runs = []
    for line in out.splitlines():
        r = json.loads(line)
        metric = r.get("auc", r.get("r2"))
        runs.append((r["fit_seconds"], r["fit_cpu_seconds"], r["predict_seconds"], r["predict_cpu_seconds"], metric))
    return runs


def median(runs, i):
    return statistics.median(r[i] for r in runs)


def ratio(a, b):
    return f"{a / b:.2f}" if b > 0 else "n/a"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--repeat-large", type=int, help="runs for the 100,000-row tables (default: --repeat)")
    parser.add_argument("--quick", action="store_true", help="small tables only")
    parser.add_argument("--corpus", default=parity.DEFAULT_CORPUS)
    parser.add_argument("--out", help="also write the Markdown report here")
    args = parser.parse_args()

    subprocess.run(["dotnet", "build", PROJECT, "-c", "Release", "-v", "q", "-nologo"], check=True, capture_output=True)
    binary = os.path.join(PROJECT, "bin", "Release", "net10.0", "TreesBench")

    tables = []
    if not args.quick:
        tables += [synthetic("classification"), synthetic("regression")]
    reference = parity.load_tables(args.corpus)
    tables += [reference[n] for n in ["breast_cancer", "diabetes", "jovanovic_injury21", "pmdata_readiness"] if n in reference]

    load = os.getloadavg()
    lines = [f"Run {datetime.datetime.now().isoformat(timespec='minutes')} on {os.cpu_count()} cores, "
             f"{args.threads} threads per tool, median of {args.repeat} runs ({args.repeat_large or args.repeat} for the "
             f"100,000-row tables); load average at start "
             f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}. scikit-learn {sklearn.__version__}, xgboost {xgboost.__version__}.",
             "",
             "| table | rows x features | model | peer | peer fit s (cpu) | Formcast fit s (cpu) | fit ratio wall (cpu) "
             "| peer predict s (cpu) | Formcast predict s (cpu) | predict ratio wall (cpu) | peer metric | Formcast metric |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory() as folder:
        for t in tables:
            repeat = args.repeat_large or args.repeat if len(t.train) > 50_000 else args.repeat
            for model, peer in [("rf", "scikit-learn RF"), ("gbt", "XGBoost hist")]:
                theirs = python_runs(t, model, args.threads, repeat)
                ours = formcast_runs(t, model, args.threads, repeat, folder, binary)
                metric = "AUC" if t.task == "classification" else "R2"
                row = (f"| {t.name} | {len(t.train)} x {t.X.shape[1]} | {model} | {peer} "
                       f"| {median(theirs, 0):.3f} ({median(theirs, 1):.2f}) | {median(ours, 0):.3f} ({median(ours, 1):.2f}) "
                       f"| **{median(ours, 0) / median(theirs, 0):.2f}** ({ratio(median(ours, 1), median(theirs, 1))}) "
                       f"| {median(theirs, 2):.3f} ({median(theirs, 3):.2f}) | {median(ours, 2):.3f} ({median(ours, 3):.2f}) "
                       f"| {median(ours, 2) / median(theirs, 2):.2f} ({ratio(median(ours, 3), median(theirs, 3))}) "
                       f"| {metric} {median(theirs, 4):.4f} | {metric} {median(ours, 4):.4f} |")
                lines.append(row)
                print(row, flush=True)
    if args.out:
        with open(args.out, "w") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
