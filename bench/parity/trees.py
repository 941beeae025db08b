#!/usr/bin/python3
"""Reference outputs for Formcast's tree family (CART, random forest, gradient boosting, TreeSHAP).

Runs scikit-learn 1.2.1 and XGBoost 1.7.4 (Debian packages python3-sklearn, python3-xgboost) on

  * the tables bundled with python3-sklearn: iris, wine, breast_cancer, digits, diabetes (raw, unscaled);
  * two athlete tables read in place from the shared corpus (never copied):
      - jovanovic-hamstring "Prepared Data sample.csv": hamstring injury within 21 days, 144 engineered load
        features, split by athlete with the author's own Data.Split column (train 01/04/05/06, test 02/03);
      - pmdata wellness: readiness (0-10) from fatigue, mood, sleep duration, sleep quality, soreness, stress,
        split by participant (test = p13-p16).

and writes, under tests/Formcast.Learning.Tests/Fixtures/trees/, only outputs: train/test row indices, tree
structures, predictions, metrics, SHAP values. The C# parity tests read the same tables and these fixtures.

Usage: /usr/bin/python3 bench/parity/trees.py [--corpus DIR] [--out DIR] [--only splits,cart,forest,boosting,shap]
"""
import argparse
import csv
import glob
import json
import os
import sys

import numpy as np
import sklearn
import xgboost
from sklearn import datasets
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, r2_score, accuracy_score

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO, "tests", "Formcast.Learning.Tests", "Fixtures", "trees")
# ../shared/corpus beside the repository (a clone), or two levels up (a git worktree kept in a subfolder).
DEFAULT_CORPUS = next((c for c in (os.path.join(os.path.dirname(REPO), "shared", "corpus"),
                                   os.path.join(os.path.dirname(os.path.dirname(REPO)), "shared", "corpus"))
                       if os.path.isdir(c)), os.path.join(os.path.dirname(REPO), "shared", "corpus"))

JOVANOVIC = "datasets/jovanovic-hamstring/data/Prepared Data sample.csv"
PMDATA = "datasets/pmdata/data"
PMDATA_FEATURES = ["fatigue", "mood", "sleep_duration_h", "sleep_quality", "soreness", "stress"]
PMDATA_TEST = ["p13", "p14", "p15", "p16"]


# ----------------------------------------------------------------------------------------------- data
class Table:
    def __init__(self, name, task, X, y, train, test, feature_names=None, groups=None):
        self.name, self.task = name, task
        self.X, self.y = np.asarray(X, dtype=np.float64), np.asarray(y, dtype=np.float64)
        self.train, self.test = np.asarray(train), np.asarray(test)
        self.feature_names = feature_names
        self.groups = groups

    @property
    def Xtr(self): return self.X[self.train]

    @property
    def Xte(self): return self.X[self.test]

    @property
    def ytr(self): return self.y[self.train]

    @property
    def yte(self): return self.y[self.test]


def bundled(name):
    if name == "diabetes":
        X, y = datasets.load_diabetes(return_X_y=True, scaled=False)
        task = "regression"
    else:
        loader = {"iris": datasets.load_iris, "wine": datasets.load_wine,
                  "breast_cancer": datasets.load_breast_cancer, "digits": datasets.load_digits}[name]
        X, y = loader(return_X_y=True)
        task = "classification"
    idx = np.arange(len(y))
    # Benchmark tables, not athlete data: a seeded random split (stratified for classes) is the usual protocol.
    train, test = train_test_split(idx, test_size=0.25, random_state=20240601,
                                   stratify=y if task == "classification" else None)
    return Table(name, task, X, y, np.sort(train), np.sort(test))


def jovanovic(corpus):
    path = os.path.join(corpus, JOVANOVIC)
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    header = list(rows[0].keys())
    features = header[header.index("Injury21") + 1:]
    X = [[float(r[c]) for c in features] for r in rows]
    y = [1.0 if r["Injury21"] == "Injured" else 0.0 for r in rows]
    train = [i for i, r in enumerate(rows) if r["Data.Split"] == "Train"]
    test = [i for i, r in enumerate(rows) if r["Data.Split"] == "Test"]
    groups = [r["Player.Name"] for r in rows]
    return Table("jovanovic_injury21", "classification", X, y, train, test, features, groups)


def pmdata(corpus):
    X, y, groups = [], [], []
    for folder in sorted(glob.glob(os.path.join(corpus, PMDATA, "p[0-9][0-9]"))):
        participant = os.path.basename(folder)
        with open(os.path.join(folder, "pmsys", "wellness.csv"), newline="") as f:
            for r in csv.DictReader(f):
                X.append([float(r[c]) for c in PMDATA_FEATURES])
                y.append(float(r["readiness"]))
                groups.append(participant)
    test = [i for i, g in enumerate(groups) if g in PMDATA_TEST]
    train = [i for i, g in enumerate(groups) if g not in PMDATA_TEST]
    return Table("pmdata_readiness", "regression", X, y, train, test, PMDATA_FEATURES, groups)


def load_tables(corpus):
    tables = {n: bundled(n) for n in ["iris", "wine", "breast_cancer", "digits", "diabetes"]}
    if os.path.isdir(corpus):
        tables["jovanovic_injury21"] = jovanovic(corpus)
        tables["pmdata_readiness"] = pmdata(corpus)
    else:
        print(f"corpus not found at {corpus}: athlete tables skipped", file=sys.stderr)
    return tables


# ----------------------------------------------------------------------------------------------- helpers
def floats(a):
    return [float(v) for v in np.ravel(a)]


def auc(y, proba, classes):
    """Binary AUC of the last class, or macro one-vs-rest AUC for more classes."""
    if len(classes) == 2:
        return float(roc_auc_score(y, proba[:, 1]))
    return float(roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=classes))


def metric_name(task):
    return "auc" if task == "classification" else "r2"


def score(table, model):
    if table.task == "classification":
        return auc(table.yte, model.predict_proba(table.Xte), np.unique(table.ytr))
    return float(r2_score(table.yte, model.predict(table.Xte)))


def write(out, name, payload):
    payload = {"generator": "bench/parity/trees.py", "sklearn": sklearn.__version__, "xgboost": xgboost.__version__,
               **payload}
    with open(os.path.join(out, name), "w") as f:
        json.dump(payload, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {name}")


# ----------------------------------------------------------------------------------------------- splits
def section_splits(tables, out):
    write(out, "splits.json", {"tables": {
        t.name: {"task": t.task, "train": [int(i) for i in t.train], "test": [int(i) for i in t.test],
                 "features": t.feature_names} for t in tables.values()}})


# ----------------------------------------------------------------------------------------------- CART
CART_CASES = [
    # (table, params) — depth/leaf limits keep most trees free of exact ties between features.
    ("iris", dict(criterion="gini")),
    ("iris", dict(criterion="entropy", max_depth=3)),
    ("wine", dict(criterion="gini")),
    ("wine", dict(criterion="entropy", min_samples_leaf=3)),
    ("breast_cancer", dict(criterion="gini")),
    ("breast_cancer", dict(criterion="gini", max_depth=4)),
    ("breast_cancer", dict(criterion="entropy", min_samples_leaf=5, min_impurity_decrease=0.002)),
    ("breast_cancer", dict(criterion="gini", max_depth=5, class_weight="balanced")),
    ("digits", dict(criterion="gini", max_depth=6)),
    ("digits", dict(criterion="entropy", min_samples_split=10)),
    ("diabetes", dict(criterion="squared_error")),
    ("diabetes", dict(criterion="squared_error", max_depth=4)),
    ("diabetes", dict(criterion="squared_error", min_samples_leaf=10)),
    ("jovanovic_injury21", dict(criterion="gini", max_depth=4)),
    ("pmdata_readiness", dict(criterion="squared_error", max_depth=5)),
    ("breast_cancer", dict(criterion="gini", max_depth=4, max_features="sqrt")),
]
CART_SEEDS = range(50)
RAND_R_MAX = 0x7FFFFFFF


def tree_structure(tree):
    t = tree.tree_
    return {"feature": [int(v) if v >= 0 else -1 for v in t.feature],
            "threshold": [float(v) if f >= 0 else 0.0 for v, f in zip(t.threshold, t.feature)],
            "left": [int(v) for v in t.children_left], "right": [int(v) for v in t.children_right],
            "n_node_samples": [int(v) for v in t.n_node_samples],
            "weighted_n_node_samples": floats(t.weighted_n_node_samples),
            "impurity": floats(t.impurity)}


def section_cart(tables, out):
    from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor
    cases = []
    for name, params in CART_CASES:
        if name not in tables:
            continue
        t = tables[name]
        cls = DecisionTreeClassifier if t.task == "classification" else DecisionTreeRegressor
        fits = [cls(random_state=s, **params).fit(t.Xtr, t.ytr) for s in CART_SEEDS]
        signatures = {json.dumps([s["feature"], s["threshold"]]) for s in (tree_structure(m) for m in fits)}
        reference = fits[0]
        if t.task == "classification":
            predictions = reference.predict_proba(t.Xte)
            metrics = [float(accuracy_score(t.yte, m.predict(t.Xte))) for m in fits]
        else:
            predictions = reference.predict(t.Xte)
            metrics = [float(r2_score(t.yte, m.predict(t.Xte))) for m in fits]
        cases.append({
            "table": name, "task": t.task, "params": params, "random_state": 0,
            # The splitter's own generator state: the first draw from RandomState(random_state)
            # (sklearn/tree/_splitter.pyx Splitter.init), stepped by xorshift32 in _utils.pyx our_rand_r.
            "rand_r_state": int(np.random.RandomState(0).randint(0, RAND_R_MAX)),
            "seed_invariant": len(signatures) == 1, "distinct_trees": len(signatures),
            "root_features": sorted({int(m.tree_.feature[0]) for m in fits}),
            "tree": tree_structure(reference),
            "test_predictions": floats(predictions),
            "test_metric": "accuracy" if t.task == "classification" else "r2",
            "test_metric_range": [min(metrics), max(metrics)],
            "test_metric_mean": float(np.mean(metrics)),
            "feature_importances": floats(reference.feature_importances_),
        })
        print(f"  cart {name} {params}: {len(signatures)} distinct tree(s) over {len(CART_SEEDS)} seeds, "
              f"{reference.tree_.node_count} nodes")
    write(out, "cart.json", {"seeds": len(CART_SEEDS), "cases": cases})


# ----------------------------------------------------------------------------------------------- forests
FOREST_TREES = 300
FOREST_SEEDS = range(5)


def section_forest(tables, out):
    from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
    cases = []
    for name, t in tables.items():
        cls = RandomForestClassifier if t.task == "classification" else RandomForestRegressor
        test, oob, importances = [], [], []
        for seed in FOREST_SEEDS:
            m = cls(n_estimators=FOREST_TREES, random_state=seed, oob_score=True, n_jobs=-1).fit(t.Xtr, t.ytr)
            test.append(score(t, m))
            oob.append(float(m.oob_score_))
            importances.append(m.feature_importances_)
        cases.append({"table": name, "task": t.task, "trees": FOREST_TREES,
                      "max_features": "sqrt" if t.task == "classification" else 1.0,
                      "test_metric": metric_name(t.task), "test_scores": test, "test_mean": float(np.mean(test)),
                      "oob_metric": "accuracy" if t.task == "classification" else "r2",
                      "oob_scores": oob, "oob_mean": float(np.mean(oob)),
                      "feature_importances_mean": floats(np.mean(importances, axis=0))})
        print(f"  forest {name}: test {metric_name(t.task)} {np.mean(test):.4f} +- {np.std(test):.4f}, "
              f"oob {np.mean(oob):.4f} +- {np.std(oob):.4f}")
    write(out, "forest.json", {"seeds": len(FOREST_SEEDS), "cases": cases})


# ----------------------------------------------------------------------------------------------- boosting
# Deterministic settings (no row or column sampling). Both libraries bin identically where every feature has at most
# 255 distinct training values, and also where XGBoost's quantile sketch is still exact (fewer training rows than
# max_bin x 8, WQSketch::kFactor), since Formcast prunes the exact summary as XGBoost prunes its sketch; there the trees
# themselves are compared.
BOOST_CASES = [
    ("iris", dict(n_estimators=30, max_depth=3)),
    ("wine", dict(n_estimators=30, max_depth=4)),
    ("wine", dict(n_estimators=20, max_depth=3, reg_lambda=5.0, reg_alpha=0.5, gamma=0.3, min_child_weight=2.0)),
    ("breast_cancer", dict(n_estimators=60, max_depth=4, learning_rate=0.1)),
    ("breast_cancer", dict(n_estimators=60, max_depth=3, learning_rate=0.1, scale_pos_weight=3.0)),
    ("digits", dict(n_estimators=15, max_depth=4)),
    ("diabetes", dict(n_estimators=50, max_depth=3, learning_rate=0.1)),
    ("diabetes", dict(n_estimators=50, grow_policy="lossguide", max_leaves=8, max_depth=0, learning_rate=0.1)),
    ("jovanovic_injury21", dict(n_estimators=60, max_depth=3, learning_rate=0.1)),
    ("pmdata_readiness", dict(n_estimators=60, max_depth=3, learning_rate=0.1)),
]
# Stochastic settings: the generators differ, so only metrics over seeds are compared.
BOOST_SAMPLED = dict(subsample=0.8, colsample_bytree=0.8, colsample_bynode=0.8)
BOOST_SEEDS = range(10)
MAX_BIN = 255
SHAP_ROWS = 40


def xgb_model(t, params, seed=0):
    common = dict(tree_method="hist", max_bin=MAX_BIN, random_state=seed, n_jobs=2)
    if t.task == "regression":
        return xgboost.XGBRegressor(objective="reg:squarederror", base_score=float(np.mean(t.ytr)), **common, **params)
    classes = np.unique(t.ytr)
    if len(classes) == 2:
        return xgboost.XGBClassifier(objective="binary:logistic", base_score=float(np.mean(t.ytr == classes[1])),
                                     **common, **params)
    return xgboost.XGBClassifier(objective="multi:softprob", base_score=0.0, **common, **params)


def xgb_trees(model):
    raw = json.loads(model.get_booster().save_raw(raw_format="json"))
    learner = raw["learner"]
    gb = learner["gradient_booster"]["model"]
    trees = []
    for tree, group in zip(gb["trees"], gb["tree_info"]):
        trees.append({"output": int(group), "left": tree["left_children"], "right": tree["right_children"],
                      "feature": tree["split_indices"], "condition": tree["split_conditions"],
                      "default_left": [int(v) for v in tree["default_left"]], "cover": tree["sum_hessian"],
                      "gain": tree["loss_changes"]})
    return trees, float(learner["learner_model_param"]["base_score"])


def section_boosting(tables, out):
    cases = []
    for name, params in BOOST_CASES:
        if name not in tables:
            continue
        t = tables[name]
        distinct = max(len(np.unique(t.Xtr[:, j].astype(np.float32))) for j in range(t.X.shape[1]))
        model = xgb_model(t, params).fit(t.Xtr, t.ytr)
        trees, base_score = xgb_trees(model)
        margins = model.predict(t.Xte, output_margin=True)
        # SHAP values by XGBoost's own TreeSHAP (pred_contribs): rows x [outputs x] (features + bias).
        contribs = model.get_booster().predict(xgboost.DMatrix(t.Xte[:SHAP_ROWS]), pred_contribs=True)
        sampled = [score(t, xgb_model(t, {**params, **BOOST_SAMPLED}, seed).fit(t.Xtr, t.ytr)) for seed in BOOST_SEEDS]
        exact = distinct <= MAX_BIN or len(t.train) < MAX_BIN * 8
        cases.append({"table": name, "task": t.task, "params": params, "base_score": base_score,
                      "exact_bins": bool(exact), "max_distinct_values": int(distinct),
                      "trees": trees, "test_margins": floats(margins),
                      "shap_rows": SHAP_ROWS, "shap_contribs": floats(contribs), "shap_shape": list(contribs.shape),
                      "test_metric": metric_name(t.task), "test_score": score(t, model),
                      "sampled_params": BOOST_SAMPLED, "sampled_scores": sampled,
                      "sampled_mean": float(np.mean(sampled))})
        print(f"  boosting {name} {params}: bins {'exact' if exact else 'sketched'} "
              f"({distinct} distinct), {metric_name(t.task)} {cases[-1]['test_score']:.4f}, "
              f"sampled {np.mean(sampled):.4f} +- {np.std(sampled):.4f}")
    write(out, "boosting.json", {"max_bin": MAX_BIN, "seeds": len(BOOST_SEEDS), "cases": cases})


# ----------------------------------------------------------------------------------------------- quantile boosting
# XGBoost 1.7 has no quantile objective; scikit-learn's HistGradientBoostingRegressor(loss="quantile") grows
# leaf-wise trees on the pinball gradient and re-fits each leaf to the quantile of its residuals, as Formcast does.
QUANTILE_ALPHAS = [0.1, 0.5, 0.9]
QUANTILE_PARAMS = dict(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=20,
                       l2_regularization=0.0, max_bins=255, early_stopping=False)


def pinball(y, q, alpha):
    d = y - q
    return float(np.mean(np.where(d >= 0, alpha * d, (alpha - 1) * d)))


def section_quantile(tables, out):
    from sklearn.ensemble import HistGradientBoostingRegressor
    cases = []
    for name, t in tables.items():
        if t.task != "regression":
            continue
        for alpha in QUANTILE_ALPHAS:
            m = HistGradientBoostingRegressor(loss="quantile", quantile=alpha, random_state=0,
                                              **QUANTILE_PARAMS).fit(t.Xtr, t.ytr)
            q = m.predict(t.Xte)
            cases.append({"table": name, "alpha": alpha, "params": QUANTILE_PARAMS,
                          "test_pinball": pinball(t.yte, q, alpha),
                          "test_coverage": float(np.mean(t.yte <= q))})
            print(f"  quantile {name} alpha {alpha}: pinball {cases[-1]['test_pinball']:.4f}, "
                  f"coverage {cases[-1]['test_coverage']:.3f}")
    write(out, "quantile.json", {"cases": cases})


# ----------------------------------------------------------------------------------------------- main
SECTIONS = {"splits": section_splits, "cart": section_cart, "forest": section_forest, "boosting": section_boosting,
            "quantile": section_quantile}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=os.environ.get("FORMCAST_CORPUS", DEFAULT_CORPUS))
    parser.add_argument("--out", default=DEFAULT_OUT)
    parser.add_argument("--only", default=",".join(SECTIONS))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    tables = load_tables(args.corpus)
    for section in args.only.split(","):
        SECTIONS[section](tables, args.out)


if __name__ == "__main__":
    main()
