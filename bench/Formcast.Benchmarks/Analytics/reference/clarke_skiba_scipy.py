#!/usr/bin/python3
"""Reference fits of the Clarke & Skiba (2013) BikeScore data with SciPy, for Formcast's twin tests.

Reads the corpus file in place (never copies it) and writes clarke_skiba_scipy.json beside this script:
  * the model at the published parameters (SSE),
  * p0, k1, k2 by linear least squares with the time constants fixed at the published 36 and 21 days,
  * the best unconstrained 5-parameter least-squares fit found by scipy.optimize.least_squares (trust-region
    reflective, bounds k >= 0, 1 <= tau <= 120) from a grid of starts.
Convention: the test day's own load counts (sum over s <= t), as in Clarke & Skiba's spreadsheet.
Run: /usr/bin/python3 clarke_skiba_scipy.py [corpus root]
"""
import csv, json, os, sys
import numpy as np
from scipy.optimize import least_squares



def find_corpus():
    if os.environ.get("FORMCAST_CORPUS"):
        return os.environ["FORMCAST_CORPUS"]
    here = os.path.dirname(os.path.abspath(__file__))
    while here != os.path.dirname(here):
        candidate = os.path.join(here, "shared", "corpus")
        if os.path.isdir(candidate):
            return candidate
        here = os.path.dirname(here)
    sys.exit("shared/corpus not found; pass its path")


root = sys.argv[1] if len(sys.argv) > 1 else find_corpus()
path = os.path.join(root, "datasets", "clarke-skiba-bikescore", "data", "bike-score.csv")
rows = list(csv.reader(open(path, encoding="utf-8-sig")))[1:]
w = np.array([float(r[1]) for r in rows])
days = np.arange(1, len(w) + 1)
tests = [(int(r[0]), float(r[2])) for r in rows if r[2].strip()]
td = np.array([t for t, _ in tests]); ty = np.array([y for _, y in tests])


def sums(t, tau):
    s = days[days <= t]
    return np.sum(w[s - 1] * np.exp(-(t - s) / tau))


def model(p):
    p0, k1, t1, k2, t2 = p
    return np.array([p0 + k1 * sums(t, t1) - k2 * sums(t, t2) for t in td])


sst = float(np.sum((ty - ty.mean()) ** 2))
published = [262, 0.18, 36, 0.23, 21]
sse_published = float(np.sum((model(published) - ty) ** 2))

a = np.array([[1, sums(t, 36), -sums(t, 21)] for t in td])
coef, *_ = np.linalg.lstsq(a, ty, rcond=None)
fixed = [float(coef[0]), float(coef[1]), 36.0, float(coef[2]), 21.0]
sse_fixed = float(np.sum((model(fixed) - ty) ** 2))

best = None
for t1 in np.geomspace(2, 100, 8):
    for t2 in np.geomspace(2, 100, 8):
        f = least_squares(lambda p: model(p) - ty, [270, 0.5, t1, 0.5, t2],
                          bounds=([-np.inf, 0, 1, 0, 1], [np.inf, np.inf, 120, np.inf, 120]), x_scale="jac", max_nfev=5000)
        sse = float(np.sum(f.fun ** 2))
        if best is None or sse < best[0]:
            best = (sse, [float(v) for v in f.x])

out = {
    "source": "scipy.optimize.least_squares / numpy.linalg.lstsq on datasets/clarke-skiba-bikescore/data/bike-score.csv",
    "sst": sst,
    "published_parameters_sse": sse_published,
    "fixed_time_constants": {"p0": fixed[0], "k1": fixed[1], "tau1": 36, "k2": fixed[3], "tau2": 21, "sse": sse_fixed},
    "unconstrained_best": {"p0": best[1][0], "k1": best[1][1], "tau1": best[1][2], "k2": best[1][3], "tau2": best[1][4], "sse": best[0]},
}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "clarke_skiba_scipy.json"), "w"), indent=2)
print(json.dumps(out, indent=2))
