#!/usr/bin/python3
"""Reference outputs for the Formcast.Signals tests, computed independently with numpy, scipy and scikit-learn.

Usage (from the repository root, with Debian's python3-numpy, python3-scipy and python3-sklearn):

    /usr/bin/python3 bench/parity/signals.py [--corpus ../shared/corpus]

Writes, beside this script:
  signals.knn.json      scikit-learn KNNImputer (nan_euclidean) on seeded synthetic tables, inputs included
  signals.stats.json    numpy/scipy moments and quartiles, scipy.signal.welch on seeded synthetic signals
  signals.corpus.json   numbers computed from corpus files read in place (HRV of the Garmin SDK's HRM-plugin beat
                        times; spectrum of an Oxford step-counter walk). Only results are written, never corpus data.

Every random input comes from numpy's default_rng with the fixed seeds below.
"""
import argparse
import json
import math
import os

import numpy as np
import scipy
import scipy.interpolate
import scipy.signal
import scipy.stats
import sklearn
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
HRM_BEATS = "formats/fit/garmin-fit-python-sdk/HrmPluginTestActivity.fit.expected-hr-event_timestamps.json"
OXFORD_WALK = "formats/imu/oxford-step-counter/validation/user2_hand_1506421987098.csv"


def nan_to_none(values):
    return [None if (isinstance(v, float) and math.isnan(v)) else float(v) for v in np.asarray(values, float).ravel()]


def write(name, payload):
    payload["generated_by"] = (
        f"bench/parity/signals.py with numpy {np.__version__}, scipy {scipy.__version__}, scikit-learn {sklearn.__version__}"
    )
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")
    print("wrote", os.path.relpath(path))


# --- K-nearest-neighbour imputation -----------------------------------------------------------------------------

def knn_table(seed):
    """A wellness-like table: sleep hours, four 1–5 answers (continuous, so distances do not tie), resting HR."""
    rng = np.random.default_rng(seed)
    rows = 40
    table = np.column_stack([
        rng.normal(7.2, 1.1, rows),
        rng.uniform(1, 5, rows),
        rng.uniform(1, 5, rows),
        rng.uniform(1, 5, rows),
        rng.uniform(1, 5, rows),
        rng.normal(52, 6, rows),
    ])
    mask = rng.random(table.shape) < 0.18
    table[mask] = np.nan
    # One record answered only its resting HR: its distances to records without one are undefined.
    table[7, :5] = np.nan
    table[7, 5] = 49.0
    return table


def knn_case(name, seed, neighbours, weighting, standardize):
    data = knn_table(seed)
    imputer = KNNImputer(n_neighbors=neighbours, weights=weighting, metric="nan_euclidean")
    if standardize:
        scaler = StandardScaler()
        expected = scaler.inverse_transform(imputer.fit_transform(scaler.fit_transform(data)))
    else:
        expected = imputer.fit_transform(data)
    return {
        "name": name, "neighbours": neighbours, "weighting": weighting, "standardize": standardize,
        "columns": data.shape[1], "data": nan_to_none(data), "expected": nan_to_none(expected),
    }


def knn():
    write("signals.knn.json", {
        "tolerance": "absolute 1e-9 on every imputed value",
        "cases": [
            knn_case("uniform-k3-raw", 11, 3, "uniform", False),
            knn_case("uniform-k5-standardised", 12, 5, "uniform", True),
            knn_case("distance-k4-standardised", 13, 4, "distance", True),
        ],
    })


# --- Moments, quartiles and spectra of synthetic signals ------------------------------------------------------------

def stats():
    rng = np.random.default_rng(20240611)
    x = rng.gamma(2.0, 1.5, 500)
    moments = {
        "x": nan_to_none(x),
        "mean": float(np.mean(x)),
        "std_sample": float(np.std(x, ddof=1)),
        "std_population": float(np.std(x, ddof=0)),
        "rms": float(np.sqrt(np.mean(x * x))),
        "skewness": float(scipy.stats.skew(x, bias=True)),
        "kurtosis": float(scipy.stats.kurtosis(x, fisher=True, bias=True)),
        "q1": float(np.quantile(x, 0.25)),
        "q3": float(np.quantile(x, 0.75)),
        "zscore_above_2": int(np.sum(np.abs(scipy.stats.zscore(x)) > 2)),
    }

    fs = 50.0
    t = np.arange(1000) / fs
    signal = np.sin(2 * np.pi * 1.7 * t) + 0.5 * np.sin(2 * np.pi * 3.1 * t + 0.4) + 0.3 * rng.standard_normal(t.size) + 2.0
    f, welch = scipy.signal.welch(signal, fs=fs, window="hann", nperseg=256, noverlap=128, detrend="constant", scaling="density")
    fp, periodogram = scipy.signal.periodogram(signal, fs=fs, window="hann", nfft=2048, detrend="constant", scaling="density")
    spectra = {
        "fs": fs, "x": nan_to_none(signal),
        "welch_segment": 256, "welch": nan_to_none(welch), "welch_df": float(f[1] - f[0]),
        "periodogram_fft_length": 2048, "periodogram": nan_to_none(periodogram), "periodogram_df": float(fp[1] - fp[0]),
    }
    write("signals.stats.json", {
        "tolerance": "relative 1e-9 (moments, quartiles, spectra); Hampel rate is a Monte Carlo estimate",
        "moments": moments, "spectra": spectra, "hampel": hampel_false_positive_rate(rng),
    })


def hampel_false_positive_rate(rng, samples=50000, half_window=5, threshold=3.0):
    """Share of pure Gaussian noise samples the Hampel identifier flags. Far above the 0.27 % of |z| > 3, because a
    median absolute deviation from 2h + 1 samples is a noisy scale estimate."""
    x = rng.standard_normal(samples)
    flagged = 0
    for i in range(half_window, samples - half_window):
        window = x[i - half_window: i + half_window + 1]
        median = np.median(window)
        mad = np.median(np.abs(window - median))
        flagged += abs(x[i] - median) > threshold * 1.4826 * mad
    return {"half_window": half_window, "threshold": threshold, "samples": samples,
            "false_positive_rate": float(flagged / (samples - 2 * half_window))}


# --- Numbers from corpus files (read in place) ----------------------------------------------------------------------

def local_median_artefacts(rr, threshold=0.20, window=11, low=250.0, high=2000.0):
    """The local-median rule, written independently of the C# code: flag implausible intervals and those more than
    `threshold` away from the median of the plausible ones in the centred window (truncated at the ends)."""
    plausible = np.where((rr >= low) & (rr <= high), rr, np.nan)
    half = window // 2
    flags = np.zeros(rr.size, bool)
    for i in range(rr.size):
        neighbourhood = plausible[max(0, i - half): i + half + 1]
        median = np.median(neighbourhood[~np.isnan(neighbourhood)])
        flags[i] = np.isnan(plausible[i]) or abs(rr[i] - median) > threshold * median
    return flags


def dfa_alpha1(nn, smallest=4, largest=16):
    profile = np.cumsum(nn - nn.mean())
    sizes, fluctuations = [], []
    for n in range(smallest, largest + 1):
        boxes = profile.size // n
        k = np.arange(n)
        squares = 0.0
        for b in range(boxes):
            segment = profile[b * n:(b + 1) * n]
            line = np.polyval(np.polyfit(k, segment, 1), k)
            squares += np.sum((segment - line) ** 2)
        sizes.append(n)
        fluctuations.append(math.sqrt(squares / (boxes * n)))
    return float(np.polyfit(np.log(sizes), np.log(fluctuations), 1)[0])


def hrv_reference(rr):
    flags = local_median_artefacts(rr)
    index = np.arange(rr.size)
    nn = np.interp(index, index[~flags], rr[~flags])
    diffs = np.diff(nn)

    beat_times = np.cumsum(nn) / 1000.0
    fs = 4.0
    count = int(math.floor((beat_times[-1] - beat_times[0]) * fs + 1e-9)) + 1
    grid = beat_times[0] + np.arange(count) / fs
    tachogram = scipy.interpolate.CubicSpline(beat_times, nn, bc_type="natural")(grid)
    segment = min(256, count)
    f, psd = scipy.signal.welch(tachogram, fs=fs, window="hann", nperseg=segment, noverlap=segment // 2,
                                detrend="constant", scaling="density")
    df = f[1] - f[0]
    lf = float(np.sum(psd[(f >= 0.04) & (f < 0.15)]) * df)
    hf = float(np.sum(psd[(f >= 0.15) & (f < 0.40)]) * df)
    return {
        "intervals": int(rr.size),
        "artefact_indices": [int(i) for i in np.flatnonzero(flags)],
        "mean_nn_ms": float(nn.mean()),
        "mean_hr_bpm": float(60000.0 / nn.mean()),
        "sdnn_ms": float(np.std(nn, ddof=1)),
        "rmssd_ms": float(np.sqrt(np.mean(diffs ** 2))),
        "pnn50_percent": float(100.0 * np.mean(np.abs(diffs) > 50)),
        "lf_ms2": lf,
        "hf_ms2": hf,
        "lf_hf": lf / hf,
        "dfa_alpha1": dfa_alpha1(nn),
        "raw_rmssd_ms": float(np.sqrt(np.mean(np.diff(rr) ** 2))),
    }


def hrm_plugin_hrv(corpus):
    with open(os.path.join(corpus, HRM_BEATS), encoding="utf-8") as f:
        beats = np.asarray(json.load(f), float)
    # Beat times in seconds; a repeated time is the same beat reported twice and gives no interval.
    differences = np.diff(beats)
    rr = differences[differences > 0] * 1000.0
    result = hrv_reference(rr)
    result["source"] = HRM_BEATS
    result["repeated_times"] = int(np.sum(differences <= 0))
    # Intervals 250–389: about 2.5 minutes in which the rule flags nothing, so the statistics are those of the raw
    # intervals and can be checked by hand.
    clean = hrv_reference(rr[250:390])
    clean["first_interval"] = 250
    result["clean_segment"] = clean
    return result


def oxford_spectrum(corpus):
    table = np.loadtxt(os.path.join(corpus, OXFORD_WALK), delimiter=",")
    t = table[:, 0] / 1e9
    assert np.all(np.diff(t) > 0) and np.max(np.diff(t)) < 0.5, "timestamps must increase with gaps below 0.5 s"
    period = 0.01
    count = int(math.floor((t[-1] - t[0]) / period + 1e-9)) + 1
    grid = t[0] + np.arange(count) * period
    axes = [np.interp(grid, t, table[:, k]) for k in (1, 2, 3)]
    magnitude = np.sqrt(axes[0] ** 2 + axes[1] ** 2 + axes[2] ** 2)
    fft_length = 1 << int(math.ceil(math.log2(max(count, 4096))))
    f, psd = scipy.signal.periodogram(magnitude, fs=100.0, window="hann", nfft=fft_length, detrend="constant", scaling="density")
    df = f[1] - f[0]
    band = (f >= 1.0) & (f < 4.0)
    p = psd[band] / np.sum(psd[band])
    p = p[p > 0]
    return {
        "source": OXFORD_WALK,
        "samples": count,
        "fft_length": fft_length,
        "dominant_hz": float(f[band][np.argmax(psd[band])]),
        "band_power": float(np.sum(psd[band]) * df),
        "total_power": float(np.sum(psd[1:]) * df),
        "spectral_entropy": float(-np.sum(p * np.log(p)) / math.log(np.sum(band))),
        "magnitude_mean": float(magnitude.mean()),
        "magnitude_rms": float(np.sqrt(np.mean(magnitude ** 2))),
    }


def corpus_numbers(corpus):
    write("signals.corpus.json", {
        "tolerance": "relative 1e-6 (HRV), 1e-9 (spectrum); artefact indices exact",
        "hrm_plugin_hrv": hrm_plugin_hrv(corpus),
        "oxford_walk_spectrum": oxford_spectrum(corpus),
    })


def find_corpus():
    """shared/corpus in this folder or any folder above it, as tests/Formcast.TestSupport/Corpus.cs looks for it."""
    folder = HERE
    while True:
        candidate = os.path.join(folder, "shared", "corpus")
        if os.path.isdir(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return ""
        folder = parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_corpus = find_corpus()
    parser.add_argument("--corpus", default=os.environ.get("FORMCAST_CORPUS", default_corpus))
    args = parser.parse_args()
    knn()
    stats()
    if os.path.isdir(args.corpus):
        corpus_numbers(args.corpus)
    else:
        print("corpus not found at", args.corpus, "- signals.corpus.json not regenerated")


if __name__ == "__main__":
    main()
