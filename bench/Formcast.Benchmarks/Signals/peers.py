#!/usr/bin/python3
"""Times numpy/scipy/scikit-learn peers of the Formcast signal kernels on the same inputs as the BenchmarkDotNet run,
and writes a markdown report with both timings and their ratio.

Usage (normally through run.sh beside this file):
    /usr/bin/python3 bench/Formcast.Benchmarks/Signals/peers.py --bdn-results DIR --output bench/results/signals.md

The inputs are regenerated here with the same formulas and the same 64-bit LCG as SignalBenchmarkData.cs.
Peers are the usual way to do the job in Python; where their semantics differ from Formcast's (NaN handling, gap
limits), the table says so.
"""
import argparse
import datetime
import glob
import json
import math
import os
import platform
import sys
import time

import numpy as np
import scipy
import scipy.interpolate
import scipy.signal
import scipy.stats
import sklearn
from numpy.lib.stride_tricks import sliding_window_view
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.normpath(os.path.join(HERE, "..", "..", "parity")))
import signals as parity  # noqa: E402  (bench/parity/signals.py: the independent HRV reference)

ACTIVITY_SAMPLES = 3 * 3600
IMU_RATE_HZ = 100.0
IMU_SAMPLES = 60_000
RR_BEATS = 3600
WELLNESS_DAYS, WELLNESS_COLUMNS = 365, 8


class Lcg:
    """state <- state*6364136223846793005 + 1442695040888963407 (mod 2^64); top 53 bits in [0, 1)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 11) * (1.0 / (1 << 53))


def heart_rate():
    r = Lcg(1)
    hr = np.empty(ACTIVITY_SAMPLES)
    for i in range(ACTIVITY_SAMPLES):
        hr[i] = 140 + 15 * math.sin(2 * math.pi * i / 600) + 6 * (r.next() - 0.5)
        if i % 541 == 0:
            hr[i] += 80
        if i % 997 < 8 or 1500 <= i % 3000 < 1540:
            hr[i] = math.nan
    return hr


def irregular_heart_rate():
    r = Lcg(2)
    t = np.empty(ACTIVITY_SAMPLES)
    for i in range(ACTIVITY_SAMPLES):
        t[i] = i + 0.8 * r.next()
    return t, 140 + 15 * np.sin(2 * np.pi * t / 600)


def imu():
    r = Lcg(3)
    x, y, z = np.empty(IMU_SAMPLES), np.empty(IMU_SAMPLES), np.empty(IMU_SAMPLES)
    for i in range(IMU_SAMPLES):
        t = i / IMU_RATE_HZ
        x[i] = 1.5 * math.sin(2 * math.pi * 1.8 * t) + 0.4 * (r.next() - 0.5)
        y[i] = 0.8 * math.sin(2 * math.pi * 0.9 * t + 0.3) + 0.4 * (r.next() - 0.5)
        z[i] = 9.81 + 3 * math.sin(2 * math.pi * 1.8 * t + 1) + 0.4 * (r.next() - 0.5)
    return x, y, z


def rr_intervals():
    r = Lcg(4)
    rr = np.empty(RR_BEATS)
    elapsed = 0.0
    for i in range(RR_BEATS):
        rr[i] = (1000 + 40 * math.sin(2 * math.pi * 0.1 * elapsed) + 20 * math.sin(2 * math.pi * 0.25 * elapsed)
                 + 20 * (r.next() - 0.5))
        elapsed += rr[i] / 1000
        if i % 397 == 396:
            rr[i] *= 2
    return rr


def wellness():
    r = Lcg(5)
    table = np.empty(WELLNESS_DAYS * WELLNESS_COLUMNS)
    for i in range(table.size):
        value = 50 + 10 * r.next() if i % WELLNESS_COLUMNS == WELLNESS_COLUMNS - 1 else 1 + 4 * r.next()
        table[i] = math.nan if r.next() < 0.1 else value
    return table.reshape(WELLNESS_DAYS, WELLNESS_COLUMNS)


# --- peers -----------------------------------------------------------------------------------------------------------

def nan_moving_mean(x, window):
    present = ~np.isnan(x)
    kernel = np.ones(window)
    return np.convolve(np.where(present, x, 0.0), kernel, "same") / np.convolve(present.astype(float), kernel, "same")


def nan_moving_median(x, window):
    half = window // 2
    padded = np.concatenate([np.full(half, np.nan), x, np.full(half, np.nan)])
    return np.nanmedian(sliding_window_view(padded, window), axis=1)


def hampel(x, half):
    window = 2 * half + 1
    padded = np.concatenate([np.full(half, np.nan), x, np.full(half, np.nan)])
    windows = sliding_window_view(padded, window)
    median = np.nanmedian(windows, axis=1)
    mad = np.nanmedian(np.abs(windows - median[:, None]), axis=1)
    return np.abs(x - median) > 3 * 1.4826 * mad


def gap_runs(x):
    """(start, length) of interior NaN runs."""
    missing = np.isnan(x).astype(np.int8)
    edges = np.diff(np.concatenate([[0], missing, [0]]))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    interior = (starts > 0) & (ends < x.size)
    return starts[interior], (ends - starts)[interior]


def fill_linear(x, max_gap):
    out = x.copy()
    present = np.flatnonzero(~np.isnan(x))
    starts, lengths = gap_runs(x)
    short = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths) if n <= max_gap])
    out[short] = np.interp(short, present, x[present])
    return out


def fill_spline(x, max_gap):
    out = x.copy()
    present = np.flatnonzero(~np.isnan(x))
    starts, lengths = gap_runs(x)
    short = np.concatenate([np.arange(s, s + n) for s, n in zip(starts, lengths) if n <= max_gap])
    out[short] = scipy.interpolate.CubicSpline(present, x[present], bc_type="natural")(short)
    return out


def time_domain(x):
    mean = x.mean()
    return (x.mean(), x.std(ddof=1), math.sqrt(np.mean(x * x)), scipy.stats.skew(x), scipy.stats.kurtosis(x),
            np.count_nonzero(np.diff(np.sign(x - mean))), np.ptp(x))


def linear_magnitude(x, y, z, rate, tau):
    alpha = tau / (tau + 1 / rate)
    axes = []
    for a in (x, y, z):
        gravity, _ = scipy.signal.lfilter([1 - alpha], [1, -alpha], a, zi=[alpha * a[0]])
        axes.append(a - gravity)
    return np.sqrt(axes[0] ** 2 + axes[1] ** 2 + axes[2] ** 2)


def periodogram_features(m, rate):
    nfft = 1 << int(math.ceil(math.log2(m.size)))
    f, psd = scipy.signal.periodogram(m, fs=rate, window="hann", nfft=nfft, detrend="constant")
    band = (f >= 1) & (f < 4)
    p = psd[band] / psd[band].sum()
    p = p[p > 0]
    return f[band][np.argmax(psd[band])], psd[band].sum(), -np.sum(p * np.log(p)) / math.log(band.sum())


def steps(m, rate):
    smooth = nan_moving_mean(m, 11) - nan_moving_mean(m, 101)
    frequency = periodogram_features(smooth, rate)[0]
    peaks, _ = scipy.signal.find_peaks(smooth, height=0.1, distance=max(1, int(0.8 * rate / frequency)))
    return peaks.size


def knn(table):
    scaler = StandardScaler()
    return scaler.inverse_transform(KNNImputer(n_neighbors=5).fit_transform(scaler.fit_transform(table)))


def peers():
    hr = heart_rate()
    filled = np.interp(np.arange(hr.size), np.flatnonzero(~np.isnan(hr)), hr[~np.isnan(hr)])
    t, irregular = irregular_heart_rate()
    grid = 1 + np.arange(ACTIVITY_SAMPLES)
    x, y, z = imu()
    m = np.sqrt(x * x + y * y + z * z)
    rr = rr_intervals()
    table = wellness()
    n = ACTIVITY_SAMPLES
    return {
        "RangeCheck": (n, "numpy where", lambda: np.where(np.isnan(hr), 1, np.where(hr < 25, 2, np.where(hr > 250, 3, 0)))),
        "ZScoreOutliers": (n, "numpy nanmean/nanstd", lambda: np.abs(hr - np.nanmean(hr)) > 3 * np.nanstd(hr)),
        "TukeyOutliers": (n, "numpy nanquantile", lambda: (lambda q: (hr < q[0] - 1.5 * (q[1] - q[0])) | (hr > q[1] + 1.5 * (q[1] - q[0])))(np.nanquantile(hr, [0.25, 0.75]))),
        "HampelH5": (n, "numpy sliding_window_view + nanmedian", lambda: hampel(hr, 5)),
        "MovingMeanCentred31": (n, "numpy convolve (NaN-aware)", lambda: nan_moving_mean(hr, 31)),
        "MovingMedianCentred31": (n, "numpy sliding_window_view + nanmedian", lambda: nan_moving_median(hr, 31)),
        "GapFillLinear": (n, "numpy interp over short runs", lambda: fill_linear(hr, 10)),
        "GapFillLagrange": (n, None, None),
        "GapFillNaturalSpline": (n, "scipy CubicSpline(natural), one global spline", lambda: fill_spline(hr, 10)),
        "ResampleLinear1Hz": (n, "numpy interp (no gap limit)", lambda: np.interp(grid, t, irregular)),
        "ZScoreNormalise": (n, "numpy nanmean/nanstd", lambda: (hr - np.nanmean(hr)) / np.nanstd(hr)),
        "TimeDomainSummaryGapFree": (n, "numpy + scipy.stats skew/kurtosis", lambda: time_domain(filled)),
        "AccelerationMagnitude": (IMU_SAMPLES, "numpy sqrt(x²+y²+z²)", lambda: np.sqrt(x * x + y * y + z * z)),
        "LinearAccelerationMagnitude": (IMU_SAMPLES, "scipy.signal.lfilter per axis", lambda: linear_magnitude(x, y, z, IMU_RATE_HZ, 0.5)),
        "WelchPsd1024": (IMU_SAMPLES, "scipy.signal.welch", lambda: scipy.signal.welch(m, fs=IMU_RATE_HZ, window="hann", nperseg=1024)),
        "PeriodogramFeatures": (IMU_SAMPLES, "scipy.signal.periodogram + numpy", lambda: periodogram_features(m, IMU_RATE_HZ)),
        "StepDetection": (IMU_SAMPLES, "numpy convolve + scipy find_peaks (one global step frequency)", lambda: steps(m, IMU_RATE_HZ)),
        "HrvAnalyzeOneHour": (RR_BEATS, "numpy/scipy reference (bench/parity/signals.py)", lambda: parity.hrv_reference(rr)),
        "KnnImputeYear": (WELLNESS_DAYS, "scikit-learn StandardScaler + KNNImputer", lambda: knn(table)),
    }


def median_seconds(function, budget=0.2, repeats=7):
    function()
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            function()
        if time.perf_counter() - start >= budget / 4 or calls >= 1 << 16:
            break
        calls *= 2
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        samples.append((time.perf_counter() - start) / calls)
    return float(np.median(samples))


def read_bdn(results_dir):
    rows = {}
    for path in glob.glob(os.path.join(results_dir, "*Signals*-report-brief.json")):
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for b in report["Benchmarks"]:
            if b.get("Statistics"):  # a benchmark that failed to run has none
                rows[b["Method"]] = (b["Statistics"]["Median"] * 1e-9, (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))
    return rows


def fmt_time(seconds):
    if seconds is None:
        return "—"
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def fmt_bytes(count):
    if count is None:
        return "—"
    return f"{count / 1024:.1f} KiB" if count >= 1024 else f"{count} B"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bdn-results", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    formcast = read_bdn(args.bdn_results)
    if not formcast:
        sys.exit(f"no Signals BenchmarkDotNet JSON report in {args.bdn_results}")
    lines = [
        "# Signal kernels: Formcast vs numpy/scipy/scikit-learn",
        "",
        f"Measured {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} on {platform.node()} "
        f"({os.cpu_count()} cores; load average before the peers ran: {' '.join(f'{v:.2f}' for v in os.getloadavg())}).",
        "The machine was shared with other builds, so absolute times are noisy; the ratio compares both sides on the same",
        "machine in the same run. Re-run with `bench/Formcast.Benchmarks/Signals/run.sh`.",
        "",
        f"Formcast: BenchmarkDotNet median (.NET, Release, 3 warm-ups + 12 iterations). Peers: median of 7 repeats, "
        f"Python {platform.python_version()}, numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}.",
        "Inputs (identical on both sides, from SignalBenchmarkData.cs / peers.py): a 3-hour 1 Hz heart-rate stream (10,800",
        "samples with gaps and spikes), 10 minutes of 100 Hz three-axis acceleration (60,000 samples), an hour of RR",
        "intervals (3,600 beats), a year of wellness rows (365 × 8, 10 % missing).",
        "",
        "| kernel | samples (rows for KNN) | Formcast | allocated | Formcast M samples/s | peer | peer time | peer / Formcast |",
        "|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    for name, (samples, description, function) in peers().items():
        ours, allocated = formcast.get(name, (None, None))
        theirs = median_seconds(function) if function else None
        throughput = f"{samples / ours / 1e6:.3g}" if ours else "—"
        ratio = f"{theirs / ours:.1f}×" if ours and theirs else "—"
        lines.append(f"| {name} | {samples:,} | {fmt_time(ours)} | {fmt_bytes(allocated)} | {throughput} | "
                     f"{description or 'no common peer'} | {fmt_time(theirs)} | {ratio} |")
    lines += [
        "",
        "Ratios above 1 mean Formcast is faster. Semantics differ where noted: the numpy resampling peer has no gap limit,",
        "the spline peer fits one global spline instead of one per part between long gaps, and the step peer uses one",
        "step frequency for the whole trace instead of one per 10-s window. The HRV peer is the plain reference",
        "implementation of the parity script (a Python loop over beats for the local median), not a tuned library, so its",
        "ratio says little; the numpy/scipy spectra (pocketfft) are the strongest peers here.",
        "",
    ]
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
