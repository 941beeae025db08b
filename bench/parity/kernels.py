#!/usr/bin/python3
"""Reference outputs for Formcast's linear models, SVM/SVR, clustering, PCA and RFE.

Runs scikit-learn (Debian python3-sklearn 1.2.1), SciPy and LIBSVM's command-line tools (Debian libsvm-tools 3.24)
on the tables bundled with python3-sklearn and on two athlete tables read in place from the shared corpus, and writes
JSON fixtures to tests/Formcast.Learning.Tests/Fixtures/kernels/. The fixtures hold only reference outputs, split
index lists, generated row weights and the column names used; no corpus value is copied.

Usage:  /usr/bin/python3 bench/parity/kernels.py [--corpus PATH]
Needs:  apt-get install python3-sklearn python3-scipy libsvm-tools
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings

import numpy as np
import scipy
import scipy.cluster.hierarchy as hierarchy
import sklearn
from sklearn import datasets
from sklearn.cluster import AgglomerativeClustering, KMeans, kmeans_plusplus
from sklearn.decomposition import PCA
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_selection import RFE
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge
from sklearn.model_selection import train_test_split
from sklearn.svm import SVC, SVR

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(REPO, "tests", "Formcast.Learning.Tests", "Fixtures", "kernels")

# Athlete tables (read in place). Row order of garmin_data_processed.csv is chronological, so its split is
# time-forward (first 75 % train); cyclingstudy.csv holds 20 subjects x 4 test points, split by subject.
GARMIN = "garmin-runner-rhr/data/garmin_data_processed.csv"
CYCLING = "exscidata-cycling-xc/data/cyclingstudy.csv"
TABLES = {
    "garmin-pace": dict(file=GARMIN, target="avg_pace_sec", threshold=None,
                        features=["distance", "avg_hr", "max_hr", "avg_run_cadence", "avg_stride", "total_ascent", "rhr"]),
    "garmin-hard": dict(file=GARMIN, target="aerobic_TE", threshold=4.0,
                        features=["distance", "avg_hr", "max_hr", "avg_run_cadence", "avg_stride", "total_ascent",
                                  "avg_pace_sec", "rhr"]),
    "cycling-vo2max": dict(file=CYCLING, target="VO2.max", threshold=None, group="subject",
                           features=["weight.T1", "sj.max", "cmj.max", "lac.175", "lac.225", "VO2.175", "VO2.225",
                                     "HF.175", "HF.225", "peak.power", "mean.power", "RPE.B.225"]),
    "cycling-profile": dict(file=CYCLING, target="tte", threshold=None, group="subject",
                            features=["weight.T1", "VO2.max", "peak.power", "mean.power", "lac.225", "HF.225",
                                      "sj.max", "cmj.max"]),
}


def load_table(corpus, name):
    spec = TABLES[name]
    with open(os.path.join(corpus, spec["file"]), newline="") as f:
        rows = list(csv.DictReader(f))
    needed = spec["features"] + [spec["target"]] + ([spec["group"]] if "group" in spec else [])
    kept = [i for i, r in enumerate(rows) if all(r[c] not in ("NA", "") for c in needed)]
    x = np.array([[float(rows[i][c]) for c in spec["features"]] for i in kept])
    t = np.array([float(rows[i][spec["target"]]) for i in kept])
    y = (t >= spec["threshold"]).astype(float) if spec["threshold"] is not None else t
    groups = np.array([rows[i][spec["group"]] for i in kept]) if "group" in spec else None
    table = dict(file=spec["file"], features=spec["features"], target=spec["target"], threshold=spec["threshold"],
                 rows=kept)
    return x, y, groups, table


def table_split(name, y, groups):
    n = len(y)
    if groups is None:  # time-forward
        cut = int(n * 0.75)
        return list(range(cut)), list(range(cut, n))
    test_subjects = {g for g in set(groups) if int(g) % 4 == 0}
    return [i for i in range(n) if groups[i] not in test_subjects], [i for i in range(n) if groups[i] in test_subjects]


def load_reference(name):
    if name == "diabetes":
        return datasets.load_diabetes(return_X_y=True, scaled=False)
    loader = {"iris": datasets.load_iris, "wine": datasets.load_wine, "breast_cancer": datasets.load_breast_cancer,
              "digits": datasets.load_digits}[name]
    return loader(return_X_y=True)


class Data:
    """A dataset, its split and the standardisation the C# test repeats (train mean, population std, 0 -> 1)."""

    def __init__(self, corpus, name, scale, classification, scale_rows="train"):
        self.name = name
        if name in TABLES:
            self.x, self.y, groups, self.table = load_table(corpus, name)
            self.train, self.test = table_split(name, self.y, groups)
        else:
            self.x, self.y = load_reference(name)
            self.x = self.x.astype(float)
            self.y = self.y.astype(float)
            self.table = None
            idx = np.arange(len(self.y))
            tr, te = train_test_split(idx, test_size=0.25, random_state=0,
                                      stratify=self.y if classification else None)
            self.train, self.test = sorted(tr.tolist()), sorted(te.tolist())
        self.scale = scale
        self.scale_rows = scale_rows
        xt = self.x[self.train] if scale_rows == "train" else self.x
        if scale == "standard":
            mean = xt.mean(axis=0)
            std = xt.std(axis=0)
            std[std == 0] = 1.0
            self.xs = (self.x - mean) / std
        else:
            self.xs = self.x.copy()
        self.xtr, self.xte = self.xs[self.train], self.xs[self.test]
        self.ytr, self.yte = self.y[self.train], self.y[self.test]

    def header(self):
        h = dict(dataset=self.name, scale=self.scale, train=self.train, test=self.test)
        if self.scale_rows != "train":
            h["scaleRows"] = self.scale_rows
        if self.table is not None:
            h["table"] = self.table
        return h


def tolist(a):
    return np.asarray(a, dtype=float).tolist()


# Dense per-row outputs (decision values, projections) are kept for the first rows only, to keep fixtures small.
DENSE_ROWS = 100


# ---------------------------------------------------------------- linear models

def linear_cases(corpus):
    cases = []
    for name, alpha, scale, weighted in [("diabetes", 0.0, "none", False), ("diabetes", 1.0, "none", False),
                                         ("diabetes", 0.5, "standard", True), ("garmin-pace", 0.0, "none", False),
                                         ("garmin-pace", 10.0, "standard", False), ("cycling-vo2max", 0.0, "standard", False),
                                         ("cycling-vo2max", 5.0, "standard", False)]:
        d = Data(corpus, name, scale, classification=False)
        w = (1.0 + (np.arange(len(d.train)) % 3)) if weighted else None
        model = (LinearRegression() if alpha == 0 else Ridge(alpha=alpha, solver="cholesky")).fit(d.xtr, d.ytr, sample_weight=w)
        case = d.header()
        case.update(name=f"{name}-{'ols' if alpha == 0 else 'ridge'}{'-weighted' if weighted else ''}-{scale}",
                    model="linear", alpha=alpha, sampleWeights=None if w is None else tolist(w),
                    coef=tolist(model.coef_), intercept=float(model.intercept_), predictTest=tolist(model.predict(d.xte)))
        cases.append(case)

    logistic = [
        ("breast_cancer", dict(penalty="l2", C=1.0), "multinomial", None, False),
        ("breast_cancer", dict(penalty="l2", C=0.05), "multinomial", "balanced", True),
        ("breast_cancer", dict(penalty="l1", C=0.5), "multinomial", None, False),
        ("iris", dict(penalty="l2", C=1.0), "multinomial", None, False),
        ("wine", dict(penalty="l2", C=0.5), "ovr", None, False),
        ("wine", dict(penalty="l2", C=0.5), "ovr", "balanced", False),
        ("wine", dict(penalty="l1", C=0.5), "multinomial", None, False),
        ("digits", dict(penalty="l2", C=0.1), "multinomial", None, False),
        ("garmin-hard", dict(penalty="l2", C=1.0), "multinomial", None, False),
        ("garmin-hard", dict(penalty="l1", C=0.2), "multinomial", "balanced", False),
    ]
    for name, pen, multi, cw, weighted in logistic:
        d = Data(corpus, name, "standard", classification=True)
        w = (1.0 + (np.arange(len(d.train)) % 3)) if weighted else None
        if len(np.unique(d.ytr)) == 2:
            multi = "auto"  # one sigmoid; scikit-learn's "multinomial" would fit a symmetric two-row softmax instead
        # L2: newton-cg at tol 1e-10 (lbfgs stops on its relative-decrease test, 64 eps, up to ~3e-4 short of the
        # optimum on these problems); L1: saga at tol 1e-10.
        solver = "newton-cg" if pen["penalty"] == "l2" else "saga"
        kwargs = dict(tol=1e-10, max_iter=10000) if solver == "newton-cg" else dict(tol=1e-10, max_iter=200000)
        model = LogisticRegression(penalty=pen["penalty"], C=pen["C"], solver=solver, multi_class=multi,
                                   class_weight=cw, **kwargs)
        with warnings.catch_warnings():
            # newton-cg reports its line search giving up at rounding level; optimality is checked below instead.
            warnings.simplefilter("ignore" if solver == "newton-cg" else "error", ConvergenceWarning)
            warnings.simplefilter("ignore", UserWarning)
            model.fit(d.xtr, d.ytr, sample_weight=w)
        if solver == "newton-cg":
            g = l2_logistic_gradient(model, d.xtr, d.ytr, w, cw, pen["C"], multi)
            assert g < 1e-6, f"{name}: gradient {g} at the reference solution"
        case = d.header()
        case.update(name=f"{name}-logistic-{pen['penalty']}-C{pen['C']}-{multi}{'-' + cw if cw else ''}{'-weighted' if weighted else ''}",
                    model="logistic", penalty=pen["penalty"], C=pen["C"], multiClass=multi, classWeight=cw, solver=solver,
                    sampleWeights=None if w is None else tolist(w), classes=tolist(model.classes_),
                    coef=tolist(model.coef_), intercept=tolist(model.intercept_),
                    probaTest=tolist(model.predict_proba(d.xte)), predictTest=tolist(model.predict(d.xte)))
        cases.append(case)
    return cases


def l2_logistic_gradient(model, x, y, w, class_weight, C, multi):
    """Largest entry of the gradient of C*sum(s*logloss) + 0.5*|W|^2 at the fitted model (scikit-learn's objective)."""
    classes = model.classes_
    s = np.ones(len(y)) if w is None else np.asarray(w, dtype=float)
    xb = np.hstack([x, np.ones((len(y), 1))])
    theta = np.hstack([model.coef_, model.intercept_[:, None]])
    if multi == "multinomial" and len(classes) > 2:
        cw = np.ones(len(classes))
        if class_weight == "balanced":
            cw = len(y) / (len(classes) * np.array([(y == c).sum() for c in classes]))
        sw = s * cw[np.searchsorted(classes, y)]
        z = xb @ theta.T
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        onehot = (y[:, None] == classes[None, :]).astype(float)
        grad = C * ((p - onehot) * sw[:, None]).T @ xb
        grad[:, :-1] += theta[:, :-1]
        return float(np.abs(grad).max())
    worst = 0.0
    rows = [classes[1]] if len(classes) == 2 else classes
    for k, c in enumerate(rows):
        t = (y == c).astype(float)
        cw = np.ones(2)
        if class_weight == "balanced":
            cw = len(y) / (2 * np.array([(t == 0).sum(), (t == 1).sum()]))
        sw = s * cw[t.astype(int)]
        p = 1 / (1 + np.exp(-(xb @ theta[k])))
        grad = C * ((p - t) * sw) @ xb
        grad[:-1] += theta[k, :-1]
        worst = max(worst, float(np.abs(grad).max()))
    return worst


# ---------------------------------------------------------------- SVM / SVR

def float32(v):
    return float(np.float32(v))


def write_libsvm(path, x, y):
    with open(path, "w") as f:
        for xi, yi in zip(x, y):
            f.write(repr(float(yi)) + " " + " ".join(f"{j + 1}:{repr(float(v))}" for j, v in enumerate(xi)) + "\n")


def svm_train(args, train_file, model_file):
    out = subprocess.run(["svm-train"] + args + [train_file, model_file], capture_output=True, text=True, check=True)
    objs = [(float(m.group(1)), float(m.group(2))) for m in re.finditer(r"obj = (\S+), rho = (\S+)", out.stdout)]
    nsv = [int(m.group(1)) for m in re.finditer(r"\bnSV = (\d+)", out.stdout)]
    header = {}
    with open(model_file) as f:
        for line in f:
            if line.strip() == "SV":
                break
            parts = line.split()
            header[parts[0]] = parts[1:]
    return objs, nsv, header


def svm_predict(test_file, model_file, out_file, probability=False):
    args = ["svm-predict"] + (["-b", "1"] if probability else []) + [test_file, model_file, out_file]
    subprocess.run(args, capture_output=True, text=True, check=True)
    with open(out_file) as f:
        lines = f.read().split("\n")
    return [float(l.split()[0]) for l in lines if l and not l.startswith("labels")]


def svc_cases(corpus, tmp):
    cases = []
    plan = [
        ("breast_cancer", dict(kernel="rbf", C=1.0), None),
        ("breast_cancer", dict(kernel="rbf", C=10.0), "balanced"),
        ("breast_cancer", dict(kernel="poly", C=1.0, degree=3, coef0=1.0), None),
        ("breast_cancer", dict(kernel="linear", C=0.1), None),
        ("iris", dict(kernel="rbf", C=1.0), None),
        ("wine", dict(kernel="linear", C=0.5), None),
        ("wine", dict(kernel="rbf", C=3.0), {0.0: 1.0, 1.0: 2.0, 2.0: 0.5}),
        ("digits", dict(kernel="rbf", C=5.0), None),
        ("garmin-hard", dict(kernel="rbf", C=2.0), None),
    ]
    for name, p, cw in plan:
        d = Data(corpus, name, "standard", classification=True)
        gamma_scale = 1.0 / (d.xtr.shape[1] * d.xtr.var())
        gamma = float32(gamma_scale)
        kwargs = dict(kernel=p["kernel"], C=p["C"], gamma=gamma, degree=p.get("degree", 3), coef0=p.get("coef0", 0.0),
                      tol=1e-3, shrinking=True, cache_size=200, decision_function_shape="ovo")
        cw_sklearn = cw if cw is None or cw == "balanced" else dict(cw)
        model = SVC(class_weight=cw_sklearn, **kwargs).fit(d.xtr, d.ytr)
        classes = model.classes_
        # LIBSVM command line on the same rows; its class order is the order of first appearance.
        train_file, test_file = os.path.join(tmp, "train.svm"), os.path.join(tmp, "test.svm")
        model_file, out_file = os.path.join(tmp, "model"), os.path.join(tmp, "out")
        write_libsvm(train_file, d.xtr, d.ytr)
        write_libsvm(test_file, d.xte, d.yte)
        kernel_code = {"linear": "0", "poly": "1", "rbf": "2"}[p["kernel"]]
        args = ["-s", "0", "-t", kernel_code, "-c", repr(p["C"]), "-g", repr(gamma), "-d", str(p.get("degree", 3)),
                "-r", repr(p.get("coef0", 0.0)), "-e", "0.001", "-m", "200"]
        weights = cw
        if cw == "balanced":
            counts = {c: int((d.ytr == c).sum()) for c in classes}
            weights = {c: len(d.ytr) / (len(classes) * counts[c]) for c in classes}
        if weights:
            for c, wgt in weights.items():
                args += [f"-w{int(c)}", repr(float(wgt))]
        objs, nsv, header = svm_train(args, train_file, model_file)
        cli_labels = [float(v) for v in header["label"]]
        cli_pairs = [(a, b) for i, a in enumerate(cli_labels) for b in cli_labels[i + 1:]]
        by_pair = {}
        for (a, b), (obj, rho), n in zip(cli_pairs, objs, nsv):
            lo, hi = (a, b) if a < b else (b, a)
            by_pair[(lo, hi)] = dict(objective=obj, rho=rho if a < b else -rho, supportVectors=n)
        pairs = [(a, b) for i, a in enumerate(classes) for b in classes[i + 1:]]
        cli = [by_pair[(float(a), float(b))] for a, b in pairs]
        cli_pred = svm_predict(test_file, model_file, out_file)

        dec = model.decision_function(d.xte)
        if len(classes) == 2:
            dec = -dec.reshape(-1, 1)  # LIBSVM orientation: positive for the lower class
        case = d.header()
        case.update(name=f"{name}-svc-{p['kernel']}-C{p['C']}{'-weighted' if cw else ''}", model="svc",
                    kernel=p["kernel"], C=p["C"], gamma=gamma, gammaScale=float(gamma_scale),
                    degree=p.get("degree", 3), coef0=p.get("coef0", 0.0),
                    classWeights=None if cw is None else ("balanced" if cw == "balanced" else {str(k): v for k, v in cw.items()}),
                    classes=tolist(classes), supportIndices=[int(i) for i in model.support_],
                    supportPerClass=[int(v) for v in model.n_support_], intercept=tolist(model.intercept_),
                    decisionTest=tolist(dec[:DENSE_ROWS]), predictTest=tolist(model.predict(d.xte)),
                    libsvm=dict(pairs=cli, predictTest=cli_pred))
        if p["kernel"] == "linear":
            case["coef"] = tolist(model.coef_)
        cases.append(case)

    # Platt probabilities: scikit-learn's internal cross-validation draws its own folds, so probabilities are
    # compared through log loss and Brier score on the test rows.
    for name, C in [("breast_cancer", 1.0), ("wine", 1.0), ("iris", 1.0)]:
        d = Data(corpus, name, "standard", classification=True)
        gamma = float32(1.0 / (d.xtr.shape[1] * d.xtr.var()))
        model = SVC(kernel="rbf", C=C, gamma=gamma, probability=True, random_state=0).fit(d.xtr, d.ytr)
        proba = model.predict_proba(d.xte)
        idx = np.searchsorted(model.classes_, d.yte)
        log_loss = float(-np.mean(np.log(np.clip(proba[np.arange(len(idx)), idx], 1e-15, 1))))
        onehot = np.eye(len(model.classes_))[idx]
        brier = float(np.mean(np.sum((proba - onehot) ** 2, axis=1)))
        case = d.header()
        case.update(name=f"{name}-svc-probability", model="svc-probability", kernel="rbf", C=C, gamma=gamma,
                    classes=tolist(model.classes_), probaTest=tolist(proba), logLoss=log_loss, brier=brier)
        cases.append(case)
    return cases


def svr_cases(corpus, tmp):
    cases = []
    plan = [
        ("diabetes", dict(kernel="rbf", C=100.0, epsilon=10.0)),
        ("diabetes", dict(kernel="linear", C=1.0, epsilon=5.0)),
        ("diabetes", dict(kernel="poly", C=10.0, epsilon=5.0, degree=2, coef0=1.0)),
        ("garmin-pace", dict(kernel="rbf", C=50.0, epsilon=2.0)),
        ("cycling-vo2max", dict(kernel="rbf", C=2000.0, epsilon=50.0)),
    ]
    for name, p in plan:
        d = Data(corpus, name, "standard", classification=False)
        gamma = float32(1.0 / (d.xtr.shape[1] * d.xtr.var()))
        model = SVR(kernel=p["kernel"], C=p["C"], epsilon=p["epsilon"], gamma=gamma, degree=p.get("degree", 3),
                    coef0=p.get("coef0", 0.0), tol=1e-3, shrinking=True, cache_size=200).fit(d.xtr, d.ytr)
        train_file, test_file = os.path.join(tmp, "train.svm"), os.path.join(tmp, "test.svm")
        model_file, out_file = os.path.join(tmp, "model"), os.path.join(tmp, "out")
        write_libsvm(train_file, d.xtr, d.ytr)
        write_libsvm(test_file, d.xte, d.yte)
        kernel_code = {"linear": "0", "poly": "1", "rbf": "2"}[p["kernel"]]
        args = ["-s", "3", "-t", kernel_code, "-c", repr(p["C"]), "-p", repr(p["epsilon"]), "-g", repr(gamma),
                "-d", str(p.get("degree", 3)), "-r", repr(p.get("coef0", 0.0)), "-e", "0.001", "-m", "200"]
        objs, nsv, _ = svm_train(args, train_file, model_file)
        cli_pred = svm_predict(test_file, model_file, out_file)
        case = d.header()
        case.update(name=f"{name}-svr-{p['kernel']}-C{p['C']}", model="svr", kernel=p["kernel"], C=p["C"],
                    epsilon=p["epsilon"], gamma=gamma, degree=p.get("degree", 3), coef0=p.get("coef0", 0.0),
                    supportIndices=[int(i) for i in model.support_], intercept=float(model.intercept_[0]),
                    predictTest=tolist(model.predict(d.xte)),
                    libsvm=dict(objective=objs[0][0], rho=objs[0][1], supportVectors=nsv[0], predictTest=cli_pred))
        cases.append(case)
    return cases


# ---------------------------------------------------------------- clustering and PCA

def kmeans_cases(corpus):
    cases = []
    for name, k, scale in [("iris", 3, "none"), ("wine", 3, "standard"), ("digits", 10, "none"),
                           ("breast_cancer", 4, "standard"), ("cycling-profile", 3, "standard"), ("garmin-pace", 4, "standard")]:
        d = Data(corpus, name, scale, classification=False, scale_rows="all")
        x = d.xs  # all rows: clustering has no split
        init, _ = kmeans_plusplus(x, n_clusters=k, random_state=1)
        fixed = KMeans(n_clusters=k, init=init, n_init=1, max_iter=300, tol=1e-4, algorithm="lloyd").fit(x)
        best = KMeans(n_clusters=k, init="k-means++", n_init=10, random_state=0, algorithm="lloyd").fit(x)
        case = dict(dataset=name, scale=scale, scaleRows="all", train=list(range(len(d.y))), test=[], name=f"{name}-kmeans-k{k}",
                    model="kmeans", clusters=k, initialCentres=tolist(init), labels=[int(v) for v in fixed.labels_],
                    centres=tolist(fixed.cluster_centers_), inertia=float(fixed.inertia_), iterations=int(fixed.n_iter_),
                    bestOfTenInertia=float(best.inertia_))
        if d.table is not None:
            case["table"] = d.table
        cases.append(case)
    return cases


def agglomerative_cases(corpus):
    cases = []
    for name, scale in [("iris", "none"), ("wine", "standard"), ("breast_cancer", "standard"),
                        ("cycling-profile", "standard"), ("garmin-pace", "standard")]:
        d = Data(corpus, name, scale, classification=False, scale_rows="all")
        x = d.xs
        for linkage in ["ward", "complete", "average"]:
            z = hierarchy.linkage(x, method=linkage, metric="euclidean")
            cuts = {}
            for k in [2, 3, 5, 8]:
                cuts[str(k)] = [int(v) for v in AgglomerativeClustering(n_clusters=k, linkage=linkage).fit(x).labels_]
            threshold = float(np.median(z[-10:, 2]))
            by_distance = AgglomerativeClustering(n_clusters=None, distance_threshold=threshold, linkage=linkage,
                                                  compute_full_tree=True).fit(x)
            case = dict(dataset=name, scale=scale, scaleRows="all", train=list(range(len(d.y))), test=[],
                        name=f"{name}-agglomerative-{linkage}", model="agglomerative", linkage=linkage,
                        children=[[int(a), int(b)] for a, b in z[:, :2]], heights=tolist(z[:, 2]),
                        sizes=[int(v) for v in z[:, 3]], cutLabels=cuts, threshold=threshold,
                        thresholdLabels=[int(v) for v in by_distance.labels_])
            if d.table is not None:
                case["table"] = d.table
            cases.append(case)
    return cases


def pca_cases(corpus):
    cases = []
    for name, scale, n_components, whiten in [("iris", "none", None, False), ("wine", "standard", None, False),
                                              ("digits", "none", 20, False), ("breast_cancer", "standard", 0.95, False),
                                              ("cycling-profile", "standard", None, True), ("garmin-pace", "standard", 3, False)]:
        d = Data(corpus, name, scale, classification=False)
        model = PCA(n_components=n_components, svd_solver="full", whiten=whiten).fit(d.xtr)
        case = d.header()
        case.update(name=f"{name}-pca", model="pca", components=n_components if n_components is None or n_components >= 1 else None,
                    varianceToKeep=n_components if n_components is not None and n_components < 1 else None, whiten=whiten,
                    mean=tolist(model.mean_), axes=tolist(model.components_), explainedVariance=tolist(model.explained_variance_),
                    explainedVarianceRatio=tolist(model.explained_variance_ratio_), singularValues=tolist(model.singular_values_),
                    noiseVariance=float(model.noise_variance_), transformTest=tolist(model.transform(d.xte)[:DENSE_ROWS]))
        cases.append(case)
    return cases


def rfe_cases(corpus):
    cases = []
    plan = [
        ("breast_cancer", "logistic", dict(C=1.0), 10, 2, True),
        ("diabetes", "linear", {}, 3, 1, False),
        ("wine", "svc-linear", dict(C=0.1), 5, 1, True),
        ("garmin-pace", "linear", {}, 3, 1, False),
        ("cycling-vo2max", "ridge", dict(alpha=5.0), 4, 2, False),
    ]
    for name, kind, p, select, step, classification in plan:
        d = Data(corpus, name, "standard", classification=classification)
        if kind == "logistic":
            est = LogisticRegression(C=p["C"], solver="newton-cg", tol=1e-10, max_iter=10000)
        elif kind == "linear":
            est = LinearRegression()
        elif kind == "ridge":
            est = Ridge(alpha=p["alpha"], solver="cholesky")
        else:
            est = SVC(kernel="linear", C=p["C"], tol=1e-6)
        rfe = RFE(est, n_features_to_select=select, step=step).fit(d.xtr, d.ytr)
        case = d.header()
        case.update(name=f"{name}-rfe-{kind}", model="rfe", estimator=kind, params=p, featuresToSelect=select, step=step,
                    ranking=[int(v) for v in rfe.ranking_])
        cases.append(case)
    return cases


def find_corpus():
    folder = REPO
    while True:
        candidate = os.path.join(folder, "shared", "corpus", "datasets")
        if os.path.isdir(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return ""
        folder = parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="the corpus datasets folder (default: shared/corpus/datasets above the repository)")
    args = parser.parse_args()
    corpus = args.corpus or find_corpus()
    if not os.path.isdir(corpus):
        sys.exit(f"corpus datasets not found at {corpus}")
    os.makedirs(OUT, exist_ok=True)
    svm_version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libsvm-tools"], capture_output=True, text=True).stdout
    meta = dict(generator="bench/parity/kernels.py", sklearn=sklearn.__version__, scipy=scipy.__version__,
                numpy=np.__version__, libsvm=svm_version)
    with tempfile.TemporaryDirectory() as tmp:
        groups = {
            "linear.json": linear_cases(corpus),
            "svm.json": svc_cases(corpus, tmp) + svr_cases(corpus, tmp),
            "clustering.json": kmeans_cases(corpus) + agglomerative_cases(corpus),
            "decomposition.json": pca_cases(corpus),
            "selection.json": rfe_cases(corpus),
        }
    for file, cases in groups.items():
        with open(os.path.join(OUT, file), "w") as f:
            json.dump(dict(meta=meta, cases=cases), f, separators=(",", ":"))
            f.write("\n")
        print(f"{file}: {len(cases)} cases")


if __name__ == "__main__":
    main()
