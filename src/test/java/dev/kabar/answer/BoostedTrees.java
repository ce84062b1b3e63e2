package dev.kabar.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits gradient-boosted depth-2 trees under the logistic loss (Newton leaves, shrinkage), splitting
 * each feature at up to 15 quantile cut points. Plain Java, deterministic.
 */
final class BoostedTrees {

    /** A depth-2 tree: the root split, then one split per side; leaves in order LL, LR, RL, RR. */
    record Tree(int[] feature, double[] cut, double[] leaf) {
        double apply(double[] x) {
            int side = x[feature[0]] < cut[0] ? 0 : 1;
            int node = 1 + side;
            return leaf[side * 2 + (x[feature[node]] < cut[node] ? 0 : 1)];
        }
    }

    /** The fitted ensemble: a bias plus the trees' sum, through the logistic function. */
    record Ensemble(double bias, List<Tree> trees) {
        double probability(double[] x) {
            double z = bias;
            for (Tree t : trees) {
                z += t.apply(x);
            }
            return 1 / (1 + Math.exp(-z));
        }
    }

    private final int rounds;
    private final double shrinkage;
    private final double minHessian;

    BoostedTrees(int rounds, double shrinkage, double minHessian) {
        this.rounds = rounds;
        this.shrinkage = shrinkage;
        this.minHessian = minHessian;
    }

    Ensemble fit(List<LogisticFit.Example> examples) {
        int n = examples.size();
        double[][] x = examples.stream().map(LogisticFit.Example::features).toArray(double[][]::new);
        double[] y = examples.stream().mapToDouble(e -> e.positive() ? 1 : 0).toArray();
        double[][] cuts = cuts(x);
        double mean = Arrays.stream(y).average().orElse(0.5);
        double bias = Math.log(mean / (1 - mean));
        double[] z = new double[n];
        Arrays.fill(z, bias);
        List<Tree> trees = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] g = new double[n];
            double[] h = new double[n];
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-z[i]));
                g[i] = p - y[i];
                h[i] = Math.max(1e-6, p * (1 - p));
            }
            Tree t = tree(x, g, h, cuts);
            trees.add(t);
            for (int i = 0; i < n; i++) {
                z[i] += t.apply(x[i]);
            }
        }
        return new Ensemble(bias, trees);
    }

    private Tree tree(double[][] x, double[] g, double[] h, double[][] cuts) {
        boolean[] all = new boolean[x.length];
        Arrays.fill(all, true);
        double[] root = best(x, g, h, cuts, all);
        boolean[] left = new boolean[x.length];
        boolean[] right = new boolean[x.length];
        for (int i = 0; i < x.length; i++) {
            boolean l = x[i][(int) root[0]] < root[1];
            left[i] = l;
            right[i] = !l;
        }
        double[] l = best(x, g, h, cuts, left);
        double[] r = best(x, g, h, cuts, right);
        double[] leaf = new double[4];
        double[][] sides = {l, r};
        boolean[][] members = {left, right};
        for (int s = 0; s < 2; s++) {
            double[] gs = new double[2];
            double[] hs = new double[2];
            for (int i = 0; i < x.length; i++) {
                if (members[s][i]) {
                    int k = x[i][(int) sides[s][0]] < sides[s][1] ? 0 : 1;
                    gs[k] += g[i];
                    hs[k] += h[i];
                }
            }
            leaf[s * 2] = -shrinkage * gs[0] / (hs[0] + 1);
            leaf[s * 2 + 1] = -shrinkage * gs[1] / (hs[1] + 1);
        }
        return new Tree(new int[] {(int) root[0], (int) l[0], (int) r[0]}, new double[] {root[1], l[1], r[1]}, leaf);
    }

    /** The split {feature, cut} with the largest Newton gain among the members. */
    private double[] best(double[][] x, double[] g, double[] h, double[][] cuts, boolean[] member) {
        double bestGain = -1;
        double[] best = {0, Double.POSITIVE_INFINITY};
        for (int f = 0; f < cuts.length; f++) {
            int bins = cuts[f].length + 1;
            double[] gb = new double[bins];
            double[] hb = new double[bins];
            double gt = 0;
            double ht = 0;
            for (int i = 0; i < x.length; i++) {
                if (member[i]) {
                    int b = bin(cuts[f], x[i][f]);
                    gb[b] += g[i];
                    hb[b] += h[i];
                    gt += g[i];
                    ht += h[i];
                }
            }
            double gl = 0;
            double hl = 0;
            for (int b = 0; b < bins - 1; b++) {
                gl += gb[b];
                hl += hb[b];
                double hr = ht - hl;
                if (hl < minHessian || hr < minHessian) {
                    continue;
                }
                double gain = gl * gl / (hl + 1) + (gt - gl) * (gt - gl) / (hr + 1) - gt * gt / (ht + 1);
                if (gain > bestGain) {
                    bestGain = gain;
                    best = new double[] {f, cuts[f][b]};
                }
            }
        }
        return best;
    }

    private static int bin(double[] cuts, double v) {
        int b = 0;
        while (b < cuts.length && v >= cuts[b]) {
            b++;
        }
        return b;
    }

    /** Up to 15 distinct quantile cut points per feature; a value goes right when at or above a cut. */
    private static double[][] cuts(double[][] x) {
        int dims = x[0].length;
        double[][] cuts = new double[dims][];
        for (int f = 0; f < dims; f++) {
            int feature = f;
            double[] v = Arrays.stream(x).mapToDouble(r -> r[feature]).sorted().toArray();
            cuts[f] = java.util.stream.IntStream.rangeClosed(1, 15)
                    .mapToDouble(q -> v[Math.min(v.length - 1, q * v.length / 16)])
                    .filter(c -> c > v[0]).distinct().toArray();
        }
        return cuts;
    }
}
