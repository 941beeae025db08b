#!/usr/bin/python3
"""Peer implementations for `formcast-bench analytics` (NumPy/SciPy), timed on the same inputs.

  daily <loads.f64> <athletes> <days>   fitness/fatigue (lambda = 1 - e^(-1/N), 42/7), Williams EWMA ratio (2/(N+1), 7/28),
                                        rolling coupled/uncoupled ratios, Foster monotony (population SD, cap 10) and
                                        ramp (7 d), vectorised over athletes; prints timing and last-day values as JSON.
  twin <bike-score.csv>                 Banister fit of the Clarke & Skiba data with scipy.optimize.least_squares from a
                                        4 x 4 grid of starting time constants; prints timing, parameters and SSE.
Conventions follow Formcast's defaults so the outputs can be compared number for number.
"""
import json, math, sys, time
import numpy as np
from scipy.signal import lfilter
from scipy.optimize import least_squares


def ewma(x, lam):
    # y_t = y_{t-1} + lam (x_t - y_{t-1}) from y_{-1} = 0
    return lfilter([lam], [1, -(1 - lam)], x, axis=1)


def rolling_sum(x, n):
    c = np.cumsum(np.pad(x, ((0, 0), (1, 0))), axis=1)
    out = c[:, n:] - c[:, :-n]
    return np.concatenate([c[:, 1:n], out], axis=1)  # partial sums for the first n-1 days


def daily(path, athletes, days):
    loads = np.fromfile(path, dtype="<f8").reshape(athletes, days)
    t0 = time.perf_counter()
    fitness = ewma(loads, 1 - math.exp(-1 / 42))
    fatigue = ewma(loads, 1 - math.exp(-1 / 7))
    acute = ewma(loads, 2 / 8)
    chronic = ewma(loads, 2 / 29)
    with np.errstate(divide="ignore", invalid="ignore"):
        acwr_ewma = np.where(chronic > 0, acute / chronic, np.nan)
        s7 = rolling_sum(loads, 7)
        s28 = rolling_sum(loads, 28)
        coupled = np.where(s28 > 0, s7 / (s28 / 4), np.nan)
        uncoupled = np.where(s28 - s7 > 0, (s7 / 7) / ((s28 - s7) / 21), np.nan)
        q7 = rolling_sum(loads * loads, 7)
        mean7 = s7 / 7
        sd7 = np.sqrt(np.maximum(q7 / 7 - mean7 * mean7, 0))
        monotony = np.where(mean7 > 0, np.where(sd7 > 1e-9 * mean7, np.minimum(mean7 / sd7, 10), 10), np.nan)
    ramp = fitness[:, 7:] - fitness[:, :-7]
    strain = s7 * monotony
    elapsed = time.perf_counter() - t0
    last = lambda a: [None if not np.isfinite(v) else float(v) for v in a[:, -1]]
    print(json.dumps({"seconds": elapsed, "fitness": last(fitness), "fatigue": last(fatigue), "acwr_ewma": last(acwr_ewma),
                      "coupled": last(coupled), "uncoupled": last(uncoupled), "monotony": last(monotony), "strain": last(strain),
                      "ramp": last(ramp)}))


def twin(path):
    rows = [l.strip().split(",") for l in open(path, encoding="utf-8-sig").read().splitlines()[1:] if l.strip()]
    w = np.array([float(r[1]) for r in rows])
    tests = [(int(r[0]) - 1, float(r[2])) for r in rows if len(r) > 2 and r[2].strip()]
    td = np.array([t for t, _ in tests]); ty = np.array([y for _, y in tests])

    d = np.arange(len(w))
    lag = td[:, None] - d[None, :]
    weights = np.where(lag >= 0, w[None, :], 0.0)
    lag = np.maximum(lag, 0)

    def model(p):
        p0, k1, t1, k2, t2 = p
        return p0 + k1 * (weights * np.exp(-lag / t1)).sum(1) - k2 * (weights * np.exp(-lag / t2)).sum(1) - ty

    t0 = time.perf_counter()
    best = None
    for t1 in np.geomspace(5, 80, 4):
        for t2 in np.geomspace(2, 40, 4):
            f = least_squares(model, [270, 0.5, t1, 0.5, t2], bounds=([-np.inf, 0, 1, 0, 1], [np.inf, np.inf, 120, np.inf, 120]), x_scale="jac")
            sse = float(np.sum(f.fun ** 2))
            if best is None or sse < best[0]:
                best = (sse, [float(v) for v in f.x])
    elapsed = time.perf_counter() - t0
    print(json.dumps({"seconds": elapsed, "starts": 16, "sse": best[0], "parameters": best[1]}))


if __name__ == "__main__":
    if sys.argv[1] == "daily":
        daily(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        twin(sys.argv[2])
